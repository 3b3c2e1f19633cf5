/* A range of days is one time claim from its first day to its last ("from March 3 to 5",
 * "between 1 and 3 June", "Dec 30 - Jan 2"), whatever follows its last day but a unit; a range whose
 * last day does not exist ("30-31 November"; "Feb 28-29" in a year without February 29: the story
 * date's year decides) is claimed whole with no value and an impossible-date error. Numbers after
 * "pages" are pages. Exact values and byte offsets. */
#include "helpers.h"

static void test_one_claim_from_first_day_to_last(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The talks run from March 3 to 5 in Geneva.", .want = {{"from March 3 to 5", "1987-03-03/1987-03-05"}},
         COUNT(1)},
        {"The talks ran March 3 through 5 at the hall.", .want = {{"March 3 through 5", "1987-03-03/1987-03-05"}},
         COUNT(1)},
        {"They met between Dec 5 and 12 when the talks broke down.",
         .want = {{"between Dec 5 and 12", "1986-12-05/1986-12-12"}}, COUNT(1)},
        {"The talks run 3 to 5 March in Geneva.", .want = {{"3 to 5 March", "1987-03-03/1987-03-05"}}, COUNT(1)},
        {"The fair is March 3-5, 2018 in Paris.", .want = {{"March 3-5, 2018", "2018-03-03/2018-03-05"}}, COUNT(1)},
        {"The fair is 3rd-5th March in Paris.", .want = {{"3rd-5th March", "1987-03-03/1987-03-05"}}, COUNT(1)},
        {"From March 6 to 10 the settlement date is March 16.", .want = {{"From March 6 to 10", "1987-03-06/1987-03-10"}},
         COUNT(2)},
        {"Voting is between 1 and 3 June.", .want = {{"between 1 and 3 June", "1987-06-01/1987-06-03"}}, COUNT(1)},
        /* across a year's end: the second day in the next year */
        {"The shop closed Dec 30 - Jan 2 for the holiday.", .want = {{"Dec 30 - Jan 2", "1986-12-30/1987-01-02"}},
         COUNT(1)},
        {"The shop will close Dec 30 - Jan 2 for the holiday.", .date = "1987-12-10",
         .want = {{"Dec 30 - Jan 2", "1987-12-30/1988-01-02"}}, COUNT(1)},
        /* February 29 in a leap story year */
        {"The show ran Feb 28-29 at the hall.", .date = "1988-06-01", .want = {{"Feb 28-29", "1988-02-28/1988-02-29"}},
         COUNT(1)},
        {"Tickets were sold between Feb 28 and 29.", .date = "1988-06-01",
         .want = {{"between Feb 28 and 29", "1988-02-28/1988-02-29"}}, COUNT(1)},
        {"The show ran 28-29 February at the hall.", .date = "1988-06-01",
         .want = {{"28-29 February", "1988-02-28/1988-02-29"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-01");
}

static void test_no_range(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The team had scores of 30-31 in the games.", NO_TIME},
        {"See pages 3-5 March issue.", NO_TIME},
        {"The essay ran on page 5 March edition.", NO_TIME},
        /* a count or a price after the second number: the date alone */
        {"Rates rose from March 3 to 5 pct.", .want = {{"March 3", "1987-03-03"}}, COUNT(1), .absent = {"to 5"}},
        {"The index fell between March 3 and 5 of the members.", .want = {{"March 3", "1987-03-03"}}, COUNT(1),
         .absent = {"and 5"}},
        {"Processors raised the bid two cents today to 10 over July.", .want = {{"today", "1987-06-01"}},
         .absent = {"to 10"}},
        {"Acme paid from May 1 to 3 a share.", .want = {{"May 1", "1987-05-01"}}, COUNT(1), .absent = {"to 3"}},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-01");
}

static void test_last_day_that_does_not_exist(void **state)
{
    (void)state;
    static const struct {
        const char *story, *date, *at, *message;
    } cases[] = {
        {"The festival runs 30-31 November in the park.", "1987-06-01", "30-31 November",
         "'30-31 November': November 31 does not exist (November has 30 days)"},
        {"The festival ran from 30 to 31 November 1987.", "1988-06-01", "from 30 to 31 November 1987",
         "'from 30 to 31 November 1987': November 31 does not exist (November has 30 days)"},
        {"The show ran Feb 28-29 at the hall.", "1987-06-01", "Feb 28-29",
         "'Feb 28-29': February 29 does not exist (February 1987 has 28 days)"},
        {"Tickets were sold between Feb 28 and 29.", "1987-06-01", "between Feb 28 and 29",
         "'between Feb 28 and 29': February 29 does not exist (February 1987 has 28 days)"},
        {"The show ran 28-29 February at the hall.", "1987-06-01", "28-29 February",
         "'28-29 February': February 29 does not exist (February 1987 has 28 days)"},
    };
    for (size_t i = 0; i < N_OF(cases); i++) {
        expect_one_error(cases[i].story, cases[i].date, "impossible-date", cases[i].at, cases[i].message);
        cd_doc *doc = analyze(cases[i].story, cases[i].date);
        const cd_claim *c = time_claim(doc, cases[i].at);
        assert_null(c->time.value);
        assert_int_equal(count_time_claims(doc), 1);
        cd_doc_free(doc);
    }
    static const char *const fine[] = {"The show ran Feb 28-29 at the hall.", "Tickets were sold between Feb 28 and 29."};
    expect_no_finding(fine, N_OF(fine), "1988-06-01", "impossible-date");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_claim_from_first_day_to_last),
        cmocka_unit_test(test_no_range),
        cmocka_unit_test(test_last_day_that_does_not_exist),
    };
    return cmocka_run_group_tests_name("date_ranges", tests, NULL, NULL);
}
