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
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_joined_noun),
        cmocka_unit_test(test_clause_after_and),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
