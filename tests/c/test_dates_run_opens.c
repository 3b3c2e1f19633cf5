/* A run given with its opening and its end ("opens on 28 May and runs until 3 June") holds in the
 * story's present: its opening is the nearest such date, which may be a few days past, not next
 * year's (data/time_runs.tsv). A weekday still names the coming one. Exact values and byte
 * offsets. */
#include "helpers.h"

static void test_run_opens_nearest(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Wenlow craft fair opens on 28 May and runs until 3 June.",
         .want = {{"28 May", "2005-05-28"}, {"3 June", "2005-06-03"}}, COUNT(2)},
        {"The Ostry show, which opens on 30 May, runs until 4 June.",
         .want = {{"30 May", "2005-05-30"}, {"4 June", "2005-06-04"}}, COUNT(2)},
        {"The Tarn exhibition opens on 5 January and runs until 3 March.",
         .want = {{"5 January", "2006-01-05"}, {"3 March", "2006-03-03"}}, COUNT(2), .date = "2005-12-20"},
    };
    check_date_cases(cases, N_OF(cases), "2005-06-01");
}

static void test_run_weekday_and_lone_opening(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Pyle fair opens on Saturday and runs until 9 June.",
         .want = {{"Saturday", "2005-06-04"}, {"9 June", "2005-06-09"}}, COUNT(2)},
        {"The Wenlow craft fair opens on 28 May.", .want = {{"28 May", "2006-05-28"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2005-06-01");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_run_opens_nearest),
        cmocka_unit_test(test_run_weekday_and_lone_opening),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
