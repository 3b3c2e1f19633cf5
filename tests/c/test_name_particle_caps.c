/* Entities: the particles of a person's name are one table, lower case ("van der", "bin") and, for
 * an office holder's name after the office, capitalized too ("Van Der", "Bin", "Dos"): the name
 * keeps its first word ("Osman Bin Hashim", not "Bin Hashim"). */
#include "helpers.h"

static void expect_person(const char *t, const char *span, size_t at)
{
    assert_int_equal(offset_of(t, span), at);
    expect_entity(t, span, "person", NULL);
}

static void test_capitalized_particles_in_an_office_holders_name(void **state)
{
    (void)state;
    expect_person("Minister of Trade Osman Bin Hashim said the quota stood.", "Osman Bin Hashim", 18);
    expect_person("Secretary of State for Housing Teodor Dos Santos told the board.", "Teodor Dos Santos", 31);
    expect_person("Minister of Social Affairs Pieter Van Der Molen said no.", "Pieter Van Der Molen", 27);
}

static void test_lower_case_particles_still_join_a_name(void **state)
{
    (void)state;
    expect_person("Osman bin Hashim said the talks went well.", "Osman bin Hashim", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_capitalized_particles_in_an_office_holders_name),
        cmocka_unit_test(test_lower_case_particles_still_join_a_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
