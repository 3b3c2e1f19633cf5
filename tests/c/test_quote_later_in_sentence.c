/* A partial quote the sentence goes on from, attributed after a comma later in that sentence
 * ('"..." in the spring, said Ann Roe.', '"..." for the fleet, Mr Orbe added.'): the attribution
 * is the quote's, and no unattributed-quote finding is made. A sentence with no attribution
 * still warns. */
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

static void test_attribution_after_the_sentence_goes_on(void **state)
{
    (void)state;
    expect_quote("Orders slowed. \"Our yards will be busy again by autumn\" for the whole fleet, said Petra "
                 "Vollmer, a broker in Kiel.",
                 "\"Our yards will be busy again by autumn\"", "Petra Vollmer");
    expect_quote("Sales dipped. \"The slump in exports has now bottomed out\" in most regions, Tomas Orbe added.",
                 "\"The slump in exports has now bottomed out\"", "Tomas Orbe");
}

static void test_no_attribution_still_warns(void **state)
{
    (void)state;
    const char *t = "Sales dipped. \"The slump in exports has now bottomed out\" in most regions of the north.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, "unattributed-quote"), 1);
    assert_int_equal(find_finding(doc, "unattributed-quote")->span.start, offset_of(t, "\"The slump"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_attribution_after_the_sentence_goes_on),
        cmocka_unit_test(test_no_attribution_still_warns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
