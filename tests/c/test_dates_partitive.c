/* A number in words after a month, then "of" and a determiner before a word that is no time word,
 * counts a part of a whole ("In March one of the units was sold"): it is no day of the month. A
 * date's year after "of" ("April one of this year") still makes it a day. Exact values and byte
 * offsets. */
#include "helpers.h"

static void test_partitive_is_no_day(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"In March one of the units was sold.", .want = {{"March", "1987-03"}}, COUNT(1), .absent = {"March one"}},
        {"In March one of its plants closed.", .want = {{"March", "1987-03"}}, COUNT(1), .absent = {"March one"}},
        {"In May two of the men were arrested.", .want = {{"May", "1986-05"}}, COUNT(1), .absent = {"May two"}},
    };
    check_date_cases(cases, N_OF(cases), "1987-04-10");
}

static void test_day_before_its_year(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"It takes effect April one of this year.", .want = {{"April one of this year", "1987-04-01"}}, COUNT(1)},
        {"The bonds mature on April one of next year.", .want = {{"April one of next year", "1988-04-01"}},
         COUNT(1)},
        {"The rate is effective April one.", .want = {{"April one", "1987-04-01"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-04-10");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_partitive_is_no_day),
        cmocka_unit_test(test_day_before_its_year),
    };
    return cmocka_run_group_tests_name("dates_partitive", tests, NULL, NULL);
}
