/* A date's own clause with no tense word but a present that speaks of what is set to happen (src/time.c
 * own_clause_present): the future, where the verb after the clause (a main or reporting one) read the
 * past and a clause end the nearest. Exact values and byte offsets; story date Tuesday 2 June 1987
 * unless a case names its own. */
#include "helpers.h"

/* A present before the date in its clause: a verb in -s after a relative pronoun, a present verb of
 * data/time_present.tsv, "to be" and a participle. */
static void test_present_of_the_clause(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The canal, which reopens in February, was drained by the council.", .want = {{"February", "1988-02"}},
         COUNT(1)},
        {"A levy that starts in February was approved by the council.", .want = {{"February", "1988-02"}},
         COUNT(1)},
        {"Rival crews meet on 12 March at the harbour and the skipper says his side will be ready.",
         .want = {{"12 March", "2006-03-12"}}, .date = "2005-06-01", COUNT(1)},
        {"The depot, to be opened on Thursday, will ease the queues.", .want = {{"Thursday", "1987-04-02"}},
         .date = "1987-03-27", COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-02");
}

/* No such present: a word that looks back, a noun after a determiner, a headline in capitals. */
static void test_no_present_of_the_clause(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The mill, which stays calm despite a strike in February, was sold.", .want = {{"February", "1987-02"}},
         COUNT(1)},
        {"During a visit to the port in April, the minister unveiled plans.", .want = {{"April", "1987-04"}},
         COUNT(1)},
        {"HARBOUR TRAVEL CO 1ST QTR FEB 28 NET", .want = {{"FEB 28", "1987-02-28"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-02");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_present_of_the_clause),
        cmocka_unit_test(test_no_present_of_the_clause),
    };
    return cmocka_run_group_tests_name("dates_clause_present", tests, NULL, NULL);
}
