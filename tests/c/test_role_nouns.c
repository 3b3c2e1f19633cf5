/* Plural role nouns ("Analysts", "Dealers", "Bankers", "Traders", "Sources") are groups of unnamed
 * people: one that opens a sentence, or the attribution after a quote's comma, standing alone is no
 * person or organization, and what the group says is attributed to it as a description, as the
 * lower-case "analysts said" and "officials said" are. Before a capitalized word a role noun may
 * start a name: "Bankers Trust Co", "Traders Inc", "Dealers Association" stay organizations. */
#include "helpers.h"

/* Whether any entity starts at the first `word` of t. */
static int entity_starts_at(const cd_doc *doc, const char *t, const char *word)
{
    return entity_starting_at(doc, offset_of(t, word)) != NULL;
}

/* The quote claim (direct or indirect) whose span is exactly `text`; fails when none. */
static const cd_claim *quote_claim(const cd_doc *doc, const char *t, const char *text, int direct)
{
    size_t n, start = offset_of(t, text);
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].kind == CD_CLAIM_QUOTE && c[i].quote.direct == direct && c[i].span.start == start &&
            c[i].span.stop == start + strlen(text))
            return &c[i];
    fail_msg("no %s quote '%s'", direct ? "direct" : "indirect", text);
    return NULL;
}

static void test_role_noun_opening_a_sentence_is_no_name(void **state)
{
    (void)state;
    const char *t = "Dealers said the dollar was firmer in thin trading. Analysts expect the Bank of Japan to "
                    "cut its discount rate. Sources close to the talks said no deal was near.";
    cd_doc *doc = analyze(t, "1987-03-02");
    assert_false(entity_starts_at(doc, t, "Dealers"));
    assert_false(entity_starts_at(doc, t, "Analysts"));
    assert_false(entity_starts_at(doc, t, "Sources"));
    find_entity_span(doc, t, "Bank of Japan", 0); /* fails when none */
    const cd_claim *q = quote_claim(doc, t, "the dollar was firmer in thin trading", 0);
    assert_string_equal(q->quote.speaker, "Dealers");
    cd_doc_free(doc);
}

static void test_role_noun_after_a_quote_is_the_group(void **state)
{
    (void)state;
    const char *t = "Prices fell.\n\n\"The market is very nervous,\" Analysts said.\n\n"
                    "\"We expect a cut,\" economists said.";
    cd_doc *doc = analyze(t, NULL);
    assert_false(entity_starts_at(doc, t, "Analysts"));
    assert_string_equal(quote_claim(doc, t, "\"The market is very nervous,\"", 1)->quote.speaker, "Analysts");
    assert_string_equal(quote_claim(doc, t, "\"We expect a cut,\"", 1)->quote.speaker, "economists");
    assert_int_equal(count_findings(doc, "unattributed-quote"), 0);
    cd_doc_free(doc);
}

/* "analysts said" reports speech as "officials said" does; a place after the group is where it is. */
static void test_lower_case_group_reports_speech(void **state)
{
    (void)state;
    const char *t = "The dollar fell sharply in Tokyo, dealers said. Merrill Lynch analysts said the yen "
                    "would rise further. Traders in London said the Bank of England had called round.";
    cd_doc *doc = analyze(t, NULL);
    assert_string_equal(quote_claim(doc, t, "The dollar fell sharply in Tokyo", 0)->quote.speaker, "dealers");
    assert_string_equal(quote_claim(doc, t, "the yen would rise further", 0)->quote.speaker, "Merrill Lynch analysts");
    /* where the group is ("in London") is not who speaks */
    assert_string_equal(quote_claim(doc, t, "the Bank of England had called round", 0)->quote.speaker,
                        "Traders in London");
    cd_doc_free(doc);
}

static void test_role_noun_starting_a_name_stays_a_name(void **state)
{
    (void)state;
    const char *t = "Bankers Trust Co said it would raise its prime rate. Traders Inc said profits rose 12 pct. "
                    "Dealers Association members met on Friday.";
    cd_doc *doc = analyze(t, "1987-03-02");
    assert_entity(doc, t, "Bankers Trust Co", 0, "organization", NULL);
    assert_entity(doc, t, "Traders Inc", 0, "organization", NULL);
    assert_entity(doc, t, "Dealers Association", 0, "organization", NULL);
    assert_string_equal(quote_claim(doc, t, "it would raise its prime rate", 0)->quote.speaker, "Bankers Trust Co");
    cd_doc_free(doc);
}

/* A group is no name to be spelled two ways: 'Traders' was read as the surname of "Pamela Travers". */
static void test_role_noun_is_no_name_variant(void **state)
{
    (void)state;
    expect_findings_at("Traders said the pound was firm in early trading.\n\n"
                       "The author Pamela Travers wrote the books in London.",
                       "name-variant", 0, NULL);
}

/* "said the first official. Officials said" ends its sentence: the period of a title's word is no abbreviation's,
 * and the speaker is not run on into the next sentence. */
static void test_title_word_period_ends_the_speaker(void **state)
{
    (void)state;
    const char *t = "\"The two sides will release the ruling together,\" said the first official. "
                    "Officials said they believed the limit was near.";
    cd_doc *doc = analyze(t, NULL);
    assert_string_equal(quote_claim(doc, t, "\"The two sides will release the ruling together,\"", 1)->quote.speaker,
                        "first official");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_noun_opening_a_sentence_is_no_name),
        cmocka_unit_test(test_role_noun_after_a_quote_is_the_group),
        cmocka_unit_test(test_lower_case_group_reports_speech),
        cmocka_unit_test(test_role_noun_starting_a_name_stays_a_name),
        cmocka_unit_test(test_role_noun_is_no_name_variant),
        cmocka_unit_test(test_title_word_period_ends_the_speaker),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
