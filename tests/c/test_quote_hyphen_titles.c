/* A title written with a hyphen ("Vice-President", "Deputy-Mayor", "Vice-chairman") is a word of
 * the speaker phrase as "Vice President" is: the reported clause after or before it is a quote of
 * the person the title names. A hyphen inside a firm's name joins its words the same way: the whole
 * name speaks (test_quote_place_firms.c), never its tail. */
#include "helpers.h"

static void test_title_before_clause(void **state)
{
    (void)state;
    /* "the plant would close next year": bytes 31 to 62 */
    expect_only_quote_at("Vice-President Nora Quill said the plant would close next year.", 31, 62, "Nora Quill");
    expect_only_quote_at("Bank Vice-Chairman Ed Moss told reporters the plant would close next year.", 42, 73, "Ed Moss");
    expect_only_quote_at("Deputy-Mayor Ann Lake said the plant would close next year.", 27, 58, "Ann Lake");
}

static void test_title_after_clause(void **state)
{
    (void)state;
    expect_only_quote_at("The plant will close next year, Vice-President Ann Lake said.", 0, 30, "Ann Lake");
    expect_only_quote_at("The mill will shut in May, Vice-premier Tom Hardy told reporters.", 0, 25, "Tom Hardy");
}

static void test_firm_with_hyphen(void **state)
{
    (void)state;
    /* the whole name speaks; its tail after the hyphen never does */
    expect_only_quote_at("Acme-Pacific Corp said the plant would close next year.", 23, 54, "Acme-Pacific Corp");
    expect_only_quote_at("The plant will close next year, Acme-Pacific Corp said.", 0, 30, "Acme-Pacific Corp");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_before_clause),
        cmocka_unit_test(test_title_after_clause),
        cmocka_unit_test(test_firm_with_hyphen),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
