/* A capital letter glued to bare digits after a name's word is a model's or a satellite's letter,
 * no scale ("Insat 1B", "Smartmodem 9600B"; src/numbers.c model_letter), wherever the name stands.
 * Every story here is our own. */
#include "helpers.h"

/* Must fire: the digits are a label, at a sentence's and a line's start and mid-sentence. */
static void test_model_letters_are_labels(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The dish failed. Insat 1B handles calls.", .want = {{"Insat 1B", "1", 1, CD_NUM_LABEL, NO_UNIT}}},
        {"Prices were cut.\nSmartmodem 9600B sells at 1,199 dlrs.",
         .want = {{"Smartmodem 9600B", "9600", 9600, CD_NUM_LABEL, NO_UNIT}, {"1,199 dlrs", "1,199 dlrs", 1199, CD_NUM_MONEY, "USD"}}},
        {"Engineers keep Insat 1B as a spare should it fail.", .want = {{"Insat 1B", "1", 1, CD_NUM_LABEL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a capital B stays a billion after a word in lower case, a lexicon's word, a word in
 * capitals, a currency, or on a decimal. */
static void test_billions_stay(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Acme earned 2B last year.", .want = {{"2B", "2B", 2e9, CD_NUM_CARDINAL, ANY_UNIT}}},
        {"Rain fell. Sales 2B in a year.", .want = {{"2B", "2B", 2e9, CD_NUM_CARDINAL, ANY_UNIT}}},
        {"Acme raised $2B. Acme lost 1.2B.",
         /* one sentence to the splitter ("2B." reads as initials): the bare sum takes its dollars */
         .want = {{"$2B", "$2B", 2e9, CD_NUM_MONEY, "USD"}, {"1.2B", "1.2B", 1.2e9, CD_NUM_MONEY, "USD"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_model_letters_are_labels),
        cmocka_unit_test(test_billions_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
