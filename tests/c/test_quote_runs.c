/* Copy whose paragraph breaks were lost runs a multi-paragraph quote on in one paragraph: `"A.
 * "B. "C."`, each part opening with a mark and only the last closing. The parts are one quote: a
 * part that the one before runs on into opens a sentence (it goes on with the speaker of the part
 * before, even where the sentence splitter did not end the sentence: "£25m."), and a run with no
 * speaker is reported once, at its start, not once a part. (A sentence before whose subject
 * describes a person, "The 42-year-old insisted", gives the run a speaker: test_quote_described_before.c.) */
#include "helpers.h"

static void test_run_reported_once(void **state)
{
    (void)state;
    expect_findings_at("The hearing was put off until the spring. \"If the board decides to "
                       "bring a case against me, I will accept that calmly. \"A trial means that my name "
                       "will be cleared. I want to see it through.\"",
                       "unattributed-quote", 1, "\"If the");
    /* two quotes, each closed: two findings */
    expect_findings_at("The hearing was put off again. \"I will accept any ruling calmly.\" The "
                       "hearing is next week. \"A trial means that my name will be cleared.\"",
                       "unattributed-quote", 2, "\"I will");
}

static void test_run_keeps_its_speaker(void **state)
{
    (void)state;
    expect_quote_speaker("Outgoing Hull chairman Peter Marsh said: \"This sale secures the future of the club. "
                         "\"When we took over Hull City in May 2003, the club had a debt of \xC2\xA3"
                         "90m, and my board has cut the debt to under \xC2\xA3"
                         "20m. \"We worked hard to solve every one of the problems at Hull City.\"",
                         "\"We worked", "Peter Marsh");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_run_reported_once),
        cmocka_unit_test(test_run_keeps_its_speaker),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
