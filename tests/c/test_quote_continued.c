/* A quote that opens a sentence within CONTINUED_SENTENCES sentences after an attributed quote,
 * with no other person named between, goes on with that quote's speaker (named or not): BBC joins
 * a story's paragraphs with a space, so the quote need not open a paragraph. A quote after another
 * person is named, a quote too far on, and a story's first quote keep no speaker. */
#include "helpers.h"

#define FALL "\"We expect prices to fall sharply next year.\""

static void test_continued_quote_gets_speaker(void **state)
{
    (void)state;
    /* the next paragraph, a sentence between */
    expect_quote_claim("David Frost said: \"The outlook is uncertain for exporters.\"\n\n"
                 "The chamber surveyed exporters in the spring. " FALL,
                 FALL, "David Frost", 0);
    /* two sentences between, the speaker named again in one */
    expect_quote_claim("David Frost said: \"The outlook is uncertain for exporters.\" The chamber surveyed exporters in "
                 "the spring.\n\nFrost has led the chamber since 2001. " FALL,
                 FALL, "David Frost", 0);
    /* a speaker in common nouns: attributed, to nobody named */
    expect_quote_claim("\"Internal conditions are likely to remain unfavourable,\" the hospital said. "
                 "Exports fell in May. " FALL,
                 FALL, NULL, 0);
    /* a body's noun (data/quote_org_kinds.tsv), no body of its kind named: the noun is the speaker */
    expect_quote_claim("\"Internal conditions are likely to remain unfavourable,\" the ministry said. "
                 "Exports fell in May. " FALL,
                 FALL, "ministry", 0);
    /* a person noun heads the description: it is the speaker (data/person_nouns.tsv) */
    expect_quote_claim("\"Internal conditions are likely to remain unfavourable,\" said the Sale player. " FALL, FALL,
                 "Sale player", 0);
}

static void test_other_person_or_too_far_keeps_no_speaker(void **state)
{
    (void)state;
    /* another person named between */
    expect_quote_claim("David Frost said: \"The outlook is uncertain for exporters.\"\n\n"
                 "His rival Ann Lee disagreed with the forecast. " FALL,
                 FALL, NULL, 1);
    /* not the hospital's: the sentence before names Ann Lee alone, its subject (test_quotes_context.c) */
    expect_quote_claim("\"Internal conditions are likely to remain unfavourable,\" the hospital said. "
                 "Ann Lee disagreed with the forecast. " FALL,
                 FALL, "Ann Lee", 0);
    /* five sentences later */
    expect_quote_claim("David Frost said: \"The outlook is uncertain for exporters.\"\n\n"
                 "The chamber surveyed exporters in the spring. Sales fell in May. Stocks rose in June. "
                 "Exports fell in July. " FALL,
                 FALL, NULL, 1);
    /* a story's first quote */
    expect_quote_claim("The chamber surveyed exporters in the spring. " FALL " Sales fell in May.", FALL, NULL, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_continued_quote_gets_speaker),
        cmocka_unit_test(test_other_person_or_too_far_keeps_no_speaker),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
