/* "has written" (and "have"/"had written") attributes a quote as "wrote" does: '"...," Tom Berry, a
 * fellow at a council, has written.' (data/quote_verbs.tsv kind 0, with its auxiliary: "written"
 * alone is an adjective or a passive, "a written reply", "code written to spread"). The quote after
 * goes on with the same writer. */
#include "helpers.h"

static void test_has_written_after_quote(void **state)
{
    (void)state;
    const char *t = "Freight costs climbed in March. \"A levy on imported bikes is paid at the dock by the firm "
                    "that brings them in,\" Tom Berry, a fellow at the Lowell Trade Council, has written. "
                    "\"The foreign maker pays nothing.\"";
    expect_quote_claim(t, "\"A levy on imported bikes is paid at the dock by the firm that brings them in,\"",
                       "Tom Berry", 0);
    expect_quote_claim(t, "\"The foreign maker pays nothing.\"", "Tom Berry", 0);
}

/* "written" with no auxiliary names no writer: the quote stays unattributed */
static void test_written_alone(void **state)
{
    (void)state;
    const char *t = "The depot was shut. \"Nobody may enter the yard after dark,\" written on a sign by the gate.";
    expect_quote_claim(t, "\"Nobody may enter the yard after dark,\"", NULL, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_has_written_after_quote),
        cmocka_unit_test(test_written_alone),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
