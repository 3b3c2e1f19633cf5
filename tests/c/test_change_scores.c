/* A change word before a score ("lost 2-4", "went down 6-3 7-5"), before "all" and a count ("lost
 * all six") or before a count "of" a count ("lost 11 of their 16") states a result or a tally, not
 * a level that moved: no change claim. The score stays
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

/* The value of the number claim c holds (its first number). */
static double claim_value(const cd_doc *doc, const cd_claim *c)
{
    size_t n;
    return cd_doc_numbers(doc, &n)[c->number_first].value;
}

static void test_count_of_a_set_is_no_change(void **state)
{
    (void)state;
    const char *t = "The Otterford side have lost 11 of their 16 fixtures since March.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "lost"));
    const cd_claim *q = find_claim(doc, CD_CLAIM_QUANTITY, "11");
    assert_non_null(q);
    assert_int_equal(q->span.start, offset_of(t, "11 of"));
    assert_int_equal(q->span.stop, offset_of(t, "11 of") + 2);
    assert_true(claim_value(doc, q) == 11);
    q = find_claim(doc, CD_CLAIM_QUANTITY, "16");
    assert_non_null(q);
    assert_int_equal(q->span.start, offset_of(t, "16 fixtures"));
    assert_int_equal(q->span.stop, offset_of(t, "16 fixtures") + strlen("16 fixtures"));
    assert_true(claim_value(doc, q) == 16);
    cd_doc_free(doc);
}

static void test_count_of_the_remaining_seats(void **state)
{
    (void)state;
    const char *t = "The Greens gained 7 of the remaining 9 council seats.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "gained"));
    const cd_claim *q = find_claim(doc, CD_CLAIM_QUANTITY, "7");
    assert_non_null(q);
    assert_int_equal(q->span.start, offset_of(t, "7 of"));
    assert_int_equal(q->span.stop, offset_of(t, "7 of") + 1);
    cd_doc_free(doc);
}

/* A percent before "of" is still the amount of the move. */
static void test_percent_of_a_whole_stays_a_change(void **state)
{
    (void)state;
    const char *t = "Halvern Bank lost 4 pct of its 30 pct holding.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "lost");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "lost"));
    assert_int_equal(c->span.stop, offset_of(t, "4 pct") + strlen("4 pct"));
    assert_true(c->change->by == -4);
    cd_doc_free(doc);
}

/* Only a word of winning or losing reads a share: a cut out of a workforce is still a move. */
static void test_cut_of_a_workforce_stays_a_change(void **state)
{
    (void)state;
    const char *t = "Brannock Steel will cut 450 of its 3,200 jobs.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "cut");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "cut"));
    assert_int_equal(c->span.stop, offset_of(t, "450") + 3);
    assert_true(c->change->by == -450);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_score_after_lost_is_one_quantity),
        cmocka_unit_test(test_sets_after_went_down),
        cmocka_unit_test(test_all_and_a_count_is_no_change),
        cmocka_unit_test(test_fraction_price_move_stays),
        cmocka_unit_test(test_count_of_a_set_is_no_change),
        cmocka_unit_test(test_count_of_the_remaining_seats),
        cmocka_unit_test(test_percent_of_a_whole_stays_a_change),
        cmocka_unit_test(test_cut_of_a_workforce_stays_a_change),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
