/* A fine's sum is what it costs, not whom it hits: "a fine of up to $16m" has no target, and its
 * span keeps the sum. Money seized is what the act takes, and stays the target; a fine's object
 * before its sum is the target ("fined the club $2,000"). */
#include "helpers.h"

static void test_fine_sum(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"fine of", "fine of up to $16m", 16, NULL, NULL},
        {"seized", "seized $40,000", 53, "Police", "$40,000"},
        {"fined", "fined the club $2,000", 91, "A court", "the club"},
    };
    expect_event_roles("The club paid a fine of up to $16m last year. Police seized $40,000 from the flat. "
                       "A court fined the club $2,000.",
                       "2004-03-08", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fine_sum),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
