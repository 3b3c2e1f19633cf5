/* "Ann Roe, who represents Tom Kay, said CLAUSE": the name right before the comma is the object of a
 * relative clause set off after the speaker, not the speaker; the name before that clause is. */
#include "helpers.h"

static void test_name_in_a_relative_clause(void **state)
{
    (void)state;
    const char *t = "The appeal was heard in May. Ann Roe, who represents Tom Kay, said the ruling would be "
                    "challenged next week.";
    expect_quote_claim(t, "the ruling would be challenged next week", "Ann Roe", 0);
    assert_int_equal(offset_of(t, "the ruling"), 67);
}

/* a name set off by commas after its role is still the speaker */
static void test_name_set_off(void **state)
{
    (void)state;
    expect_quote_claim("The firm's lawyer, Ann Roe, said the ruling would be challenged next week.",
                       "the ruling would be challenged next week", "Ann Roe", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_name_in_a_relative_clause),
        cmocka_unit_test(test_name_set_off),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
