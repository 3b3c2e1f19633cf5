/* A line of scorers and the minutes of their goals (src/numbers.c scorers_line), as match reports
 * end: "Tamblin 74, Orchard 86." names moments, no counts; each minute is a label, where the first
 * items read as counts and the last as a label. Every story here is our own. */
#include "helpers.h"

/* Must fire: two or more scorers, an own goal and extra time, one scorer alone on a line. */
static void test_scorers_minutes(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Subs Not Used: Harper, Doyle.\n\nTamblin 74, Graham 86.\n\nVossler 79 og, Brennick 107, Ostrick "
         "112.\n\nBooked: Smith.\n\nEllery 60.\n\nMacrae 19, Boyd 29, Lennox 41, Boyd 47.",
         .want = {{"74", "74", 74, CD_NUM_LABEL, ANY_UNIT},
                  {"86", "86", 86, CD_NUM_LABEL, ANY_UNIT},
                  {"79", "79", 79, CD_NUM_LABEL, ANY_UNIT},
                  {"107", "107", 107, CD_NUM_LABEL, ANY_UNIT},
                  {"60", "60", 60, CD_NUM_LABEL, ANY_UNIT},
                  {"19", "19", 19, CD_NUM_LABEL, ANY_UNIT},
                  {"41", "41", 41, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must fire: a scorer whose surname is also a first name alone on a line, one whose surname the
 * lexicon knows before one it does not, and a scorer's second goal written as a minute alone. */
static void test_known_surnames_and_second_goals(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Booked: Hale.\n\nGordon 51.\n\nPorter 3, Quarrie 20.\n\nIlsley 12, 40.",
         .want = {{"51", "51", 51, CD_NUM_LABEL, ANY_UNIT},
                  {"3,", "3", 3, CD_NUM_LABEL, ANY_UNIT},
                  {"20", "20", 20, CD_NUM_LABEL, ANY_UNIT},
                  {"12,", "12", 12, CD_NUM_LABEL, ANY_UNIT},
                  {"40", "40", 40, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must fire: scorers_line first asks whether the digits may be an item's minute (scorer_minute_at):
 * after a scorer's last capitalized word, two-word names included, or alone after a comma. */
static void test_minutes_after_names_and_commas(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Booked: Hale.\n\nVan Brandel 8, 33, Quillon 71.",
         .want = {{"8,", "8", 8, CD_NUM_LABEL, ANY_UNIT},
                  {"33", "33", 33, CD_NUM_LABEL, ANY_UNIT},
                  {"71", "71", 71, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a score line (the figures go down), a tally beyond a match's minutes, a word the
 * lexicon knows opening the line (and no first name), a line with other words, a line of places. */
static void test_other_lines_stay(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Chelsea 3, Arsenal 1\n\nGreens 12, Tories 140.\n\nNet 123\n\nTamblin 74, Graham 86 and more.\n\nTotal 18.",
         .want = {{"3,", "3", 3, CD_NUM_CARDINAL, ANY_UNIT},
                  {"1\n", "1", 1, CD_NUM_CARDINAL, ANY_UNIT},
                  {"12", "12", 12, CD_NUM_CARDINAL, ANY_UNIT},
                  {"123", "123", 123, CD_NUM_CARDINAL, ANY_UNIT},
                  {"74", "74", 74, CD_NUM_CARDINAL, ANY_UNIT},
                  {"18", "18", 18, CD_NUM_CARDINAL, ANY_UNIT}}},
        /* places of the gazetteer, the first also a first name: a line of places' figures */
        {"Jordan 12, Kentucky 14.",
         .want = {{"12", "12", 12, CD_NUM_CARDINAL, ANY_UNIT}, {"14", "14", 14, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scorers_minutes),
        cmocka_unit_test(test_known_surnames_and_second_goals),
        cmocka_unit_test(test_minutes_after_names_and_commas),
        cmocka_unit_test(test_other_lines_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
