/* "last" before a month and day names the last such day before the story date, as "last" before a
 * month alone names the last such month: "last February 13" in an April story is that year's, "last
 * October 13" the year before's, and on the day itself the year before's. "next" keeps the year
 * after. Exact values and byte offsets. */
#include "helpers.h"

static void test_last_month_and_day(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Orrin pleaded guilty last February 13 to two counts.", .want = {{"last February 13", "1987-02-13"}},
         COUNT(1)},
        {"The index fell in the week ended last March 5, Tavel said.", .want = {{"last March 5", "1987-03-05"}}},
        {"Orrin filed the claim last October 13 in Dunmore.", .want = {{"last October 13", "1986-10-13"}}, COUNT(1)},
        {"Orrin filed the claim last April 9 in Dunmore.", .want = {{"last April 9", "1986-04-09"}}, COUNT(1)},
        {"The Dunmore plant will open next March 3.", .want = {{"next March 3", "1988-03-03"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-04-09");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_last_month_and_day),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
