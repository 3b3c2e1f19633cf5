/* A sequel's number after a title of one word that its maker's name owns (src/numbers.c
 * owner_before, read by sequel_number): "Tony Hawk's Underground 2" names a game, as "Toy Story 3"
 * names a film. Every story here is our own. */
#include "helpers.h"

/* Must fire: a maker's possessive (either apostrophe), one title word, the sequel's digit. */
static void test_sequel_after_its_makers_name(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Max Rider's Skyline 2 held its place at three. Sid Meier\xE2\x80\x99s Civilization 4 is out.",
         .want = {{"2 held", "2", 2, CD_NUM_LABEL, ANY_UNIT},
                  {"three", "three", 3, CD_NUM_CARDINAL, ANY_UNIT},
                  {"4 is", "4", 4, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* A list that goes on is no sequel_number's, but its bare digits after the title's word inside the
 * sentence are a list of labels (series_label, test_number_model_commas.c): each names an edition
 * (the last, before a word it might count, is not asked).
 * (A title's word that the lexicon knows only by the score's weights, as 'Underground', reads as
 * any unknown name's word: after an owner in lower case too, "The band's Underground 2 was a hit",
 * a label, test_number_common_word_names.c.) */
static void test_counts_after_an_owner(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Hawk's Underground 2, 3 and 4 sold.", .want = {{"2, 3", "2", 2, CD_NUM_LABEL, ANY_UNIT},
                                                         {"3 and", "3", 3, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sequel_after_its_makers_name),
        cmocka_unit_test(test_counts_after_an_owner),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
