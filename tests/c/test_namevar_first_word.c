/* name-variant: two names of one length whose last words differ are compared further only when
 * their first words are the same, by their case-folded keys (may_vary): the same first word in
 * capitals still counts as the same, and names of three words still fire. */
#include "helpers.h"

static const char *const VARIANT = "name-variant";

static void test_same_first_word_fires(void **state)
{
    (void)state;
    const char *t = "Helen Grace Fosterby, the mill's owner, spoke on Monday. Helen Grace Fosterbey said wages would rise.";
    expect_finding_message(t, VARIANT, "Helen Grace Fosterbey", "Helen Grace Fosterby",
                           "\"Helen Grace Fosterbey\" here, but \"Helen Grace Fosterby\" earlier: one name spelled two ways?");
    assert_int_equal(offset_of(t, "Helen Grace Fosterbey"), 57);
}

static void test_first_word_in_capitals_is_the_same(void **state)
{
    (void)state;
    const char *t = "HELEN FOSTERBY, the mill's owner, spoke on Monday. Helen Fosterbey said wages would rise.";
    expect_finding_message(t, VARIANT, "Helen Fosterbey", "HELEN FOSTERBY",
                           "\"Helen Fosterbey\" here, but \"HELEN FOSTERBY\" earlier: one name spelled two ways?");
    assert_int_equal(offset_of(t, "Helen Fosterbey"), 51);
}

static void test_other_first_or_middle_word_is_another_name(void **state)
{
    (void)state;
    expect_findings_at("Helen Fosterby, the mill's owner, spoke on Monday. Susan Fosterbey said wages would rise.",
                       VARIANT, 0, NULL);
    expect_findings_at("Helen Grace Fosterby, the mill's owner, spoke on Monday. Helen Joan Fosterbey said wages would rise.",
                       VARIANT, 0, NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_first_word_fires),
        cmocka_unit_test(test_first_word_in_capitals_is_the_same),
        cmocka_unit_test(test_other_first_or_middle_word_is_another_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
