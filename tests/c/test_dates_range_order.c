/* A range is one time claim from its first end to its last, also where (1) its first end is a date
 * written with a comma of its own and a comma closes it before the connector ("between May 2, 1984,
 * and June 30, 1985"), and (2) its ends, each read alone against the story date and the tense,
 * came out in the wrong order: the end whose year (or week, for a bare weekday) came from the story
 * date moves so that the range runs forward, and "between" may swap fixed ends. Exact values and
 * byte offsets. */
#include "helpers.h"

static void test_comma_after_first_end(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Output grew between May 2, 1984, and June 30, 1985, the agency noted.",
         .want = {{"between May 2, 1984, and June 30, 1985", "1984-05-02/1985-06-30"}}, COUNT(1)},
        {"The notes pay from Oct. 3, 1988, to Nov. 14, 1991, under the plan.",
         .want = {{"from Oct. 3, 1988, to Nov. 14, 1991", "1988-10-03/1991-11-14"}}, COUNT(1)},
        {"Fares apply from Tuesday, June 2, to Thursday, June 4, at Lindvale.",
         .want = {{"from Tuesday, June 2, to Thursday, June 4", "1987-06-02/1987-06-04"}}, COUNT(1)},
        /* no comma inside the first end: the comma is a list's */
        {"Prices held on May 2, and June 30 brought a rise.", .want = {{"May 2", "1987-05-02"}, {"June 30", "1986-06-30"}},
         COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-01");
}

static void test_ends_in_wrong_order_move(void **state)
{
    (void)state;
    static const date_case cases[] = {
        /* nearest December is last year's; the range runs on from June */
        {"The harvest at Karvel normally runs from June to December.",
         .want = {{"from June to December", "1987-06/1987-12"}}, COUNT(1), .date = "1987-04-08"},
        /* the past took last year's March 9; today is fixed */
        {"The bonds being sold between today and March 9 had been increased.",
         .want = {{"between today and March 9", "1987-03-05/1987-03-09"}}, COUNT(1), .date = "1987-03-05"},
        /* bare weekdays: a future moves the end on a week, a past the start back */
        {"Clinics will open from Sunday to Thursday at Dovemark.",
         .want = {{"from Sunday to Thursday", "1987-06-14/1987-06-18"}}, COUNT(1), .date = "1987-06-10"},
        {"Clinics opened from Sunday to Thursday at Dovemark.",
         .want = {{"from Sunday to Thursday", "1987-05-31/1987-06-04"}}, COUNT(1), .date = "1987-06-10"},
        /* "between" names no order: fixed ends swap */
        {"Between March this year and March, 1985, wages rose 3 pct.",
         .want = {{"Between March this year and March, 1985", "1985-03/1987-03"}}, COUNT(1), .date = "1987-06-10"},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-01");
}

/* A dateline joined to the story by a dash is no range to reorder: the date keeps its own day. */
static void test_dateline_dash_stays(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"March 4 - Last week the board of Tellan met.", .want = {{"March 4 - Last week", "1987-03-04"}}, COUNT(1),
         .date = "1987-03-04"},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-01");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_comma_after_first_end),
        cmocka_unit_test(test_ends_in_wrong_order_move),
        cmocka_unit_test(test_dateline_dash_stays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
