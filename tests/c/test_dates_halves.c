/* Halves of a year named in words ("the first half of 2016", "the second half of next year"): a
 * range of six months, January to June or July to December. Exact values and spans. */
#include "helpers.h"

static void test_half_of_a_named_year(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Orders at the mill fell during the first half of 2016.",
         .want = {{"first half of 2016", "2016-01/2016-06"}}, COUNT(1)},
        {"The ferry line hopes to return to profit in the second half of next year.",
         .want = {{"second half of next year", "2018-07/2018-12"}}, COUNT(1)},
        {"Rents climbed in the second half of last year.",
         .want = {{"second half of last year", "2016-07/2016-12"}}, COUNT(1)},
        /* no year named: a game's or a session's half as often as a year's */
        {"Vance scored twice in the first half of the derby.", NO_TIME},
    };
    check_date_cases(cases, N_OF(cases), "2017-03-15");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_half_of_a_named_year),
    };
    return cmocka_run_group_tests_name("dates_halves", tests, NULL, NULL);
}
