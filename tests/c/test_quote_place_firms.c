/* A firm or body whose name opens with a place's ("the Tokyo Timber Exchange", "Harbor Ohio Corp",
 * "Audio of Ohio Inc") or is written with a hyphen ("Ohio-Pacific Corp", "Harbor Bank-Boston") is
 * the speaker by its whole name, though the entity pass read it in parts: not "Timber Exchange",
 * "Corp" or "Boston". An organization the gazetteer knows by
 * itself keeps its own name after a country ("the U.S. Federal Reserve" is the Federal Reserve),
 * and a possessive's place is no part of the name ("Japan's Timber Exchange"). */
#include "helpers.h"

static void test_place_opens_the_name(void **state)
{
    (void)state;
    expect_only_quote_at("The Tokyo Timber Exchange said trading would resume on Monday morning.", 31, 69,
                       "Tokyo Timber Exchange");
    expect_only_quote_at("Harbor Ohio Corp said it will shut two old mills next spring.", 22, 60, "Harbor Ohio Corp");
    expect_only_quote_at("Audio of Ohio Inc said it will shut two old mills next spring.", 23, 61, "Audio of Ohio Inc");
}

static void test_hyphenated_names(void **state)
{
    (void)state;
    /* place "Ohio" and organization "Pacific Corp"; organization "Harbor Bank" and place "Boston";
     * "To", a stop word, left out of the run of names but joined by the hyphen */
    expect_only_quote_at("Ohio-Pacific Corp said it will shut two old mills next spring.", 23, 61, "Ohio-Pacific Corp");
    expect_only_quote_at("The loan was repaid in May, Ohio-Pacific Corp said.", 0, 26, "Ohio-Pacific Corp");
    expect_only_quote_at("Harbor Bank-Boston said it will shut two old mills next spring.", 24, 62, "Harbor Bank-Boston");
    expect_only_quote_at("To-Fit Inc said it will shut two old mills next spring.", 16, 54, "To-Fit Inc");
}

static void test_known_or_owned_names_stay(void **state)
{
    (void)state;
    expect_only_quote_at("The U.S. Federal Reserve said it would add reserves to the banking system.", 30, 73,
                       "Federal Reserve");
    expect_only_quote_at("Japan's Timber Exchange said trading would resume on Monday morning.", 29, 67, "Timber Exchange");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_place_opens_the_name),
        cmocka_unit_test(test_hyphenated_names),
        cmocka_unit_test(test_known_or_owned_names_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
