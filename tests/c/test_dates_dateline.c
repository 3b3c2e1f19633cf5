/* A dateline's date ("HARLOW BAY, May 4 - ..." at a line's start: a place in capitals, a comma, the
 * date and a spaced dash) is the day the story was filed: the nearest to the story date, not the
 * one the tense of the story's first sentence picks; and its dash joins it to no date that opens
 * the story ("May 4 - April sales"). Exact values and byte offsets. */
#include "helpers.h"

static void test_dateline_is_nearest(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"TARVEN SELLS UNIT\nHARLOW BAY, May 4 - Tarven Corp said it sold its pump unit.",
         .want = {{"May 4", "1987-05-04"}}, COUNT(1)},
        {"HUNT LAKE, Md., May 4 - Orrel Inc said it cut its payout.", .want = {{"May 4", "1987-05-04"}}, COUNT(1)},
        /* no place before it: the tense decides as before */
        {"Tarven Corp said it sold the unit on May 4 - its third sale.", .want = {{"May 4", "1986-05-04"}},
         COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-05-03");
}

static void test_dateline_starts_no_range(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"HARLOW BAY, May 4 - April sales at Tarven rose 3 pct.",
         .want = {{"May 4", "1987-05-04"}, {"April", "1987-04"}}, COUNT(2)},
        {"HARLOW BAY, May 4 - Last week Tarven cut its payout.",
         .want = {{"May 4", "1987-05-04"}, {"Last week", "1987-W17"}}, COUNT(2)},
        /* a range after "from" stays one */
        {"Tarven will be shut from May 4 - May 9.", .want = {{"from May 4 - May 9", "1987-05-04/1987-05-09"}},
         COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-05-03");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dateline_is_nearest),
        cmocka_unit_test(test_dateline_starts_no_range),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
