/* Entities: the short forms of given names that news copy uses (Andy, Greg, Tom, Matt, Chris ...)
 * start a person's name as the full forms do. Without them 'Andy Roddick and Greg Rusedski' at a
 * sentence's start was no person, and an office before 'Tom Brigham' ran into the name. */
#include "helpers.h"

static void test_short_first_names_start_a_person(void **state)
{
    (void)state;
    const char *t = "Andy Roddick and Greg Rusedski reached the final. Roddick beat Rusedski in three sets.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Andy Roddick", 0, "person", "Andy Roddick");
    assert_entity(doc, t, "Greg Rusedski", 0, "person", "Greg Rusedski");
    assert_entity(doc, t, "Roddick", offset_of(t, "Roddick beat"), "person", "Andy Roddick");
    cd_doc_free(doc);
}

static void test_office_before_a_short_first_name_stays_out(void **state)
{
    (void)state;
    const char *t = "Minister of State for Trade Tom Brigham told reporters the talks went well.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Tom Brigham", 0, "person", "Tom Brigham");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_short_first_names_start_a_person),
        cmocka_unit_test(test_office_before_a_short_first_name_stays_out),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
