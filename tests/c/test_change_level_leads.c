/* Words between "to" and a change's new level leave the figure the level (data/claim_level_leads.tsv,
 * src/claims.c read_marker): "to a total of 615" and "to as many as 75" end the change, which no
 * longer stops at its amount or its old level. Our own stories. */
#include "helpers.h"

#include <math.h>

static void test_hedge_before_level(void **state)
{
    (void)state;
    const char *t = "Tarrow says its kiosks could grow from 20 to as many as 75 next year.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "grow");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "grow"));
    assert_int_equal(c->span.stop, offset_of(t, "75") + strlen("75"));
    assert_true(c->change->from == 20 && c->change->to == 75 && fabs(c->change->percent - 275) < 1e-9);
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "75"));
    cd_doc_free(doc);
}

static void test_total_after_amount(void **state)
{
    (void)state;
    const char *t = "Active barges on the Ostrel fell by 45 to a total of 615 this week.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "fell");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "fell"));
    assert_int_equal(c->span.stop, offset_of(t, "615") + strlen("615"));
    assert_true(c->change->to == 615 && c->change->by == -45 && isnan(c->change->from));
    cd_doc_free(doc);
}

/* "to between X and Y": the new level is a range; the change takes its low end and gives no percent
 * (before, the change was missed and the range left as a loose quantity). */
static void test_range_after_between(void **state)
{
    (void)state;
    const char *t = "Harbour fees at Dunmore will rise from 40 dlrs to between 55 and 60 dlrs in May.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rise");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "rise"));
    assert_int_equal(c->span.stop, offset_of(t, "60 dlrs") + strlen("60 dlrs"));
    assert_true(c->change->from == 40 && c->change->to == 55 && isnan(c->change->percent));
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "55 and 60 dlrs"));
    cd_doc_free(doc);
}

/* A lead with no role of its own after "from" ("as much as"): past_time_owner read its role, which
 * is none, and crashed; the figure after it is the old level. */
static void test_plain_lead_after_from(void **state)
{
    (void)state;
    const char *t = "Fares at Dunmore fell from as much as 9 pct to 3 pct.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "fell");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "fell"));
    assert_int_equal(c->span.stop, offset_of(t, "3 pct") + strlen("3 pct"));
    assert_true(c->change->from == 9 && c->change->to == 3 && fabs(c->change->percent + 200.0 / 3) < 1e-9);
    cd_doc_free(doc);
}

/* Must not: a percent move "from a revised" rate is this period's rate against the last one's. */
static void test_rate_against_rate(void **state)
{
    (void)state;
    const char *t = "Ostrel credit rose 8.4 pct from a revised 7.9 pct in May.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_non_null(c);
    assert_int_equal(c->span.stop, offset_of(t, "8.4 pct") + strlen("8.4 pct"));
    assert_true(isnan(c->change->from) && c->change->by == 8.4);
    cd_doc_free(doc);
}

/* Must not: a lead with no figure after it, or words outside the list. */
static void test_no_lead(void **state)
{
    (void)state;
    const char *t = "Ostrel stock fell 3 pct to a record low on Friday. Rents rose 4 pct to a dearer 900 dlrs.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "fell");
    assert_non_null(c);
    assert_int_equal(c->span.stop, offset_of(t, "3 pct") + strlen("3 pct"));
    c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_non_null(c);
    assert_int_equal(c->span.stop, offset_of(t, "4 pct") + strlen("4 pct"));
    assert_true(isnan(c->change->to));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hedge_before_level),
        cmocka_unit_test(test_total_after_amount),
        cmocka_unit_test(test_plain_lead_after_from),
        cmocka_unit_test(test_range_after_between),
        cmocka_unit_test(test_rate_against_rate),
        cmocka_unit_test(test_no_lead),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
