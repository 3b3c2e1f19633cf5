/* A month is a delivery month to come also with one word of what is traded between it and the
 * contract noun of data/time_contracts.tsv ("the June gold delivery", "May crude futures"), as right
 * before one; a determiner between makes no such month ("voted in late January a contract offer").
 * Exact values and byte offsets. */
#include "helpers.h"

static void test_month_word_contract(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The key June gold delivery settled at 423 dlrs, Tavel dealers said.", .want = {{"June", "1987-06"}},
         COUNT(1)},
        {"Tavel dealers said July zinc futures closed higher.", .want = {{"July", "1987-07"}}, COUNT(1)},
        {"The Orrel union rejected in late January a contract offer, it said.",
         .want = {{"late January", "1987-01-16/1987-01-31"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-04-07");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_month_word_contract),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
