/* name-variant: a lone word the gazetteer knows ("Nasa", "Nato") against a longer name of another
 * kind (a person "Mike Nash", "Fatos Nano") is that known name, not a spelling of the other. A
 * lone word the gazetteer does not know keeps its finding whatever kind it was guessed to be. */
#include "helpers.h"

static const char *const VARIANT = "name-variant";

static void test_known_word_of_another_kind(void **state)
{
    (void)state;
    expect_findings_at("Mike Nash, the head of the project, spoke on Monday. Nasa said the launch would wait.",
                       VARIANT, 0, NULL);
    expect_findings_at("Nato met in Brussels on Monday. Prime Minister Fatos Nano said Albania would join.",
                       VARIANT, 0, NULL);
}

static void test_unknown_words_still_fire(void **state)
{
    (void)state;
    /* "MacAlpine" alone is guessed to be a body: the guess does not silence it */
    const char *t = "Dennis McAlpine, an analyst at Smith Barney, said sales rose. MacAlpine said more would come.";
    expect_finding_message(t, VARIANT, "MacAlpine said", "Dennis McAlpine",
                           "\"MacAlpine\" here, but \"Dennis McAlpine\" earlier: one name spelled two ways?");
    const char *t2 = "Brent Beesley said on Monday that sales rose. Beesely said more would come.";
    expect_finding_message(t2, VARIANT, "Beesely", "Brent Beesley",
                           "\"Beesely\" here, but \"Brent Beesley\" earlier: one name spelled two ways?");
    /* names of one length keep their finding, whatever their kinds */
    const char *t3 = "Shares of Hoechst AG rose on Monday. Hoechts AG said profits rose.";
    expect_finding_message(t3, VARIANT, "Hoechts AG", "Hoechst AG",
                           "\"Hoechts AG\" here, but \"Hoechst AG\" earlier: one name spelled two ways?");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known_word_of_another_kind),
        cmocka_unit_test(test_unknown_words_still_fire),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
