/* The desk's attribution policy (cd_options.attribution). With CD_ATTRIBUTION_CONTEXT (the
 * default) a quote paragraph with no speech verb goes on with the speaker of the paragraph before;
 * with CD_ATTRIBUTION_PARAGRAPH it keeps that speaker but raises unattributed-quote: "quote
 * paragraph has no attribution of its own (speaker from context: Tom Baker)". A quote attributed in
 * its own paragraph (a speech verb, a speaker before a colon, a later sentence of its paragraph, a
 * speaker named in the sentence before it there), a quote continued from the paragraph before
 * (one quote over two paragraphs) and a quote with no speaker at all (its own finding) raise none. */
#include "helpers.h"

static const char BETRAYAL[] = "The council voted on Tuesday to close the Eastside library. Tom Baker, who chairs the "
                               "residents' group, said the vote was a mistake.\n\n"
                               "\xE2\x80\x9CIt\xE2\x80\x99s a betrayal of the east side.\xE2\x80\x9D\n\n"
                               "The library will close in June.\n";

static cd_doc *analyze_policy(const char *t, cd_attribution policy)
{
    cd_options opt = {0};
    opt.attribution = policy;
    return analyze_opts(t, &opt);
}

/* The direct quote that starts at `quote` in t. */
static const cd_claim *quote_at(const cd_doc *doc, const char *t, const char *quote)
{
    size_t n = 0, at = offset_of(t, quote);
    const cd_claim *claims = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (claims[i].kind == CD_CLAIM_QUOTE && claims[i].quote.direct && claims[i].span.start == at) return &claims[i];
    fail_msg("no direct quote at %zu in: %s", at, t);
    return NULL;
}

/* The story's unattributed-quote findings under `policy`: `want` of them, the first at `at` with
 * `message` (when one is wanted). */
static void expect_policy(const char *t, cd_attribution policy, size_t want, const char *at, const char *message)
{
    cd_doc *doc = analyze_policy(t, policy);
    size_t got = count_findings(doc, "unattributed-quote");
    if (got != want) fail_msg("%zu unattributed-quote findings (want %zu) in: %s", got, want, t);
    if (want) {
        const cd_finding *f = find_finding(doc, "unattributed-quote");
        assert_int_equal(f->span.start, offset_of(t, at));
        assert_int_equal(f->severity, CD_SEV_WARNING);
        assert_string_equal(f->message, message);
    }
    cd_doc_free(doc);
}

static void test_context_keeps_the_speaker(void **state)
{
    (void)state;
    cd_doc *doc = analyze_policy(BETRAYAL, CD_ATTRIBUTION_CONTEXT);
    assert_int_equal(count_findings(doc, "unattributed-quote"), 0);
    const cd_claim *c = quote_at(doc, BETRAYAL, "\xE2\x80\x9CIt");
    assert_string_equal(c->quote.speaker, "Tom Baker");
    cd_doc_free(doc);
}

