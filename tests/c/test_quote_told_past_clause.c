/* "told" a listener of several words, then a reported clause with no "that" whose verb is a plain
 * past in -ed ("told a press briefing the council voted ...") or a past data/time_tense.tsv lists
 * ("told the paper the firm took ..."): the clause opens at its subject, the listener is no part of
 * it. A listener with a word in -ed of its own ("the assembled staff") stays out of the clause too,
 * and "ago", listed as a past's time word, is no verb. */
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

static void test_listed_past_after_listener(void **state)
{
    (void)state;
    static const char T[] = "Tom Kay told the weekly paper the firm took a loss in May.";
    expect_reported_clause(T, "the firm took a loss in May", "Tom Kay");
    assert_int_equal(offset_of(T, "the firm took a loss in May"), 30);
    /* "a week ago" is no subject and its verb: the clause opens after it */
    static const char AGO[] = "Tom Kay told the paper a week ago the firm took a loss.";
    expect_reported_clause(AGO, "the firm took a loss", "Tom Kay");
    assert_int_equal(offset_of(AGO, "the firm took a loss"), 34);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_past_after_listener),
        cmocka_unit_test(test_past_after_determiner_is_no_verb),
        cmocka_unit_test(test_listed_past_after_listener),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
