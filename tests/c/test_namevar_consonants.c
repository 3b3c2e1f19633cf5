/* name-variant: two words two edits apart are one name misspelled only if their consonants are at
 * most one edit apart (a doubled letter counted once): "Ostrovksy" for "Ostrovsky" is a slip,
 * "Belfort" beside "Selford" (two consonants changed) another name. */
#include "helpers.h"

static const char *const VARIANT = "name-variant";

static void test_two_consonants_changed_is_another_name(void **state)
{
    (void)state;
    expect_findings_at("Pupils at Selford Academy sat the test in May. Across town, Belfort Academy did the same.",
                       VARIANT, 0, NULL);
}

static void test_swapped_and_doubled_letters_still_fire(void **state)
{
    (void)state;
    const char *t = "Dmitri Ostrovsky, the mill's owner, spoke on Monday. Dmitri Ostrovksy said wages would rise.";
    expect_finding_message(t, VARIANT, "Dmitri Ostrovksy", "Dmitri Ostrovsky",
                           "\"Dmitri Ostrovksy\" here, but \"Dmitri Ostrovsky\" earlier: one name spelled two ways?");
    const char *u = "Helen Rafferty runs the project. Helen Raftery said pupils enjoyed it.";
    expect_finding_message(u, VARIANT, "Helen Raftery", "Helen Rafferty",
                           "\"Helen Raftery\" here, but \"Helen Rafferty\" earlier: one name spelled two ways?");
}

/* edit_distance leaves out the start and the end two words share: where they overlap in a doubled
 * letter ("Hannaford", "Hanaford": "Han" and "naford" in common), the one letter left still counts. */
static void test_shared_start_and_end_leave_the_edit(void **state)
{
    (void)state;
    const char *t = "Helen Hannaford, the mill's owner, spoke on Monday. Helen Hanaford said wages would rise.";
    expect_finding_message(t, VARIANT, "Helen Hanaford", "Helen Hannaford",
                           "\"Helen Hanaford\" here, but \"Helen Hannaford\" earlier: one name spelled two ways?");
    assert_int_equal(offset_of(t, "Helen Hanaford"), 52);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_two_consonants_changed_is_another_name),
        cmocka_unit_test(test_swapped_and_doubled_letters_still_fire),
        cmocka_unit_test(test_shared_start_and_end_leave_the_edit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
