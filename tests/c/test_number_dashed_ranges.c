/* A range written with "-to-" glued between its two figures (src/numbers.c dashed_to, dashed_to_end):
 * one range of the two, with exact spans, and a lower figure after "-to-" (a ratio, a vote) left
 * unread as before. Every story here is our own. */
#include <math.h>
#include <string.h>

#include "helpers.h"

/* The range written as `text` in story t: its span, ends, kind and unit. */
static void expect_dashed_range(const cd_doc *doc, const char *t, const char *text, double lo, double hi,
                                cd_numkind kind, const char *unit)
{
    const cd_number *n = assert_range_number(doc, t, text, lo, hi);
    assert_int_equal(n->kind, kind);
    assert_non_null(n->unit);
    assert_string_equal(n->unit, unit);
}

/* Must fire: decimals, a bare pair before "pct", dollars on both ends. */
static void test_dashed_to_ranges(void **state)
{
    (void)state;
    static const char t[] = "Marlow Foods sees profit of 4.25-to-4.60 dlrs a share. Margins should widen in the "
                            "9-to-11 pct band. Its stock sold at $6.50-to-$7 on Friday.";
    cd_doc *doc = analyze(t, NULL);
    expect_dashed_range(doc, t, "4.25-to-4.60 dlrs a share", 4.25, 4.6, CD_NUM_MONEY, "USD per share");
    expect_dashed_range(doc, t, "9-to-11 pct", 9, 11, CD_NUM_PERCENT, "%");
    expect_dashed_range(doc, t, "$6.50-to-$7", 6.5, 7, CD_NUM_MONEY, "USD");
    cd_doc_free(doc);
}

/* Must not: a ratio and a vote, the second figure lower, are no range; the first stays a count
 * and the second is read as no number. */
static void test_dashed_to_lower_second(void **state)
{
    (void)state;
    static const char t[] = "The lenders want a 3.5-to-1 cover ratio. The 61-to-39 vote ended it.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *a = find_number(doc, "3.5");
    assert_non_null(a);
    assert_false(a->is_range);
    assert_int_equal(a->span.start, offset_of(t, "3.5"));
    const cd_number *b = find_number(doc, "61");
    assert_non_null(b);
    assert_false(b->is_range);
    assert_null(find_number(doc, "39"));
    size_t n;
    const cd_number *x = cd_doc_numbers(doc, &n);
    for (size_t i = 0; i < n; i++) assert_int_not_equal(x[i].span.start, offset_of(t, "1 cover"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dashed_to_ranges),
        cmocka_unit_test(test_dashed_to_lower_second),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
