/* Digits between two capitalized words of one name are its label (src/numbers.c name_goes_through):
 * "BBC 6 Music", "TFC 101 Tower". And the shapes that stay counts. Every story here is our own. */
#include "helpers.h"

/* Must fire: a station, a chart show, a tower, a firm named with digits inside. */
static void test_digits_inside_a_name(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"She told BBC 6 Music that the album was done. He hosted the Top 20 Video Countdown for years. "
         "The TFC 101 Tower is tall. The group Fathers 4 Justice, and others, met.",
         .want = {{"BBC 6", "6", 6, CD_NUM_LABEL, NO_UNIT},
                  {"Top 20", "20", 20, CD_NUM_LABEL, NO_UNIT},
                  {"TFC 101", "101", 101, CD_NUM_LABEL, NO_UNIT},
                  {"Fathers 4", "4", 4, CD_NUM_LABEL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a sentence's first word, a place, a nationality or a plural after, a line of scores, a
 * table's rows on two lines. */
static void test_counts_between_capitals(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Meanwhile 70 Hong Kong stars sang. In Britain 60 Labour MPs rebelled. Last year 30 British "
         "Soldiers died. The Army 12 Marines were hurt. It ended Chelsea 3 Arsenal 1.",
         .want = {{"70 Hong", "70", 70, CD_NUM_CARDINAL, ANY_UNIT},
                  {"60 Labour", "60", 60, CD_NUM_CARDINAL, ANY_UNIT},
                  {"30 British", "30", 30, CD_NUM_CARDINAL, ANY_UNIT},
                  {"12 Marines", "12", 12, CD_NUM_CARDINAL, ANY_UNIT},
                  {"Chelsea 3", "3", 3, CD_NUM_CARDINAL, ANY_UNIT}}},
        {"Prices at Duluth Only\n2 Yel Corn 140 up 2\n", .want = {{"2 Yel", "2", 2, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_digits_inside_a_name),
        cmocka_unit_test(test_counts_between_capitals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
