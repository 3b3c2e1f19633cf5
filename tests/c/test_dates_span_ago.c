/* Two counts joined by a dash, "to" or "or" before a unit and "ago" name a span: the days both
 * counts reach, not the day of the second count alone ("8-12 years ago" runs from twelve years back
 * to eight), and so do two after "between" joined by "and". A larger first count is no span. Exact
 * values and byte offsets. */
#include "helpers.h"

static void test_span_of_years_ago(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Harbour cranes from 8-12 years ago still stand at Tolvern dock.",
         .want = {{"8-12 years ago", "1999-03-14/2003-03-14"}}, COUNT(1)},
        {"Three or four years ago the Brannock mill employed most of the valley.",
         .want = {{"Three or four years ago", "2007-03-14/2008-03-14"}}, COUNT(1)},
        {"The Oskel ferry stopped running 6 to 9 months ago, residents say.",
         .want = {{"6 to 9 months ago", "2010-06-14/2010-09-14"}}, COUNT(1)},
        {"Pine beetles spread across the ridge some two-three weeks ago.",
         .want = {{"two-three weeks ago", "2011-02-21/2011-02-28"}}, COUNT(1)},
        {"The Corrin side won 9-4 years ago in a cup tie.", .want = {{"4 years ago", "2007-03-14"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2011-03-14");
}

/* After "between" the two counts are joined by "and"; the claim starts at "between". */
static void test_span_between_counts_ago(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Tolvern dock cranes were put up between 8 and 12 years ago.",
         .want = {{"between 8 and 12 years ago", "1999-03-14/2003-03-14"}}, COUNT(1)},
        {"Between two and three weeks ago the Brannock weir gave way.",
         .want = {{"Between two and three weeks ago", "2011-02-21/2011-02-28"}}, COUNT(1)},
        {"The Oskel ferry returns between 5 and 7 months from now.",
         .want = {{"between 5 and 7 months from now", "2011-08-14/2011-10-14"}}, COUNT(1)},
        {"The Corrin mill closed between 9 and 4 years ago.", .want = {{"4 years ago", "2007-03-14"}}, COUNT(1)},
        {"The Corrin mill closed between 1990 and 1995.", .want = {{"between 1990 and 1995", "1990/1995"}},
         COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2011-03-14");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_span_of_years_ago),
        cmocka_unit_test(test_span_between_counts_ago),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
