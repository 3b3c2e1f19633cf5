/* Digits after a capitalized name: an index's level is a value ("the Dow Jones Industrial 2500
 * level", src/numbers.c level_after), a possessive or a list of names makes them a name's label
 * ("Maroon 5's album", possessed_name; "Stevie Wonder, Maroon 5, Mary J Blige", listed_name).
 * Every story here is our own. */
#include "helpers.h"

/* Must fire: a level, a mark or a barrier after an index's digits makes them a value. */
static void test_index_levels_are_values(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Shares held above the Dow Jones Industrial 2500 level for a week.",
         .want = {{"Industrial 2500", "2500", 2500, CD_NUM_CARDINAL, ANY_UNIT}}},
        {"Tokyo traders watched the Nikkei 17000 mark. Wall Street feared the Dow 3000 barrier.",
         .want = {{"Nikkei 17000", "17000", 17000, CD_NUM_CARDINAL, ANY_UNIT},
                  {"Dow 3000", "3000", 3000, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: an index's own name keeps its label, "level" before digits is a label word still, and
 * a change of an index stays figures. */
static void test_index_names_stay_labels(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The FTSE 100 index fell on Monday. Pupils reached level 4 in maths.",
         .want = {{"FTSE 100", "100", 100, CD_NUM_LABEL, NO_UNIT}, {"level 4", "4", 4, CD_NUM_LABEL, NO_UNIT}}},
        {"The Dow rose 20 points to 2,500 on Monday.",
         .want = {{"20 points", "20", 20, CD_NUM_CARDINAL, "points"}, {"2,500", "2,500", 2500, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must fire: a possessive after the digits, or a list of names around them, makes them a name's. */
static void test_possessed_and_listed_names(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The band rose to number three. Maroon 5's album sold well.",
         .want = {{"Maroon 5", "5", 5, CD_NUM_LABEL, NO_UNIT}}},
        {"The bill had Nina Hart, Maroon 5, Ray J Bowe and Eddie Crane.",
         .want = {{"Maroon 5", "5", 5, CD_NUM_LABEL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a comma after a place's digits with no list of names before ("beat Leeds 5, Chelsea
 * said": a score's figure, a count), and age lists, whose items have figures or go on in lower case. */
static void test_counts_after_names(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The reserves beat Leeds 5, Chelsea said on Monday.",
         .want = {{"Leeds 5", "5", 5, CD_NUM_CARDINAL, ANY_UNIT}}},
        {"The riders were Jones 32, Smith 45, Brown and White.",
         .want = {{"Smith 45", "45", 45, CD_NUM_CARDINAL, ANY_UNIT}}},
        {"The witnesses were Smith, Jones 45, a teacher, and others.",
         .want = {{"Jones 45", "45", 45, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_index_levels_are_values),
        cmocka_unit_test(test_index_names_stay_labels),
        cmocka_unit_test(test_possessed_and_listed_names),
        cmocka_unit_test(test_counts_after_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
