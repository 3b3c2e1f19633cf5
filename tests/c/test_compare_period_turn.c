/* A ranking's counted period after "in" ("in over a year", "in two years") ends before a turn
 * to another time ("ahead of", "before", "after", "prior to"): what follows dates something else,
 * and the time claim there stays its own. A period the turn sets ("in the decade before the war"),
 * a compound ("after-tax") and "since" complements run on as before. Exact byte offsets. */
#include "helpers.h"

/* The comparison claim holding `needle` covers exactly `text`, at its first occurrence in t. */
static void expect_comparison(const char *t, const char *needle, const char *text)
{
    cd_doc *doc = analyze(t, "1987-06-19");
    const cd_claim *c = find_claim(doc, CD_CLAIM_COMPARISON, needle);
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, text));
    assert_int_equal(c->span.stop, offset_of(t, text) + strlen(text));
    cd_doc_free(doc);
}

static void test_counted_period_stops_at_turn(void **state)
{
    (void)state;
    const char *t = "Copper sat at its best mark in over a year ahead of next week's Brenholt talks.";
    expect_comparison(t, "best", "its best mark in over a year");
    cd_doc *doc = analyze(t, "1987-06-19");
    const cd_claim *w = time_claim(doc, "next week");
    assert_string_equal(w->time.value, "1987-W26");
    cd_doc_free(doc);
    expect_comparison("Tin was at its lowest in two years before the vote next week at Varna.", "lowest",
                      "its lowest in two years");
    expect_comparison("Zinc was at its lowest in a decade prior to the Varna strike.", "lowest",
                      "its lowest in a decade");
}

static void test_other_complements_unchanged(void **state)
{
    (void)state;
    expect_comparison("Lead had its worst run in the decade before the Varna strike.", "worst",
                      "its worst run in the decade before the Varna strike");
    expect_comparison("Nickel had its lowest close since the day after the Varna strike.", "lowest",
                      "its lowest close since the day after the Varna strike");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counted_period_stops_at_turn),
        cmocka_unit_test(test_other_complements_unchanged),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
