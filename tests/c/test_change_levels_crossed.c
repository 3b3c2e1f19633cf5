/* "fell below 140 yen", "rose above 3 pct": the figure after "above", "below" or "beyond" is the
 * level a change crossed, its new level, not how much it moved. "rose over 5 pct" still says by
 * how much. */
#include "helpers.h"

#include <math.h>

static void test_below_is_the_new_level(void **state)
{
    (void)state;
    const char *t = "The krona slipped below 9.40 to the dollar on Monday.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "slipped");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "slipped"));
    assert_true(c->change->to == 9.40);
    assert_true(isnan(c->change->by));
    assert_string_equal(c->change->direction, "decrease");
    cd_doc_free(doc);
}

static void test_above_with_old_level(void **state)
{
    (void)state;
    const char *t = "Call money may rise above 6 pct this month from 4.5 pct.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rise");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "rise"));
    assert_int_equal(c->span.stop, offset_of(t, "4.5 pct") + strlen("4.5 pct"));
    assert_true(c->change->to == 6 && c->change->from == 4.5);
    assert_true(isnan(c->change->by));
    assert_true(fabs(c->change->percent - 100.0 / 3) < 1e-9);
    cd_doc_free(doc);
}

static void test_over_stays_an_amount(void **state)
{
    (void)state;
    const char *t = "Fares rose over 7 pct in the spring.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_non_null(c);
    assert_int_equal(c->span.stop, offset_of(t, "7 pct") + strlen("7 pct"));
    assert_true(c->change->by == 7);
    assert_true(isnan(c->change->to));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_below_is_the_new_level),
        cmocka_unit_test(test_above_with_old_level),
        cmocka_unit_test(test_over_stays_an_amount),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
