/* A quote that opens its sentence with no speaker found takes the subject of the sentence just
 * before when that subject is a person's pronoun ("She wanted to write from an early age."), a
 * pronoun after an opening phrase ("Between sessions, she ..."), or a titled name after one
 * ("However, Mr Lee has ..."): the person it stands for, as "he said" gives. */
#include "helpers.h"

static void test_pronoun_subject_speaks(void **state)
{
    (void)state;
    expect_quote_claim("Ann Lee left Leeds in 1990. She wanted to write from an early age. \"I fell to daydreaming "
                       "on a long flight home.\"",
                       "\"I fell to daydreaming on a long flight home.\"", "Ann Lee", 0);
    expect_quote_claim("Ann Lee left Leeds in 1990. Between matches, she copies out old letters. \"It keeps my hand "
                       "steady for the next round.\"",
                       "\"It keeps my hand steady for the next round.\"", "Ann Lee", 0);
}

static void test_titled_subject_after_opening_phrase(void **state)
{
    (void)state;
    expect_quote_claim("Rain fell at the ground. However, Mr Okafor has adapted the plan for his own club. \"We put "
                       "in ten nets three years ago and only one has broken.\"",
                       "\"We put in ten nets three years ago and only one has broken.\"", "Okafor", 0);
}

static void test_no_person_for_pronoun(void **state)
{
    (void)state;
    /* no person named before: the pronoun names nobody, the quote stays unattributed */
    expect_quote_claim("Rain fell. She wanted to write from an early age. \"I fell to daydreaming on a long flight "
                       "home.\"",
                       "\"I fell to daydreaming on a long flight home.\"", NULL, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pronoun_subject_speaks),
        cmocka_unit_test(test_titled_subject_after_opening_phrase),
        cmocka_unit_test(test_no_person_for_pronoun),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
