/* One digit after a one-word title that opens its sentence names a sequel (src/numbers.c
 * opening_title): "Zorblax 2 was delayed". Digits that count there stay counts. Every story here is
 * our own. */
#include <string.h>

#include "helpers.h"

/* Must fire: a known word in lower case (a verb) after the digit. */
static void test_opening_titles_are_labels(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Zorblax 2 was delayed again. Critics liked it. Quimbo 3 sold well in March.",
         .want = {{"2 was", "2", 2, CD_NUM_LABEL, ANY_UNIT}, {"3 sold", "3", 3, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a word the lexicon knows before the digit, a line of scores, a counted noun, a word
 * after the digit that the lexicon does not know, a digit that is no sequel's (1). */
static void test_opening_counts_stay(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Only 3 were hurt. Zorblax 2 Quimbo 1 was the score. Zorblax 4 ships sailed. Zorblax 5 glorpi "
         "vanno. Zorblax 1 was out.",
         .want = {{"3 were", "3", 3, CD_NUM_CARDINAL, ANY_UNIT},
                  {"2 Quimbo", "2", 2, CD_NUM_CARDINAL, ANY_UNIT},
                  {"4 ships", "4", 4, CD_NUM_CARDINAL, ANY_UNIT},
                  {"5 glorpi", "5", 5, CD_NUM_CARDINAL, ANY_UNIT},
                  {"1 was", "1", 1, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_opening_titles_are_labels),
        cmocka_unit_test(test_opening_counts_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
