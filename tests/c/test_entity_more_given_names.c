/* Entities: more common given names start a person's name with no other cue (Neil, Ray, Ian,
 * Martin ...: data/ent_first_names.tsv), and a given name inside a run after an initial or a
 * hyphened word's first part is a middle name, so the person's name starts with the initial or
 * the hyphened word ("R. Neil Dubrow", "Tor-Martin Vossberg"), not at the given name. */
#include "helpers.h"

static void expect_person(const char *t, const char *span)
{
    expect_entity(t, span, "person", NULL);
}

static void test_added_given_names_start_a_person(void **state)
{
    (void)state;
    const char *t = "Neil Ostrander and Ray Lumley signed the lease on the mill.";
    expect_person(t, "Neil Ostrander");
    expect_person(t, "Ray Lumley");
    assert_int_equal(offset_of(t, "Ray Lumley"), 19);
    expect_person("The mill was sold to Ian Threlkeld in the spring.", "Ian Threlkeld");
}

static void test_middle_given_name_keeps_the_name_whole(void **state)
{
    (void)state;
    const char *t = "In March the board hired R. Bob Dubrow as its treasurer.";
    expect_person(t, "R. Bob Dubrow");
    assert_int_equal(offset_of(t, "R. Bob"), 25);
    expect_person("Tor-Bob Vossberg opened the plant in the spring.", "Tor-Bob Vossberg");
    /* an office before a given name still stays out of the name */
    expect_person("Harbor Master Bob Ruiz closed the quay.", "Bob Ruiz");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_added_given_names_start_a_person),
        cmocka_unit_test(test_middle_given_name_keeps_the_name_whole),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
