/* A name of two capitalized words and its number, of one digit or more (src/numbers.c
 * sequel_number): "Band Aid 20", "the Billboard Hot 100 chart", "Public Law 480" name things, as
 * "Toy Story 3" does. And the lists of names and figures that stay counts. Every story here is our
 * own. */
#include "helpers.h"

/* Must fire: two or three digits, or 1, after two title words, a lower-case word or the end after. */
static void test_names_with_numbers(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The song by Choir Relief 20 has stayed top. It merged downloads into its Billboard Hot 100 chart. They "
         "signed a Public Law 480 agreement. Media Player 10 took the award. He played Dead Or Alive 1 "
         "later. Toy Story 15 opened.",
         .want = {{"20 has", "20", 20, CD_NUM_LABEL, ANY_UNIT},
                  {"15 opened", "15", 15, CD_NUM_LABEL, ANY_UNIT},
                  {"100", "100", 100, CD_NUM_LABEL, ANY_UNIT},
                  {"480", "480", 480, CD_NUM_LABEL, ANY_UNIT},
                  {"10 took", "10", 10, CD_NUM_LABEL, ANY_UNIT},
                  {"1 later", "1", 1, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a later item of a tally or of a list of prices, a change ("60 to 16.00"), a place the
 * entity pass names. */
static void test_lists_and_places_stay_counts(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"It won 90 seats, the Liberals 44 and the Centre Party 37. Acme Steel rose 75 cents to 45.25 "
         "dlrs, Hk Electric 60 to 16.00 dlrs. In New York 10 were killed.",
         .want = {{"37", "37", 37, CD_NUM_CARDINAL, ANY_UNIT},
                  {"60", "60", 60, CD_NUM_CARDINAL, ANY_UNIT},
                  {"10 were", "10", 10, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must fire: an organization's capitals as the name's first word; must not: a place's capitals. */
static void test_names_after_capitals(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Members of UAW Local 594 voted to accept it. The BBC Global 30 has risen. In the UK 10 were "
         "killed.",
         .want = {{"594", "594", 594, CD_NUM_LABEL, ANY_UNIT},
                  {"30", "30", 30, CD_NUM_LABEL, ANY_UNIT},
                  {"10 were", "10", 10, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names_with_numbers),
        cmocka_unit_test(test_lists_and_places_stay_counts),
        cmocka_unit_test(test_names_after_capitals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
