/* A month with no year after an intent in -ing: "was planning to" and "were hoping to" look ahead from
 * a past as "planned to" does (the nearest such month to the story date), "is planning to" as a
 * present intent (the next). Story of 2017-12-05: the nearest March is 2018's, the nearest July
 * 2017's. Exact values and spans. */
#include "helpers.h"

static void test_past_progressive_intent_is_nearest(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Vellum Paper was planning to shut its Corran mill in March.", .want = {{"March", "2018-03"}}, COUNT(1)},
        {"Vellum Paper planned to shut its Corran mill in March.", .want = {{"March", "2018-03"}}, COUNT(1)},
        {"Corran growers were hoping to sell the crop in March.", .want = {{"March", "2018-03"}}, COUNT(1)},
        {"Vellum Paper said it was intending to shut the mill in July.", .want = {{"July", "2017-07"}},
         COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2017-12-05");
}

static void test_other_tenses_unchanged(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Vellum Paper is planning to shut its Corran mill in March.", .want = {{"March", "2018-03"}}, COUNT(1)},
        {"Vellum Paper closed its Corran mill in March.", .want = {{"March", "2017-03"}}, COUNT(1)},
        {"Vellum Paper will shut its Corran mill in March.", .want = {{"March", "2018-03"}}, COUNT(1)},
        /* no "to" after it: no intent read, the past decides */
        {"Planning at the Corran mill was over in March.", .want = {{"March", "2017-03"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2017-12-05");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_past_progressive_intent_is_nearest),
        cmocka_unit_test(test_other_tenses_unchanged),
    };
    return cmocka_run_group_tests_name("dates_intent_progressive", tests, NULL, NULL);
}
