/* "record" right before a noun of the music trade is the disc, not a record set: "record labels",
 * "a record company boss", "record shops". A record figure or a record noun stays a claim. */
#include "helpers.h"

static size_t comparisons(const cd_doc *doc)
{
    size_t n, k = 0;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++) k += c[i].kind == CD_CLAIM_COMPARISON;
    return k;
}

static void test_music_trade(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Small record labels in Tovia want fairer download fees.",
        "The singer met a record company boss in Lisbon on Monday.",
        "Two record shops on Quill Street shut their doors after Easter.",
        "Record producer Ansel Brack signed the band in 1999.",
    };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        cd_doc *doc = analyze(none[i], "2005-03-01");
        if (comparisons(doc)) fail_msg("a comparison in: %s", none[i]);
        cd_doc_free(doc);
    }
}

static void test_records_stay(void **state)
{
    (void)state;
    const char *t = "Harbin Foods posted record profits of 41 mln dlrs.";
    cd_doc *doc = analyze(t, "2005-03-01");
    assert_int_equal(comparisons(doc), 1);
    const cd_claim *c = find_claim(doc, CD_CLAIM_COMPARISON, "record");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "record profits of 41 mln dlrs"));
    assert_int_equal(c->span.stop, offset_of(t, "record profits of 41 mln dlrs") + strlen("record profits of 41 mln dlrs"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_music_trade),
        cmocka_unit_test(test_records_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