static void test_paragraph_flags_the_quote(void **state)
{
    (void)state;
    cd_doc *doc = analyze_policy(BETRAYAL, CD_ATTRIBUTION_PARAGRAPH);
    assert_int_equal(count_findings(doc, "unattributed-quote"), 1);
    const cd_finding *f = find_finding(doc, "unattributed-quote");
    const char *quote = "\xE2\x80\x9CIt\xE2\x80\x99s a betrayal of the east side.\xE2\x80\x9D";
    assert_int_equal(f->span.start, offset_of(BETRAYAL, quote));
    assert_int_equal(f->span.stop, offset_of(BETRAYAL, quote) + strlen(quote));
    assert_int_equal(f->severity, CD_SEV_WARNING);
    assert_string_equal(f->message, "quote paragraph has no attribution of its own (speaker from context: Tom Baker)");
    /* the speaker still shows */
    assert_string_equal(quote_at(doc, BETRAYAL, "\xE2\x80\x9CIt")->quote.speaker, "Tom Baker");
    cd_doc_free(doc);
    /* the speaker of the sentence just before, in the paragraph before */
    expect_policy("The prices were steep but Ann Lee said it was not deterring shoppers.\n\n\"I have sold quite a lot "
                  "already this week.\"\n",
                  CD_ATTRIBUTION_PARAGRAPH, 1, "\"I have",
                  "quote paragraph has no attribution of its own (speaker from context: Ann Lee)");
    /* attributed before, to nobody named */
    expect_policy("\"We will appeal against the ruling,\" the hospital said.\n\n\"The case is far from over for "
                  "the families.\"\n",
                  CD_ATTRIBUTION_PARAGRAPH, 1, "\"The case",
                  "quote paragraph has no attribution of its own (attributed before, to nobody named)");
    /* a body's noun (data/quote_org_kinds.tsv) with no body of its kind named is itself the speaker */
    expect_policy("\"We will appeal against the ruling,\" the ministry said.\n\n\"The case is far from over for "
                  "the families.\"\n",
                  CD_ATTRIBUTION_PARAGRAPH, 1, "\"The case",
                  "quote paragraph has no attribution of its own (speaker from context: ministry)");
}

static void test_paragraph_own_attribution(void **state)
{
    (void)state;
    static const char *const stories[] = {
        /* a speech verb in its paragraph */
        "Tom Baker said the vote was a mistake.\n\n\"It is a betrayal of the east side,\" he said.\n",
        /* a speaker before a colon */
        "Tom Baker spoke first.\n\nAnn Lee agreed: \"We can build more homes and have better streets.\"\n",
        /* a later sentence of its own paragraph, after a speech verb there */
        "The vote was close.\n\nTom Baker said the vote was a mistake. \"It is a betrayal of the east side.\"\n",
        /* the sentence goes on to its attribution */
        "Tom Baker spoke first.\n\n\"The people here are not buying\" the plan, Ann Lee said at the meeting.\n",
        /* sentences of one quote whose paragraph break was lost, attributed where it closes */
        "Tom Baker said the vote was a mistake.\n\n\"We are angry about the vote. \"We will fight this all the way to the "
        "courts,\" said Ann Lee.\n",
        /* one quote over two paragraphs: attributed once */
        "Tom Baker said: \"We are angry about the vote and the way it was taken.\n\n\"We will fight this all the way "
        "to the courts.\"\n",
    };
    for (size_t i = 0; i < sizeof stories / sizeof *stories; i++)
        expect_policy(stories[i], CD_ATTRIBUTION_PARAGRAPH, 0, NULL, NULL);
}

static void test_unattributed_either_way(void **state)
{
    (void)state;
    const char *t = "The council met on Tuesday.\n\n\"It is a betrayal of the east side.\"\n";
    expect_policy(t, CD_ATTRIBUTION_CONTEXT, 1, "\"It is", "a direct quote with no speaker found");
    expect_policy(t, CD_ATTRIBUTION_PARAGRAPH, 1, "\"It is", "a direct quote with no speaker found");
}

static void test_policy_names(void **state)
{
    (void)state;
    assert_int_equal(cd_attribution_parse("context"), CD_ATTRIBUTION_CONTEXT);
    assert_int_equal(cd_attribution_parse("paragraph"), CD_ATTRIBUTION_PARAGRAPH);
    assert_int_equal(cd_attribution_parse("strict"), -1);
    assert_int_equal(cd_attribution_parse(NULL), -1);
    assert_string_equal(cd_attribution_name(CD_ATTRIBUTION_PARAGRAPH), "paragraph");
    assert_string_equal(cd_attribution_name((cd_attribution)7), "context");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_context_keeps_the_speaker),
        cmocka_unit_test(test_paragraph_flags_the_quote),
        cmocka_unit_test(test_paragraph_own_attribution),
        cmocka_unit_test(test_unattributed_either_way),
        cmocka_unit_test(test_policy_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
