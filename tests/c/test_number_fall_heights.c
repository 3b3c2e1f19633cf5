/* A height fallen is metres (src/numbers.c fall_height, read by bare_m): "falling 6m from
 * scaffolding" is six metres even where the sentence speaks of money, which made it six million.
 * And the falls of audiences and sales that stay millions. Every story here is our own. */
#include "helpers.h"

/* Must fire: a verb of falling, the figure, a direction or "from" and a thing, with money in the
 * sentence or not. */
static void test_heights_fallen(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"A builder was fined \xC2\xA3"
         "20,000 after a worker died falling 6m from scaffolding at a \xC2\xA3"
         "2m site. The car plunged 30m into a ravine, costing the council \xC2\xA3"
         "3m. He fell 4m from a roof. The climber fell 20m down a gully.",
         .want = {{"6m", "6m", 6, CD_NUM_MEASURE, "meters"},
                  {"30m", "30m", 30, CD_NUM_MEASURE, "meters"},
                  {"4m", "4m", 4, CD_NUM_MEASURE, "meters"},
                  {"20m", "20m", 20, CD_NUM_MEASURE, "meters"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a fall from a figure or from a time is a change of a count. */
static void test_falls_of_counts_stay_millions(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Viewers fell 2m from 8m. The show's audience fell 1.5m from last year's final. Ratings fell 3m "
         "from the previous week.",
         .want = {{"2m", "2m", 2e6, CD_NUM_CARDINAL, NO_UNIT},
                  {"1.5m", "1.5m", 1.5e6, CD_NUM_CARDINAL, NO_UNIT},
                  {"3m", "3m", 3e6, CD_NUM_CARDINAL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_heights_fallen),
        cmocka_unit_test(test_falls_of_counts_stay_millions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
