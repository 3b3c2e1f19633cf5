/* Role nouns of broadcasting, museums and market or political comment name a speaker as "coach"
 * does (data/person_nouns.tsv): before a name and a colon ("Radio Four controller Ivo Pask:"), or
 * as the head of a description that speaks ("said the strategist", "a senior commentator wrote"). */
#include "helpers.h"

static void test_controller_before_name_and_colon(void **state)
{
    (void)state;
    expect_quote_claim("The show will return in May with a longer format. Radio Four controller Ivo Pask: \"It is a "
                       "bright new start for the show and we want it to reach every listener.\"",
                       "\"It is a bright new start for the show and we want it to reach every listener.\"", "Ivo Pask",
                       0);
}

static void test_strategist_and_curator_described(void **state)
{
    (void)state;
    expect_quote_claim("\"Prices will settle once the harvest is in,\" said the strategist, who asked not to be named.",
                       "\"Prices will settle once the harvest is in,\"", "strategist", 0);
    expect_quote_claim("The gallery opens again on Friday. \"We moved every painting by hand,\" said the curator.",
                       "\"We moved every painting by hand,\"", "curator", 0);
}

static void test_commentator_described(void **state)
{
    (void)state;
    expect_quote_claim("Tallis has few friends in the press. One senior commentator wrote on Sunday: \"The cabinet has "
                       "run out of ideas and out of road.\"",
                       "\"The cabinet has run out of ideas and out of road.\"", "senior commentator", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_controller_before_name_and_colon),
        cmocka_unit_test(test_strategist_and_curator_described),
        cmocka_unit_test(test_commentator_described),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
