/* A maker's model and its variant joined by a hyphen (src/numbers.c model_variant) are no range:
 * "ATR 72-500" after a maker's name in capitals, as "Boeing 737-800"; and the ranges of that shape
 * that stay ranges. Every story here is our own. */
#include <string.h>

#include "helpers.h"

/* Whether some number's span starts at the start of `at` (unique in t). */
static bool number_starts_at(const cd_doc *doc, const char *t, const char *at)
{
    size_t n, start = offset_of(t, at);
    const cd_number *x = cd_doc_numbers(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (x[i].span.start == start) return true;
    return false;
}

/* Must fire: a short model and a variant in whole hundreds after a maker's name in capitals, alone
 * or before a counted noun, is no number (read as a model, not as a range of planes). */
static void test_variant_after_a_makers_capitals(void **state)
{
    (void)state;
    const char *t = "The ATR 72-500 crashed on Sunday. A Kenya Airways ATR 72-200 aircraft landed. Some DHC 8-400 "
                    "planes flew.";
    cd_doc *doc = analyze(t, NULL);
    assert_false(number_starts_at(doc, t, "72-500"));
    assert_false(number_starts_at(doc, t, "72-200"));
    assert_false(number_starts_at(doc, t, "8-400"));
    cd_doc_free(doc);
}

/* Must not: a place's name before the pair, a second group that is no whole hundred from 200, a
 * word in capitals of more than four letters. */
static void test_ranges_after_a_name(void **state)
{
    (void)state;
    const char *t = "In Kabul 50-200 people protested. The UK 10-200 range held. ATR 72-100 planes. The NASDAQ 20-300 "
                    "band held.";
    cd_doc *doc = analyze(t, NULL);
    const char *ranges[] = {"50-200", "10-200", "72-100", "20-300"};
    for (size_t i = 0; i < N_OF(ranges); i++) {
        const cd_number *n = find_number(doc, ranges[i]);
        assert_non_null(n);
        assert_true(n->is_range);
        assert_int_equal(n->span.start, offset_of(t, ranges[i]));
    }
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_variant_after_a_makers_capitals),
        cmocka_unit_test(test_ranges_after_a_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
