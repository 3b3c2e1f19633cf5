/* "X was quoted by <source> as saying: ..." names X, the subject of the passive, as the speaker:
 * the paper or agency between "by" and "as" only carried the words. The same holds with no source
 * ("was quoted as saying"). A "by" phrase that holds a comma or a verb is a clause, not a source,
 * and names nobody. */
#include "helpers.h"

static void test_subject_of_quoted_by_speaks(void **state)
{
    (void)state;
    expect_quote_claim("Coach Pella Marrow was quoted by the Riverside Gazette as saying: \"Our squad can "
                       "still win the shield this spring.\"",
                       "\"Our squad can still win the shield this spring.\"", "Pella Marrow", 0);
    expect_quote_claim("Treasurer Osk Varden was quoted by Nordwire as saying: \"The levy will stay where it "
                       "is for now.\"",
                       "\"The levy will stay where it is for now.\"", "Osk Varden", 0);
}

static void test_quoted_as_saying_still_speaks(void **state)
{
    (void)state;
    expect_quote_claim("Coach Pella Marrow was quoted as saying: \"Our squad can still win the shield this "
                       "spring.\"",
                       "\"Our squad can still win the shield this spring.\"", "Pella Marrow", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_subject_of_quoted_by_speaks),
        cmocka_unit_test(test_quoted_as_saying_still_speaks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
