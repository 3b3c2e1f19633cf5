/* "close" and a direction ("closed lower", "closed slightly firmer", "close mixed") ends a
 * trading session, with no figure: no closure event. A direction word that opens the object
 * ("closed lower Elm Street") is an adjective, and the closure stays. */
#include "helpers.h"

static void test_session_moves_are_no_closures(void **state)
{
    (void)state;
    const char *t = "The Varenian crown closed lower in Ostby on Tuesday. "
                    "Ostby soy futures closed slightly firmer, dealers said. "
                    "Medra bonds closed steady.";
    cd_doc *doc = analyze(t, "1991-09-17");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 0);
    cd_doc_free(doc);
    const char *h = "BALTIC PULP FUTURES CLOSE MIXED\n\nTrade was thin in Riga pulp on Monday.";
    doc = analyze(h, "1991-09-17");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 0);
    cd_doc_free(doc);
}

static void test_adjective_before_object_stays(void **state)
{
    (void)state;
    const char *t = "Police closed lower Elm Street on Tuesday.";
    cd_doc *doc = analyze(t, "1991-09-17");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 1);
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, "closed");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "closed"));
    assert_int_equal(c->span.stop, offset_of(t, "closed") + strlen("closed lower Elm Street"));
    assert_string_equal(c->event.action, "close");
    assert_string_equal(c->event.target, "lower Elm Street");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_session_moves_are_no_closures),
        cmocka_unit_test(test_adjective_before_object_stays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
