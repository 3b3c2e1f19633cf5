/* A change noun in the object of a change verb of the other direction moves the verb's way: "increase
 * the planned tax cut by 2 bln" (src/claims.c governing_change). Our own stories. */
#include "helpers.h"

#include <math.h>

static void test_raise_the_cut(void **state)
{
    (void)state;
    const char *t = "The Brask board will increase the planned tax cut by 2 bln crowns to 9 bln crowns.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "increase the");
    assert_span(t, c, "increase the planned tax cut by 2 bln crowns to 9 bln crowns");
    assert_string_equal(c->change->direction, "increase");
    assert_true(fabs(c->change->by - 2e9) < 1 && fabs(c->change->to - 9e9) < 1);
    assert_true(fabs(c->change->percent - 200.0 / 7) < 1e-9);
    assert_int_equal(count_claims(doc, CD_CLAIM_CHANGE), 1);
    cd_doc_free(doc);
}

static void test_cut_the_increase(void **state)
{
    (void)state;
    const char *t = "Kellam will trim its wage increase to 2 pct from 3 pct.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "trim");
    assert_span(t, c, "trim its wage increase to 2 pct from 3 pct");
    assert_string_equal(c->change->direction, "decrease");
    assert_true(c->change->from == 3 && c->change->to == 2);
    cd_doc_free(doc);
}

/* Must not: a change word before a preposition is the subject's noun ("a rise in fees cut"), and
 * one of the same direction changes nothing. */
static void test_not_governed(void **state)
{
    (void)state;
    const char *t = "A rise in Orvane fees cut profits by 2 pct. Varno will boost its output increase by 4 pct.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "cut");
    assert_span(t, c, "cut profits by 2 pct");
    assert_string_equal(c->change->direction, "decrease");
    c = find_claim(doc, CD_CLAIM_CHANGE, "by 4");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "increase by 4"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_raise_the_cut),
        cmocka_unit_test(test_cut_the_increase),
        cmocka_unit_test(test_not_governed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
