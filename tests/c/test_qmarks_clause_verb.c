/* quote-marks: in copy whose paragraph breaks were lost, a quote with no closing mark before a new
 * opening mark is a quote of several paragraphs, unless its own attribution follows a comma, "?"
 * or "!" in the sentence before the new mark. The attribution is the speech verb right after the
 * comma ("?, asked Ben Ode") or after a speaker phrase ("Ana Cole said"); a speech verb in a
 * clause of the quote ("but say they can't afford it", "Time will tell", "obliged to say why")
 * is none. A closing mark right after the comma is stepped over: `sides," the analyst told` is
 * a closed quote's attribution, so a quote still open around it lost its closing mark. */
#include "helpers.h"

static void test_clause_verb_no_finding(void **state)
{
    (void)state;
    expect_findings_at("\"Our staff were never well paid,\" he said. \"What angers me is councillors who gave "
                       "themselves the best pensions in town, but say they can't afford the same for their staff. \"This is "
                       "a position the union cannot accept.\"",
                       "quote-marks", 0, NULL);
    expect_findings_at("\"It would be up to each chair,\" said Lady Marsh. \"If the mayor does want to stay "
                       "away, she would then be obliged to say why in public. \"The council would then have the "
                       "option of a vote.\"",
                       "quote-marks", 0, NULL);
    expect_findings_at("Hale countered: \"The money could go into the squad. \"If the buyer is right, how much does "
                       "it matter? We will see. \"I think the ground will always be ours.\"",
                       "quote-marks", 0, NULL);
}

static void test_attribution_fires(void **state)
{
    (void)state;
    expect_findings_at("\"We doubled the pay, Ana Cole said. \"We will extend it.\"", "quote-marks", 1, "\"We doubled");
    expect_findings_at("\"Is it fair? asked Ben Ode. \"It is,\" Cole said.", "quote-marks", 1, "\"Is it");
    expect_findings_at("Cole spoke. \"We doubled the pay, she has said. \"It was fair,\" she said.", "quote-marks", 1,
                       "\"We doubled");
    /* the open quote runs past a closed one and its attribution */
    expect_findings_at("Glantz said the offer was \"a good price for Dorland. He called it a \"done deal\" because "
                       "\"nobody else would bid.\" \"It's a fair price for each of them,\" the analyst told Reuters. \"Dorland gets the "
                       "truck business.\"",
                       "quote-marks", 1, "\"a good");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clause_verb_no_finding),
        cmocka_unit_test(test_attribution_fires),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
