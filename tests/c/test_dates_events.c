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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_present_end_of_a_period),
        cmocka_unit_test(test_present_state_until_a_date),
    };
    return cmocka_run_group_tests_name("dates_events", tests, NULL, NULL);
}
