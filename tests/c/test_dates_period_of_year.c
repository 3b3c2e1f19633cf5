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

/* "final" counts as "last" does. */
static void test_final(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Kiln orders at Brackley dipped in the final week of the year.",
         .want = {{"final week of the year", "2017-W52"}}, COUNT(1)},
        {"Dye sales slipped in the final two months of 2014 at Orrin.",
         .want = {{"final two months of 2014", "2014-11/2014-12"}}, COUNT(1)},
        {"The Vell Quay market shuts on the final Friday of May.",
         .want = {{"final Friday of May", "2017-05-26"}}, COUNT(1)},
        /* no period follows: no time */
        {"It was the final week the mayor of Orrin spent in office.", NO_TIME},
    };
    check_date_cases(cases, N_OF(cases), "2017-03-14");
}

/* Weeks or months with no count, of a named period: how many is unsaid, so only the period is read,
 * never one month of it nor the story's last month. */
static void test_plural_without_count(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Rents at Vell Quay fell in the last months of 2012.", .want = {{"2012", "2012"}}, COUNT(1),
         .absent = {"months"}},
        {"Rents at Vell Quay rose in the first weeks of August.", .want = {{"August", "2016-08"}}, COUNT(1),
         .absent = {"weeks"}},
        {"Rents at Vell Quay fell in the final months of 2012.", .want = {{"2012", "2012"}}, COUNT(1),
         .absent = {"months"}},
        /* a count, or "few", still names the months */
        {"Rents at Vell Quay fell in the last few months of 2012.",
         .want = {{"last few months of 2012", "2012-10/2012-12"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2017-03-14");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_week_of_the_year_n),
        cmocka_unit_test(test_known_forms_unchanged),
        cmocka_unit_test(test_final),
        cmocka_unit_test(test_plural_without_count),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
