/* A person who speaks in a clause that reports nothing the pass takes ("..., but Tom Hale insisted
 * CLAUSE" mid-sentence, "Tom Hale told reporters on Monday.") is still the last one speaking: a "he
 * said" after it goes on with that person, not with a person named before. */
#include "helpers.h"

#define CUP "\"We will win the cup in the spring,\""

/* "but Tom Hale insisted CLAUSE" mid-sentence makes no claim; he spoke last all the same */
static void test_he_after_a_speech_clause(void **state)
{
    (void)state;
    const char *t = "Bob Kay's team has won little this year, but Tom Hale insisted the players would recover. " CUP
                    " he said.";
    expect_quote_claim(t, CUP, "Tom Hale", 0);
    assert_int_equal(offset_of(t, CUP), 90);
}

/* a speech clause of someone told to be of the other sex than a later "she" does not take it */
static void test_she_after_a_speech_clause(void **state)
{
    (void)state;
    const char *t = "Ms Ann Roe's team has won little this year, but Mr Tom Hale insisted the players would recover. "
                    CUP " she said.";
    expect_quote_claim(t, CUP, "Ann Roe", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_he_after_a_speech_clause),
        cmocka_unit_test(test_she_after_a_speech_clause),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
