/* name-variant: a surname alone that the story gives an office its full name never has ("President
 * Reagan" beside "Donald Regan") names someone else; a surname alone with no office, or with an
 * office the full name has too (an abbreviation and its word are one office), may be a misspelling. */
#include "helpers.h"

static const char *const VARIANT = "name-variant";

static void test_office_of_another_person(void **state)
{
    (void)state;
    expect_findings_at("President Reagan named a new aide on Monday. The aide replaces Donald Regan, who resigned "
                           "last week.",
                       VARIANT, 0, NULL);
    expect_findings_at("Mayor Ann Kowalski spoke on Monday. Later, Gov. Kowalsky said the bill would pass.", VARIANT, 0,
                       NULL);
}

static void test_misspellings_with_offices_fire(void **state)
{
    (void)state;
    /* the office is the full name's: the surname alone has none */
    const char *t = "Secretary of State George Shultz spoke to farmers. Schultz said wheat must be competitive.";
    expect_finding_message(t, VARIANT, "Schultz", "George Shultz",
                           "\"Schultz\" here, but \"George Shultz\" earlier: one name spelled two ways?");
    /* one office on both */
    const char *t2 = "In comments to District Judge Harold Green, the company objected. Separately, rivals told "
                     "Judge Greene that the plan was unfair.";
    expect_finding_message(t2, VARIANT, "Greene", "Harold Green",
                           "\"Greene\" here, but \"Harold Green\" earlier: one name spelled two ways?");
    /* an abbreviation and its word are one office */
    const char *t3 = "Senator Robert Dole spoke on Monday. Later, Sen. Dolle said the bill would pass.";
    expect_finding_message(t3, VARIANT, "Dolle", "Robert Dole",
                           "\"Dolle\" here, but \"Robert Dole\" earlier: one name spelled two ways?");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_office_of_another_person),
        cmocka_unit_test(test_misspellings_with_offices_fire),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
