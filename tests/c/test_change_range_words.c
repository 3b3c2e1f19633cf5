/* A word before "from" that makes "from X to Y" one range ("anywhere from", "of from", like
 * "ranging from"): the two figures are one range number, and after a change word that range is how
 * much the change is, not its old level. A change word right before "from" keeps an old and a new
 * level. */
#include "helpers.h"

#include <math.h>

static void test_anywhere_from(void **state)
{
    (void)state;
    const char *t = "Dealers at Ostrava Mart said fees could climb anywhere from 300 to 900 dlrs.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, "300 to 900 dlrs");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "300"));
    assert_true(n->is_range && n->value == 300 && n->value_hi == 900);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "climb");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "climb"));
    assert_int_equal(c->span.stop, offset_of(t, "dlrs.") + strlen("dlrs"));
    assert_true(c->change->by == 300);
    assert_true(isnan(c->change->from) && isnan(c->change->to));
    cd_doc_free(doc);
}

static void test_of_from(void **state)
{
    (void)state;
    const char *t = "The union at Ostrava Mart wants an increase of from 4 to 7 pct.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, "4 to 7 pct");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "4 to"));
    assert_true(n->is_range && n->value == 4 && n->value_hi == 7);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "increase");
    assert_non_null(c);
    assert_true(c->change->by == 4 && isnan(c->change->from));
    cd_doc_free(doc);
}

static void test_change_from_to(void **state)
{
    (void)state;
    const char *t = "Fees at Ostrava Mart rose from 300 to 900 dlrs.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_non_null(c);
    assert_true(c->change->from == 300 && c->change->to == 900 && c->change->percent == 200);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_anywhere_from),
        cmocka_unit_test(test_of_from),
        cmocka_unit_test(test_change_from_to),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
