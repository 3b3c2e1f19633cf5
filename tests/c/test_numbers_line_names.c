/* A name with digits that a possessive follows is a name's label wherever the name stands, a
 * line's or a story's first word too ("Maroon 5's album" opening a line; src/numbers.c
 * name_label, possessed_name). Every story here is our own. */
#include "helpers.h"

/* Must fire: the possessive makes the digits a name's, at a story's and at a line's start. */
static void test_possessed_names_opening_lines(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Maroon 5's new album sold well.", .want = {{"Maroon 5", "5", 5, CD_NUM_LABEL, NO_UNIT}}},
        {"The charts were out.\nMaroon 5's album sold 40,000 copies.",
         .want = {{"Maroon 5", "5", 5, CD_NUM_LABEL, NO_UNIT}, {"40,000", "40,000", 40000, CD_NUM_CARDINAL, "copies"}}},
        {"Listeners wrote in.\n\nRadio 4's Today show ran late.", .want = {{"Radio 4", "4", 4, CD_NUM_LABEL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: with no possessive, digits after a line's first name stay figures (an age list, a
 * table's row). */
static void test_line_figures_stay_counts(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The riders were named.\nSmith 45, Jones 32.",
         .want = {{"Smith 45", "45", 45, CD_NUM_CARDINAL, ANY_UNIT}, {"Jones 32", "32", 32, CD_NUM_CARDINAL, ANY_UNIT}}},
        {"Results:\nLeeds 5 wins\n", .want = {{"Leeds 5", "5", 5, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_possessed_names_opening_lines),
        cmocka_unit_test(test_line_figures_stay_counts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
