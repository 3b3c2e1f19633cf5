/* The agent of a noun event is the phrase after "by" right after its complement: "the seizure of
 * two tankers by Varnia" names Varnia, where the nearest name before was read. A time or a count
 * after "by" is none ("by the end of the year"), but a time after the agent leaves it ("by Tarvia
 * last week"); adverbs that end the phrase are left out. */
#include "helpers.h"

static void test_noun_agent(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"seizure", "seizure of two tankers by Varnia", 25, "Varnia", "two tankers"},
        {"ban on", "ban on imports", 93, NULL, "imports"},
        {"withdrawal", "withdrawal of deposits by small savers", 144, "small savers", "deposits"},
        {"the ship", "seizure of the ship by Tarvia", 223, "Tarvia", "the ship"},
    };
    expect_event_roles("Traders fretted over the seizure of two tankers by Varnia in May. "
                       "Officials hope to lift the ban on imports by the end of the year. "
                       "Banks saw a withdrawal of deposits by small savers just before the vote. "
                       "Crews decried the seizure of the ship by Tarvia last week.",
                       "1990-02-06", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_noun_agent),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
