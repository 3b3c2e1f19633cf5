/* A bare "m" after a figure (src/numbers.c bare_m): millions in audience, money or people copy,
 * metres in length, height or race copy, decided by the words of the sentence; where they do not
 * tell (or tell both), a count as written with no unit. Every story here is our own. */
#include <math.h>
#include <string.h>

#include "helpers.h"

static void test_millions_by_the_words_around(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Island TV contest audience slips by 4m\n\nThe show peaked at 11.9m, a third of the audience. Fiat "
         "gets 1bn euros now, with another 550m to follow. Titles will need between $10-25m to build.",
         .want = {{"4m", "4m", 4e6, CD_NUM_CARDINAL, NO_UNIT},
                  {"11.9m", "11.9m", 11.9e6, CD_NUM_CARDINAL, NO_UNIT},
                  {"550m", "550m", 550e6, CD_NUM_MONEY, "EUR"}}}, /* the sentence's sum in euros */
    };
    check_num_at_cases(cases, N_OF(cases));
    cd_doc *doc = analyze(cases[0].text, NULL);
    const cd_number *range = find_number(doc, "$10-25m");
    assert_non_null(range);
    assert_true(range->is_range);
    assert_true(fabs(range->value - 10e6) < 1 && fabs(range->value_hi - 25e6) < 1);
    assert_string_equal(range->unit, "USD");
    cd_doc_free(doc);
}

static void test_metres_by_the_words_around(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"He cleared 2.16m to finish fourth. She ran 400m in 51 seconds. Holmes won the 800m. The "
         "wall is 4m high. They built a 4m wall.",
         .want = {{"2.16m", "2.16m", 2.16, CD_NUM_MEASURE, "meters"},
                  {"400m", "400m", 400, CD_NUM_MEASURE, "meters"},
                  {"800m", "800m", 800, CD_NUM_MEASURE, "meters"},
                  {"4m", "4m", 4, CD_NUM_MEASURE, "meters"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not guess: no cue ("a peak of 15.3m at the end"), cues of both kinds ("tax" and "longest"),
 * capitalized size words that name a place ("the High Street"); a figure of four digits with its "m"
 * stays a number, no year. */
static void test_unknown_is_a_count_as_written(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"It fell from a peak of 15.3m at the end. The longest tax roll stretches for about 300m. "
         "That makes 2000m, he said. The High Street shop saw 12m.",
         .want = {{"15.3m", "15.3m", 15.3, CD_NUM_CARDINAL, NO_UNIT},
                  {"300m", "300m", 300, CD_NUM_CARDINAL, NO_UNIT},
                  {"2000m", "2000m", 2000, CD_NUM_CARDINAL, NO_UNIT},
                  {"12m", "12m", 12, CD_NUM_CARDINAL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* bare_m: a money figure elsewhere in the sentence made a length of a wall or a runway a
 * million ("rebuild 400m of the sea wall at a cost of £2m" read 400,000,000). The things news
 * measures in metres (num_context.tsv code 16) are cues of metres too: with money beside them the
 * sentence tells both and the figure is left unknown; alone they keep the metre. */
static void test_bare_m_beside_money_in_works_copy(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The council will rebuild 400m of the sea wall at a cost of \xC2\xA3"
         "2m. The runway, which will be extended by 500m, will cost \xC2\xA3"
         "300m. A \xC2\xA3"
         "5m scheme will raise the flood wall by 1.5m. The runway will be extended by 700m.",
         .want = {{"400m", "400m", 400, CD_NUM_CARDINAL, NO_UNIT},
                  {"500m", "500m", 500, CD_NUM_CARDINAL, NO_UNIT},
                  {"1.5m", "1.5m", 1.5, CD_NUM_CARDINAL, NO_UNIT},
                  {"700m", "700m", 700, CD_NUM_MEASURE, "meters"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: a capitalized such word is a name ("Wall Street", "Tower Bridge"), no cue; the money
 * copy keeps its millions. */
static void test_bare_m_names_of_places_are_no_length(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Wall Street had expected profits of 300m. Sales at the Tower Bridge shop rose to 12m.",
         .want = {{"300m", "300m", 300e6, CD_NUM_CARDINAL, NO_UNIT},
                  {"12m", "12m", 12e6, CD_NUM_CARDINAL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_millions_by_the_words_around),
        cmocka_unit_test(test_metres_by_the_words_around),
        cmocka_unit_test(test_unknown_is_a_count_as_written),
        cmocka_unit_test(test_bare_m_beside_money_in_works_copy),
        cmocka_unit_test(test_bare_m_names_of_places_are_no_length),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
