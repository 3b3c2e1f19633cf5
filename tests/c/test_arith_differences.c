/* arithmetic: the difference stated with a change. A fraction below one ("by half") is a share of
 * the earlier figure; a figure of another kind than two percentages, or a pair of figures that are
 * changes themselves ("from down 0.60 to up 0.30"), is no difference of the pair. */
#include "helpers.h"

static void none(const char *t)
{
    expect_findings_at(t, "arithmetic", 0, NULL);
}

static void test_wrong_differences_fire(void **state)
{
    (void)state;
    expect_one_error("Debt was cut by half to 80 mln dlrs from 100 mln dlrs.", NULL, "arithmetic", "half",
                     "a change of half does not follow from 100 mln dlrs to 80 mln dlrs: that is a decrease of 20%");
    expect_one_error("Profit rose by around half, from 2.118 to 3.874 bln dlrs.", NULL, "arithmetic", "around half",
                     "a change of around half does not follow from 2.118 to 3.874 bln dlrs: that is an increase of "
                     "82.91%");
    expect_one_error("The average price fell by more than 600 dlrs from 190,329 dlrs to 189,733 dlrs.", NULL,
                     "arithmetic", "more than 600 dlrs",
                     "a change of more than 600 dlrs does not follow from 190,329 dlrs to 189,733 dlrs: the "
                     "difference is 596");
}

static void test_share_of_the_earlier_figure(void **state)
{
    (void)state;
    none("Debt was cut nearly by half to 51.8 billion dlrs from 97.3 billion dlrs.");
    none("Profit rose by half, from 1.0 to 1.5 bln dlrs.");
}

static void test_no_difference_of_the_pair(void **state)
{
    (void)state;
    none("Rye ended up 0.10 dlr, with oats ranging from down 0.60 dlr to up 0.30.");
    none("The note gained 21/32 in price to yield 3.418%, from 3.467% on Friday.");
    /* a fraction in digits is points, not a share */
    none("The yield climbed by more than 1/8 point to 7.42 pct from 7.27 a week ago.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wrong_differences_fire),
        cmocka_unit_test(test_share_of_the_earlier_figure),
        cmocka_unit_test(test_no_difference_of_the_pair),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
