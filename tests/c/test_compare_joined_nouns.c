/* A complement goes on over "and" or "or" when one or two plain words then end the sentence or
 * clause: the compared thing is both nouns ("than potters and weavers"). After "and" a clause
 * ("and shares fell") or a phrase that goes on keeps the complement where it was. */
#include "helpers.h"

static void test_joined_noun(void **state)
{
    (void)state;
    /* "tougher rules than potters and weavers" */
    expect_comparison_at("2017-03-14", "Tarrow set tougher rules than potters and weavers.", "tougher", 11, 49);
    expect_one_comparison("2017-03-14", "Kell has the oldest mill in Skerra or Orlin, its owner said.",
                          "the oldest mill in Skerra or Orlin");
}

static void test_clause_after_and(void **state)
{
    (void)state;
    expect_one_comparison("2017-03-14", "Rents were higher than forecast and the tenants left.",
                          "higher than forecast");
    expect_one_comparison("2017-03-14", "Fares in Tarrow were higher than in Orlin and the valley towns of the north.",
                          "higher than in Orlin");
    /* a subject and its verb after "and": "higher than planned" runs from byte 11 to 30 */
    expect_comparison_at("2017-03-14", "Rents were higher than planned and tenants moved.", "higher", 11, 30);
    expect_one_comparison("2017-03-14", "Costs were lower than hoped and prices rose.", "lower than hoped");
    expect_one_comparison("2017-03-14", "Loans were cheaper than at banks and credit unions.",
                          "cheaper than at banks and credit unions");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_joined_noun),
        cmocka_unit_test(test_clause_after_and),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
