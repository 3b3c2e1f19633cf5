/* A verb of data/ev_control_verbs.tsv and its object before the event's "to": the object does the
 * act ("Ann Holt urged the council to close the depot" is the council's closure), not the subject
 * nor the nearest name before, which was read for it. "call on" asks the same way. "him" and "her"
 * are the last person of that sex named; another pronoun leaves no actor. An object that is a noun
 * of power or an adverb ("granted powers to", "asked again to") is no one who acts. */
#include "helpers.h"

static void test_object_acts(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"close the depot", "close the depot", 66, "the council", "the depot"},
        {"ban the nets", "ban the nets", 112, "Varnia", "the nets"},
        {"seize the boats", "seize the boats", 175, "the chief of the port agency", "the boats"},
        /* a closure with no object: what was made to close closes */
        {"close", "close", 29, NULL, "the firm"},
    };
    expect_event_roles("The flood forced the firm to close. Ann Holt urged the council to close the depot. "
                       "Tom Reed called on Varnia to ban the nets. Norway has asked the chief of the port "
                       "agency to seize the boats.",
                       "2004-03-08", want, N_OF(want));
}

static void test_pronoun_object(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"withdraw the bid", "withdraw the bid", 54, "Ida Marsh", "the bid"},
        {"shut down the mill", "shut down the mill", 110, NULL, "the mill"},
        /* no object between the verb and "to": the subject rule reads on */
        {"resign", "resign", 152, "Dan Cole", NULL},
    };
    expect_event_roles("Ms Ida Marsh met Mr Dan Cole. The rules forced her to withdraw the bid. "
                       "Dan Cole said the law allowed them to shut down the mill. Dan Cole was asked to "
                       "resign.",
                       "2004-03-08", want, N_OF(want));
}

/* "him" and "her" name a person whose sex the story tells (a title) or that a subject pronoun of
 * that sex between tells; a name alone may be of either sex, and leaves no actor. */
static void test_pronoun_needs_sex(void **state)
{
    (void)state;
    const event_roles alone[] = {{"resign", "resign", 38, NULL, NULL}};
    expect_event_roles("Ann Roe said the vote prompted him to resign.", "2004-03-08", alone, N_OF(alone));
    const event_roles told[] = {{"shut the depot", "shut the depot", 60, "Ed Vance", "the depot"}};
    expect_event_roles("Ed Vance said he was tired and the vote had prompted him to shut the depot.", "2004-03-08", told, N_OF(told));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_object_acts),
        cmocka_unit_test(test_pronoun_object),
        cmocka_unit_test(test_pronoun_needs_sex),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
