/* A rating agency's action moves a grade, not an amount: in "cut 65 mln dlrs of Orlin Corp's notes
 * to BB-plus from BBB" the 65 mln dlrs is the debt the new grade covers, so no change claim says it
 * fell by that much. An amount with numeric ends stays a change. */
#include "helpers.h"

#include <math.h>

static void test_grade_change_is_no_amount_change(void **state)
{
    (void)state;
    const char *t = "Vantor Ratings said it cut 65 mln dlrs of Orlin Corp's notes to BB-plus from BBB.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "cut"));
    cd_doc_free(doc);
}

static void test_one_name_end_keeps_the_change(void **state)
{
    (void)state;
    const char *t = "The mill cut 40 jobs to Tarvo by March.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "cut");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "cut"));
    assert_int_equal(c->span.stop, offset_of(t, "40 jobs") + strlen("40 jobs"));
    assert_true(c->change->by == -40);
    cd_doc_free(doc);
}

static void test_figures_at_both_ends_stay(void **state)
{
    (void)state;
    const char *t = "Orlin's debt fell 14 mln dlrs to 72 mln dlrs from 86 mln dlrs.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "fell");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "fell"));
    assert_int_equal(c->span.stop, offset_of(t, "86 mln dlrs") + strlen("86 mln dlrs"));
    assert_true(c->change->from == 86e6 && c->change->to == 72e6 && c->change->by == -14e6);
    assert_true(fabs(c->change->percent + 1400.0 / 86) < 1e-9);
    cd_doc_free(doc);
}

/* Months are times, not states: the change between them keeps its amount. */
static void test_month_ends_keep_the_change(void **state)
{
    (void)state;
    const char *t = "Rents rose 2.4 pct from March 1990 to March 1991.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "rose"));
    assert_int_equal(c->span.stop, offset_of(t, "2.4 pct") + strlen("2.4 pct"));
    assert_true(c->change->by == 2.4);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_grade_change_is_no_amount_change),
        cmocka_unit_test(test_one_name_end_keeps_the_change),
        cmocka_unit_test(test_figures_at_both_ends_stay),
        cmocka_unit_test(test_month_ends_keep_the_change),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
