/* Two days joined by a dash before a month's name are a range of days in that month, whatever
 * word leads them: "from 7-9 October" and "on 7-9 October" run from the 7th to the 9th, not
 * July 9 read as month-dash-day because "from" or "on" made a date likely. Exact values and
 * byte offsets. */
#include "helpers.h"

static void test_dash_days_before_a_month(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Quorn trials will be held from 7-9 October near Ludlow.",
         .want = {{"from 7-9 October", "2011-10-07/2011-10-09"}}, COUNT(1)},
        {"Velton hosts the regional finals on 7-9 October at the new arena.",
         .want = {{"7-9 October", "2011-10-07/2011-10-09"}}, COUNT(1)},
        {"Pellow Street fair runs 12-14 November, the organisers said.",
         .want = {{"12-14 November", "2011-11-12/2011-11-14"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2011-09-20");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dash_days_before_a_month),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
