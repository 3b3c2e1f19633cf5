/* "close" on, off, at, above, below or near a session's high, low or record ends trading and shuts
 * nothing (data/ev_session_marks.tsv); nor "closed off 5/8" (a price's move), nor a headline's
 * "CLOSE SHARPLY LOWER". A closure at a place named with such a word, or off a road, stays. */
#include "helpers.h"

static size_t events(const cd_doc *doc)
{
    size_t n, k = 0;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++) k += c[i].kind == CD_CLAIM_EVENT;
    return k;
}

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
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        cd_doc *doc = analyze(none[i], "1993-05-10");
        if (events(doc)) fail_msg("an event in: %s", none[i]);
        cd_doc_free(doc);
    }
}

static void expect_closure(const char *t, const char *text)
{
    cd_doc *doc = analyze(t, "1993-05-10");
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
    expect_closure("The road closed at the high school.", "The road closed");
    expect_closure("Wardens closed off two lanes of the Tarn bridge.", "Wardens closed");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_session_ends),
        cmocka_unit_test(test_closures_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
