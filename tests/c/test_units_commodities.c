/* Units of commodity and shipping copy the list lacked (data/num_unit.tsv): metric tonnes "mt"
 * (but "Mt" is a megatonne, and "Mt" before a name no unit), troy ounces, short and long tons,
 * "dwt", "cwt", "bu", gas in "mcf" and "mmcf" (a thousand and a million cubic feet), "gm" and
 * "mth". Every sentence here is our own. */
#include "helpers.h"

static void test_tonnes_and_megatonnes(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Traders offered 14,500 mt of white sugar and 3,000 MT of barley.",
         .want = {{"14,500 mt", "14,500 mt", 14500, CD_NUM_MEASURE, "metric tons"},
                  {"3,000 MT", "3,000 MT", 3000, CD_NUM_MEASURE, "metric tons"}}},
        {"The region emitted 48 Mt of carbon, its planners said.",
         .want = {{"48 Mt", "48 Mt", 48, CD_NUM_MEASURE, "megatons"}}},
        {"The clinic at 9 Mt Arlow Road reopened.", .want = {{"9 Mt", "9", 9, CD_NUM_LABEL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

static void test_metals_ships_and_grain(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Kellan Mines poured 61,000 troy ounces from 210,000 short tons of ore and shipped 8,000 long tons "
         "of lead.",
         .want = {{"61,000 troy ounces", "61,000 troy ounces", 61000, CD_NUM_MEASURE, "ounces"},
                  {"210,000 short tons", "210,000 short tons", 210000, CD_NUM_MEASURE, "short tons"},
                  {"8,000 long tons", "8,000 long tons", 8000, CD_NUM_MEASURE, "long tons"}}},
        {"The yard sold a 145,000 dwt tanker; farmers stored 42 mln cwt of rice and 75,000 bu of oats.",
         .want = {{"145,000 dwt", "145,000 dwt", 145000, CD_NUM_MEASURE, "deadweight tons"},
                  {"42 mln cwt", "42 mln cwt", 42e6, CD_NUM_MEASURE, "hundredweight"},
                  {"75,000 bu", "75,000 bu", 75000, CD_NUM_MEASURE, "bushels"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

static void test_gas_and_wire_abbreviations(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The well gave 420 mcf a day, the field 3.5 mmcf a day.",
         .want = {{"420 mcf a day", "420 mcf a day", 420e3, CD_NUM_MEASURE, "cubic feet per day"},
                  {"3.5 mmcf a day", "3.5 mmcf a day", 3.5e6, CD_NUM_MEASURE, "cubic feet per day"}}},
        {"Lead in petrol falls to 0.2 gm per litre; the 9 mth figure is due.",
         .want = {{"0.2 gm per litre", "0.2 gm per litre", 0.2, CD_NUM_MEASURE, "grams per liter"},
                  {"9 mth", "9 mth", 9, CD_NUM_MEASURE, "months"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tonnes_and_megatonnes),
        cmocka_unit_test(test_metals_ships_and_grain),
        cmocka_unit_test(test_gas_and_wire_abbreviations),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
