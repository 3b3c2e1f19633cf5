/* Verbs that attribute a quote they follow, the speaker after them or before them ('"...,"
 * comments Ivo Sandor'; '"...," he remarks'): data/quote_verbs.tsv kind 0. The quote is the
 * speaker's and no unattributed-quote finding is made. */
#include "helpers.h"

static void expect_quote(const char *t, const char *quote, const char *speaker)
{
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, quote + 1);
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, quote));
    assert_int_equal(c->span.stop, offset_of(t, quote) + strlen(quote));
    if (!c->quote.speaker || strcmp(c->quote.speaker, speaker) != 0)
        fail_msg("speaker %s (want %s) in: %s", c->quote.speaker ? c->quote.speaker : "(none)", speaker, t);
    assert_int_equal(count_findings(doc, "unattributed-quote"), 0);
    cd_doc_free(doc);
}

static void test_verbs_after_quote(void **state)
{
    (void)state;
    expect_quote("The probe was launched in May. \"We tuned the orbit twice before the flyby,\" comments Ivo "
                 "Sandor of the mission team.",
                 "\"We tuned the orbit twice before the flyby,\"", "Ivo Sandor");
    expect_quote("Peter Harrow walked the course twice. \"The greens here are faster than last year,\" he remarks.",
                 "\"The greens here are faster than last year,\"", "Peter Harrow");
    expect_quote("The crowd waited outside. \"Open the gates now, all of you!\" shouts Rory Vance from the van.",
                 "\"Open the gates now, all of you!\"", "Rory Vance");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_verbs_after_quote),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
