/* A company's fiscal quarter is not a calendar quarter: named with its fiscal year ("fiscal 1987
 * second quarter", "the third quarter fiscal 1986") it is "FY1987-Q2"; named alone, with "fiscal"
 * before it ("the company's fiscal second quarter"), owned ("its first quarter") in a story that names
 * a fiscal period, or in a story whose quarters end off the calendar's ("the second quarter ended
 * January 31"), it is claimed with no value. Calendar quarters keep theirs. Exact values and byte
 * offsets. */
#include "helpers.h"

static void test_fiscal_quarter_named_alone_has_no_value(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Acme said fiscal 1987 results will improve. The company's fiscal second quarter was strong.",
         .want = {{"fiscal 1987", "FY1987"}, {"second quarter", NULL}}, COUNT(2)},
        {"Nuclear Metals expects negligible earnings for its fiscal second quarter.",
         .want = {{"second quarter", NULL}}, COUNT(1)},
        {"Acme said its fiscal 1987 results will improve. Its first quarter profit rose.",
         .want = {{"first quarter", NULL}}, COUNT(2)},
        {"Acme expects losses in fiscal 1987. Acme's third quarter is usually weak.",
         .want = {{"third quarter", NULL}}, COUNT(2)},
        /* quarters that end off the calendar's: every quarter of the story is the company's */
        {"Acme reported higher net for the second quarter ended January 31. Third quarter sales will rise.",
         .want = {{"second quarter ended January 31", "1986-11-01/1987-01-31"}, {"Third quarter", NULL}}, COUNT(2)},
        {"Acme expects a loss for the year ending May 31. The fourth quarter will be weak.",
         .want = {{"fourth quarter", NULL}}},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-09");
}

static void test_fiscal_quarter_with_its_year(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Acme said fiscal 1987 second quarter earnings rose.",
         .want = {{"fiscal 1987", "FY1987"}, {"second quarter", "FY1987-Q2"}}, COUNT(2)},
        {"Acme reported a gain in the third quarter fiscal 1986.", .want = {{"third quarter fiscal 1986", "FY1986-Q3"}},
         COUNT(1)},
        {"Acme earned 40 cts a share in the fiscal 1986 fourth quarter.", .want = {{"fourth quarter", "FY1986-Q4"}}},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-09");
}

static void test_calendar_quarter_keeps_its_value(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"GNP rose 1.1 pct in the first quarter.", .want = {{"first quarter", "1987-01/1987-03"}}, COUNT(1)},
        {"Acme said its first quarter profit rose.", .want = {{"first quarter", "1987-01/1987-03"}}, COUNT(1)},
        {"Acme lowered its fiscal policy forecast. Its first quarter profit rose.",
         .want = {{"first quarter", "1987-01/1987-03"}}, COUNT(1)},
        {"Acme reported fiscal 1986 earnings. It will then report calendar first quarter results.",
         .want = {{"first quarter", "1987-01/1987-03"}}},
        {"Acme reported higher net for the quarter ended March 31. Third quarter sales will rise.",
         .want = {{"Third quarter", "1987-07/1987-09"}}},
        {"Acme said fiscal 1987 results will improve. Sales rose in the first quarter of 1986.",
         .want = {{"first quarter of 1986", "1986-01/1986-03"}}},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-09");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fiscal_quarter_named_alone_has_no_value),
        cmocka_unit_test(test_fiscal_quarter_with_its_year),
        cmocka_unit_test(test_calendar_quarter_keeps_its_value),
    };
    return cmocka_run_group_tests_name("dates_fiscal_quarters", tests, NULL, NULL);
}
