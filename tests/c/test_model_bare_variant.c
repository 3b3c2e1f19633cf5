/* Two groups of three digits joined by a hyphen, the first ending in a digit other than 0 or 5 and
 * the second whole hundreds above it, name a model and its variant even with no maker's name
 * before them: no quantity claim. Round ends stay a range, and a tally before "vote" stays one. */
#include "helpers.h"

static void test_bare_variant_is_no_quantity(void **state)
{
    (void)state;
    const char *t = "Pilots say the 727-600 burns less fuel than its rivals.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "727"));
    assert_null(find_number(doc, "727-600"));
    cd_doc_free(doc);
}

static void test_count_before_bare_variant(void **state)
{
    (void)state;
    const char *t = "Skylane bought 12 787-300 jets in May.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "787"));
    const cd_claim *q = find_claim(doc, CD_CLAIM_QUANTITY, "12");
    assert_non_null(q);
    assert_int_equal(q->span.start, offset_of(t, "12"));
    cd_doc_free(doc);
}

static void test_round_ends_stay_a_range(void **state)
{
    (void)state;
    const char *t = "Between 325-400 walkers joined the march.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, "325-400");
    assert_non_null(n);
    assert_true(n->is_range && n->value == 325 && n->value_hi == 400);
    assert_int_equal(n->span.start, offset_of(t, "325"));
    cd_doc_free(doc);
}

static void test_tally_stays(void **state)
{
    (void)state;
    const char *t = "The bill passed by a 412-300 vote on Tuesday.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *q = find_claim(doc, CD_CLAIM_QUANTITY, "412");
    assert_non_null(q);
    assert_int_equal(q->span.start, offset_of(t, "412"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bare_variant_is_no_quantity),
        cmocka_unit_test(test_count_before_bare_variant),
        cmocka_unit_test(test_round_ends_stay_a_range),
        cmocka_unit_test(test_tally_stays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
