/* Two digits after "of" that end a date are its year ("April of 87") only when no noun and no scale
 * word follows: "March 24 of 9 billion dlrs" is an amount, and reading 1910 there made a false
 * "weekday doesn't match its date" error. Exact values and byte offsets. */
#include "helpers.h"

static void test_amount_after_of_is_no_year(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The refunding opens with the regular sale on Tuesday, March 24 of 9 billion dlrs of bills.",
         .want = {{"Tuesday, March 24", "1987-03-24"}}, COUNT(1)},
        {"The sale on May 5 of 12 million shares was priced.", .want = {{"May 5", "1986-05-05"}}, COUNT(1),
         .absent = {"12"}},
        {"The bank bought on June 2 of 15 hundred tonnes.", .want = {{"June 2", "1986-06-02"}}, COUNT(1)},
        /* a year still */
        {"It was founded in April of 87.", .want = {{"April of 87", "1987-04"}}, COUNT(1)},
        {"They met on the 4th of July of 86 in Boston.", .want = {{"4th of July of 86", "1986-07-04"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-18");
}

static void test_no_false_weekday_error(void **state)
{
    (void)state;
    cd_doc *doc = analyze("The sale on Tuesday, March 24 of 9 billion dlrs of one-year bills.", "1987-03-18");
    assert_int_equal(count_findings(doc, "weekday-mismatch"), 0);
    cd_doc_free(doc);
    doc = analyze("The sale on Wednesday, March 24 of 9 billion dlrs of one-year bills.", "1987-03-18");
    assert_int_equal(count_findings(doc, "weekday-mismatch"), 1); /* the 24th is a Tuesday */
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_amount_after_of_is_no_year),
        cmocka_unit_test(test_no_false_weekday_error),
    };
    return cmocka_run_group_tests_name("dates_year_of", tests, NULL, NULL);
}
