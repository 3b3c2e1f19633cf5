/* Currencies of wire copy the word list lacked (data/num_currency.tsv): the EC's unit of account
 * (ECU) and the IMF's (SDR), the singular "ct" beside "cts", the singular "dlr" of a named dollar
 * ("a 25 mln Canadian dlr bond"), "H.K. Dlrs", and "guilder" and "mark" as an amount's attribute
 * ("a 240 mln mark bond"; "the 200 million mark" is a level). Every sentence here is our own. */
#include "helpers.h"

static void test_units_of_account(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The Brussels fund will lend 1.2 billion Ecus to growers, and a 300 mln ECU bond was placed.",
         .want = {{"1.2 billion Ecus", "1.2 billion Ecus", 1.2e9, CD_NUM_MONEY, "XEU"},
                  {"300 mln ECU", "300 mln ECU", 300e6, CD_NUM_MONEY, "XEU"}}},
        {"The board approved 87.5 mln SDRs for the island's reserves.",
         .want = {{"87.5 mln SDRs", "87.5 mln SDRs", 87.5e6, CD_NUM_MONEY, "XDR"}}},
        {"A loan of 40 mln special drawing rights was agreed.",
         .want = {{"40 mln special drawing rights", "40 mln special drawing rights", 40e6, CD_NUM_MONEY, "XDR"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

static void test_singular_wire_names(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Tollway Corp earned 7 ct a share, against one ct, and paid 3.10 H.K. Dlrs a unit.",
         .want = {{"earned 7 ct a share", "7 ct a share", 7, CD_NUM_MONEY, "cents per share"},
                  {"one ct", "one ct", 1, CD_NUM_MONEY, "cents"},
                  {"3.10 H.K. Dlrs", "3.10 H.K. Dlrs", 3.10, CD_NUM_MONEY, "HKD"}}},
        {"Marlow Mines sold a 25 mln Canadian dlr bond, a 60 mln Australian dlr note and took an 18 mln "
         "guilder loan.",
         .want = {{"a 25 mln Canadian dlr", "25 mln Canadian dlr", 25e6, CD_NUM_MONEY, "CAD"},
                  {"a 60 mln Australian dlr", "60 mln Australian dlr", 60e6, CD_NUM_MONEY, "AUD"},
                  {"18 mln guilder", "18 mln guilder", 18e6, CD_NUM_MONEY, "NLG"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Cents, a dollar and gallons qualified by their country: "5 U.S. Cents", "15 H.K. Cents". */
static void test_country_qualified(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Shr 9 U.S. Cents vs 15 H.K. Cents, and each lot holds 21,000 U.S. gallons.",
         .want = {{"9 U.S. Cents", "9 U.S. Cents", 9, CD_NUM_MONEY, "cents"},
                  {"15 H.K. Cents", "15 H.K. Cents", 15, CD_NUM_MONEY, "cents"},
                  {"21,000 U.S. gallons", "21,000 U.S. gallons", 21000, CD_NUM_MEASURE, "gallons"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* The singular "mark" is money only before a noun it qualifies; else it names a level. */
static void test_mark_before_a_noun(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Keller Bank leads a 240 mln mark six year bond and a 1.5 billion mark credit line.",
         .want = {{"240 mln mark", "240 mln mark", 240e6, CD_NUM_MONEY, "DEM"},
                  {"1.5 billion mark", "1.5 billion mark", 1.5e9, CD_NUM_MONEY, "DEM"}}},
        {"Its downloads passed the 200 million mark in June, and the 300 million mark.",
         .want = {{"the 200 million", "200 million", 200e6, CD_NUM_CARDINAL, NO_UNIT},
                  {"the 300 million", "300 million", 300e6, CD_NUM_CARDINAL, NO_UNIT}}},
        {"Voss is near the 800m mark\n\nRunners gathered.",
         .want = {{"800m", "800m", 800, CD_NUM_MEASURE, "meters"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_units_of_account),
        cmocka_unit_test(test_singular_wire_names),
        cmocka_unit_test(test_country_qualified),
        cmocka_unit_test(test_mark_before_a_noun),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
