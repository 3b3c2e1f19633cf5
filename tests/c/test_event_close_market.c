/* "close" with a traded thing or its market for its subject and no object ("oat futures closed on a
 * firm note", "after the stock market had closed") ends a trading session: no closure event. A
 * form of "be" before the verb, an object or "to" after it keep the closure. */
#include "helpers.h"

static void test_session_ends_are_no_closures(void **state)
{
    (void)state;
    const char *t = "Ostby oat futures closed on a firm note in thin trade. "
                    "The tender was announced after the stock market had closed on Monday. "
                    "Medra bonds closed sharply higher reflecting gains in cash paper. "
                    "Rye prices, which closed down after a slow session, were quoted by two dealers.";
    cd_doc *doc = analyze(t, "1991-09-17");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 0);
    cd_doc_free(doc);
}

static void assert_closure(const char *t, const char *span, const char *target)
{
    cd_doc *doc;
    const cd_claim *c = only_event(t, span, &doc);
    assert_string_equal(c->event.action, "close");
    assert_string_equal(c->event.target, target);
    cd_doc_free(doc);
}

static void test_closures_stay(void **state)
{
    (void)state;
    assert_closure("The grain market was closed for the harvest feast.", "The grain market was closed",
                   "The grain market");
    assert_closure("Varnia kept its grain market closed to imports.", "its grain market closed", "its grain market");
    assert_closure("Its dealers said the stock market closed two branches.", "closed two branches", "two branches");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_session_ends_are_no_closures),
        cmocka_unit_test(test_closures_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
