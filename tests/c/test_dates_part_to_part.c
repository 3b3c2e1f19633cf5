/* Two parts of one period joined by "to" ("mid-to-late 1980s", "early to mid April") are one claim,
 * from the start of the first part to the end of the second: mid 1983-1986 and late 1987-1989 of a
 * decade, mid 10-20 and late 16-end of a month. A later part first ("late to early") or a part
 * with no period after it keeps the second part's claim alone. Exact values and byte offsets. */
#include "helpers.h"

static void test_part_to_part(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Pell last toured Orvel in the mid-to-late 1980s, she said.",
         .want = {{"mid-to-late 1980s", "1983/1989"}}, COUNT(1)},
        {"The Dunmore dock should reopen in early to mid April.",
         .want = {{"early to mid April", "1987-04-01/1987-04-20"}}, COUNT(1)},
        {"Talks may start in mid-to-late July, Tavel said.", .want = {{"mid-to-late July", "1987-07-10/1987-07-31"}},
         COUNT(1)},
        {"Kelp output fell from late to early 1988.", .want = {{"early 1988", "1988-01/1988-04"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-13");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_part_to_part),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
