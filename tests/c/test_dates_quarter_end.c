/* A fiscal quarter named by its end ("its first quarter, ending February 28"): the three months up to
 * that date, one claim from the ordinal on, not the calendar quarter of its number. And a period named
 * by its end after "ending" that is in progress at the story date is that one, not last year's that a
 * past verb picked, unless a change of its figures is reported. Exact values and byte offsets. */
#include "helpers.h"

static void test_quarter_named_by_its_end(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Lakeside Bedding Co said that its first quarter, ending February 28, earnings may be under 3.1 mln dlrs.",
         .want = {{"first quarter, ending February 28", "1986-12-01/1987-02-28"}}, COUNT(1)},
        {"Wexford Corp said revenue in the second quarter ended January 31 was up 12.5 pct.",
         .want = {{"second quarter ended January 31", "1986-11-01/1987-01-31"}}, .date = "1987-03-02", COUNT(1)},
        {"Kennametal Inc said its fiscal second quarter, ending December 31, should show improvement.",
         .want = {{"fiscal second quarter, ending December 31", "1987-10-01/1987-12-31"}}, .date = "1987-10-19",
         COUNT(1)},
        {"In the third quarter ended Sept 30, 1986, Corvane posted a deficit.",
         .want = {{"third quarter ended Sept 30, 1986", "1986-07-01/1986-09-30"}}, .date = "1987-03-03", COUNT(1)},
        {"It revised its previously reported year, ended October 31, results.",
         .want = {{"year, ended October 31", "1985-11-01/1986-10-31"}}, .date = "1987-03-03", COUNT(1)},
        /* no end named: the calendar quarter */
        {"Profits in the first quarter, ending a bad year, fell.", .want = {{"first quarter", "1987-01/1987-03"}},
         COUNT(1)},
        {"Profits in the first quarter rose. Sales ended February 28.",
         .want = {{"first quarter", "1987-01/1987-03"}, {"February 28", "1987-02-28"}}, .date = "1987-03-10",
         COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "1987-02-26");
}

static void test_period_in_progress(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Midland Trust Corp forecast net of nine mln dlrs in its second quarter ending June 30.",
         .want = {{"second quarter ending June 30", "1987-04-01/1987-06-30"}}, COUNT(1)},
        {"It said it expects to post a deficit in the first quarter ending June 30.",
         .want = {{"first quarter ending June 30", "1987-04-01/1987-06-30"}}, .date = "1987-06-19", COUNT(1)},
        /* over: "ended", or an end a past verb picked within the period's length */
        {"Profit was eight mln dlrs in the second quarter ended June 30.",
         .want = {{"second quarter ended June 30", "1986-04-01/1986-06-30"}}, COUNT(1)},
        {"Pre-tax earnings for the six months ending 31 December climbed 17% to A$212.6m.",
         .want = {{"six months ending 31 December", "2016-07-01/2016-12-31"}}, .date = "2017-12-26", COUNT(1)},
        {"Profit rose 10 pct in the year ending March 31.",
         .want = {{"year ending March 31", "1986-04-01/1987-03-31"}}, .date = "1987-05-10", COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-29");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quarter_named_by_its_end),
        cmocka_unit_test(test_period_in_progress),
    };
    return cmocka_run_group_tests_name("dates_quarter_end", tests, NULL, NULL);
}
