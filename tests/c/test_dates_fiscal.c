/* A fiscal year is not a calendar year: "fiscal 1987", "fiscal year 1988", "its 1987 fiscal year"
 * are claimed whole with the value "FY1987", not 1987 (January to December), and "the first quarter
 * of fiscal 1986" as "FY1986-Q1", not January to March. A year without
 * "fiscal" stays a calendar year. Exact values and byte offsets. */
#include "helpers.h"

static void test_fiscal_year_is_no_calendar_year(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Capital spending in fiscal 1987 will be in the 30-35 mln dlr range.",
         .want = {{"fiscal 1987", "FY1987"}}, COUNT(1)},
        {"President Howard Dean said in fiscal year 1988 the company will derive benefits.",
         .want = {{"fiscal year 1988", "FY1988"}}, COUNT(1)},
        {"Nortel revised its profits for the 2003 fiscal year.", .want = {{"2003 fiscal year", "FY2003"}},
         COUNT(1)},
        {"CATERPILLAR INC SEES HIGHER FISCAL 1987 EARNINGS", .want = {{"FISCAL 1987", "FY1987"}}, COUNT(1)},
        /* a quarter of a fiscal year: its months are the company's */
        {"Earnings may fall short of the 3.1 mln dlrs made in the first quarter of fiscal 1986.",
         .want = {{"first quarter of fiscal 1986", "FY1986-Q1"}}, COUNT(1)},
        {"Profits rose in the third quarter of 1986.", .want = {{"third quarter of 1986", "1986-07/1986-09"}},
         COUNT(1)},
        /* calendar years */
        {"Sales rose in 1986 and will rise in calendar 1987.", .want = {{"1986", "1986"}}},
        {"The fiscal deficit grew in 1986.", .want = {{"1986", "1986"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-09");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fiscal_year_is_no_calendar_year),
    };
    return cmocka_run_group_tests_name("dates_fiscal", tests, NULL, NULL);
}
