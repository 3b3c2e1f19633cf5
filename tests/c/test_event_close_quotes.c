/* "close" with a quoted price after it ends a trading session and shuts nothing: the "at" of the
 * level may come after "here", a time and a market's place ("closed in Bergen yesterday at"), the
 * level may be a bid and an offer ("at 6.2150/70"), and a move may be a stock's fraction ("up
 * 2-5/8"). A closure "at" a clock time stays, as does one with an object. */
#include "helpers.h"

static void test_session_levels(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Norvik shares closed in Bergen yesterday at 41.75 crowns.",
        "The krone had closed here at 6.2150/70 against the mark.",
        "Halvard stock closed up 2-5/8 at 33-1/8 in busy trading.",
        "Tessel closed on the Lyon bourse on Monday at 2,310 francs.",
        "The stock closed down 3/4 after the report.",
    };
    expect_no_claim(none, N_OF(none), "1988-03-04", CD_CLAIM_EVENT);
}

static void test_closures_stay(void **state)
{
    (void)state;
    expect_one_event("1988-03-04", "close", "Police closed the Brannock Road depot at 4 pm.",
                     "closed the Brannock Road depot");
    expect_one_event("1988-03-04", "close", "The museum closed in May and reopened at 12 sites.", "The museum closed");
    expect_one_event("1988-03-04", "close", "The museum closed in Tarn for repairs at 12 sites.", "The museum closed");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_session_levels),
        cmocka_unit_test(test_closures_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
