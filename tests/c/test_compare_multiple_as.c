/* "as" after "twice" or "N times" opens a comparison only before a word in lower case that is no
 * determiner ("twice as many", "three times as fast"). Before a name or an article it is a
 * conjunction or a preposition and the number counts how often: "scored twice as Orrin watched",
 * "came on three times as a substitute". Exact spans and byte offsets. */
#include "helpers.h"

static void test_as_counts_times(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Pell scored twice as Dunmore won the cup final on Sunday.",
        "Pell came on three times as a substitute last season.",
        "The striker hit the bar twice as the rain came down.",
    };
    expect_no_claim(none, N_OF(none), "2005-03-01", CD_CLAIM_COMPARISON);
}

static void test_as_compares(void **state)
{
    (void)state;
    expect_one_comparison("2005-03-01", "The Tavel line carries twice as many riders as the old tram.",
                          "twice as many riders as the old tram");
    expect_one_comparison("2005-03-01", "The new chip runs three times as fast as the Dunmore part.",
                          "three times as fast as the Dunmore part");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_as_counts_times),
        cmocka_unit_test(test_as_compares),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
