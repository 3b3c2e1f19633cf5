/* Date rules of session 7 (issue 6): which day or month a story means when its tense or its
 * ellipsis decides, and names that hold a weekday. Every rule has a case that must fire and one that
 * must not, with exact values and byte offsets. */
#include "helpers.h"

/* "ahead of Friday's announcement" is coming, but after a past perfect in its clause the forecast was
 * before a Friday that is past too (story date Saturday 29 January 2005). */
static void test_ahead_of_after_a_past_perfect(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The 4.25% figure that analysts had forecast ahead of Friday's release.",
         .want = {{"Friday", "2005-01-28"}}, COUNT(1)},
        {"Economists had widely forecast a rise ahead of Friday's figures.",
         .want = {{"Friday", "2005-01-28"}}, COUNT(1)},
        {"Economists forecast a rise ahead of Friday's announcement.", .want = {{"Friday", "2005-02-04"}}, COUNT(1)},
        {"Shares had fallen, and traders waited ahead of Friday's vote.", .want = {{"Friday", "2005-02-04"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2005-01-29");
}

/* A present verb before a publication named by its weekday speaks of it as out ("is named in
 * Saturday's report"); before another event it previews it ("is named in Saturday's squad"), and a
 * future still reads coming (story date Monday 31 January 2005). */
static void test_present_of_a_publication_is_past(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The minister is named in Saturday's report.", .want = {{"Saturday", "2005-01-29"}}, COUNT(1)},
        {"Two firms are named in Sunday's official report.", .want = {{"Sunday", "2005-01-30"}}, COUNT(1)},
        {"Smith is named in Saturday's squad.", .want = {{"Saturday", "2005-02-05"}}, COUNT(1)},
        {"Smith will be named in Saturday's report.", .want = {{"Saturday", "2005-02-05"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2005-01-31");
}

/* "Scotland on Sunday" is a paper as the subject of a speech verb at the start of its clause; after
 * another word the place is in a clause of its own and Sunday is the day (story date Wednesday 6
 * December 2017). */
static void test_paper_named_after_a_place(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Scotland on Sunday reported that he would resign.", NO_TIME},
        {"The minister, Wales on Sunday said, will resign.", NO_TIME},
        {"Police in Scotland on Sunday reported a rise in crime.", .want = {{"Sunday", "2017-12-03"}}, COUNT(1)},
        {"Scotland on Sunday beat England.", .want = {{"Sunday", "2017-12-03"}}, COUNT(1)},
        {"England beat Scotland on Sunday, officials said.", .want = {{"Sunday", "2017-12-03"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2017-12-06");
}

/* "the third" after an ordinal that counted a noun in its sentence is that noun's third, left unsaid,
 * no day of the month; with no such ordinal, "the first of March", or a day number more than a few
 * steps from the counted one ("the first quarter ... on the 23rd"), it stays a day (story date
 * Tuesday 3 March 1987). */
static void test_third_of_a_counted_noun_is_no_day(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The shortfall grew to 3.41 billion dlrs in the fourth quarter from 2.86 billion dlrs in the third.",
         .want = {{"fourth quarter", "1986-10/1986-12"}}, COUNT(1)},
        {"Fees go up seven pct in the first year, five pct in the second year and two pct in the third.", NO_TIME},
        {"He won the 2nd round and lost in the third.", NO_TIME},
        {"He arrived on the first of March and left on the third.", .want = {{"the third", "1987-03-03"}}, COUNT(2)},
        {"The team came fourth. He left on the second.", .want = {{"the second", "1987-03-02"}}, COUNT(1)},
        /* an elided ordinal goes on with the count in a small step (ELLIPSIS_STEP): a day far from it is a day */
        {"Rates fall six pct in the first year and two pct in the fifth.", NO_TIME},
        {"Sales rose in the first quarter and it will report full results on the 23rd.",
         .want = {{"the 23rd", "1987-03-23"}}, COUNT(2)},
        {"Shares fell in the first hour of trading, and the board will meet on the 28th.",
         .want = {{"the 28th", "1987-03-28"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-03");
}

/* Read future, one of the two months just over after the month before it in the sentence is the next
 * of a series of monthly figures, this year's; alone, or three months back, a future month is the
 * coming one (story date Monday 1 June 1987). A quarter just over works so already (quarter_year). */
static void test_awaited_figures_of_a_month_just_over(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The jobless rate eased in March and is expected to show further easing in April.",
         .want = {{"April", "1987-04"}}, COUNT(2)},
        {"Exports fell in March and are expected to rise in April.", .want = {{"April", "1987-04"}}, COUNT(2)},
        {"Analysts expect first quarter earnings to rise.", .want = {{"first quarter", "1987-01/1987-03"}}, COUNT(1)},
        {"A pilot scheme will start in April.", .want = {{"April", "1988-04"}}, COUNT(1)},
        {"Exports fell in February and are expected to rise in March.", .want = {{"March", "1988-03"}}, COUNT(2)},
        {"Sales fell in October and will rise in November.",
         .want = {{"November", "1987-11"}}, .date = "1988-01-10", COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-01");
}

/* A period before "to", "ending" or "ended" and a day or month ends there: the claim is the period,
 * from its first token ("the year to March 31", "the three months to December", "the quarter ending
 * June 30, 1987", "the financial year ended June 30, 1986"); the end keeps the year its tense gave it.
 * A wait of weeks or days is no period ("two weeks to Friday"), nor is a number ("from 5 to March"). */
static void test_periods_that_end_on_a_date(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Profit rose 10% in the year to March 31.", .want = {{"year to March 31", "1985-04-01/1986-03-31"}}, COUNT(1)},
        {"The rules allow a cap of three mln tonnes in the year to March 31.",
         .want = {{"year to March 31", "1986-04-01/1987-03-31"}}, COUNT(1)},
        {"Exports will reach 215,000 cars in the year to March 31, 1988.",
         .want = {{"year to March 31, 1988", "1987-04-01/1988-03-31"}}, COUNT(1)},
        {"Net profit rose in the three months to December.",
         .want = {{"three months to December", "1986-10/1986-12"}}, COUNT(1)},
        {"Net rose in the financial year ended June 30, 1986.",
         .want = {{"financial year ended June 30, 1986", "1985-07-01/1986-06-30"}}, COUNT(1)},
        {"Sales fell in the six months ending 31 December.",
         .want = {{"six months ending 31 December", "1986-07-01/1986-12-31"}}, COUNT(1)},
        {"He must wait two weeks to Friday.", .want = {{"Friday", "1987-02-27"}}, COUNT(1)},
        {"Net rose in the year to 1986.", .want = {{"1986", "1986"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-02-26");
}

/* A whole number, a dash and a fraction of halves to 64ths ("7-1/4 pct", US rates and prices) is a
 * number, no month and day; "7-1" alone and "12-25/26" (no such fraction) stay dates (story date Monday
 * 9 March 1987). */
static void test_mixed_fraction_is_no_date(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Its base rate went up to nine pct from 8-3/4 on January 2.", .want = {{"January 2", "1987-01-02"}}, COUNT(1)},
        {"It fell to 7-3/4 pct from 8-1/8 pct and 101-5/16.", NO_TIME},
        {"He arrived on 7-1 and left.", .want = {{"7-1", "1986-07-01"}}, COUNT(1)},
        {"The shops close on 12-25/26.", .want = {{"12-25", "1986-12-25"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-09");
}

/* A month (and day) that names an event, after "the" and before a noun, is the nearest one where the
 * clause is future (a future of something else); a past or no noun keeps the tense's pick (story date
 * Monday 9 March 1987). */
static void test_future_beside_an_event_named_by_its_date(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Under the February 27 pact, Peru will repay 3.6 billion dlrs.",
         .want = {{"February 27", "1987-02-27"}}, COUNT(1)},
        {"Talk at the February meeting will not stop the slide.", .want = {{"February", "1987-02"}}, COUNT(1)},
        {"Venezuela will repay the debt on February 27.", .want = {{"February 27", "1988-02-27"}}, COUNT(1)},
        {"They benefited from misuse of votes during the 10 June election.",
         .want = {{"10 June", "1986-06-10"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-09");
}

/* Read on Reuters copy of March 1987: a delivery month (before "contracts", "futures", "shipment" of
 * data/time_contracts.tsv, or opening a range of them) is to come whatever the verb, and a range's end
 * after a start written with a shift stays within its year; a month's "shipments" are its figures. A
 * date right after "payable" is to come (the record date after it stays the nearest); "must" reads
 * future ("must have" past); a spelled rank before "to" and a verb ("one of the first to get
 * into") is no day, "on the 3rd to visit" is (story date Friday 20 March 1987). */
static void test_trade_months_payments_and_ranks(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Traders moved the expiring March futures into June contracts.", .want = {{"June", "1987-06"}}, COUNT(1)},
        {"Sales were booked for February shipment.", .want = {{"February", "1988-02"}}, COUNT(1)},
        {"Sales were booked in February.", .want = {{"February", "1987-02"}}, COUNT(1)},
        {"It declared a payout of 41.20 cts per unit, payable May 15, it said.",
         .want = {{"May 15", "1987-05-15"}}, COUNT(1)},
        {"It said the split would be payable on April 2.", .want = {{"April 2", "1987-04-02"}}, COUNT(1)},
        {"Qtly div 30 cts Payable April 27 Record March 17.", .want = {{"March 17", "1987-03-17"}}, COUNT(2)},
        {"Exports fell 6.9 pct in January shipments.", .want = {{"January", "1987-01"}}, COUNT(1)},
        {"Egypt took two wheat cargoes last week for May to September shipment.",
         .want = {{"May to September", "1987-05/1987-09"}}, COUNT(2)},
        {"Taiwan bought a cargo for March 25 to April 5 delivery.",
         .want = {{"March 25 to April 5", "1987-03-25/1987-04-05"}}, COUNT(1)},
        {"It compared with 11.45 for the last May to September shipment.",
         .want = {{"last May to September", "1986-05/1986-09"}}, COUNT(1)},
        {"Clark said an agreement must be reached by late September.",
         .want = {{"late September", "1987-09-16/1987-09-30"}}, COUNT(1)},
        {"He said he must have left on Monday.", .want = {{"Monday", "1987-03-16"}}, COUNT(1)},
        {"Her bank was one of the first to get into swaps.", NO_TIME},
        {"He left on the 3rd to visit Paris.", .want = {{"the 3rd", "1987-03-03"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-20");
}

/* A date after "ending" or "ends" takes the tense of the period's verb, not of a speech verb ("said"),
 * "ago" or a passive's participle, before it first, then after it; with none, the nearest (Reuters
 * copy of 1987). */
static void test_end_of_a_period_going_on(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Lakeside Bedding Co said that its first quarter, ending February 28, earnings may be under 3.1 mln dlrs.",
         .want = {{"first quarter, ending February 28", "1986-12-01/1987-02-28"}}, COUNT(1)},
        {"The fiscal year ends March 31, the firm added.",
         .want = {{"March 31", "1987-03-31"}}, .date = "1987-03-09", COUNT(1)},
        {"Harbor Mills Inc expects profit in the fourth quarter ending May 30 to top that of the "
         "year-ago period.",
         .want = {{"fourth quarter ending May 30", "1987-03-01/1987-05-30"}}, COUNT(1)},
        {"The grain will be delivered during this fiscal year, ending September 30.",
         .want = {{"fiscal year, ending September 30", "1986-10-01/1987-09-30"}}, .date = "1987-03-16", COUNT(1)},
        {"Output growth eased to 0.4% in the quarter ending September 30.",
         .want = {{"quarter ending September 30", "1987-07-01/1987-09-30"}}, .date = "1987-11-10", COUNT(1)},
        {"Qtr ends Jan 31 Shr 1.48 dlrs vs 1.12 dlrs.",
         .want = {{"Jan 31", "1987-01-31"}}, .date = "1987-03-05", COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-02-26");
}

/* Two months joined by a slash ("Aug/Sept") are read together: the second follows the first, whose
 * year the tense around both picks, or the pair of years before them in brackets ("1986/87 (Nov/Oct)")
 * (story date Thursday 26 February 1987). */
static void test_pairs_of_months(void **state)
{
    (void)state;
    static const date_case cases[] = {
        /* "March/" reads no month */
        {"Sugar trade was thin with March/April selling at 1,915 dlrs, June/July at 1,940 dlrs, "
         "Aug/Sept at 1,960 dlrs.",
         .want = {{"Aug", "1987-08"}, {"Sept", "1987-09"}}, COUNT(5)},
        {"The paddy crop is expected to fall in the 1986/87 (Nov/Oct) season.",
         .want = {{"Oct", "1987-10"}, {"Nov", "1986-11"}}, COUNT(2)},
        {"Output was 18.62 mln tonnes in 1985/86 (August/July).", .want = {{"July", "1986-07"}}, COUNT(3)},
        {"Sales were limited, Aug at 2,400 dlrs and Sept at 2,300.", .want = {{"Sept", "1986-09"}}, COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "1987-02-26");
}

/* A month before "of that year", "that year" or "of the same year" is in a year named before, not the
 * story date's: no date is said; "March of last year" and a month alone stay dates (story date
 * Wednesday 1 April 1987). */
static void test_month_of_that_year(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"It had sealed contracts in March of that year for deliveries.", NO_TIME},
        {"It signed on March 3 of that year and in June that year.", NO_TIME},
        {"In 1985 it signed agreements in August of the same year.", .want = {{"1985", "1985"}}, COUNT(1)},
        {"It signed in March of last year.", .want = {{"March of last year", "1986-03"}}, COUNT(1)},
        {"That year it signed in March.", .want = {{"March", "1987-03"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-04-01");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ahead_of_after_a_past_perfect),
        cmocka_unit_test(test_present_of_a_publication_is_past),
        cmocka_unit_test(test_paper_named_after_a_place),
        cmocka_unit_test(test_third_of_a_counted_noun_is_no_day),
        cmocka_unit_test(test_awaited_figures_of_a_month_just_over),
        cmocka_unit_test(test_periods_that_end_on_a_date),
        cmocka_unit_test(test_mixed_fraction_is_no_date),
        cmocka_unit_test(test_future_beside_an_event_named_by_its_date),
        cmocka_unit_test(test_trade_months_payments_and_ranks),
        cmocka_unit_test(test_end_of_a_period_going_on),
        cmocka_unit_test(test_pairs_of_months),
        cmocka_unit_test(test_month_of_that_year),
    };
    return cmocka_run_group_tests_name("dates_tense", tests, NULL, NULL);
}
