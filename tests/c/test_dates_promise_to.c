/* A past of a promise, a threat or a decision before "to" (data/time_tense.tsv code 7: "pledged",
 * "vowed", "agreed", "decided", ...) looks ahead from that past, as "planned to" does: a date after it
 * is the nearest to the story date, not the last one. A date before it is the promise's own day, a
 * past; and without "to" the word is a past as any form in -ed. Exact values and byte offsets. */
#include "helpers.h"

static void test_date_after_promise_is_nearest(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Senator Hale last week pledged to debate a bill before Easter.", .date = "1987-03-05",
         .want = {{"before Easter", "../1987-04-18"}}},
        {"Corvane agreed to sell the unit on May 4 to a Norvik group.", .date = "1987-04-20",
         .want = {{"May 4", "1987-05-04"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-01");
}

static void test_date_before_promise_or_no_to_is_past(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"On Thursday, Corvane offered to buy the rest of the firm.", .date = "1987-03-03",
         .want = {{"Thursday", "1987-02-26"}}, COUNT(1)},
        {"Voss quit the club on 24 November and vowed: no return for him.", .date = "1987-06-01",
         .want = {{"24 November", "1986-11-24"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-01");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_date_after_promise_is_nearest),
        cmocka_unit_test(test_date_before_promise_or_no_to_is_past),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
