/* "close" on, off, at, above, below or near a session's high, low or record ends trading and shuts
 * nothing (data/ev_session_marks.tsv); nor "closed off 5/8" (a price's move), nor a headline's
 * "CLOSE SHARPLY LOWER". A closure at a place named with such a word, or off a road, stays. */
#include "helpers.h"

static void test_session_ends(void **state)
{
    (void)state;
    static const char *const none[] = {
        "VELMARK COPPER FUTURES CLOSE OFF HIGHS",
        "Tin prices rallied to close at an all-time high in busy trade.",
        "Oat futures closed near daily lows after the report.",
        "Arbeck shares closed off 5/8 at 12-1/4.",
        "OSLO BONDS CLOSE SHARPLY LOWER",
    };
    expect_no_claim(none, N_OF(none), "1993-05-10", CD_CLAIM_EVENT);
}

static void test_closures_stay(void **state)
{
    (void)state;
    expect_one_event("1993-05-10", "close", "The road closed at the high school.", "The road closed");
    expect_one_event("1993-05-10", "close", "Wardens closed off two lanes of the Tarn bridge.", "Wardens closed");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_session_ends),
        cmocka_unit_test(test_closures_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
