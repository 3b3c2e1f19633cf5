/* Two numbers joined by a dash after "from", "until" or "till", with no month's name and no year,
 * are a score or a span ("rallied from 15-4 down", "level until 2-2 in the second set"), not a
 * month and day; after "on" they stay a date ("the poll on 6-14"), and so does one that a second
 * date follows ("from 6-14 to 20"). Exact values and byte offsets. */
#include "helpers.h"

static void test_dashed_pair_after_from_or_until(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Carrow Rovers rallied from 15-4 down to win the tie.", NO_TIME},
        {"Neve Ostrander stayed level until 2-2 in the second set.", NO_TIME},
        {"Harwell residents vote on 6-14 in the library.", .want = {{"6-14", "2019-06-14"}}, COUNT(1)},
        {"The Harwell fair runs from 6-14 to 20.", .want = {{"from 6-14 to 20", "2019-06-14/2019-06-20"}},
         COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2019-05-02");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dashed_pair_after_from_or_until),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
