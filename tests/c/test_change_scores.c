/* A change word before a score ("lost 2-4", "went down 6-3 7-5") or before "all" and a count ("lost
 * all six") states a result or a tally, not a level that moved: no change claim. The score stays
 * one quantity claim over both halves. A price's move in a fraction ("lost 1-3/8") stays a change. */
#include "helpers.h"

static void test_score_after_lost_is_one_quantity(void **state)
{
    (void)state;
    const char *t = "Dunmore Rovers lost 2-4 at Kelby Park on Saturday.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "lost"));
    const cd_claim *q = find_claim(doc, CD_CLAIM_QUANTITY, "2-4");
    assert_non_null(q);
    assert_int_equal(q->span.start, offset_of(t, "2-4"));
    assert_int_equal(q->span.stop, offset_of(t, "2-4") + 3);
    assert_int_equal(q->number_count, 2);
    cd_doc_free(doc);
}

static void test_sets_after_went_down(void **state)
{
    (void)state;
    const char *t = "The second seed went down 6-3 7-5 to a qualifier from Porto.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "down"));
    const cd_claim *q = find_claim(doc, CD_CLAIM_QUANTITY, "6-3");
    assert_non_null(q);
    assert_int_equal(q->span.start, offset_of(t, "6-3"));
    assert_int_equal(q->span.stop, offset_of(t, "6-3") + 3);
    cd_doc_free(doc);
}

static void test_all_and_a_count_is_no_change(void **state)
{
    (void)state;
    const char *t = "The Harriers have lost all six of their away games.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "lost"));
    cd_doc_free(doc);
}

static void test_fraction_price_move_stays(void **state)
{
    (void)state;
    const char *t = "Corvell Mining lost 1-3/8 to 22-1/2.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "lost");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "lost"));
    assert_int_equal(c->span.stop, offset_of(t, "22-1/2") + strlen("22-1/2"));
    assert_true(c->change->by == -1.375 && c->change->to == 22.5);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_score_after_lost_is_one_quantity),
        cmocka_unit_test(test_sets_after_went_down),
        cmocka_unit_test(test_all_and_a_count_is_no_change),
        cmocka_unit_test(test_fraction_price_move_stays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
