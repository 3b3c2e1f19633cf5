/* A duration counted from an event: "ahead of" and "prior to" count back as "before" does; an
 * event of data/time_events.tsv may stand between the turn word and its date ("the vote next week",
 * "the summit on Friday") or around it ("the 14 May summit"); and an event dated by a period
 * ("the vote next week", "next week's vote") falls on some day of it, so the count moves the whole
 * period: a range of days. A period alone is counted from its start ("two days before next week");
 * a ranking's "in over a year ahead of ..." is no count from a date. Exact values and byte offsets. */
#include "helpers.h"

static void test_ahead_of_and_prior_to(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Crews left two days ahead of Christmas at Pellory.", .want = {{"two days ahead of Christmas", "1986-12-23"}},
         COUNT(1)},
        {"The rolls closed ten days prior to Jan. 20, 1987, at Pellory.",
         .want = {{"ten days prior to Jan. 20, 1987", "1987-01-10"}}, COUNT(1)},
        {"Tin stood at its best in over a year ahead of next week's Pellory vote.", .want = {{"next week", "1987-W12"}},
         COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-10");
}

static void test_event_between_turn_and_date(void **state)
{
    (void)state;
    static const date_case cases[] = {
        /* a day: the day moved */
        {"Delegates will gather two days after the vote on Friday at Pellory.",
         .want = {{"two days after the vote on Friday", "1987-03-15"}}, COUNT(1)},
        {"Delegates gathered three weeks after the 14 December summit at Pellory.",
         .want = {{"three weeks after the 14 December summit", "1987-01-04"}}, COUNT(1)},
        /* a period: each of its days moved */
        {"Delegates will gather two days before the vote next week at Pellory.",
         .want = {{"two days before the vote next week", "1987-03-14/1987-03-20"}}, COUNT(1)},
        {"Delegates will gather two days ahead of next week's vote at Pellory.",
         .want = {{"two days ahead of next week", "1987-03-14/1987-03-20"}}, COUNT(1)},
        /* no event: the period's first day */
        {"Delegates will gather two days before next week at Pellory.",
         .want = {{"two days before next week", "1987-03-14"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-10");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ahead_of_and_prior_to),
        cmocka_unit_test(test_event_between_turn_and_date),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
