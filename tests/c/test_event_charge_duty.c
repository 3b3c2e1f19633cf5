/* "charge" that hands someone a duty ("charged with overseeing", "charged with the task of") or
 * names a feeling ("an emotionally charged ballad", "charged politically") accuses nobody. An
 * accusation stays, with a crime's verb after "with" or an unlisted adverb before it. */
#include "helpers.h"

static size_t events(const cd_doc *doc)
{
    size_t n, k = 0;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++) k += c[i].kind == CD_CLAIM_EVENT;
    return k;
}

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
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        cd_doc *doc = analyze(none[i], "1990-02-12");
        if (events(doc)) fail_msg("an event in: %s", none[i]);
        cd_doc_free(doc);
    }
}

static void expect_charge(const char *t, const char *text)
{
    cd_doc *doc = analyze(t, "1990-02-12");
    assert_int_equal(events(doc), 1);
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, text);
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, text));
    assert_int_equal(c->span.stop, offset_of(t, text) + strlen(text));
    assert_string_equal(c->event.action, "charge");
    cd_doc_free(doc);
}

static void test_accusations_stay(void **state)
{
    (void)state;
    expect_charge("Two Tarrow clerks were charged with faking the ledger.", "Two Tarrow clerks were charged");
    expect_charge("The Quay Board charged Lomax Shipping with breaking port rules.", "charged Lomax Shipping");
    expect_charge("Both riders were jointly charged with doping offences.", "Both riders were jointly charged");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_duties_and_moods),
        cmocka_unit_test(test_accusations_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
