/* "charge" that hands someone a duty ("charged with overseeing", "charged with the task of") or
 * names a feeling ("an emotionally charged ballad", "charged politically") accuses nobody. An
 * accusation stays, with a crime's verb after "with" or an unlisted adverb before it. */
#include "helpers.h"

static void test_duties_and_moods(void **state)
{
    (void)state;
    static const char *const none[] = {
        "The Ombra panel is charged with overseeing the harbour audit.",
        "Lawmakers charged the new fares board with reviewing bus prices.",
        "A small group of envoys was charged with the task of drafting rules.",
        "Velt played an emotionally charged ballad at the end of her set.",
        "The quarterly jobs figures are very charged politically, she said.",
    };
    expect_no_claim(none, N_OF(none), "1990-02-12", CD_CLAIM_EVENT);
}

static void test_accusations_stay(void **state)
{
    (void)state;
    expect_one_event("1990-02-12", "charge", "Two Tarrow clerks were charged with faking the ledger.",
                     "Two Tarrow clerks were charged");
    expect_one_event("1990-02-12", "charge", "The Quay Board charged Lomax Shipping with breaking port rules.",
                     "charged Lomax Shipping");
    expect_one_event("1990-02-12", "charge", "Both riders were jointly charged with doping offences.",
                     "Both riders were jointly charged");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_duties_and_moods),
        cmocka_unit_test(test_accusations_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
