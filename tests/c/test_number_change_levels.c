/* "rose 2 dlrs to 18 dlrs": after a told change (a verb or adverb of change, perhaps with its
 * object between), a figure in digits and "to" a figure over 2.5 times it are the change and the
 * level it reached, two numbers, not a range. A range of changes keeps ends of one size, and a
 * change foreseen (after "to", a modal or "be") gives a range of outcomes. Every sentence here is
 * our own. */
#include "helpers.h"

static void test_change_then_level(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Kellco shares rose 2 dlrs to 18 dlrs in early trade.",
         .want = {{"2 dlrs", "2 dlrs", 2, CD_NUM_MONEY, "USD"}, {"18 dlrs", "18 dlrs", 18, CD_NUM_MONEY, "USD"}}},
        {"Tarvik Mining dropped 2-3/8 to 31-5/8 and the index was down 14.2 to 1,912.4.",
         .want = {{"2-3/8", "2-3/8", 2.375, CD_NUM_FRACTION, NO_UNIT},
                  {"31-5/8", "31-5/8", 31.625, CD_NUM_FRACTION, NO_UNIT},
                  {"14.2", "14.2", 14.2, CD_NUM_CARDINAL, NO_UNIT},
                  {"1,912.4", "1,912.4", 1912.4, CD_NUM_CARDINAL, NO_UNIT}}},
        {"Orvel Bank cut its base rate 0.25 pct to 6.75 pct.",
         .want = {{"0.25 pct", "0.25 pct", 0.25, CD_NUM_PERCENT, "%"}, {"6.75 pct", "6.75 pct", 6.75, CD_NUM_PERCENT, "%"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

static void test_ranges_stay(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Hog prices climbed 1.25 to 2.75 dlrs on the day.",
         .want = {{"1.25 to 2.75 dlrs", "1.25 to 2.75 dlrs", 1.25, CD_NUM_MONEY, "USD"}}},
        {"Output could fall 2 to 9 pct, and sales are expected to rise 3 to 12 pct.",
         .want = {{"2 to 9 pct", "2 to 9 pct", 2, CD_NUM_PERCENT, "%"}, {"3 to 12 pct", "3 to 12 pct", 3, CD_NUM_PERCENT, "%"}}},
        {"Fares rose in the 10 to 40 dlrs band.",
         .want = {{"10 to 40 dlrs", "10 to 40 dlrs", 10, CD_NUM_MONEY, "USD"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_change_then_level),
        cmocka_unit_test(test_ranges_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
