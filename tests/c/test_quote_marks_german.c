/* „...“: German and Czech open a quote with the low mark and close it with the English opening
 * mark; that close is right, not an opening mark used to close. */
#include "helpers.h"

#define LOW "\xE2\x80\x9E"  /* „ */
#define LDQ "\xE2\x80\x9C"  /* “ */
#define RDQ "\xE2\x80\x9D"  /* ” */

static void test_low_mark_closed_by_english_opening(void **state)
{
    (void)state;
    expect_findings_at("Die vom Unternehmen entwickelte App " LOW "Vivy" LDQ " wurde in Kooperation von 90 Kassen "
                       "auf den Weg gebracht.\n", "quote-marks", 0, NULL);
    const char *t = LOW "Wir haben das Geld nicht, und wir bekommen es auch nicht" LDQ ", sagte der Minister am "
                    "Montag in Berlin.\n";
    expect_findings_at(t, "quote-marks", 0, NULL);
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, "Wir haben");
    assert_non_null(c);
    assert_int_equal(c->span.start, 0);
    assert_int_equal(c->span.stop, offset_of(t, LDQ ",") + 3);
    cd_doc_free(doc);
}

/* An English opening mark after an English opening mark, and a low mark closed by a right mark,
 * read as before. */
static void test_other_pairs_unchanged(void **state)
{
    (void)state;
    const char *t = "Netflix will host the remake of " LDQ "I Cavalieri dello Zodiaco" LDQ ", produced by Toei.\n";
    expect_findings_at(t, "quote-marks", 1, LDQ ", produced");
    expect_findings_at("The Polish word " LOW "Solidarno\xC5\x9B\xC4\x87" RDQ " was on every banner.\n", "quote-marks",
                       0, NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_low_mark_closed_by_english_opening),
        cmocka_unit_test(test_other_pairs_unchanged),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
