/* A weekday with no tense marker within reach (TENSE_WINDOW tokens before it, or after it) takes the
 * tense of a verb further back in its clause: "Vantek unveiled ... on Friday" is the last Friday.
 * Not across a clause break, "before" or "until" (a deadline), a "would" that looks ahead from a
 * past, or a speech verb (what was said may be of any day), nor a future across "after": then the
 * nearest such weekday, as before. Exact values. */
#include "helpers.h"

static void test_far_verb_gives_the_tense(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Vantek unveiled its newest line of its solar-powered home audio speakers at the Home Technology "
         "Fair in Chicago on Friday.",
         .want = {{"Friday", "2005-05-27"}}, COUNT(1)},
        {"Moreau suffered a surprise loss to Kessler in the semi-finals of the Baltic Clay Court Open in "
         "Riga on Friday.",
         .want = {{"Friday", "2005-05-27"}}, COUNT(1)},
        {"Senior councillors are expected to voice worries about the newest reports of feuding at the weekly "
         "gathering of Green party members on Monday.",
         .want = {{"Monday", "2005-06-06"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2005-06-01");
}

static void test_nearest_kept(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Officials said the new rules for the annual general meeting of the national federation of small "
         "family-run businesses in the north of England start on Monday.",
         .want = {{"Monday", "2005-06-06"}}, COUNT(1)},
        {"Banks were likely to scramble for funds at the central bank in the capital before the ten-day "
         "accounting period for reserves closes on Monday.",
         .want = {{"Monday", "2005-06-06"}}, COUNT(1)},
        {"Vantek unveiled its line, and the new speakers go on sale at the Home Technology Fair in Chicago on "
         "Friday.",
         .want = {{"Friday", "2005-06-10"}}, .date = "2005-06-08", COUNT(1)},
        /* a future does not carry across "after": the event came first */
        {"The winger will undergo an operation on Monday after breaking his wrist in the narrow win over France "
         "at the national stadium on Saturday.",
         .want = {{"Saturday", "2017-12-23"}}, .date = "2017-12-26"},
    };
    check_date_cases(cases, N_OF(cases), "2005-06-03");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_far_verb_gives_the_tense),
        cmocka_unit_test(test_nearest_kept),
    };
    return cmocka_run_group_tests_name("dates_far_verb", tests, NULL, NULL);
}
