/* "likely to" and "unlikely to" look ahead as "expected to" does (data/time_tense.tsv code 3): a
 * month or weekday after them is to come, though a past speech verb reports them. Exact values and
 * byte offsets. */
#include "helpers.h"

static void test_likely_to_looks_ahead(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Korvel is likely to sell the bonds in mid-July, dealers said.",
         .want = {{"mid-July", "1987-07-10/1987-07-20"}}, COUNT(1)},
        {"The board is unlikely to change its rates on Thursday, dealers said.",
         .want = {{"Thursday", "1987-06-18"}}, COUNT(1)},
        /* without "to": no tense of its own, the past decides */
        {"A likely buyer bid in July, dealers said.", .want = {{"July", "1986-07"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-16");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_likely_to_looks_ahead),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
