/* An age set off by commas after a name (src/numbers.c appositive_age): "Kenteris, 31, who won" is
 * 31 years old, as news gives ages. Every story here is our own. */
#include <string.h>

#include "helpers.h"

/* The number that ends the words `at` in story t ("Kenteris, 31": the "31" there): its exact span,
 * value, kind and unit (NULL: none). */
static void expect_age(const cd_doc *doc, const char *t, const char *at, double value, cd_numkind kind, const char *unit)
{
    const cd_number *n = number_ending(doc, t, at);
    assert_true(n->value == value);
    assert_int_equal(n->kind, kind);
    if (unit) assert_string_equal(n->unit ? n->unit : "(none)", unit);
    else assert_null(n->unit);
}

static void test_ages_after_names(void **state)
{
    (void)state;
    const char *t = "Kenteris, 31, who won the title, and Gray, 43, of Tuxford spoke. Mr Sullivan, 42, has pleaded "
                    "guilty.";
    cd_doc *doc = analyze(t, NULL);
    expect_age(doc, t, "Kenteris, 31", 31, CD_NUM_MEASURE, "years old");
    expect_age(doc, t, "Gray, 43", 43, CD_NUM_MEASURE, "years old");
    expect_age(doc, t, "Sullivan, 42", 42, CD_NUM_MEASURE, "years old");
    cd_doc_free(doc);
}

/* Must not: three digits, a month or a day before the comma, no comma after, a word of lower case,
 * a name in capitals, a count with a noun, a place or an organization (a table of countries or teams
 * written with commas counts). */
static void test_no_age(void **state)
{
    (void)state;
    const char *t = "Models: Sportwagon, 166, GTV. In May, 12, came. Smith, 45 came. "
                    "They said, 12, maybe. The BBC, 12, said so. Jones, 45 people, came. "
                    "In the medal table, Russia, 10, was ahead of Germany, 8. Group A: Spain, 7, Italy, 5, France.";
    cd_doc *doc = analyze(t, NULL);
    expect_age(doc, t, "Sportwagon, 166", 166, CD_NUM_CARDINAL, NULL);
    expect_age(doc, t, "May, 12", 12, CD_NUM_CARDINAL, NULL);
    expect_age(doc, t, "Smith, 45", 45, CD_NUM_CARDINAL, NULL);
    expect_age(doc, t, "said, 12", 12, CD_NUM_CARDINAL, NULL);
    expect_age(doc, t, "BBC, 12", 12, CD_NUM_CARDINAL, NULL);
    expect_age(doc, t, "Jones, 45", 45, CD_NUM_CARDINAL, "people");
    expect_age(doc, t, "Russia, 10", 10, CD_NUM_CARDINAL, NULL);
    expect_age(doc, t, "Germany, 8", 8, CD_NUM_CARDINAL, NULL);
    expect_age(doc, t, "Spain, 7", 7, CD_NUM_CARDINAL, NULL);
    expect_age(doc, t, "Italy, 5", 5, CD_NUM_CARDINAL, NULL);
    cd_doc_free(doc);
}

/* Digits after "aged" or "age" (or "between" or "of" after one: "between the ages of") are an age; "and over", "or above", "and
 * under" after a figure bound it, but not where the preposition starts a phrase of its own. */
static void test_aged(void **state)
{
    (void)state;
    const char *t = "Women aged 50 or above never use one. Those aged between 18 and 24 voted. He died aged 44. "
                    "Children aged 5 and under go free. It has 30 aged 50 men. Sales rose 5% and over the year fell.";
    cd_doc *doc = analyze(t, NULL);
    expect_age(doc, t, "aged 50", 50, CD_NUM_MEASURE, "years old");
    assert_string_equal(number_ending(doc, t, "aged 50")->approx, "at least");
    const cd_number *n = find_number(doc, "18 and 24");
    assert_non_null(n);
    assert_true(n->is_range && n->value == 18 && n->value_hi == 24);
    assert_string_equal(n->unit, "years old");
    expect_age(doc, t, "died aged 44", 44, CD_NUM_MEASURE, "years old");
    assert_string_equal(number_ending(doc, t, "Children aged 5")->approx, "at most");
    expect_age(doc, t, "It has 30 aged 50", 50, CD_NUM_CARDINAL, "men");
    assert_null(number_ending(doc, t, "rose 5%")->approx);
    cd_doc_free(doc);
    t = "Those between the ages of 10 and 17 earn. He left at the age of 15. The age of 10 models was high.";
    doc = analyze(t, NULL);
    n = find_number(doc, "10 and 17");
    assert_non_null(n);
    assert_true(n->is_range && n->value == 10 && n->value_hi == 17);
    assert_string_equal(n->unit, "years old");
    expect_age(doc, t, "the age of 15", 15, CD_NUM_MEASURE, "years old");
    expect_age(doc, t, "The age of 10", 10, CD_NUM_CARDINAL, "models");
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
