/* Intent before "to": "plans to", "hopes to", "aims to" look ahead (future); a past of intent before
 * "to" ("planned to", "intended to", "hoped to") looks ahead from a past, so the date it leads to is
 * the nearest to the story date, not last year's that "said" picked. The nouns ("high hopes for",
 * "as planned") tell no tense. Exact values and byte offsets. */
#include "helpers.h"

static void test_intent_looks_ahead(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Marlowe Ltd said it planned to buy back on May 15 all its remaining preferred shares.",
         .want = {{"May 15", "1987-05-15"}}, COUNT(1)},
        {"It said it hopes to finalize an agreement by April 15.", .want = {{"April 15", "1987-04-15"}},
         .date = "1987-03-03", COUNT(1)},
        {"The bourse had planned to launch evening sessions on April 2, but delayed the step.",
         .want = {{"April 2", "1987-04-02"}}, .date = "1987-03-13", COUNT(1)},
        {"The company said it hopes to start offering the plan by January.", .want = {{"January", "1988-01"}},
         .date = "1987-06-01", COUNT(1)},
        {"The tender was intended to open not later than April 1.",
         .want = {{"later than April 1", "1987-04-02/.."}}, .date = "1987-03-24", COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-04-13");
}

static void test_nouns_of_intent_tell_no_tense(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Executives voiced high hopes for the two new models at a news conference on Friday.",
         .want = {{"Friday", "1987-02-27"}}, .date = "1987-03-02", COUNT(1)},
        {"The merger went ahead as planned in March.", .want = {{"March", "1987-03"}}, .date = "1987-05-10",
         COUNT(1)},
        {"Orbitel had pinned its hopes on the debut of its tablets in November but sales have been weak.",
         .want = {{"November", "2017-11"}}, .date = "2017-12-26", COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), NULL); /* each case gives its date */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_intent_looks_ahead),
        cmocka_unit_test(test_nouns_of_intent_tell_no_tense),
    };
    return cmocka_run_group_tests_name("dates_intent", tests, NULL, NULL);
}
