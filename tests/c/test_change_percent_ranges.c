/* "grow by 15 to 20 pct" gives a range of the change, not an amount of 15 and a new level of 20
 * pct: the number reader reads one percent range (numbers.c by_range), the claim covers it and takes
 * its low end as the amount. Ends far apart ("by 3 to 14 pct") stay an amount in points and a new
 * level; up to four times apart they are a range ("by 10 to 30 pct"). */
#include "helpers.h"

#include <math.h>

static void test_range_of_the_change(void **state)
{
    (void)state;
    const char *t = "Exports of Ruvel pumps should grow by 15 to 20 pct next year.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "grow");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "grow"));
    assert_int_equal(c->span.stop, offset_of(t, "20 pct") + strlen("20 pct"));
    assert_true(c->change->by == 15);
    assert_true(isnan(c->change->to));
    const cd_number *n = find_number(doc, "15 to 20 pct");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "15 to"));
    assert_int_equal(n->span.stop, offset_of(t, "20 pct") + strlen("20 pct"));
    assert_int_equal(n->kind, CD_NUM_PERCENT);
    assert_true(n->is_range && n->value == 15 && n->value_hi == 20);
    cd_doc_free(doc);
}

/* Three times the low end is still a range; so are number words and percentage points. */
static void test_wider_ranges(void **state)
{
    (void)state;
    const char *t = "Tolmar said its orders had risen by 10 to 30 pct, and it cut fees by two to 2.5 percentage points.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, "10 to 30 pct");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "10 to"));
    assert_true(n->is_range && n->value == 10 && n->value_hi == 30);
    n = find_number(doc, "two to 2.5 percentage points");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "two to"));
    assert_int_equal(n->kind, CD_NUM_PERCENT_POINTS);
    assert_true(n->is_range && n->value == 2 && n->value_hi == 2.5);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "risen");
    assert_non_null(c);
    assert_int_equal(c->span.stop, offset_of(t, "30 pct") + strlen("30 pct"));
    assert_true(c->change->by == 10 && isnan(c->change->to));
    cd_doc_free(doc);
}

static void test_points_to_a_level(void **state)
{
    (void)state;
    const char *t = "The jobless rate rose by 3 to 14 pct.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_non_null(c);
    assert_true(c->change->by == 3 && c->change->to == 14);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_range_of_the_change),
        cmocka_unit_test(test_wider_ranges),
        cmocka_unit_test(test_points_to_a_level),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
