/* One digit after a product's or a title's name and before a comma numbers the model or the edition
 * (src/numbers.c model_before_comma): a label, no count. Two digits stay an age, and a figure after
 * the comma, or a name and its figure, keep the list's or the tally's counts. Our own stories. */
#include "helpers.h"

/* Must fire: a console's and a sequel's number before a comma and a lower-case word or a name. */
static void test_models_before_a_comma(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Velmont said its Gamebox 4, due in the spring, costs less. Critics preferred Marrow Creek 3, "
         "Lantern Falls and the rest.",
         .want = {{"Gamebox 4,", "4", 4, CD_NUM_LABEL, NO_UNIT},
                  {"Creek 3,", "3", 3, CD_NUM_LABEL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: an age of two digits after a surname, a tally of two sides, a list of figures. */
static void test_counts_before_a_comma(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Garrow 47, a welder, was hurt. The vote went Greens 4, Farmers 2 on the night. Tolvern 3, 5 "
         "and 8 were chosen.",
         .want = {{"Garrow 47,", "47", 47, CD_NUM_CARDINAL, NO_UNIT},
                  {"Greens 4,", "4", 4, CD_NUM_CARDINAL, NO_UNIT},
                  {"Tolvern 3,", "3", 3, CD_NUM_CARDINAL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_models_before_a_comma),
        cmocka_unit_test(test_counts_before_a_comma),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
