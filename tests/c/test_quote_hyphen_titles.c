/* A title written with a hyphen ("Vice-President", "Deputy-Mayor", "Vice-chairman") is a word of
 * the speaker phrase as "Vice President" is: the reported clause after or before it is a quote of
 * the person the title names. A hyphen inside a firm's name, with no title on either side, is no
 * title's: the firm's tail alone is never the speaker. */
#include "helpers.h"

static const cd_claim *only_quote(const cd_doc *doc)
{
    size_t n = 0;
    const cd_claim *c = cd_doc_claims(doc, &n), *q = NULL;
    for (size_t i = 0; i < n; i++) {
        if (c[i].kind != CD_CLAIM_QUOTE) continue;
        if (q) fail_msg("two quote claims");
        q = &c[i];
    }
    return q;
}

static void expect_quote_at(const char *t, size_t start, size_t stop, const char *speaker)
{
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *q = only_quote(doc);
    if (!q) fail_msg("no quote claim in: %s", t);
    assert_int_equal(q->span.start, start);
    assert_int_equal(q->span.stop, stop);
    if (!same_text(q->quote.speaker, speaker))
        fail_msg("speaker '%s' (want '%s') in: %s", or_null(q->quote.speaker), or_null(speaker), t);
    cd_doc_free(doc);
}

static void test_title_before_clause(void **state)
{
    (void)state;
    /* "the plant would close next year": bytes 31 to 62 */
    expect_quote_at("Vice-President Nora Quill said the plant would close next year.", 31, 62, "Nora Quill");
    expect_quote_at("Bank Vice-Chairman Ed Moss told reporters the plant would close next year.", 42, 73, "Ed Moss");
    expect_quote_at("Deputy-Mayor Ann Lake said the plant would close next year.", 27, 58, "Ann Lake");
}

static void test_title_after_clause(void **state)
{
    (void)state;
    expect_quote_at("The plant will close next year, Vice-President Ann Lake said.", 0, 30, "Ann Lake");
    expect_quote_at("The mill will shut in May, Vice-premier Tom Hardy told reporters.", 0, 25, "Tom Hardy");
}

static void test_firm_with_hyphen(void **state)
{
    (void)state;
    /* the whole name speaks; its tail after the hyphen never does */
    expect_quote_at("Acme-Pacific Corp said the plant would close next year.", 23, 54, "Acme-Pacific Corp");
    cd_doc *doc = analyze("The plant will close next year, Acme-Pacific Corp said.", NULL);
    const cd_claim *q = only_quote(doc);
    if (q && same_text(q->quote.speaker, "Pacific Corp")) fail_msg("the firm's tail speaks");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_before_clause),
        cmocka_unit_test(test_title_after_clause),
        cmocka_unit_test(test_firm_with_hyphen),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
