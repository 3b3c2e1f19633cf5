/* Scores the number reader (src/numbers.c score_pair) reads as two counts, not as a range: two small
 * whole numbers joined by a hyphen after a verb of a result ("lost 1-3"), before a noun of one
 * ("a 1-3 defeat"), or in a list of tennis sets ("4-6 6-3"); and the ranges of the same shape that
 * stay ranges. Every story here is our own. */
#include <string.h>

#include "helpers.h"

/* The number whose span is exactly [start, start + len) of the source; fails when there is none. */
static const cd_number *number_at(const cd_doc *doc, size_t start, size_t len)
{
    size_t n;
    const cd_number *x = cd_doc_numbers(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (x[i].span.start == start && x[i].span.stop == start + len) return &x[i];
    fail_msg("no number at %zu..%zu", start, start + len);
    return NULL;
}

/* The pair "A-B" that `at` (unique in t) opens is two counts, a at its offset and b after the
 * hyphen, neither a range. */
static void expect_score(const cd_doc *doc, const char *t, const char *at, double a, double b)
{
    size_t start = offset_of(t, at), dash = strcspn(at, "-"), tail = strcspn(at + dash + 1, " .,");
    const cd_number *first = number_at(doc, start, dash), *second = number_at(doc, start + dash + 1, tail);
    assert_false(first->is_range);
    assert_false(second->is_range);
    assert_int_equal(first->kind, CD_NUM_CARDINAL);
    assert_int_equal(second->kind, CD_NUM_CARDINAL);
    assert_true(first->value == a);
    assert_true(second->value == b);
}

/* The range written as `text` at the start of `at` (unique in t) runs from lo to hi, of `kind`. */
static void expect_range(const cd_doc *doc, const char *t, const char *at, const char *text, double lo, double hi,
                         cd_numkind kind)
{
    const cd_number *n = number_at(doc, offset_of(t, at), strlen(text));
    assert_true(n->is_range);
    assert_true(n->value == lo);
    assert_true(n->value_hi == hi);
    assert_int_equal(n->kind, kind);
}

/* Must fire: a verb of a result before the pair, a noun of one after it (one word between at most),
 * the first set of a list that the loser won, a later one, and a score the winner's first as ever. */
static void test_scores_are_two_counts(void **state)
{
    (void)state;
    const char *t = "Chelsea lost 1-3 at home. He trailed 15-40 in the third game. It was a 0-2 defeat for them. "
                    "They suffered a 2-3 home loss. Murray won 4-6 6-3 7-5 in Paris. She won through 7-5 5-7 6-4 "
                    "on Friday. Arsenal won 3-1 again.";
    cd_doc *doc = analyze(t, NULL);
    expect_score(doc, t, "1-3 at", 1, 3);
    expect_score(doc, t, "15-40 in", 15, 40);
    expect_score(doc, t, "0-2 defeat", 0, 2);
    expect_score(doc, t, "2-3 home", 2, 3);
    expect_score(doc, t, "4-6 6-3", 4, 6);
    expect_score(doc, t, "6-3 7-5", 6, 3);
    expect_score(doc, t, "5-7 6-4", 5, 7);
    expect_score(doc, t, "3-1 again", 3, 1);
    cd_doc_free(doc);
}

/* Must not: no word of a result ("rose", "aged"), a verb of a result that counts, measures or scales
 * what follows ("won 15-20 seats", "lost 10-15 pounds", "lose 15-20 mln dlrs"), a unit glued on ("15-20%"), a list of pairs
 * that are no sets ("5-10 10-15"), a pair alone that could be a set ("some 3-6 people"). */
static void test_ranges_of_the_same_shape(void **state)
{
    (void)state;
    const char *t = "Prices rose 15-20% last year. Women aged 15-40 were asked. Labour won 15-20 seats. "
                    "He lost 10-15 pounds. Bands of 5-10 10-15 years were set. Some 3-6 people came. It may "
                    "lose 15-20 mln dlrs.";
    cd_doc *doc = analyze(t, NULL);
    expect_range(doc, t, "15-20%", "15-20%", 15, 20, CD_NUM_PERCENT);
    expect_range(doc, t, "15-40 were", "15-40", 15, 40, CD_NUM_MEASURE);
    expect_range(doc, t, "15-20 seats", "15-20", 15, 20, CD_NUM_CARDINAL);
    expect_range(doc, t, "10-15 pounds", "10-15 pounds", 10, 15, CD_NUM_MEASURE);
    expect_range(doc, t, "5-10 10-15", "5-10", 5, 10, CD_NUM_CARDINAL);
    expect_range(doc, t, "10-15 years", "10-15 years", 10, 15, CD_NUM_MEASURE);
    expect_range(doc, t, "3-6 people", "3-6", 3, 6, CD_NUM_CARDINAL);
    expect_range(doc, t, "15-20 mln", "15-20 mln dlrs", 15e6, 20e6, CD_NUM_MONEY);
    cd_doc_free(doc);
}

/* Must fire: a noun of a result up to three words before the pair ("The score was 1-2"). Must not:
 * the noun four words back or past punctuation, a unit or a noun after the pair, another noun. */
static void test_score_named_before_the_pair(void **state)
{
    (void)state;
    const char *t = "The score was 1-2 at half time. The final score stood at 2-3. The score, he said, was 4-9. "
                    "The score was 15-20 points higher. The score is expected to be 5-8. The result was 6-9.";
    cd_doc *doc = analyze(t, NULL);
    expect_score(doc, t, "1-2 at", 1, 2);
    expect_score(doc, t, "2-3.", 2, 3);
    expect_range(doc, t, "4-9.", "4-9", 4, 9, CD_NUM_CARDINAL);
    expect_range(doc, t, "15-20 points", "15-20", 15, 20, CD_NUM_CARDINAL);
    expect_range(doc, t, "5-8.", "5-8", 5, 8, CD_NUM_CARDINAL);
    expect_range(doc, t, "6-9.", "6-9", 6, 9, CD_NUM_CARDINAL);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scores_are_two_counts),
        cmocka_unit_test(test_ranges_of_the_same_shape),
        cmocka_unit_test(test_score_named_before_the_pair),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
