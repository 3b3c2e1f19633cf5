/* A month (and day) right after "scheduled for", "set for", "slated for" or "planned for" is the
 * nearest to the story date, whatever verb reports the plan: "the closing is scheduled for April
 * 10, Orrin said" in March is this April's, and so is a meeting "it had set for March 31" and then
 * put off. Exact values and byte offsets. */
#include "helpers.h"

static void test_scheduled_date_is_nearest(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Closing of the Tavel sale is scheduled for April 10, Orrin said.", .want = {{"April 10", "1987-04-10"}},
         COUNT(1)},
        {"Tavel put off the meeting it had set for March 31.", .want = {{"March 31", "1987-03-31"}}, COUNT(1)},
        {"A Selvan share issue was planned for April, a spokesman said.", .want = {{"April", "1987-04"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-16");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scheduled_date_is_nearest),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
