/* "close" with a quoted price after it ends a trading session and shuts nothing: the "at" of the
 * level may come after "here", a time and a market's place ("closed in Bergen yesterday at"), the
 * level may be a bid and an offer ("at 6.2150/70"), and a move may be a stock's fraction ("up
 * 2-5/8"). A closure "at" a clock time stays, as does one with an object. */
#include "helpers.h"

static size_t events(const cd_doc *doc)
{
    size_t n, k = 0;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++) k += c[i].kind == CD_CLAIM_EVENT;
    return k;
}

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
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        cd_doc *doc = analyze(none[i], "1988-03-04");
        if (events(doc)) fail_msg("an event in: %s", none[i]);
        cd_doc_free(doc);
    }
}

static void expect_closure(const char *t, const char *text)
{
    cd_doc *doc = analyze(t, "1988-03-04");
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
    expect_closure("Police closed the Brannock Road depot at 4 pm.", "closed the Brannock Road depot");
    expect_closure("The museum closed in May and reopened at 12 sites.", "The museum closed");
    expect_closure("The museum closed in Tarn for repairs at 12 sites.", "The museum closed");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_session_levels),
        cmocka_unit_test(test_closures_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
