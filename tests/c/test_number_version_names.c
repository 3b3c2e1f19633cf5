/* A whole number written with ".0" after a product's name that no lexicon knows is its version, no
 * quantity (src/numbers.c version_number): "Zorblax 1.0". Figures that count stay. Every story
 * here is our own. */
#include <string.h>

#include "helpers.h"

/* Must fire: before a noun, before a comma, at the sentence's end. */
static void test_versions_are_labels(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Users liked the Zorblax 1.0 browser, and then Quimbo 12.0, which came out. We tried Zorblax 2.0.",
         .want = {{"1.0 browser", "1.0", 1, CD_NUM_LABEL, ANY_UNIT},
                  {"12.0, which", "12.0", 12, CD_NUM_LABEL, ANY_UNIT},
                  {"2.0.", "2.0", 2, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a month of a table's row, a figure after the digits, a decimal that is not ".0". */
static void test_other_decimals_count(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Wheat sales were Apr 10.0, and Zorblax 3.0 4.5 in rows. Users liked the Zorblax 1.5 browser.",
         .want = {{"10.0,", "10.0", 10, CD_NUM_CARDINAL, ANY_UNIT},
                  {"3.0 4.5", "3.0", 3, CD_NUM_CARDINAL, ANY_UNIT},
                  {"1.5 browser", "1.5", 1.5, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_versions_are_labels),
        cmocka_unit_test(test_other_decimals_count),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
