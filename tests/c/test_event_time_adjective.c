/* A time word right after an event's determiner is an adjective of its noun, not the end of the
 * target: "withdrawn its June offer", "evacuating their last stronghold". Before, the target was the
 * bare determiner ("its", "their"). */
#include "helpers.h"

static void test_time_adjective(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"offer", "withdrawn its June offer", 13, "The firm", "its June offer"},
        {"stronghold", "evacuating their last stronghold", 67, "Rebels", "their last stronghold"},
    };
    expect_event_roles("The firm has withdrawn its June offer for Tarvin Mills. "
                       "Rebels are evacuating their last stronghold.",
                       "1990-02-06", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_time_adjective),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
