/* "up to" after "from" and a figure is the other end, as "down to" is (src/numbers.c
 * up_to_after_from, src/claims.c level_particle): "rose from 30 up to 45" is a move from 30 to 45,
 * "ranged from 30 up to 45 pct" a range; "up to 45" alone stays a bound. Our own stories. */
#include "helpers.h"

#include <math.h>

static void test_move_from_up_to(void **state)
{
    (void)state;
    const char *t = "The Varnell index rose from 24 up to 36 points on the day.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "rose"));
    assert_int_equal(c->span.stop, offset_of(t, "points") + strlen("points"));
    assert_true(c->change->from == 24 && c->change->to == 36 && fabs(c->change->percent - 50) < 1e-9);
    const cd_number *n = find_number(doc, "36");
    assert_non_null(n);
    assert_null(n->approx);
    cd_doc_free(doc);
}

static void test_range_from_up_to(void **state)
{
    (void)state;
    const char *t = "Forecasts for Varnell ranged from 12 up to 18 pct last week.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, "12 up to 18 pct");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "12 up"));
    assert_int_equal(n->span.stop, offset_of(t, "pct") + strlen("pct"));
    assert_true(n->is_range && n->value == 12 && n->value_hi == 18);
    cd_doc_free(doc);
}

/* Must not: "up to" with no "from" before is a bound. */
static void test_bound_stays(void **state)
{
    (void)state;
    const char *t = "Varnell may sell up to 18 pct of its shares.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, "18 pct");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "18 pct"));
    assert_non_null(n->approx);
    assert_string_equal(n->approx, "at most");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_move_from_up_to),
        cmocka_unit_test(test_range_from_up_to),
        cmocka_unit_test(test_bound_stays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
