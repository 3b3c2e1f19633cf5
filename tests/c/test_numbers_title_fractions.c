/* A "p/q" shaped like a month and day after a title's word inside the sentence, or after "post",
 * names a title or an event, no fraction (src/numbers.c date_shaped_fraction, inner_title_word);
 * a prose fraction's denominator, or the shape before "of", stay fractions. Every story
 * here is our own. */
#include <math.h>
#include <string.h>

#include "helpers.h"

/* Must fire: a film's title and a "post" before the digits give no number. */
static void test_titles_and_post(void **state)
{
    (void)state;
    static const char t[] = "Critics praised the film Brimstone 9/12 at the festival. Sales hit a post 9/12 low.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    cd_doc_numbers(doc, &n);
    assert_int_equal(n, 0);
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "9/12"));
    cd_doc_free(doc);
}

/* Must not: a sixteenth after a name, and a month-and-day shape before "of", stay fractions, with
 * exact spans. */
static void test_fractions_after_names_stay(void **state)
{
    (void)state;
    static const char t[] = "Garrow gave Kestrel 5/16 of the pot and Tamsin 5/12 of the rest.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *a = find_number(doc, "5/16");
    assert_non_null(a);
    assert_int_equal(a->span.start, offset_of(t, "5/16"));
    assert_int_equal(a->kind, CD_NUM_FRACTION);
    assert_true(fabs(a->value - 5.0 / 16) < 1e-12);
    const cd_number *b = find_number(doc, "5/12");
    assert_non_null(b);
    assert_int_equal(b->span.start, offset_of(t, "5/12"));
    assert_int_equal(b->kind, CD_NUM_FRACTION);
    assert_true(fabs(b->value - 5.0 / 12) < 1e-12);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_titles_and_post),
        cmocka_unit_test(test_fractions_after_names_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
