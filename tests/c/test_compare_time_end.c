/* A comparison's complement never ends inside a time expression: it runs on to the time's end,
 * whether its word window closed there or an abbreviation's dot or a comma inside the date stopped
 * it. Cut short, the claim ended on a bare "20" or "Feb". */
#include "helpers.h"

static const cd_claim *comparison_of(const cd_doc *doc, const char *needle)
{
    const cd_claim *c = find_claim(doc, CD_CLAIM_COMPARISON, needle);
    assert_non_null(c);
    return c;
}

static void test_window_ends_in_time(void **state)
{
    (void)state;
    const char *t = "It was the first time in the ledgers of old Pellow tannery 20 years ago.";
    cd_doc *doc = analyze(t, "2017-03-14");
    assert_span(t, comparison_of(doc, "first time"), "the first time in the ledgers of old Pellow tannery 20 years ago");
    cd_doc_free(doc);
}

static void test_dot_and_comma_inside_time(void **state)
{
    (void)state;
    const char *t = "Rye hit its lowest price since Feb. 9, 2011, grain dealers at Orlin said.";
    cd_doc *doc = analyze(t, "2017-03-14");
    assert_span(t, comparison_of(doc, "lowest"), "its lowest price since Feb. 9, 2011");
    cd_doc_free(doc);
    const char *u = "Tolls were lower than in August, 1994 at the Skerra crossing.";
    doc = analyze(u, "2017-03-14");
    assert_span(u, comparison_of(doc, "lower"), "lower than in August, 1994");
    cd_doc_free(doc);
}

/* A complement that ends where a time does, or holds none, is as before. */
static void test_unchanged(void **state)
{
    (void)state;
    const char *t = "Output is higher than it was 20 years ago.";
    cd_doc *doc = analyze(t, "2017-03-14");
    assert_span(t, comparison_of(doc, "higher"), "higher than it");
    cd_doc_free(doc);
    const char *u = "Wool sold at the highest price since 2009 in Tarrow.";
    doc = analyze(u, "2017-03-14");
    assert_span(u, comparison_of(doc, "highest"), "the highest price since 2009 in Tarrow");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_window_ends_in_time),
        cmocka_unit_test(test_dot_and_comma_inside_time),
        cmocka_unit_test(test_unchanged),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
