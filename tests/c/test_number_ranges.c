/* Ranges the number reader (src/numbers.c) makes of two bounds joined by "and", "but" or a comma
 * ("more than 5% but less than 8%"): every kind alike, with exact spans, and the bounds that stay
 * two numbers. Every story here is our own. */
#include <math.h>
#include <string.h>

#include "helpers.h"

/* The number whose source text is `text`; fails the test when there is none. */
static const cd_number *range_num(const cd_doc *doc, const char *text)
{
    const cd_number *n = find_number(doc, text);
    if (!n) fail_msg("no number with text \"%s\"", text);
    return n;
}

static void assert_close(double got, double want)
{
    if (fabs(got - want) > 1e-9 * fmax(1, fabs(want))) fail_msg("value %.10g, want %.10g", got, want);
}

/* got is the string want, or NULL where want is NULL. */
static void assert_str_or_null(const char *got, const char *want)
{
    if (!want) {
        assert_null(got);
        return;
    }
    assert_non_null(got);
    assert_string_equal(got, want);
}

/* The range written as `text` starts at its offset in story t and runs from lo to hi, of `kind`
 * and `unit` (NULL: none), with no approx left (the two bounds are the range). */
static void expect_range(const cd_doc *doc, const char *t, const char *text, double lo, double hi, cd_numkind kind,
                         const char *unit)
{
    const cd_number *n = range_num(doc, text);
    assert_int_equal(n->span.start, offset_of(t, text));
    assert_int_equal(n->span.stop, offset_of(t, text) + strlen(text));
    assert_true(n->is_range);
    assert_close(n->value, lo);
    assert_close(n->value_hi, hi);
    assert_int_equal(n->kind, kind);
    assert_str_or_null(n->unit, unit);
    assert_null(n->approx);
}

/* One bound alone: the number `text` is no range and keeps its approx. */
static void expect_bound(const cd_doc *doc, const char *text, double value, const char *approx)
{
    const cd_number *n = range_num(doc, text);
    assert_false(n->is_range);
    assert_close(n->value, value);
    assert_str_or_null(n->approx, approx);
}

static void test_bounds_of_every_kind(void **state)
{
    (void)state;
    const char *t = "Costs rose more than 5% but less than 8% last year. A flat sold for over $2 million but under "
                    "$3 million. She placed higher than the twelfth but lower than the twentieth. The path is at least "
                    "5 km and at most 8 km long. At least 40 and at most 60 people came.";
    cd_doc *doc = analyze(t, NULL);
    expect_range(doc, t, "5% but less than 8%", 5, 8, CD_NUM_PERCENT, "%");
    expect_range(doc, t, "$2 million but under $3 million", 2e6, 3e6, CD_NUM_MONEY, "USD");
    expect_range(doc, t, "twelfth but lower than the twentieth", 12, 20, CD_NUM_ORDINAL, NULL);
    expect_range(doc, t, "5 km and at most 8 km", 5, 8, CD_NUM_MEASURE, "kilometers");
    expect_range(doc, t, "40 and at most 60", 40, 60, CD_NUM_CARDINAL, "people");
    cd_doc_free(doc);
}

static void test_bounds_share_a_unit_and_a_scale(void **state)
{
    (void)state;
    const char *t = "Inflation ran above 2 but below 3%. Turnout was over 5% but under 8. Debts are more than "
                    "2 but less than 3 million.";
    cd_doc *doc = analyze(t, NULL);
    expect_range(doc, t, "2 but below 3%", 2, 3, CD_NUM_PERCENT, "%");
    expect_range(doc, t, "5% but under 8", 5, 8, CD_NUM_PERCENT, "%");
    expect_range(doc, t, "2 but less than 3 million", 2e6, 3e6, CD_NUM_CARDINAL, NULL);
    cd_doc_free(doc);
}

/* Must not: no second bound after "but" or "and", a bound of the same side, bounds the wrong way
 * round, two quantities of other kinds, a rank with no qualifier before it. */
static void test_bounds_that_stay_apart(void **state)
{
    (void)state;
    const char *t = "They scored more than 5 but the team lost 3. There were fewer than 10 and more people came. "
                    "It grew more than 5% and more than $3 million. Rents rose more than 8% but less than 5%. "
                    "Turnout was over 5% but under 8 km. He finished the tenth but lower than the fifteenth.";
    cd_doc *doc = analyze(t, NULL);
    expect_bound(doc, "5", 5, "over");
    expect_bound(doc, "3", 3, NULL);
    expect_bound(doc, "10", 10, "under");
    expect_bound(doc, "5%", 5, "over");
    expect_bound(doc, "$3 million", 3e6, "over");
    expect_bound(doc, "8%", 8, "over");
    expect_bound(doc, "8 km", 8, "under");
    expect_bound(doc, "tenth", 10, NULL);
    expect_bound(doc, "fifteenth", 15, NULL);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bounds_of_every_kind),
        cmocka_unit_test(test_bounds_share_a_unit_and_a_scale),
        cmocka_unit_test(test_bounds_that_stay_apart),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
