/* A month just over that a future speaks of is its figures, awaited or compared, when its name
 * takes "'s" and no event follows ("is expected to climb from January's three pct record" in
 * March), or when the month before it follows right after ("improve in February after January's
 * rise"): that month, not the one ten months off. "May's annual meeting" stays an event to come.
 * Exact values and byte offsets. */
#include "helpers.h"

static void test_month_figures_just_over(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Kessel prices are expected to climb to 3.5 pct from January's three pct record.",
         .want = {{"January", "1987-01"}}, COUNT(1)},
        {"The Varden jobless rate is expected to improve in February after January's sharp rise.",
         .want = {{"February", "1987-02"}, {"January", "1987-01"}}, COUNT(2)},
        /* an event: to come */
        {"Any Tavel payout must wait for May's annual meeting of holders.", .date = "1987-06-01",
         .want = {{"May", "1988-05"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-03");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_month_figures_just_over),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
