/* A bare quote after a sentence with no speech verb goes to the person who opens that sentence as
 * its subject, after a role in lower-case words ("Former union leader Sir Ivo Marsh has ..."), set
 * off by commas after a role ("His friend, Mia Gold, leader of ..., puts ..."), or
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
                       "injury let Tom Kerr back in front. \"From that day on I have felt sure of myself and my serve "
                       "is working.\"",
                       "\"From that day on I have felt sure of myself and my serve is working.\"", "Harlan Voss", 0);
}

static void test_name_set_off_after_role(void **state)
{
    (void)state;
    expect_quote_claim("Mr Ed Tarrant says few voters mention the tax plan.\n\nHis friend, Mia Gold, leader of the "
                       "county Labour group, puts the blame on a single issue. \"You cannot overstate how much the "
                       "war cost us. We lost people who held key roles.\"",
                       "\"You cannot overstate how much the war cost us. We lost people who held key roles.\"",
                       "Mia Gold", 0);
}

static void test_main_verb_acts_on_another(void **state)
{
    (void)state;
    expect_quote_claim("Mr Harlan Voss won his ninth match in a row.\n\nMr Voss then beat Tom Kerr. \"From that day "
                       "on I have felt sure of myself and my serve is working.\"",
                       "\"From that day on I have felt sure of myself and my serve is working.\"", NULL, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_before_subject),
        cmocka_unit_test(test_subject_with_object_named_later),
        cmocka_unit_test(test_name_set_off_after_role),
        cmocka_unit_test(test_main_verb_acts_on_another),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
