/* An ordinal right before a superlative is the rank the claim states, and starts it with its
 * determiner: "the fourth largest kelp importer", "its second lowest price", "the 3rd biggest
 * port". Without it the claim began at the superlative and said the first place. */
#include "helpers.h"

static void assert_comparison(const char *t, const char *needle, const char *span)
{
    cd_doc *doc = analyze(t, "1987-03-01");
    const cd_claim *c = find_claim(doc, CD_CLAIM_COMPARISON, needle);
    assert_non_null(c);
    assert_string_equal(c->comparison.form, "superlative");
    assert_int_equal(c->span.start, offset_of(t, span));
    assert_int_equal(c->span.stop, offset_of(t, span) + strlen(span));
    cd_doc_free(doc);
}

static void test_rank_words(void **state)
{
    (void)state;
    assert_comparison("Velmar is the fourth largest kelp importer in Asia.", "largest",
                      "the fourth largest kelp importer in Asia");
    assert_comparison("Wheat fell to its second lowest price in the past 9 years.", "lowest",
                      "its second lowest price in the past 9 years");
}

static void test_rank_digits(void **state)
{
    (void)state;
    assert_comparison("Pell is the 3rd biggest port in Norland.", "biggest", "the 3rd biggest port in Norland");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rank_words),
        cmocka_unit_test(test_rank_digits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
