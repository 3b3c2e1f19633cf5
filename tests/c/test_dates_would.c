/* "would" before a date tells of what is to come as seen from a past ("said it would redeem on March
 * 11"): the day or month is the nearest to the story date, before it or after, not last year's that
 * the speech verb's past picked. "would have" is a past. Exact values and byte offsets. */
#include "helpers.h"

static void test_would_is_no_past(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Fenwick Corp said that it would redeem on March 11 all its remaining 8-3/4 pct notes.",
         .want = {{"March 11", "1987-03-11"}}, COUNT(1)},
        {"Finance ministry officials said talks would begin in April on a new credit.",
         .want = {{"April", "1987-04"}}, .date = "1987-03-17", COUNT(1)},
        {"Judge Miriam Osei said the trial would resume on Thursday.",
         .want = {{"Thursday", "2017-12-28"}}, .date = "2017-12-26", COUNT(1)},
        /* the nearest: a day just over stays this year's */
        {"The company said it would redeem the notes on February 27.", .want = {{"February 27", "1987-02-27"}},
         COUNT(1)},
        {"The company said last month it would close the plant in January.", .want = {{"January", "1987-01"}},
         COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-02");
}

static void test_would_have_is_past(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"He said he would have paid on March 20.", .want = {{"March 20", "1986-03-20"}}, COUNT(1)},
        {"He said he would not have paid on March 20.", .want = {{"March 20", "1986-03-20"}}, COUNT(1)},
        {"He said he paid on March 20.", .want = {{"March 20", "1986-03-20"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-17");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_would_is_no_past),
        cmocka_unit_test(test_would_have_is_past),
    };
    return cmocka_run_group_tests_name("dates_would", tests, NULL, NULL);
}
