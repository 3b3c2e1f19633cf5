/* A month and day right after "date" (perhaps "is" or "of" between) is a payment, record, redemption
 * or effective date set near the story date: the nearest, whatever verb reports it ("its record date
 * of April 10 held", "the payment date is May 14, the bank said"). Exact values and byte offsets. */
#include "helpers.h"

static void test_date_after_date_noun_is_nearest(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Tavel said its record date of April 10 held for the rights.", .want = {{"April 10", "1987-04-10"}},
         COUNT(1)},
        {"The Selvan payment date is May 14, the bank said.", .want = {{"May 14", "1987-05-14"}}, COUNT(1)},
        {"The Selvan notes carried a payment date March 9, dealers said.", .want = {{"March 9", "1987-03-09"}},
         COUNT(1), .date = "1987-03-06"},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-30");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_date_after_date_noun_is_nearest),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
