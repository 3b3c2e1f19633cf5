/* An ordinal of "the month" or "the year" counts within the story's own month or year, even when the
 * day it names has already gone by; it is never the next bare weekday. Story of Friday 2017-11-10:
 * its Mondays fall on the 6th, 13th, 20th and 27th, its Fridays on the 3rd to the 24th. */
#include "helpers.h"

static void test_ordinal_of_the_month(void **state)
{
    (void)state;
    static const date_case cases[] = {
        /* already past: still this month's first Monday, not the coming one (the 13th) */
        {"The lantern parade starts on the first Monday of the month.",
         .want = {{"first Monday of the month", "2017-11-06"}}, COUNT(1)},
        {"Dock workers are paid on the last Friday of the month.",
         .want = {{"last Friday of the month", "2017-11-24"}}, COUNT(1)},
        {"Glenbrook council sits on the second Tuesday of the month, aides said.",
         .want = {{"second Tuesday of the month", "2017-11-14"}}, COUNT(1)},
        {"Tenants owe the levy by the 15th of the month.", .want = {{"15th of the month", "2017-11-15"}}, COUNT(1)},
        {"The ferry timetable changed in the first week of the month.",
         .want = {{"first week of the month", "2017-W44"}}, COUNT(1)},
        /* a weekday the month has not: one claim of no date */
        {"The quiz night is on the fifth Sunday of the month.", .want = {{"fifth Sunday of the month", NULL}},
         COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2017-11-10");
}

static void test_ordinal_of_the_year(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Orchard sales fell in the first week of the year.", .want = {{"first week of the year", "2017-W01"}},
         COUNT(1)},
        {"The third month of the year was the wettest on record at Kelby.",
         .want = {{"third month of the year", "2017-03"}}, COUNT(1)},
        {"The pool opened on the first Monday of the year.", .want = {{"first Monday of the year", "2017-01-02"}},
         COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2017-11-10");
}

/* "The month" and "the year" after a date named before them in the sentence are that date's month
 * and year; a date of the sentence before does not count. */
static void test_the_month_of_a_date_before(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Ferry bookings at Ostmark peaked in March 2016, on the 19th of the month.",
         .want = {{"March 2016", "2016-03"}, {"19th of the month", "2016-03-19"}}, COUNT(2)},
        {"Tolls rose 4% in 2014 but eased over its last three months of the year.",
         .want = {{"2014", "2014"}, {"last three months of the year", "2014-10/2014-12"}}, COUNT(2)},
        /* a date of the sentence before lends no month: the story's */
        {"Fares at Ostmark fell against May 2016. In the last week of the month they rose.",
         .want = {{"May 2016", "2016-05"}, {"last week of the month", "2017-W48"}}, COUNT(2)},
        /* a year is no month to count in: the story's */
        {"Tolls rose in 2014, and the fee is due on the 15th of the month.",
         .want = {{"2014", "2014"}, {"15th of the month", "2017-11-15"}}, COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "2017-11-10");
}

/* Words after "the month" that make it some other month leave the ordinal unread as a period. */
static void test_other_period_not_the_story_s(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Sales slid in the first week of the year's second half.", NO_TIME,
         .absent = {"first week of the year"}},
        {"The bridge shut in the first week of the month that the river rose.", NO_TIME,
         .absent = {"first week of the month"}},
        {"Barley options lapse the second Friday of the month preceding their expiry.",
         .absent = {"of the month"}},
        /* no day is counted in a year so: nothing, not a claim of no date */
        {"Orders slumped at the first of the year.", NO_TIME},
    };
    check_date_cases(cases, N_OF(cases), "2017-11-10");
}

/* Phrases the rule leaves alone: a named or shifted month as before. */
static void test_named_month_unchanged(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The choir sings on the second Tuesday of next month.",
         .want = {{"second Tuesday of next month", "2017-12-12"}}, COUNT(1)},
        {"The choir sang on the first Monday of this month.", .want = {{"first Monday of this month", "2017-11-06"}},
         COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2017-11-10");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ordinal_of_the_month),
        cmocka_unit_test(test_ordinal_of_the_year),
        cmocka_unit_test(test_the_month_of_a_date_before),
        cmocka_unit_test(test_other_period_not_the_story_s),
        cmocka_unit_test(test_named_month_unchanged),
    };
    return cmocka_run_group_tests_name("dates_nth_of_period", tests, NULL, NULL);
}
