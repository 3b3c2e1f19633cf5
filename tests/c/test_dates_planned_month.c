/* A month named alone for a plan, after "scheduled for", "set for", "slated for" or "planned for"
 * (perhaps its early, middle or late part), looks ahead: the next such month from the story's month
 * on, where the nearest one could lie behind ("scheduled for September" in March was last
 * September). Only a past that reports a plan for a month just over keeps that month. Exact values
 * and byte offsets. */
#include "helpers.h"

static void test_planned_month_looks_ahead(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Varden board vote is scheduled for September, officials said.",
         .want = {{"September", "1987-09"}}, COUNT(1)},
        {"Trading in the Kessel contracts is set for early June, the exchange said.",
         .want = {{"early June", "1987-06-01/1987-06-15"}}, COUNT(1)},
        {"Polls that had tentatively been set for December were moved.", .date = "1987-06-29",
         .want = {{"December", "1987-12"}}, COUNT(1)},
        {"A second Orvell plant is slated for January, a spokesman said.", .date = "1987-06-29",
         .want = {{"January", "1988-01"}}, COUNT(1)},
        /* a plan reported in the past for a month just over: that month */
        {"The Orvell share offering was scheduled for February but slipped.", .want = {{"February", "1987-02"}},
         COUNT(1)},
        /* this month */
        {"The Varden vote is planned for March, aides said.", .want = {{"March", "1987-03"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-11");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_planned_month_looks_ahead),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
