/* A weekday that ends a name is no day: after a given name ("the selector James Friday", a person)
 * or before a role noun ("the Dunmore Wednesday manager", a club). A capitalized word alone before
 * the day does not make a name: wire copy writes "Treasury chief Osgood Monday warned". Exact
 * values and byte offsets. */
#include "helpers.h"

static void test_weekday_ending_a_name(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Dunmore Wednesday manager, Ray Tolley, was sacked.", NO_TIME},
        {"Dunmore Wednesday striker Ray Tolley scored twice.", NO_TIME},
        {"The squad was picked by the selector James Friday on Sunday.", .want = {{"Sunday", "2013-04-14"}},
         COUNT(1)},
        {"Treasury chief Osgood Monday warned of a deficit.", .want = {{"Monday", "2013-04-15"}}, COUNT(1)},
        {"On Friday striker Ray Tolley scored twice.", .want = {{"Friday", "2013-04-12"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2013-04-17"); /* a Wednesday */
}

/* Near a word of sport (data/time_sports.tsv) a weekday right after a capitalized word that is no
 * preposition or stopword, itself at the sentence start or after a preposition, "and", "the" or
 * punctuation, ends a club's name; elsewhere, or after "on", it is a day. */
static void test_weekday_ending_a_club_in_sport(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Premiership game between Dunmore Wednesday and Kelby ended level.", NO_TIME},
        {"Kelby drew at home to Dunmore Wednesday in the league.", NO_TIME},
        {"Dunmore Wednesday lost to Kelby in the league on Saturday.", .want = {{"Saturday", "2013-04-13"}}, COUNT(1)},
        {"In the league on Friday Kelby lost to Dunmore.", .want = {{"Friday", "2013-04-12"}}, COUNT(1)},
        {"Talks in Carrow Monday ended without a deal.", .want = {{"Monday", "2013-04-15"}}, COUNT(1)},
        /* a verb before the capitalized word: the day of what was done */
        {"The coach told Kelby Radio Monday that the season was lost.", .want = {{"Monday", "2013-04-15"}},
         COUNT(1)},
        {"Kelby beat Carrow Tuesday to lead the league.", .want = {{"Tuesday", "2013-04-16"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2013-04-17"); /* a Wednesday */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_weekday_ending_a_name),
        cmocka_unit_test(test_weekday_ending_a_club_in_sport),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
