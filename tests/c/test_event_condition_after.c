/* A condition right after an event ("if", "unless") makes it hang on something not yet so: "the
 * bridge will be shut if necessary" is marked hypothetical, as "if convicted" is; the same event
 * with no condition is not. */
#include "helpers.h"

static void test_condition_after(void **state)
{
    (void)state;
    const char *t = "The Pellam bridge will be shut if necessary. "
                    "Creditors sought sanctions against Varn Bank if its unit failed. "
                    "The Pellam bridge was shut on Monday.";
    cd_doc *doc = analyze(t, "1994-03-08");
    const cd_claim *c = assert_event_roles(t, doc, "will be shut", "The Pellam bridge will be shut", 0, NULL,
                                           "The Pellam bridge");
    assert_true(has_reason(c, "hypothetical"));
    c = assert_event_roles(t, doc, "sanctions", "sanctions against Varn Bank", 62, NULL, "Varn Bank");
    assert_true(has_reason(c, "hypothetical"));
    c = assert_event_roles(t, doc, "was shut", "The Pellam bridge was shut", 110, NULL, "The Pellam bridge");
    assert_false(has_reason(c, "hypothetical"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_condition_after),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
