/* A split year written right before a period that ends on a day or month ("the 1991/92 year to
 * March 31") names the period: its end falls in the split year's second year, whatever the story
 * date and the tense (split_year_end in time.c). A year written with the end keeps it; two years
 * that do not follow each other name no period. Exact values and byte offsets. */
#include "helpers.h"

static void test_split_year_names_the_period(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Tarrow growers look for a bumper pear crop over their 1993/94 financial year ending July.",
         .want = {{"financial year ending July", "1993-08/1994-07"}}, COUNT(1), .date = "1993-11-20"},
        {"Harwick margins widened early in its 1996/97 financial year to October 31.",
         .want = {{"financial year to October 31", "1996-11-01/1997-10-31"}}, COUNT(1), .date = "1997-04-27"},
        {"Harwick sees a loss in its 1988/9 year to March 31.",
         .want = {{"1988/9", "1988/1989"}, {"year to March 31", "1988-04-01/1989-03-31"}}, COUNT(2),
         .date = "1988-03-27"},
        {"Harwick sees a rebound late in the 1993/94 fiscal year ending April 2, 1994.",
         .want = {{"1993/94", "1993/1994"}, {"fiscal year ending April 2, 1994", "1993-04-03/1994-04-02"}},
         COUNT(2), .date = "1993-03-27"},
        {"Harwick sees a loss in its 1985/87 year to March 31.",
         .want = {{"year to March 31", "1986-04-01/1987-03-31"}}, COUNT(1), .date = "1987-03-27"},
    };
    check_date_cases(cases, N_OF(cases), NULL);
}

/* The one lower-case word of the year's trade may stand between ("its 1987/88 crop year"); with no
 * period word at all, a day or month right after the split year and "ending" or "ended" (a comma
 * may come first) ends the split year: the second year too, not the one the tense gives. A split
 * year further back lends nothing. */
static void test_split_year_before_ending(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Tarrow pear exports fell in the 1990/91 pear year ending July 31.",
         .want = {{"year ending July 31", "1990-08-01/1991-07-31"}}, COUNT(1), .date = "1990-11-20"},
        {"Tarrow pear exports in 1990/91 ending June 30 rose 4 pct.",
         .want = {{"1990/91", "1990/1991"}, {"June 30", "1991-06-30"}}, COUNT(2), .date = "1990-11-20"},
        {"Tarrow pear exports for 1991/92, ending August, will fall.",
         .want = {{"1991/92", "1991/1992"}, {"August", "1992-08"}}, COUNT(2), .date = "1990-11-20"},
        {"Tarrow said the 1991/92 levy rose within the present year ending March 31.",
         .want = {{"year ending March 31", "1989-04-01/1990-03-31"}}, .date = "1990-11-20"},
    };
    check_date_cases(cases, N_OF(cases), NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_split_year_names_the_period),
        cmocka_unit_test(test_split_year_before_ending),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
