/* An old level after "from" and a time in the possessive ("from November's 1.2 pct", "from last
 * year's 38.1 mln") or a year-earlier lead ("from year-earlier 9,870 units"): src/claims.c
 * past_time_owner, data/claim_level_leads.tsv. A figure over LEVELS_APART times from the old level
 * is no level the move reached (levels_far_apart) when it counts in another measure: a share's
 * earnings restated after the sum, the "quarter" of a period. Of one measure, a move of over 1,000
 * times stays one change. Our own stories. */
#include "helpers.h"

#include <math.h>

static void test_possessive_times_give_old_levels(void **state)
{
    (void)state;
    const char *t = "Money growth fell to 0.4 pct from November's 1.2 pct. Truck sales fell to 8,215 units from "
                    "year-earlier 9,870 units.";
    cd_doc *doc = analyze(t, "1987-03-01");
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "0.4");
    assert_span(t, c, "fell to 0.4 pct from November's 1.2 pct");
    assert_true(c->change->from == 1.2 && c->change->to == 0.4);
    c = find_claim(doc, CD_CLAIM_CHANGE, "8,215");
    assert_span(t, c, "fell to 8,215 units from year-earlier 9,870 units");
    assert_true(c->change->from == 9870 && c->change->to == 8215);
    cd_doc_free(doc);
}

static void test_level_not_far_from_old_one(void **state)
{
    (void)state;
    const char *t = "Hartwell earned 21.6 mln dlrs, or 1.13 dlrs a share, down from last year's 38.1 mln dlrs. "
                    "Profit slipped in the quarter, down from 310 mln dlrs. The fund now holds 2.5 billion dlrs, up from "
                    "1.9 mln dlrs at its launch in 1990. The firm earned 52 mln dlrs in the latest quarter, down from 61 mln.";
    cd_doc *doc = analyze(t, "1987-03-01");
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "21.6");
    assert_span(t, c, "21.6 mln dlrs, or 1.13 dlrs a share, down from last year's 38.1 mln dlrs");
    assert_true(c->change->from == 38.1e6 && c->change->to == 21.6e6);
    c = find_claim(doc, CD_CLAIM_CHANGE, "310");
    assert_span(t, c, "down from 310 mln dlrs");
    assert_true(c->change->from == 310e6 && isnan(c->change->to));
    c = find_claim(doc, CD_CLAIM_CHANGE, "2.5"); /* one measure: over 1,000 times apart, one move */
    assert_span(t, c, "2.5 billion dlrs, up from 1.9 mln dlrs");
    assert_true(c->change->from == 1.9e6 && c->change->to == 2.5e9);
    c = find_claim(doc, CD_CLAIM_CHANGE, "61"); /* bare levels: the "quarter" is a share in words */
    assert_span(t, c, "down from 61 mln");
    assert_true(c->change->from == 61e6 && isnan(c->change->to));
    cd_doc_free(doc);
}

/* Must not: a length of time after the possessive is no old level. */
static void test_owner_time_length_is_no_level(void **state)
{
    (void)state;
    const char *t = "Costs rose to 12 mln dlrs from last month's three weeks of strikes.";
    cd_doc *doc = analyze(t, "1987-03-01");
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_span(t, c, "rose to 12 mln dlrs");
    assert_true(isnan(c->change->from) && c->change->to == 12e6);
    cd_doc_free(doc);
}

/* A year in the possessive, a bare "the" and "the record of" before the old level. */
static void test_year_owner_and_bare_the(void **state)
{
    (void)state;
    const char *t = "Output should rise about 20 pct to 560,000 ounces from 1986's 466,000 ounces. Volume rose to 190 "
                    "mln shares from the 171 mln seen on Friday. Prices fell from the record of 41 dlrs.";
    cd_doc *doc = analyze(t, "1987-03-01");
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "560,000");
    assert_span(t, c, "rise about 20 pct to 560,000 ounces from 1986's 466,000 ounces");
    assert_true(c->change->from == 466000 && c->change->to == 560000 && c->change->by == 20);
    c = find_claim(doc, CD_CLAIM_CHANGE, "190");
    assert_span(t, c, "rose to 190 mln shares from the 171 mln");
    assert_true(c->change->from == 171e6 && c->change->to == 190e6);
    c = find_claim(doc, CD_CLAIM_CHANGE, "41");
    assert_span(t, c, "fell from the record of 41 dlrs");
    assert_true(c->change->from == 41 && isnan(c->change->to));
    cd_doc_free(doc);
}

/* Must not: after a bare "the", a word and "of", or a small count in words naming a set. */
static void test_bare_the_without_level(void **state)
{
    (void)state;
    const char *t = "Net includes a gain of 4.2 mln dlrs from the sale of three units. The dollar tumbled a day after "
                    "ministers from the five largest economies met.";
    cd_doc *doc = analyze(t, "1987-03-01");
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "three units"));
    assert_span(t, find_claim(doc, CD_CLAIM_QUANTITY, "three units"), "three units");
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "five"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_possessive_times_give_old_levels),
        cmocka_unit_test(test_level_not_far_from_old_one),
        cmocka_unit_test(test_owner_time_length_is_no_level),
        cmocka_unit_test(test_year_owner_and_bare_the),
        cmocka_unit_test(test_bare_the_without_level),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
