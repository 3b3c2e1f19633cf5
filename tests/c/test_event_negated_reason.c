/* A negation that a "because ... but because/for" contrast moves onto the reason says the event
 * happened, for another reason: the claim is not marked negated. A reason with no contrast, or a
 * "but" that starts a new clause, leaves the negation on the event. */
#include "helpers.h"

static void test_negated_reason(void **state)
{
    (void)state;
    const char *t = "Varnia did not expel the envoy because of his views, but because of his debts. "
                    "The port was not shut because of the gale but for repairs.";
    cd_doc *doc = analyze(t, "1990-02-06");
    const cd_claim *c = assert_event_span(t, doc, "expel", "expel the envoy");
    assert_false(has_reason(c, "negated"));
    c = assert_event_span(t, doc, "port", "The port was not shut");
    assert_false(has_reason(c, "negated"));
    cd_doc_free(doc);
}

static void test_negated_kept(void **state)
{
    (void)state;
    const char *t = "Hal Rynd was not fined because the rule had lapsed. Ona Tell was not arrested, but because "
                    "of the storm the court closed.";
    cd_doc *doc = analyze(t, "1990-02-06");
    const cd_claim *c = assert_event_span(t, doc, "fined", "Hal Rynd was not fined");
    assert_true(has_reason(c, "negated"));
    c = assert_event_span(t, doc, "arrested", "Ona Tell was not arrested");
    assert_true(has_reason(c, "negated"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_negated_reason),
        cmocka_unit_test(test_negated_kept),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
