/* "plan", "plans", "want" after a determiner or a possessive are nouns: a verb near the date tells
 * its tense ("the plan was approved at a meeting March 6" is the March 6 just past, not next year's),
 * and the noun leans to the future only where no verb does ("the plans face a vote on Monday"); one
 * that governs what is intended is an intent as the verb is ("his plan to sign the order on
 * Friday"). Exact values and byte offsets. */
#include "helpers.h"

static void test_plan_as_a_noun(void **state)
{
    (void)state;
    static const date_case cases[] = {
        /* the past verb decides, where "plan" before it made the date next year's */
        {"The plan was approved by Orvane holders at a special meeting March 6.", .want = {{"March 6", "1987-03-06"}},
         COUNT(1)},
        /* after a determiner and a word, a verb: the exchange expects what is ahead */
        {"The exchange expects approval at the agency's Tuesday meeting.", .want = {{"Tuesday", "1987-03-17"}},
         COUNT(1)},
        {"Holders of Orvane approved the plan at a meeting March 5.", .want = {{"March 5", "1987-03-05"}}, COUNT(1)},
        {"Korlin unveiled its plans in November.", .want = {{"November", "1986-11"}}, COUNT(1)},
        /* no verb tells: the plan's date is ahead */
        {"The plans face a vote in the assembly on Monday.", .want = {{"Monday", "1987-03-16"}}, COUNT(1)},
        /* the noun governs the intent: as the verb */
        {"The mayor spoke of his plan to sign the order on Friday.", .want = {{"Friday", "1987-03-13"}}, COUNT(1)},
        {"Korlin plans to sell the unit in February.", .want = {{"February", "1988-02"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-11");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plan_as_a_noun),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
