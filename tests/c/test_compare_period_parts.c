/* An ordinal before a part of a period with "of" or "this" after it names the part and ranks
 * nothing: "the first quarter of this year", "the second half this year". A ranking with a
 * scope ("the first quarter since 1985") or a streak ("the third week in a row") stays. */
#include "helpers.h"

static void test_parts(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Orvel hopes kelp output will double over the second half of this year.",
        "Kelp exports rose in the first quarter this year, the ministry said.",
        "Quay rents slid over the first few months of this year.",
    };
    expect_no_claim(none, N_OF(none), "1987-05-01", CD_CLAIM_COMPARISON);
}

/* A count between the ordinal and the part names a period too: "the first two weeks of this
 * spring", "the first 10 weeks of this season"; "the first two months since 1985" still ranks. */
static void test_counted_parts(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Kelp exports to Orvel doubled over the first two weeks of this spring.",
        "Orvel won six games in the first 10 weeks of this season.",
        "Quay rents at Dunmore slid over the first three months this winter.",
    };
    expect_no_claim(none, N_OF(none), "1987-05-01", CD_CLAIM_COMPARISON);
    expect_one_comparison("1987-05-01", "Dervin gained for the first two months since 1985.",
                          "the first two months since 1985");
}

static void assert_comparison(const char *t, const char *span)
{
    cd_doc *doc = analyze(t, "1987-05-01");
    assert_int_equal(count_claims(doc, CD_CLAIM_COMPARISON), 1);
    const cd_claim *c = find_claim(doc, CD_CLAIM_COMPARISON, span);
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, span));
    assert_int_equal(c->span.stop, offset_of(t, span) + strlen(span));
    cd_doc_free(doc);
}

static void test_rankings_stay(void **state)
{
    (void)state;
    assert_comparison("Dervin made a loss for the first quarter since 1985.", "the first quarter since 1985");
    assert_comparison("Ferry traffic fell for the third week in a row.", "the third week in a row");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parts),
        cmocka_unit_test(test_counted_parts),
        cmocka_unit_test(test_rankings_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
