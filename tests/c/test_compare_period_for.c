/* A ranking's period after "for" ("the lowest for nine years", "record sales for 2015") is its
 * scope, and the claim's span takes it in: the ranking was taken for a claim because of it, but
 * ended at its noun. A noun or a possessive after the period is what the period modifies, and
 * "for" with no length of time names a purpose: no change there. */
#include "helpers.h"

static void test_duration_after_for(void **state)
{
    (void)state;
    /* "their lowest for nine years" */
    expect_comparison_at("2017-03-14", "Wool prices in Tarrow fell to their lowest for nine years on Monday.", "lowest",
                         30, 57);
    expect_one_comparison("2017-03-14", "Intake at Orlin college hit the slowest pace for nearly a decade.",
                          "the slowest pace for nearly a decade");
    expect_one_comparison("2017-03-14", "Pellow Mills posted record sales for 2015, its owner said.",
                          "record sales for 2015");
    expect_one_comparison("2017-03-14", "Rain in Skerra was the heaviest for more than 20 years.",
                          "the heaviest for more than 20 years");
}

/* A ranking with no determiner is a claim once its period bounds it. */
static void test_bare_ranking_with_period(void **state)
{
    (void)state;
    expect_one_comparison("2017-03-14", "Tarrow now boasts lowest rents for 30 years, the mayor said.",
                          "lowest rents for 30 years");
}

/* A scope word after the period goes on with it. */
static void test_scope_after_period(void **state)
{
    (void)state;
    expect_one_comparison("2017-03-14", "The dip in wool at Orlin was the steepest for any week since May 2009.",
                          "the steepest for any week since May 2009");
}

static void test_no_period(void **state)
{
    (void)state;
    /* what the period modifies: a noun, a possessive, a hyphenated length */
    expect_one_comparison("2017-03-14", "It was the biggest opening for a spring launch at the Rialto.",
                          "the biggest opening");
    expect_one_comparison("2017-03-14", "Kell sold the cheapest pack for a month's supply of oats.",
                          "the cheapest pack");
    expect_one_comparison("2017-03-14", "Orlin made the highest bid for a two-year lease of the mill.",
                          "the highest bid");
    /* a purpose, no length of time */
    expect_one_comparison("2017-03-14", "Pellow had the largest stake for its size in the valley.",
                          "the largest stake");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_duration_after_for),
        cmocka_unit_test(test_bare_ranking_with_period),
        cmocka_unit_test(test_scope_after_period),
        cmocka_unit_test(test_no_period),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
