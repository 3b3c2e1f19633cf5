/* A figure right after "at" that ends a change with only its amount is the level the move closed
 * at (src/claims.c level_after_at): "up 15 cents at $22.40" is a rise of 15 cents to $22.40.
 * Our own stories. */
#include "helpers.h"

#include <math.h>

static void test_cents_at_dollars(void **state)
{
    (void)state;
    const char *t = "Harlow Mills shares were up 15 cents at $22.40 by noon.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "up");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "up 15"));
    assert_int_equal(c->span.stop, offset_of(t, "$22.40") + strlen("$22.40"));
    assert_true(c->change->to == 22.4 && c->change->by == 15 && isnan(c->change->from));
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "$22.40"));
    cd_doc_free(doc);
}

static void test_percent_at_level(void **state)
{
    (void)state;
    const char *t = "The Kestrel index closed 2.5% lower at 4,875.20 points.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "lower");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "2.5%"));
    assert_int_equal(c->span.stop, offset_of(t, "points") + strlen("points"));
    assert_true(c->change->to == 4875.2 && c->change->by == -2.5 && c->change->percent == -2.5);
    cd_doc_free(doc);
}

/* Must not: terms in a list after "at", or a figure of another measure. */
static void test_no_level(void **state)
{
    (void)state;
    const char *t = "Note yields fell four basis points at two, five and ten years. Fees rose 3 dlrs at 40 pct.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "fell");
    assert_non_null(c);
    assert_int_equal(c->span.stop, offset_of(t, "points") + strlen("points"));
    assert_true(isnan(c->change->to));
    c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_non_null(c);
    assert_int_equal(c->span.stop, offset_of(t, "3 dlrs") + strlen("3 dlrs"));
    assert_true(isnan(c->change->to));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cents_at_dollars),
        cmocka_unit_test(test_percent_at_level),
        cmocka_unit_test(test_no_level),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
