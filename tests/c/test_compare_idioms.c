/* A superlative in a fixed phrase ranks nothing a checker could look up: "in the best interests
 * of", "the highest bidder", "the best way to", "the best start in life"; nor does a comparative
 * compare in one ("a larger than life figure"). A superlative with another noun stays a ranking. */
#include "helpers.h"

static void test_idioms(void **state)
{
    (void)state;
    static const char *const none[] = {
        "The Dunlow board said the offer was in the best interests of its members.",
        "The painting will go to the highest bidder next week.",
        "Talks are the best way to settle the ferry dispute, Ms Orr said.",
        "Every child in Dunmore should get the best start in life, Ms Orr said.",
        "Pell was a larger than life figure at the Tavel mill.",
        "Pell was a larger-than-life figure at the Tavel mill.",
    };
    expect_no_claim(none, N_OF(none), "2005-03-01", CD_CLAIM_COMPARISON);
}

static void test_rankings_stay(void **state)
{
    (void)state;
    const char *t = "Pavo had the highest interest rates in the region.";
    cd_doc *doc = analyze(t, "2005-03-01");
    assert_int_equal(count_claims(doc, CD_CLAIM_COMPARISON), 1);
    const char *span = "the highest interest rates in the region";
    const cd_claim *c = find_claim(doc, CD_CLAIM_COMPARISON, span);
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, span));
    assert_int_equal(c->span.stop, offset_of(t, span) + strlen(span));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_idioms),
        cmocka_unit_test(test_rankings_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
