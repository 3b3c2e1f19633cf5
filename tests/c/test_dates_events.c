/* Date rules of session 7 (issue 6), second part: the end of a period told in the present, and
 * events and states whose date is still to come after a past or present verb. Every rule has a case
 * that must fire and one that must not, with exact values and byte offsets. */
#include "helpers.h"

/* "ends" is the period's own verb: a present, the period is not over and its end is the coming one
 * (said in March, "Its fiscal year ends September 30" read last September as the nearest end). A
 * results table's heading ("Qtr ends Jan 31", first in its sentence or after a colon) names the
 * period its figures report: the nearest end. */
static void test_present_end_of_a_period(void **state)
{
    (void)state;
    tense_case("1987-03-13", "Franklin Resources is a financial services company. Its fiscal year ends September 30.",
               "September 30", "1987-09-30", 1);
    tense_case("1987-03-20", "It forecast a deficit for the fiscal year, which ends March 31, Johnston said.",
               "March 31", "1987-03-31", 1);
    tense_case("2017-12-26", "The company's fiscal year ends September 30.", "September 30", "2018-09-30", 1);
    tense_case("1987-03-05", "Qtr ends Jan 31 Shr 3.26 dlrs vs 3.17 dlrs.", "Jan 31", "1987-01-31", 1);
    tense_case("1987-03-31", "qtr ends Jan 31 Shr nil vs nil.", "Jan 31", "1987-01-31", 1);
    tense_case("1987-03-17", "Revs 42.5 mln vs 2.9 mln. NOTE: Quarter ends January 31.", "January 31",
               "1987-01-31", 1);
    /* "ending" still takes the tense of the period's verb */
    tense_case("1987-11-10", "Growth slowed to 0.3% in the quarter ending September 30.",
               "quarter ending September 30", "1987-07-01/1987-09-30", 1);
}

/* A date after "until" in a clause whose verb is a present ("have", "is", "remains") ends a state that
 * holds now: it is to come, though a past further back read it last year. A past verb nearer, or
 * none, keeps the tense (story dates in March 1987). */
static void test_present_state_until_a_date(void **state)
{
    (void)state;
    tense_case("1987-03-04",
               "No final decisions had been reached yet and banks have until April 16 to comment on the proposals.",
               "April 16", "1987-04-16", 1);
    tense_case("1987-03-02", "The quota talks failed, but the full council is not due to meet again until September.",
               "September", "1987-09", 1);
    tense_case("1987-10-19", "The issue, which remains open until October 28, was fully underwritten last week.",
               "October 28", "1987-10-28", 2);
    tense_case("1987-03-24", "The loan was not signed until November 5, bankers said.", "November 5", "1986-11-05", 1);
    tense_case("1987-03-24", "Smith is the new chairman. Jones was chairman until November 5.", "November 5",
               "1986-11-05", 1);
    tense_case("1987-03-24", "The company said sales rose until November 5.", "November 5", "1986-11-05", 1);
}

/* A meeting, a vote or a deadline named by its date, in a report's past (a speech verb, or a past
 * with "to" and a verb whose act may be to come), is in the story date's year when that puts it ahead;
 * the event's own past verb, or a speech verb whose object it is, keeps it past (story dates in 1987). */
static void test_event_named_in_a_report(void **state)
{
    (void)state;
    const char *d = "1987-02-26";
    tense_case(d,
               "The company also said its board voted to recommend to shareholders at the annual meeting April 23 an "
               "increase in the authorized capital stock.",
               "April 23", "1987-04-23", 1);
    tense_case("1987-03-11", "The sale needs a vote by minority shareholders at the April 23 annual meeting, the company said.",
               "April 23", "1987-04-23", 1);
    tense_case("1987-04-08", "Officials said brokers would meet the July 25 deadline.", "July 25", "1987-07-25", 1);
    tense_case(d, "The board held the annual meeting April 23.", "April 23", "1986-04-23", 1);
    tense_case(d, "The company held its April 23 annual meeting, it said.", "April 23", "1986-04-23", 1);
    tense_case("1987-03-18", "The minister told the October GEPLACEA meeting.", "October", "1986-10", 1);
    tense_case("1987-03-18", "He said the party gained votes in the October election.", "October", "1986-10", 1);
    /* in the story date's year and already past: the past reading stands */
    tense_case("1987-11-10", "The company said shareholders voted to approve the merger at the April 23 meeting.",
               "April 23", "1987-04-23", 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_present_end_of_a_period),
        cmocka_unit_test(test_present_state_until_a_date),
        cmocka_unit_test(test_event_named_in_a_report),
    };
    return cmocka_run_group_tests_name("dates_events", tests, NULL, NULL);
}
