/* A claim's reasons (cd_claim_reason, doc.c): each reason once, by pointer or by text, at most
 * CD_MAX_REASONS, and equal lists shared. cd_claim_reason takes a list made before (a step from
 * the claim's list by the reason) without looking at the claim's reasons: these cases make such
 * steps first and then ask again where the reason is already there. */
#include "internal.h"

#include "helpers.h"

/* An empty document: the reasons need its arena and its table of steps alone. */
static cd_doc *empty_doc(void)
{
    cd_doc *doc = calloc(1, sizeof *doc);
    assert_non_null(doc);
    return doc;
}

static cd_claim *new_claim(cd_doc *doc)
{
    cd_claim *c = cd_add_claim(doc, CD_CLAIM_QUANTITY, cd_tspan(0, 1), 0);
    assert_non_null(c);
    return c;
}

/* Claim i of doc (pointers into doc->claims move as the array grows). */
static const cd_claim *claim(const cd_doc *doc, size_t i)
{
    return &doc->claims[i];
}

static void test_reasons_once_and_shared(void **state)
{
    (void)state;
    cd_doc *doc = empty_doc();
    static const char a[] = "alpha", b[] = "beta", a_again[] = "alpha"; /* equal text, not one pointer */
    assert_ptr_not_equal(a, a_again);
    new_claim(doc);
    new_claim(doc);
    new_claim(doc);
    /* must: a then b, in that order */
    cd_claim_reason(doc, &doc->claims[0], a);
    cd_claim_reason(doc, &doc->claims[0], b);
    assert_int_equal(claim(doc, 0)->nreasons, 2);
    assert_ptr_equal(claim(doc, 0)->reasons[0], a);
    assert_ptr_equal(claim(doc, 0)->reasons[1], b);
    /* must: a second claim that comes to the same reasons shares the list */
    cd_claim_reason(doc, &doc->claims[1], a);
    cd_claim_reason(doc, &doc->claims[1], b);
    assert_ptr_equal(claim(doc, 1)->reasons, claim(doc, 0)->reasons);
    /* must not: b again, after the step (a) + b was made, nor a again, nor a's text again */
    cd_claim_reason(doc, &doc->claims[1], b);
    cd_claim_reason(doc, &doc->claims[1], a);
    cd_claim_reason(doc, &doc->claims[1], a_again);
    assert_int_equal(claim(doc, 1)->nreasons, 2);
    /* must not: a's text on a claim that holds a (the step from (a) by b exists; by a_again none) */
    cd_claim_reason(doc, &doc->claims[2], a);
    cd_claim_reason(doc, &doc->claims[2], a_again);
    assert_int_equal(claim(doc, 2)->nreasons, 1);
    /* must: b after that, by the step made before */
    cd_claim_reason(doc, &doc->claims[2], b);
    assert_ptr_equal(claim(doc, 2)->reasons, claim(doc, 0)->reasons);
    assert_int_equal(doc->oom, 0);
    cd_doc_free(doc);
}

static void test_at_most_max_reasons(void **state)
{
    (void)state;
    static const char *const names[] = {"r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9"};
    _Static_assert(sizeof names / sizeof *names > CD_MAX_REASONS, "more names than a claim holds");
    cd_doc *doc = empty_doc();
    for (int round = 0; round < 2; round++) { /* the second round goes by the steps of the first */
        new_claim(doc);
        for (size_t k = 0; k < sizeof names / sizeof *names; k++)
            cd_claim_reason(doc, &doc->claims[doc->n_claims - 1], names[k]);
        /* must: the first CD_MAX_REASONS; must not: the rest */
        const cd_claim *c = claim(doc, doc->n_claims - 1);
        assert_int_equal(c->nreasons, CD_MAX_REASONS);
        for (size_t k = 0; k < CD_MAX_REASONS; k++) assert_ptr_equal(c->reasons[k], names[k]);
    }
    assert_ptr_equal(claim(doc, 0)->reasons, claim(doc, 1)->reasons);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reasons_once_and_shared),
        cmocka_unit_test(test_at_most_max_reasons),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
