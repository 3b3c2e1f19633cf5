/* Scorers and their minutes after a heading of scorers and its colon inside a line (src/numbers.c
 * scorers_heading, num_context.tsv code 23): moments, labels, no counts, where a match report's
 * entries run on in one line. Another heading, or "goals" in lower case inside a sentence, leaves
 * the first figure a count. Every story here is our own. */
#include "helpers.h"

/* Must fire: a heading after another entry in the line, a line that goes on after the full stop,
 * one scorer alone. */
static void test_scorers_after_a_heading(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Booked: Tamblin. Goals: Vossler 12, Brennick 44 og. Att: 21,000\n\nScorers: Ellery 60.\n",
         .want = {{"Vossler 12", "12", 12, CD_NUM_LABEL, NO_UNIT},
                  {"Brennick 44", "44", 44, CD_NUM_LABEL, NO_UNIT},
                  {"21,000", "21,000", 21000, CD_NUM_CARDINAL, NO_UNIT},
                  {"Ellery 60", "60", 60, CD_NUM_LABEL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a heading of no scorers, "goals" in lower case inside a sentence. */
static void test_other_headings_count(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Fans: Dunmore 12, Kellet 40. He listed his goals: Dunmore 12, Kellet 40.",
         .want = {{"Fans: Dunmore 12", "12", 12, CD_NUM_CARDINAL, NO_UNIT},
                  {"goals: Dunmore 12", "12", 12, CD_NUM_CARDINAL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scorers_after_a_heading),
        cmocka_unit_test(test_other_headings_count),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
