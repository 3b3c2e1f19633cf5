/* A change whose old and new levels are one figure ("dip under 40 mln from over 40 mln") crossed a
 * line: its levels give no percent, where 0 pct would say nothing moved. Levels that differ keep
 * theirs. */
#include "helpers.h"

#include <math.h>

static void test_line_crossed(void **state)
{
    (void)state;
    const char *t = "Orders at Tervola Mills may dip below 40 mln crowns from above 40 mln crowns.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "dip");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "dip"));
    assert_int_equal(c->span.stop, offset_of(t, "above 40 mln crowns") + strlen("above 40 mln crowns"));
    assert_true(c->change->from == 40e6 && c->change->to == 40e6);
    assert_true(isnan(c->change->percent));
    assert_string_equal(c->change->direction, "decrease");
    cd_doc_free(doc);
}

static void test_levels_that_differ(void **state)
{
    (void)state;
    const char *t = "Orders at Tervola Mills may dip below 30 mln crowns from above 40 mln crowns.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "dip");
    assert_non_null(c);
    assert_true(c->change->percent == -25);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_line_crossed),
        cmocka_unit_test(test_levels_that_differ),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
