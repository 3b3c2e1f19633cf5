/* "they said" goes on with the last speaker when that speaker is a group described by a plural
 * role ("dealers", "senior officials") who spoke in the same paragraph or the one before; else
 * "they" names no one, as before. */
#include "helpers.h"

#define RISE "Wool prices rose on Monday"
#define BUYERS "Buyers from the mills were active in the morning"

static void test_group_goes_on(void **state)
{
    (void)state;
    const char *t = RISE ", dealers said. " BUYERS ", they added.";
    expect_reported_clause(t, BUYERS, "dealers");
    assert_int_equal(offset_of(t, BUYERS), 42);
    expect_reported_clause(RISE ", senior officials said. " BUYERS ", they said.", BUYERS, "senior officials");
}

static void test_no_group(void **state)
{
    (void)state;
    /* a person spoke last */
    expect_reported_clause(RISE ", Tom Kay said. " BUYERS ", they added.", BUYERS, NULL);
    /* the group spoke two paragraphs before */
    expect_reported_clause(RISE ", dealers said.\n\nThe mills opened late.\n\n" BUYERS ", they added.", BUYERS, NULL);
    /* a title in -s that names one person: "princess", "Miss", "Mrs" */
    expect_reported_clause(RISE ", the princess said. " BUYERS ", they added.", BUYERS, NULL);
    expect_reported_clause(RISE ", the young Miss said. " BUYERS ", they added.", BUYERS, NULL);
    expect_reported_clause(RISE ", the old Mrs said. " BUYERS ", they added.", BUYERS, NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_group_goes_on),
        cmocka_unit_test(test_no_group),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
