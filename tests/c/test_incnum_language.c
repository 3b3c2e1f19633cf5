/* inconsistent-number reads what a figure counts from the English words after it: a story that
 * does not read as English (or that the desk says is not) gets no such finding, as its own words
 * ("de", "del") would make every figure of one unit look like the same quantity. The same two
 * figures in an English story still disagree. */
#include "helpers.h"

#define RULE "inconsistent-number"

/* invented Spanish copy: a list of two works and their costs, in the same unit */
static const char SPANISH[] = "El gobierno de la provincia anunció las obras del año. Para el puerto del sur: 420 "
                              "millones de pesos. Para el hospital de la ciudad: 144 millones de pesos. Los vecinos "
                              "esperan.";

static cd_doc *analyze_as(const char *t, cd_language language)
{
    cd_options opt = {.date = "2024-05-02", .language = language};
    return analyze_opts(t, &opt);
}

static void test_other_language_has_no_finding(void **state)
{
    (void)state;
    cd_doc *doc = analyze_as(SPANISH, CD_LANGUAGE_AUTO);
    assert_int_equal(count_findings(doc, "language"), 1);
    assert_int_equal(count_findings(doc, RULE), 0);
    cd_doc_free(doc);
    doc = analyze_as(SPANISH, CD_LANGUAGE_OTHER);
    assert_int_equal(count_findings(doc, RULE), 0);
    cd_doc_free(doc);
}

/* told it is English, the desk gets the check as it reads it */
static void test_desk_says_english(void **state)
{
    (void)state;
    cd_doc *doc = analyze_as(SPANISH, CD_LANGUAGE_ENGLISH);
    assert_int_equal(count_findings(doc, RULE), 1);
    assert_finding_at(doc, SPANISH, RULE, "144 millones", "420 millones");
    cd_doc_free(doc);
}

/* an English story keeps the finding: one quantity given two values */
static void test_english_story_keeps_finding(void **state)
{
    (void)state;
    static const char t[] = "The new bridge over the river will cost 420 mln dlrs of public money, the council said. "
                            "Later the mayor said the bridge over the river will cost 450 mln dlrs of public money.";
    expect_finding_message(t, RULE, "450 mln dlrs", "420 mln dlrs",
                           "\"450 mln dlrs of public money\" here, but \"420 mln dlrs of public money\" earlier");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_other_language_has_no_finding),
        cmocka_unit_test(test_desk_says_english),
        cmocka_unit_test(test_english_story_keeps_finding),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
