/* "since" that opens a clause of reason is no open range (src/time.c since_reason): at its clause's
 * start, a time with no figure after it, then a finite verb whose subject that time is. The time's
 * own name is still read; "since" as a time's word stays one elsewhere. Exact values and byte
 * offsets; every story here is our own. */
#include "helpers.h"

/* Must fire: the name alone is the time, "since" is left out of the claim. */
static void test_since_opens_a_reason(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The stalls shut early, since Sunday is a rest day for the traders.",
         .want = {{"Sunday", "1991-09-15"}}, COUNT(1), .absent = {"since"}},
        {"Trade eased, since Easter falls late this year.",
         .want = {{"Easter", "1991-03-31"}, {"late this year", "1991-09/1991-12"}}, COUNT(2), .absent = {"since"}},
    };
    check_date_cases(cases, N_OF(cases), "1991-09-17");
}

/* Must not: "since" inside its clause before the clause's own verb, a time with a figure, a time
 * the comma ends. */
static void test_since_stays_a_time(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Half the mail received since March has been junk.", .want = {{"since March", "1991-03/.."}}, COUNT(1)},
        {"Shares fell, since May 1990 was a bad month.", .want = {{"since May 1990", "1990-05/.."}}, COUNT(1)},
        {"Trade has slowed since Easter, the firm said.", .want = {{"since Easter", "1991-03-31/.."}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1991-09-17");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_since_opens_a_reason),
        cmocka_unit_test(test_since_stays_a_time),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
