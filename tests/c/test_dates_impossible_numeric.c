/* A day past its month's end written in digits ("11/31/1987", "1987-11-31", "31.11.1987",
 * "31-Nov-1987"; "11/31" only after "on" or a weekday) or ending a range of days ("Nov 30-31",
 * "February 29-30, 1987", "between November 30 and 31") is claimed with no value and raises the
 * impossible-date error, as "November 31" does. A ratio, score or fraction that looks like one
 * ("won 11/31", "fell 4/31", "2-30-45") stays what it was. Exact values, spans and messages. */
#include "helpers.h"

#define STORY_DATE "1987-03-15"

static void test_claimed_without_a_value(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The offer expires 11/31/1987 under the terms.", .want = {{"11/31/1987", NULL}}, COUNT(1)},
        {"The dividend is payable on 2/30/87 to holders.", .want = {{"2/30/87", NULL}}, COUNT(1)},
        {"He was born on 1987-11-31 in Bonn.", .want = {{"1987-11-31", NULL}}, COUNT(1)},
        {"He was born 31.11.1987 in Bonn.", .want = {{"31.11.1987", NULL}}, COUNT(1)},
        {"The record date is 31-Nov-1987.", .want = {{"31-Nov-1987", NULL}}, COUNT(1)},
        {"The vote is on 11/31, officials said.", .want = {{"11/31", NULL}}, COUNT(1)},
        {"The vote is on 11/31, 1987.", .want = {{"11/31, 1987", NULL}}, COUNT(1)},
        {"The vote is on Nov-31.", .want = {{"Nov-31", NULL}}, COUNT(1)},
        {"The meeting was held Nov 30-31 in Geneva.", .want = {{"Nov 30-31", NULL}}, COUNT(1)},
        {"Talks are set for February 29-30, 1987 in Paris.", .want = {{"February 29-30, 1987", NULL}}, COUNT(1)},
        {"The fair was held between November 30 and 31.", .want = {{"between November 30 and 31", NULL}},
         COUNT(1)},
        /* no range starts or ends at a day that does not exist ("from November 31 to") */
        {"The sale runs 11/31-12/5 in stores.", NO_TIME},
        {"The sale runs from 11/31/87 to 12/5/87.", .want = {{"11/31/87", NULL}, {"12/5/87", "1987-12-05"}}, COUNT(2)},
        /* real days stay days, and a range of them a range */
        {"The offer expires 11/30/1987 under the terms.", .want = {{"11/30/1987", "1987-11-30"}}, COUNT(1)},
        {"He was born 30.11.1987 in Bonn.", .want = {{"30.11.1987", "1987-11-30"}}, COUNT(1)},
        {"The meeting was held Nov 29-30 in Geneva.", .want = {{"Nov 29-30", "1986-11-29/1986-11-30"}}, COUNT(1)},
        {"Talks were held February 28-29, 1988 in Paris.",
         .want = {{"February 28-29, 1988", "1988-02-28/1988-02-29"}}, COUNT(1)},
        {"The fair was held between November 29 and 30.",
         .want = {{"between November 29 and 30", "1986-11-29/1986-11-30"}}, COUNT(1)},
        /* "runs" (data/time_schedule.tsv): the coming fair */
        {"The fair runs from Jan. 30 to the 2nd.", .want = {{"from Jan. 30 to the 2nd", "1988-01-30/1988-02-02"}},
         COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), STORY_DATE);
}

static void test_finding_names_the_day(void **state)
{
    (void)state;
    static const struct {
        const char *story, *at, *message;
    } cases[] = {
        {"The offer expires 11/31/1987 under the terms.", "11/31/1987",
         "'11/31/1987': November 31 does not exist (November has 30 days)"},
        {"The dividend is payable on 2/30/87 to holders.", "2/30/87",
         "'2/30/87': February 30 does not exist (February 1987 has 28 days)"},
        {"He was born on 1987-11-31 in Bonn.", "1987-11-31",
         "'1987-11-31': November 31 does not exist (November has 30 days)"},
        {"He was born 31.11.1987 in Bonn.", "31.11.1987",
         "'31.11.1987': November 31 does not exist (November has 30 days)"},
        {"The record date is 31-Nov-1987.", "31-Nov-1987",
         "'31-Nov-1987': November 31 does not exist (November has 30 days)"},
        {"The vote is on 2/29, 1987.", "2/29, 1987",
         "'2/29, 1987': February 29 does not exist (February 1987 has 28 days)"},
        {"The vote is Monday 11/31.", "Monday 11/31", "'Monday 11/31': November 31 does not exist (November has 30 days)"},
        {"The meeting was held Nov 30-31 in Geneva.", "Nov 30-31",
         "'Nov 30-31': November 31 does not exist (November has 30 days)"},
        /* the first day of the range that does not exist */
        {"Talks are set for February 29-30, 1987 in Paris.", "February 29-30, 1987",
         "'February 29-30, 1987': February 29 does not exist (February 1987 has 28 days)"},
        {"Talks are set for Feb 29-30.", "Feb 29-30", "'Feb 29-30': February 30 does not exist (February has 28 or 29 days)"},
        {"The fair was held between November 30 and 31.", "between November 30 and 31",
         "'between November 30 and 31': November 31 does not exist (November has 30 days)"},
    };
    for (size_t i = 0; i < N_OF(cases); i++)
        expect_one_error(cases[i].story, STORY_DATE, "impossible-date", cases[i].at, cases[i].message);
}

static void test_no_finding(void **state)
{
    (void)state;
    static const char *const stories[] = {
        "The team won 11/31 in the final.", /* a score or a ratio: no date context */
        "Shares fell 4/31 at the close.",
        "He hit 2/30 from the field.",
        "The score was 2-30-45 at the half.", /* three numbers with dashes: no year written */
        "Version 2.30.2015 shipped.",         /* read month first, no such day: a version */
        "The offer expires 11/30/1987 under the terms.",
        "The meeting was held Nov 29-30 in Geneva.",
        "Talks were held February 28-29, 1988 in Paris.",
        /* "between Feb 28 and 29" takes the story's year: test_date_ranges.c */
        "In November 30-31 percent said no.",
    };
    expect_no_finding(stories, N_OF(stories), STORY_DATE, "impossible-date");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_claimed_without_a_value),
        cmocka_unit_test(test_finding_names_the_day),
        cmocka_unit_test(test_no_finding),
    };
    return cmocka_run_group_tests_name("dates_impossible_numeric", tests, NULL, NULL);
}
