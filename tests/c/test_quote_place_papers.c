/* A paper's or firm's name after "the" that the entity pass read as a place and a one-word person
 * ("the Ohio Times said": place "Ohio", person "Times") is the speaker by its whole name. A place
 * after a preposition and "the" is where the sentence is, and the name after it a person's ("In
 * the U.S. Kovac said"). */
#include "helpers.h"

static void test_place_and_word_after_the(void **state)
{
    (void)state;
    expect_only_quote_at("Prices rose 5 pct, the Ohio Times said.", 0, 17, "Ohio Times");
    expect_only_quote_at("The Ohio Times said prices rose 5 pct.", 20, 37, "Ohio Times");
}

static void test_place_after_a_preposition(void **state)
{
    (void)state;
    expect_only_quote_at("In the U.S. Kovac said prices rose 5 pct.", 23, 40, "Kovac");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_place_and_word_after_the),
        cmocka_unit_test(test_place_after_a_preposition),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
