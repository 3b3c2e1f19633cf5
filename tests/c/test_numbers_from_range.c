/* "from X to Y" is a range, not a change, where what comes before says the figures spread: a verb of
 * price ("priced from"), a verb of range with what varies ("ranged in weight from"), "at from" (a
 * price), or a change's new level stated already ("to 45 pct from 55 to 60 pct": the old level). */
#include "helpers.h"

static void expect_range(const char *t, const char *span, double lo, double hi)
{
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, span);
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, span));
    assert_int_equal(n->span.stop, offset_of(t, span) + strlen(span));
    assert_true(n->is_range);
    assert_true(n->value == lo && n->value_hi == hi);
    cd_doc_free(doc);
}

static void test_priced_from(void **state)
{
    (void)state;
    expect_range("The tablets are priced from 3,100 dlrs to 4,200 dlrs.", "3,100 dlrs to 4,200 dlrs", 3100, 4200);
}

static void test_range_in_what_varies(void **state)
{
    (void)state;
    expect_range("Its barges range in size from 2,000 to 9,000 tonnes.", "2,000 to 9,000 tonnes", 2000, 9000);
}

static void test_at_from(void **state)
{
    (void)state;
    expect_range("Tin was offered at from 410.50 to 412.50 dlrs a tonne.", "410.50 to 412.50 dlrs a tonne", 410.5, 412.5);
}

static void test_old_level_after_new(void **state)
{
    (void)state;
    const char *t = "Quinto will cut its share to 45 pct in 1990 from 55 to 60 pct.";
    expect_range(t, "55 to 60 pct", 55, 60);
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "cut");
    assert_non_null(c);
    assert_int_equal(c->span.stop, offset_of(t, "60 pct") + strlen("60 pct"));
    assert_true(c->change->to == 45 && c->change->from == 55);
    cd_doc_free(doc);
}

/* Two changes side by side: the second "from" follows the first's "to", not a new level. */
static void test_changes_side_by_side(void **state)
{
    (void)state;
    const char *t = "Sales rose from 5 to 7 mln in 1987 and from 8 to 12 mln in 1988.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, "8");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "8 to"));
    assert_false(n->is_range);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_priced_from),
        cmocka_unit_test(test_range_in_what_varies),
        cmocka_unit_test(test_at_from),
        cmocka_unit_test(test_old_level_after_new),
        cmocka_unit_test(test_changes_side_by_side),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
