/* "closed the day 12 points lower" ends a trading session and shuts nothing; "closed the road for
 * a day" is a closure. */
#include "helpers.h"

static void test_close_day(void **state)
{
    (void)state;
    expect_one_event("2004-03-08", "close", "The Varnia index closed the day 12 points lower. Police closed the road for a day.",
                     "closed the road");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_close_day),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
