/* A maker's model and a variant written after it as a word and one or two digits (src/numbers.c
 * variant_digits, read by maker_model): "The Boeing 737 Max 8 was grounded" names a plane, whatever
 * follows the variant. And the tallies of that shape that stay counts. Every story here is our own. */
#include "helpers.h"

/* Must fire: the model's digits and the variant's are labels, with no counted noun after them. */
static void test_variant_without_a_noun(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The Boeing 737 Max 8 was grounded after two crashes. Regulators cleared the Boeing 737 Max 10.",
         .want = {{"737 Max 8", "737", 737, CD_NUM_LABEL, ANY_UNIT},
                  {"8 was", "8", 8, CD_NUM_LABEL, ANY_UNIT},
                  {"737 Max 10", "737", 737, CD_NUM_LABEL, ANY_UNIT},
                  {"10.", "10", 10, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a tally's second figure of three digits, a row of three names and figures, and the
 * same after a comma (two makers alone: test_number_maker_tallies.c). */
static void test_tallies_stay_counts(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"It ended Labour 356 Conservatives 198. Orders stood at Boeing 356 Airbus 12 Embraer 9. Orders "
         "stood at Boeing 412, Airbus 31.",
         .want = {{"356 Conservatives", "356", 356, CD_NUM_CARDINAL, ANY_UNIT},
                  {"198", "198", 198, CD_NUM_CARDINAL, ANY_UNIT},
                  {"356 Airbus", "356", 356, CD_NUM_CARDINAL, ANY_UNIT},
                  {"9.", "9", 9, CD_NUM_CARDINAL, ANY_UNIT},
                  {"412", "412", 412, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_variant_without_a_noun),
        cmocka_unit_test(test_tallies_stay_counts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
