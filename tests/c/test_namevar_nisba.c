/* name-variant: a family name made of a given one with "-i" ("Karimi" of "Karim", "Hassani" of
 * "Hassan") is another name, not a misspelling; one letter changed at the end still is one. */
#include "helpers.h"

static const char *const VARIANT = "name-variant";

static void test_family_name_in_i(void **state)
{
    (void)state;
    expect_findings_at("Mr Karimi was freed from custody last week.\n\nThe envoy Sarah Karim met the minister.\n",
                       VARIANT, 0, NULL);
}

static void test_other_final_letter_fires(void **state)
{
    (void)state;
    const char *t = "Mr Karimo was freed from custody last week.\n\nThe envoy Sarah Karim met the minister.\n";
    expect_finding_message(t, VARIANT, "Sarah Karim", "Karimo",
                           "\"Sarah Karim\" here, but \"Karimo\" earlier: one name spelled two ways?");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_family_name_in_i),
        cmocka_unit_test(test_other_final_letter_fires),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
