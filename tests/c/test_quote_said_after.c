/* A quote that ends its sentence is attributed by what comes right after it when that is a speech
 * verb in lower case ('... this year." said analyst Tom Hale.', the period a slip for a comma) or a
 * sentence that is only a speaker, a reporting verb and a place of saying ('Ann Lee told bankers at a
 * lunch.', 'Tom Hale said in a statement.'); not a sentence that reports a clause of its own. */
#include "helpers.h"

static void test_said_after_the_period(void **state)
{
    (void)state;
    expect_quote_claim("\"I think the market has run a bit ahead of the firm this year.\" said broker analyst Tom Hale.",
                       "\"I think the market has run a bit ahead of the firm this year.\"", "Tom Hale", 0);
    expect_quote_claim("\"I think the lenders will find a way to agree with the state soon.\"\n    Ann Lee told "
                       "bankers at a lunch.",
                       "\"I think the lenders will find a way to agree with the state soon.\"", "Ann Lee", 0);
    expect_quote_claim("\"Food labels matter to buyers, but they are hard to check.\"\n    Agency director Tom Hale "
                       "said in a statement.",
                       "\"Food labels matter to buyers, but they are hard to check.\"", "Tom Hale", 0);
}

static void test_a_clause_of_its_own(void **state)
{
    (void)state;
    expect_quote_claim("\"Food labels matter to buyers, but they are hard to check.\" Tom Hale said prices rose.",
                       "\"Food labels matter to buyers, but they are hard to check.\"", NULL, 1);
    expect_quote_claim("\"Food labels matter to buyers, but they are hard to check.\" Tom Hale raised the levy and "
                       "also promised to cut fees.",
                       "\"Food labels matter to buyers, but they are hard to check.\"", NULL, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_said_after_the_period),
        cmocka_unit_test(test_a_clause_of_its_own),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
