/* A line cut off after a comma ("Taxes rose 5 percent under the last budget,") is a sentence broken
 * off, scored as a sentence; a line without any end punctuation ("Unemployment Falls to 4 Percent")
 * stays a headline, and so does one cut off after a dash, an interrupted speaker in a transcript
 * (sentences.c, add_sentence). */
#include "helpers.h"

#define HEADLINE_REASON "headline or page chrome"

/* The first of the two segments of `text`: its headline flag, and whether its claim of `kind` on
 * `needle` carries the headline reason (and a headline's near-zero score); the claim must be there. */
static void check_first_line(const char *text, cd_claim_kind kind, const char *needle, int headline)
{
    cd_doc *doc = analyze(text, "2017-12-26");
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    assert_int_equal(n, 2);
    assert_int_equal(s[0].headline, headline);
    const cd_claim *c = find_claim(doc, kind, needle);
    assert_non_null(c);
    assert_int_equal(c->sentence, 0);
    assert_int_equal(has_reason(c, HEADLINE_REASON), headline);
    if (headline)
        assert_true(c->score < 0.05);
    else
        assert_true(c->score > 0.05);
    cd_doc_free(doc);
}

static void test_comma_cut_lines_are_sentences(void **state)
{
    (void)state;
    /* must fire: a comma ends the line before a paragraph break */
    check_first_line("Taxes rose 5 percent under the last budget,\n\nThe rate fell.\n", CD_CLAIM_CHANGE,
                     "rose 5 percent", 0);
    check_first_line("We have added 1.7 million new posts, including in Ohio,\n\nThe rate fell.\n",
                     CD_CLAIM_QUANTITY, "1.7 million", 0);
}

static void test_headlines_stay_headlines(void **state)
{
    (void)state;
    /* must not: no end punctuation at all, a dash inside the line, or a dash (em, en, hyphen) at its
     * end */
    check_first_line("Unemployment Falls to 4 Percent in 2017\n\nThe rate fell.\n", CD_CLAIM_CHANGE,
                     "Falls to 4 Percent", 1);
    check_first_line("Jobs \xE2\x80\x94 Unemployment Falls to 4 Percent\n\nThe rate fell.\n", CD_CLAIM_CHANGE,
                     "Falls to 4 Percent", 1);
    check_first_line("We have added 1.7 million new posts, including \xE2\x80\x94\n\nThe rate fell.\n",
                     CD_CLAIM_QUANTITY, "1.7 million", 1);
    check_first_line("We have added 1.7 million new posts, including \xE2\x80\x93\n\nThe rate fell.\n",
                     CD_CLAIM_QUANTITY, "1.7 million", 1);
    check_first_line("We have added 1.7 million new posts, including --\n\nThe rate fell.\n", CD_CLAIM_QUANTITY,
                     "1.7 million", 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_comma_cut_lines_are_sentences),
        cmocka_unit_test(test_headlines_stay_headlines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
