/* A decade of two digits after a preposition of a level and "the", in a sentence with a word of a
 * level traded ("stock", "shares", "trade"), is a price, no time: "the shares should trade in the
 * mid-40's". So is one after an adjective of a level: "in the high 60's". After "of", at the head of
 * the sentence, with no "the" or in a sentence of prices alone it stays a decade. Exact values and
 * byte offsets. */
#include "helpers.h"

static void test_decade_levels(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Pell said Tavel shares should trade in the mid-40's by June.", .want = {{"June", "1987-06"}}, COUNT(1)},
        {"The stock was in the 50s when Orvel bought it.", NO_TIME},
        {"Kelp plantings may come in the high 60's, Orrin said.", NO_TIME},
        {"The stock market boom of the 80s ended badly.", .want = {{"80s", "1980/1989"}}, COUNT(1)},
        {"The 50s saw a stock boom in Dunmore.", .want = {{"50s", "1950/1959"}}, COUNT(1)},
        {"He sang 70's songs at the trade fair.", .want = {{"70's", "1970/1979"}}, COUNT(1)},
        {"Oil prices soared in the 70s.", .want = {{"70s", "1970/1979"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-01");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decade_levels),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
