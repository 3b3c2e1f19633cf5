/* "closed 17 points higher" reports a market's move: the number's counted noun ("points") may
 * stand between the figure and its direction. "closed 15 schools" is a closure. */
#include "helpers.h"

static void test_close_points(void **state)
{
    (void)state;
    expect_one_event("2004-03-08", "close", "The Varnia index closed 17 points higher. The city closed 15 schools.",
                     "closed 15 schools");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_close_points),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
