/* A bare quote after a sentence with no speech verb goes to the person who opens that sentence as
 * its subject, after a role in lower-case words ("Former union leader Sir Ivo Marsh has ..."), or
 * with another person named in a clause a subordinator opens ("... before an injury let Tom Kerr
 * back in front."). Not when the main verb acts on another person ("Mr Voss then beat Tom Kerr."):
 * the quote may be theirs. */
#include "helpers.h"

static void test_role_before_subject(void **state)
{
    (void)state;
    expect_quote_claim("Both main parties say the time has come to talk about the issue. Former union leader Sir Ivo "
                       "Marsh has already accused both of them of a \"race to be harshest on migrants\".\n\n"
                       "\"My worry is that small parties will pick up such words and use them to stir up fear in "
                       "every town.\"",
                       "\"My worry is that small parties will pick up such words and use them to stir up fear in "
                       "every town.\"",
                       "Sir Ivo Marsh", 0);
}

static void test_subject_with_object_named_later(void **state)
{
    (void)state;
    expect_quote_claim("Mr Harlan Voss won his ninth match in a row.\n\nMr Voss spent five weeks on top before an "
                       "injury let Tom Kerr back in front. \"Since then, I feel very sure of myself on court and my "
                       "game is there.\"",
                       "\"Since then, I feel very sure of myself on court and my game is there.\"", "Harlan Voss", 0);
}

static void test_main_verb_acts_on_another(void **state)
{
    (void)state;
    expect_quote_claim("Mr Harlan Voss won his ninth match in a row.\n\nMr Voss then beat Tom Kerr. \"Since then, I "
                       "feel very sure of myself on court and my game is there.\"",
                       "\"Since then, I feel very sure of myself on court and my game is there.\"", NULL, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_before_subject),
        cmocka_unit_test(test_subject_with_object_named_later),
        cmocka_unit_test(test_main_verb_acts_on_another),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
