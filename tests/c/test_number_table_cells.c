/* Digits a column's gap sets apart from the name before them are a table's cell, no label of the
 * name (src/numbers.c name_label): "End Stocks     538     574" gives stocks, as agency tables
 * of crops and supplies are written. Every story here is our own. */
#include "helpers.h"

/* Must fire: two spaces or more, or a tab, between the row's name and its first figure. */
static void test_cells_after_a_gap(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Supply table\n\n    End Stocks     538     574\n    Start Stcks  212  212\n    Hvy Fowl\t651\t789\n",
         .want = {{"538", "538", 538, CD_NUM_CARDINAL, NO_UNIT},
                  {"212", "212", 212, CD_NUM_CARDINAL, NO_UNIT},
                  {"651", "651", 651, CD_NUM_CARDINAL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a name and its number one space apart stay a label. */
static void test_names_and_numbers(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"He walked to Pier 9 on Friday. The Apollo 11 crew landed.",
         .want = {{"9", "9", 9, CD_NUM_LABEL, ANY_UNIT}, {"11", "11", 11, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cells_after_a_gap),
        cmocka_unit_test(test_names_and_numbers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
