/* A part word before a decade ("the early 1980s", "mid-1990s", "the late 1970's") names that part
 * of it, as "the end of the decade" does: its first three years, the four between or its last
 * three (decade_part in time.c). A part of a year stays months. Exact values and byte offsets. */
#include "helpers.h"

static void test_parts_of_decades(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Harwick mill thrived in the early 1980s.", .want = {{"early 1980s", "1980/1982"}}, COUNT(1)},
        {"Rents rose in the mid-1990s at Tolvern.", .want = {{"mid-1990s", "1993/1996"}}, COUNT(1)},
        {"The Corrin line closed in the late 1970's.", .want = {{"late 1970's", "1977/1979"}}, COUNT(1)},
        {"Brannock plans a second pier by the end of the decade.",
         .want = {{"end of the decade", "2017/2019"}}, COUNT(1)},
        {"The Oskel ferry stopped in late 2009.", .want = {{"late 2009", "2009-09/2009-12"}}, COUNT(1)},
        {"Tolvern dock was built in the 1970s.", .want = {{"1970s", "1970/1979"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2011-03-14");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parts_of_decades),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
