/* A price's move after "close" is no closure, with its figure as a range, a unit of
 * data/ev_market_units.tsv, a qualifier, or a level crossed: "closed 3-1/4 to 2-1/2 cents lower",
 * "closed up 12 points", "closed just under two points lower", "closed below 2 dlrs a bushel",
 * "closed little changed", "closed higher again Friday". A count of things shut stays a closure. */
#include "helpers.h"

static void test_market_moves(void **state)
{
    (void)state;
    const char *const stories[] = {
        "Tarvin oat futures closed 3-1/4 to 2-1/2 cents lower in thin trade.",
        "Rye futures closed 0.35 stg per tonne weaker.",
        "The Ardley share index closed up 12 points to 1,480.5 on Monday.",
        "The index closed down 0.41 points, or 0.02%, at 9,210.",
        "The 2019 gilt closed just under two points lower.",
        "Oat futures closed below 2 dlrs a bushel for the first time.",
        "Deposit rates in Tarvin closed little changed by noon.",
        "Tarvin oat futures closed higher again Friday on export talk.",
    };
    expect_no_claim(stories, N_OF(stories), "1991-09-17", CD_CLAIM_EVENT);
}

/* "closing" before a "session" noun of data/ev_close_idioms.tsv is the adjective of a session's
 * end, even after a name, which made it read as a verb: "the Paris closing price". */
static void test_closing_adjective(void **state)
{
    (void)state;
    const char *const stories[] = {
        "The stake was valued at the Paris closing price of 412 francs.",
        "The yen failed to regain Monday's Paris closing level.",
    };
    expect_no_claim(stories, N_OF(stories), "1991-09-17", CD_CLAIM_EVENT);
}

static void test_closures_stay(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"shops", "closed down 30 shops", 10, "The chain", "30 shops"},
        {"piers", "closed 12 piers", 56, NULL, "12 piers"},
    };
    expect_event_roles("The chain closed down 30 shops in May. The port said it closed 12 piers to 14 ferries.",
                       "1991-09-17", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_market_moves),
        cmocka_unit_test(test_closing_adjective),
        cmocka_unit_test(test_closures_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
