/* A time between a common noun subject and its verb ("the board last week closed", "the agency on
 * Friday banned") no longer hides the subject: it is the actor. Before, the time's words stopped
 * the subject's reading and the claim had no actor, or a name further back. */
#include "helpers.h"

static void test_time_subject(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"depots", "closed two depots", 20, "The board", "two depots"},
        {"tonic", "banned the tonic", 60, "The agency", "the tonic"},
    };
    expect_event_roles("The board last week closed two depots. The agency on Friday banned the tonic.", "1990-02-06",
                       want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_time_subject),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
