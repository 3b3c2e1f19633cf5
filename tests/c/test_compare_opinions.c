/* Praise is no ranking one could look up (src/compare.c, opinion_marked; compare_judgements.tsv):
 * a judgement hedged ("arguably the best") or rated by the speaker ("we rated it", "in my
 * opinion") stays a view even with a scope such as "of 2018"; "most recent" means the latest and
 * ranks nothing (compare_context.tsv); a judgement word such as "frustrating" needs a bound. A
 * rating someone else gave stays a claim, and so does a hedged ranking of measure. */
#include "helpers.h"

/* The only comparison in t, read on 2019-06-01, covers exactly text. */
static void expect_one(const char *t, const char *text)
{
    expect_one_comparison("2019-06-01", t, text);
}

static void test_hedged_praise(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Arguably the best tablet of 2018, the Vell Pad is light.",
        "The Tarn X2 is easily the best phone of the year.",
    };
    expect_no_claim(none, N_OF(none), "2019-06-01", CD_CLAIM_COMPARISON);
}

static void test_speaker_rating(void **state)
{
    (void)state;
    static const char *const none[] = {
        "We rated Korvo as one of the best map apps of 2018.",
        "In my opinion, the Tarn X2 is the best phone of the year.",
    };
    expect_no_claim(none, N_OF(none), "2019-06-01", CD_CLAIM_COMPARISON);
}

static void test_latest_and_judgement_words(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Her most recent album, Glass Hours, sold well.",
        "The caves were the most frustrating part.",
    };
    expect_no_claim(none, N_OF(none), "2019-06-01", CD_CLAIM_COMPARISON);
}

static void test_rankings_that_stay(void **state)
{
    (void)state;
    /* a rating given by others: "the best tablet of 2018" runs from byte 15 to 38 */
    const char *t = "Vell was voted the best tablet of 2018.";
    expect_one(t, "the best tablet of 2018");
    assert_int_equal(offset_of(t, "the best"), 15);
    assert_int_equal(offset_of(t, "the best") + strlen("the best tablet of 2018"), 38);
    /* a ranking of measure is no view, hedged or not */
    expect_one("It is probably the largest dam in Asia.", "the largest dam in Asia");
    /* unhedged, a bounded judgement stays as it was */
    expect_one("Korvo is one of the best map apps of 2018.", "one of the best map apps of 2018");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hedged_praise),
        cmocka_unit_test(test_speaker_rating),
        cmocka_unit_test(test_latest_and_judgement_words),
        cmocka_unit_test(test_rankings_that_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
