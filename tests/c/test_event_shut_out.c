/* "shut out" and "shut up" keep someone out or quiet and shut no place; "shut up shop" and "shut
 * down" close something and stay events. */
#include "helpers.h"

static size_t events(const cd_doc *doc)
{
    size_t n, k = 0;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++) k += c[i].kind == CD_CLAIM_EVENT;
    return k;
}

static void test_kept_out(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Brevik tried to shut out smaller rivals from the tender.",
        "Small growers have been shut out by the new quota.",
        "The chairman told the delegates to shut up.",
    };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        cd_doc *doc = analyze(none[i], "2001-03-19");
        if (events(doc)) fail_msg("an event in: %s", none[i]);
        cd_doc_free(doc);
    }
}

static void expect_shut(const char *t, const char *text)
{
    cd_doc *doc = analyze(t, "2001-03-19");
    assert_int_equal(events(doc), 1);
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, text);
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, text));
    assert_int_equal(c->span.stop, offset_of(t, text) + strlen(text));
    assert_string_equal(c->event.action, "shut");
    cd_doc_free(doc);
}

static void test_closures_stay(void **state)
{
    (void)state;
    expect_shut("Orlen Tools shut down its Varna plant in May.", "shut down its Varna plant");
    expect_shut("Lorne Bakeries will shut up shop in June.", "shut up shop");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kept_out),
        cmocka_unit_test(test_closures_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
