/* A title of two words before a name ("Prime Minister Tom Kay", "the prime minister, Tom Kay,") names
 * the person a later bare "the prime minister" stands for: the title's words end right before the
 * name, or before the comma that sets it off. named_with_title asks the word there only when it is
 * as long as the title's last word, which "Minister" is and "Prime" is not. */
#include "helpers.h"

#define TAXES "\"We will not raise taxes on bread this year,\""

static void test_title_right_before_the_name(void **state)
{
    (void)state;
    const char *t = "Prime Minister Tom Kay opened a school in the valley. " TAXES " the prime minister said.";
    expect_quote_claim(t, TAXES, "Tom Kay", 0);
    assert_int_equal(offset_of(t, TAXES), 54);
}

static void test_title_before_a_comma(void **state)
{
    (void)state;
    const char *t = "The prime minister, Tom Kay, opened a school in the valley. " TAXES " the prime minister said.";
    expect_quote_claim(t, TAXES, "Tom Kay", 0);
    assert_int_equal(offset_of(t, TAXES), 60);
}

/* a word of another length there, or the same length and another word, names no one with it */
static void test_other_words_name_no_one(void **state)
{
    (void)state;
    expect_quote_claim("Prime Minister Tom Kay opened a school in the valley. " TAXES " the finance minister said.",
                       TAXES, "finance minister", 0);
    expect_quote_claim("The prime director, Tom Kay, opened a school in the valley. " TAXES " the prime minister said.",
                       TAXES, "prime minister", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_right_before_the_name),
        cmocka_unit_test(test_title_before_a_comma),
        cmocka_unit_test(test_other_words_name_no_one),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
