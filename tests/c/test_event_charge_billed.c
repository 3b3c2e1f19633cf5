/* "charge" that bills or books a sum, or takes control, accuses nobody: "took charge of", "fees
 * charged", "the rate it charges", "would be charged 9.40 dlrs", "a charge against earnings",
 * "charged off". An accusation stays, also when an agency named like a fee brings it. */
#include "helpers.h"

static void test_sums_and_control(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Odile Marsan took charge of the Harwick squad in 1998.",
        "The minister took personal charge of the flood response.",
        "Tolls charged by the bridge company rose again.",
        "Kestrel Bank will cut the rate it charges on card balances.",
        "Its Baltic buyers would be charged 9.40 dlrs per tonne.",
        "Farrow expects a 3 mln dlr charge against earnings this quarter.",
        "The costs will be charged against third quarter results.",
        "The bank had charged off about 6 mln dlrs in farm loans.",
        "Halvern Corp said it charged an extra 1.5 mln dlrs in losses to expenses.",
        "Tarrow Oil charged the 40 mln dlrs of write-downs to its reserves.",
        "The notes are secured by a charge on 30 mln dlrs of the bonds.",
    };
    expect_no_claim(none, N_OF(none), "1990-02-12", CD_CLAIM_EVENT);
}

static void test_accusations_stay(void **state)
{
    (void)state;
    expect_one_event("1990-02-12", "charge", "The Tariff Board charged Delmont Freight with fraud.",
                     "charged Delmont Freight");
    expect_one_event("1990-02-12", "charge", "Prosecutors dropped the charges against the coach.",
                     "charges against the coach");
    expect_one_event("1990-02-12", "charge", "Police charged a further 12 men with rioting.",
                     "charged a further 12 men");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sums_and_control),
        cmocka_unit_test(test_accusations_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
