/* A date after "brought forward to", "moved forward to" or "pulled forward to" is a date moved
 * earlier, set near the story date: the nearest, whatever the tense of the move; the old date after
 * "from" is then read by it. "went forward to" is no move. Exact values and byte offsets. */
#include "helpers.h"

static void test_a_date_moved_earlier_is_the_nearest(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The coupon date was brought forward to March 26 from March 31.",
         .want = {{"March 26", "1987-03-26"}, {"March 31", "1987-03-31"}}, COUNT(2)},
        {"The vote was moved forward to April 2.", .want = {{"April 2", "1987-04-02"}}, COUNT(1)},
        /* the nearest may be just over */
        {"The meeting was pulled forward to March 9.", .want = {{"March 9", "1987-03-09"}}, COUNT(1)},
        /* no move: the past */
        {"The meeting was held on April 2.", .want = {{"April 2", "1986-04-02"}}, COUNT(1)},
        {"The talks went forward to April 2 without a deal.", .want = {{"April 2", "1986-04-02"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-12");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_date_moved_earlier_is_the_nearest),
    };
    return cmocka_run_group_tests_name("dates_moved_forward", tests, NULL, NULL);
}
