/* "CLAUSE, the <noun> said" when the story named no organisation of the noun's kind before the
 * sentence: the first of its kind the sentence names (for "the company", only one that opens the
 * sentence: one further in is the clause's object); with none, the bank that spoke last by a firm's
 * name (a bank is a firm), or the agency by a name that says no kind (an agency is no company); a
 * union is no firm. "a spokesman for the Bank said": the body is where the speaker works, not who speaks. */
#include "helpers.h"

/* The quote claim spanning bytes [start, stop) of t has `speaker`. */
static void expect_speaker_at(const char *t, size_t start, size_t stop, const char *speaker)
{
    cd_doc *doc = analyze(t, NULL);
    size_t n = 0;
    const cd_claim *c = cd_doc_claims(doc, &n), *q = NULL;
    for (size_t i = 0; i < n; i++)
        if (c[i].kind == CD_CLAIM_QUOTE && c[i].span.start == start && c[i].span.stop == stop) q = &c[i];
    if (!q) fail_msg("no quote claim at %zu-%zu in: %s", start, stop, t);
    if (!same_text(q->quote.speaker, speaker))
        fail_msg("speaker '%s' (want '%s') in: %s", or_null(q->quote.speaker), or_null(speaker), t);
    cd_doc_free(doc);
}

static void test_the_body_the_sentence_names(void **state)
{
    (void)state;
    expect_only_quote_at("Tolland Mills Inc expects its profit to rise 10 pct this year, the company said.", 0, 61,
                         "Tolland Mills Inc");
    expect_only_quote_at("Yields on notes issued by the Tolland Central Bank rose to 6 pct, the bank said.", 0, 64,
                         "Tolland Central Bank");
    expect_only_quote_at("Ann Kay, a former director of Zeta Corp, joined the board, the company said.", 0, 57, "company");
}

/* A sentence whose subject is "the" and a body's noun of the speaker's kind, named nowhere: the
 * speaker is that body, not one its clause names later; a named subject is still found. */
static void test_an_unnamed_body_as_subject(void **state)
{
    (void)state;
    expect_only_quote_at("The state bank lent 40 mln dlrs to Orvale Savings Bank last week, the bank said.", 0, 64,
                         "bank");
    expect_only_quote_at("The Orvale Savings Bank lent 40 mln dlrs to a state fund last week, the bank said.", 0, 66,
                         "Orvale Savings Bank");
}

static void test_the_firm_that_spoke(void **state)
{
    (void)state;
    expect_speaker_at("Tolland Banking Corp said it will sell 50 mln dlrs of notes. The notes will pay 6 pct a year, "
                      "the bank said.",
                      61, 92, "Tolland Banking Corp");
    expect_speaker_at("The TBA said it cut the fees of two firms. Fees will fall 20 pct next year, the agency said.", 43,
                      74, "TBA");
    /* an agency's words are no company's */
    expect_speaker_at("Harrow Ratings Inc said it cut the ratings of two firms. Sales at both fell 20 pct last year, "
                      "the rating agency said.",
                      57, 92, "rating agency");
    expect_speaker_at("Tolland Steel Corp said it will close a plant. Orders fell 10 pct in May, the union said.", 47, 72,
                      "union");
}

static void test_a_spokesman_for_the_body(void **state)
{
    (void)state;
    expect_only_quote_at("The Tolland Bank will repay two bond issues in July, a spokesman for the Bank said.", 0, 51,
                         "spokesman for the Bank");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_body_the_sentence_names),
        cmocka_unit_test(test_an_unnamed_body_as_subject),
        cmocka_unit_test(test_the_firm_that_spoke),
        cmocka_unit_test(test_a_spokesman_for_the_body),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
