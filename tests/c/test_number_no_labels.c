/* "No" with its capital and no full stop before digits shortens "number" (src/numbers.c
 * number_no_before): "No 10", "to No 1" name a place and a rank, no counts. Every story here is
 * our own. */
#include "helpers.h"

/* Must fire: inside a sentence, opening one with no counted noun after, a grade's number. */
static void test_no_before_digits_names(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The single stormed to No 1. No 10 was cautious. He said No 10 did not disclose it. It debuted "
         "at No 3 in the charts. Stocks on the No 2 cotton contract fell.",
         .want = {{"1.", "1", 1, CD_NUM_LABEL, ANY_UNIT},
                  {"10 was", "10", 10, CD_NUM_LABEL, ANY_UNIT},
                  {"10 did", "10", 10, CD_NUM_LABEL, ANY_UNIT},
                  {"3 in", "3", 3, CD_NUM_LABEL, ANY_UNIT},
                  {"2 cotton", "2", 2, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: "no" in lower case or in capitals, a counted noun after, grouped digits, a range. */
static void test_no_as_a_determiner(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"There were no 10 people. NO 5 was there. No 2 players are alike. No 1,000 people came. No "
         "4-6 seed won.",
         .want = {{"10 people", "10", 10, CD_NUM_CARDINAL, "people"},
                  {"5 was", "5", 5, CD_NUM_CARDINAL, ANY_UNIT},
                  {"2 players", "2", 2, CD_NUM_CARDINAL, "players"},
                  {"1,000", "1,000", 1000, CD_NUM_CARDINAL, "people"},
                  {"4-6", "4-6", 4, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_before_digits_names),
        cmocka_unit_test(test_no_as_a_determiner),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
