/* The start of a fiscal year named just before it takes its year from the name, whatever the tense:
 * a split year's first ("the fiscal year 1991/92 beginning on July 1"), and for a year named alone the
 * year that holds most of its months ("fiscal 1991 beginning in April" starts in April 1991, "fiscal
 * 1992, which began Oct. 1" on October 1, 1991). With no year named, a present or an -ing form
 * of starting names the fiscal year under way, if it began within three months, else the next
 * ("its fiscal year begins April one" in June: this April; "the fiscal year beginning Oct. 1" in
 * March: this October); a past names the last start. Exact values and byte offsets. */
#include "helpers.h"

static void test_fiscal_start_from_name(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The ministry had set aside funds for Brandt's plan in fiscal 1991 beginning in April.",
         .want = {{"fiscal 1991", "FY1991"}, {"April", "1991-04"}}, COUNT(2)},
        {"Marlow said the tariff, effective from the fiscal year 1991/92 beginning on July 1, was cut.",
         .want = {{"1991/92", "1991/1992"}, {"July 1", "1991-07-01"}}, COUNT(2)},
        {"Spending rose in fiscal 1992, which began Oct. 1, the office said.",
         .want = {{"fiscal 1992", "FY1992"}, {"Oct. 1", "1991-10-01"}}, COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "1991-03-05");
}

static void test_fiscal_start_unnamed(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Profits look thin because the carrier's fiscal year begins April one.",
         .want = {{"April one", "1991-04-01"}}, COUNT(1), .date = "1991-06-03"},
        {"The agency is seeking 4.1 billion dlrs to cover the fiscal year beginning Oct. 1.",
         .want = {{"Oct. 1", "1991-10-01"}}, COUNT(1)},
        {"Hollin's fiscal year began April 1.", .want = {{"April 1", "1990-04-01"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1991-03-05");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fiscal_start_from_name),
        cmocka_unit_test(test_fiscal_start_unnamed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
