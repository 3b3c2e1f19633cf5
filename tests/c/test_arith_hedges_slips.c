/* arithmetic: a fraction in words hedged with "about" or "around" is as wide as "nearly" makes a
 * figure ("around half" 42.5..57.5%); and a percentage that follows once a figure's point is read as
 * a thousands comma ("fell six pct to 29.418 units from 31,262") names the slip, not a change of
 * 99.9%. */
#include "helpers.h"

static void none(const char *t)
{
    expect_findings_at(t, "arithmetic", 0, NULL);
}

static void test_hedged_fractions(void **state)
{
    (void)state;
    none("Kordal's earnings rose by around half, from 2.118 to 3.046 bln crowns.");
    none("Sales rose by about a third, from 300 to 388 mln dlrs.");
    none("Debt fell by around a quarter, to 78 mln dlrs from 100 mln dlrs.");
    /* "nearly" below a fraction in words: the fraction is itself rounded (33.67% is nearly a third) */
    none("Ridership rose by nearly a third, from 30,120 to 40,260 a week.");
    /* beyond the hedge, or with no hedge, it still fires */
    expect_one_error("Profit rose by around half, from 2.118 to 3.874 bln dlrs.", NULL, "arithmetic", "around half",
                     "a change of around half does not follow from 2.118 to 3.874 bln dlrs: that is an increase of "
                     "82.91%");
    expect_one_error("Earnings rose by around half, from 2.118 to 2.87 bln crowns.", NULL, "arithmetic",
                     "around half",
                     "a change of around half does not follow from 2.118 to 2.87 bln crowns: that is an increase of 35.51%");
    expect_one_error("Ridership rose by nearly a third, from 30,100 to 41,300 a week.", NULL, "arithmetic",
                     "nearly a third",
                     "a change of nearly a third does not follow from 30,100 to 41,300: that is an increase of 37.21%");
    expect_one_error("Earnings rose by half, from 2.118 to 3.046 bln crowns.", NULL, "arithmetic", "half",
                     "a change of half does not follow from 2.118 to 3.046 bln crowns: that is an increase of 43.81%");
}

static void test_thousands_slips(void **state)
{
    (void)state;
    expect_one_error("Truck sales fell six pct to 29.418 units from 31,262 in the half year.", NULL, "arithmetic",
                     "six pct",
                     "six pct does not follow from 31,262 to 29.418, but does from 31,262 to 29,418 (a decrease of "
                     "5.9%): is 29.418 a slip for 29,418?");
    expect_one_error("Output rose 12 pct to 14,754 tonnes from 13.173 tonnes.", NULL, "arithmetic", "12 pct",
                     "12 pct does not follow from 13.173 tonnes to 14,754 tonnes, but does from 13,173 to 14,754 "
                     "tonnes (an increase of 12%): is 13.173 tonnes a slip for 13,173?");
    /* no such reading: the plain message */
    expect_one_error("Truck sales fell nine pct to 29.418 units from 31,262 in the half year.", NULL, "arithmetic",
                     "nine pct", "nine pct does not follow from 31,262 to 29.418: that is a decrease of 99.91%");
    expect_one_error("Truck sales fell six pct to 29.41 units from 31,262 in the half year.", NULL, "arithmetic",
                     "six pct", "six pct does not follow from 31,262 to 29.41: that is a decrease of 99.91%");
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
