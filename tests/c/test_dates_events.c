/* Date rules of session 7 (issue 6), second part: the end of a period told in the present, and
 * events and states whose date is still to come after a past or present verb. Every rule has a case
 * that must fire and one that must not, with exact values and byte offsets. */
#include "helpers.h"

/* A story told on a date and the time claim read in it: exactly `text` (its first occurrence in the
 * story) with `value`, and `claims` time claims in all. */
typedef struct {
    const char *date, *story, *text, *value;
    size_t claims;
} time_case;

static void run_time_cases(const time_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++)
        tense_case(cases[i].date, cases[i].story, cases[i].text, cases[i].value, cases[i].claims);
}

/* "ends" is the period's own verb: a present, the period is not over and its end is the coming one
 * (said in March, "Its fiscal year ends September 30" read last September as the nearest end). A
 * results table's heading ("Qtr ends Jan 31", first in its sentence or after a colon) names the
 * period its figures report: the nearest end. "ending" still takes the tense of the period's verb. */
static void test_present_end_of_a_period(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"1987-03-13", "Franklin Resources is a financial services company. Its fiscal year ends September 30.",
         "September 30", "1987-09-30", 1},
        {"1987-03-20", "It forecast a deficit for the fiscal year, which ends March 31, Johnston said.", "March 31",
         "1987-03-31", 1},
        {"2017-12-26", "The company's fiscal year ends September 30.", "September 30", "2018-09-30", 1},
        {"1987-03-05", "Qtr ends Jan 31 Shr 3.26 dlrs vs 3.17 dlrs.", "Jan 31", "1987-01-31", 1},
        {"1987-03-31", "qtr ends Jan 31 Shr nil vs nil.", "Jan 31", "1987-01-31", 1},
        {"1987-03-17", "Revs 42.5 mln vs 2.9 mln. NOTE: Quarter ends January 31.", "January 31", "1987-01-31", 1},
        {"1987-11-10", "Growth slowed to 0.3% in the quarter ending September 30.", "quarter ending September 30",
         "1987-07-01/1987-09-30", 1},
    };
    run_time_cases(cases, N_OF(cases));
}

/* A date after "until" in a clause whose verb is a present ("have", "is", "remains", "It applies") ends a state that
 * holds now: it is to come, though a past further back read it last year. A past verb nearer, or
 * none, keeps the tense (story dates in 1987). */
static void test_present_state_until_a_date(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"1987-03-04", "No decisions had been reached yet and banks have until April 16 to comment on the proposals.",
         "April 16", "1987-04-16", 1},
        {"1987-03-02", "The quota talks failed, but the full council is not due to meet again until September.",
         "September", "1987-09", 1},
        {"1987-10-19", "The issue, which remains open until October 28, was underwritten last week.", "October 28",
         "1987-10-28", 2},
        {"1987-03-24", "The loan was not signed until November 5, bankers said.", "November 5", "1986-11-05", 1},
        {"1987-03-24", "Smith is chairman. Jones was chairman until November 5.", "November 5", "1986-11-05", 1},
        {"1987-03-24", "The company said sales rose until November 5.", "November 5", "1986-11-05", 1},
        /* a present in -s after a subject pronoun; its past keeps the past */
        {"1987-03-09", "The decision was announced late Friday. It applies, until July 1, to uranium ore imported.",
         "July 1", "1987-07-01", 2},
        {"1987-03-09", "The decision was announced late Friday. It applied, until July 1, to uranium ore imported.",
         "July 1", "1986-07-01", 2},
    };
    run_time_cases(cases, N_OF(cases));
}

/* A meeting, a vote or a deadline named by its date, in a report's past (a speech verb, or a past
 * with "to" and a verb whose act may be to come), is in the story date's year when that puts it ahead;
 * the event's own past verb, or a speech verb whose object it is, keeps it past, and so does a date of
 * the story's year already past (story dates in 1987). Elections are reported when over. */
static void test_event_named_in_a_report(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"1987-02-26",
         "The company also said its board voted to recommend to shareholders at the annual meeting April 23 an "
         "increase in the authorized capital stock.",
         "April 23", "1987-04-23", 1},
        {"1987-03-11", "The sale needs a vote by shareholders at the April 23 annual meeting, the company said.",
         "April 23", "1987-04-23", 1},
        {"1987-04-08", "Officials said brokers would meet the July 25 deadline.", "July 25", "1987-07-25", 1},
        {"1987-02-26", "The board held the annual meeting April 23.", "April 23", "1986-04-23", 1},
        {"1987-02-26", "The company held its April 23 annual meeting, it said.", "April 23", "1986-04-23", 1},
        {"1987-03-18", "The minister told the October GEPLACEA meeting.", "October", "1986-10", 1},
        {"1987-03-18", "He said the party gained votes in the October election.", "October", "1986-10", 1},
        {"1987-11-10", "The company said shareholders voted to approve the merger at the April 23 meeting.", "April 23",
         "1987-04-23", 1},
    };
    run_time_cases(cases, N_OF(cases));
}

/* A date in what a prospect looks forward to ("prospects for", "the chances of") is to come, whatever
 * the tense of the verb that says how the prospect looks; another past keeps it past, as does a
 * prospect in another clause (story dates in 1987). */
static void test_date_of_a_prospect(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"1987-04-01", "Unless producers move, prospects for a quota accord in October also looked bleak.", "October",
         "1987-10", 1},
        {"1987-03-16", "It adopted a provisional budget as the chances of passing a full one by April 1 were nil.",
         "April 1", "1987-04-01", 1},
        {"1987-04-01", "Producers failed to reach a quota accord in October.", "October", "1986-10", 1},
        {"1987-04-01", "Prospects looked bleak, and talks failed in October.", "October", "1986-10", 1},
    };
    run_time_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_present_end_of_a_period),
        cmocka_unit_test(test_present_state_until_a_date),
        cmocka_unit_test(test_event_named_in_a_report),
        cmocka_unit_test(test_date_of_a_prospect),
    };
    return cmocka_run_group_tests_name("dates_events", tests, NULL, NULL);
}
