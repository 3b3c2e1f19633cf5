/* "he said" after a description tied to a person by "to" or "for" ("the aide to Kay", "a
 * spokesman for Roe") goes on with the one described, not with the person the description names:
 * with "the" as with "a". Fixtures written here; exact speakers and offsets. */
#include "helpers.h"

#define VISIT "The mayor, Tom Kay, will visit the port next week"
#define TRIP "the trip would last two days"

static void test_he_goes_on_with_the_aide(void **state)
{
    (void)state;
    const char *t = VISIT ", the aide to Kay said. He said " TRIP ".";
    expect_reported_clause(t, TRIP, "aide to Kay");
    assert_int_equal(offset_of(t, TRIP), 81);
    expect_reported_clause(VISIT ", a spokesman for Kay said. He said " TRIP ".", TRIP, "spokesman for Kay");
    expect_reported_clause("Ann Roe will visit the port, the spokesman for Roe said. He said " TRIP ".", TRIP,
                           "spokesman for Roe");
}

static void test_named_since_takes_he(void **state)
{
    (void)state;
    /* a man named after the aide spoke, in a sentence of his own, is whom "he" means */
    expect_reported_clause(VISIT ", the aide to Kay said. Bob Hale runs the port. He said " TRIP ".", TRIP,
                           "Bob Hale");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_he_goes_on_with_the_aide),
        cmocka_unit_test(test_named_since_takes_he),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
