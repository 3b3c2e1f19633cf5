/* "sanction" as a verb approves unless its object, or its passive subject, names someone who can be
 * punished: "the board sanctioned a rate cut" and "a raid sanctioned by the council" are no events;
 * "sanctioned the firm Varco" and "the athletes were sanctioned" are, as is the noun; so is an object
 * pronoun of a person ("sanctioned him"), where "sanctioned it" approves. */
#include "helpers.h"

static void test_approvals(void **state)
{
    (void)state;
    const char *const stories[] = {
        "The board sanctioned a rate cut on Monday.",
        "It was a raid sanctioned by the council.",
        "The new rules will be sanctioned in May.",
        "The board sanctioned it on Monday.",
    };
    expect_no_claim(stories, N_OF(stories), "1991-09-17", CD_CLAIM_EVENT);
}

static void test_punishments_stay(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"Varco", "sanctioned the firm Varco", 10, "The board", "the firm Varco"},
        {"athletes", "The athletes were sanctioned", 47, NULL, "The athletes"},
    };
    expect_event_roles("The board sanctioned the firm Varco for fraud. The athletes were sanctioned.", "1991-09-17",
                       want, N_OF(want));
}

static void test_object_pronouns(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"him", "sanctioned him", 11, "The league", "him"},
        {"them", "sanctioned them", 64, "The panel", "them"},
        {"her", "sanctioned her", 91, "Officials", "her"},
    };
    expect_event_roles("The league sanctioned him for the tackle on Saturday. The panel sanctioned them. "
                       "Officials sanctioned her for the late entry.",
                       "1991-09-17", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_approvals),
        cmocka_unit_test(test_punishments_stay),
        cmocka_unit_test(test_object_pronouns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
