/* An event stated as not done keeps its claim with the reason "negated": a negation word between
 * the subject and the verb or right before it ("has not been charged", "chose not to retire",
 * "no longer runs"), a contraction in "n't", or a refusal before "to" ("refused to ban"). The
 * claim keeps its kind's lift: an editor checks a denial as much as a deed. */
#include "helpers.h"
#include "score.h"

static void test_negation_words(void **state)
{
    (void)state;
    const char *t = "Brann Haulage has not been fined for the leak. Tolly Foods never closed the Pellam depot. "
                    "Coach Ida Marrow chose not to retire.";
    cd_doc *doc = analyze(t, "1994-03-08");
    const cd_claim *c = assert_event_span(t, doc, "fined", "Brann Haulage has not been fined");
    assert_true(has_reason(c, "negated"));
    assert_false(has_reason(c, "hypothetical"));
    c = assert_event_span(t, doc, "closed", "closed the Pellam depot");
    assert_true(has_reason(c, "negated"));
    c = assert_event_span(t, doc, "retire", "retire");
    assert_true(has_reason(c, "negated"));
    cd_doc_free(doc);
}

static void test_contraction_and_refusal(void **state)
{
    (void)state;
    const char *t = "Brann Haulage wasn't fined for the leak. The Tolly council refused to ban the Orwick fair.";
    cd_doc *doc = analyze(t, "1994-03-08");
    const cd_claim *c = assert_event_span(t, doc, "fined", "Brann Haulage wasn't fined");
    assert_true(has_reason(c, "negated"));
    c = assert_event_span(t, doc, "ban", "ban the Orwick fair");
    assert_true(has_reason(c, "negated"));
    cd_doc_free(doc);
}

/* The plain event carries no such reason, and the negated one keeps the same kind lift (0.4). */
static void test_plain_event_and_lift(void **state)
{
    (void)state;
    const char *a = "Brann Haulage was fined for the leak.", *b = "Brann Haulage was not fined for the leak.";
    cd_doc *da = analyze(a, "1994-03-08"), *db = analyze(b, "1994-03-08");
    const cd_claim *ca = assert_event_span(a, da, "fined", "Brann Haulage was fined");
    assert_false(has_reason(ca, "negated"));
    assert_non_null(find_claim(db, CD_CLAIM_EVENT, "fined"));
    int floored;
    assert_true(fabs(cd_cw_claim_lift(da, 0, &floored) - 0.4) < 1e-9);
    assert_true(fabs(cd_cw_claim_lift(db, 0, &floored) - 0.4) < 1e-9);
    cd_doc_free(da);
    cd_doc_free(db);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_negation_words),
        cmocka_unit_test(test_contraction_and_refusal),
        cmocka_unit_test(test_plain_event_and_lift),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
