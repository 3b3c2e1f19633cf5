/* No fraction is written with a zero above the line (src/numbers.c slash_fraction): "0/85" names a
 * plan or a rule, and reads as no number, while "3/4" and "1/16" stay fractions. Every story here
 * is our own. */
#include <math.h>
#include <string.h>

#include "helpers.h"

/* The fraction of exactly `text` in story t: its span and value. */
static void expect_fraction(const cd_doc *doc, const char *t, const char *text, double value)
{
    const cd_number *n = find_number(doc, text);
    if (!n) fail_msg("no number with text \"%s\"", text);
    assert_int_equal(n->span.start, offset_of(t, text));
    assert_int_equal(n->span.stop, offset_of(t, text) + strlen(text));
    assert_int_equal(n->kind, CD_NUM_FRACTION);
    assert_true(fabs(n->value - value) < 1e-9);
}

/* Must not: a plan's name with a zero above the slash, before a noun and alone. */
static void test_zero_over_a_number_is_no_fraction(void **state)
{
    (void)state;
    static const char t[] = "Growers backed the so-called 0/85 plan. Under 0/85, they are paid anyway.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_number *x = cd_doc_numbers(doc, &n);
    for (size_t i = 0; i < n; i++) {
        if (x[i].kind == CD_NUM_LABEL) continue;
        fail_msg("a number \"%.*s\" of kind %d", (int)(x[i].span.stop - x[i].span.start), t + x[i].span.start,
                 (int)x[i].kind);
    }
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "0/85"));
    cd_doc_free(doc);
}

/* Must fire: fractions of a whole above zero stay fractions. */
static void test_fractions_stay(void **state)
{
    (void)state;
    static const char t[] = "They kept 3/4 of the vote and a gap of 1/16 of an inch.";
    cd_doc *doc = analyze(t, NULL);
    expect_fraction(doc, t, "3/4", 0.75);
    expect_fraction(doc, t, "1/16", 0.0625);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_zero_over_a_number_is_no_fraction),
        cmocka_unit_test(test_fractions_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
