/* A capitalized common word before digits names a thing as an unknown word does (src/numbers.c
 * known_word: the score's word weights tell no sense), unless the digits are a row's figure
 * (row_figure). Every story here is our own. */
#include "helpers.h"

/* Must fire: channels, groups, firms and lists named by a common word and digits are labels. */
static void test_common_word_names(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The minister told BBC News 24 that the plan had failed.",
         .want = {{"News 24", "24", 24, CD_NUM_LABEL, NO_UNIT}}},
        {"Ten members of the group Fathers 4 Justice staged a protest on the roof.",
         .want = {{"Fathers 4", "4", 4, CD_NUM_LABEL, NO_UNIT}}},
        {"The film is 5/1 at Bet 365 and 6/1 elsewhere. The firm joined the Fortune 500 list in May.",
         .want = {{"Bet 365", "365", 365, CD_NUM_LABEL, NO_UNIT}, {"Fortune 500", "500", 500, CD_NUM_LABEL, NO_UNIT}}},
        {"Independent radio's Hit 40 chart leads. The band's Underground 2 was a hit.",
         .want = {{"Hit 40", "40", 40, CD_NUM_LABEL, NO_UNIT}, {"Underground 2", "2", 2, CD_NUM_LABEL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a row's figure after a name stays a count: a change after it, a comparison, last
 * year's figure in brackets, "unch" after a place, and a figure with a scale word. */
static void test_row_figures_count(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Among the shares, Western Mills fell 10 to 3.20, Eastern Farmers 20 to 8.40 and Apex 5 to 1.10.",
         .want = {{"Farmers 20", "20", 20, CD_NUM_CARDINAL, ANY_UNIT}, {"Apex 5", "5", 5, CD_NUM_CARDINAL, ANY_UNIT}}},
        {"Exports went to Portugal 400 (250), Canary Islands 300 (120) and Peru 90 (80).",
         .want = {{"Islands 300", "300", 300, CD_NUM_CARDINAL, ANY_UNIT}, {"Peru 90", "90", 90, CD_NUM_CARDINAL, ANY_UNIT}}},
        {"Stocks: Boston 12 unch, New Haven 7 unch.",
         .want = {{"Haven 7", "7", 7, CD_NUM_CARDINAL, ANY_UNIT}}},
        {"Sales of Zantac 41 mln rose, as did those of the Far East 29 mln vs 23 mln.",
         .want = {{"41 mln", "41 mln", 41e6, CD_NUM_CARDINAL, ANY_UNIT}, {"29 mln", "29 mln", 29e6, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_common_word_names),
        cmocka_unit_test(test_row_figures_count),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
