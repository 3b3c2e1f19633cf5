/* arithmetic: parts and the whole they must add up to. Parts after a stated total follow it after
 * punctuation only; parts before it reach it across no clause break; a figure that is a total
 * itself is no part; a remainder word stands right before the last part; parts that reach less
 * than half the whole, or whose shortfall another figure nearby states, are not all of it. */
#include "helpers.h"

static void none(const char *t)
{
    expect_findings_at(t, "arithmetic", 0, NULL);
}

static void test_wrong_sums_fire(void **state)
{
    (void)state;
    expect_one_error("Of the 90 seats, 40 went to Labour and the remaining 45 to the Tories.", NULL, "arithmetic",
                     "90", "the parts 40 + 45 add up to 85, not 90");
    expect_one_error("Smith owns 48 pct, Jones 30 pct and the remaining 12 pct is held by staff.", NULL, "arithmetic",
                     "12 pct", "the parts 48 pct + 30 pct + 12 pct add up to 90%, not 100%");
    expect_one_error("The fleet has a total of 120 boats: 70 ferries and 40 tugs.", NULL, "arithmetic", "120",
                     "the parts 70 + 40 add up to 110, not 120");
    expect_one_error("The city hired 70 diplomats and 40 local staff, a total of 120.", NULL, "arithmetic", "120",
                     "the parts 70 + 40 add up to 110, not 120");
}

static void test_no_breakdown(void **state)
{
    (void)state;
    /* the total is the first item of a list */
    none("A total of 692 rigs were drilling on land, 74 rigs were active offshore and 18 were in inland waters.");
    none("The groups will run a total of 148 resorts with 52,000 beds and 64,000 staff.");
    none("The surplus was the best this year, totalling 1.5 billion dlrs, compared with 1.4 billion dlrs in August "
         "and 500 mln dlrs a year earlier.");
    /* a comparison between the list and the total */
    none("The fleet has 71 ships, up by three in a week, compared to a total of 111 a year ago.");
    /* a part that is a total itself */
    none("Six more banks signed up, taking the total to 61, and three more banks signed up for the second scheme, "
         "for a total of 27.");
}

static void test_rates_and_loose_remainders(void **state)
{
    (void)state;
    none("One tranche pays a coupon of 9-5/16 pct and the other 9-7/16 pct.");
    none("A few lenders quote a 6-1/4 pct rate and others 6-1/2 pct.");
    none("Smith will own 49 pct, Jones will own 29 pct, and Brown and others will own 13 pct.");
}

static void test_shortfall_stated_nearby(void **state)
{
    (void)state;
    none("About 25 of the 135 staff will move to Leeds and 45 to York, with the remaining 65 laid off.");
    none("Corvex owns 47 pct of the venture, the new firm said on Monday, while Tallis holds 50 pct, with the "
         "remaining three pct to go to staff.");
    none("The bill saves 1.25 billion dlrs in 1989. The Senate agreed. It also saves 1.9 billion in 1990 and 2.25 "
         "billion in 1991, for a total of 5.4 billion.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wrong_sums_fire),
        cmocka_unit_test(test_no_breakdown),
        cmocka_unit_test(test_rates_and_loose_remainders),
        cmocka_unit_test(test_shortfall_stated_nearby),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
