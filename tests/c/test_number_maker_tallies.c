/* A maker's name and digits followed by another maker's name and digits is a table of counts, not
 * a model and its variant (src/numbers.c maker_model; the makers are the gazetteer's organizations).
 * Every story here is our own. */
#include "helpers.h"

/* Must fire: two makers and their figures, alone or in a sentence, count. */
static void test_two_makers_count(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Boeing 356 Airbus 12.",
         .want = {{"356", "356", 356, CD_NUM_CARDINAL, NO_UNIT}, {"12", "12", 12, CD_NUM_CARDINAL, NO_UNIT}}},
        {"Orders for the year stood at Boeing 356 Airbus 12, the association said.",
         .want = {{"356", "356", 356, CD_NUM_CARDINAL, NO_UNIT}, {"12,", "12", 12, CD_NUM_CARDINAL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a maker's model and a variant named by a word that is no maker's, and a model of the
 * other maker, stay labels. */
static void test_models_stay_labels(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The Boeing 737 Max 8 was grounded. An Airbus 380 landed at Heathrow.",
         .want = {{"737 Max", "737", 737, CD_NUM_LABEL, ANY_UNIT},
                  {"8 was", "8", 8, CD_NUM_LABEL, ANY_UNIT},
                  {"380", "380", 380, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_two_makers_count),
        cmocka_unit_test(test_models_stay_labels),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
