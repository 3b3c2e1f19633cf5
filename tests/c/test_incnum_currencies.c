/* inconsistent-number: two sentences that tell two deals alike, each with an amount of money in a
 * currency of its own, are parallel accounts: the coupons they give are two figures, not one
 * figure told twice. Where the deals' amounts are not told the two coupons still disagree. */
#include "helpers.h"

#define RULE "inconsistent-number"

static void test_deals_in_two_currencies(void **state)
{
    (void)state;
    expect_findings_at("The package holds a 300 mln mark seven year bond with a 6-1/8 pct coupon priced at par.\n\n"
                       "The package also holds a 90 mln guilder seven year bond with a 6-1/4 pct coupon priced at par.",
                       RULE, 0, NULL);
    expect_findings_at("Leith Power sold 40 mln dlrs of notes with a 7.5 pct coupon priced at par.\n\n"
                       "Dunmore Gas sold 25 mln stg of notes with a 7.25 pct coupon priced at par.",
                       RULE, 0, NULL);
}

static void test_coupons_alone_disagree(void **state)
{
    (void)state;
    const char *t = "The bond carries a 6-1/8 pct coupon priced at par.\n\nThe bond carries a 6-1/4 pct coupon "
                    "priced at par.";
    expect_findings_at(t, RULE, 1, "6-1/4 pct");
    assert_int_equal(offset_of(t, "6-1/4 pct"), 71);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_deals_in_two_currencies),
        cmocka_unit_test(test_coupons_alone_disagree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
