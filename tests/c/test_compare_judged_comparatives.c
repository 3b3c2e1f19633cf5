/* A comparison of judgement ("better", "worse", "more" or "less" and an adjective of judgement) is
 * a view, as a superlative of judgement is: "sang better than us", "more important than ever".
 * It stays a claim when a figure, a year, the time it compares with, a noun of an event or an
 * expectation bounds it ("better than expected", "20% better than in 2015", "worse than the
 * official figures show"). A comparison of measure ("higher than we thought") is not touched. */
#include "helpers.h"

static void test_views(void **state)
{
    (void)state;
    static const char *const none[] = {
        "The Pellow choir sang better than us, said Mr Ebbe.",
        "The Pellow choir sang better than us on Saturday, said Mr Ebbe.",
        "Rye is more important than ever to the farmers of Tarrow.",
        "The new loom is more useful than it looks, Ms Kell said.",
        "Skerra fans think their band is better than Orlin's.",
        "The soup was better than in my day.",
        "The play is better than I remembered.",
        "Our choir gave a better show there than in Orlin.",
    };
    expect_no_claim(none, N_OF(none), "2017-03-14", CD_CLAIM_COMPARISON);
}

static void test_bounded(void **state)
{
    (void)state;
    /* "better than expected" */
    expect_comparison_at("2017-03-14", "Sales at Orlin were better than expected, the firm said.", "better", 20, 40);
    expect_one_comparison("2017-03-14", "Rents in Skerra were 20% better than in 2015.", "20% better than in 2015");
    expect_one_comparison("2017-03-14", "Harm at the mill is worse than the official figures show.",
                          "worse than the official figures show");
    expect_one_comparison("2017-03-14", "Tarrow had a worse harvest than 1998, when frost hit.",
                          "worse harvest than 1998");
    expect_one_comparison("2017-03-14", "Wool sold better than December, the Orlin market said.",
                          "better than December");
    /* a place after "than in": two measurable things; "worse than in Orlin" is bytes 23 to 42 */
    expect_comparison_at("2017-03-14", "Smog in Skerra is even worse than in Orlin.", "worse", 23, 42);
    expect_one_comparison("2017-03-14", "Smog in Skerra is worse than in Orlin.", "worse than in Orlin");
    expect_one_comparison("2017-03-14", "Wool is better than at the Tarrow mill.", "better than at the Tarrow mill");
    /* the expectation after an auxiliary is part of the complement: bytes 12 to 44 */
    expect_comparison_at("2017-03-14", "Yields were worse than analysts had forecast, Mr Ebbe said.", "worse", 12, 44);
}

static void test_measure_untouched(void **state)
{
    (void)state;
    expect_one_comparison("2017-03-14", "Kell's fares were higher than we thought.", "higher than we thought");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_views),
        cmocka_unit_test(test_bounded),
        cmocka_unit_test(test_measure_untouched),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
