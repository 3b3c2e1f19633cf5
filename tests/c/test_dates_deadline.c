/* A date right after "by" in a past report is a deadline: the nearest to the story date, not last
 * year's that the past picked ("It sought views on the draft rule by April 20" in March). A
 * future stays future; other past dates stay past. Exact values and byte offsets. */
#include "helpers.h"

static void test_deadline_after_by_is_the_nearest(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The agency sought views on the draft rule by April 20.", .want = {{"April 20", "1987-04-20"}},
         COUNT(1)},
        {"Completion was expected by March 31, they said.", .want = {{"March 31", "1987-03-31"}}, COUNT(1)},
        {"The company said completion was expected by July.", .want = {{"July", "1987-07"}}, COUNT(1)},
        /* the nearest may be just over */
        {"The company said it asked for bids by March 2.", .want = {{"March 2", "1987-03-02"}}, COUNT(1)},
        /* no deadline */
        {"The company said sales rose on April 20.", .want = {{"April 20", "1986-04-20"}}, COUNT(1)},
        {"The company said it was sold in April.", .want = {{"April", "1986-04"}}, COUNT(1)},
        {"The bank will raise rates by June.", .want = {{"June", "1987-06"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-10");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_deadline_after_by_is_the_nearest),
    };
    return cmocka_run_group_tests_name("dates_deadline", tests, NULL, NULL);
}
