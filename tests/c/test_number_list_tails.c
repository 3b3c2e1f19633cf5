/* The last item of a list of labels after "and" is a label too, whatever word follows it
 * (src/numbers.c list_tail_label): the item before the joint was read as a label and the last is
 * higher, of the same length in a pair. A lower figure or one of another length after a single
 * label stays a count. Every story here is our own. */
#include "helpers.h"

/* Must fire: a pair of unit numbers before a verb, the end of a list of three before a noun. */
static void test_list_tails_are_labels(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Crews said Tarvik Units 3 and 4 were shut. Buyers of the Zorbos 95, 98 and 2000 machines got "
         "refunds. Owners of a Pellam 15, 16 and 17 kit may ask too.",
         .want = {{"Units 3 and", "3", 3, CD_NUM_LABEL, NO_UNIT},
                  {"and 4 were", "4", 4, CD_NUM_LABEL, NO_UNIT},
                  {"98 and 2000", "2000", 2000, CD_NUM_LABEL, NO_UNIT},
                  {"and 17 kit", "17", 17, CD_NUM_LABEL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a lower figure after a model's number, a pair of two lengths, a figure before a word
 * of more of the kind. */
static void test_list_tails_that_count(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The Skyhawk 340 and 12 others landed. The Wexa 40 and 120 staff left. The crew met Dallow 12 "
         "and 40 others.",
         .want = {{"Skyhawk 340", "340", 340, CD_NUM_LABEL, NO_UNIT},
                  {"and 12 others", "12", 12, CD_NUM_CARDINAL, "others"},
                  {"and 120 staff", "120", 120, CD_NUM_CARDINAL, "staff"},
                  {"and 40 others", "40", 40, CD_NUM_CARDINAL, "others"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_list_tails_are_labels),
        cmocka_unit_test(test_list_tails_that_count),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
