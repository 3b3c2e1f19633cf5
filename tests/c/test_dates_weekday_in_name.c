/* A weekday that ends a name is no day: after a given name ("the selector James Friday", a person)
 * or before a role noun ("the Dunmore Wednesday manager", a club). A capitalized word alone before
 * the day does not make a name: wire copy writes "Treasury chief Osgood Monday warned". Exact
 * values and byte offsets. */
#include "helpers.h"

static void test_weekday_ending_a_name(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Dunmore Wednesday manager, Ray Tolley, was sacked.", NO_TIME},
        {"Dunmore Wednesday striker Ray Tolley scored twice.", NO_TIME},
        {"The squad was picked by the selector James Friday on Sunday.", .want = {{"Sunday", "2013-04-14"}},
         COUNT(1)},
        {"Treasury chief Osgood Monday warned of a deficit.", .want = {{"Monday", "2013-04-15"}}, COUNT(1)},
        {"On Friday striker Ray Tolley scored twice.", .want = {{"Friday", "2013-04-12"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2013-04-17"); /* a Wednesday */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_weekday_ending_a_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
