/* A noun event after a possessive pronoun (data/ev_owner_pronouns.tsv): "its" and "their" stand
 * for the subject organisation or country of the sentence, or of the one before when this one
 * names none; "his" and "her" for the last named person the story tells to be of its sex, or the
 * one person of no told sex named there. The owner acts only when the act's object follows ("her
 * veto of", "its ban on") or the act is a leaving ("his resignation"); "his suspension" and "his charges of" take no actor, and none
 * of them the nearest name. A verb after "to" and a noun of intent the pronoun owns is the owner's
 * act too ("her decision to resign"); after another noun it is not ("his call to close"). */
#include "helpers.h"

static void test_pronoun_owner(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"veto of", "veto of the harbour levy", 75, "Ann Holt", "the harbour levy"},
        {"ban on", "ban on trawling", 175, "Norway", "trawling"},
        {"suspension", "suspension", 240, NULL, NULL},
        {"charges of", "charges of fraud", 296, NULL, "fraud"},
    };
    expect_event_roles("Mayor Ann Holt met Mr Tom Reed on Monday. The council in Tarvin upheld her "
                       "veto of the harbour levy. Norway opened talks with Iceland in May. "
                       "Officials told Dan Cole that its ban on trawling would stay. "
                       "Ben Mills coached Tom Reed until his suspension on Friday. "
                       "Lawyers for Tom Reed disputed his charges of fraud.",
                       "2004-03-08", want, N_OF(want));
}

static void test_pronoun_before_to(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"resign", "resign", 81, "Lena Park", NULL},
        /* a call is no intent of its owner's (data/ev_intent_nouns.tsv): others are to close it */
        {"close the mill", "close the mill", 118, NULL, "the mill"},
    };
    expect_event_roles("Ms Lena Park met Mr Dan Cole on Monday. Mr Dan Cole later backed her decision to "
                       "resign. The staff backed his call to close the mill.",
                       "2004-03-08", want, N_OF(want));
}

/* A person the story does not tell the sex of is "her" only when no other such person is named in
 * the window: "Ann Holt met Dan Cole" leaves "her veto" with no actor, not Dan Cole. */
static void test_pronoun_unstated_sex(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"veto of the levy", "veto of the levy", 54, NULL, "the levy"},
        {"veto of the rates", "veto of the rates", 119, "Ann Holt", "the rates"},
        /* a leaving is its owner's whatever follows (data/ev_owner_acts.tsv, "role") */
        {"resignation", "resignation against the wishes", 158, "Ann Holt", "the wishes"},
    };
    expect_event_roles("Ann Holt met Dan Cole on Monday. The board upheld her veto of the levy. "
                       "Ann Holt spoke on Friday. The board upheld her veto of the rates. "
                       "The board noted her resignation against the wishes of staff.",
                       "2004-03-08", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pronoun_owner),
        cmocka_unit_test(test_pronoun_before_to),
        cmocka_unit_test(test_pronoun_unstated_sex),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
