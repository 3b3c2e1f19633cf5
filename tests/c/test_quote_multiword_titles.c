/* A title of several words that a stop word opens ("Under Secretary") is the speaker's title, after a
 * clause as at a sentence's start: "CLAUSE, Under Secretary Dan Amstel said" has Dan Amstel for its
 * speaker, not no claim; a preposition that opens no title stays a preposition ("Under the plan"). */
#include "helpers.h"

static void test_under_secretary(void **state)
{
    (void)state;
    expect_only_quote_at("Farm exports will rise next year, Under Secretary Dan Amstel said.", 0, 32, "Dan Amstel");
    expect_only_quote_at("Under Secretary Dan Amstel said farm exports will rise next year.", 32, 64, "Dan Amstel");
    expect_only_quote_at("Farm exports will rise next year, Agriculture Under Secretary Dan Amstel told reporters.", 0, 32,
                         "Dan Amstel");
    expect_only_quote_at("Under the plan, farm exports will rise next year, Ann Roe said.", 0, 48, "Ann Roe");
    expect_entity("Farm exports will rise next year, Under Secretary Dan Amstel said.", "Dan Amstel", "person",
                  "Dan Amstel");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_under_secretary),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
