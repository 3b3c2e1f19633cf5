/* Date rules of session 7 (issue 6), second part: the end of a period told in the present, and
 * events and states whose date is still to come after a past or present verb. Every rule has a case
 * that must fire and one that must not, with exact values and byte offsets. */
#include "helpers.h"

/* "ends" is the period's own verb: a present, the period is not over and its end is the coming one
 * (said in March, "Its fiscal year ends September 30" read last September as the nearest end). A
 * results table's heading ("Qtr ends Jan 31", first in its sentence or after a colon) names the
 * period its figures report: the nearest end. "ending" still takes the tense of the period's verb. */
static void test_present_end_of_a_period(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Harwell Partners is an asset management group. Its fiscal year ends September 30.",
         .want = {{"September 30", "1987-09-30"}}, .date = "1987-03-13", COUNT(1)},
        {"It forecast a deficit for the fiscal year, which ends March 31, Johnston said.",
         .want = {{"March 31", "1987-03-31"}}, .date = "1987-03-20", COUNT(1)},
        {"The company's fiscal year ends September 30.",
         .want = {{"September 30", "2018-09-30"}}, .date = "2017-12-26", COUNT(1)},
        {"Qtr ends Jan 31 Shr 2.04 dlrs vs 1.87 dlrs.",
         .want = {{"Jan 31", "1987-01-31"}}, .date = "1987-03-05", COUNT(1)},
        {"qtr ends Jan 31 Shr loss vs nil.", .want = {{"Jan 31", "1987-01-31"}}, .date = "1987-03-31", COUNT(1)},
        {"Revs 37.1 mln vs 4.6 mln. NOTE: Quarter ends January 31.",
         .want = {{"January 31", "1987-01-31"}}, .date = "1987-03-17", COUNT(1)},
        {"Output growth eased to 0.4% in the quarter ending September 30.",
         .want = {{"quarter ending September 30", "1987-07-01/1987-09-30"}}, .date = "1987-11-10", COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), NULL); /* each case gives its date */
}

/* A date after "until" in a clause whose verb is a present ("have", "is", "remains", "It applies") ends a state that
 * holds now: it is to come, though a past further back read it last year. A past verb nearer, or
 * none, keeps the tense (story dates in 1987). */
static void test_present_state_until_a_date(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Nothing had been settled so far and lenders have until April 16 to respond to the plan.",
         .want = {{"April 16", "1987-04-16"}}, .date = "1987-03-04", COUNT(1)},
        {"The pay talks broke down, but the whole board is not due to convene again until September.",
         .want = {{"September", "1987-09"}}, .date = "1987-03-02", COUNT(1)},
        {"The offering, which stays open until October 28, was priced last week.",
         .want = {{"October 28", "1987-10-28"}}, .date = "1987-10-19", COUNT(2)},
        {"The credit was not agreed until November 5, lenders said.", .want = {{"November 5", "1986-11-05"}}, COUNT(1)},
        {"Smith is chairman. Jones was chairman until November 5.", .want = {{"November 5", "1986-11-05"}}, COUNT(1)},
        {"The company said sales rose until November 5.", .want = {{"November 5", "1986-11-05"}}, COUNT(1)},
        /* a present in -s after a subject pronoun; its past keeps the past */
        {"The ruling was made public on Friday. It applies, until July 1, to copper scrap imported.",
         .want = {{"July 1", "1987-07-01"}}, .date = "1987-03-09", COUNT(2)},
        {"The ruling was made public on Friday. It applied, until July 1, to copper scrap imported.",
         .want = {{"July 1", "1986-07-01"}}, .date = "1987-03-09", COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-24");
}

/* A meeting, a vote or a deadline named by its date, in a report's past (a speech verb, or a past
 * with "to" and a verb whose act may be to come), is in the story date's year when that puts it ahead;
 * the event's own past verb, or a speech verb whose object it is, keeps it past, and so does a date of
 * the story's year already past (story dates in 1987). Elections are reported when over. */
