/* A reduced relative's noun after a preposition or as a verb's object is what the act fell on:
 * "relief from a grain levy imposed in March" and "would lift curbs imposed on barges" name the
 * levy and the curbs as targets, with no actor; before, the noun (or "lift curbs") was the actor of
 * a bare "imposed". After "have" a noun phrase with its determiner is the object ("have its trucks
 * seized"). */
#include "helpers.h"

static void test_relative_governed(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"grain", "a grain levy imposed", 27, NULL, "a grain levy"},
        {"tolls", "tolls imposed by the Ardley board", 82, "the Ardley board", "tolls"},
        {"curbs", "curbs imposed", 146, NULL, "curbs"},
        {"rules", "rules now imposed", 189, NULL, "rules"},
        {"trucks", "its trucks seized", 243, NULL, "its trucks"},
    };
    expect_event_roles("Growers sought relief from a grain levy imposed in March. "
                       "The port fought against tolls imposed by the Ardley board. "
                       "The mayor said he would lift curbs imposed on barges. "
                       "Ferries must meet rules now imposed on the river. "
                       "Tarvin Mills may have its trucks seized.",
                       "1990-02-06", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_relative_governed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
