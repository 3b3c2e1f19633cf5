/* Before "am" or "pm" a decimal is a clock time only with two digits after the point ("8.15
 * pm"); "3.217 pm" or "0.5 am" is a figure and is reported as a number. */
#include "helpers.h"

static void test_three_decimals_is_a_figure(void **state)
{
    (void)state;
    const char *t = "The lattice spacing was 3.217 pm in the lab.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, "3.217");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "3.217"));
    assert_int_equal(n->span.stop, offset_of(t, "3.217") + 5);
    assert_true(n->value == 3.217);
    assert_int_equal(n->kind, CD_NUM_CARDINAL);
    cd_doc_free(doc);
}

static void test_one_decimal_is_a_figure(void **state)
{
    (void)state;
    const char *t = "A gap of 0.5 am separates the two.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, "0.5");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "0.5"));
    assert_true(n->value == 0.5);
    cd_doc_free(doc);
}

static void test_two_decimals_stay_a_clock(void **state)
{
    (void)state;
    const char *t = "The vote closed at 8.15 pm on Sunday.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_number(doc, "8.15"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_three_decimals_is_a_figure),
        cmocka_unit_test(test_one_decimal_is_a_figure),
        cmocka_unit_test(test_two_decimals_stay_a_clock),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
