/* A quote that a noun beside it names a slogan, a motto or a headline is a name, not speech: no
 * quote claim and no unattributed-quote finding, as for a title ('Labour's election slogan will be:
 * "..."', 'a slogan of "..."', 'the "Make love not spam" campaign'). */
#include "helpers.h"

/* t has no quote claim at `at` (its opening mark) and no unattributed-quote finding. */
static void expect_no_quote(const char *t, const char *at)
{
    cd_doc *doc = analyze(t, NULL);
    size_t n = 0, off = offset_of(t, at);
    const cd_claim *claims = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (claims[i].kind == CD_CLAIM_QUOTE && claims[i].span.start == off) fail_msg("a quote at %zu in: %s", off, t);
    if (count_findings(doc, "unattributed-quote")) fail_msg("unattributed-quote in: %s", t);
    cd_doc_free(doc);
}

static void test_slogan_before_the_quote(void **state)
{
    (void)state;
    expect_no_quote("The Greens' election slogan will be: \"Cleaner air for all, don't let the others choke it\".",
                    "\"Cleaner");
    expect_no_quote("The party, which fought on a slogan of \"Say no to Brussels\", spent £1.9m on the campaign.", "\"Say");
    expect_no_quote("The slogan \"Britain forward not back\" is to become part of our daily lives.", "\"Britain");
}

static void test_campaign_after_the_quote(void **state)
{
    (void)state;
    expect_no_quote("Webhost Nordic's \"Delete the junk\" campaign was meant as a way for readers to hit back.",
                    "\"Delete");
    expect_no_quote("Burger Barn's red logo, name and \"Just grab it\" catchphrase will stay on every site.",
                    "\"Just");
}

static void test_speech_stays_speech(void **state)
{
    (void)state;
    /* "campaign" opens the next paragraph, or heads the speaker: the quote is speech */
    expect_findings_at("\"We have lost this one and we all know why it happened.\"\n\nCampaign staff left early.",
                       "unattributed-quote", 1, "\"We have");
    expect_quote_speaker("\"We have lost this one and we all know why,\" campaign manager Joe Trippi said.", "\"We have",
                         "Joe Trippi");
    /* a campaign before the quote is no name of it: the quote is speech, with no speaker (the
     * sentence runs into it, so no unattributed-quote: test_check_unattributed_runs_into.c) */
    expect_quote_claim("During the campaign \"We will build more houses than anyone before us\" was heard often.",
                       "\"We will build more houses than anyone before us\"", NULL, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_slogan_before_the_quote),
        cmocka_unit_test(test_campaign_after_the_quote),
        cmocka_unit_test(test_speech_stays_speech),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
