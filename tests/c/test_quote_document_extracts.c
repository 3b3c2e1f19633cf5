/* unattributed-quote: a sentence that says the story gives excerpts of a document ("Below are
 * excerpts from the board's statement.") attributes the quote paragraphs right after it to that
 * document, though no one is named: no finding for them. A quote paragraph after the writer's own
 * words again, one after a sentence that names no document, or after "extracts" of something that is
 * no document, keeps its finding. */
#include "helpers.h"

#define RULE "unattributed-quote"

/* Wire copy: paragraphs set apart by an indent, a quote carried on with an opening mark only. */
static void test_wire_extracts_of_a_statement(void **state)
{
    (void)state;
    expect_findings_at("Below are excerpts from the statement the board issued on Monday.\n"
                       "    \"The board agreed that the plant would stay open for another year and that no\n"
                       "jobs would go.\n"
                       "    \"The board thanked the workers for their patience over the long winter.\"\n"
                       "    \"The board will meet again in June to hear how the new orders have gone.\"\n",
                       RULE, 0, NULL);
}

/* Blank-line paragraphs, announced by a colon. */
static void test_excerpts_of_a_report_after_colon(void **state)
{
    (void)state;
    expect_findings_at("The council met on Monday to hear what went wrong when the river rose last month. Here are "
                       "excerpts of its report on the flooding:\n\n"
                       "\"The drains in the lower town were not cleared in the autumn, as the plan required.\"\n\n"
                       "\"The council should buy two more pumps before the spring rains begin.\"\n",
                       RULE, 0, NULL);
}

/* The excerpts end where the writer's words come back: a quote paragraph after them is someone's. */
static void test_quote_after_the_excerpts_keeps_finding(void **state)
{
    (void)state;
    static const char t[] =
        "The council met on Monday to hear what went wrong when the river rose last month. Here are excerpts "
        "of its report on the flooding:\n\n"
        "\"The drains in the lower town were not cleared in the autumn, as the plan required.\"\n\n"
        "Residents of the lower town met on Tuesday night to discuss the report.\n\n"
        "\"We have been asking for new pumps for ten years and nobody listens to us.\"\n";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, RULE), 1);
    const cd_finding *f = find_finding(doc, RULE);
    assert_int_equal(f->span.start, 291);
    assert_int_equal(f->span.start, offset_of(t, "\"We have been"));
    assert_int_equal(f->span.stop, 366);
    cd_doc_free(doc);
}

/* No document named: the sentence before gives no one's words. */
static void test_no_document_keeps_finding(void **state)
{
    (void)state;
    expect_findings_at("The council met on Monday to hear what went wrong when the river rose last month. Here are "
                       "the main points of the day:\n\n"
                       "\"The drains in the lower town were not cleared in the autumn, as the plan required.\"\n",
                       RULE, 1, "\"The drains");
    expect_findings_at("The firm sells extracts of vanilla and mint to bakers across the region.\n"
                       "    \"We cannot keep up with the orders from the new shops in the north this year.\"\n",
                       RULE, 1, "\"We cannot");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wire_extracts_of_a_statement),
        cmocka_unit_test(test_excerpts_of_a_report_after_colon),
        cmocka_unit_test(test_quote_after_the_excerpts_keeps_finding),
        cmocka_unit_test(test_no_document_keeps_finding),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
