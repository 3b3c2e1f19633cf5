/* A capital K after a figure is the kelvin where its sentence writes a unit of temperature (src/
 * numbers.c read_kelvin), and a thousand elsewhere: "a 32K board", "$50K". Every sentence here is our
 * own. */
#include "helpers.h"

static void test_k_beside_temperature_units_is_kelvin(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The furnace ran at 450 °C (842 °F, 723.15K) all week.",
         .want = {{"450 °C", "450 °C", 450, CD_NUM_MEASURE, "°C"},
                  {"723.15K", "723.15K", 723.15, CD_NUM_MEASURE, "kelvin"}}},
        {"Neon turns liquid near 27 K, roughly -246 Celsius.",
         .want = {{"27 K", "27 K", 27, CD_NUM_MEASURE, "kelvin"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* No unit of temperature in the sentence, or money: K stays a thousand. */
static void test_k_elsewhere_is_a_thousand(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The lab bought a 64K memory card. Pay rose to $75K in a hot 31C summer.",
         .want = {{"64K", "64K", 64000, CD_NUM_CARDINAL, NO_UNIT},
                  {"$75K", "$75K", 75000, CD_NUM_MONEY, "USD"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_k_beside_temperature_units_is_kelvin),
        cmocka_unit_test(test_k_elsewhere_is_a_thousand),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
