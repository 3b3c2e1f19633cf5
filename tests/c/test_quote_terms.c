/* A quoted term is no full quote to attribute: a few words after an article ('the "Rural Water
 * Reserve fund" - money set aside', 'A "Home Loan refund wizard" was') stay a partial quote with
 * no unattributed-quote finding; a name named before it ('a fare named "..."', 'billed as "..."',
 * 'the old maxim: "..."', 'the theme "..."') is no quote at all. */
#include "helpers.h"

static void test_term_after_article(void **state)
{
    (void)state;
    const char *t = "And the plan leans on the \"Rural Water Reserve fund\" - money set aside for dry years.";
    expect_quote_claim(t, "\"Rural Water Reserve fund\"", NULL, 0);
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, "Rural Water");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "\"Rural"));
    assert_int_equal(c->span.stop, offset_of(t, " - money"));
    cd_doc_free(doc);
    expect_quote_claim("A \"Home Loan refund wizard\" was meant to let buyers claim back their fees.",
                       "\"Home Loan refund wizard\"", NULL, 0);
    /* a sentence of its own after the article is speech, and needs its speaker */
    expect_quote_claim("Rain fell. Then came the \"Nobody here will ever pay that toll.\"",
                       "\"Nobody here will ever pay that toll.\"", NULL, 1);
}

static void test_named_is_no_quote(void **state)
{
    (void)state;
    static const char *const names[] = {
        "The airline's offer, named \"Sunny island saver fares,\" starts in May.",
        "The charity match, billed as \"Old boys against the new stars\", will go ahead.",
        "Voters may bear out the old maxim: \"No pain for the party, no gain.\"",
        "The show revolves around the theme \"Light is what we make of it\" this year.",
    };
    size_t bad = 0;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        cd_doc *doc = analyze(names[i], NULL);
        size_t n = 0, quotes = 0;
        const cd_claim *claims = cd_doc_claims(doc, &n);
        for (size_t k = 0; k < n; k++) quotes += claims[k].kind == CD_CLAIM_QUOTE;
        if (quotes || count_findings(doc, "unattributed-quote")) {
            print_message("a quote claim or finding in: %s\n", names[i]);
            bad++;
        }
        cd_doc_free(doc);
    }
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_term_after_article),
        cmocka_unit_test(test_named_is_no_quote),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
