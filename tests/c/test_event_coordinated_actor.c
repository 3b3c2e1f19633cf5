/* A verb after "and" or "but" with no subject of its own shares the subject of the clause before
 * it (coordinated_actor): in "Varco Holdings sued Norda Mining Ltd and seized its barges" Varco
 * seized the barges, though Norda is the nearest name; after a passive with an agent ("was fined by
 * the board and expelled") the agent acts again. A verb with its own subject keeps it. */
#include "helpers.h"

static void test_coordinated_actor(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"sued", "sued Norda Mining Ltd", 15, "Varco Holdings", "Norda Mining Ltd"},
        {"seized", "seized its barges", 41, "Varco Holdings", "its barges"},
        {"expelled", "expelled", 106, "Norda Mining Ltd", NULL},
        {"resigned", "Tomas Reyes resigned", 134, "Tomas Reyes", NULL},
    };
    expect_event_roles("Varco Holdings sued Norda Mining Ltd and seized its barges. Brenna Vale was fined by "
                       "Norda Mining Ltd and expelled. The court sat but Tomas Reyes resigned.",
                       "2004-03-08", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_coordinated_actor),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
