/* An -ing speech verb after a comma ("..., adding that "...") carries the subject of the clause
 * before it. A prepositional phrase that opens the sentence ("In his talk to the Budget Panel,")
 * does not hide that subject: the person named right after its comma is the one speaking. */
#include "helpers.h"

static void test_subject_after_opening_phrase(void **state)
{
    (void)state;
    expect_quote_claim("Treasurer Osk Varden spoke on Monday. In his talk to the Budget Panel, Varden repeated "
                       "that he was content with the levy, adding that \"It is a level we mean to keep.\"",
                       "\"It is a level we mean to keep.\"", "Osk Varden", 0);
}

static void test_subject_without_opening_phrase(void **state)
{
    (void)state;
    expect_quote_claim("Treasurer Osk Varden spoke on Monday. Varden repeated that he was content with the "
                       "levy, adding that \"It is a level we mean to keep.\"",
                       "\"It is a level we mean to keep.\"", "Osk Varden", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_subject_after_opening_phrase),
        cmocka_unit_test(test_subject_without_opening_phrase),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
