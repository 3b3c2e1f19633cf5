/* Entities: "A and B" in one run of capitals, a person's name before the "and" (after a title, or
 * from a given name) and a title after it, names two people ("Prime Minister Ana Lindqvist and
 * Treasurer Paul Oduya"), not the second alone; a body's name before the "and" stays whole
 * ("Energy and Commerce Committee Chairman ..."). "Treasurer" is a title like "Secretary". */
#include "helpers.h"

/* The entity `span` of t (its first occurrence) is of `type` and starts at byte `at`. */
static void expect_type(const char *t, const char *span, size_t at, const char *type)
{
    assert_int_equal(offset_of(t, span), at);
    expect_entity(t, span, type, NULL);
}

static void test_two_titled_people_joined_by_and(void **state)
{
    (void)state;
    const char *t = "Prime Minister Ana Lindqvist and Treasurer Paul Oduya said the budget would balance.";
    expect_type(t, "Ana Lindqvist", 15, "person");
    expect_type(t, "Paul Oduya", 43, "person");
    const char *u = "The plan was drawn up by Foreign Minister Tove Brandt and Defence Minister Olli Saar last year.";
    expect_type(u, "Tove Brandt", 42, "person");
    expect_type(u, "Olli Saar", 75, "person");
}

static void test_a_body_before_and_stays_whole(void **state)
{
    (void)state;
    const char *t = "Energy and Commerce Committee Chairman Jon Dingley said no.";
    expect_type(t, "Energy and Commerce Committee", 0, "organization");
    expect_type(t, "Jon Dingley", 39, "person");
    const char *u = "The notes were placed last week, Harlow Tools treasurer Mia Sandoval said.";
    expect_type(u, "Harlow Tools", 33, "organization");
    expect_type(u, "Mia Sandoval", 56, "person");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_two_titled_people_joined_by_and),
        cmocka_unit_test(test_a_body_before_and_stays_whole),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
