/* A sentence that names two people and quotes one after "but added" or ", saying": the person who
 * opens the sentence, a lower-case verb right after the name, is its subject and the speaker. When
 * "but" or "and" opens a clause of the other person's ("but his lawyer, Sam Hill, told"), that
 * person is the one who goes on speaking. */
#include "helpers.h"

static void test_opening_person_speaks(void **state)
{
    (void)state;
    expect_quote_claim_at("Ann Lee doubted whether Tom Kay would win, but added: \"He has worked hard for it all "
                          "year.\"",
                          "\"He has worked hard for it all year.\"", "Ann Lee", 54);
}

static void test_other_clause_keeps_its_person(void **state)
{
    (void)state;
    expect_quote_claim_at("Ann Lee named Tom Kay as the driver but his lawyer, Sam Hill, told the court it was a "
                          "mistake and added: \"He was at home all night with his family.\"",
                          "\"He was at home all night with his family.\"", "Sam Hill", 105);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_opening_person_speaks),
        cmocka_unit_test(test_other_clause_keeps_its_person),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
