/* A ranking's complement ends before a verb of the sentence ("included", "seems", "is"): the scope
 * is "in 2009", not the list that follows. A "than" complement keeps a verb after its pronoun: the
 * compared thing is a clause there ("lower than they appear"). */
#include "helpers.h"

static void test_ranking_ends_before_verb(void **state)
{
    (void)state;
    /* "The cheapest lamps in 2009" */
    expect_comparison_at("2017-03-14", "The cheapest lamps in 2009 included the Orlin model.", "cheapest", 0, 26);
    expect_one_comparison("2017-03-14", "One of the largest mills of the Skerra valley includes a dye house.",
                          "One of the largest mills of the Skerra valley");
}

static void test_than_keeps_verb(void **state)
{
    (void)state;
    expect_one_comparison("2017-03-14", "Fares in Tarrow are lower than they appear.", "lower than they appear");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ranking_ends_before_verb),
        cmocka_unit_test(test_than_keeps_verb),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
