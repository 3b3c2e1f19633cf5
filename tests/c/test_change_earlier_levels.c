/* An old level the story had before, after "from" and a lead (data/claim_level_leads.tsv "old",
 * src/claims.c earlier_level): "from an initial offering of 45 mln", "from a previously estimated
 * 1.90 billion", "from the original 120 mln". Not a length of time or a year, nor a level that
 * disagrees with the new one or moves against the word (a revision), nor the first report of a
 * rise stated by its percent. Our own stories. */
#include "helpers.h"

#include <math.h>

static void test_earlier_levels_are_old_levels(void **state)
{
    (void)state;
    const char *t = "Demand for the notes boosted the sale from an initial offering of 45 mln dlrs. Farm income should drop "
                    "this year to 1.10 billion dlrs from a previously estimated 1.90 billion, compared with 2.40 "
                    "billion dlrs in 1985. The facility was cut to 80 mln Canadian dlrs from the original 120 mln dlrs.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "boosted");
    assert_span(t, c, "boosted the sale from an initial offering of 45 mln dlrs");
    assert_true(c->change->from == 45e6 && isnan(c->change->to));
    c = find_claim(doc, CD_CLAIM_CHANGE, "drop");
    assert_span(t, c, "drop this year to 1.10 billion dlrs from a previously estimated 1.90 billion");
    assert_true(c->change->from == 1.9e9 && c->change->to == 1.1e9);
    assert_true(fabs(c->change->percent - (-800.0 / 19)) < 1e-9);
    c = find_claim(doc, CD_CLAIM_QUANTITY, "2.40");
    assert_span(t, c, "2.40 billion dlrs");
    c = find_claim(doc, CD_CLAIM_CHANGE, "cut");
    assert_span(t, c, "cut to 80 mln Canadian dlrs from the original 120 mln dlrs");
    assert_true(c->change->from == 120e6 && c->change->to == 80e6);
    cd_doc_free(doc);
}

/* Must not: a revision against the word's way, a rise first reported at another percent, a length
 * of time and a year after the lead. */
static void test_earlier_leads_without_old_level(void **state)
{
    (void)state;
    const char *t = "The gain was revised to 120,000 from a previously reported 150,000. December was revised to a "
                    "2.1 pct rise from an earlier 1.9 pct rise. Sales rose 5 pct from the previous 12 months. "
                    "Costs rose to 12 mln dlrs from the previous 1986 level.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "gain");
    assert_span(t, c, "gain was revised to 120,000");
    assert_true(c->change->to == 120000 && isnan(c->change->from));
    assert_span(t, find_claim(doc, CD_CLAIM_QUANTITY, "150,000"), "150,000");
    c = find_claim(doc, CD_CLAIM_CHANGE, "2.1 pct");
    assert_span(t, c, "2.1 pct rise");
    assert_true(c->change->by == 2.1 && isnan(c->change->from));
    c = find_claim(doc, CD_CLAIM_CHANGE, "rose 5");
    assert_span(t, c, "rose 5 pct");
    assert_true(isnan(c->change->from));
    c = find_claim(doc, CD_CLAIM_CHANGE, "rose to 12");
    assert_span(t, c, "rose to 12 mln dlrs");
    assert_true(isnan(c->change->from));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_earlier_levels_are_old_levels),
        cmocka_unit_test(test_earlier_leads_without_old_level),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
