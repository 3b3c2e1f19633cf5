/* Currencies the word list lacked (data/num_currency.tsv): names after an amount, ISO codes on either
 * side, signs before it; a name several countries share only with its country; "won" only with a
 * scale, as a verb it counts no money. Every sentence here is our own. */
#include "helpers.h"

static void test_names_codes_and_signs(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The mill in Ostrava was sold for 40 mln lire, a Lodz bakery for 900 zlotys and a Pecs cafe for "
         "75,000 forints.",
         .want = {{"40 mln lire", "40 mln lire", 40e6, CD_NUM_MONEY, "ITL"},
                  {"900 zlotys", "900 zlotys", 900, CD_NUM_MONEY, "PLN"},
                  {"75,000 forints", "75,000 forints", 75000, CD_NUM_MONEY, "HUF"}}},
        {"Tolls rose to 15 AED, fares to ₫9,000 and a permit to 3 mln Danish crowns.",
         .want = {{"15 AED", "15 AED", 15, CD_NUM_MONEY, "AED"},
                  {"₫9,000", "₫9,000", 9000, CD_NUM_MONEY, "VND"},
                  {"3 mln Danish crowns", "3 mln Danish crowns", 3e6, CD_NUM_MONEY, "DKK"}}},
        {"Orvel Steel will spend 120 billion won on a plant.",
         .want = {{"120 billion won", "120 billion won", 120e9, CD_NUM_MONEY, "KRW"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* "won" without a scale is the verb's: a tally of games stays a count. */
static void test_won_as_a_verb(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Of their 12 matches they have 8 won and 4 lost.",
         .want = {{"have 8 won", "8", 8, CD_NUM_CARDINAL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* A currency of two tokens ("C $") is one only within a sentence: a "c" that ends a paragraph
 * leaves the amount after it in dollars (fuzzing found the two read as one across the break). */
static void test_two_token_currency_within_a_sentence(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The grade was c\n\n$2.1 billion went to schools.",
         .want = {{"$2.1 billion", "$2.1 billion", 2.1e9, CD_NUM_MONEY, "USD"}}},
        {"The fee is C $5 a ticket.", .want = {{"C $5", "C $5", 5, CD_NUM_MONEY, "CAD"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names_codes_and_signs),
        cmocka_unit_test(test_won_as_a_verb),
        cmocka_unit_test(test_two_token_currency_within_a_sentence),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
