/* Entities: a firm's name that holds a possessive, its words after the possessive ending in a legal
 * form ("Lark's Freight Service Inc", "Tolland and Barr's Corp"), is one organization, and the
 * speaker by its whole name: not "Freight Service Inc" or "Corp". An owner's possessive stays out
 * of the name: a place's, a person's, one the unit's name repeats, and one that ends a longer name
 * broken over a line. */
#include "helpers.h"

static void test_possessive_in_the_name(void **state)
{
    (void)state;
    const char *t = "Lark's Freight Service Inc said it will close two depots in June.";
    expect_only_quote_at(t, 32, 64, "Lark's Freight Service Inc");
    expect_entity(t, "Lark's Freight Service Inc", "organization", "Lark's Freight Service Inc");
    expect_only_quote_at("Tolland and Barr's Corp said it lowered the ratings of Zeta Inc.", 29, 63,
                         "Tolland and Barr's Corp");
}

static void test_owners_stay_out(void **state)
{
    (void)state;
    expect_only_quote_at("Canada's Acme Corp said it will close two depots in June.", 24, 56, "Acme Corp");
    expect_only_quote_at("Ann Lee's Acme Corp said it will close two depots in June.", 25, 57, "Acme Corp");
    expect_only_quote_at("Dorval's Dorval Builders Inc said it will close two depots in June.", 34, 66,
                         "Dorval Builders Inc");
    expect_only_quote_at("Harbor Natural Gas\nSystem's Delta Pipeline Corp said it will close two depots in June.", 53,
                         85, "Delta Pipeline Corp");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_possessive_in_the_name),
        cmocka_unit_test(test_owners_stay_out),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
