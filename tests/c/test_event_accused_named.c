/* A charge or a fine named as a noun with "of" after it takes no actor from the nearest name
 * before: "Michael Varno has denied charges of fraud" names the accused, not who charged him. A
 * name right before the noun brings the charges ("settled Federal Trade Commission charges of"). */
#include "helpers.h"

static void test_accused_named(void **state)
{
    (void)state;
    const char *t = "Michael Varno has denied charges of fraud and theft. "
                    "Varnia Mining Corp will face charges of negligence. "
                    "Varnia Bank settled Federal Trade Commission charges of bribery in May.";
    cd_doc *doc = analyze(t, "1990-02-06");
    assert_event_roles(t, doc, "charges of fraud", "charges of fraud", 25, NULL, "fraud");
    assert_event_roles(t, doc, "negligence", "charges of negligence", 82, NULL, "negligence");
    assert_event_roles(t, doc, "bribery", "charges of bribery", 150, "Federal Trade Commission", "bribery");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_accused_named),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