static void test_event_named_in_a_report(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The firm also said its directors voted to propose to stockholders at the annual meeting April 23 a "
         "rise in the number of authorized shares.",
         .want = {{"April 23", "1987-04-23"}}, COUNT(1)},
        {"The deal needs the backing of members at the April 23 annual meeting, the group said.",
         .want = {{"April 23", "1987-04-23"}}, .date = "1987-03-11", COUNT(1)},
        {"Officials said brokers would meet the July 25 deadline.",
         .want = {{"July 25", "1987-07-25"}}, .date = "1987-04-08", COUNT(1)},
        {"The board held the annual meeting April 23.", .want = {{"April 23", "1986-04-23"}}, COUNT(1)},
        {"The company held its April 23 annual meeting, it said.", .want = {{"April 23", "1986-04-23"}}, COUNT(1)},
        {"The minister told the October GEPLACEA meeting.",
         .want = {{"October", "1986-10"}}, .date = "1987-03-18", COUNT(1)},
        {"He said the party gained votes in the October election.",
         .want = {{"October", "1986-10"}}, .date = "1987-03-18", COUNT(1)},
        {"The company said shareholders voted to approve the merger at the April 23 meeting.",
         .want = {{"April 23", "1987-04-23"}}, .date = "1987-11-10", COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-02-26");
}

/* A date in what a prospect looks forward to ("prospects for", "the chances of") is to come, whatever
 * the tense of the verb that says how the prospect looks; another past keeps it past, as does a
 * prospect in another clause (story dates in 1987). */
static void test_date_of_a_prospect(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Unless growers act, prospects for a price pact in October also looked dim.",
         .want = {{"October", "1987-10"}}, COUNT(1)},
        {"It passed a stopgap spending bill as the chances of agreeing a full one by April 1 were slim.",
         .want = {{"April 1", "1987-04-01"}}, .date = "1987-03-16", COUNT(1)},
        {"Producers failed to reach a quota accord in October.", .want = {{"October", "1986-10"}}, COUNT(1)},
        {"Prospects looked bleak, and talks failed in October.", .want = {{"October", "1986-10"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-04-01");
}

/* A date or weekday after "until", "till" or "to" that ends the phrase of a past verb of
 * data/time_deferrals.tsv ("delayed", "extended", "given", "put off") is moved forward: the coming
 * one. A past state that ends then, or a span ending then ("extended three months to December 31"),
 * keeps the past (story dates in 1987). */
static void test_date_moved_forward(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The final dividend was delayed until July 1, the company said.",
         .want = {{"July 1", "1987-07-01"}}, .date = "1987-03-03", COUNT(1)},
        {"The trust extended its deadline until November 26.",
         .want = {{"November 26", "1987-11-26"}}, .date = "1987-03-02", COUNT(1)},
        {"The lenders had been given until April 22 to reply.",
         .want = {{"April 22", "1987-04-22"}}, .date = "1987-03-05", COUNT(1)},
        {"The board postponed the vote to May 5.",
         .want = {{"May 5", "1987-05-05"}}, .date = "1987-03-23", COUNT(1)},
        {"The meeting was put off until the end of June.",
         .want = {{"end of June", "1987-06-16/1987-06-30"}}, .date = "1987-03-11", COUNT(1)},
        {"The talks were postponed until Thursday.",
         .want = {{"Thursday", "1987-03-12"}}, .date = "1987-03-11", COUNT(1)},
        {"Hearings in a state court were delayed until Monday.",
         .want = {{"Monday", "1987-04-06"}}, .date = "1987-04-01", COUNT(1)},
        {"The talks lasted until Thursday.",
         .want = {{"Thursday", "1987-03-05"}}, .date = "1987-03-11", COUNT(1)},
        {"Jones was chairman until June.",
         .want = {{"June", "1986-06"}}, .date = "1987-03-24", COUNT(1)},
        {"The talks lasted until November 5.",
         .want = {{"November 5", "1986-11-05"}}, .date = "1987-03-24", COUNT(1)},
        {"The shop stayed open until November 5.",
         .want = {{"November 5", "1986-11-05"}}, .date = "1987-03-24", COUNT(1)},
        {"The quota year was extended three months to December 31.",
         .want = {{"three months to December 31", "1986-10-01/1986-12-31"}}, .date = "1987-02-26", COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), NULL); /* each case gives its date */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_present_end_of_a_period),
        cmocka_unit_test(test_present_state_until_a_date),
        cmocka_unit_test(test_event_named_in_a_report),
        cmocka_unit_test(test_date_of_a_prospect),
        cmocka_unit_test(test_date_moved_forward),
    };
    return cmocka_run_group_tests_name("dates_events", tests, NULL, NULL);
}
