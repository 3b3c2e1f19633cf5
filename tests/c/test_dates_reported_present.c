/* A date in a clause a past speech verb reports, with a present verb of that clause between them
 * ("Tavel said closing is expected on April 30"): the clause speaks from the story's time, so the
 * date is the nearest, not the one before the story date that "said" alone would pick. With no
 * present verb between, the past still reads. Exact values and byte offsets. */
#include "helpers.h"

static void test_present_clause_after_said(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Tavel said closing is expected on April 30, pending approval.", .want = {{"April 30", "1987-04-30"}},
         COUNT(1)},
        {"Orrin said the Kessel notes, which are for settlement April 2, carry a fixed rate.",
         .want = {{"April 2", "1987-04-02"}}, COUNT(1)},
        {"Dunmore said its pickers meet in May to vote on the offer.", .want = {{"May", "1987-05"}}, COUNT(1)},
        /* no present verb between: the past */
        {"Tavel said it closed the Orvell plant on April 2.", .want = {{"April 2", "1986-04-02"}}, COUNT(1)},
        {"Tavel said Orvell sales fell in April.", .want = {{"April", "1986-04"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-30");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_present_clause_after_said),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
