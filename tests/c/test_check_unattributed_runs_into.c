/* unattributed-quote: only a quote that opens its sentence, or follows a colon, stands with no
 * one's name to it. A quote the writer's sentence runs into (after a word of the sentence or a
 * comma, with no speech verb) is introduced by that sentence, which tells what the words are (a
 * slogan, a question put, a text, a thought): no finding. A quote sentence of its own with no
 * speaker keeps it, as do a quote after a colon that names no one (test_quote_colon_person.c), one
 * after a speech verb with no speaker ('it was said') and whole sentences after an article. */
#include "helpers.h"

#define RULE "unattributed-quote"

static void expect_none(const char *t)
{
    expect_findings_at(t, RULE, 0, NULL);
}

/* The story's one finding: its exact span, from the opening mark to the closing one. */
static void expect_one(const char *t, const char *quote)
{
    cd_doc *doc = analyze(t, NULL);
    if (count_findings(doc, RULE) != 1) fail_msg("%zu %s findings (want 1) in: %s", count_findings(doc, RULE), RULE, t);
    const cd_finding *f = find_finding(doc, RULE);
    assert_int_equal(f->span.start, offset_of(t, quote));
    assert_int_equal(f->span.stop, offset_of(t, quote) + strlen(quote));
    assert_int_equal(f->severity, CD_SEV_WARNING);
    cd_doc_free(doc);
}

static void test_sentence_runs_into_quote(void **state)
{
    (void)state;
    /* the words of a poster, after a word of the sentence */
    expect_none("The party put up a poster of the two leaders under the words \"Who will mind the shop while "
                "they quarrel?\" on Monday.");
    /* a thought, after a comma */
    expect_none("Shoppers will look at the long queue and think, \"There must be a better way to spend a "
                "Saturday.\"");
}

static void test_quote_sentence_keeps_finding(void **state)
{
    (void)state;
    /* the same words as a sentence of their own, after the writer's sentence ends */
    expect_one("The party put up a poster of the two leaders on Monday. \"Who will mind the shop while they "
               "quarrel?\"",
               "\"Who will mind the shop while they quarrel?\"");
    /* after a colon, the quote stands as a statement of its own */
    expect_one("The mood in the dressing room was simple: \"Nobody here wants to lose another final.\"",
               "\"Nobody here wants to lose another final.\"");
    /* a speech verb with no speaker before it: speech, whose is not said */
    expect_one("Fares, it was said, would be \"Far higher than anyone on the council had ever feared.\"",
               "\"Far higher than anyone on the council had ever feared.\"");
    /* whole sentences after an article: speech, not a term */
    expect_one("At the end of the night came the \"We will not give up the fight for the old mill.\"",
               "\"We will not give up the fight for the old mill.\"");
    expect_one("The striker scored twice after the break. \"We held on long enough to take the points though our "
               "opening spell was dreadful.\" The home side stays fourth.",
               "\"We held on long enough to take the points though our opening spell was dreadful.\"");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sentence_runs_into_quote),
        cmocka_unit_test(test_quote_sentence_keeps_finding),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
