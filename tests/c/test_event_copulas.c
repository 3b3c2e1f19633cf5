/* A copula of data/ev_copulas.tsv ("remains", "stayed") before a participle is read as a form of
 * "be": the subject is the target of a passive ("the old depot remains closed", "he will remain
 * suspended"), never an actor "remain" or a target "depot remains"; and the verb ends the noun
 * phrase of a noun event's complement ("a ban on pesticide sales remains in force"). "remains" and
 * "stay" are nouns too: after a determiner, or with no participle, adjective or "in" after them,
 * they end no phrase ("seized the remains of a fort", "lifted the stay"). */
#include "helpers.h"

static void test_copulas(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"depot", "The old depot remains closed", 0, NULL, "The old depot"},
        {"He will", "He will remain suspended", 30, NULL, "He"},
        {"pesticide", "ban on pesticide sales", 68, NULL, "pesticide sales"},
        {"Schools", "Schools in Tarvin stayed shut", 109, NULL, "Schools in Tarvin"},
    };
    expect_event_roles("The old depot remains closed. He will remain suspended until May. "
                       "A ban on pesticide sales remains in force. Schools in Tarvin stayed shut on Monday.",
                       "1990-02-06", want, N_OF(want));
}

static void test_copula_nouns(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"remains", "seized the remains", 11, "The rebels", "the remains"},
        {"stay", "suspended the stay", 55, "A judge", "the stay"},
        {"copper", "ban on copper exports", 89, NULL, "copper exports"},
        {"tin", "ban on tin sales", 138, NULL, "tin sales"},
    };
    expect_event_roles("The rebels seized the remains of the old fort. A judge suspended the stay on Friday. "
                       "The ban on copper exports remains firmly in force. A ban on tin sales remains.",
                       "1990-02-06", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_copulas),
        cmocka_unit_test(test_copula_nouns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
