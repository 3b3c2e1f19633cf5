/* A new level restated after "or" in other terms, no percent, before the old level (src/claims.c
 * past_restated_level): "rose to 4.6 mln dlrs, or 61 cts a share, from 3.9 mln dlrs" is one move
 * from 3.9 to 4.6 mln. A percent there is a share of a whole beside each level, and the change keeps
 * its new level alone (the arithmetic check would read that share as the move). Our own stories. */
#include "helpers.h"

#include <math.h>

static void test_restated_level_before_old_one(void **state)
{
    (void)state;
    const char *t = "Net income rose to 4.6 mln dlrs, or 61 cts a share, from 3.9 mln dlrs, or 52 cts a share. "
                    "Profit fell to 8.8 mln dlrs or 2.47 dlrs a share from 9.4 mln dlrs.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "4.6");
    assert_span(t, c, "rose to 4.6 mln dlrs, or 61 cts a share, from 3.9 mln dlrs");
    assert_true(c->change->from == 3.9e6 && c->change->to == 4.6e6);
    c = find_claim(doc, CD_CLAIM_CHANGE, "8.8");
    assert_span(t, c, "fell to 8.8 mln dlrs or 2.47 dlrs a share from 9.4 mln dlrs");
    assert_true(c->change->from == 9.4e6 && c->change->to == 8.8e6);
    cd_doc_free(doc);
}

/* Must not: a percent restated after "or" is a share of the total, and no finding follows. */
static void test_restated_percent_keeps_level_alone(void **state)
{
    (void)state;
    const char *t = "The fund cut its stake to 36,000 shares, or 2.6 pct of the total, from 52,000 shares, or 3.7 pct.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "cut");
    assert_span(t, c, "cut its stake to 36,000 shares");
    assert_true(c->change->to == 36000 && isnan(c->change->from));
    assert_int_equal(count_findings(doc, "arithmetic"), 0);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_restated_level_before_old_one),
        cmocka_unit_test(test_restated_percent_keeps_level_alone),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
