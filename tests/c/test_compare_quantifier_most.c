/* "most" after "that", "those" or "these" counts a share of a group, it ranks nothing
 * (src/compare.c, quantifier_most): "a poll found that most ferries run late". After "the" or an
 * owner it is still the superlative. */
#include "helpers.h"

static void test_most_after_that(void **state)
{
    (void)state;
    static const char *const none[] = {
        "A poll in Oske found that most ferries run late.",
        "Velmar said that most growers in the valley sold early.",
        "The guide is aimed at those most exposed to floods.",
        "Of the mills, these most affected were shut.",
    };
    expect_no_claim(none, N_OF(none), "2005-03-01", CD_CLAIM_COMPARISON);
}

static void test_most_after_the(void **state)
{
    (void)state;
    /* "the most crowded port in Oske" runs from byte 8 to 37 */
    const char *t = "Lund is the most crowded port in Oske.";
    cd_doc *doc = analyze(t, "2005-03-01");
    assert_int_equal(count_claims(doc, CD_CLAIM_COMPARISON), 1);
    const cd_claim *c = find_claim(doc, CD_CLAIM_COMPARISON, "the most crowded port in Oske");
    assert_span(t, c, "the most crowded port in Oske");
    assert_int_equal(c->span.start, 8);
    assert_int_equal(c->span.stop, 37);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_most_after_that),
        cmocka_unit_test(test_most_after_the),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
