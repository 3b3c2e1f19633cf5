/* "announced" takes a noun as its object ("the band announced a concert"): what follows it is a
 * reported clause only when one is told ("announced that", "announced he would", "announced the
 * plant would close", "announced profits rose": a change verb's past form); else no one's words
 * are reported and no quote claim is made. */
#include "helpers.h"

static void test_object_is_no_quote(void **state)
{
    (void)state;
    const char *stories[] = {
        "Tom Kay announced a concert in the city park on the first Friday of July.",
        "The council announces new parking rules for the old town every spring.",
        "Ann Lee has announced plans to open a second bakery near the station.",
        /* a change word as a noun or after "to" is no clause's verb */
        "The council announced a rule change for the old town on Monday.",
        "The council announced plans to cut parking fees in the old town.",
        "The bakery announced sharply increased prices for its rye bread.",
    };
    expect_no_claim(stories, sizeof stories / sizeof *stories, NULL, CD_CLAIM_QUOTE);
}

static void test_clause_is_reported(void **state)
{
    (void)state;
    const char *t = "Tom Kay announced that the bakery would close in May.";
    expect_reported_clause(t, "the bakery would close in May", "Tom Kay");
    assert_int_equal(offset_of(t, "the bakery"), 23);
    t = "Tom Kay announced he would retire after the harvest.";
    expect_reported_clause(t, "he would retire after the harvest", "Tom Kay");
    assert_int_equal(offset_of(t, "he would"), 18);
    expect_reported_clause("Ann Lee announced the old mill will be sold next year.", "the old mill will be sold next year",
                    "Ann Lee");
}

/* a change verb's past form soon after the clause's subject is its verb */
static void test_change_clause_is_reported(void **state)
{
    (void)state;
    const char *t = "Acme announced profits rose 10 pct in the first quarter.";
    expect_reported_clause(t, "profits rose 10 pct in the first quarter", "Acme");
    assert_int_equal(offset_of(t, "profits"), 15);
    expect_reported_clause("Ann Lee announced flour sales fell sharply in May.", "flour sales fell sharply in May",
                           "Ann Lee");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_object_is_no_quote),
        cmocka_unit_test(test_clause_is_reported),
        cmocka_unit_test(test_change_clause_is_reported),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
