/* A charge answered by its verb ("deny", "face") has the verb's subject for its target when that
 * is a common noun phrase ("the drivers", "The pair"), not only a name or a pronoun. */
#include "helpers.h"

static void test_charge_subjects(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"deny", "The drivers strongly deny the charges", 0, NULL, "The drivers"},
        {"facing", "The pair are facing criminal charges", 39, NULL, "The pair"},
    };
    expect_event_roles("The drivers strongly deny the charges. The pair are facing criminal charges.", "2004-03-08",
                       want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_charge_subjects),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
