/* The passes share one test for a currency sign (any of the Unicode currency symbols, not only $, £
 * and €) and one for a dash (figure, en and em dash, horizontal bar). Exact values and spans. */
#include "helpers.h"

static void test_em_dash_joins_a_range_of_years(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The survey ran 1990\xe2\x80\x94" "1995 in the northern valleys.",
         .want = {{"1990\xe2\x80\x94" "1995", "1990/1995"}}, COUNT(1)},
        {"The survey ran 1990\xe2\x80\x93" "1995 in the northern valleys.",
         .want = {{"1990\xe2\x80\x93" "1995", "1990/1995"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2017-12-01");
}

/* "₹12 December 27": an amount, then a date, as "$12 December 27" is; the rupee sign was no money
 * to the time pass, which read "2 December" out of the amount. */
static void test_rupee_amount_before_a_date(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Shares closed at \xe2\x82\xb9" "12 December 27 after the ruling.",
         .want = {{"December 27", "2016-12-27"}}, COUNT(1), .absent = {"2 December"}},
    };
    check_date_cases(cases, N_OF(cases), "2017-12-01");
    cd_doc *doc = analyze("Shares closed at \xe2\x82\xb9" "12 December 27 after the ruling.", "2017-12-01");
    const cd_number *n = find_number(doc, "\xe2\x82\xb9" "12");
    assert_non_null(n);
    assert_int_equal(n->span.start, 17);
    assert_int_equal(n->span.stop, 22);
    assert_true(fabs(n->value - 12) < 1e-9);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_em_dash_joins_a_range_of_years),
        cmocka_unit_test(test_rupee_amount_before_a_date),
    };
    return cmocka_run_group_tests_name("sign_sets", tests, NULL, NULL);
}
