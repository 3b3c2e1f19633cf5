/* A month and day right after "effective", "beginning" or "starting" is the nearest such day to the
 * story date, whatever verb reports it: an appointment "effective April 1" named in March, prices
 * raised "effective October 16" in a story of October 20, a fiscal year "starting April 1". Exact
 * values and byte offsets. */
#include "helpers.h"

static void test_effective_date_is_nearest(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Tavel Corp said it named Ann Orrin president, effective April 1.", .want = {{"April 1", "1987-04-01"}},
         COUNT(1)},
        {"Selvan said it raised its crude prices, effective March 6.", .want = {{"March 6", "1987-03-06"}},
         COUNT(1), .date = "1987-03-09"},
        {"Output rose in the Korvan crop year beginning August 1, it said.", .want = {{"August 1", "1987-08-01"}},
         COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-26");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_effective_date_is_nearest),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
