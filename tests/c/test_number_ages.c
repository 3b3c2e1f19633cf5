/* An age set off by commas after a name (src/numbers.c appositive_age): "Kenteris, 31, who won" is
 * 31 years old, as news gives ages. Every story here is our own. */
#include <string.h>

#include "helpers.h"

static void test_ages_after_names(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Kenteris, 31, who won the title, and Gray, 43, of Tuxford spoke. Mr Sullivan, 42, has pleaded "
         "guilty.",
         .want = {{"Kenteris, 31", "31", 31, CD_NUM_MEASURE, "years old"},
                  {"Gray, 43", "43", 43, CD_NUM_MEASURE, "years old"},
                  {"Sullivan, 42", "42", 42, CD_NUM_MEASURE, "years old"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: three digits, a month or a day before the comma, no comma after, a word of lower case,
 * a name in capitals, a count with a noun, a place or an organization (a table of countries or teams
 * written with commas counts). */
static void test_no_age(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Models: Sportwagon, 166, GTV. In May, 12, came. Smith, 45 came. "
         "They said, 12, maybe. The BBC, 12, said so. Jones, 45 people, came. "
         "In the medal table, Russia, 10, was ahead of Germany, 8. Group A: Spain, 7, Italy, 5, France.",
         .want = {{"Sportwagon, 166", "166", 166, CD_NUM_CARDINAL, NO_UNIT},
                  {"May, 12", "12", 12, CD_NUM_CARDINAL, NO_UNIT},
                  {"Smith, 45", "45", 45, CD_NUM_CARDINAL, NO_UNIT},
                  {"said, 12", "12", 12, CD_NUM_CARDINAL, NO_UNIT},
                  {"BBC, 12", "12", 12, CD_NUM_CARDINAL, NO_UNIT},
                  {"Jones, 45", "45", 45, CD_NUM_CARDINAL, "people"},
                  {"Russia, 10", "10", 10, CD_NUM_CARDINAL, NO_UNIT},
                  {"Germany, 8", "8", 8, CD_NUM_CARDINAL, NO_UNIT},
                  {"Spain, 7", "7", 7, CD_NUM_CARDINAL, NO_UNIT},
                  {"Italy, 5", "5", 5, CD_NUM_CARDINAL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Digits after "aged" or "age" (or "between" or "of" after one: "between the ages of") are an age;
 * "and over", "or above", "and under" after a figure bound it, but not where the preposition starts a
 * phrase of its own. */
/* A range of ages: "18 and 24" is one number from lo to hi years old. */
static void expect_age_range(const cd_doc *doc, const char *text, double lo, double hi)
{
    const cd_number *n = find_number(doc, text);
    assert_non_null(n);
    assert_true(n->is_range && n->value == lo && n->value_hi == hi);
    assert_string_equal(n->unit, "years old");
}

static void test_aged(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Women aged 50 or above never use one. Those aged between 18 and 24 voted. He died aged 44. "
         "Children aged 5 and under go free. It has 30 aged 50 men. Sales rose 5% and over the year fell.",
         .want = {{"aged 50", "50", 50, CD_NUM_MEASURE, "years old"},
                  {"died aged 44", "44", 44, CD_NUM_MEASURE, "years old"},
                  {"It has 30 aged 50", "50", 50, CD_NUM_CARDINAL, "men"}}},
        {"Those between the ages of 10 and 17 earn. He left at the age of 15. The age of 10 models was high.",
         .want = {{"the age of 15", "15", 15, CD_NUM_MEASURE, "years old"},
                  {"The age of 10", "10", 10, CD_NUM_CARDINAL, "models"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
    /* the bounds and ranges beside them */
    const char *t = cases[0].text;
    cd_doc *doc = analyze(t, NULL);
    assert_string_equal(number_ending(doc, t, "aged 50")->approx, "at least");
    expect_age_range(doc, "18 and 24", 18, 24);
    assert_string_equal(number_ending(doc, t, "Children aged 5")->approx, "at most");
    assert_null(number_ending(doc, t, "rose 5%")->approx);
    cd_doc_free(doc);
    doc = analyze(cases[1].text, NULL);
    expect_age_range(doc, "10 and 17", 10, 17);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ages_after_names),
        cmocka_unit_test(test_no_age),
        cmocka_unit_test(test_aged),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
