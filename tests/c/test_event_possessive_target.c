/* A passive's subject after a possessive is named with its owner: "Varnia's main airport", never
 * the bare "'s main airport" the target used to be. */
#include "helpers.h"

static void test_possessive_target(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"airport", "Varnia's main airport has been closed", 0, NULL, "Varnia's main airport"},
        {"shares", "the firm's shares were suspended", 52, NULL, "the firm's shares"},
    };
    expect_event_roles("Varnia's main airport has been closed. Traders said the firm's shares were suspended.",
                       "2004-03-08", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_possessive_target),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
