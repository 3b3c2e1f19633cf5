/* What keeps a superlative of judgement a claim (src/compare.c, data/compare_judgements.tsv): a
 * noun for an event or a count ("the worst flooding"), a scope later in its clause ("... we have
 * ever had", "in three decades"), an owner's result ("her best season"); and a capitalized name
 * ("Celtic Nations") is no plural noun for people, so it labels no group. */
#include "helpers.h"

/* The only comparison in t, read on 2005-03-01, covers exactly text. */
static void expect_one(const char *t, const char *text)
{
    expect_one_comparison("2005-03-01", t, text);
}

static void test_event_nouns(void **state)
{
    (void)state;
    expect_one("Rangers said the worst flooding was in Tarnby.", "the worst flooding");
    expect_one("Orlin province suffered the worst death toll, an aid group said.", "the worst death toll");
    expect_one("Brant farmers face the worst drought they have known.", "the worst drought");
    static const char *const none[] = {"Rangers said the worst idea came from Tarnby."};
    expect_no_claim(none, N_OF(none), "2005-03-01", CD_CLAIM_COMPARISON);
}

static void test_clause_scope(void **state)
{
    (void)state;
    expect_one("The strike is the worst faced by the Vessa board since it took office.", "the worst faced");
    expect_one("Ms Ebbe called it the most important pact between Kesh and Dorve in three decades.",
               "the most important pact");
    expect_one("Dorve's rye prices were the worst we've known in the post-war period, he said.", "the worst");
    expect_one("We expect the best harvest figures and export figures we have ever had in Tulmo.",
               "the best harvest figures");
    static const char *const none[] = {
        "The best plan is to sit tight and wait since prices fall.",
        "Brant sought the best terms to give Kesh relief in the period of deferral.",
        "Brant sought the best terms, and Kesh has paid nothing since June.",
    };
    expect_no_claim(none, N_OF(none), "2005-03-01", CD_CLAIM_COMPARISON);
    /* "ever" after "than" is the comparative's: the only claim */
    expect_one("Ardent put the best phones within reach of more buyers than ever before.", "more buyers than ever");
}

static void test_personal_results(void **state)
{
    (void)state;
    expect_one("Ms Ebbe won in Orlin, her best time indoors.", "her best time indoors");
    expect_one("Tomas Rell enjoyed his best season, while Ivo Marn was hurt.", "his best season");
    expect_one("Ardent Press had its worst quarter, the paper said.", "its worst quarter");
    /* results in the plural too, not periods ("his best years") */
    expect_one("All his best performances, Ms Ebbe said, came at home.", "his best performances");
    static const char *const none[] = {
        "Spring is the best time to sell a house in Kesh.",
        "In Skyrun you can upload your best time to a board.",
        "Ms Ebbe said his best years were behind him.",
    };
    expect_no_claim(none, N_OF(none), "2005-03-01", CD_CLAIM_COMPARISON);
}

static void test_capital_names(void **state)
{
    (void)state;
    expect_one("Ms Ebbe said it was the wettest Celtic Nations, with rain every day.", "the wettest Celtic Nations");
    /* "even" is a view: gone, though no group label takes it now */
    static const char *const none[] = {"Ms Ebbe said it was the most even Celtic Nations, with four contenders."};
    expect_no_claim(none, N_OF(none), "2005-03-01", CD_CLAIM_COMPARISON);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_event_nouns),
        cmocka_unit_test(test_clause_scope),
        cmocka_unit_test(test_personal_results),
        cmocka_unit_test(test_capital_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
