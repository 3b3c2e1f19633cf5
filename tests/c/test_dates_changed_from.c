/* The old date of a change named after its new one ("extended to March 19 from March 18"): both
 * dates are of the one change, so the old one is read by the new one, not by the verb's tense. Cases
 * that must fire and must not, with exact values and byte offsets. */
#include "helpers.h"

/* After a verb that moves a date forward (data/time_deferrals.tsv) the old date is the last one up to
 * the new; after another verb, the nearest to it. A past read alone took last year's March 18. */
static void test_old_date_after_the_new(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The bid for 2.7 mln units was pushed back to March 19 from March 18.",
         .want = {{"March 19", "1987-03-19"}, {"March 18", "1987-03-18"}}, COUNT(2)},
        {"The group has extended the expiry of its stock options to December 31 from March 31.",
         .want = {{"December 31", "1987-12-31"}, {"March 31", "1987-03-31"}}, .date = "1987-03-30", COUNT(2)},
        {"The deadline was extended to January 15 from December 31.",
         .want = {{"January 15", "1987-01-15"}, {"December 31", "1986-12-31"}}, .date = "1987-01-05", COUNT(2)},
        {"A judge granted a ruling extending to April 20 from April 6 the deadline for a plan.",
         .want = {{"April 20", "1987-04-20"}, {"April 6", "1987-04-06"}}, .date = "1987-04-07", COUNT(2)},
        /* the date moved back: the nearest */
        {"The board moved the vote up to March 2 from March 9.",
         .want = {{"March 2", "1987-03-02"}, {"March 9", "1987-03-09"}}, .date = "1987-03-03", COUNT(2)},
        {"Revenue got a lift from moving some discounts to March from April.",
         .want = {{"March", "1987-03"}, {"April", "1987-04"}}, .date = "1987-04-09", COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-17");
}

/* Not a change of a date: "from" not right after a date that follows "to" keeps the tense. */
static void test_from_without_a_new_date(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Sales rose to 12 mln dlrs on March 19 from March 18 levels.",
         .want = {{"March 18", "1986-03-18"}}, COUNT(2)},
        {"The offer was extended to March 19. It was from March 18 that talks began.",
         .want = {{"March 19", "1987-03-19"}, {"March 18", "1986-03-18"}}, COUNT(2)},
        {"He flew in on March 19 from March 18 talks in Paris.", .want = {{"March 18", "1986-03-18"}}, COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-17");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_old_date_after_the_new),
        cmocka_unit_test(test_from_without_a_new_date),
    };
    return cmocka_run_group_tests_name("dates_changed_from", tests, NULL, NULL);
}
