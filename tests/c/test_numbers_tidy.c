/* Two tidied helpers the numbers pass leans on: the hyphen-or-dash test the passes share
 * (internal.h), and the words that close the object of a change verb, now a number in
 * data/claim_phrase_stops.tsv rather than an array of numbers.c. */
#include "internal.h"

#include "helpers.h"

static void test_hyphen_or_dash(void **state)
{
    (void)state;
    assert_true(cd_is_hyphen_or_dash('-'));
    assert_true(cd_is_hyphen_or_dash(0x2012)); /* figure dash */
    assert_true(cd_is_hyphen_or_dash(0x2013)); /* en dash */
    assert_true(cd_is_hyphen_or_dash(0x2014)); /* em dash */
    assert_true(cd_is_hyphen_or_dash(0x2015)); /* horizontal bar */
    assert_false(cd_is_hyphen_or_dash(0x2010)); /* the Unicode hyphen stays a hyphen */
    assert_false(cd_is_hyphen_or_dash('~'));
    assert_false(cd_is_hyphen_or_dash('_'));
}

/* The twelve words carry the number; other prepositions of the list do not. */
static void test_change_object_stops_are_marked(void **state)
{
    (void)state;
    static const char *const marked[] = {"in", "of", "at", "on", "for", "to", "from", "by", "than", "with", "and", "or"};
    for (size_t k = 0; k < sizeof marked / sizeof *marked; k++) {
        const cd_lexrec *r = cd_lex_rec(cd_lex_lookup(marked[k], strlen(marked[k])), LX_CLAIM_PHRASE_STOPS);
        assert_non_null(r);
        assert_true(r->num == 1);
    }
    static const char *const unmarked[] = {"about", "over", "into", "after", "but"};
    for (size_t k = 0; k < sizeof unmarked / sizeof *unmarked; k++) {
        const cd_lexrec *r = cd_lex_rec(cd_lex_lookup(unmarked[k], strlen(unmarked[k])), LX_CLAIM_PHRASE_STOPS);
        assert_non_null(r);
        assert_true(isnan(r->num));
    }
}

/* A marked word between the change verb and the figures keeps "10 to 30" one range; with three
 * plain words between, the verb still governs a change and its level. */
static void test_stop_ends_the_changed_object(void **state)
{
    (void)state;
    const char *t = "Fares climbed for weeks 10 to 30 dlrs. Zenco cut its payout 9 cts to 30 cts.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *r = find_number(doc, "10 to 30 dlrs");
    assert_non_null(r);
    assert_int_equal(r->span.start, offset_of(t, "10 to 30"));
    assert_true(r->is_range && r->value == 10 && r->value_hi == 30);
    const cd_number *a = find_number(doc, "9 cts"), *b = find_number(doc, "30 cts");
    assert_non_null(a);
    assert_non_null(b);
    assert_int_equal(a->span.start, offset_of(t, "9 cts"));
    assert_false(a->is_range);
    assert_true(b->value == 30);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hyphen_or_dash),
        cmocka_unit_test(test_change_object_stops_are_marked),
        cmocka_unit_test(test_stop_ends_the_changed_object),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
