/* A "he" or "she" opening a sentence stands, for an age, for the person named last before it of the
 * pronoun's sex as the story's own words tell it (a title or a noun before a mention: "Mr",
 * "actress"), as quotes.c reads it for "he said"; with no such word two people named are two, and
 * the age is tied to no one. Exact spans and messages. */
#include "helpers.h"

#define STORY_DATE "2026-03-02"

static void test_pronoun_of_one_sex(void **state)
{
    (void)state;
    expect_birth_finding("The actress Ann Vey, born in 1950, met Mr John Tarrow in 1990. She died at 70 in 2015.",
                         STORY_DATE, "70 in", "1950", "Ann Vey died at 70 here, but born in 1950: 64 or 65 in 2015");
    expect_birth_finding("Mr Tom Lerner, born in 1950, met the actress Ann Vey in 1990. He died at 70 in 2015.",
                         STORY_DATE, "70 in", "1950", "Tom Lerner died at 70 here, but born in 1950: 64 or 65 in 2015");
    static const char *const fine[] = {
        "Ann Vey, born in 1950, met John Tarrow in 1990. She died at 70 in 2015.", /* no sex told */
        "Mr Tom Lerner, born in 1950, met the actress Ann Vey in 1990. She died at 70 in 2015.",
    };
    for (size_t i = 0; i < N_OF(fine); i++) {
        cd_doc *doc = analyze(fine[i], STORY_DATE);
        assert_int_equal(count_findings(doc, "inconsistent-number"), 0);
        cd_doc_free(doc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pronoun_of_one_sex),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
