/* A length of time next to a change word says when or how long the change runs, not how much it
 * moved: "reduces grants over three years" has no amount, and "a four-month slide" is no 4-unit fall.
 * When the level itself is a length of time ("the shift rose 0.5 hours to 9.5 hours") the figure
 * stays the change's amount. */
#include "helpers.h"

#include <math.h>

static void test_over_years_is_no_amount(void **state)
{
    (void)state;
    const char *t = "The new scheme slowly reduces grants over three years.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "reduces"));
    cd_doc_free(doc);
}

static void test_duration_before_new_level(void **state)
{
    (void)state;
    const char *t = "Its stake will increase over five years to 62 pct.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "increase");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "increase"));
    assert_int_equal(c->span.stop, offset_of(t, "62 pct") + strlen("62 pct"));
    assert_true(c->change->to == 62);
    assert_true(isnan(c->change->by));
    assert_true(isnan(c->change->percent));
    cd_doc_free(doc);
}

static void test_duration_adjective_before(void **state)
{
    (void)state;
    const char *t = "Shares in Borvik recovered after a four-month slide.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "slide"));
    cd_doc_free(doc);
}

static void test_hours_of_hours_stay(void **state)
{
    (void)state;
    const char *t = "The average night shift rose 0.5 hours to 9.5 hours.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "rose"));
    assert_int_equal(c->span.stop, offset_of(t, "9.5 hours") + strlen("9.5 hours"));
    assert_true(c->change->by == 0.5);
    assert_true(c->change->to == 9.5);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_over_years_is_no_amount),
        cmocka_unit_test(test_duration_before_new_level),
        cmocka_unit_test(test_duration_adjective_before),
        cmocka_unit_test(test_hours_of_hours_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
