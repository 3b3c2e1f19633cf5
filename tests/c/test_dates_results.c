/* A weekday's event reported when over (code 2 of data/time_events.tsv: a loss, a defeat, a win, a
 * crash, an earthquake), perhaps after a score, a figure or a name ("Wednesday's 2-1 loss", "Sunday's
 * 7.8 magnitude earthquake", "Monday's Wall Street crash"), is the past one, whatever the verb of the
 * sentence. Other events keep the verb's tense. Exact values and byte offsets. */
#include "helpers.h"

static void test_a_result_is_over(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Reds are set to protest about an alleged tunnel clash during Wednesday's 2-1 loss in "
         "the Olympic stadium.",
         .want = {{"Wednesday", "2017-12-20"}}, .date = "2017-12-26", COUNT(1)},
        {"Chile's mining industry also will be hit by Sunday's 7.8 magnitude earthquake.",
         .want = {{"Sunday", "2017-12-24"}}, .date = "2017-12-26", COUNT(1)},
        {"She fears that Monday's record loss of over 400 points will dent demand.",
         .want = {{"Monday", "1987-10-19"}}, COUNT(1)},
        {"Analysts will study Monday's Wall Street crash.", .want = {{"Monday", "1987-10-19"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-10-20");
}

static void test_other_events_keep_the_tense(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Fans will travel to Saturday's game.", .want = {{"Saturday", "1987-10-24"}}, COUNT(1)},
        {"Officials will hold Monday's meeting on the loss.", .want = {{"Monday", "1987-10-26"}}, COUNT(1)},
        {"Monday's draw for the third round will be shown live.", .want = {{"Monday", "1987-10-26"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-10-20");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_result_is_over),
        cmocka_unit_test(test_other_events_keep_the_tense),
    };
    return cmocka_run_group_tests_name("dates_results", tests, NULL, NULL);
}
