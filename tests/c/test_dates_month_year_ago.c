/* A month with "a year ago", "a year earlier" or "one year before" right after it is the month of
 * that name a year before the one it names alone: in a June story "May a year ago" is May of the
 * year before, "December a year earlier" in a January story two Decembers back. The phrase joins
 * the month's claim. "two years ago" and "a week ago" are no such phrase. Exact values and byte
 * offsets. */
#include "helpers.h"

static void test_month_a_year_ago(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Orders at Tavel reached 41 mln dlrs in May, up from 36 mln dlrs in May a year ago.",
         .want = {{"May", "1987-05"}, {"May a year ago", "1986-05"}}, COUNT(2)},
        {"Dunmore sold 300 tonnes in December a year earlier, the mill said.",
         .want = {{"December a year earlier", "1985-12"}}, COUNT(1), .date = "1987-01-20"},
        {"The fund held 12 mln crowns in March one year before.",
         .want = {{"March one year before", "1986-03"}}, COUNT(1)},
        {"Sales rose in April two years ago.", .want = {{"April", "1987-04"}}, .absent = {"April two"}},
        {"Sales rose in April a week ago.", .want = {{"April", "1987-04"}}, .absent = {"April a"}},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-19");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_month_a_year_ago),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
