/* A passive's subject read back over hyphenated compounds: a compound counts as one word, but its
 * glued parts are bounded too, so a long chain stops and does not run on to the sentence start. */
#include "helpers.h"

static void test_hyphen_chain_bounded(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"arrested", "grade-and-rank-and-file-reform campaigners were arrested by police", 16, "police",
         "grade-and-rank-and-file-reform campaigners"},
    };
    const char *t = "Several pay-and-grade-and-rank-and-file-reform campaigners were arrested by police.";
    expect_event_roles(t, "2004-03-08", want, N_OF(want));
}

static void test_short_compound_whole(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"arrested", "The six state-run mill owners were arrested by police", 0, "police",
         "The six state-run mill owners"},
        {"detained", "a 43-year-old farm owner was detained by police", 61, "police", "a 43-year-old farm owner"},
    };
    const char *t = "The six state-run mill owners were arrested by police. Later a 43-year-old farm owner was "
                    "detained by police.";
    expect_event_roles(t, "2004-03-08", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hyphen_chain_bounded),
        cmocka_unit_test(test_short_compound_whole),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
