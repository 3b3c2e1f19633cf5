/* Three event kinds the lexicon missed: "retired" from a post, "laid off" staff (a phrase whose
 * head word is no key of its own), and a bare charge noun answered by "faces" or "denies" with no
 * "of" or "against" after it ("the charges he faces", "faces two criminal charges"). */
#include "helpers.h"

static void test_retired_laid_off(void **state)
{
    (void)state;
    const char *t = "Judge Hana Corvel retired from the bench. The Brindle mill laid off 85 packers. "
                    "Brindle will retire its bank debt and retire annually about 4 pct of its notes. Retired steelworkers marched.";
    cd_doc *doc = analyze(t, "1994-03-08");
    const cd_claim *c = assert_event_span(t, doc, "retired", "Hana Corvel retired");
    assert_string_equal(c->event.action, "retire");
    c = assert_event_span(t, doc, "laid", "laid off 85 packers");
    assert_string_equal(c->event.action, "lay off");
    assert_string_equal(c->event.target, "85 packers");
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "debt")); /* a debt paid off, not a post left */
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "steelworkers")); /* an adjective */
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "annually")); /* a sum after an adverb */
    cd_doc_free(doc);
}

static void test_charges_answered(void **state)
{
    (void)state;
    const char *t = "Omar Vell faces two criminal charges. He denies the charges he faces. "
                    "The charges were a shock to the retired teacher.";
    cd_doc *doc = analyze(t, "1994-03-08");
    const cd_claim *c = assert_event_span(t, doc, "two criminal", "Omar Vell faces two criminal charges");
    assert_string_equal(c->event.action, "charge");
    assert_string_equal(c->event.target, "Omar Vell");
    c = assert_event_span(t, doc, "he faces", "charges he faces");
    assert_null(c->event.target);
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "shock")); /* no answer verb: no event */
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "teacher")); /* "retired" as an adjective */
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_retired_laid_off),
        cmocka_unit_test(test_charges_answered),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
