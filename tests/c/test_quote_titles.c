/* A title or a name in quotes, in Title Case ("Free Nadia and Omar Day", "The Color of Money",
 * "Takin' It to the Streets"), is no speech: no quote claim and no unattributed-quote finding, as
 * scare quotes make none. Speech in sentence case, a quote with a sentence's end inside, and a
 * quote in a headline (where Title Case is the style) still need a speaker; a headline that quotes
 * a title the story names is the story's. */
#include "helpers.h"

static void expect_unattributed(const char *t, size_t want, const char *at)
{
    expect_findings_at(t, "unattributed-quote", want, at);
}

static size_t quote_claims(const char *t)
{
    cd_doc *doc = analyze(t, NULL);
    size_t n = 0, got = 0;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++) got += c[i].kind == CD_CLAIM_QUOTE;
    cd_doc_free(doc);
    return got;
}

static void test_titles_are_no_speech(void **state)
{
    (void)state;
    static const char *const titles[] = {
        "The group has named Friday \"Free Nadia and Omar Day\" as part of its spring campaign.",
        "Hartley won the best actor award for \"The Weight of Salt,\" and Moreno took best actress for "
        "\"Daughters of a Quiet Town.\"",
        "Pryor sat down at a piano and began the intro to \xE2\x80\x9CRollin\xE2\x80\x99 Down to the "
        "River.\xE2\x80\x9D",
        "Subsidies distort prices, the FAO report on the \"State of Global Grain Markets 2004\" "
        "found.",
    };
    for (size_t i = 0; i < N_OF(titles); i++) {
        expect_unattributed(titles[i], 0, NULL);
        if (quote_claims(titles[i])) fail_msg("a quote claim in: %s", titles[i]);
    }
}

static void test_speech_still_needs_a_speaker(void **state)
{
    (void)state;
    expect_unattributed("The minister arrived late. \"This is a very good day for all of us.\"", 1, "\"This");
    expect_unattributed("The tagline? \"Meth. We Are On It Now.\"", 1, "\"Meth");
    /* (a "campaign" after it names the quote: no speech, test_quote_slogans.c; a quote the sentence
     * runs into with no speech verb is introduced by it, no finding either:
     * test_check_unattributed_runs_into.c) */
    expect_unattributed("Lycos Europe's \"Make love not spam\" banner was meant to fight junk mail.", 0, NULL);
}

static void test_headline_titles(void **state)
{
    (void)state;
    expect_unattributed("\"We Will Fight On To The End\"\n\nThe minister spoke on Monday.\n", 1, "\"We");
    expect_unattributed("'Dancing with the Stars' Couple Lose Baby\n\nThe actor announced it on \"Dancing with the "
                        "Stars.\" last year.\n",
                        0, NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_titles_are_no_speech),
        cmocka_unit_test(test_speech_still_needs_a_speaker),
        cmocka_unit_test(test_headline_titles),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
