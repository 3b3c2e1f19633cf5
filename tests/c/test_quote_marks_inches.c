/* A straight double mark glued to a number, with no quote open, is inches or seconds, not a
 * closing quote mark with nothing to close. */
#include "helpers.h"

static void test_inches_are_no_quote_marks(void **state)
{
    (void)state;
    expect_findings_at("The shop sells a 34\" curved screen for $649 and a 65\" TV for $549.\n", "quote-marks", 0, NULL);
    expect_findings_at("Police said the man was about 5' 10\" tall and wore a dark coat.\n", "quote-marks", 0, NULL);
    expect_findings_at("It is the cheapest 70\"+ TV this year, and the set measures 22\" long.\n", "quote-marks", 0,
                       NULL);
}

/* A mark after a word, or after a number inside an open quote, is still a quote mark. */
static void test_quote_marks_still_read(void **state)
{
    (void)state;
    const char *stray = "The minister called it a recruiting sergeant for terrorists\". He left at 5 pm.\n";
    expect_findings_at(stray, "quote-marks", 1, "\". He");
    const char *quote = "She said: \"We paid 34\" and left the meeting early, the council said.\n";
    expect_findings_at(quote, "quote-marks", 0, NULL);
    cd_doc *doc = analyze(quote, NULL);
    /* the direct quote (the council's report of the sentence around it is a claim too) */
    size_t n = 0;
    const cd_claim *claims = cd_doc_claims(doc, &n), *c = NULL;
    for (size_t i = 0; i < n && !c; i++)
        if (claims[i].kind == CD_CLAIM_QUOTE && claims[i].quote.direct) c = &claims[i];
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(quote, "\"We paid"));
    assert_int_equal(c->span.stop, offset_of(quote, "34\"") + 3);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_inches_are_no_quote_marks),
        cmocka_unit_test(test_quote_marks_still_read),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
