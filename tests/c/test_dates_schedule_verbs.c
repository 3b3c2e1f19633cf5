/* A present in -s of data/time_schedule.tsv after a noun subject names when something set in advance
 * starts or ends, so the date after it is to come (src/time.c schedule_verb_s). A plural noun with
 * the same form ("housing starts", "six starts") or a word that looks back between the verb and the
 * date leaves the date as it was. Exact values and byte offsets; story date Tuesday 2 June 1987, so
 * the nearest February or March is this year's, gone. */
#include "helpers.h"

static void test_schedule_verb_reads_ahead(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The bond swap, unveiled on Monday, expires March 25.",
         .want = {{"Monday", "1987-06-01"}, {"March 25", "1988-03-25"}}, COUNT(2)},
        {"The new bridge toll comes into force in February.", .want = {{"February", "1988-02"}}, COUNT(1)},
        {"The tulip show runs until 14 February.", .want = {{"14 February", "1988-02-14"}}, COUNT(1)},
        {"Their grain pact lapses in March and the current one expires in February.",
         .want = {{"March", "1988-03"}, {"February", "1988-02"}}, COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-02");
}

static void test_plural_noun_or_look_back(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Housing starts in February fell 3 pct.", .want = {{"February", "1987-02"}}, COUNT(1)},
        {"Twelve starts in March gave the winger a record.", .want = {{"March", "1987-03"}}, COUNT(1)},
        {"Forty runs in March lifted his average.", .want = {{"March", "1987-03"}}, COUNT(1)},
        {"Single-family starts in March edged up.", .want = {{"March", "1987-03"}}, COUNT(1)},
        {"The share sale closes on Friday after opening on Monday.",
         .want = {{"Friday", "1987-06-05"}, {"Monday", "1987-06-01"}}, COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-02");
}

/* A "from" that opens the range the date ends ("from 6 to 9 January") does not look back: the
 * schedule verb before it still reads; "after" before the range still does. */
static void test_schedule_verb_before_from_range(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The kite festival, which runs from 6 to 9 January, sold out.",
         .want = {{"from 6 to 9 January", "1988-01-06/1988-01-09"}}, COUNT(1)},
        {"The toll holiday runs from 2 February until 5 February.",
         .want = {{"from 2 February until 5 February", "1988-02-02/1988-02-05"}}, COUNT(1)},
        {"Trade fell after a strike from 6 to 9 January.",
         .want = {{"from 6 to 9 January", "1987-01-06/1987-01-09"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-02");
}

/* A gerund as the subject ("trading", "voting") before a verb that is seldom a plural noun. */
static void test_schedule_verb_after_gerund(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Trading resumes on Monday.", .want = {{"Monday", "1987-06-08"}}, COUNT(1)},
        {"Voting closes in February.", .want = {{"February", "1988-02"}}, COUNT(1)},
        {"Polling ends on 3 March in the north.", .want = {{"3 March", "1988-03-03"}}, COUNT(1)},
        {"Training runs in March tired the crew.", .want = {{"March", "1987-03"}}, COUNT(1)},
        {"Building starts in February rose.", .want = {{"February", "1987-02"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-02");
}

/* A verb of a schedule in a clause before the date's (after "and" or a comma, or before a
 * relative clause's pronoun) tells nothing of it: tense_around asks the clause's start only where
 * such a verb stands, and it must still keep the date out of that verb's reach. */
static void test_schedule_verb_of_another_clause(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The lease expires soon, and in March the firm moved.", .want = {{"March", "1987-03"}}, COUNT(1)},
        {"The loan expires, but in February the bank paid.", .want = {{"February", "1987-02"}}, COUNT(1)},
        {"The tariff expires in March.", .want = {{"March", "1988-03"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-02");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_schedule_verb_reads_ahead),
        cmocka_unit_test(test_plural_noun_or_look_back),
        cmocka_unit_test(test_schedule_verb_before_from_range),
        cmocka_unit_test(test_schedule_verb_after_gerund),
        cmocka_unit_test(test_schedule_verb_of_another_clause),
    };
    return cmocka_run_group_tests_name("dates_schedule_verbs", tests, NULL, NULL);
}
