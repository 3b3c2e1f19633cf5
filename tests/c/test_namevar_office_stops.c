/* name-variant, two offices for one person: a full stop after an office written in full ends a
 * sentence ("to run for governor. Haig, a former admiral"), so the name after it has no office;
 * the full stop of an abbreviation ("Sen.", "Gov.") is its own. */
#include "helpers.h"

static const char *const VARIANT = "name-variant";

static void test_office_ending_a_sentence(void **state)
{
    (void)state;
    expect_findings_at("HAIG TO RUN\n\nFormer U.S. Secretary of the Navy Alexander Haig has said he plans "
                       "to run for governor.\n    Haig, a former admiral, said he would campaign in Ohio.",
                       VARIANT, 0, NULL);
    expect_findings_at("Secretary of State Ann Cole spoke on Monday. She said she would run for mayor. Cole, a "
                       "lawyer, said she would campaign.",
                       VARIANT, 0, NULL);
}

static void test_abbreviated_offices_fire(void **state)
{
    (void)state;
    const char *t = "Gov. Ann Cole spoke on Monday. Later, Sen. Ann Cole left.";
    expect_finding_message(t, VARIANT, "Ann Cole left", "Ann Cole spoke",
                           "Ann Cole is called senator here, but governor earlier");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_office_ending_a_sentence),
        cmocka_unit_test(test_abbreviated_offices_fire),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
