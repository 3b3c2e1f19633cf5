/* A change whose old or new level is a range states no percent of its own: the level gives its
 * range's low end, and a percent from that end would be one figure the story does not give
 * (src/claims.c fill_change). A percent the story states stays. Our own stories. */
#include "helpers.h"

#include <math.h>

static void test_range_level_gives_no_percent(void **state)
{
    (void)state;
    const char *t = "Marlow exports will fall to 180-190 bln dlrs from 220 bln dlrs. Kelso output rose by 400 "
                    "tonnes to 2.2-2.4 mln tonnes.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "fall");
    assert_span(t, c, "fall to 180-190 bln dlrs from 220 bln dlrs");
    assert_true(c->change->from == 220e9 && c->change->to == 180e9 && isnan(c->change->percent));
    assert_string_equal(c->change->direction, "decrease");
    c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_true(c->change->to == 2.2e6 && c->change->by == 400 && isnan(c->change->percent));
    cd_doc_free(doc);
}

/* Must not: a stated percent goes, and two plain levels still give one. */
static void test_stated_and_plain_percents_stay(void **state)
{
    (void)state;
    const char *t = "Marlow sales rose 10 pct to 5-6 mln dlrs. Kelso exports fell to 180 bln dlrs from 200 bln "
                    "dlrs.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_span(t, c, "rose 10 pct to 5-6 mln dlrs");
    assert_true(c->change->percent == 10);
    c = find_claim(doc, CD_CLAIM_CHANGE, "fell");
    assert_true(c->change->from == 200e9 && c->change->to == 180e9 && fabs(c->change->percent + 10) < 1e-9);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_range_level_gives_no_percent),
        cmocka_unit_test(test_stated_and_plain_percents_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
