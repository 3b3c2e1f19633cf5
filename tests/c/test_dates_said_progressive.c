/* A speech verb's past with a progressive of the reported clause between it and the date (src/time.c
 * present_between, progressive_at) tells when it was said, not when the date falls: the nearest date
 * to the story date, as with a present verb there. Exact values and byte offsets; story date
 * Wednesday 18 March 1987. */
#include "helpers.h"

static void test_progressive_after_a_speech_verb(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The ferry firm said it is calling a meeting of its owners for April 21.",
         .want = {{"April 21", "1987-04-21"}}, COUNT(1)},
        {"Harbour Lines said they are cutting fares on the night crossing from April 1.",
         .want = {{"April 1", "1987-04-01"}}, COUNT(1)},
        /* a past progressive is a past */
        {"The ferry firm said it was calling a meeting of its owners for April 21.",
         .want = {{"April 21", "1986-04-21"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-18");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_progressive_after_a_speech_verb),
    };
    return cmocka_run_group_tests_name("dates_said_progressive", tests, NULL, NULL);
}
