/* "told" a listener of several words, then a reported clause with no "that" whose verb is a plain
 * past in -ed ("told a press briefing the council voted ..."): the clause opens at its subject, the
 * listener is no part of it. A listener with a word in -ed of its own ("the assembled staff")
 * stays out of the clause too. */
#include "helpers.h"

static void test_plain_past_after_listener(void **state)
{
    (void)state;
    static const char T[] = "Ann Lee told a press briefing the council voted to close the old bridge.";
    expect_reported_clause(T, "the council voted to close the old bridge", "Ann Lee");
    assert_int_equal(offset_of(T, "the council voted to close the old bridge"), 30);
}

static void test_past_after_determiner_is_no_verb(void **state)
{
    (void)state;
    static const char T[] = "Ann Lee told the assembled staff the firm would hire forty people in May.";
    expect_reported_clause(T, "the firm would hire forty people in May", "Ann Lee");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_past_after_listener),
        cmocka_unit_test(test_past_after_determiner_is_no_verb),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
