/* A past participle alone after a conjunction (data/ev_bare_subs.tsv) is a passive with its subject
 * and "be" left out: "faces ten years in jail if convicted" names no one who convicts, and the
 * nearest name, read before as the actor, was the one to be convicted. A verb after its subject
 * stays active, and "once", an adverb too, is the conjunction only where a clause starts: after a
 * subject it is the adverb of an active verb, and the conjunction itself is no target. */
#include "helpers.h"

static void test_bare_participle(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"convicted", "convicted", 39, NULL, NULL},
        {"detained", "detained", 102, NULL, NULL},
        {"seized", "seized the boats", 119, "Norway", "the boats"},
        {"banned", "banned whaling", 175, "Varnia Port Authority", "whaling"},
        {"arrested", "arrested", 196, NULL, NULL},
        {"fined", "fined the crew", 243, "Tom Reed", "the crew"},
        /* the adverb (data/claim_verb_cues.tsv) is no part of the subject */
        {"closed", "closed the port", 272, "Iceland", "the port"},
    };
    expect_event_roles("Mr Tom Reed faces ten years in jail if convicted of fraud. "
                       "Ms Ann Holt said the men were beaten while detained. "
                       "Norway seized the boats in May. The Varnia Port Authority once banned whaling. "
                       "Once arrested, the men were freed. Mr Tom Reed once fined the crew. Iceland once closed the port.",
                       "2004-03-08", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bare_participle),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
