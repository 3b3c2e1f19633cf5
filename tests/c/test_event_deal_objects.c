/* "close" with a deal as its object, or after its "on" or "of", completes the deal: "closed the
 * sale", "closed on a loan", "the closing of the merger" shut nothing. A loan that closes is a deal
 * too (data/ev_deal_nouns.tsv), but not the loan of a "savings and loan" or of a bank's name. */
#include "helpers.h"

static void test_deals_completed(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Marrow Foods said it closed the previously agreed sale of its dairy unit.",
        "Kelbrook said it has closed on a 750,000 dlr bridge loan.",
        "Tarvel closed on its long-term 2.5 mln dlr construction loan.",
        "The closing of the merger is expected in May.",
        "Home loans closed by lenders in June totaled 4.1 billion dlrs.",
        "VESTRA CLOSES STOCK SALE",
    };
    expect_no_claim(none, N_OF(none), "1991-07-15", CD_CLAIM_EVENT);
}

static void test_closures_stay(void **state)
{
    (void)state;
    expect_one_event("1991-07-15", "close", "Police closed the depot after the sale.", "closed the depot");
    expect_one_event("1991-07-15", "close", "It was the ninth savings and loan to be closed by regulators.",
                     "closed by regulators");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_deals_completed),
        cmocka_unit_test(test_closures_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
