/* A common noun subject after a possessive is named with its owner: "Varnia's finance minister",
 * never the bare "'s finance minister" the actor used to be. */
#include "helpers.h"

static void test_possessive_actor(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"banned", "banned the import", 26, "Varnia's finance minister", "the import"},
        {"resigned", "The town's new board resigned", 60, "The town's new board", NULL},
    };
    expect_event_roles("Varnia's finance minister banned the import of cheap steel. "
                       "The town's new board resigned on Friday.",
                       "2004-03-08", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_possessive_actor),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
