/* After a change verb with no "by", two figures each written whole (its own currency sign or scale
 * word) around "to" are the move and the level it reached, even when the level is near the move in
 * size: a range writes the sign or scale once. A unit word after each end still reads a range. */
#include "helpers.h"

static void test_signed_amounts_are_move_and_level(void **state)
{
    (void)state;
    const char *t = "Ostrell shares fell $12.47 to $20.15 on Friday.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *a = find_number(doc, "$12.47"), *b = find_number(doc, "$20.15");
    assert_non_null(a);
    assert_non_null(b);
    assert_false(a->is_range);
    assert_int_equal(a->span.start, offset_of(t, "$12.47"));
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "fell");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "fell"));
    assert_int_equal(c->span.stop, offset_of(t, "$20.15") + strlen("$20.15"));
    assert_true(c->change->by == -12.47 && c->change->to == 20.15);
    cd_doc_free(doc);
}

static void test_scaled_amounts_are_move_and_level(void **state)
{
    (void)state;
    const char *t = "Reserves at the fund fell 620.5 mln crowns to 810.5 mln last week.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *a = find_number(doc, "620.5 mln crowns");
    assert_non_null(a);
    assert_false(a->is_range);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "fell");
    assert_non_null(c);
    assert_int_equal(c->span.stop, offset_of(t, "810.5 mln") + strlen("810.5 mln"));
    assert_true(c->change->by == -620.5e6 && c->change->to == 810.5e6);
    cd_doc_free(doc);
}

static void test_unit_words_stay_a_range(void **state)
{
    (void)state;
    const char *t = "Gulf netbacks were up 14 cts to 19 cts a barrel.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *a = find_number(doc, "14 cts to 19 cts a barrel");
    assert_non_null(a);
    assert_true(a->is_range && a->value == 14 && a->value_hi == 19);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_signed_amounts_are_move_and_level),
        cmocka_unit_test(test_scaled_amounts_are_move_and_level),
        cmocka_unit_test(test_unit_words_stay_a_range),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
