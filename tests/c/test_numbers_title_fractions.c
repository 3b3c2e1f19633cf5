/* A "p/q" shaped like a month and day after a title's word inside the sentence, after "post", or
 * after "of" or "to" where it ends its phrase, names a title or an event, no fraction (src/numbers.c
 * date_shaped_fraction, inner_title_word, event_object); a prose fraction's denominator, the shape
 * before "of", or odds, stay fractions. Every story here is our own. */
#include <math.h>
#include <string.h>

#include "helpers.h"

/* t gives no number at all, and no quantity claim of `shape`. */
static void expect_no_number(const char *t, const char *shape)
{
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    cd_doc_numbers(doc, &n);
    assert_int_equal(n, 0);
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, shape));
    cd_doc_free(doc);
}

/* Must fire: a film's title and a "post" before the digits give no number. */
static void test_titles_and_post(void **state)
{
    (void)state;
    expect_no_number("Critics praised the film Brimstone 9/12 at the festival. Sales hit a post 9/12 low.", "9/12");
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

/* A fraction of digits at `at` in t, with its exact span and value. */
static void expect_fraction(const cd_doc *doc, const char *t, const char *at, double v)
{
    const char *p = strstr(t, at);
    assert_non_null(p);
    size_t start = (size_t)(p - t), n;
    const cd_number *nums = cd_doc_numbers(doc, &n);
    const cd_number *hit = NULL;
    for (size_t k = 0; k < n; k++)
        if (nums[k].span.start == start) hit = &nums[k];
    assert_non_null(hit);
    assert_int_equal(hit->span.stop, start + strlen(at));
    assert_int_equal(hit->kind, CD_NUM_FRACTION);
    assert_true(fabs(hit->value - v) < 1e-12);
}

/* Must not: a capitalized name before the shape is no title when the digits count a noun after
 * them, when it is a first name, or when it ends a person's name of two words (denominators
 * of 11 and 12: a larger one makes the time pass read a month and day). */
static void test_names_before_fractions_stay(void **state)
{
    (void)state;
    static const char t[] = "Ann Lee gave Tamsin 5/12 shares of the orchard. Ned Hale left Ann 7/12 and kept the rest. "
                            "Mr Hale then gave Ann Roe 3/11 and no more.";
    cd_doc *doc = analyze(t, NULL);
    expect_fraction(doc, t, "5/12", 5.0 / 12);
    assert_int_equal(offset_of(t, "5/12"), 20);
    expect_fraction(doc, t, "7/12", 7.0 / 12);
    assert_int_equal(offset_of(t, "7/12"), 66);
    expect_fraction(doc, t, "3/11", 3.0 / 11);
    assert_int_equal(offset_of(t, "3/11"), 116);
    cd_doc_free(doc);
}

/* Must fire: a month-and-day shape after "to" or "of" that ends its phrase names the day. */
static void test_day_after_of_to(void **state)
{
    (void)state;
    expect_no_number("Its mood was a response to 9/11.", "9/11");
    expect_no_number("The scars of 9/12, he said, remain.", "9/12");
}

/* Must not: odds named before "to", and a word after the digits, keep the fractions. */
static void test_odds_and_shares_after_of_to_stay(void **state)
{
    (void)state;
    static const char t[] = "The bookmaker cut the odds to 4/11. Ann won a share of 5/12 in the end.";
    cd_doc *doc = analyze(t, NULL);
    expect_fraction(doc, t, "4/11", 4.0 / 11);
    assert_int_equal(offset_of(t, "4/11"), 30);
    expect_fraction(doc, t, "5/12", 5.0 / 12);
    assert_int_equal(offset_of(t, "5/12"), 55);
    cd_doc_free(doc);
}

/* Must not: "to" or "of" after a word that names no event ("cut to", "a bid of") keeps the
 * fraction, with no odds named; "the eve of", "the effects of" still name the day. */
static void test_no_event_noun_keeps_fractions(void **state)
{
    (void)state;
    static const char t[] = "Her holding in the mill was cut to 7/12. The fee was a bid of 5/11.";
    cd_doc *doc = analyze(t, NULL);
    expect_fraction(doc, t, "7/12", 7.0 / 12);
    assert_int_equal(offset_of(t, "7/12"), 35);
    expect_fraction(doc, t, "5/11", 5.0 / 11);
    assert_int_equal(offset_of(t, "5/11"), 62);
    cd_doc_free(doc);
    expect_no_number("Talks began on the eve of 4/19. Few felt the effects of 6/14.", "4/19");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_titles_and_post),
        cmocka_unit_test(test_fractions_after_names_stay),
        cmocka_unit_test(test_names_before_fractions_stay),
        cmocka_unit_test(test_day_after_of_to),
        cmocka_unit_test(test_odds_and_shares_after_of_to_stay),
        cmocka_unit_test(test_no_event_noun_keeps_fractions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
