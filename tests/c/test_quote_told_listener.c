/* "told" and a listener of several words, then the reported clause with no "that": the clause's
 * subject opens at a determiner or a possessive pronoun ("told the local paper the mill would"),
 * or at a name after a lower-case noun, when its verb follows with no phrase of its own between;
 * the listener is no part of the claim. */
#include "helpers.h"

/* expect_reported_clause, the clause opening at byte `at` of t */
static void expect_clause(const char *t, const char *clause, const char *speaker, size_t at)
{
    expect_reported_clause(t, clause, speaker);
    assert_int_equal(offset_of(t, clause), at);
}

static void test_listener_left_out(void **state)
{
    (void)state;
    expect_clause("Tom Kay told the local paper the mill would close in May.", "the mill would close in May", "Tom Kay",
                  29);
    /* a possessive inside the listener */
    expect_clause("Tom Kay told the firm's staff the plant would close.", "the plant would close", "Tom Kay", 30);
    /* a pronoun that opens the clause right after the listener */
    expect_clause("Tom Kay told the annual dinner he would retire in June.", "he would retire in June", "Tom Kay", 31);
}

/* a determiner inside a phrase of the clause opens no subject: the span stays as it was */
static void test_phrase_inside_the_clause(void **state)
{
    (void)state;
    expect_clause("Tom Kay told the paper MPs would get a vote as the law was changed.",
                  "the paper MPs would get a vote as the law was changed", "Tom Kay", 13);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_listener_left_out),
        cmocka_unit_test(test_phrase_inside_the_clause),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
