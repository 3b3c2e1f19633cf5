/* A day past its month's end ("November 31", "Feb. 30", "February 29, 2023", "31 April") keeps its
 * claim, with no value (Recognizers-Text's "not resolved"), so nothing false is asserted; a period it
 * ends keeps the period's value. It raises an impossible-date error on the claim's span naming the
 * month's length. Exact values, messages and byte offsets. */
#include "helpers.h"

/* The story's only impossible-date finding: its exact span (`at`) and message. */
static void expect_impossible(const char *story, const char *date, const char *at, const char *message)
{
    expect_one_error(story, date, "impossible-date", at, message);
}

static void test_claimed_without_a_value(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The plant closed on November 31, 1987, the company said.",
         .want = {{"November 31, 1987", NULL}}, COUNT(1)},
        {"Its fiscal year ended November 31, 1987, the company said.", /* the period it ends keeps its value */
         .want = {{"fiscal year ended November 31, 1987", "1986-12/1987-11"}}, COUNT(1)},
        {"Shipments were delayed to Feb. 30, 2023.", .want = {{"Feb. 30, 2023", NULL}}, COUNT(1)},
        {"The deal closed on February 29, 2023.", .want = {{"February 29, 2023", NULL}}, COUNT(1)},
        {"The office opened on 31 April 2017.", .want = {{"31 April 2017", NULL}}, COUNT(1)},
        {"The vote was held on November 31.", .want = {{"November 31", NULL}}, COUNT(1)},
        /* a real day stays a day */
        {"The deal closed on February 29, 2024.", .want = {{"February 29, 2024", "2024-02-29"}}, COUNT(1)},
        {"The vote was held on November 30.", .want = {{"November 30", "1987-11-30"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-12-26");
}

static void test_finding_names_the_month_length(void **state)
{
    (void)state;
    expect_impossible("The plant closed on November 31, 1987, the company said.", "1987-12-26", "November 31, 1987",
                      "'November 31, 1987': November 31 does not exist (November has 30 days)");
    expect_impossible("Its fiscal year ended November 31, 1987, the company said.", "1987-12-26",
                      "fiscal year ended November 31, 1987",
                      "'fiscal year ended November 31, 1987': November 31 does not exist (November has 30 days)");
    expect_impossible("Shipments were delayed to Feb. 30, 2023.", "2023-03-01", "Feb. 30, 2023",
                      "'Feb. 30, 2023': February 30 does not exist (February 2023 has 28 days)");
    expect_impossible("The deal closed on February 29, 2023.", "2023-03-01", "February 29, 2023",
                      "'February 29, 2023': February 29 does not exist (February 2023 has 28 days)");
    expect_impossible("The office opened on 31 April 2017.", "2017-05-02", "31 April 2017",
                      "'31 April 2017': April 31 does not exist (April has 30 days)");
    expect_impossible("Talks resume on February 30, officials said.", "2017-01-10", "February 30",
                      "'February 30': February 30 does not exist (February has 28 or 29 days)");
    expect_impossible("The vote was held on Tuesday, November 31, 1987.", "1987-12-26", "Tuesday, November 31, 1987",
                      "'Tuesday, November 31, 1987': November 31 does not exist (November has 30 days)");
}

static void test_no_finding(void **state)
{
    (void)state;
    static const char *const stories[] = {
        "The deal closed on February 29, 2024.",
        "The vote was held on November 30.",
        "The vote was held on 30 April 2017.",
        "The club sealed the 31-30 win in November.",
        "In November 31 percent said no.", /* a quantity, not a day */
        "From 31 to 40 people came in April.",
    };
    expect_no_finding(stories, N_OF(stories), "2017-12-26", "impossible-date");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_claimed_without_a_value),
        cmocka_unit_test(test_finding_names_the_month_length),
        cmocka_unit_test(test_no_finding),
    };
    return cmocka_run_group_tests_name("dates_impossible", tests, NULL, NULL);
}
