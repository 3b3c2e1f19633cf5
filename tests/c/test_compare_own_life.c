/* A ranking scoped only by one person's own life, or by the speaker's career, is no claim: "the
 * best day of my life" can be ranked by that person alone. A third person's career is counted by
 * records and stays a scope, and a figure in the ranking keeps it a claim. */
#include "helpers.h"

static void test_own_life_is_no_claim(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Ms Kell called the Tarrow show the biggest day of my life.",
        "It was one of the hardest calls of my career, Mr Ebbe said.",
        "Playing the biggest race of her life, Orla Pell faded late.",
    };
    expect_no_claim(none, N_OF(none), "2017-03-14", CD_CLAIM_COMPARISON);
}

static void test_other_scopes_stay(void **state)
{
    (void)state;
    /* "the longest run of his career at Skerra" */
    expect_comparison_at("2017-03-14", "Pell ended the longest run of his career at Skerra.", "longest", 11, 50);
    expect_one_comparison("2017-03-14", "It was the biggest sale of my life at 40 pounds.",
                          "the biggest sale of my life at 40 pounds");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_own_life_is_no_claim),
        cmocka_unit_test(test_other_scopes_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
