/* A subject phrase with a nationality adjective (data/ent_demonyms.tsv) before its noun is a
 * common noun subject, not a name for the entity rule: "the Danish government suspended" is the
 * government's act, and "the Greek ferries closed" is what closed. Before, the capital made the
 * phrase no subject, and the event had no actor. */
#include "helpers.h"

static void test_demonym_subject(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"suspended", "suspended the fishing levy", 57, "The Danish government", "the fishing levy"},
        {"closed", "the Greek ferries closed", 103, NULL, "the Greek ferries"},
    };
    expect_event_roles("Officials met in Tarvin on Monday. The Danish government suspended the fishing levy. "
                       "Port workers said the Greek ferries closed early.",
                       "2004-03-08", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_demonym_subject),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
