/* Entities: a name the gazetteer knows before a legal form is a firm's name, whole: an organization
 * it knows takes the legal form in and is named as the story writes it ("Microsoft Corp", not
 * "Microsoft" and "Corp"); a place before one ends a longer firm's name ("Tolland Finance Asia
 * Ltd", not "Asia"); and an ordinal that opens a sentence opens such a name ("First Ohio Corp").
 * A legal form's word that a hyphen joins to a title is no legal form ("Co-Chairman"), and another
 * stop word stays out ("Next Tolland Corp"). */
#include "helpers.h"

static void test_known_organization_and_legal_form(void **state)
{
    (void)state;
    const char *t = "Microsoft Corp said it will open two offices in May.";
    expect_only_quote_at(t, 20, 51, "Microsoft Corp");
    expect_entity(t, "Microsoft Corp", "organization", "Microsoft Corp");
    expect_only_quote_at("The Labour Party Co-Chairman said it will open two offices in May.", 34, 65, "Co-Chairman");
}

static void test_place_inside_a_firm(void **state)
{
    (void)state;
    const char *t = "Tolland Finance Asia Ltd said it will open two offices in May.";
    expect_only_quote_at(t, 30, 61, "Tolland Finance Asia Ltd");
    expect_entity(t, "Tolland Finance Asia Ltd", "organization", "Tolland Finance Asia Ltd");
}

static void test_ordinal_opens_a_firm(void **state)
{
    (void)state;
    expect_only_quote_at("First Ohio Corp said it will open two offices in May.", 21, 52, "First Ohio Corp");
    expect_only_quote_at("Next Tolland Corp said it will open two offices in May.", 23, 54, "Tolland Corp");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known_organization_and_legal_form),
        cmocka_unit_test(test_place_inside_a_firm),
        cmocka_unit_test(test_ordinal_opens_a_firm),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
