/* Copy whose paragraph breaks were lost runs a multi-paragraph quote on in one paragraph: `"A.
 * "B. "C."`, each part opening with a mark and only the last closing. The parts are one quote: a
 * part that the one before runs on into opens a sentence (it goes on with the speaker of the part
 * before, even where the sentence splitter did not end the sentence: "£25m."), and a run with no
 * speaker is reported once, at its start, not once a part. */
#include "helpers.h"

static void test_run_reported_once(void **state)
{
    (void)state;
    expect_findings_at("The 31-year-old insisted he will be happy if he is charged. \"If a decision is taken to "
                       "have charges filed against me, I will accept it gladly. \"A prosecution means that the case "
                       "will be cleared. I want to go to the end.\"",
                       "unattributed-quote", 1, "\"If a");
    /* two quotes, each closed: two findings */
    expect_findings_at("The 31-year-old insisted he will be happy. \"I will accept any decision gladly.\" The "
                       "hearing is next week. \"A prosecution means that the case will be cleared.\"",
                       "unattributed-quote", 2, "\"I will");
}

static void test_run_keeps_its_speaker(void **state)
{
    (void)state;
    expect_quote_speaker("Outgoing Leeds chairman Gerald Krasner said: \"This deal ensures the survival of the club. "
                         "\"When we took over Leeds United in March 2004, the club had a debt of \xC2\xA3"
                         "103m, and my board has reduced the debt to under \xC2\xA3"
                         "25m. \"We worked tirelessly to solve all of the problems at Leeds United.\"",
                         "\"We worked", "Gerald Krasner");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_run_reported_once),
        cmocka_unit_test(test_run_keeps_its_speaker),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
