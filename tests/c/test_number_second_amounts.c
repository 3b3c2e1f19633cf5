/* Digits after "and" that carry a scale of their own start a second amount (src/numbers.c
 * scale_after): "$4 trillion and 5bn euros" is two sums, each with its own currency and scale, not
 * one figure of 4e21 dollars. Spelled-out compounds with no currency stay one number. */
#include "helpers.h"

static void test_second_amount_keeps_its_currency_and_scale(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The fund holds $4 trillion and 5bn euros in bonds.",
         .want = {{"$4 trillion", "$4 trillion", 4e12, CD_NUM_MONEY, "USD"},
                  {"5bn euros", "5bn euros", 5e9, CD_NUM_MONEY, "EUR"}}},
        {"Ministers pledged £3m and 70 million dollars for the dam.",
         .want = {{"£3m", "£3m", 3e6, CD_NUM_MONEY, "GBP"},
                  {"70 million dollars", "70 million dollars", 70e6, CD_NUM_MONEY, "USD"}}},
        {"Its grant grew to 2 million and 40k over the decade.",
         .want = {{"2 million", "2 million", 2e6, CD_NUM_CARDINAL, NO_UNIT},
                  {"40k", "40k", 40e3, CD_NUM_CARDINAL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* No scale of its own after the digits, or a scale word with no currency: one compound number. */
static void test_compound_stays_one(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The hall seats 2 million and 500 thousand over a year, or 3 million and 250.",
         .want = {{"2 million and 500 thousand", "2 million and 500 thousand", 2.5e6, CD_NUM_CARDINAL, NO_UNIT},
                  {"3 million and 250", "3 million and 250", 3000250, CD_NUM_CARDINAL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_second_amount_keeps_its_currency_and_scale),
        cmocka_unit_test(test_compound_stays_one),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
