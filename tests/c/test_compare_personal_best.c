/* "personal" before a superlative belongs to its claim: an athlete's own record. "her personal best
 * of 7.2 seconds" starts at "her", "a personal best of 8.1m" at "a" (after "a" a superlative alone
 * is no ranking, "a best actor prize"), and with no determiner at "personal". Exact spans and byte
 * offsets. */
#include "helpers.h"

static void test_personal_best(void **state)
{
    (void)state;
    expect_one_comparison("2005-03-01", "Pell equalled her personal best of 7.2 seconds at Dunmore.",
                          "her personal best of 7.2 seconds at Dunmore");
    expect_one_comparison("2005-03-01", "Orrin cleared a personal best of 8.1m on his third jump.",
                          "a personal best of 8.1m on his third jump");
    expect_one_comparison("2005-03-01", "Tavel set an indoor personal best of 21.4 seconds.",
                          "personal best of 21.4 seconds");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_personal_best),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
