/* A month and day right after "ahead of" (perhaps "the") is looked forward to, whatever verb
 * reports it: "Korvan buying ahead of the March 31 year-end, dealers said" is the coming March
 * 31; where "had" stands in the clause it is a past one. Exact values and byte offsets. */
#include "helpers.h"

static void test_ahead_of_a_date(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Rates held firm on Korvan demand ahead of the March 31 year-end, dealers said.",
         .want = {{"March 31", "1987-03-31"}}, COUNT(1)},
        {"Funds had flowed out ahead of the March 31 year-end, dealers said.", .want = {{"March 31", "1986-03-31"}},
         COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-09");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ahead_of_a_date),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
