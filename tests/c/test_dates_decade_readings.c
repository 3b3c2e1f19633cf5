/* A decade in two digits is no time where it is a temperature (a unit of degrees after it, or a
 * noun of readings in its sentence: data/num_weather.tsv code 1), an age after a possessive or a
 * name's number after a capitalized word or a glued dash, when written "70's" with no "the"
 * (decade_no_time in time.c). Exact values and byte offsets. */
#include "helpers.h"

static void test_decade_temperatures(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Lows in Dunmarsh fell to the 90s F overnight.", NO_TIME},
        {"The Orrin valley will see temperatures in the 10s by dawn.", NO_TIME},
        {"Highs across the Tolvern coast sit in the mid-80's this week.",
         .want = {{"this week", "1987-W15"}}, COUNT(1)},
        {"The Orrin valley boomed in the 70s and emptied after 1985.",
         .want = {{"70s", "1970/1979"}, {"after 1985", "1986/.."}}, COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "1987-04-07");
}

static void test_decade_ages_and_names(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Harwick chairman is in her 80's and the founder in his early 30's.", NO_TIME},
        {"Tickets for the Live Pact 30's tour sold out.", NO_TIME},
        {"The treaty counts 40 RX-70's on each side.", NO_TIME},
        {"Stations kept playing 70's songs from the Brannock archive.", .want = {{"70's", "1970/1979"}}, COUNT(1)},
        {"The Lantern 60's Look range sold well.", .want = {{"60's", "1960/1969"}}, COUNT(1)},
        {"The Brannock mill closed in the 50's.", .want = {{"50's", "1950/1959"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-04-07");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decade_temperatures),
        cmocka_unit_test(test_decade_ages_and_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
