/* A target that ended in a particle of a phrasal verb stops before it ("shut the old depot down":
 * the old depot), and a particle alone is no target ("seized up"). "close out" finishes something
 * and shuts nothing: no event. */
#include "helpers.h"

static void test_particles(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"shut the", "shut the old depot", 17, "Harbor officials", "the old depot"},
        {"closed it", "closed it", 59, "The storm", "it"},
        {"seized", "The pump seized", 86, "The pump", NULL},
    };
    expect_event_roles("Harbor officials shut the old depot down in May. "
                       "The storm closed it down for a week. "
                       "The pump seized up on Monday.",
                       "2004-03-08", want, N_OF(want));
}

static void test_close_out(void **state)
{
    (void)state;
    static const char *const none[] = {
        "The champion closed out the final set with a lob.",
        "Tarvin Motors closed out its fiscal year with record sales.",
        "Bonds closed out the month at a firm level.",
    };
    expect_no_claim(none, N_OF(none), "2004-03-08", CD_CLAIM_EVENT);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_particles),
        cmocka_unit_test(test_close_out),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
