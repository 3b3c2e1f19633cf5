/* Verbs that attribute a quote they follow, the speaker after them or before them ('"...,"
 * comments Ivo Sandor'; '"...," he remarks'): data/quote_verbs.tsv kind 0. The quote is the
 * speaker's and no unattributed-quote finding is made. */
#include "helpers.h"

/* The quote claim `quote` spans that text and has `speaker`; no unattributed-quote finding. */
#define expect_quote(t, quote, speaker) expect_quote_claim(t, quote, speaker, 0)

static void test_verbs_after_quote(void **state)
{
    (void)state;
    expect_quote("The probe was launched in May. \"We tuned the orbit twice before the flyby,\" comments Ivo "
                 "Sandor of the mission team.",
                 "\"We tuned the orbit twice before the flyby,\"", "Ivo Sandor");
    expect_quote("Peter Harrow walked the course twice. \"The greens here are faster than last year,\" he remarks.",
                 "\"The greens here are faster than last year,\"", "Peter Harrow");
    expect_quote("The crowd waited outside. \"Open the gates now, all of you!\" shouts Rory Vance from the van.",
                 "\"Open the gates now, all of you!\"", "Rory Vance");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_verbs_after_quote),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
