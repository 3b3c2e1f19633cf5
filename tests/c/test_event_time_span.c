/* A span of time that ends a verb's object (data/ev_time_spans.tsv) is no part of it
 * (before_span_of_time): "closed a half hour early" says when, and the mill is what closed;
 * "resigned the same day" has no target; "shut the road just hours after" is about the road. */
#include "helpers.h"

static void test_time_span(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"closed", "The mill closed", 0, NULL, "The mill"},
        {"resigned", "Tom Reed resigned", 38, "Tom Reed", NULL},
        {"shut the road", "shut the road", 79, "The army", "the road"},
    };
    expect_event_roles("The mill closed a half hour early. Mr Tom Reed resigned the same day. The army "
                       "shut the road just hours after the vote.",
                       "2004-03-08", want, N_OF(want));
}

/* A unit right after a word that is no number, determiner or quantifier heads the object's noun: it
 * stays in the target. */
static void test_unit_heads_object(void **state)
{
    (void)state;
    const char *t = "The firm suspended the school year. The shop closed the trading week early.";
    const event_roles want[] = {
        {"suspended", "suspended the school year", 9, "The firm", "the school year"},
        {"closed", "closed the trading week", 45, "The shop", "the trading week"},
    };
    expect_event_roles(t, "2004-03-08", want, N_OF(want));
    cd_doc *doc = analyze(t, "2004-03-08");
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, "closed the trading");
    assert_non_null(c);
    assert_int_equal(c->span.stop, 68);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_time_span),
        cmocka_unit_test(test_unit_heads_object),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
