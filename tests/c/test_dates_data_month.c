/* A month named for its figures (src/time.c data_month, data/time_data_nouns.tsv): a month or two
 * before the story's month, a future that speaks of its figures awaits the month just over, not the
 * same month a year on. Exact values and byte offsets; each case that must fire has one beside it that
 * must not (story date Tuesday 2 June 1987, or Monday 6 July for a month three back). */
#include "helpers.h"

/* A data noun after the month, perhaps after the words of a compound noun. */
static void test_month_before_a_data_noun(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Brokers expect the April shipbuilding orders to climb sharply.",
         .want = {{"April", "1987-04"}}, COUNT(1)},
        {"Cargo volumes will show a gain in April retail sales figures, analysts think.",
         .want = {{"April", "1987-04"}}, COUNT(1)},
        {"The April inflation data will be published next week.",
         .want = {{"April", "1987-04"}, {"next week", "1987-W24"}}, COUNT(2)},
        /* no data noun: a future month is the next one */
        {"The tunnel will reopen in April after the repairs.", .want = {{"April", "1988-04"}}, COUNT(1)},
        /* three months back still, for figures only; a year noun may stand between */
        {"The overall April tariff deficit will be revised upward.", .want = {{"April", "1987-04"}},
         .date = "1987-07-06", COUNT(1)},
        {"Dealers will watch its April budget deficit.", .want = {{"April", "1987-04"}}, COUNT(1)},
        {"Dealers will study its April budget gap.", .want = {{"April", "1988-04"}}, COUNT(1)},
        {"The canal will reopen in April after the repairs.", .want = {{"April", "1988-04"}}, .date = "1987-07-06",
         COUNT(1)},
        /* a determiner is no part of a compound noun: the noun after it is another's */
        {"Tolls will rise in April the figures suggest.", .want = {{"April", "1988-04"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-02");
}

/* A data noun and "for" right before the month. */
static void test_data_noun_for_a_month(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Gilt dealers will watch the money supply figures for April closely.",
         .want = {{"April", "1987-04"}}, COUNT(1)},
        {"Its freight report for May is expected to show a dip.", .want = {{"May", "1987-05"}}, COUNT(1)},
        /* a plan for a month is no figure: the next April */
        {"The ferry firm will hire more crews for April sailings.", .want = {{"April", "1988-04"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-02");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_month_before_a_data_noun),
        cmocka_unit_test(test_data_noun_for_a_month),
    };
    return cmocka_run_group_tests_name("dates_data_month", tests, NULL, NULL);
}
