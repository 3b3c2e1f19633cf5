/* A score or a tally that the number reader splits at its hyphen into two counts ("3-0", "7-2") is
 * one quantity claim over the whole pair, holding both numbers; neither half is a claim alone. A
 * range of the same shape stays one number and one claim, and numbers apart stay apart. Every story
 * here is our own. */
#include "helpers.h"

/* The quantity claim whose span is exactly [start, start + len), or NULL. */
static const cd_claim *quantity_at(const cd_doc *doc, size_t start, size_t len)
{
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].kind == CD_CLAIM_QUANTITY && c[i].span.start == start && c[i].span.stop == start + len)
            return &c[i];
    return NULL;
}

/* No quantity claim starts at byte `start`. */
static void expect_no_claim_at(const cd_doc *doc, size_t start)
{
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].kind == CD_CLAIM_QUANTITY && c[i].span.start == start) fail_msg("a claim at %zu", start);
}

/* The pair `text` at the start of `at` (unique in t) is one claim of two counts, a then b. */
static void expect_pair(const cd_doc *doc, const char *t, const char *at, const char *text, double a, double b)
{
    size_t start = offset_of(t, at), len = strlen(text);
    const cd_claim *c = quantity_at(doc, start, len);
    if (!c) fail_msg("no claim '%s' at %zu", text, start);
    assert_int_equal(c->number_count, 2);
    size_t n;
    const cd_number *x = cd_doc_numbers(doc, &n);
    assert_true(c->number_first + 1 < n);
    assert_true(x[c->number_first].value == a);
    assert_true(x[c->number_first + 1].value == b);
    assert_int_equal(x[c->number_first].span.start, start);
    assert_int_equal(x[c->number_first + 1].span.stop, start + len);
    expect_no_claim_at(doc, x[c->number_first + 1].span.start); /* the second half alone */
}

/* Must fire: a result after "won" and before "at", a draw, a vote, an en dash, and a score before
 * a noun of a result. */
static void test_pairs_are_one_claim(void **state)
{
    (void)state;
    const char *t = "Harbour Rovers won 3-0 at Dunmore on Saturday and drew 2-2 at Kelso. The council voted "
                    "7-2 to shut the depot. Millbrook won 4\xE2\x80\x93"
                    "1 in the replay. It was a 17-16 defeat for the Gulls.";
    cd_doc *doc = analyze(t, NULL);
    expect_pair(doc, t, "3-0 at", "3-0", 3, 0);
    expect_pair(doc, t, "2-2 at", "2-2", 2, 2);
    expect_pair(doc, t, "7-2 to", "7-2", 7, 2);
    expect_pair(doc, t, "4\xE2\x80\x93"
                        "1 in",
                "4\xE2\x80\x93"
                "1",
                4, 1);
    expect_pair(doc, t, "17-16 defeat", "17-16", 17, 16);
    assert_int_equal(offset_of(t, "3-0"), 19);
    assert_non_null(quantity_at(doc, 19, 3));
    cd_doc_free(doc);
}

/* Must not: a range the reader keeps whole ("15-20 seats"), and numbers apart with spaces round
 * the dash. */
static void test_ranges_and_spaced_numbers_stay(void **state)
{
    (void)state;
    const char *t = "Labour won 15-20 seats in the west. The tally went from 12 - 9 overnight.";
    cd_doc *doc = analyze(t, NULL);
    size_t seats = offset_of(t, "15-20 seats");
    const cd_claim *c = quantity_at(doc, seats, strlen("15-20 seats"));
    if (!c) c = quantity_at(doc, seats, strlen("15-20"));
    assert_non_null(c);
    assert_int_equal(c->number_count, 1);
    assert_non_null(quantity_at(doc, offset_of(t, "12 - 9"), 2));
    assert_non_null(quantity_at(doc, offset_of(t, "9 overnight"), 1));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pairs_are_one_claim),
        cmocka_unit_test(test_ranges_and_spaced_numbers_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
