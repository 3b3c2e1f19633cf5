/* A bare sum in digits with a scale ("9.5 mln") after a scaled sum of money in its sentence counts
 * in that money's currency (src/numbers.c sentence_currency); not a figure in words, not one before
 * "of", not after two currencies, not past a scaled count of something else or a semicolon, not in
 * another sentence. */
#include "helpers.h"

static void test_bare_sum_takes_the_currency(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Orvane earned $12 mln, against 9.5 mln a year earlier.",
         .want = {{"$12 mln", "$12 mln", 12e6, CD_NUM_MONEY, "USD"},
                  {"9.5 mln a", "9.5 mln", 9.5e6, CD_NUM_MONEY, "USD"}}},
        {"Pretax profit was 40.2 mln stg vs 31.7 mln, and turnover 2.1 billion vs 1.9 billion.",
         .want = {{"31.7 mln", "31.7 mln", 31.7e6, CD_NUM_MONEY, "GBP"},
                  {"1.9 billion", "1.9 billion", 1.9e9, CD_NUM_MONEY, "GBP"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

static void test_bare_sum_keeps_no_currency(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"It lost $3 mln, and two million stayed at home.", /* in words */
         .want = {{"two million", "two million", 2e6, CD_NUM_CARDINAL, NO_UNIT}}},
        {"It paid $8 mln for 1.5 mln of the shares.", /* before "of" */
         .want = {{"1.5 mln", "1.5 mln", 1.5e6, CD_NUM_CARDINAL, NO_UNIT}}},
        {"Orders stood at 32 mln marks, or 18 mln dlrs, up from 29 mln.", /* two currencies */
         .want = {{"29 mln", "29 mln", 29e6, CD_NUM_CARDINAL, NO_UNIT}}},
        {"It raised $9 mln by selling 2 mln shares, with 4 mln left.", /* a count in between */
         .want = {{"4 mln", "4 mln", 4e6, CD_NUM_CARDINAL, NO_UNIT}}},
        {"It earned $5 mln. Rivals sold 7 mln.", /* another sentence */
         .want = {{"7 mln", "7 mln", 7e6, CD_NUM_CARDINAL, NO_UNIT}}},
        {"Aid came to $6 mln; the camp took in 3.5 mln over the year.", /* past a semicolon */
         .want = {{"3.5 mln", "3.5 mln", 3.5e6, CD_NUM_CARDINAL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bare_sum_takes_the_currency),
        cmocka_unit_test(test_bare_sum_keeps_no_currency),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
