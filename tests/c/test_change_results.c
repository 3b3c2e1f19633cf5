/* "lost" and "gain" before a large sum of money with no old or new level name a loss or a gain for
 * the period, not a level that moved: no change claim (the sum stays a quantity claim). A price's
 * move ("lost 12p") or a percent stays a change. */
#include "helpers.h"

static void test_net_loss_is_no_change(void **state)
{
    (void)state;
    const char *t = "Tamsin Oil lost 36.4 mln dlrs in the year to June.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "lost"));
    const cd_claim *q = find_claim(doc, CD_CLAIM_QUANTITY, "36.4");
    assert_non_null(q);
    assert_int_equal(q->span.start, offset_of(t, "36.4 mln dlrs"));
    cd_doc_free(doc);
}

static void test_accounting_gain_is_no_change(void **state)
{
    (void)state;
    const char *t = "Net includes gain 740,000 dlrs from the sale of a depot.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "gain"));
    cd_doc_free(doc);
}

static void test_price_move_stays(void **state)
{
    (void)state;
    const char *t = "Brasket Mills lost 12p to 410p.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "lost");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "lost"));
    assert_int_equal(c->span.stop, offset_of(t, "410p") + strlen("410p"));
    assert_true(c->change->by == -12 && c->change->to == 410);
    cd_doc_free(doc);
}

static void test_sum_with_new_level_stays(void **state)
{
    (void)state;
    const char *t = "Its reserves lost 2 billion dlrs to 31 billion dlrs.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "lost");
    assert_non_null(c);
    assert_true(c->change->by == -2e9 && c->change->to == 31e9);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_net_loss_is_no_change),
        cmocka_unit_test(test_accounting_gain_is_no_change),
        cmocka_unit_test(test_price_move_stays),
        cmocka_unit_test(test_sum_with_new_level_stays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
