/* name-variant: a word written with and without its final full stop ("Corp." and "Corp"), or two
 * forms of one stem ("Democrat", "Democratic"; "Yugoslav", "Yugoslavia"; a plural in capitals), is
 * no name spelled two ways; a misspelling whose ends both look like endings still is. */
#include "helpers.h"

static const char *const VARIANT = "name-variant";

static void test_full_stop_is_no_spelling(void **state)
{
    (void)state;
    expect_findings_at("Fitch and Moody's Corp said it lowered the rating of Harbor Bank Corp.", VARIANT, 0, NULL);
    expect_findings_at("The foundation holds 27 pct of the Hilton Corp, its lawyers said. The sale was approved "
                           "by the Hilton Corp.",
                       VARIANT, 0, NULL);
    expect_findings_at("The firm sold its Omnilab unit, S.A.Y said. Tom Jones, S.A.Y. president, said the unit "
                           "lost money.",
                       VARIANT, 0, NULL);
}

static void test_forms_of_one_stem(void **state)
{
    (void)state;
    expect_findings_at("Senate Democratic leader Robert Byrd said the vote was lost. \"We will not win this one,\" "
                           "the Ohio Democrat told reporters.",
                       VARIANT, 0, NULL);
    expect_findings_at("SENATE REPUBLICANS BACK NOMINEE\nTwo senators backed the nominee. Senate Republican leader "
                           "Robert Dole said he would vote for him.",
                       VARIANT, 0, NULL);
    expect_findings_at("A court upheld the award to William Tavoulareas. The Tavoulareases said the article was false.",
                       VARIANT, 0, NULL);
    expect_findings_at("Western economists said Yugoslavia would pay. According to official Yugoslav figures, debt "
                           "fell.",
                       VARIANT, 0, NULL);
}

static void test_misspellings_still_fire(void **state)
{
    (void)state;
    /* "-us" and "-ues" both look like endings, but neither word is the other's stem */
    const char *t = "French Transport Minister Jacques Douffiagues spoke on Monday. Douffiagus said cooperation "
                    "was widespread.";
    expect_finding_message(t, VARIANT, "Douffiagus", "Jacques Douffiagues",
                           "\"Douffiagus\" here, but \"Jacques Douffiagues\" earlier: one name spelled two ways?");
    /* with the full stop aside, the names differ in one word only: a misspelling */
    const char *t2 = "Hughes Tool Co said it sold a unit. The buyer paid Huges Tool Co. 20 mln dlrs.";
    expect_finding_message(t2, VARIANT, "Huges Tool Co.", "Hughes Tool Co",
                           "\"Huges Tool Co.\" here, but \"Hughes Tool Co\" earlier: one name spelled two ways?");
    const char *t3 = "Priya Chawdhry, our Mumbai reporter, said rail travel rose. Ms Chawdry said stations were shabby.";
    expect_finding_message(t3, VARIANT, "Chawdry", "Priya Chawdhry",
                           "\"Chawdry\" here, but \"Priya Chawdhry\" earlier: one name spelled two ways?");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_full_stop_is_no_spelling),
        cmocka_unit_test(test_forms_of_one_stem),
        cmocka_unit_test(test_misspellings_still_fire),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
