/* A whole move and then a price written to the cent after a change verb (src/numbers.c
 * whole_move_cent_level, src/claims.c cents_amount): "gained 10 to 10.70" is a move of 10 (cents,
 * most often) and the level it reached, no range of moves; and no percent, since the move's unit is
 * not the level's. A range of moves written alike on both ends stays a range. Our own stories. */
#include "helpers.h"

#include <math.h>

static void test_whole_move_to_cent_level(void **state)
{
    (void)state;
    const char *t = "Among miners, Corvane Holdings gained 12 to 14.35 and Pellin lost 6 to 3.20.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "gained");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "gained"));
    assert_int_equal(c->span.stop, offset_of(t, "14.35") + strlen("14.35"));
    assert_true(c->change->by == 12 && c->change->to == 14.35);
    assert_true(isnan(c->change->from) && isnan(c->change->percent));
    const cd_number *n = find_number(doc, "12");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "12 to"));
    assert_int_equal(n->span.stop, offset_of(t, "12 to") + 2);
    assert_false(n->is_range);
    c = find_claim(doc, CD_CLAIM_CHANGE, "lost");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "lost"));
    assert_true(c->change->by == -6 && c->change->to == 3.2 && isnan(c->change->percent));
    cd_doc_free(doc);
}

/* Must not: ends written alike are a range of moves; a decimal move keeps its percent. */
static void test_ranges_and_decimal_moves_stay(void **state)
{
    (void)state;
    const char *t = "Feeder calves rose 2.00 to 2.50 dlrs. Corvane rose 1.25 to 26.25 dlrs.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, "2.00 to 2.50 dlrs");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "2.00"));
    assert_true(n->is_range && n->value == 2 && n->value_hi == 2.5);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rose 1.25");
    assert_non_null(c);
    assert_true(c->change->by == 1.25 && c->change->to == 26.25);
    assert_true(fabs(c->change->percent - 5) < 1e-9);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_whole_move_to_cent_level),
        cmocka_unit_test(test_ranges_and_decimal_moves_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
