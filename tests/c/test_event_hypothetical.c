/* An event that has not happened: a modal of possibility ("could be fined"), a condition ("if
 * convicted") or a plan or threat before "to" ("threatened to close") keeps the claim and marks
 * it "hypothetical", which takes away its kind's lift; a wish before "to" ("wanted to raid")
 * names no event and leaves no claim. */
#include "helpers.h"
#include "score.h"

static void test_hypothetical_marked(void **state)
{
    (void)state;
    const char *t = "The Kestrel Dairy could be fined for the spill. If convicted, Omar Vell faces jail. "
                    "Dock unions threatened to close the Pellam terminal.";
    cd_doc *doc = analyze(t, "1994-03-08");
    const cd_claim *c = assert_event_span(t, doc, "fined", "The Kestrel Dairy could be fined");
    assert_true(has_reason(c, "hypothetical"));
    c = assert_event_span(t, doc, "convicted", "convicted");
    assert_true(has_reason(c, "hypothetical"));
    c = assert_event_span(t, doc, "close", "close the Pellam terminal");
    assert_true(has_reason(c, "hypothetical"));
    cd_doc_free(doc);
}

static void test_real_and_wish(void **state)
{
    (void)state;
    const char *t = "The Kestrel Dairy was fined for the spill. Officers wanted to raid the Pellam depot. "
                    "Dock unions closed the Pellam terminal.";
    cd_doc *doc = analyze(t, "1994-03-08");
    const cd_claim *c = assert_event_span(t, doc, "fined", "The Kestrel Dairy was fined");
    assert_false(has_reason(c, "hypothetical"));
    c = assert_event_span(t, doc, "closed", "closed the Pellam terminal");
    assert_false(has_reason(c, "hypothetical"));
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "raid")); /* a wish, no event */
    cd_doc_free(doc);
}

/* The kind lifts only the real event (0.4); the hypothetical one's claim scores lower, too. */
static void test_hypothetical_scores_lower(void **state)
{
    (void)state;
    const char *a = "The Kestrel Dairy could be fined for the spill.", *b = "The Kestrel Dairy was fined for the spill.";
    cd_doc *da = analyze(a, "1994-03-08"), *db = analyze(b, "1994-03-08");
    const cd_claim *ca = find_claim(da, CD_CLAIM_EVENT, "fined"), *cb = find_claim(db, CD_CLAIM_EVENT, "fined");
    assert_non_null(ca);
    assert_non_null(cb);
    int floored;
    assert_true(cd_cw_claim_lift(da, 0, &floored) == 0);
    assert_true(fabs(cd_cw_claim_lift(db, 0, &floored) - 0.4) < 1e-9);
    assert_true(ca->score + 0.05 < cb->score);
    cd_doc_free(da);
    cd_doc_free(db);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hypothetical_marked),
        cmocka_unit_test(test_real_and_wish),
        cmocka_unit_test(test_hypothetical_scores_lower),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
