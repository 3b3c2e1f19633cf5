/* "by 30 to 45 billion dlrs": after "by", a bare count and a figure with a scale word of about its
 * size make one range that the scale word covers at both ends, the amount of the change; a count
 * far below ("by 12 to 580 mln") stays an amount and a new level, and "by 3 to 14 pct" too. */
#include "helpers.h"

#include <math.h>

static void test_scale_covers_both_ends(void **state)
{
    (void)state;
    const char *t = "Analysts at Brennick said the gap could shrink by 30 to 45 billion dlrs.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, "30 to 45 billion dlrs");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "30 to"));
    assert_int_equal(n->span.stop, offset_of(t, "dlrs") + strlen("dlrs"));
    assert_int_equal(n->kind, CD_NUM_MONEY);
    assert_true(n->is_range && n->value == 30e9 && n->value_hi == 45e9);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "shrink");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "shrink"));
    assert_int_equal(c->span.stop, offset_of(t, "dlrs") + strlen("dlrs"));
    assert_true(c->change->by == -30e9);
    assert_true(isnan(c->change->to) && isnan(c->change->from));
    cd_doc_free(doc);
}

/* Up to four times the low end (so scaled) the two are one range: "by 10 to 35 billion". */
static void test_wider_scaled_range(void **state)
{
    (void)state;
    const char *t = "Brennick expects reserves to fall by 10 to 35 billion crowns.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, "10 to 35 billion crowns");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "10 to"));
    assert_int_equal(n->span.stop, offset_of(t, "crowns") + strlen("crowns"));
    assert_true(n->is_range && n->value == 10e9 && n->value_hi == 35e9);
    cd_doc_free(doc);
}

static void test_amount_and_level(void **state)
{
    (void)state;
    const char *t = "Deposits at Brennick grew by 12 to 580 mln dlrs.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "grew");
    assert_non_null(c);
    assert_true(c->change->by == 12 && c->change->to == 580e6);
    assert_non_null(find_number(doc, "580 mln dlrs"));
    cd_doc_free(doc);
}

static void test_percent_level_stays(void **state)
{
    (void)state;
    const char *t = "The jobless rate at Brennick rose by 3 to 14 pct.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, "14 pct");
    assert_non_null(n);
    assert_false(n->is_range);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scale_covers_both_ends),
        cmocka_unit_test(test_wider_scaled_range),
        cmocka_unit_test(test_amount_and_level),
        cmocka_unit_test(test_percent_level_stays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
