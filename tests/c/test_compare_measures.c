/* A figure right before a comparative measures the gap (src/compare.c, measure_start): the
 * comparison's span starts at it, with its qualifier ("about"), and the claim holds its number.
 * Without it the claim said only which way the gap went. A year, a model's number or the last
 * piece of a figure read in two measures nothing and stays out. */
#include "helpers.h"

/* The only comparison in t covers exactly text, and holds one number of the given value. */
static void expect_measured(const char *t, const char *text, double value)
{
    cd_doc *doc = analyze(t, "2005-03-01");
    assert_int_equal(count_claims(doc, CD_CLAIM_COMPARISON), 1);
    const cd_claim *c = find_claim(doc, CD_CLAIM_COMPARISON, text);
    if (!c) fail_msg("no comparison '%s' in: %s", text, t);
    assert_span(t, c, text);
    size_t n;
    const cd_number *nums = cd_doc_numbers(doc, &n);
    assert_int_equal(c->number_count, 1);
    assert_true(c->number_first < n);
    assert_true(nums[c->number_first].value == value);
    cd_doc_free(doc);
}

/* The only comparison in t covers exactly text and holds no number. */
static void expect_unmeasured(const char *t, const char *text)
{
    cd_doc *doc = analyze(t, "2005-03-01");
    assert_int_equal(count_claims(doc, CD_CLAIM_COMPARISON), 1);
    const cd_claim *c = find_claim(doc, CD_CLAIM_COMPARISON, text);
    if (!c) fail_msg("no comparison '%s' in: %s", text, t);
    assert_span(t, c, text);
    assert_int_equal(c->number_count, 0);
    cd_doc_free(doc);
}

static void test_figure_opens_the_span(void **state)
{
    (void)state;
    /* "35% smaller than previously reported" runs from byte 18 to 54 */
    const char *t = "Velmar's hoard is 35% smaller than previously reported.";
    expect_measured(t, "35% smaller than previously reported", 35);
    assert_int_equal(offset_of(t, "35% smaller"), 18);
    assert_int_equal(offset_of(t, "35% smaller") + strlen("35% smaller than previously reported"), 54);
    expect_measured("Tolla's tickets were $12 cheaper than Orvin's.", "$12 cheaper than Orvin's", 12);
    expect_measured("The new hull is four tonnes heavier than the old.", "four tonnes heavier than the old", 4);
    /* the counted noun outside the number's tokens goes with it */
    expect_measured("The index closed 7 points higher than the rival.", "7 points higher than the rival", 7);
    /* a qualifier of the figure is part of the measure */
    expect_measured("Ganmoor ore is about 12% cheaper than Kesh ore.", "about 12% cheaper than Kesh ore", 12);
    expect_measured("Berths at Oske cost up to 40% more than moorings.", "up to 40% more than moorings", 40);
}

static void test_measured_more_than(void **state)
{
    (void)state;
    /* "more than" straight after a figure compares it with what follows: offsets 12 to 37 */
    const char *t = "Quell spent $3bn more than budgeted.";
    expect_measured(t, "$3bn more than budgeted", 3e9);
    assert_int_equal(offset_of(t, "$3bn"), 12);
    expect_measured("Fees came in 6% less than the old tariff.", "6% less than the old tariff", 6);
    /* with no figure before it, "more than" stays a qualifier, no claim */
    static const char *const none[] = {"Quell spent more than budgeted.", "Quell spent more than $3bn."};
    expect_no_claim(none, N_OF(none), "2005-03-01", CD_CLAIM_COMPARISON);
}

static void test_no_measure(void **state)
{
    (void)state;
    /* a year is when, not how much */
    expect_unmeasured("Yields in 1998 higher than ever were a surprise to Doral.", "higher than ever");
    /* a model's number after its name */
    expect_unmeasured("The Brisk 2.4 accelerates faster than any rival.", "faster than any rival");
    /* the half of "a penny and a half" is no measure on its own */
    expect_unmeasured("The krona ended a penny and a half weaker than before the vote.", "weaker than before the vote");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_figure_opens_the_span),
        cmocka_unit_test(test_measured_more_than),
        cmocka_unit_test(test_no_measure),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
