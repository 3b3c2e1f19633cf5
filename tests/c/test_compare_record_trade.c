/* "record" right before a noun of the music trade is the disc, not a record set: "record labels",
 * "a record company boss", "record shops". A record figure or a record noun stays a claim. */
#include "helpers.h"

static void test_music_trade(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Small record labels in Tovia want fairer download fees.",
        "The singer met a record company boss in Lisbon on Monday.",
        "Two record shops on Quill Street shut their doors after Easter.",
        "Record producer Ansel Brack signed the band in 1999.",
    };
    expect_no_claim(none, N_OF(none), "2005-03-01", CD_CLAIM_COMPARISON);
}

static void test_records_stay(void **state)
{
    (void)state;
    const char *t = "Harbin Foods posted record profits of 41 mln dlrs.";
    cd_doc *doc = analyze(t, "2005-03-01");
    assert_int_equal(count_claims(doc, CD_CLAIM_COMPARISON), 1);
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
