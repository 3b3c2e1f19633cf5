/* An event in a modal's perfect is a counterfactual (counterfactual): "the draft law would have
 * banned the fair" did not ban it, and "Tolly Foods would not have closed the depot if" says the
 * depot was closed. Both are marked hypothetical, and the negated one is not marked negated. A
 * plain "has not closed" stays negated, and "will close" stays real. */
#include "helpers.h"

static void test_counterfactual(void **state)
{
    (void)state;
    const char *t = "The draft law would have banned the Orwick fair. Tolly Foods would not have closed the "
                    "Pellam depot if sales had held up. Brann Haulage should have withdrawn the offer. "
                    "Varco has not closed the mill. Varco will close the Tarn depot.";
    cd_doc *doc = analyze(t, "1994-03-08");
    const cd_claim *c = assert_event_span(t, doc, "banned", "banned the Orwick fair");
    assert_int_equal(c->span.start, 25);
    assert_true(has_reason(c, "hypothetical"));
    c = assert_event_span(t, doc, "closed the P", "closed the Pellam depot");
    assert_int_equal(c->span.start, 76);
    assert_true(has_reason(c, "hypothetical"));
    assert_false(has_reason(c, "negated"));
    c = assert_event_span(t, doc, "withdrawn", "withdrawn the offer");
    assert_true(has_reason(c, "hypothetical"));
    c = assert_event_span(t, doc, "closed the m", "closed the mill");
    assert_true(has_reason(c, "negated"));
    assert_false(has_reason(c, "hypothetical"));
    c = assert_event_span(t, doc, "close the T", "close the Tarn depot");
    assert_false(has_reason(c, "hypothetical"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counterfactual),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
