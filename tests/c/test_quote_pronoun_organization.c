/* "It said" after a quote goes to the organisation that spoke last in its paragraph or the one
 * before, not to the one named last, unless an organisation is the subject of a sentence since.
 * Names and figures are made up. */
#include "helpers.h"

#define SITES "\"The two sites will be sold by the autumn,\""

/* Brindle spoke, a person spoke, Corley Stores is named as an object: "it" is Brindle */
static void test_last_organization_that_spoke(void **state)
{
    (void)state;
    const char *t = "\"We regret the loss of forty jobs,\" said Brindle Foods Ltd on Monday. Shop steward Tom Garvey said: "
                    "\"Our members were told nothing.\" The bakeries supplied Corley Stores Inc in the north. " SITES
                    " it added.";
    expect_quote_claim(t, SITES, "Brindle Foods Ltd", 0);
}

/* an organisation that is the subject of a sentence since is the one "it" means */
static void test_subject_named_since(void **state)
{
    (void)state;
    const char *t = "\"We regret the loss of forty jobs,\" said Brindle Foods Ltd on Monday. Shop steward Tom Garvey said: "
                    "\"Our members were told nothing.\" Corley Stores Inc bought the bakeries in May. " SITES
                    " it added.";
    expect_quote_claim(t, SITES, "Corley Stores Inc", 0);
}

/* the speaker two paragraphs back is too far: the organisation named last, as before */
static void test_speaker_too_far_back(void **state)
{
    (void)state;
    const char *t = "\"We regret the loss of forty jobs,\" said Brindle Foods Ltd on Monday.\n\nShop steward Tom Garvey said: "
                    "\"Our members were told nothing.\"\n\nThe bakeries supplied Corley Stores Inc in the north. " SITES
                    " it added.";
    expect_quote_claim(t, SITES, "Corley Stores Inc", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_last_organization_that_spoke),
        cmocka_unit_test(test_subject_named_since),
        cmocka_unit_test(test_speaker_too_far_back),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
