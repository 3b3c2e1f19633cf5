/* A quote after a colon, with a speech verb before it in its sentence, is attributed though no
 * speaker is named ('the American said: "..."', 'a senior source told the BBC: "..."'), and so are
 * the quotes that continue it; a colon with no speech verb before it attributes nothing. */
#include "helpers.h"

static void expect_unattributed(const char *t, size_t want, const char *at)
{
    expect_findings_at(t, "unattributed-quote", want, at);
}

static void test_introduced_quote_is_attributed(void **state)
{
    (void)state;
    expect_unattributed("The Oscar-nominated actor, whose films include three hits, said: "
                        "\"The theatre is too important to close.\"",
                        0, NULL);
    expect_unattributed("A senior figure at the club told the Courier: \"We will fight the bid to the end.\"", 0, NULL);
    expect_unattributed("The twice world champion said: \"I am gutted to pull out.\" "
                        "\"My knee will not let me run.\"",
                        0, NULL);
}

static void test_colon_without_speech_verb_fires(void **state)
{
    (void)state;
    expect_unattributed("The banner over the stage carried the words: \"Taking responsibility for tough choices.\"", 1,
                        "\"Taking");
    expect_unattributed("The agenda in full: \"Taking responsibility for tough choices.\"", 1, "\"Taking");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_introduced_quote_is_attributed),
        cmocka_unit_test(test_colon_without_speech_verb_fires),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
