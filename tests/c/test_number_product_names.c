/* Digits after a capitalized word and before a noun of a product, chart or show (data/num_context.tsv
 * code 21, src/numbers.c product_after) are part of a name, a label, also where the word before is
 * one the lexicon knows or written in capitals. Our own stories; byte offsets and values exact. */
#include "helpers.h"

/* Must fire: a chart, a phone's system, a processor and a show named with digits. */
static void test_product_names(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Downloads now count towards its new Hot 40 chart, the label said.",
         .want = {{"Hot 40", "40", 40, CD_NUM_LABEL, NO_UNIT}}},
        {"The worm hits handsets running the Series 80 phone system of Kestrel.",
         .want = {{"Series 80", "80", 80, CD_NUM_LABEL, NO_UNIT}}},
        {"The desk machine has a ZX 3100 processor and a small disc.",
         .want = {{"ZX 3100", "3100", 3100, CD_NUM_LABEL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a count before such a noun, after a word in lower case, opening the sentence, or after a
 * month or a weekday. */
static void test_counts_before_product_nouns(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Kestrel said 30 chip makers had bid for the plant.",
         .want = {{"said 30", "30", 30, CD_NUM_CARDINAL, ANY_UNIT}}},
        {"Only 12 phone lines were working in Tarrow on Monday.",
         .want = {{"Only 12", "12", 12, CD_NUM_CARDINAL, ANY_UNIT}}},
        /* a month or a weekday before the digits */
        {"In March 40 software engineers quit Kestrel.",
         .want = {{"40 software", "40", 40, CD_NUM_CARDINAL, ANY_UNIT}}},
        {"On Monday 12 chip plants shut in Tarrow.",
         .want = {{"12 chip", "12", 12, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_product_names),
        cmocka_unit_test(test_counts_before_product_nouns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
