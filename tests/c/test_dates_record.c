/* A record date ("to shareholders of record March 17") is set near the announcement, before the story
 * date or after: it is the nearest, whatever the tense of the sentence that names it ("it said the
 * dividend is payable ...", "its board voted a split"). "record" must be "of record" or follow a
 * date ("Pay Oct 2 Record Sept 1"); a record set is no record date. Exact values and byte offsets. */
#include "helpers.h"

static void test_record_date_is_the_nearest(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"It said the payout is payable March 31 to investors of record March 17.",
         .want = {{"March 31", "1987-03-31"}, {"March 17", "1987-03-17"}}, COUNT(2)},
        {"The firm said the board backed a three-for-two share split for owners of record on March 9.",
         .want = {{"March 9", "1987-03-09"}}, COUNT(1)},
        {"It said stockholders of record as of March 31 will be eligible to vote.",
         .want = {{"March 31", "1987-03-31"}}, COUNT(1)},
        {"The company said it declared a stock split, payable March 30, record March 13.",
         .want = {{"March 13", "1987-03-13"}}, COUNT(2)},
        /* the nearest may be past */
        {"The company said the dividend was paid to shareholders of record February 20.",
         .want = {{"February 20", "1987-02-20"}}, COUNT(1)},
        /* no record date */
        {"The index reached a record on March 17.", .want = {{"March 17", "1986-03-17"}}, COUNT(1)},
        {"Sales reached a record March 17.", .want = {{"March 17", "1986-03-17"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-02");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_record_date_is_the_nearest),
    };
    return cmocka_run_group_tests_name("dates_record", tests, NULL, NULL);
}
