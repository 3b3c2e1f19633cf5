/* Speech verbs of several words: "points out" and "pointed out" report a clause and attribute a
 * quote ('"...," points out Steve Cram', 'he pointed out that, "..."'), though a clause after them
 * must be announced, as they take an object ("pointed out the risks of a ban" reports nothing); and
 * the inverted attribution to an unnamed speaker, '"...," came the response'. */
#include "helpers.h"

/* The indirect quote of t spans [start, end) (the text at `start`, up to the text at `end`) with
 * `speaker`; `start` NULL: t has no indirect quote. */
static void expect_indirect(const char *t, const char *start, const char *end, const char *speaker)
{
    cd_doc *doc = analyze(t, NULL);
    size_t n = 0;
    const cd_claim *claims = cd_doc_claims(doc, &n), *c = NULL;
    for (size_t i = 0; i < n; i++)
        if (claims[i].kind == CD_CLAIM_QUOTE && !claims[i].quote.direct) c = &claims[i];
    if (!start) {
        if (c) fail_msg("an indirect quote at %u in: %s", c->span.start, t);
    } else {
        if (!c) fail_msg("no indirect quote in: %s", t);
        assert_int_equal(c->span.start, offset_of(t, start));
        assert_int_equal(c->span.stop, offset_of(t, end));
        if (!same_text(c->quote.speaker, speaker))
            fail_msg("speaker %s (want %s) in: %s", or_null(c->quote.speaker), or_null(speaker), t);
    }
    cd_doc_free(doc);
}

static void test_points_out_attributes_a_quote(void **state)
{
    (void)state;
    const char *t = "\"It is far easier to be the champion than to train to get there,\" points out Steve Ovett.";
    expect_quote_speaker(t, "\"It is", "Steve Ovett");
    t = "Baker on the budget\n\nSenator Howard Baker met the budget committee on Monday.\n\nSpeaking to reporters, he "
        "pointed out that, \"The governor sets the course. I run the office. Her plan is my plan.\"";
    expect_quote_speaker(t, "\"The governor", "Howard Baker");
}

static void test_pointed_out_reports_a_clause(void **state)
{
    (void)state;
    const char *t = "Jack Sandner pointed out that the board already approved a partial ban on dual trading.";
    expect_indirect(t, "the board", ".", "Jack Sandner");
    t = "The lukewarm reception to new issues by investors has hurt sales, traders pointed out.";
    expect_indirect(t, "The lukewarm", ", traders", "traders");
    t = "Richard Hughes also points out conditions in Melbourne should suit her better.";
    expect_indirect(t, "conditions", ".", "Richard Hughes");
    /* an object, no clause */
    expect_indirect("Jack Sandner pointed out the risks of a ban on dual trading.", NULL, NULL, NULL);
    expect_indirect("Finally, looking ahead, Thomas Melzer pointed out the risk of a further rise in "
                    "wage demands.",
                    NULL, NULL, NULL);
}

static void test_came_the_response(void **state)
{
    (void)state;
    expect_quote_speaker("\"Oh no Sam don't touch that,\" came the response.", "\"Oh no", NULL);
    expect_quote_speaker("\"We will see you in court next week,\" came the reply from the other side.", "\"We will",
                         NULL);
    /* the words alone attribute no quote */
    expect_findings_at("The forecast came the day after. \"We will see you in court next week about this.\"",
                       "unattributed-quote", 1, "\"We will");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_points_out_attributes_a_quote),
        cmocka_unit_test(test_pointed_out_reports_a_clause),
        cmocka_unit_test(test_came_the_response),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
