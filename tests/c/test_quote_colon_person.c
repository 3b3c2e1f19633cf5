/* unattributed-quote: a colon that ends a clause about a person opens that person's words, though
 * the person is a pronoun's or a name the entities do not know ('Osgood was calmer in her verdict:
 * "..."', 'the oldest member explains what his plan is: "..."'). The quote is attributed, to
 * nobody named. A clause about no person ('The reason is simple:', 'It will be:') attributes
 * nothing. */
#include "helpers.h"

static void test_person_clause_attributes(void **state)
{
    (void)state;
    expect_quote_claim("Osgood was calmer in her verdict: \"We have to tighten the midfield before the cup.\"",
                       "\"We have to tighten the midfield before the cup.\"", NULL, 0);
    expect_quote_claim("After lunch, the pensioners' oldest member explains what his plan is: \"Well, I mean to swim the "
                       "lake again.\"",
                       "\"Well, I mean to swim the lake again.\"", NULL, 0);
    expect_quote_claim("Pellworth agreed: \"Nobody on the panel wanted a second vote so soon.\"",
                       "\"Nobody on the panel wanted a second vote so soon.\"", NULL, 0);
    expect_quote_claim("Marwick, who runs the late show, had a similar view: \"It is a bold new era for the late show.\"",
                       "\"It is a bold new era for the late show.\"", NULL, 0);
}

static void test_no_person_no_speaker(void **state)
{
    (void)state;
    expect_quote_claim("The reason is simple: \"Nobody wants to pay for the new ring road.\"",
                       "\"Nobody wants to pay for the new ring road.\"", NULL, 1);
    expect_quote_claim("It will be: \"Should the county approve the plan to merge the two councils?\"",
                       "\"Should the county approve the plan to merge the two councils?\"", NULL, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_person_clause_attributes),
        cmocka_unit_test(test_no_person_no_speaker),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
