/* Superlatives no one could check (src/compare.c, data/compare_judgements.tsv): a judgement with
 * nothing to bound it ("the best film", "the most important thing") and a superlative that stands
 * for a group of people ("help the poorest", "the youngest children") are no claims. A scope, a
 * figure, a record word, an owner, or a ranking of one member keeps the claim. */
#include "helpers.h"

/* The only comparison in t, read on 2005-03-01, covers exactly text. */
static void expect_one(const char *t, const char *text)
{
    expect_one_comparison("2005-03-01", t, text);
}

static void test_judgement_alone(void **state)
{
    (void)state;
    static const char *const none[] = {
        "For Ms Varga the most important thing was the harvest in Dorve.",
        "Talks with Brant were the best chance for a deal.",
        "He told the panel his worst memory was the flood.",
    };
    expect_no_claim(none, N_OF(none), "2005-03-01", CD_CLAIM_COMPARISON);
    /* the view goes, the ranking with a scope stays */
    expect_one("Critics called Larkfield the best film, and it drew the largest crowd since 1994 at the Orlin.",
               "the largest crowd since 1994 at the Orlin");
}

static void test_judgement_bounded(void **state)
{
    (void)state;
    expect_one("Larkfield was the best film of the year, a jury said.", "the best film of the year");
    expect_one("Dorve's most important export is rye.", "Dorve's most important export");
    expect_one("Sales in Tulmo were the worst for nine years.", "the worst for nine years"); /* its period too */
    expect_one("It was their toughest test yet, said Ms Ebbe.", "their toughest test");
    /* a compound grades by its second word, here sales */
    expect_one("Ardent Press put out the best-selling novel, its editor said.", "the best-selling novel");
    /* "worst hit" measures harm */
    expect_one("Aid went first to the worst hit towns.", "the worst hit towns");
}

static void test_group_labels(void **state)
{
    (void)state;
    static const char *const none[] = {
        "The plan would help the poorest, while the richest pay more tax.",
        "Aid will go to the world's poorest nations this spring.",
        "Free meals go to the youngest children.",
    };
    expect_no_claim(none, N_OF(none), "2005-03-01", CD_CLAIM_COMPARISON);
    expect_one("Aid will go to the world's poorest nations, and the largest donors in Kesh will pay.",
               "the largest donors in Kesh");
}

static void test_group_rankings_stay(void **state)
{
    (void)state;
    expect_one("Bexia is one of the poorest countries, the fund said.", "one of the poorest countries");
    expect_one("Orrin Vale is among the world's richest, said the paper.", "among the world's richest");
    expect_one("Tax on the richest people in Kesh will rise.", "the richest people in Kesh");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_judgement_alone),
        cmocka_unit_test(test_judgement_bounded),
        cmocka_unit_test(test_group_labels),
        cmocka_unit_test(test_group_rankings_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
