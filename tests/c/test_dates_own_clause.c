/* The tense a date with no year takes from the words after it stays in the date's own clause
 * (src/time.c own_clause_end): a verb past a comma, "and", "which" or a quotation mark is another
 * clause's, a reporting verb's or the main clause's after a relative one. A date that opens its clause
 * (time_opens_clause) still reads the verb after the comma. Exact values and byte offsets; story date
 * Wednesday 18 March 1987. */
#include "helpers.h"

/* A reporting verb or another clause after the date says nothing of it: the nearest May, not the
 * last. */
static void test_verb_past_the_clause_end(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Harbour fees may climb in May, port officials said.", .want = {{"May", "1987-05"}}, COUNT(1)},
        {"Its quarry may stay shut until May, and the owners said the stoppage hurt.",
         .want = {{"May", "1987-05"}}, COUNT(1)},
        {"The depot, which could shut in May, was built by a ferry firm.", .want = {{"May", "1987-05"}}, COUNT(1)},
        /* a tense word inside the clause still decides */
        {"Harbour fees climbed in May, port officials said.", .want = {{"May", "1986-05"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-18");
}

/* A date that opens its clause has the verb after the comma for its own. */
static void test_date_opening_its_clause(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"In a statement on Friday, the mill owners said output dropped.", .want = {{"Friday", "1987-03-13"}},
         COUNT(1)},
        /* "that" after a preposition is a determiner, no relative clause */
        {"During that quiet spell in May, the ferry firm dismissed staff.", .want = {{"May", "1986-05"}},
         COUNT(1)},
        /* a time that opens a relative clause, its end right after the time; else the clause goes on */
        {"She has no doubt that in two years, this fair will be the largest in Asia.",
         .want = {{"two years", "1989-03-18"}}, COUNT(1)},
        {"The ferry firm, which on May 1 becomes Harbour Lines, said profits fell.", .want = {{"May 1", "1987-05-01"}},
         COUNT(1)},
        {"In that wet week in October, the goalkeeper twisted his knee.", .want = {{"October", "1986-10"}},
         .date = "1987-06-02", COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-18");
}

/* A future past the clause's end still reads: a clause that goes on from the date's seldom speaks
 * of what is to come while the date is over. Not where a word that looks back stands in the date's
 * clause. Story date 2 June 1987, so the nearest 1 April or 4 February is this year's, gone. */
static void test_future_past_the_clause_end(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The last day to swap passes is 1 April, when unsold seats will go on general sale.",
         .want = {{"1 April", "1988-04-01"}}, COUNT(1)},
        {"The replay is on 4 February and the visitors will want revenge.", .want = {{"4 February", "1988-02-04"}},
         COUNT(1)},
        {"The weather for Sunday, dry but chilly, will suit the rowers.", .want = {{"Sunday", "1987-06-07"}},
         COUNT(1)},
        /* a past there is still another clause's */
        {"The replay is on 4 February and the visitors wanted revenge.", .want = {{"4 February", "1987-02-04"}},
         COUNT(1)},
        /* the date's clause looks back */
        {"The levy, which follows a walkout on 4 February, is expected to lift fares.",
         .want = {{"4 February", "1987-02-04"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-02");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_verb_past_the_clause_end),
        cmocka_unit_test(test_date_opening_its_clause),
        cmocka_unit_test(test_future_past_the_clause_end),
    };
    return cmocka_run_group_tests_name("dates_own_clause", tests, NULL, NULL);
}
