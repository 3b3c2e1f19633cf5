/* A maker's model (src/numbers.c maker_model): the digits after a maker's name name its model, a
 * noun after them or not, also where the maker's name opens the sentence and where a further word
 * of the model's name and its digits stand before the noun ("Boeing 737 Max 8 jets"). And the
 * counts beside makers' names that stay counts. Every story here is our own. */
#include "helpers.h"

/* Must fire: the maker opening the sentence, with a further word of the name, with that word's
 * digits before the noun (both digits name the model). */
static void test_models_after_a_maker(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Boeing 737 jets were grounded. Boeing 767 Max jets were grounded. Regulators grounded the "
         "Boeing 747 Max 8 jets.",
         .want = {{"737 jets", "737", 737, CD_NUM_LABEL, ANY_UNIT},
                  {"767 Max", "767", 767, CD_NUM_LABEL, ANY_UNIT},
                  {"747 Max", "747", 747, CD_NUM_LABEL, ANY_UNIT},
                  {"8 jets", "8", 8, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a tally of parties with a comma, a count before a sentence that a maker opens (no
 * noun across the sentence's end), a count of the model's jets. */
static void test_counts_beside_makers(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"It ended Labour 356, Conservatives 198 seats. He bought 12. Boeing 757 jets flew. They fly 30 "
         "Boeing 777 jets.",
         .want = {{"356,", "356", 356, CD_NUM_CARDINAL, NO_UNIT},
                  {"198 seats", "198", 198, CD_NUM_CARDINAL, "seats"},
                  {"12.", "12", 12, CD_NUM_CARDINAL, NO_UNIT},
                  {"30 Boeing", "30", 30, CD_NUM_CARDINAL, "jets"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_models_after_a_maker),
        cmocka_unit_test(test_counts_beside_makers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
