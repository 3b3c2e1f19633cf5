/* A percentage that is another change's amount is not checked against a pair beside it
 * (src/checks.c states_percent_of): in a list of levels with their moves, "Ardent 950, down 40 pct,
 * Corvo 1,210, down from 1,500", the 40 pct is Ardent's; nor is a share "of" a whole after it. A
 * claim's own amount still is. Our own figures. */
#include "helpers.h"

static void test_list_of_moves(void **state)
{
    (void)state;
    const char *t = "Sales in the week: Ardent 950, down 40 pct, Corvo 1,210, down from 1,500.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "1,210");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "1,210"));
    assert_true(c->change->from == 1500 && c->change->to == 1210);
    assert_int_equal(count_findings(doc, "arithmetic"), 0);
    cd_doc_free(doc);
}

static void test_share_of_whole(void **state)
{
    (void)state;
    const char *t = "Members earned 4.1 mln dlrs, up from 3.6 mln dlrs earned by 60 pct of them.";
    cd_doc *doc = analyze(t, NULL);
    assert_non_null(find_claim(doc, CD_CLAIM_CHANGE, "up from"));
    assert_int_equal(count_findings(doc, "arithmetic"), 0);
    cd_doc_free(doc);
}

static void test_own_amount_checked(void **state)
{
    (void)state;
    const char *t = "Corvo sales fell 40 pct to 1,210 from 1,500 in the week.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, "arithmetic"), 1);
    const cd_finding *f = find_finding(doc, "arithmetic");
    assert_int_equal(f->span.start, offset_of(t, "40 pct"));
    cd_doc_free(doc);
}

/* An amount alone after the pair restates the pair's change and is still checked. */
static void test_restated_amount(void **state)
{
    (void)state;
    const char *t = "Tolls rose from $4.00 to $5.60, a 25 percent increase.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, "arithmetic"), 1);
    assert_int_equal(find_finding(doc, "arithmetic")->span.start, offset_of(t, "25 percent"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_list_of_moves),
        cmocka_unit_test(test_share_of_whole),
        cmocka_unit_test(test_own_amount_checked),
        cmocka_unit_test(test_restated_amount),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
