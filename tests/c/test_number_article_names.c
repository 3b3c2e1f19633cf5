/* Digits after one capitalized word the lexicon knows as a common word, with "the" or an owner's
 * possessive before it, end a name (src/numbers.c article_name): "the Top 40", "Billboard's Hot
 * 100". Digits that count after such a name stay counts. Every story here is our own. */
#include <string.h>

#include "helpers.h"

/* Must fire: at the sentence's end, before a noun in the singular, after a possessive. */
static void test_article_names_are_labels(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The duo placed four songs in the Top 40. Now the Hot 100 chart grew, and Lisa's Top 75 shrank.",
         .want = {{"40.", "40", 40, CD_NUM_LABEL, ANY_UNIT},
                  {"100 chart", "100", 100, CD_NUM_LABEL, ANY_UNIT},
                  {"75 shrank", "75", 75, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a plural after the digits, a list after a comma, no "the". */
static void test_counts_after_article_names(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"It gave the Senate 51 votes. It split the Gold 12, "
         "Silver 9 and Bronze 3. He put Top 30 on it.",
         .want = {{"51 votes", "51", 51, CD_NUM_CARDINAL, ANY_UNIT},
                  {"12, Silver", "12", 12, CD_NUM_CARDINAL, ANY_UNIT},
                  {"30 on", "30", 30, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_article_names_are_labels),
        cmocka_unit_test(test_counts_after_article_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
