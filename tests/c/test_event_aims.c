/* An event that is only aimed at, allowed or asked for has not happened: a noun or an adjective
 * of intent before "to" ("efforts to close", "powers to detain", "is due to retire") and a verb
 * that asks someone else for it, with that someone between ("urged the council to ban", "called
 * on members to boycott") keep the claim and mark it "hypothetical"; a wish with its object
 * between ("want the board to resign") names no act and leaves no claim. "Forced the firm to
 * close" and a plain verb stay done. */
#include "helpers.h"

static void test_aim_nouns(void **state)
{
    (void)state;
    const char *t = "Harbor wardens led efforts to close the Tamsin slipway. "
                    "The new code gives inspectors powers to detain trawlers. "
                    "Coach Ivo Brandt is due to retire in June. "
                    "Ferry crews were going to boycott the Orlen quay.";
    cd_doc *doc = analyze(t, "1994-03-08");
    const cd_claim *c = assert_event_span(t, doc, "close", "close the Tamsin slipway");
    assert_true(has_reason(c, "hypothetical"));
    c = assert_event_span(t, doc, "detain", "detain trawlers");
    assert_true(has_reason(c, "hypothetical"));
    c = assert_event_span(t, doc, "retire", "retire");
    assert_int_equal(c->span.start, 140); /* "Coach Ivo Brandt is due to retire" */
    assert_true(has_reason(c, "hypothetical"));
    c = assert_event_span(t, doc, "boycott", "boycott the Orlen quay");
    assert_true(has_reason(c, "hypothetical"));
    cd_doc_free(doc);
}

static void test_asked_with_object(void **state)
{
    (void)state;
    const char *t = "Parents urged the Velm council to ban the drink. "
                    "The union called on its 4,000 members to boycott Marlo Foods. "
                    "Tenants want the Corvan board to resign.";
    cd_doc *doc = analyze(t, "1994-03-08");
    const cd_claim *c = assert_event_span(t, doc, "ban", "ban the drink");
    assert_true(has_reason(c, "hypothetical"));
    c = assert_event_span(t, doc, "boycott", "boycott Marlo Foods");
    assert_true(has_reason(c, "hypothetical"));
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "resign")); /* a wish, no event */
    cd_doc_free(doc);
}

/* A modal of power ("can be detained") states what may be done, not what was. */
static void test_power_modal(void **state)
{
    (void)state;
    const char *t = "Under the Varnia code, trawler crews can be detained for a week.";
    cd_doc *doc = analyze(t, "1994-03-08");
    const cd_claim *c = assert_event_span(t, doc, "detained", "trawler crews can be detained");
    assert_true(has_reason(c, "hypothetical"));
    cd_doc_free(doc);
}

static void test_done_stays(void **state)
{
    (void)state;
    const char *t = "Floods forced the Velm council to close the Tamsin slipway. "
                    "Harbor wardens closed the Orlen quay.";
    cd_doc *doc = analyze(t, "1994-03-08");
    const cd_claim *c = assert_event_span(t, doc, "close the", "close the Tamsin slipway");
    assert_false(has_reason(c, "hypothetical"));
    c = assert_event_span(t, doc, "closed", "closed the Orlen quay");
    assert_false(has_reason(c, "hypothetical"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_aim_nouns),
        cmocka_unit_test(test_asked_with_object),
        cmocka_unit_test(test_power_modal),
        cmocka_unit_test(test_done_stays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
