/* A weekday inside a capitalized name is no day near the story date: a remembered event ("Bloody
 * Sunday"), a primary day ("Super Tuesday"), a show ("Saturday Night Live"); in lower case it is a
 * day again. Days of the church year that hang on Easter ("Ash Wednesday", "Palm Sunday") are dated
 * as holidays. Exact values and byte offsets. */
#include "helpers.h"

static void test_weekday_in_a_named_day(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Marchers in Dunleary recalled Bloody Sunday with a silent walk.", NO_TIME},
        {"Voters in nine states go to the polls on Super Tuesday.", NO_TIME},
        {"Kemble first sang on Saturday Night Live in 1994.", .want = {{"1994", "1994"}}, COUNT(1)},
        {"Traders called it a black Monday for Ostrava shares.", .want = {{"Monday", "2011-03-07"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2011-03-09"); /* a Wednesday */
}

static void test_days_hung_on_easter(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The parish of Holm held a service on Ash Wednesday.", .want = {{"Ash Wednesday", "2011-03-09"}},
         COUNT(1)},
        {"Crowds lined the lanes of Tarrow on Palm Sunday.", .want = {{"Palm Sunday", "2011-04-17"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2011-05-02");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_weekday_in_a_named_day),
        cmocka_unit_test(test_days_hung_on_easter),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
