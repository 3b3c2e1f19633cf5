/* A capitalized word the lexicon holds only as the first word of a longer key (the phrase bits of
 * its entry: "Super" of "Super Tuesday") is no word it knows alone
 * (src/numbers.c known_word): before digits it names a thing, and the digits are a label. Every
 * story here is our own. */
#include "helpers.h"

static void test_phrase_head_names(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Harlow Systems said its Super 90 machines would ship in the spring.",
         .want = {{"Super 90", "90", 90, CD_NUM_LABEL, NO_UNIT}}},
        {"The Dorrel club will face the Super 16 champions in the final.",
         .want = {{"Super 16", "16", 16, CD_NUM_LABEL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_phrase_head_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
