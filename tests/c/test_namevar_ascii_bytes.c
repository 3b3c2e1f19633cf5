/* name-variant: two words of ASCII take edit_distance's first tests (lengths, letters apart) on their
 * bytes, before they are decoded (misspelled). The pair at the bounds of those tests still fires,
 * and a word with a letter beyond ASCII keeps the test on code points: "Lönn" is one letter from
 * "Lonn", two bytes from it. */
#include "helpers.h"

static const char *const VARIANT = "name-variant";

static void test_ascii_pair_at_the_bounds_fires(void **state)
{
    (void)state;
    /* 11 and 9 letters, two apart (an 'a' and an 'e' dropped): the most that two edits allow */
    const char *t = "Helen Morganstein, the gallery's owner, spoke on Monday. Helen Morgnstin said visitors came from far away.";
    expect_finding_message(t, VARIANT, "Helen Morgnstin", "Helen Morganstein",
                           "\"Helen Morgnstin\" here, but \"Helen Morganstein\" earlier: one name spelled two ways?");
    assert_int_equal(offset_of(t, "Helen Morgnstin"), 57);
}

static void test_letter_beyond_ascii_counts_once(void **state)
{
    (void)state;
    const char *t = "David Lönn, the club's coach, spoke on Monday. David Lonn said the players trained twice a week.";
    expect_finding_message(t, VARIANT, "David Lonn", "David Lönn",
                           "\"David Lonn\" here, but \"David Lönn\" earlier: one name spelled two ways?");
    assert_int_equal(offset_of(t, "David Lonn"), 48);
}

static void test_three_letters_longer_is_no_variant(void **state)
{
    (void)state;
    expect_findings_at("Maria Harrowgate, the mill's owner, spoke on Monday. Maria Harrowgateson said wages would rise.",
                       VARIANT, 0, NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ascii_pair_at_the_bounds_fires),
        cmocka_unit_test(test_letter_beyond_ascii_counts_once),
        cmocka_unit_test(test_three_letters_longer_is_no_variant),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
