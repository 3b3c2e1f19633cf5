/* The dots of initials ("U.K.", "N.Z.") do not end a comparison's complement: cut there, the
 * claim ended on a lone "U". Before a capital word the last dot may end a joined sentence, so the
 * complement stops after it. */
#include "helpers.h"

static void assert_comparison(const char *t, const cd_doc *doc, const char *needle, const char *span)
{
    const cd_claim *c = find_claim(doc, CD_CLAIM_COMPARISON, needle);
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, span));
    assert_int_equal(c->span.stop, offset_of(t, span) + strlen(span));
}

static void test_initials_inside(void **state)
{
    (void)state;
    const char *t = "Kelp yields were lower than the U.K. average this year.";
    cd_doc *doc = analyze(t, "1995-08-01");
    assert_comparison(t, doc, "lower", "lower than the U.K. average this year");
    cd_doc_free(doc);
    /* the word window ends inside the initials: they are read whole */
    const char *u = "Ferry fares were higher than on the 14 routes of the U.K. and Eire.";
    doc = analyze(u, "1995-08-01");
    assert_comparison(u, doc, "higher", "higher than on the 14 routes of the U.K.");
    cd_doc_free(doc);
}

static void test_initials_at_the_end(void **state)
{
    (void)state;
    const char *t = "Dunmore runs the biggest kiln in the N.Z. Rivals say so.";
    cd_doc *doc = analyze(t, "1995-08-01");
    assert_comparison(t, doc, "biggest", "the biggest kiln in the N.Z.");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_initials_inside),
        cmocka_unit_test(test_initials_at_the_end),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
