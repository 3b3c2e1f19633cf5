/* unattributed-quote: a quote whose speaker is described in common nouns after a determiner ("the
 * ministry said", "said the radio station", "the defender told The Guardian") is attributed, though
 * no speaker is named; a quote with no speech verb beside it, or a new sentence after it, is not. */
#include "helpers.h"

static void expect_unattributed(const char *t, size_t want)
{
    cd_doc *doc = analyze(t, NULL);
    size_t got = count_findings(doc, "unattributed-quote");
    if (got != want) fail_msg("%zu unattributed-quote findings (want %zu) in: %s", got, want, t);
    if (want) assert_int_equal(find_finding(doc, "unattributed-quote")->span.start, offset_of(t, "\""));
    cd_doc_free(doc);
}

static void test_described_speaker_no_finding(void **state)
{
    (void)state;
    expect_unattributed("\"Poorer regions are closing the gap with the wealthy ones,\" the report said.", 0);
    expect_unattributed("\"Internal conditions are likely to remain unfavourable,\" the ministry said in a statement.", 0);
    expect_unattributed("\"Everyone agrees that she is simply irreplaceable,\" said the radio station.", 0);
    expect_unattributed("\"It always feels more heated against Rovers,\" the defender told The Guardian.", 0);
    expect_unattributed("\"We remain a long way apart on pay,\" a union spokesman said.", 0);
    expect_unattributed("\"We are holding off until prices pick up,\" an unnamed Chilean dealer told the agency.",
                        0);
    expect_unattributed("\"The board's plan assumptions are aggressive,\" the board's statement said.", 0);
}

static void test_no_speaker_fires(void **state)
{
    (void)state;
    expect_unattributed("\"Poorer regions are closing the gap with the wealthy ones.\" The report said prices rose.", 1);
    expect_unattributed("\"Poorer regions are closing the gap with the wealthy ones,\" and then the talks ended.", 1);
    /* a clause ("would be"), not a speaker phrase: test_quotes_phrase.c reads "the 28-year-old said" */
    expect_unattributed("\"Poorer regions are closing the gap with the wealthy ones,\" the 12 talks would be said to "
                        "show.",
                        1);
}

static void test_named_speaker_kept(void **state)
{
    (void)state;
    const char *t = "\"Poorer regions are closing the gap with the wealthy ones,\" said Ann Lee, the minister.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, "Poorer");
    assert_non_null(c);
    assert_string_equal(c->quote.speaker, "Ann Lee");
    assert_int_equal(count_findings(doc, "unattributed-quote"), 0);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_described_speaker_no_finding),
        cmocka_unit_test(test_no_speaker_fires),
        cmocka_unit_test(test_named_speaker_kept),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
