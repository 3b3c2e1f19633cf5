/* arithmetic: a fraction in words hedged with "about" or "around" is as wide as "nearly" makes a
 * figure ("around half" 42.5..57.5%); and a percentage that follows once a figure's point is read as
 * a thousands comma ("fell four pct to 25.269 units from 26,414") names the slip, not a change of
 * 99.9%. */
#include "helpers.h"

static void none(const char *t)
{
    expect_findings_at(t, "arithmetic", 0, NULL);
}

static void test_hedged_fractions(void **state)
{
    (void)state;
    none("Venalum's profits rose by around half, from 1.042 to 1.504 bln bolivars.");
    none("Sales rose by about a third, from 300 to 388 mln dlrs.");
    none("Debt fell by around a quarter, to 78 mln dlrs from 100 mln dlrs.");
    /* beyond the hedge, or with no hedge, it still fires */
    expect_one_error("Profit rose by around half, from 1.042 to 1.904 bln dlrs.", NULL, "arithmetic", "around half",
                     "a change of around half does not follow from 1.042 to 1.904 bln dlrs: that is an increase of "
                     "82.73%");
    expect_one_error("Profits rose by around half, from 1.042 to 1.42 bln bolivars.", NULL, "arithmetic",
                     "around half",
                     "a change of around half does not follow from 1.042 to 1.42 bln: that is an increase of 36.28%");
    expect_one_error("Profits rose by half, from 1.042 to 1.504 bln bolivars.", NULL, "arithmetic", "half",
                     "a change of half does not follow from 1.042 to 1.504 bln: that is an increase of 44.34%");
}

static void test_thousands_slips(void **state)
{
    (void)state;
    expect_one_error("Car sales fell four pct to 25.269 units from 26,414 in the half year.", NULL, "arithmetic",
                     "four pct",
                     "four pct does not follow from 26,414 to 25.269, but does from 26,414 to 25,269 (a decrease of "
                     "4.33%): is 25.269 a slip for 25,269?");
    expect_one_error("Output rose 12 pct to 14,754 tonnes from 13.173 tonnes.", NULL, "arithmetic", "12 pct",
                     "12 pct does not follow from 13.173 tonnes to 14,754 tonnes, but does from 13,173 to 14,754 "
                     "tonnes (an increase of 12%): is 13.173 tonnes a slip for 13,173?");
    /* no such reading: the plain message */
    expect_one_error("Car sales fell nine pct to 25.269 units from 26,414 in the half year.", NULL, "arithmetic",
                     "nine pct", "nine pct does not follow from 26,414 to 25.269: that is a decrease of 99.9%");
    expect_one_error("Car sales fell four pct to 25.26 units from 26,414 in the half year.", NULL, "arithmetic",
                     "four pct", "four pct does not follow from 26,414 to 25.26: that is a decrease of 99.9%");
    /* a true figure with three decimals beside a small partner */
    none("The rate rose 4.3 pct to 1.043 from 1.000 dlrs.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hedged_fractions),
        cmocka_unit_test(test_thousands_slips),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
