/* "close" with a deal as its object, or after its "on" or "of", completes the deal: "closed the
 * sale", "closed on a loan", "the closing of the merger" shut nothing. A loan that closes is a deal
 * too (data/ev_deal_nouns.tsv), but not the loan of a "savings and loan" or of a bank's name. */
#include "helpers.h"

static size_t events(const cd_doc *doc)
{
    size_t n, k = 0;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++) k += c[i].kind == CD_CLAIM_EVENT;
    return k;
}

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
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        cd_doc *doc = analyze(none[i], "1991-07-15");
        if (events(doc)) fail_msg("an event in: %s", none[i]);
        cd_doc_free(doc);
    }
}

static void expect_closure(const char *t, const char *text)
{
    cd_doc *doc = analyze(t, "1991-07-15");
    assert_int_equal(events(doc), 1);
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, text);
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, text));
    assert_int_equal(c->span.stop, offset_of(t, text) + strlen(text));
    assert_string_equal(c->event.action, "close");
    cd_doc_free(doc);
}

static void test_closures_stay(void **state)
{
    (void)state;
    expect_closure("Police closed the depot after the sale.", "closed the depot");
    expect_closure("It was the ninth savings and loan to be closed by regulators.", "closed by regulators");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_deals_completed),
        cmocka_unit_test(test_closures_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
