/* Ordinal weekdays that name no date. One of the story's month that the month has not ("the fifth Sunday" of a month with
 * four): one claim of no date, never the bare weekday after it resolved. Story of 2017-11-10 (its
 * Sundays fall on the 5th, 12th, 19th and 26th). Exact values and spans. */
#include "helpers.h"

static void test_missing_weekday_is_no_date(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The craft fair opens on the fifth Sunday.", .want = {{"fifth Sunday", NULL}}, COUNT(1)},
        /* one the month has keeps its day */
        {"The craft fair opens on the fourth Sunday.", .want = {{"fourth Sunday", "2017-11-26"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2017-11-10");
}

/* An ordinal weekday of every period is a rule that recurs ("the first Monday of every month"): one
 * claim of no date, not the next such weekday. */
static void test_recurring_weekday_is_no_date(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The chess club meets on the first Monday of every month.",
         .want = {{"first Monday of every month", NULL}}, COUNT(1)},
        {"Bins at the depot are emptied the last Friday of each month.",
         .want = {{"last Friday of each month", NULL}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2017-11-10");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_missing_weekday_is_no_date),
        cmocka_unit_test(test_recurring_weekday_is_no_date),
    };
    return cmocka_run_group_tests_name("dates_nth_weekday_missing", tests, NULL, NULL);
}
