/* Digits after a name (src/numbers.c name_label, capitals_name, gapped_count, maker_model): an
 * index's or a model's number is a label ("the CAC 40", "the Boeing 747 jumbo"), but in a list whose
 * verb and noun are left out after its first count ("Labour won 356 seats, ..., the SNP 56") or in
 * a tally ("Labour 356, Conservatives 198") the digits count. Every story here is our own. */
#include <string.h>

#include "helpers.h"

/* The number that ends the words `at` in story t ("SNP 56": the number "56" there): its exact span,
 * value and kind. */
static void expect_kind(const cd_doc *doc, const char *t, const char *at, double value, cd_numkind kind)
{
    const cd_number *n = number_ending(doc, t, at);
    assert_true(n->value == value);
    assert_int_equal(n->kind, kind);
}

static void test_gapped_list_counts(void **state)
{
    (void)state;
    const char *t = "Labour won 356 seats, the Conservatives 198, the Lib Dems 62, the SNP 56 and the DUP 10.";
    cd_doc *doc = analyze(t, NULL);
    expect_kind(doc, t, "SNP 56", 56, CD_NUM_CARDINAL);
    expect_kind(doc, t, "DUP 10", 10, CD_NUM_CARDINAL);
    cd_doc_free(doc);
    t = "The party took 20 seats, the SNP 6.";
    doc = analyze(t, NULL);
    expect_kind(doc, t, "SNP 6", 6, CD_NUM_CARDINAL);
    cd_doc_free(doc);
}

/* Must not: a list that opens with no count, or with a figure that counts nothing named ("3%"), or
 * a count in the sentence before. */
static void test_index_names_stay_labels(void **state)
{
    (void)state;
    const char *t = "The CAC 40 and the DAX 30 fell. Shares fell 3%, the FTSE 100 and the CAC 40 rose. Labour won "
                    "356 seats. Then the IBEX 35 fell.";
    cd_doc *doc = analyze(t, NULL);
    expect_kind(doc, t, "DAX 30", 30, CD_NUM_LABEL);
    expect_kind(doc, t, "FTSE 100", 100, CD_NUM_LABEL);
    expect_kind(doc, t, "IBEX 35", 35, CD_NUM_LABEL);
    cd_doc_free(doc);
}

/* A maker the gazetteer knows before three or four digits names a model, one maker's models in a
 * list too ("the Boeing 777 and the Boeing 787", "Boeing 737, 747, 757 and 767 aircraft"), and a
 * subject after a count ("520 people, and the Boeing 747 was"); a tally of names and numbers, a list
 * a count opens (the noun left out after the first count, even with words between: "300 orders last
 * year and Boeing 250"), a year, a place before the digits stay counts. */
static void test_maker_models(void **state)
{
    (void)state;
    const char *t = "The A380 will replace the Boeing 747 jumbo. The crash of a Japan Air Lines Boeing 767 which "
                    "killed 520 people. Results: Labour 356, Conservatives 198. In Iraq 500 died. Boeing 2000 "
                    "plans. They bought 12 Boeing 737 jets. It flies the Boeing 777 and the Boeing 787. The crash "
                    "killed 90 people, and the Boeing 727 was grounded. Airbus won 300 orders last year and Boeing "
                    "250. Airbus delivered 453 aircraft, Boeing 381.";
    cd_doc *doc = analyze(t, NULL);
    expect_kind(doc, t, "Boeing 777", 777, CD_NUM_LABEL);
    expect_kind(doc, t, "Boeing 787", 787, CD_NUM_LABEL);
    expect_kind(doc, t, "Boeing 727", 727, CD_NUM_LABEL);
    expect_kind(doc, t, "Boeing 250", 250, CD_NUM_CARDINAL);
    expect_kind(doc, t, "Boeing 381", 381, CD_NUM_CARDINAL);
    expect_kind(doc, t, "Boeing 747", 747, CD_NUM_LABEL);
    expect_kind(doc, t, "Boeing 767", 767, CD_NUM_LABEL);
    expect_kind(doc, t, "Labour 356", 356, CD_NUM_CARDINAL);
    expect_kind(doc, t, "Iraq 500", 500, CD_NUM_CARDINAL);
    expect_kind(doc, t, "Boeing 2000", 2000, CD_NUM_CARDINAL);
    expect_kind(doc, t, "Boeing 737", 737, CD_NUM_LABEL);
    expect_kind(doc, t, "bought 12", 12, CD_NUM_CARDINAL);
    cd_doc_free(doc);
    t = "It builds parts for Boeing 737, 747, 757 and 767 aircraft. In the Boeing 777, 300 people died.";
    doc = analyze(t, NULL);
    expect_kind(doc, t, "737, 747", 747, CD_NUM_LABEL);
    expect_kind(doc, t, "747, 757", 757, CD_NUM_LABEL);
    expect_kind(doc, t, "and 767", 767, CD_NUM_LABEL);
    expect_kind(doc, t, "777, 300", 300, CD_NUM_CARDINAL);
    cd_doc_free(doc);
}

/* "number" before a figure names a rank or a label ("at number 19", "the world number two", "number
 * 4 buses", "18 number one singles"); a number word with a capital right after a name is part of it ("BBC Two"),
 * not a sentence's first word (the story's too), after a day, or before a counted noun. */
static void test_numbers_named(void **state)
{
    (void)state;
    const char *t = "The act at number 19 took $24m. It fell to number nine. Watch it on BBC Two tonight. On "
                    "Monday Two men came. CONTROVERSIES Three people refused. Fantastic Four fans came. Only "
                    "number 4 buses run. It has 18 number one singles.";
    cd_doc *doc = analyze(t, NULL);
    expect_kind(doc, t, "number 19", 19, CD_NUM_LABEL);
    expect_kind(doc, t, "number nine", 9, CD_NUM_LABEL);
    expect_kind(doc, t, "BBC Two", 2, CD_NUM_LABEL);
    expect_kind(doc, t, "Monday Two", 2, CD_NUM_CARDINAL);
    expect_kind(doc, t, "CONTROVERSIES Three", 3, CD_NUM_CARDINAL);
    expect_kind(doc, t, "Fantastic Four", 4, CD_NUM_CARDINAL);
    expect_kind(doc, t, "number 4", 4, CD_NUM_LABEL);
    expect_kind(doc, t, "number one", 1, CD_NUM_LABEL);
    cd_doc_free(doc);
    /* the story's first word is a sentence's first word too (the sentence marks start at the second) */
    const char *first = "Only Two remain.";
    doc = analyze(first, NULL);
    expect_kind(doc, first, "Only Two", 2, CD_NUM_CARDINAL);
    cd_doc_free(doc);
}

/* A sub-unit in the singular with a capital after a figure other than one is a name ("50 Cent");
 * "50 cents" and a table's "Dividend 5 Cents" are money. */
static void test_subunit_names(void **state)
{
    (void)state;
    const char *t = "The rapper 50 Cent sang. It costs 50 cents. Dividend 5 Cents vs 4 Cents.";
    cd_doc *doc = analyze(t, NULL);
    expect_kind(doc, t, "rapper 50", 50, CD_NUM_LABEL);
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
