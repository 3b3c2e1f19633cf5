/* A date right after "maturing", "matures" or "mature" (perhaps with "on" or "in") is a maturity a
 * report names near the story date: the nearest, whatever the verb that bought or issued the paper
 * ("the central bank bought bills maturing in June" in March). "matured" keeps its past. Exact
 * values and byte offsets. */
#include "helpers.h"

static void test_maturity_is_the_nearest(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"He said that the central bank bought bills maturing in June for cash settlement.",
         .want = {{"June", "1987-06"}}, COUNT(1)},
        {"The bank drained funds with a 21-day repo deal maturing April 24.",
         .want = {{"April 24", "1987-04-24"}}, COUNT(1)},
        {"The bank said it added cash via six-week repo deals which mature on January 11.",
         .want = {{"January 11", "1988-01-11"}}, .date = "1987-10-19", COUNT(1)},
        /* the nearest may be just over */
        {"It said paper maturing on March 2 was rolled over.", .want = {{"March 2", "1987-03-02"}}, COUNT(1)},
        /* no maturity named: the past */
        {"The notes matured in June.", .want = {{"June", "1986-06"}}, COUNT(1)},
        {"The Fed bought bills in June.", .want = {{"June", "1986-06"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-24");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_maturity_is_the_nearest),
    };
    return cmocka_run_group_tests_name("dates_maturity", tests, NULL, NULL);
}
