/* A rate whose second unit carries a power (src/numbers.c unit_power, per_unit): "m/s²" is an
 * acceleration, "kg/m3" a density, "euros/m2" a price per area. The power may be a digit, a
 * superscript or a caret; "m" and "cm" are rates only after "per" or "/" (data/num_per.tsv flag 2).
 * Every sentence here is our own. */
#include "helpers.h"

static void test_powered_denominators(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The sled braked at 6.5 m/s² while the probe slowed by 2 km/s2 and the cart by 3 m/s^2.",
         .want = {{"6.5 m/s²", "6.5 m/s²", 6.5, CD_NUM_MEASURE, "meters per square second"},
                  {"2 km/s2", "2 km/s2", 2, CD_NUM_MEASURE, "kilometers per square second"},
                  {"3 m/s^2", "3 m/s^2", 3, CD_NUM_MEASURE, "meters per square second"}}},
        {"The foam weighs 28 kg/m3, the resin 1.2 g/cm³ and the sheet 4 kg/m2.",
         .want = {{"28 kg/m3", "28 kg/m3", 28, CD_NUM_MEASURE, "kilograms per cubic meter"},
                  {"1.2 g/cm³", "1.2 g/cm³", 1.2, CD_NUM_MEASURE, "grams per cubic centimeter"},
                  {"4 kg/m2", "4 kg/m2", 4, CD_NUM_MEASURE, "kilograms per square meter"}}},
        {"Rent in Velmora runs to 19 euros/m2 and cable to 12 kg per m.",
         .want = {{"19 euros/m2", "19 euros/m2", 19, CD_NUM_MONEY, "EUR per square meter"},
                  {"12 kg per m", "12 kg per m", 12, CD_NUM_MEASURE, "kilograms per meter"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* "a m" after an amount is no rate, and a power with more glued after it is no power. */
static void test_no_rate_without_per(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The fine is $4 a m.p.h. over the limit.", .want = {{"$4", "$4", 4, CD_NUM_MONEY, "USD"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_powered_denominators),
        cmocka_unit_test(test_no_rate_without_per),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
