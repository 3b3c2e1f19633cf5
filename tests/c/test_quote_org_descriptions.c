/* "a spokesman for Harbor Bank said", "one official at the Harbor Bank said": the speaker is the
 * description with the organization it works for, not the organization; a "she added" after it
 * goes on with that spokeswoman. A person named before the role stays the speaker. */
#include "helpers.h"

static void test_description_with_organization(void **state)
{
    (void)state;
    expect_only_quote_at("One official at Harbor Bank said the plant would close next year.", 33, 64,
                         "official at Harbor Bank");
    expect_only_quote_at("A spokesman for the Harbor Bank said the plant would close next year.", 37, 68,
                         "spokesman for the Harbor Bank");
    expect_only_quote_at("The plant will close next year, a spokeswoman for Harbor Bank said.", 0, 30,
                         "spokeswoman for Harbor Bank");
}

static void test_pronoun_goes_on_with_it(void **state)
{
    (void)state;
    const char *t = "The mill opened in 1950. A spokeswoman for Harbor Bank said: \"We will keep the mill open.\" "
                    "She added: \"Nobody there will lose a job this year.\"";
    expect_quote_claim_at(t, "\"Nobody there will lose a job this year.\"", "spokeswoman for Harbor Bank", 102);
}

static void test_named_person_stays(void **state)
{
    (void)state;
    expect_only_quote_at("Ann Lake, chief of Harbor Bank, said the plant would close next year.", 37, 68, "Ann Lake");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_description_with_organization),
        cmocka_unit_test(test_pronoun_goes_on_with_it),
        cmocka_unit_test(test_named_person_stays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
