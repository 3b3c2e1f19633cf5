/* A weekday with no tense marker within reach (TENSE_WINDOW tokens before it, or after it) takes the
 * tense of a verb further back in its clause: "Archos launched ... on Friday" is the last Friday.
 * Not across a clause break, "before" or "until" (a deadline), a "would" that looks ahead from a
 * past, or a speech verb (what was said may be of any day), nor a future across "after": then the
 * nearest such weekday, as before. Exact values. */
#include "helpers.h"

static void test_far_verb_gives_the_tense(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Archos launched its latest range of its Linux-based portable media devices at the Consumer "
         "Electronics Show in Las Vegas on Friday.",
         .want = {{"Friday", "2005-05-27"}}, COUNT(1)},
        {"Hewitt suffered a shock defeat to Dent in the quarter-finals of the Australian Hardcourt "
         "Championships in Adelaide on Friday.",
         .want = {{"Friday", "2005-05-27"}}, COUNT(1)},
        {"Senior MPs are expected to raise concerns about the latest reports of infighting at the regular "
         "meeting of Labour backbenchers on Monday.",
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
        {"Archos launched its range, and the new devices go on sale at the Consumer Electronics Show in Las "
         "Vegas on Friday.",
         .want = {{"Friday", "2005-06-10"}}, .date = "2005-06-08", COUNT(1)},
        /* a future does not carry across "after": the event came first */
        {"The full-back will have surgery on Monday after fracturing his thumb in the narrow win over France "
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
