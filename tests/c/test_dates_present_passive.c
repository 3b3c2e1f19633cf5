/* A form in -ed after "is" or "are" is a present passive, no past ("when the figures are released
 * on July 9", "if the plan is approved at the May 13 meeting"): it no more decides the tense than
 * after "be" or "being", and the words further back, or after the date, do. Exact values and byte
 * offsets. */
#include "helpers.h"

static void test_present_passive_is_no_past(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Dealers will know more when the Selvan acreage report is released on July 9.",
         .want = {{"July 9", "1987-07-09"}}, COUNT(1)},
        {"Talks are expected to resume when the Orrel board members are consulted on April 16.",
         .want = {{"April 16", "1987-04-16"}}, COUNT(1)},
        /* a past form elsewhere still reads past */
        {"The Selvan report was released on July 9.", .want = {{"July 9", "1986-07-09"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-27");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_present_passive_is_no_past),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
