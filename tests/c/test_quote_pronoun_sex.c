/* A pronoun resolves to no one the story shows to be of the other sex: a title or a noun right
 * before a full name ("Mr Tom Hale", "actress Ann Roe", "his wife Ann Roe") tells it. Nothing is
 * guessed from given names, and a family name alone tells nothing (spouses share it). Nor is the
 * nearest name one inside a quote (whom the speaker talks of). */
#include "helpers.h"

#define BREAD "\"We will have to raise the price of bread by the spring.\""

static void test_she_passes_a_man(void **state)
{
    (void)state;
    const char *t = "Ann Roe runs the bakery on the square. Mr Tom Hale, who owns the mill, said flour prices "
                    "would rise. She said: " BREAD;
    expect_quote_claim(t, BREAD, "Ann Roe", 0);
}

static void test_he_passes_a_woman(void **state)
{
    (void)state;
    const char *t = "Tom Hale owns the mill by the river. His wife Ann Roe runs the bakery. Ms Ann Roe said "
                    "flour prices would rise. He said: " BREAD;
    expect_quote_claim(t, BREAD, "Tom Hale", 0);
}

/* not told: the last speaker, as before */
static void test_sex_not_told(void **state)
{
    (void)state;
    const char *t = "Ann Roe runs the bakery on the square. Tom Hale, who owns the mill, said flour prices "
                    "would rise. She said: " BREAD;
    expect_quote_claim(t, BREAD, "Tom Hale", 0);
}

/* "Mrs Hale" tells nothing of "President Hale": one family name, two people */
static void test_family_name_alone(void **state)
{
    (void)state;
    const char *t = "Mrs Hale was at the dinner. Ann Roe runs the bakery. President Hale said flour prices "
                    "would rise. He said: " BREAD;
    expect_quote_claim(t, BREAD, "Hale", 0);
}

/* the last speaker described by a noun of the pronoun's sex, and no person named since as the
 * subject: the description */
static void test_described_speaker(void **state)
{
    (void)state;
    const char *t = "A bakery spokeswoman said the shop would open in May. The mill was built by Tom Hale. "
                    "She said: " BREAD;
    expect_quote_claim(t, BREAD, "bakery spokeswoman", 0);
}

/* a person named inside a quote is whom the speaker talks of, not whom the writer's "he" means */
static void test_name_in_a_quote(void **state)
{
    (void)state;
    const char *t = "The mill was built by Tom Hale. Ms Ann Roe said: \"I sold the flour to Bob Kay.\" He said: " BREAD;
    expect_quote_claim(t, BREAD, "Tom Hale", 0);
    assert_int_equal(offset_of(t, BREAD), 89);
}

/* unless a speech verb stands beside it: the writer's words, taken in by a quote left open */
static void test_name_beside_a_verb_in_a_quote(void **state)
{
    (void)state;
    const char *t = "The mill was built by Tom Hale. Ms Ann Roe said the flour was sold. \"We sold the flour, said "
                    "Bob Kay at the fair. \"We will bake more,\" he said.";
    expect_quote_claim(t, "\"We will bake more,\"", "Bob Kay", 0);
    assert_int_equal(offset_of(t, "\"We will"), 114);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_she_passes_a_man),
        cmocka_unit_test(test_he_passes_a_woman),
        cmocka_unit_test(test_sex_not_told),
        cmocka_unit_test(test_family_name_alone),
        cmocka_unit_test(test_described_speaker),
        cmocka_unit_test(test_name_in_a_quote),
        cmocka_unit_test(test_name_beside_a_verb_in_a_quote),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
