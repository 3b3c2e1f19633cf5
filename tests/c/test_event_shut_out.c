/* "shut out" and "shut up" keep someone out or quiet and shut no place; "shut up shop" and "shut
 * down" close something and stay events. */
#include "helpers.h"

static void test_kept_out(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Brevik tried to shut out smaller rivals from the tender.",
        "Small growers have been shut out by the new quota.",
        "The chairman told the delegates to shut up.",
    };
    expect_no_claim(none, N_OF(none), "2001-03-19", CD_CLAIM_EVENT);
}

static void test_closures_stay(void **state)
{
    (void)state;
    expect_one_event("2001-03-19", "shut", "Orlen Tools shut down its Varna plant in May.",
                     "shut down its Varna plant");
    expect_one_event("2001-03-19", "shut", "Lorne Bakeries will shut up shop in June.", "shut up shop");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kept_out),
        cmocka_unit_test(test_closures_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
