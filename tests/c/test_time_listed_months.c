/* The second of two months listed with "and" or "or" takes the year that puts it nearest the first
 * month as read (year_near_month in time.c's resolve_month): months listed together lie close,
 * whichever comes first. Every sentence here is our own. */
#include "helpers.h"

/* "in July and October" read in March: October after that July, not the October just past; "in
 * August or February": the February after that August. */
static void test_second_month_follows(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Options expire in April, July and October.",
         .want = {{"April", "2019-04"}, {"July", "2019-07"}, {"October", "2019-10"}}, COUNT(3)},
        {"Ferries will sail in August or February.", .want = {{"August", "2019-08"}, {"February", "2020-02"}},
         COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "2019-03-27");
}

/* The latest month first: "in February and January", the January before that February. */
static void test_second_month_before(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The jobless rate in February and January was 4 pct.",
         .want = {{"February", "2019-02"}, {"January", "2019-01"}}, COUNT(2)},
        {"Rents in January and December were flat.", .want = {{"January", "2019-01"}, {"December", "2018-12"}},
         COUNT(2), .date = "2019-07-10"},
    };
    check_date_cases(cases, N_OF(cases), "2019-03-27");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_second_month_follows),
        cmocka_unit_test(test_second_month_before),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
