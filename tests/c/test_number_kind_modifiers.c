/* A counted noun after a word that names its kind (src/numbers.c counted_noun_past_modifier): a noun
 * used as a modifier or an adjective the lexicon does not list stands between a number and what it
 * counts ("50 radio stations", "170 separate depots"), and the quantity claim takes in the noun. Not
 * a past form or an adverb there, nor after a year. Every story here is our own. */
#include "helpers.h"

/* The number whose span is exactly `text` at the start of `at` (unique in t). */
static const cd_number *number_at(const cd_doc *doc, const char *t, const char *at, const char *text)
{
    size_t n, start = offset_of(t, at);
    const cd_number *x = cd_doc_numbers(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (x[i].span.start == start && x[i].span.stop == start + strlen(text)) return &x[i];
    fail_msg("no number '%s' at %zu", text, start);
    return NULL;
}

/* The quantity claim at the start of `at` spans exactly `text`. */
static void expect_claim(const cd_doc *doc, const char *t, const char *at, const char *text)
{
    size_t n, start = offset_of(t, at);
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].kind == CD_CLAIM_QUANTITY && c[i].span.start == start) {
            assert_int_equal(c[i].span.stop, start + strlen(text));
            return;
        }
    fail_msg("no quantity claim at %zu", start);
}

/* Must fire: a noun as modifier, an unlisted adjective, a modifier after a listed adjective and
 * after a capitalized one. */
static void test_modifier_before_the_noun(void **state)
{
    (void)state;
    const char *t = "The trust runs 50 radio stations in the north. Auditors visited 170 separate depots. "
                    "Only three new bus routes opened. Officials met the 14 Baltic trade envoys.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *x = number_at(doc, t, "50 radio", "50");
    assert_string_equal(x->unit, "stations");
    assert_true(x->value == 50);
    assert_int_equal(offset_of(t, "50 radio"), 15);
    expect_claim(doc, t, "50 radio", "50 radio stations");
    assert_string_equal(number_at(doc, t, "170 separate", "170")->unit, "depots");
    expect_claim(doc, t, "170 separate", "170 separate depots");
    assert_string_equal(number_at(doc, t, "three new", "three")->unit, "routes");
    expect_claim(doc, t, "three new", "three new bus routes");
    assert_string_equal(number_at(doc, t, "14 Baltic", "14")->unit, "envoys");
    expect_claim(doc, t, "14 Baltic", "14 Baltic trade envoys");
    cd_doc_free(doc);
}

/* Must not: a past form after the number (the number did it), a listed adverb, and a year before a
 * modifier; an adjective in -ly still lets the noun through. */
static void test_verbs_adverbs_and_years_stay_bare(void **state)
{
    (void)state;
    const char *t = "Of the guests, 300 developed rashes. Some 25 weekly shows aired. The tally of 40 also reflects "
                    "delays. The group must refile its 1991 financial returns.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(number_at(doc, t, "300 developed", "300")->unit);
    assert_string_equal(number_at(doc, t, "25 weekly", "25")->unit, "shows"); /* an adjective in -ly */
    assert_null(number_at(doc, t, "40 also", "40")->unit);
    size_t n;
    const cd_number *x = cd_doc_numbers(doc, &n);
    size_t year = offset_of(t, "1991");
    for (size_t i = 0; i < n; i++)
        if (x[i].span.start == year) assert_null(x[i].unit);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_modifier_before_the_noun),
        cmocka_unit_test(test_verbs_adverbs_and_years_stay_bare),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
