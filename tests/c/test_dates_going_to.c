/* "going to" looks ahead as "expected to" does (data/time_tense.tsv code 8): "the rules are
 * going to change on June 1" is the coming June 1, though a past speech verb reports it; "was
 * going to" looks ahead from a past as "was planning to" does (the nearest). Exact values and byte
 * offsets. */
#include "helpers.h"

static void test_going_to_looks_ahead(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Selvan rules are going to change on June 1, a spokesman told reporters.",
         .want = {{"June 1", "1987-06-01"}}, COUNT(1)},
        {"Orrin said the firm was going to close the mill in April.", .want = {{"April", "1987-04"}}, COUNT(1),
         .date = "1987-05-20"},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-31");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_going_to_looks_ahead),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
