/* A one-word name before a speech verb, which the entity pass reads as a person's, is a firm's
 * second word after a demonym or "First" ("Canadian Ferries said", "First Harbor said"): the
 * speaker is the whole name, not "Ferries". A demonym after a title is a given name ("minister
 * German Kovac"), so the person's name stays as it was. */
#include "helpers.h"

static void test_demonym_opens_the_name(void **state)
{
    (void)state;
    expect_only_quote_at("Canadian Ferries said it will shut two old mills next spring.", 22, 60, "Canadian Ferries");
    expect_only_quote_at("The mills were sold in May, Canadian Ferries said.", 0, 26, "Canadian Ferries");
}

static void test_first_opens_the_name(void **state)
{
    (void)state;
    expect_only_quote_at("First Harbor said it will shut two old mills next spring.", 18, 56, "First Harbor");
}

static void test_title_before_the_demonym(void **state)
{
    (void)state;
    expect_only_quote_at("Economy minister German Kovac said it will shut two old mills next spring.", 35, 73, "Kovac");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_demonym_opens_the_name),
        cmocka_unit_test(test_first_opens_the_name),
        cmocka_unit_test(test_title_before_the_demonym),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
