/* An age set off by commas after a noun of a person's role (src/numbers.c appositive_age,
 * num_context.tsv code 18): "the Wales star, 30, said". Every story here is our own. */
#include "helpers.h"

/* Must fire: a role's noun in lower case, then the age between commas. */
static void test_ages_after_a_role(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The Wales star, 30, said he was fine. A man, 45, was arrested. Media Player 10 won.",
         .want = {{"star, 30", "30", 30, CD_NUM_MEASURE, "years old"},
                  {"man, 45", "45", 45, CD_NUM_MEASURE, "years old"},
                  {"Player 10", "10", 10, CD_NUM_LABEL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a noun of no role, a list of figures. */
static void test_no_age_without_a_role(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The team, 30, won. Pupils in year 3, 4, 5 and 6 came.",
         .want = {{"team, 30", "30", 30, CD_NUM_CARDINAL, NO_UNIT},
                  {"3, 4", "4", 4, CD_NUM_CARDINAL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ages_after_a_role),
        cmocka_unit_test(test_no_age_without_a_role),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
