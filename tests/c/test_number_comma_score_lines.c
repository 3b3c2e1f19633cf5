/* A line of scores written with a comma, as agency copy writes results (src/numbers.c
 * comma_score_points): "Manchester United 2, Chelsea 1" gives both sides' points, neither a label
 * of the name before it. And the lists of that shape that stay as they were. Every story here is
 * our own. */
#include "helpers.h"

/* Must fire: alone on its line, in its sentence, after a colon; both figures count. */
static void test_comma_score_lines(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Manchester United 2, Chelsea 1\n\nFinal score: Arsenal 3, Tottenham 0. Yankees 5, Red Sox 3.",
         .want = {{"2,", "2", 2, CD_NUM_CARDINAL, NO_UNIT},
                  {"1\n", "1", 1, CD_NUM_CARDINAL, NO_UNIT},
                  {"3, Tot", "3", 3, CD_NUM_CARDINAL, NO_UNIT},
                  {"0.", "0", 0, CD_NUM_CARDINAL, NO_UNIT},
                  {"5,", "5", 5, CD_NUM_CARDINAL, NO_UNIT},
                  {"3.", "3", 3, CD_NUM_CARDINAL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: scorers' minutes, which go up; a list that goes on after the second figure; people's
 * ages; a pair inside a longer sentence. */
static void test_lists_stay_labels(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Ronaldo 9, Rooney 87.\nOnce you have beaten Quake 4, Far Reach 2 and Orbit 2, rest. The "
         "victims were John Smith 45, Mary Jones 38. It was Arsenal 3, Tottenham 0 at the break.",
         .want = {{"87", "87", 87, CD_NUM_LABEL, NO_UNIT},
                  {"2 and", "2", 2, CD_NUM_LABEL, NO_UNIT},
                  {"38", "38", 38, CD_NUM_LABEL, NO_UNIT},
                  {"0 at", "0", 0, CD_NUM_LABEL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_comma_score_lines),
        cmocka_unit_test(test_lists_stay_labels),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
