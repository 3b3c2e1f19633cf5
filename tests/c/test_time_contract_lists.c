/* A month before a word of data/time_contracts.tsv ("September contracts", "July shipment") is one to
 * come; so is each month of a list or range that ends there (contract_after in time.c walks "and",
 * "or", commas, "to", slashes and dashes between months): "rolled positions into July and September
 * contracts", "for May, June and July shipment". Every sentence here is our own. */
#include "helpers.h"

static void test_months_listed_before_a_contract(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Traders rolled their positions into July and September contracts.",
         .want = {{"July", "2019-07"}, {"September", "2019-09"}}, COUNT(2)},
        {"The board said the tender was for May, June and July shipment.",
         .want = {{"May", "2019-05"}, {"June", "2019-06"}, {"July", "2019-07"}}, COUNT(3)},
        {"Discounts in the October and December contracts were wide.",
         .want = {{"October", "2019-10"}, {"December", "2019-12"}}, COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "2019-04-10");
}

/* A list with no contract word after it: each month read by its tense alone, July of last year. */
static void test_list_without_a_contract(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Traders said prices fell in July and September.", .want = {{"July", "2018-07"}, {"September", "2018-09"}},
         COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "2019-04-10");
}

/* A comma with no "and" or "or" closing the list joins two clauses, not two months: the month before
 * it is read by its own tense, only the one before the contract word is to come. */
static void test_comma_without_and(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Exports climbed in March, June contracts slipped.",
         .want = {{"March", "2026-03"}, {"June", "2027-06"}}, COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "2026-11-20");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_months_listed_before_a_contract),
        cmocka_unit_test(test_list_without_a_contract),
        cmocka_unit_test(test_comma_without_and),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
