/* A quote that opens a sentence within CONTINUED_SENTENCES sentences after an attributed quote,
 * with no other person named between, goes on with that quote's speaker (named or not): BBC joins
 * a story's paragraphs with a space, so the quote need not open a paragraph. A quote after another
 * person is named, a quote too far on, and a story's first quote keep no speaker. */
#include "helpers.h"

/* The quote claim starting at `quote` (its opening mark) in t: its speaker (NULL: none), its span
 * (the marks included) and the unattributed-quote findings (at the quote). */
static void expect_quote(const char *t, const char *quote, const char *speaker, size_t findings)
{
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, quote + 1);
    if (!c) fail_msg("no quote claim '%s' in: %s", quote, t);
    assert_int_equal(c->span.start, offset_of(t, quote));
    assert_int_equal(c->span.stop, offset_of(t, quote) + strlen(quote));
    if (!same_text(c->quote.speaker, speaker))
        fail_msg("speaker '%s' (want '%s') in: %s", or_null(c->quote.speaker), or_null(speaker), t);
    size_t got = count_findings(doc, "unattributed-quote");
    if (got != findings) fail_msg("%zu unattributed-quote findings (want %zu) in: %s", got, findings, t);
    if (findings) assert_int_equal(find_finding(doc, "unattributed-quote")->span.start, offset_of(t, quote));
    cd_doc_free(doc);
}

#define FALL "\"We expect prices to fall sharply next year.\""

static void test_continued_quote_gets_speaker(void **state)
{
    (void)state;
    /* the next paragraph, a sentence between */
    expect_quote("David Frost said: \"The outlook is uncertain for exporters.\"\n\n"
                 "The chamber surveyed exporters in the spring. " FALL,
                 FALL, "David Frost", 0);
    /* two sentences between, the speaker named again in one */
    expect_quote("David Frost said: \"The outlook is uncertain for exporters.\" The chamber surveyed exporters in "
                 "the spring.\n\nFrost has led the chamber since 2001. " FALL,
                 FALL, "David Frost", 0);
    /* a speaker in common nouns: attributed, to nobody named */
    expect_quote("\"Internal conditions are likely to remain unfavourable,\" the ministry said. "
                 "Exports fell in May. " FALL,
                 FALL, NULL, 0);
    expect_quote("\"Internal conditions are likely to remain unfavourable,\" said the Sale player. " FALL, FALL, NULL,
                 0);
}

static void test_other_person_or_too_far_keeps_no_speaker(void **state)
{
    (void)state;
    /* another person named between */
    expect_quote("David Frost said: \"The outlook is uncertain for exporters.\"\n\n"
                 "His rival Ann Lee disagreed with the forecast. " FALL,
                 FALL, NULL, 1);
    /* not the ministry's: the sentence before names Ann Lee alone, its subject (test_quotes_context.c) */
    expect_quote("\"Internal conditions are likely to remain unfavourable,\" the ministry said. "
                 "Ann Lee disagreed with the forecast. " FALL,
                 FALL, "Ann Lee", 0);
    /* five sentences later */
    expect_quote("David Frost said: \"The outlook is uncertain for exporters.\"\n\n"
                 "The chamber surveyed exporters in the spring. Sales fell in May. Stocks rose in June. "
                 "Exports fell in July. " FALL,
                 FALL, NULL, 1);
    /* a story's first quote */
    expect_quote("The chamber surveyed exporters in the spring. " FALL " Sales fell in May.", FALL, NULL, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_continued_quote_gets_speaker),
        cmocka_unit_test(test_other_person_or_too_far_keeps_no_speaker),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
