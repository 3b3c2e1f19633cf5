/* Interview transcripts: a paragraph that opens with a turn's label ("Q:", "A:", "Question:",
 * "Answer:" or a person's name, and a colon) is that person's speech, so a quote inside it is
 * quoted by them and raises no unattributed-quote, under either attribution policy; no speaker is
 * named for it (who said it first is not said); a paragraph opening with a bare colon is a turn
 * whose label was lost. Other labels ("Update:") attribute nothing. */
#include "helpers.h"

static void expect_turn(const char *t, const char *quote, size_t want)
{
    for (int policy = CD_ATTRIBUTION_CONTEXT; policy <= CD_ATTRIBUTION_PARAGRAPH; policy++) {
        cd_options opt = {0};
        opt.attribution = (cd_attribution)policy;
        cd_doc *doc = analyze_opts(t, &opt);
        size_t got = count_findings(doc, "unattributed-quote");
        if (got != want) fail_msg("%zu unattributed-quote findings (want %zu, policy %d) in: %s", got, want, policy, t);
        if (want) assert_int_equal(find_finding(doc, "unattributed-quote")->span.start, offset_of(t, quote));
        size_t n = 0, at = offset_of(t, quote), found = 0;
        const cd_claim *c = cd_doc_claims(doc, &n);
        for (size_t i = 0; i < n; i++)
            if (c[i].kind == CD_CLAIM_QUOTE && c[i].span.start == at) {
                found = 1;
                assert_null(c[i].quote.speaker);
            }
        if (!found) fail_msg("no quote claim at %zu in: %s", at, t);
        cd_doc_free(doc);
    }
}

static void test_quote_in_an_answer(void **state)
{
    (void)state;
    expect_turn("Q: What book changed how you work?\n\nA: I use a guide by Mara Ellison. One of its rules, \"Do "
                "the hard thing first\", keeps the most urgent things at the top of the list.\n",
                "\"Do", 0);
    expect_turn("Question: \"Is the Pope a Catholic?\" is what you said last time. Do you stand by it?\n", "\"Is the", 0);
    expect_turn("Michael Howard was interviewed on Newsnight.\n\nJeremy Paxman: Your slogan was \"Are you thinking "
                "what we are thinking?\" Was that fair?\n",
                "\"Are you", 0);
}

/* a paragraph opening with the colon of a label the page lost: a turn all the same */
static void test_label_lost(void **state)
{
    (void)state;
    expect_turn("Nina Vale managed the band for a decade.\n\n: \"I first met them at a pub gig in Hull and signed "
                "them that week.\"\n",
                "\"I first", 0);
    /* a colon inside a paragraph is no turn */
    expect_turn("Nina Vale managed the band for a decade.\n\nThe plan was simple: \"Sign them that week and tour "
                "the north.\"\n",
                "\"Sign them", 1);
}

static void test_other_labels(void **state)
{
    (void)state;
    expect_turn("Update: \"We will cut taxes when we can afford it and not before.\"\n", "\"We will", 1);
    expect_turn("The council met.\n\nThe question: \"Should the United Kingdom approve the treaty?\"\n", "\"Should", 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quote_in_an_answer),
        cmocka_unit_test(test_label_lost),
        cmocka_unit_test(test_other_labels),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
