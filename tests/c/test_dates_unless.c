/* A date followed by "unless" (perhaps after a comma and a time of day) is set on a condition, an
 * offer's expiry or a strike's, near the story date: the nearest, whatever the verb that reports it
 * ("the firm said its tender offer and the rights to withdraw lapse April 20 unless extended"). Other dates
 * keep the sentence's tense. Exact values and byte offsets. */
#include "helpers.h"

static void test_a_date_on_a_condition_is_the_nearest(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The firm said its tender offer and the rights to withdraw lapse April 20 unless extended.",
         .want = {{"April 20", "1987-04-20"}}, COUNT(1)},
        {"It said the share repurchase bid expires April Eight, unless extended.", .want = {{"April Eight", "1987-04-08"}},
         COUNT(1)},
        {"Some 3,000 dock workers voted to walk out on March 24 unless their claim is met.",
         .want = {{"March 24", "1987-03-24"}}, COUNT(1)},
        {"The company said the offer will expire April 9 at midnight EST unless extended.",
         .want = {{"April 9", "1987-04-09"}}},
        /* no condition: the past */
        {"The company said the offer expired April 20 and was not extended.", .want = {{"April 20", "1986-04-20"}},
         COUNT(1)},
        {"Workers voted to strike on March 24, and unless pay rises they will.", .want = {{"March 24", "1986-03-24"}},
         COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-16");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_date_on_a_condition_is_the_nearest),
    };
    return cmocka_run_group_tests_name("dates_unless", tests, NULL, NULL);
}
