/* A passive whose be-chain follows a relative "which" or "that" takes the relative's antecedent
 * for its target ("the old mill which was closed": the old mill), where it had none; the claim
 * stays the participle, as an active verb's does after its antecedent. A name before "who" keeps
 * its claim from the name on. A name right after "by" is an agent in the noun phrase before it,
 * not what the relative points back to ("the bid by Varco Holdings which was withdrawn"). */
#include "helpers.h"

static void test_passive_relative(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"closed", "closed", 47, NULL, "the old mill"},
        {"suspended", "suspended", 84, NULL, "Two ferries"},
        {"fined", "Anna Berg, who was fined", 144, NULL, "Anna Berg"},
        {"withdrawn", "withdrawn", 230, NULL, NULL},
    };
    expect_event_roles("The council will reopen the old mill which was closed in May. "
                       "Two ferries that were suspended last week will sail again. "
                       "The inquiry heard from Anna Berg, who was fined twice. "
                       "The board weighed the bid by Varco Holdings which was withdrawn in May.",
                       "2004-03-08", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_passive_relative),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
