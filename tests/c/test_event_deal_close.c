/* "close" with a deal or an offer as its subject completes the deal or ends the offer's term
 * (data/ev_deal_nouns.tsv): no closure event. Nor "the Oslo close" (a market's end of day) or
 * "close in on". A deal that closes plants, a plant that closes, an exchange that closes: events. */
#include "helpers.h"

static void test_deals_and_offers_close(void **state)
{
    (void)state;
    static const char *const none[] = {
        "The Halvek transaction is expected to close in April.",
        "Norvo said it expects the sale to close within weeks.",
        "The offer, scheduled to close May 7, was raised.",
        "Subscriptions close March 18 and payment is due April 2.",
        "The krone ended at 6.12 against 6.10 at the Oslo close.",
        "Traders said the mark could close in on 0.57 next week.",
        "The Halvek merger has been cleared by the Tarn regulators and is expected to close in May.",
        "The Orwick sale, which needs the board's approval, is due to close in June.",
        "The note issue opened on Monday and will close when fully subscribed.",
    };
    expect_no_claim(none, N_OF(none), "1989-06-02", CD_CLAIM_EVENT);
}

/* The closure's span, where one stays. */
static void expect_closure(const char *t, const char *from, const char *text)
{
    cd_doc *doc = analyze(t, "1989-06-02");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 1);
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, text);
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, from));
    assert_int_equal(c->span.stop, offset_of(t, text) + strlen(text));
    assert_string_equal(c->event.action, "close");
    cd_doc_free(doc);
}

static void test_closures_stay(void **state)
{
    (void)state;
    expect_closure("The merger will close three mills in Tarn.", "close", "close three mills");
    expect_closure("The Tarn mill will close in June.", "close", "close");
    expect_closure("After the sale was agreed, the Tarn mill will close in June.", "close", "close");
    expect_closure("The Halden Grain Exchange closed for the holiday.", "Halden Grain Exchange",
                   "Halden Grain Exchange closed");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_deals_and_offers_close),
        cmocka_unit_test(test_closures_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
