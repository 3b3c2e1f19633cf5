/* A move written in words before "to" and a level in digits (src/numbers.c change_level and
 * one_point_moved, src/claims.c cents_amount and price_level_after): "fell one to 47" is a move of
 * one and the level it reached, not a range from one to 47; a price to the cent keeps no percent,
 * and "closed down four to 12 yen" is a price that fell. Two ends in words stay a range. Our own
 * stories. */
#include "helpers.h"

#include <math.h>

static void test_word_move_to_digit_level(void **state)
{
    (void)state;
    const char *t = "Corvane fell one to 47 on heavy selling. Bank reserves fell four mln dlrs to 310.5 billion dlrs "
                    "over the month.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "fell one");
    assert_span(t, c, "fell one to 47");
    assert_true(c->change->by == -1 && c->change->to == 47 && isnan(c->change->from));
    assert_true(fabs(c->change->percent - (-100.0 / 48)) < 1e-9);
    const cd_number *n = find_number(doc, "one");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "one to"));
    assert_false(n->is_range);
    c = find_claim(doc, CD_CLAIM_CHANGE, "fell four");
    assert_span(t, c, "fell four mln dlrs to 310.5 billion dlrs");
    assert_true(c->change->by == -4e6 && c->change->to == 310.5e9);
    cd_doc_free(doc);
}

static void test_word_move_to_cent_price(void **state)
{
    (void)state;
    const char *t = "Among miners, Pellin gained two to 6.45 after touching 6.60. Rice futures closed down four to 12 "
                    "yen a kilo.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "gained");
    assert_span(t, c, "gained two to 6.45");
    assert_true(c->change->by == 2 && c->change->to == 6.45 && isnan(c->change->percent));
    c = find_claim(doc, CD_CLAIM_CHANGE, "down");
    assert_span(t, c, "down four to 12 yen a kilo");
    assert_true(c->change->by == -4 && c->change->to == 12);
    assert_true(fabs(c->change->percent - (-25)) < 1e-9);
    cd_doc_free(doc);
}

/* Must not: both ends in words are a range of moves; "one to watch" is no number. */
static void test_word_ranges_stay(void **state)
{
    (void)state;
    const char *t = "Prices rose two to three pct. Rents rose one to four pct. She is one to watch.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, "two to three pct");
    assert_non_null(n);
    assert_true(n->is_range && n->value == 2 && n->value_hi == 3);
    n = find_number(doc, "one to four pct");
    assert_non_null(n);
    assert_true(n->is_range && n->value == 1 && n->value_hi == 4);
    assert_null(find_number(doc, "one"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_word_move_to_digit_level),
        cmocka_unit_test(test_word_move_to_cent_price),
        cmocka_unit_test(test_word_ranges_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
