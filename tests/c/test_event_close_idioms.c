/* "close" in an idiom of data/ev_close_idioms.tsv shuts nothing: "closed" as an adjective of a
 * door or a session ("behind closed doors", "closed-door talks"), "close the gap", "close their
 * books". A firm that "closed its doors" has shut, as has a depot. */
#include "helpers.h"

static size_t events(const cd_doc *doc)
{
    size_t n, k = 0;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++) k += c[i].kind == CD_CLAIM_EVENT;
    return k;
}

static void test_idioms(void **state)
{
    (void)state;
    static const char *const none[] = {
        "The Varn council met behind closed doors on Monday.",
        "Aides held closed-door talks with the union.",
        "The panel sat in closed session for a week.",
        "Kestel hopes its new line will close the gap on rivals.",
        "Most exporters close their books in March.",
    };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        cd_doc *doc = analyze(none[i], "1996-09-03");
        if (events(doc)) fail_msg("an event in: %s", none[i]);
        cd_doc_free(doc);
    }
}

static void expect_closure(const char *t, const char *text)
{
    cd_doc *doc = analyze(t, "1996-09-03");
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
    expect_closure("The Pellow tannery closed its doors in May.", "closed its doors");
    expect_closure("Wardens closed the door depot on Elm Lane.", "closed the door depot");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_idioms),
        cmocka_unit_test(test_closures_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
