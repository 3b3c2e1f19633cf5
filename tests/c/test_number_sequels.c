/* A sequel's number after a title of capitalized words the lexicon knows (src/numbers.c
 * sequel_number) names, it does not count: "Toy Story 3", "Half Life 2 is"; and the digits after
 * capitalized words that still count. Every story here is our own. */
#include <string.h>

#include "helpers.h"

/* Must fire: before a verb, at the sentence's end, before "and". */
static void test_sequels_are_labels(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Toy Story 3 opened on Friday. We saw Toy Story 4. Fans of Half Life 2 and Halo loved it.",
         .want = {{"3 opened", "3", 3, CD_NUM_LABEL, ANY_UNIT},
                  {"4.", "4", 4, CD_NUM_LABEL, ANY_UNIT},
                  {"2 and", "2", 2, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a counted noun after the digits, a list of scores after a team, a plural before them
 * (no title's word). (Two digits name too: "Toy Story 15 opened", test_number_title_labels.c.) */
static void test_counts_after_capitals(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"He read World War 2 battlefronts. It ended Manchester United 2, Chelsea 1. The United "
         "Nations 5 were named.",
         .want = {{"2 battlefronts", "2", 2, CD_NUM_CARDINAL, ANY_UNIT},
                  {"2, Chelsea", "2", 2, CD_NUM_CARDINAL, ANY_UNIT},
                  {"5 were", "5", 5, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sequels_are_labels),
        cmocka_unit_test(test_counts_after_capitals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
