/* Ranges written in rarer ways: an age range after "aged from" ("aged from 19 to 23" is an age of
 * 19 to 23 years, not a change from 19 to 23), a range written from its top after a "from" that
 * opens a range ("varied from 60 down to 45 pct"), and a change whose new level follows "down to"
 * ("slid from 70 down to 52 pct" is one change from 70 to 52). */
#include "helpers.h"

#include <math.h>

static void test_aged_from(void **state)
{
    (void)state;
    const char *t = "The trainees, aged from 19 to 23, joined Halvek Marine in June.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, "19 to 23");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "19 to"));
    assert_int_equal(n->span.stop, offset_of(t, "23,") + 2);
    assert_int_equal(n->kind, CD_NUM_MEASURE);
    assert_string_equal(n->unit, "years old");
    assert_true(n->is_range && n->value == 19 && n->value_hi == 23);
    cd_doc_free(doc);
}

static void test_age_set_by_a_change(void **state)
{
    (void)state;
    const char *t = "Halvek Marine raised the age from 55 to 58.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "raised");
    assert_non_null(c);
    assert_true(c->change->from == 55 && c->change->to == 58);
    cd_doc_free(doc);
}

static void test_range_from_its_top(void **state)
{
    (void)state;
    const char *t = "Yields at the Halvek farms varied from 60 down to 45 pct last season.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, "60 down to 45 pct");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "60 down"));
    assert_int_equal(n->span.stop, offset_of(t, "45 pct") + strlen("45 pct"));
    assert_int_equal(n->kind, CD_NUM_PERCENT);
    assert_true(n->is_range && n->value == 45 && n->value_hi == 60);
    cd_doc_free(doc);
}

static void test_change_down_to_a_level(void **state)
{
    (void)state;
    const char *t = "Occupancy at Halvek hotels slid from 70 down to 52 pct.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "slid");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "slid"));
    assert_int_equal(c->span.stop, offset_of(t, "52 pct") + strlen("52 pct"));
    assert_true(c->change->from == 70 && c->change->to == 52);
    assert_string_equal(c->change->direction, "decrease");
    const cd_number *n = find_number(doc, "70");
    assert_non_null(n);
    assert_false(n->is_range);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_aged_from),
        cmocka_unit_test(test_age_set_by_a_change),
        cmocka_unit_test(test_range_from_its_top),
        cmocka_unit_test(test_change_down_to_a_level),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
