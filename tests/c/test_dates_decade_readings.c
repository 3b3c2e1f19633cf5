/* A decade in two digits is no time where it is a temperature (a unit of degrees after it, or a
 * noun of readings in its sentence, but for one after a preposition of time alone: "since the 70s";
 * data/num_weather.tsv code 1), an age after a possessive or a
 * name's number after a capitalized word or a glued dash, when written "70's" with no "the"
 * (decade_no_time in time.c). Exact values and byte offsets. */
#include <time.h>

#include "helpers.h"

static void test_decade_temperatures(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Lows in Dunmarsh fell to the 90s F overnight.", NO_TIME},
        {"The Orrin valley will see temperatures in the 10s by dawn.", NO_TIME},
        {"Highs across the Tolvern coast sit in the mid-80's this week.",
         .want = {{"this week", "1987-W15"}}, COUNT(1)},
        /* after a preposition of time alone a decade stays one, readings or not */
        {"Wheat prices touched highs unseen since the 70s.", .want = {{"70s", "1970/1979"}}, COUNT(1)},
        {"Mean temperatures in Orrin have climbed since the 60s.", .want = {{"60s", "1960/1969"}}, COUNT(1)},
        {"Harwick sales have hit highs unseen since the mid-80's.", .want = {{"mid-80's", "1983/1986"}},
         COUNT(1)},
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

/* A noun of readings is looked for once a sentence, not at each decade: a sentence of many decades
 * and none (the worst case: the whole sentence read at each) takes linear time. Each decade is
 * one claim; the bound is loose (quadratic took some 8 s here). */
static void test_decade_many_in_one_sentence(void **state)
{
    (void)state;
    static const char unit[] = "the 70s and ";
    size_t times = 65536, u = sizeof unit - 1;
    char *src = malloc(u * times + sizeof "the 80s.");
    assert_non_null(src);
    for (size_t i = 0; i < times; i++) memcpy(src + i * u, unit, u);
    memcpy(src + u * times, "the 80s.", sizeof "the 80s.");
    clock_t t0 = clock();
    cd_doc *doc = analyze(src, "1987-04-07");
    assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 4);
    size_t n_claims, n = 0;
    const cd_claim *claims = cd_doc_claims(doc, &n_claims);
    for (size_t i = 0; i < n_claims; i++) n += claims[i].kind == CD_CLAIM_TIME;
    assert_int_equal(n, times + 1);
    cd_doc_free(doc);
    free(src);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decade_temperatures),
        cmocka_unit_test(test_decade_ages_and_names),
        cmocka_unit_test(test_decade_many_in_one_sentence),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
