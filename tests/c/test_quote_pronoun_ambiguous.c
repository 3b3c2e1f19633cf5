/* A pronoun speaker ("he said") with no subject or earlier speaker to prefer is the person named
 * last; when the sentence naming that person names another too, either could be meant: the quote
 * is attributed to nobody named (and no unattributed-quote finding is made). */
#include "helpers.h"

static void test_one_person_named(void **state)
{
    (void)state;
    const char *t = "The town council praised Tom Kay for the new bridge plan. \"We worked hard on it for years,\" "
                    "he said.";
    expect_quote_claim(t, "\"We worked hard on it for years,\"", "Tom Kay", 0);
}

static void test_two_people_named(void **state)
{
    (void)state;
    const char *t = "The town council praised Ann Lee and Tom Kay for the new bridge plan. \"We worked hard on it "
                    "for years,\" he said.";
    expect_quote_claim(t, "\"We worked hard on it for years,\"", NULL, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_person_named),
        cmocka_unit_test(test_two_people_named),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
