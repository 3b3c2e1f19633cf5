/* A results table's heading after a dateline's dash ("KESTON, Ore., March 16 - Qtr ends Feb 28 Shr
 * ..."), the dash spaced on either side, names the period its figures report: the nearest end, as
 * at a sentence's start, not the coming one a period's own present ("its fiscal year ends") reads.
 * Exact values and byte offsets. */
#include "helpers.h"

static void test_heading_after_dateline(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"KESTON, Ore., March 16 - Qtr ends Feb 28 Shr 12 cts vs nine cts Net 310,000 vs 244,000",
         .want = {{"Feb 28", "1987-02-28"}}},
        {"VARDEN, Md., March 16 -Qtr ends Jan 31 Shr 40 cts vs 35 cts", .want = {{"Jan 31", "1987-01-31"}}},
        /* a sentence's period, its present: to come */
        {"Orvell said its fiscal year ends February 28.", .want = {{"February 28", "1988-02-28"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-16");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_heading_after_dateline),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
