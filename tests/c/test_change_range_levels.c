/* A level given as a range ("between 21 and 24 pct", "ranged from 3.1 to 3.4 mln tonnes") and then
 * "from X to Y" for the level before it: the second pair is a range too, the old level, not a
 * change from X to Y. A change verb between starts a change of its own. */
#include "helpers.h"

#include <math.h>

static void test_old_level_range(void **state)
{
    (void)state;
    const char *t = "Guesses for the Marlow crop ranged from 3.1 to 3.4 mln tonnes, down from 3.6 to 3.9 mln tonnes.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, "3.6 to 3.9 mln tonnes");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "3.6"));
    assert_true(n->is_range && n->value == 3.6e6 && n->value_hi == 3.9e6);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "down");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "down"));
    assert_int_equal(c->span.stop, offset_of(t, "tonnes.") + strlen("tonnes"));
    assert_true(c->change->from == 3.6e6 && isnan(c->change->to) && isnan(c->change->percent));
    cd_doc_free(doc);
}

static void test_between_then_from(void **state)
{
    (void)state;
    const char *t = "Marlow expects sales of between 21 and 24 mln units in 1989 from 17 to 19 mln in 1988.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, "17 to 19 mln");
    assert_non_null(n);
    assert_true(n->is_range && n->value == 17e6 && n->value_hi == 19e6);
    cd_doc_free(doc);
}

static void test_change_of_its_own(void **state)
{
    (void)state;
    const char *t = "Marlow prices ranged from 5 to 6 dlrs and exports rose from 3 to 4 mln tonnes.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_non_null(c);
    assert_true(c->change->from == 3e6 && c->change->to == 4e6);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_old_level_range),
        cmocka_unit_test(test_between_then_from),
        cmocka_unit_test(test_change_of_its_own),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
