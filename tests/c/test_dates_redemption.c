/* A date right after "redemption" (perhaps with "on" or "in") or right before "record date" names a
 * redemption or a record date, set near the announcement: the nearest to the story date, whatever the
 * verb that called the paper ("Tamworth Group called for redemption on March 23" in March). Other dates
 * keep the sentence's tense. Exact values and byte offsets. */
#include "helpers.h"

static void test_redemption_is_the_nearest(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Tamworth Group called for redemption on March 23 of every one of its remaining bonds.",
         .want = {{"March 23", "1987-03-23"}}, COUNT(1)},
        {"Selby Corp told holders it had called for redemption on May one its convertible notes.",
         .want = {{"May one", "1987-05-01"}}, COUNT(1)},
        {"It said its directors approved the redemption on April 20 of the bonds.",
         .want = {{"April 20", "1987-04-20"}}, COUNT(1)},
        /* the nearest may be just over */
        {"The company said it called the notes for redemption on March 2.", .want = {{"March 2", "1987-03-02"}},
         COUNT(1)},
        /* no redemption named: the past */
        {"The fund redeemed the notes on April 20.", .want = {{"April 20", "1986-04-20"}}, COUNT(1)},
        {"It said redemptions rose in April.", .want = {{"April", "1986-04"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-16");
}

static void test_record_date_after_the_date(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Harcourt has urged holders to convert their shares by the June eight record date.",
         .want = {{"June eight", "1987-06-08"}}, COUNT(1)},
        {"It said the dividend goes to each share held on June 5 record date.", .want = {{"June 5", "1987-06-05"}},
         COUNT(1)},
        /* "record" alone after the date is no record date's */
        {"It said shares held on June 5 recorded a gain.", .want = {{"June 5", "1986-06-05"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-16");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_redemption_is_the_nearest),
        cmocka_unit_test(test_record_date_after_the_date),
    };
    return cmocka_run_group_tests_name("dates_redemption", tests, NULL, NULL);
}
