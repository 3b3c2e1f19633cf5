/* A form in -ed glued after a hyphen ("when-issued", "long-awaited"; not after a verb's prefix:
 * "re-elected", "sole-managed") or right after a preposition ("in authorized capital", "of detailed
 * debate"; not "as" or "than": "as announced") is an adjective and tells no past; the tense
 * comes from the sentence's verbs. Exact values and byte offsets. */
#include "helpers.h"

static void test_adjectives_tell_no_past(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The bank expects to begin dealing in the bonds in when-issued form on April Seven.", .want = {{"April Seven", "1987-04-07"}},
         .date = "1987-04-01", COUNT(1)},
        {"The merger is subject to a vote at its annual meeting on April 20 of a rise in authorized capital.",
         .want = {{"April 20", "1987-04-20"}}, .date = "1987-03-02", COUNT(1)},
        {"Senators start two days of detailed debate over the budget on Thursday.",
         .want = {{"Thursday", "2017-12-28"}}, .date = "2017-12-26", COUNT(1)},
        {"Wilkinson will make his long-awaited return against Edinburgh on Saturday.",
         .want = {{"Saturday", "2017-12-30"}}, .date = "2017-12-26", COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-30");
}

static void test_verbs_keep_their_past(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"On Thursday, Bear Stearns sole-managed a 100 mln dlr offering.", .want = {{"Thursday", "1987-03-26"}},
         COUNT(1)},
        {"He was re-elected chairman on Thursday.", .want = {{"Thursday", "1987-03-26"}}, COUNT(1)},
        {"Prices will rise, as announced on Thursday.", .want = {{"Thursday", "1987-03-26"}}, COUNT(1)},
        {"The company issued new shares on April 20.", .want = {{"April 20", "1986-04-20"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-30");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_adjectives_tell_no_past),
        cmocka_unit_test(test_verbs_keep_their_past),
    };
    return cmocka_run_group_tests_name("dates_adjectives", tests, NULL, NULL);
}
