/* A rank or a seed before a player's name in a list (src/numbers.c ranked_name) names a place, it
 * does not count people: "1 Roger Federer (Switzerland)"; and the counts of that shape that stay
 * counts. Every story here is our own. */
#include <string.h>

#include "helpers.h"

/* Must fire: at a line's start, after a colon, after a comma; two or three name words. */
static void test_ranks_before_names_are_labels(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The seeds are listed.\n1 Roger Federer (Switzerland)\n25 Juan Ignacio Chela (Argentina)\n"
         "Seeds: 3 Lleyton Hewitt (Australia), 11 Joachim Johansson (Sweden).",
         .want = {{"1 Roger", "1", 1, CD_NUM_LABEL, ANY_UNIT},
                  {"25 Juan", "25", 25, CD_NUM_LABEL, ANY_UNIT},
                  {"3 Lleyton", "3", 3, CD_NUM_LABEL, ANY_UNIT},
                  {"11 Joachim", "11", 11, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a demonym after the digits, a noun in lower case, digits inside a clause, no bracket, a
 * word in lower case in the bracket. */
static void test_counts_that_stay(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Officials said: 3 British Soldiers (Pictured) died.\nThey saw 12 soldiers (Reuters) die. "
         "Police held 4 Manchester United (England) fans.\nIn all, 5 Tommy Haas fans came.\n"
         "7 Grand Prix (in all) were run.",
         .want = {{"3 British", "3", 3, CD_NUM_CARDINAL, ANY_UNIT},
                  {"12 soldiers", "12", 12, CD_NUM_CARDINAL, ANY_UNIT},
                  {"4 Manchester", "4", 4, CD_NUM_CARDINAL, ANY_UNIT},
                  {"5 Tommy", "5", 5, CD_NUM_CARDINAL, ANY_UNIT},
                  {"7 Grand", "7", 7, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ranks_before_names_are_labels),
        cmocka_unit_test(test_counts_that_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
