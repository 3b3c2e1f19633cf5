/* inconsistent-number: a figure after "another", "additional", "further" or "extra" (a currency
 * sign between, perhaps) is an amount added to one told before, not that figure told again with a
 * new value: it conflicts with no earlier figure. Without the word the same two sentences still
 * disagree. */
#include "helpers.h"

#define RULE "inconsistent-number"


static void test_added_amounts_are_new(void **state)
{
    (void)state;
    expect_findings_at("Dunmore Mills will ship 300 tonnes of copper ore to Leith.\n\nThe firm said Dunmore Mills "
                       "will ship another 120 tonnes of copper ore to Leith.",
                       RULE, 0, NULL);
    expect_findings_at("Kell Holdings will buy 5 pct of the Tarn Bank shares.\n\nAnalysts expect Kell Holdings will "
                       "buy a further 2 pct of the Tarn Bank shares.",
                       RULE, 0, NULL);
    expect_findings_at("Harlow Tools will spend $40 mln on new presses for its Dunmore plant.\n\nIt will spend an "
                       "additional $15 mln on new presses for its Dunmore plant.",
                       RULE, 0, NULL);
}

static void test_same_figures_without_the_word_disagree(void **state)
{
    (void)state;
    const char *t = "Dunmore Mills will ship 300 tonnes of copper ore to Leith.\n\nThe firm said Dunmore Mills will "
                    "ship 120 tonnes of copper ore to Leith.";
    expect_finding_message(t, RULE, "120 tonnes", "300 tonnes",
                           "\"120 tonnes of copper ore to Leith\" here, but \"300 tonnes of copper ore to Leith\" "
                           "earlier");
    assert_int_equal(offset_of(t, "120 tonnes"), 98);
    const char *u = "Harlow Tools will spend $40 mln on new presses for its Dunmore plant.\n\nIt will spend $15 mln "
                    "on new presses for its Dunmore plant.";
    expect_findings_at(u, RULE, 1, "$15 mln");
    assert_int_equal(offset_of(u, "$15 mln"), 85);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_added_amounts_are_new),
        cmocka_unit_test(test_same_figures_without_the_word_disagree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
