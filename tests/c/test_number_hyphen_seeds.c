/* A seed before a player's name whose word is two joined by a hyphen (src/numbers.c ranked_name):
 * "3 Jo-Wilfried Tsonga (France)" ranks, as "1 Roger Federer (Switzerland)" does. Every story here
 * is our own. */
#include "helpers.h"

/* Must fire: a hyphened first name, a hyphened surname, in a list of seeds. */
static void test_hyphened_names_rank(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"3 Jo-Wilfried Tsonga (France) beat Murray.\nSeeds: 1 Roger Federer (Switzerland), 5 Jean-Claude "
         "Van-Damme (Belgium)",
         .want = {{"3 Jo", "3", 3, CD_NUM_LABEL, ANY_UNIT},
                  {"1 Roger", "1", 1, CD_NUM_LABEL, ANY_UNIT},
                  {"5 Jean", "5", 5, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: people counted before a hyphened word and a bracket in lower case, or a noun. */
static void test_counts_stay(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"3 Anglo-French Soldiers (pictured) died.\n12 Anglo-French firms (Reuters) closed.",
         .want = {{"3 Anglo", "3", 3, CD_NUM_CARDINAL, ANY_UNIT},
                  {"12 Anglo", "12", 12, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hyphened_names_rank),
        cmocka_unit_test(test_counts_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
