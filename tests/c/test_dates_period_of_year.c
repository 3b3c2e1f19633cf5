/* An ordinal week or month of a year named by "the year 2015" (or of "the year" alone, with no date
 * before it) is counted inside that year, never back from the story date. A week is an ISO week, as
 * for "the first week of 2015": the last is the one holding the year's last Thursday. Story of
 * Tuesday 2017-03-14. */
#include "helpers.h"

static void test_week_of_the_year_n(void **state)
{
    (void)state;
    static const date_case cases[] = {
        /* 2015 ends on a Thursday: its last ISO week is W53 (Dec 28 to Jan 3) */
        {"Kiln orders at Brackley dipped in the last week of the year 2015.",
         .want = {{"last week of the year 2015", "2015-W53"}}, COUNT(1)},
        {"Kiln orders at Brackley rose in the first week of the year 2016.",
         .want = {{"first week of the year 2016", "2016-W01"}}, COUNT(1)},
        {"The ferry to Oskey ran late in the second week of the year 2014.",
         .want = {{"second week of the year 2014", "2014-W02"}}, COUNT(1)},
        {"Rents at Vell Quay fell in the last month of the year 2015.",
         .want = {{"last month of the year 2015", "2015-12"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2017-03-14");
}

/* Forms that already counted inside the year stay so. */
static void test_known_forms_unchanged(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Kiln orders rose in the first week of 2016.", .want = {{"first week of 2016", "2016-W01"}}, COUNT(1)},
        {"Kiln orders fell in the last week of 2016.", .want = {{"last week of 2016", "2016-W52"}}, COUNT(1)},
        {"Rents at Vell Quay fell in the last month of the year.",
         .want = {{"last month of the year", "2017-12"}}, COUNT(1)},
        {"Rents at Vell Quay rose in 2015 and fell in the last month of the year.",
         .want = {{"2015", "2015"}, {"last month of the year", "2015-12"}}, COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "2017-03-14");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_week_of_the_year_n),
        cmocka_unit_test(test_known_forms_unchanged),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
