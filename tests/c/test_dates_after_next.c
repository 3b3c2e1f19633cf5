/* Two steps from the story's day, week or weekday: "the day after next", "the week before last",
 * "Friday after next". Story on Wednesday 2017-03-15. Exact values and spans. */
#include "helpers.h"

static void test_two_steps(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The board meets the day after next, a clerk said.", .want = {{"day after next", "2017-03-17"}}, COUNT(1)},
        {"The lorries were seen the day before last.", .want = {{"day before last", "2017-03-13"}}, COUNT(1)},
        {"Profit at the dairy rose in the year before last.", .want = {{"year before last", "2015"}}, COUNT(1)},
        {"Sales at the kiosk doubled the week before last.", .want = {{"week before last", "2017-W09"}},
         COUNT(1)},
        {"The ferry strike ends Friday after next.", .want = {{"Friday after next", "2017-03-24"}}, COUNT(1)},
        {"The pier shut Monday before last.", .want = {{"Monday before last", "2017-03-06"}}, COUNT(1)},
        /* "next" with a day after it is that day's: "next Tuesday" */
        {"The crew sails the day after next Tuesday.", .absent = {"day after next Tuesday"}},
    };
    check_date_cases(cases, N_OF(cases), "2017-03-15");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_two_steps),
    };
    return cmocka_run_group_tests_name("dates_after_next", tests, NULL, NULL);
}
