/* A year and one more digit that is the next year's last, "in 2011-2" or "in 1996/7", is a split
 * year (a fiscal year, a season), the two years; not February 2011 or July 1996: a month in
 * figures after a year is written in two digits. Exact values and byte offsets. */
#include "helpers.h"

static void test_year_and_one_digit(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Harlow Mills expects its output to grow 4% in 2011-2 after a weak year.",
         .want = {{"2011-2", "2011/2012"}}, COUNT(1)},
        {"Orchard exports fell sharply in 1996/7, the board said.", .want = {{"1996/7", "1996/1997"}},
         COUNT(1)},
        {"The awesome 1931-2 Harriers side lost once; the 1987/8 levy stays.",
         .want = {{"1931-2", "1931/1932"}, {"1987/8", "1987/1988"}}, COUNT(2)},
        {"A deficit target for 2009-0 was never set by the council.", .absent = {"2009-0"}},
    };
    check_date_cases(cases, N_OF(cases), "2011-06-01");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_year_and_one_digit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
