/* One digit after a product's or a title's name and before a comma numbers the model or the edition
 * (src/numbers.c model_before_comma): a label, no count. Two digits stay an age, and a figure after
 * the comma, or a name and its figure, keep the list's or the tally's counts. Our own stories. */
#include "helpers.h"

/* Must fire: a console's and a sequel's number before a comma and a lower-case word or a name. */
static void test_models_before_a_comma(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Velmont said its Gamebox 4, due in the spring, costs less. Critics preferred Marrow Creek 3, "
         "Lantern Falls and the rest.",
         .want = {{"Gamebox 4,", "4", 4, CD_NUM_LABEL, NO_UNIT},
                  {"Creek 3,", "3", 3, CD_NUM_LABEL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: an age of two digits after a surname, a tally of two sides, a list of figures. */
static void test_counts_before_a_comma(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Garrow 47, a welder, was hurt. The vote went Greens 4, Farmers 2 on the night. Tolvern 3, 5 "
         "and 8 were chosen.",
         .want = {{"Garrow 47,", "47", 47, CD_NUM_CARDINAL, NO_UNIT},
                  {"Greens 4,", "4", 4, CD_NUM_CARDINAL, NO_UNIT},
                  {"Tolvern 3,", "3", 3, CD_NUM_CARDINAL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must fire (src/numbers.c series_label): the versions of a product listed after its name inside
 * the sentence, joined by commas, "and" or "or", the name known to the lexicon or not. */
static void test_series_of_labels(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The bug hits tablets running Quorvix 95, 98, 2000 and older builds. Pilots liked the Kestrel "
         "40 and 60. Owners of Lantern 7, 8, or later kits were told.",
         .want = {{"Quorvix 95,", "95", 95, CD_NUM_LABEL, NO_UNIT},
                  {"95, 98,", "98", 98, CD_NUM_LABEL, NO_UNIT},
                  {"98, 2000", "2000", 2000, CD_NUM_LABEL, NO_UNIT},
                  {"Kestrel 40", "40", 40, CD_NUM_LABEL, NO_UNIT},
                  {"40 and 60", "60", 60, CD_NUM_LABEL, NO_UNIT},
                  {"Lantern 7,", "7", 7, CD_NUM_LABEL, NO_UNIT},
                  {"7, 8,", "8", 8, CD_NUM_LABEL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a list at the sentence's start, a figure that counts a noun after the joint, a day and
 * a year after a misspelt month, an age list of names and their figures. */
static void test_series_that_count(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Tolvern 3, 5 and 8 were chosen. The crew met Dallow 12 and 40 others. The loan falls due on "
         "Octobr 12, 1994, it said. The court heard Garrow 47, Tamsin 38 and Brell 52 were held.",
         .want = {{"Tolvern 3,", "3", 3, CD_NUM_CARDINAL, NO_UNIT},
                  {"3, 5 and", "5", 5, CD_NUM_CARDINAL, NO_UNIT},
                  {"and 40 others", "40", 40, CD_NUM_CARDINAL, ANY_UNIT},
                  {"Octobr 12,", "12", 12, CD_NUM_CARDINAL, NO_UNIT},
                  {"Garrow 47,", "47", 47, CD_NUM_CARDINAL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_models_before_a_comma),
        cmocka_unit_test(test_counts_before_a_comma),
        cmocka_unit_test(test_series_of_labels),
        cmocka_unit_test(test_series_that_count),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
