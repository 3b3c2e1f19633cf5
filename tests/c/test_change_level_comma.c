/* A figure right before the comma of "up"/"down", alone or with its counted noun, is the level the
 * move reached (src/claims.c level_before_comma): "was 31, down from 40" is one change from 40 to 31,
 * not a quantity and a move with no end. Our own stories. */
#include "helpers.h"

#include <math.h>

static void test_level_then_down_from(void **state)
{
    (void)state;
    const char *t = "The Brask jobless count was 31,400, down from 40,000 in spring.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "down");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "31,400"));
    assert_int_equal(c->span.stop, offset_of(t, "40,000") + strlen("40,000"));
    assert_true(c->change->from == 40000 && c->change->to == 31400);
    assert_true(fabs(c->change->percent - -21.5) < 1e-9);
    assert_string_equal(c->change->direction, "decrease");
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "31,400"));
    cd_doc_free(doc);
}

static void test_level_then_up_amount(void **state)
{
    (void)state;
    const char *t = "Orvane shares ended at 52-1/2, up 2-1/2 on the news.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "up");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "52-1/2"));
    assert_int_equal(c->span.stop, offset_of(t, "2-1/2 on") + strlen("2-1/2"));
    assert_true(c->change->to == 52.5 && c->change->by == 2.5 && isnan(c->change->from));
    assert_true(fabs(c->change->percent - 5) < 1e-9);
    cd_doc_free(doc);
}

static void test_level_then_up_percent(void **state)
{
    (void)state;
    const char *t = "Kellam sold 7.2 mln tonnes, up 4 pct on the year.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "up");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "7.2 mln"));
    assert_int_equal(c->span.stop, offset_of(t, "pct on") + strlen("pct"));
    assert_true(c->change->to == 7.2e6 && c->change->by == 4 && c->change->percent == 4);
    cd_doc_free(doc);
}

/* The level's counted noun (number_phrase_last) before the comma: "6,400 cars, up from 5,000". */
static void test_level_with_counted_noun(void **state)
{
    (void)state;
    const char *t = "Orvane sold 6,400 cars in May, up from 5,000 a year earlier, and 80 vans.";
    cd_doc *doc = analyze(t, "2021-06-04");
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "up from");
    assert_span(t, c, "6,400 cars in May, up from 5,000");
    assert_true(c->change->from == 5000 && c->change->to == 6400);
    assert_true(fabs(c->change->percent - 28) < 1e-9);
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "6,400"));
    cd_doc_free(doc);
}

/* A price in dollars before a move in cents (level_fits): the level, and no percent from cents. */
static void test_level_then_cents(void **state)
{
    (void)state;
    const char *t = "Brask crude was posted at 21.40 dlrs, down 35 cts, on Monday.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "down");
    assert_span(t, c, "21.40 dlrs, down 35 cts");
    assert_true(fabs(c->change->to - 21.4) < 1e-9 && c->change->by == -35 && isnan(c->change->from));
    assert_true(isnan(c->change->percent));
    cd_doc_free(doc);
}

/* A comma and a figure after a move that stated only its amount open the next item of a list
 * (list_item_after): its "to" is no level of the move before. */
static void test_list_item_not_level(void **state)
{
    (void)state;
    const char *t = "Kellam set its 1.5 pct grade at 30.50 dlrs, up 50 cts, 2.5 pct grade to 29 dlrs, up 75 cts.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "up 50");
    assert_span(t, c, "30.50 dlrs, up 50 cts");
    assert_true(fabs(c->change->to - 30.5) < 1e-9 && c->change->by == 50);
    c = find_claim(doc, CD_CLAIM_CHANGE, "up 75");
    assert_span(t, c, "29 dlrs, up 75 cts");
    assert_true(c->change->to == 29 && c->change->by == 75);
    assert_int_equal(count_claims(doc, CD_CLAIM_CHANGE), 2);
    cd_doc_free(doc);
}

/* The level restated after "or" ("45 cts a share") before the comma: the figure before "or" is the
 * level the move reached (restated_figure); not when it lies against the adverb's way. */
static void test_level_restated(void **state)
{
    (void)state;
    const char *t = "Brask earned 6.6 mln dlrs, or 45 cts a share, up from 5.1 mln dlrs, or 35 cts. "
                    "Orvane made 2.24 mln dlrs or 17 cts a share, up from 3.1 mln dlrs.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "up from 5.1");
    assert_span(t, c, "6.6 mln dlrs, or 45 cts a share, up from 5.1 mln dlrs");
    assert_true(fabs(c->change->from - 5.1e6) < 1e-3 && fabs(c->change->to - 6.6e6) < 1e-3);
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "45 cts"));
    c = find_claim(doc, CD_CLAIM_CHANGE, "up from 3.1");
    assert_span(t, c, "up from 3.1 mln dlrs");
    assert_true(isnan(c->change->to));
    cd_doc_free(doc);
}

/* Must not: a figure an earlier change holds, or one that counts something else, stays apart. */
static void test_no_level_taken(void **state)
{
    (void)state;
    const char *t = "Output rose 9 pct, up from 3 pct. Fees were 12 dlrs, down from 40,000 tonnes.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "up from");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "up from"));
    assert_true(c->change->from == 3 && isnan(c->change->to));
    c = find_claim(doc, CD_CLAIM_CHANGE, "down from");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "down from"));
    assert_true(isnan(c->change->to));
    cd_doc_free(doc);
}

/* Must not: a "by" after a participle names who did it, not the amount of the joined change. */
static void test_agent_by(void **state)
{
    (void)state;
    const char *t = "Members earned 4.1 mln dlrs, up from 3.6 mln dlrs earned by 60 pct of them.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "up from");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "4.1 mln"));
    assert_int_equal(c->span.stop, offset_of(t, "3.6 mln dlrs") + strlen("3.6 mln dlrs"));
    assert_true(fabs(c->change->from - 3.6e6) < 1e-3 && fabs(c->change->to - 4.1e6) < 1e-3 && isnan(c->change->by));
    cd_doc_free(doc);
}

/* Must not: a rank goes up as its figure falls; levels against the adverb are no move to join. */
static void test_rank_not_joined(void **state)
{
    (void)state;
    const char *t = "The Dalby band sat at nine, up from 20 a year before.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "up from");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "up from"));
    assert_true(c->change->from == 20 && isnan(c->change->to));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_level_then_down_from),
        cmocka_unit_test(test_level_then_up_amount),
        cmocka_unit_test(test_level_then_up_percent),
        cmocka_unit_test(test_level_with_counted_noun),
        cmocka_unit_test(test_level_then_cents),
        cmocka_unit_test(test_list_item_not_level),
        cmocka_unit_test(test_level_restated),
        cmocka_unit_test(test_no_level_taken),
        cmocka_unit_test(test_rank_not_joined),
        cmocka_unit_test(test_agent_by),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
