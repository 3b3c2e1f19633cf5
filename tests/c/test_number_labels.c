/* Digits after a name (src/numbers.c name_label, capitals_name, gapped_count, maker_model): an
 * index's or a model's number is a label ("the CAC 40", "the Boeing 747 jumbo"), but in a list whose
 * verb and noun are left out after its first count ("Labour won 356 seats, ..., the SNP 56") or in
 * a tally ("Labour 356, Conservatives 198") the digits count. Every story here is our own. */
#include <string.h>

#include "helpers.h"

static void test_gapped_list_counts(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Labour won 356 seats, the Conservatives 198, the Lib Dems 62, the SNP 56 and the DUP 10.",
         .want = {{"SNP 56", "56", 56, CD_NUM_CARDINAL, ANY_UNIT},
                  {"DUP 10", "10", 10, CD_NUM_CARDINAL, ANY_UNIT}}},
        {"The party took 20 seats, the SNP 6.", .want = {{"SNP 6", "6", 6, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a list that opens with no count, or with a figure that counts nothing named ("3%"), or
 * a count in the sentence before. */
static void test_index_names_stay_labels(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The CAC 40 and the DAX 30 fell. Shares fell 3%, the FTSE 100 and the CAC 40 rose. Labour won "
         "356 seats. Then the IBEX 35 fell.",
         .want = {{"DAX 30", "30", 30, CD_NUM_LABEL, ANY_UNIT},
                  {"FTSE 100", "100", 100, CD_NUM_LABEL, ANY_UNIT},
                  {"IBEX 35", "35", 35, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* A maker the gazetteer knows before three or four digits names a model, one maker's models in a
 * list too ("the Boeing 777 and the Boeing 787", "Boeing 737, 747, 757 and 767 aircraft"), and a
 * subject after a count ("520 people, and the Boeing 747 was"); a tally of names and numbers, a list
 * a count opens (the noun left out after the first count, even with words between: "300 orders last
 * year and Boeing 250"), a year, a place before the digits stay counts. */
static void test_maker_models(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The A380 is to succeed the Boeing 747 jumbo. The crash of a Japan Air Lines Boeing 767 which "
         "killed 520 people. Results: Labour 356, Conservatives 198. In Iraq 500 died. Boeing 2000 "
         "plans. They bought 12 Boeing 737 jets. It flies the Boeing 777 and the Boeing 787. The crash "
         "killed 90 people, and the Boeing 727 was grounded. Airbus won 300 orders last year and Boeing "
         "250. Airbus delivered 453 aircraft, Boeing 381.",
         .want = {{"Boeing 777", "777", 777, CD_NUM_LABEL, ANY_UNIT},
                  {"Boeing 787", "787", 787, CD_NUM_LABEL, ANY_UNIT},
                  {"Boeing 727", "727", 727, CD_NUM_LABEL, ANY_UNIT},
                  {"Boeing 250", "250", 250, CD_NUM_CARDINAL, ANY_UNIT},
                  {"Boeing 381", "381", 381, CD_NUM_CARDINAL, ANY_UNIT},
                  {"Boeing 747", "747", 747, CD_NUM_LABEL, ANY_UNIT},
                  {"Boeing 767", "767", 767, CD_NUM_LABEL, ANY_UNIT},
                  {"Labour 356", "356", 356, CD_NUM_CARDINAL, ANY_UNIT},
                  {"Iraq 500", "500", 500, CD_NUM_CARDINAL, ANY_UNIT},
                  {"Boeing 2000", "2000", 2000, CD_NUM_CARDINAL, ANY_UNIT},
                  {"Boeing 737", "737", 737, CD_NUM_LABEL, ANY_UNIT},
                  {"bought 12", "12", 12, CD_NUM_CARDINAL, ANY_UNIT}}},
        {"It builds parts for Boeing 737, 747, 757 and 767 aircraft. In the Boeing 777, 300 people died.",
         .want = {{"737, 747", "747", 747, CD_NUM_LABEL, ANY_UNIT},
                  {"747, 757", "757", 757, CD_NUM_LABEL, ANY_UNIT},
                  {"and 767", "767", 767, CD_NUM_LABEL, ANY_UNIT},
                  {"777, 300", "300", 300, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* "number" before a figure names a rank or a label ("at number 19", "the world number two", "number
 * 4 buses", "18 number one singles"); a number word with a capital right after a name is part of it ("BBC Two"),
 * not a sentence's first word (the story's too), after a day, or before a counted noun. */
static void test_numbers_named(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The act at number 19 took $24m. It fell to number nine. Watch it on BBC Two tonight. On "
         "Monday Two men came. CONTROVERSIES Three people refused. Fantastic Four fans came. Only "
         "number 4 buses run. It has 18 number one singles.",
         .want = {{"number 19", "19", 19, CD_NUM_LABEL, ANY_UNIT},
                  {"number nine", "nine", 9, CD_NUM_LABEL, ANY_UNIT},
                  {"BBC Two", "Two", 2, CD_NUM_LABEL, ANY_UNIT},
                  {"Monday Two", "Two", 2, CD_NUM_CARDINAL, ANY_UNIT},
                  {"CONTROVERSIES Three", "Three", 3, CD_NUM_CARDINAL, ANY_UNIT},
                  {"Fantastic Four", "Four", 4, CD_NUM_CARDINAL, ANY_UNIT},
                  {"number 4", "4", 4, CD_NUM_LABEL, ANY_UNIT},
                  {"number one", "one", 1, CD_NUM_LABEL, ANY_UNIT}}},
        /* the story's first word is a sentence's first word too (the sentence marks start at the second) */
        {"Only Two remain.", .want = {{"Only Two", "Two", 2, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* A sub-unit in the singular with a capital after a figure other than one is a name ("50 Cent");
 * "50 cents" and a table's "Dividend 5 Cents" are money. */
static void test_subunit_names(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The rapper 50 Cent sang. It costs 50 cents. Dividend 5 Cents vs 4 Cents.",
         .want = {{"rapper 50", "50", 50, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
    cd_doc *doc = analyze(cases[0].text, NULL);
    const cd_number *n = find_number(doc, "50 cents");
    assert_non_null(n);
    assert_int_equal(n->kind, CD_NUM_MONEY);
    n = find_number(doc, "5 Cents");
    assert_non_null(n);
    assert_int_equal(n->kind, CD_NUM_MONEY);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gapped_list_counts),
        cmocka_unit_test(test_index_names_stay_labels),
        cmocka_unit_test(test_maker_models),
        cmocka_unit_test(test_numbers_named),
        cmocka_unit_test(test_subunit_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
