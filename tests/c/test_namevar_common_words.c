/* name-variant: a one-word name whose first mention opens a sentence, and which the story also
 * writes in lower case ("Bankers said ...", "some bankers"), is a common word capitalized by its
 * place: no name spelled two ways. A name alone mid-sentence, or one never written in lower case,
 * still counts. */
#include "helpers.h"

static const char *const VARIANT = "name-variant";

static void test_common_words_opening_sentences(void **state)
{
    (void)state;
    expect_findings_at("Brokers said the new issue took them by surprise. Dealers were cautious. Bankers said the "
                       "market rose too fast, and some bankers expect calm.",
                       VARIANT, 0, NULL);
    expect_findings_at("Compaq president Rod Canion spoke on Monday. Company officials said 250,000 machines were "
                       "shipped. The company said sales rose.",
                       VARIANT, 0, NULL);
}

static void test_names_still_fire(void **state)
{
    (void)state;
    /* mid-sentence: capitalized as a name, though "lucky" is a word too */
    const char *t = "Analyst Michael Luckey spoke on Monday. Rivals said Lucky was wrong, and the lucky few agreed.";
    expect_finding_message(t, VARIANT, "Lucky was", "Michael Luckey",
                           "\"Lucky\" here, but \"Michael Luckey\" earlier: one name spelled two ways?");
    /* opening a sentence, but never written in lower case */
    const char *t2 = "Transport Minister John Crosbie spoke on Monday. Crosibie said the bid was the lowest.";
    expect_finding_message(t2, VARIANT, "Crosibie", "John Crosbie",
                           "\"Crosibie\" here, but \"John Crosbie\" earlier: one name spelled two ways?");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_common_words_opening_sentences),
        cmocka_unit_test(test_names_still_fire),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
