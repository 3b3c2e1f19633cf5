/* Date rules added for accuracy (issue 6): business days, calendar years, holidays that hang off
 * another one, year ranges with a tilde, "please" as a future marker. Every rule has a case that
 * must fire and one that must not, with exact values and byte offsets. */
#include "helpers.h"

#define STORY "2018-08-21" /* a Tuesday */

/* The claim with exactly `text` has `value`, starts at the text's first occurrence in t and ends
 * with it. */
static void expect_at(const cd_doc *doc, const char *t, const char *text, const char *value)
{
    const cd_claim *c = time_claim(doc, text);
    assert_string_equal(c->time.value, value);
    const char *at = strstr(t, text);
    assert_non_null(at);
    assert_int_equal(c->span.start, (uint32_t)(at - t));
    assert_int_equal(c->span.stop, (uint32_t)(at - t + strlen(text)));
}

/* The claim with exactly `text` has no value, and a holiday-date-unknown finding on its span says why:
 * `message`. */
static void expect_undated(const cd_doc *doc, const char *t, const char *text, const char *message)
{
    const cd_claim *c = time_claim(doc, text);
    assert_null(c->time.value);
    uint32_t start = (uint32_t)offset_of(t, text);
    assert_int_equal(c->span.start, start);
    assert_int_equal(c->span.stop, start + strlen(text));
    size_t n, found = 0;
    const cd_finding *f = cd_doc_findings(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(f[i].rule, "holiday-date-unknown") == 0 && f[i].span.start == start) {
            assert_string_equal(f[i].message, message);
            assert_int_equal(f[i].severity, CD_SEV_INFO);
            found++;
        }
    assert_int_equal(found, 1);
}

/* Case tables: date_case of helpers.h, on the story date STORY unless a case gives its own. */
static void check_cases(const date_case *cases, size_t n)
{
    check_date_cases(cases, n, STORY);
}

static void test_business_days(void **state)
{
    (void)state;
    static const date_case cases[] = {
        /* from a Tuesday: four business days on is the Monday after (the weekend is skipped) */
        {"The bank will pay in four business days. Shares fell over the past five trading days, "
         "and the board meets within 3 working days. The next 4 business days are busy.",
         .want = {{"four business days", "2018-08-27"},
                  {"past five trading days", "2018-08-14/2018-08-20"},
                  {"within 3 working days", "2018-08-21/2018-08-24"},
                  {"next 4 business days", "2018-08-22/2018-08-27"}}},
        /* a length with no anchor is no date; past tense "in" is a length too */
        {"Two working days were lost. It was the best run in five trading days.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_calendar_year(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Gains this calendar year beat those of last calendar year.",
         .want = {{"this calendar year", "2018"},
                  {"last calendar year", "2017"}}},
        {"The calendar year is starting off slowly.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_holidays_after_holidays(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Shoppers crowded stores on Black Friday 2010 and on Cyber Monday 2010; "
         "marches on International Workers' Day were calm.",
         .want = {{"Black Friday 2010", "2010-11-26"}, /* Thanksgiving was 25 November */
                  {"Cyber Monday 2010", "2010-11-29"},
                  {"International Workers' Day", "2018-05-01"}}},
        /* "workers" without the day is no holiday */
        {"The workers were calm.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_year_range_with_tilde(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The range is 2014~2018.", .want = {{"2014~2018", "2014/2018"}}},
        /* a tilde before a number means "about": no year */
        {"It costs ~2018 dollars and weighs 2014 ~ 2018 grams.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_please_reads_as_future(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Please call me Friday.",
         .want = {{"Friday", "2018-08-24"}}}, /* the next Friday, not the nearest (the 17th) */
        {"He called me Friday.", .want = {{"Friday", "2018-08-17"}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_weekday_near_a_counted_day(void **state)
{
    (void)state;
    static const date_case cases[] = {
        /* the story date is a Tuesday: 4 days on is a Saturday, and the Friday meant is the day before */
        {"We will decide in 4 days on Friday. We fly home Monday two weeks from now, or "
         "Thursday, two years from now. They will return 3 weeks after Christmas on Friday.",
         .want = {{"4 days on Friday", "2018-08-24"},
                  {"Monday two weeks from now", "2018-09-03"},
                  {"Thursday, two years from now", "2020-08-20"},
                  {"3 weeks after Christmas on Friday", "2019-01-18"}}, /* Christmas + 21 = Tue 15 */
         COUNT(4)},
        /* a length in the past is no date, so its weekday stands alone; "on Friday's" names a thing */
        {"It fell to its lowest in two years on Friday. We will decide in 4 days on Friday's report.",
         .want = {{"Friday", "2018-08-17"},
                  {"4 days", "2018-08-25"}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_week_starting_a_day(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Set leave for a week starting tomorrow. Sales will rise in the week beginning 29 August "
         "and in the week of 22 August.",
         .want = {{"week starting tomorrow", "2018-08-22/2018-08-28"}, /* seven days from Wednesday */
                  {"week beginning 29 August", "2018-W35"}, /* a written date: its week */
                  {"week of 22 August", "2018-W34"}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_periods_for_and_less_than(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"He played the role for three years from 1987. The offer stands for 3 days from today "
         "and ends less than 2 weeks from now; it began less than 3 days ago.",
         .want = {{"three years from 1987", "1987-01-01/1989-12-31"},
                  {"3 days from today", "2018-08-21/2018-08-23"},
                  {"2 weeks from now", "2018-08-21/2018-09-04"},
                  {"3 days ago", "2018-08-18/2018-08-21"}}},
        /* without "for" or "less than" the count reaches one day */
        {"The offer ends 3 days from today and began more than 3 days ago.",
         .want = {{"3 days from today", "2018-08-24"},
                  {"3 days ago", "2018-08-18"}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_weekdays_inside_a_week(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"They will meet next week between Wednesday and Friday, this week from Tue to Thur, then "
         "rest, and vote in the first week of October on Friday.",
         .want = {{"next week between Wednesday and Friday", "2018-08-29/2018-08-31"},
                  {"this week from Tue to Thur", "2018-08-21/2018-08-23"},
                  {"first week of October on Friday", "2018-10-05"}}},
        /* days in the wrong order make no range: the week stands alone */
        {"They will meet next week between Friday and Wednesday.", .want = {{"next week", "2018-W35"}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_bracketed_and_wc_dates(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Results will be ready next Thursday (23 August). The rota for w/c 27 Aug is out.",
         .want = {{"next Thursday (23 August)", "2018-08-23"},
                  {"w/c 27 Aug", "2018-W35"}}},
        /* no date in the brackets; "w/c" alone */
        {"They will land Friday (local time). A w/c sign hung there.",
         .want = {{"Friday", "2018-08-24"}},
         .absent = {"w/c"}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_early_years_and_fortnights(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The town was founded in the year 800. She will decide in the next fortnight; "
         "he learned more in the last fortnight.",
         .want = {{"800", "0800"},
                  {"next fortnight", "2018-08-22/2018-09-04"}, /* the 14 days after the story date */
                  {"last fortnight", "2018-08-07/2018-08-20"}}},
        /* school years and counts after "year" are no years */
        {"Year 10 pupils and year 500 students met.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_counted_from_a_holiday(void **state)
{
    (void)state;
    static const date_case cases[] = {
        /* the tense places the day reached: early in January, "will meet 2 weeks after Christmas" is
        * this January, two weeks after the Christmas just gone, not next year's */
        {"We will meet 2 weeks after Christmas. It happened 2 weeks before Christmas. "
         "It ends 2 weeks after Christmas 2018.",
         .want = {{"2 weeks after Christmas", "2018-01-08"},
                  {"2 weeks before Christmas", "2017-12-11"},
                  {"2 weeks after Christmas 2018", "2019-01-08"}}, /* a written year stays */
         .date = "2018-01-03"},
    };
    check_cases(cases, N_OF(cases));
}

static void test_counted_span_with_both_ends(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Takings in the five months from 4 August to 23 December rose. They will end six months from 4 August.",
         .want = {{"from 4 August to 23 December", "2017-08-04/2017-12-23"},
                  {"six months from 4 August", "2018-02-04"}},
         .date = "2018-01-03",
         COUNT(2)},
    };
    check_cases(cases, N_OF(cases));
}

static void test_days_in_words_after_a_lower_case_month(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"It fell on monday, jan twenty two, 2018 and on sunday jan fourteen two thousand and eighteen.",
         .want = {{"monday, jan twenty two, 2018", "2018-01-22"},
                  {"sunday jan fourteen two thousand and eighteen", "2018-01-14"}}},
        /* without a year, a lower-case "jan" before a number word may be a name */
        {"We told jan twenty two.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_decades_of_tens(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Prices rose in the twenty-tens, as in the nineteen tens.",
         .want = {{"twenty-tens", "2010/2019"},
                  {"nineteen tens", "1910/1919"}}},
        {"Among the tens of thousands of people were tens of children.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_counted_periods_in_parts(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"She listed her record over the past five years and eight months; the plan covers the next "
         "two years, three months.",
         .want = {{"past five years and eight months", "2012-12-21/2018-08-20"},
                  {"next two years, three months", "2018-08-22/2020-11-21"}}},
        /* parts that end in "ago" are a day of their own */
        {"They searched for the last 4 months and 3 days ago they found it.",
         .want = {{"last 4 months", "2018-04-21/2018-08-20"},
                  {"3 days ago", "2018-08-18"}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_plural_units_are_a_few(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Growth will slow in the coming months and the coming decades, as over the past weeks.",
         .want = {{"coming months", "2018-08-22/2018-11-21"}, /* as "the next few months" */
                  {"coming decades", "2020/2049"},
                  {"past weeks", "2018-07-31/2018-08-20"}}},
        /* "the last days of" names the end of something else */
        {"He wrote about the last days of the regime and the final months of the war.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_split_years_with_a_slash(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The cycle ended in 2005/06, before the 2006/07 season, and rose in 1999/00.",
         .want = {{"2005/06", "2005/2006"},
                  {"2006/07", "2006/2007"},
                  {"1999/00", "1999/2000"}}},
        /* no date word before it: a ratio or a code, no years */
        {"The ratio was 2005/06 overall.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_seasons(void **state)
{
    (void)state;
    static const date_case cases[] = {
        /* the story date (21 August) is in the summer */
        {"He moved last summer. It opens next summer and closes this winter. Prices rose in the "
         "spring. The vote will be held in the autumn. It began in summer 2004, before the winter of "
         "2010 and this fall.",
         .want = {{"last summer", "2017-06/2017-08"},
                  {"next summer", "2019-06/2019-08"},
                  {"this winter", "2018-12/2019-02"},
                  {"spring", "2018-03/2018-05"},
                  {"autumn", "2018-09/2018-11"},
                  {"summer 2004", "2004-06/2004-08"},
                  {"winter of 2010", "2010-12/2011-02"},
                  {"this fall", "2018-09/2018-11"}}},
        /* a fall in prices, a title, a name, a noun after the season */
        {"Expect a fall in 2005 prices. She starred in Suddenly Last Summer. The summer of love "
         "and the Winter Olympics brought summer sales.",
         .absent = {"fall",
                    "ummer",
                    "Winter"}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_this_time_last_year(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Prices are up on this time last year, and this time next week the sale ends.",
         .want = {{"this time last year", "2017-08-21"},
                  {"this time next week", "2018-08-28"}},
         COUNT(2)},
        {"This time the team won, unlike this time last season.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_parts_of_the_decade(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"It will ship by the end of the decade; we said so at the beginning of the decade that ended.",
         .want = {{"end of the decade", "2017/2019"},
                  {"beginning of the decade", "2010/2012"}}},
        {"It marked the end of the decade-long war.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_parts_of_seasons_and_quarters(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"It will be on sale in late summer, as at the end of last summer, and again in early Q3 2019.",
         .want = {{"late summer", "2018-08"},
                  {"end of last summer", "2017-08"},
                  {"early Q3 2019", "2019-07"}}},
        {"The late summer heat was bad.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_day_before_a_spaced_dash(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Coffee at Starbucks on 29th - meet at 2pm.", .want = {{"29th", "2018-08-29"}}},
    };
    check_cases(cases, N_OF(cases));
    /* glued, the dash makes a compound; after a weekday, a spaced dash may be a score */
    cd_doc *doc = analyze("It was the 18th-century house. They won on Saturday 21 - 14.", STORY);
    assert_int_equal(count_time_claims(doc), 1);
    assert_string_equal(time_claim(doc, "Saturday")->time.value, "2018-08-18"); /* Saturday alone */
    cd_doc_free(doc);
}

static void test_weekday_dash_date(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The call is this Friday-Aug-24 with Jim.", .want = {{"this Friday-Aug-24", "2018-08-24"}}},
        /* a dash between weekdays is a range of days, not a date */
        {"Open Monday-Friday.", .want = {{"Monday-Friday", "2018-08-20/2018-08-24"}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_capitalized_week_numbers(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The plant shuts from Week 31 to Week 35, and between Week 40 and Week 41.",
         .want = {{"from Week 31 to Week 35", "2018-W31/2018-W35"},
                  {"between Week 40 and Week 41", "2018-W40/2018-W41"}}},
        /* sports seasons count their own weeks, none more than 20 */
        {"The Patriots won in Week 3 and lost in Week 20.", NO_TIME},
        /* a word of sport in the sentence makes any week a season's: match weeks pass 30 */
        {"Premier League leaders Arsenal face Chelsea in Week 31. In week 34 the MLS leaders lost.", NO_TIME},
        /* a season of no sport counts the year's weeks: flu and hurricane copy; "week 40 of the flu season"
        * names a week of the season, whose first week the story does not give: no date */
        {"Flu cases rose in week 40, as the flu season began. Storms grew in week 36 of the hurricane season.",
         .want = {{"week 40", "2018-W40"}},
         COUNT(1)},
        {"Flu cases rose in week 40 of the flu season. The season began in week 34 for the league.", NO_TIME},
        {"Sales rose in Week 31, the retailer said. The league met in May. Sales fell in week 34.",
         .want = {{"Week 31", "2018-W31"},
                  {"week 34", "2018-W34"}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_cy_calendar_years(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Sales in the cy 2008 beat CY2009 revenue and cy18.",
         .want = {{"cy 2008", "2008"},
                  {"CY2009", "2009"},
                  {"cy18", "2018"}}},
        /* two digits need the letters glued; a percentage is no year */
        {"Cy 18 and CY 2008% were typos.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_decades_in_words(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Prices rose in nineties, fell in the two thousands and again in the two thousand and tens.",
         .want = {{"nineties", "1990/1999"},
                  {"two thousands", "2000/2009"},
                  {"two thousand and tens", "2010/2019"}}},
        /* an age, and counts */
        {"He is in his nineties; in the two thousands of homes, tens of thousands fled.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_new_year_day_in_lower_case(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"When is the next new year day? At the new year's eve party.",
         .want = {{"next new year day", "2019-01-01"},
                  {"new year's eve", "2018-12-31"}}}, /* no tense: the nearest */
        {"A new year began for the club. They hoped for a new year of growth.", NO_TIME},
        /* no article after a preposition: the holiday */
        {"Sales fell sharply before new year.", .want = {{"before new year", "../2017-12-31"}}},
        /* "over" and "at" are prepositions there too; not before an article */
        {"Markets will be shut over new year. Shops open at new year.", .want = {{"new year", "2019-01-01"}}, COUNT(2)},
        {"They will work over a new year of growth.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_day_dot_before_a_month(void **state)
{
    (void)state;
    const char *t = "It opened on 16. Nov. 2016 and closed on 3. March 2017.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "16. Nov. 2016", "2016-11-16");
    expect_at(doc, t, "3. March 2017", "2017-03-03");
    size_t n;
    cd_doc_sentences(doc, &n);
    assert_int_equal(n, 1);
    cd_doc_free(doc);
    /* a month that is a sentence's subject ends the one before; a numbered list is no day */
    t = "He was 16. November was cold.\n1. March 2016 saw gains.";
    doc = analyze(t, STORY);
    cd_doc_sentences(doc, &n);
    assert_int_equal(n, 3);
    expect_at(doc, t, "March 2016", "2016-03");
    assert_int_equal(count_time_claims(doc), 2); /* November, March 2016 */
    cd_doc_free(doc);
}

static void test_slashed_date_with_a_comma_year(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"I'll go back 08/12,2015.", .want = {{"08/12,2015", "2015-08-12"}}},
        /* a decimal comma: a rate, no date */
        {"The dollar was at $1,8923.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_days_of_a_month_after_it(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The office will shut November between 19 and 20, and Feb between 2-7 two thousand and nineteen; "
         "it ran Dec. 5-7, 2017.",
         .want = {{"November between 19 and 20", "2018-11-19/2018-11-20"},
                  {"Feb between 2-7 two thousand and nineteen", "2019-02-02/2019-02-07"},
                  {"Dec. 5-7, 2017", "2017-12-05/2017-12-07"}}},
        /* quantities between two numbers: the month alone */
        {"Prices rose in May between 5 and 10 percent; sales in June between 19 and 20 stores.",
         .want = {{"May", "2018-05"}},
         COUNT(2)},
    };
    check_cases(cases, N_OF(cases));
}

static void test_days_then_their_month(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Staff are away from 4-23 in next month.", .want = {{"from 4-23 in next month", "2018-09-04/2018-09-23"}}},
        /* without "from" or "between" the numbers may be a score */
        {"They won 4-23 in the next game.", NO_TIME},
        /* a score before a month's name is no range of its days: only the month */
        {"United lost 1-2 in March.", .want = {{"March", "2018-03"}}, COUNT(1)},
        {"The vote is from 4 to 23 in next month.", .want = {{"from 4 to 23 in next month", "2018-09-04/2018-09-23"}}},
    };
    check_cases(cases, N_OF(cases));
}

/* "want" reads as future ("They want a vote on Monday"), but "did" before it carries the tense */
static void test_want_after_did(void **state)
{
    (void)state;
    static const char *const texts[] = {"They want a vote on Monday.",
                                        "He said he did not want to talk about Monday's vote.",
                                        "She didn't want to discuss Monday's vote."};
    static const char *const values[] = {"2018-08-27", "2018-08-20", "2018-08-20"};
    for (size_t k = 0; k < 3; k++) {
        cd_doc *doc = analyze(texts[k], STORY);
        assert_int_equal(count_time_claims(doc), 1);
        expect_at(doc, texts[k], "Monday", values[k]);
        cd_doc_free(doc);
    }
}

/* A story dated before 1970 (day numbers below zero): a day read from the story date is still
 * found ("-1" was once the mark of none) */
static void test_story_before_1970(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Families will celebrate Eid al-Fitr soon. The bank was closed on the 18th.",
         .want = {{"Eid al-Fitr", "1966-01-22"},
                  {"the 18th", "1965-02-18"}},
         .date = "1965-03-10",
         COUNT(2)},
    };
    check_cases(cases, N_OF(cases));
}

static void test_years_in_words_after_year(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"It was built in the Year two hundred and sixty seven.", .want = {{"two hundred and sixty seven", "0267"}}},
        {"The year two hundred students enrolled.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_counted_weekdays(void **state)
{
    (void)state;
    static const date_case cases[] = {
        /* a Tuesday */
        {"Are you free two Sundays from now? It happened 3 Fridays ago.",
         .want = {{"two Sundays from now", "2018-09-02"},
                  {"3 Fridays ago", "2018-08-03"}}},
        /* a plural weekday alone is every one of them */
        {"He works on Sundays; Mondays are slow.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_want_reads_as_future(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"They want it done by Friday.", .want = {{"Friday", "2018-08-24"}}},
        {"He wanted it done by Friday.", .want = {{"Friday", "2018-08-17"}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_lower_case_months_after_a_preposition(void **state)
{
    (void)state;
    static const date_case cases[] = {
        /* the verb "may", a march */
        {"Those in march said so; it may be in may be.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
    const char *t = "It may be in may. In dec prices rose.";
    cd_doc *doc = analyze(t, STORY);
    const cd_claim *may = time_claim(doc, "may"); /* the second "may" */
    assert_string_equal(may->time.value, "2018-05");
    assert_int_equal(may->span.start, offset_of(t, "may."));
    expect_at(doc, t, "dec", "2017-12");
    cd_doc_free(doc);
}

static void test_years_after_a_comma_and_spaced_dates(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"I'll go back 08/12,15. On 2016 10 16, it started.",
         .want = {{"08/12,15", "2015-08-12"},
                  {"2016 10 16", "2016-10-16"}}},
        /* a count after a year, a row of figures */
        {"In 2016 10 people died; scores 2016 10 16 18.", .want = {{"2016", "2016"}}, COUNT(1)},
        /* the last number starts a compound: "11-year-olds" */
        {"In 2016 12 11-year-olds were hurt.", .want = {{"2016", "2016"}}, COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

static void test_may_to_march(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"What will happen May to March?",
         .want = {{"May to March", "2018-05/2019-03"}}}, /* the one around the story date */
        {"May to meet Merkel.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_possessive_weekend(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"How was your weekend?", .want = {{"weekend", "2018-08-18/2018-08-19"}}},
        {"She has her weekend job.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_lower_case_month_glued_to_a_day(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Book it for mar3 this week.", .want = {{"mar3", "2018-03-03"}}},
        {"It may mar 3 of them.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_this_day(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"I have dreamed of this day.", .want = {{"this day", "2018-08-21"}}},
        /* "still", an anniversary, a named day */
        {"To this day he denies it; on this day in 1945 it ended; this day of mourning; this day last year.",
         COUNT(2)}, /* 1945, last year */
        /* the idiom "in this day and age" is nowadays, no day */
        {"In this day and age, nobody writes letters.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_islamic_holidays(void **state)
{
    (void)state;
    static const date_case cases[] = {
        /* Umm al-Qura days (data/time_lunar.tsv); 2000 held two Eids al-Fitr: the first */
        {"Muslims celebrated Eid al-Fitr; Eid al-Adha will follow. Eid ul-Fitr 2000 fell in January.",
         .want = {{"Eid al-Fitr", "2018-06-15"},
                  {"Eid al-Adha", "2018-08-21"}, /* the story date itself */
                  {"Eid ul-Fitr 2000", "2000-01-08"}}},
    };
    check_cases(cases, N_OF(cases));
    /* "Eid" alone (either one) is none; outside the table's years, no day and why */
    const char *t = "Eid al-Fitr 1900 was quiet. Eid was quiet.";
    cd_doc *doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 1);
    expect_undated(doc, t, "Eid al-Fitr 1900",
                   "'Eid al-Fitr 1900': the day of this holiday is known here for 1925 to 2077 only, not 1900");
    cd_doc_free(doc);
}

/* Holidays of the Chinese, Hindu and Hebrew calendars from data/time_lunar.tsv, Orthodox Easter
 * by the Julian computus; "Lunar New Year" is no January 1 */
static void test_lunisolar_holidays(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Chinese New Year 2024 fell in February. Diwali 2017 and Diwali 2023 were bright. "
         "Passover 2018 and Yom Kippur 2024 came. Easter 2024 was weeks ahead; Orthodox Easter 2024 was late.",
         .want = {{"Chinese New Year 2024", "2024-02-10"},
                  {"Diwali 2017", "2017-10-19"},
                  {"Diwali 2023", "2023-11-12"},
                  {"Passover 2018", "2018-03-31"},
                  {"Yom Kippur 2024", "2024-10-12"},
                  {"Orthodox Easter 2024", "2024-05-05"},
                  {"Easter 2024", "2024-03-31"}}},
        /* the tense picks among the table's days: the next one, the last one */
        {"Families will gather for Lunar New Year. Hindus celebrated Diwali.",
         .want = {{"Lunar New Year", "2019-02-05"},
                  {"Diwali", "2017-10-19"}}},
        /* not a holiday: the words alone */
        {"The lunar year is short. An Orthodox priest spoke.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
    /* a year or a story date the table does not hold: no day (never the "New Year" inside the name
     * read as January 1), and a finding says why; inside a range or a count of days, no expression */
    const char *t = "Passover 1960 was quiet. Chinese New Year 1940 came. Lunar New Year is near. Two days after Diwali "
                    "1930 it rained. From Diwali 1930 to March 1931 it rained.";
    cd_doc *doc = analyze(t, "1940-03-02");
    assert_int_equal(count_time_claims(doc), 6);
    expect_undated(doc, t, "Passover 1960",
                   "'Passover 1960': the day of this holiday is known here for 1969 to 2077 only, not 1960");
    expect_undated(doc, t, "Chinese New Year 1940",
                   "'Chinese New Year 1940': the day of this holiday is known here for 1950 to 2077 only, not 1940");
    expect_undated(doc, t, "Lunar New Year",
                   "'Lunar New Year': the day of this holiday is known here for 1950 to 2077 only, not near the "
                   "story date 1940-03-02");
    assert_int_equal(count_findings(doc, "holiday-date-unknown"), 5);
    expect_undated(doc, t, "Diwali 1930",
                   "'Diwali 1930': the day of this holiday is known here for 1950 to 2077 only, not 1930");
    expect_at(doc, t, "March 1931", "1931-03");
    cd_doc_free(doc);
}

static void test_ranges_between_parts(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"It ran between the end of 2009 and the end of 2011, and from early 2013 to 2015.",
         .want = {{"between the end of 2009 and the end of 2011", "2009-09/2011-12"},
                  {"from early 2013 to 2015", "2013-01-01/2015-12-31"}}},
        /* with no year written, each end stands alone */
        {"It runs from the end of March to the start of October.",
         .want = {{"end of March", "2018-03-16/2018-03-31"}}, /* the nearest */
         COUNT(2)},
    };
    check_cases(cases, N_OF(cases));
}

static void test_parts_glued_by_a_dash(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Sales rose in mid-2005 and will fall by mid-May.",
         .want = {{"mid-2005", "2005-05/2005-08"},
                  {"mid-May", "2019-05-10/2019-05-20"}}},
        /* a dash after another word gives no context */
        {"Under pre-2005 rules it may-May not.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_more_year_contexts(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"It beat 2004's total, will go on into 2005 and beyond 2009; its 2003 results and the 1957 "
         "movie Airport (1968) too.",
         .want = {{"2004", "2004"},
                  {"2005", "2005"},
                  {"2009", "2009"},
                  {"2003", "2003"},
                  {"1957", "1957"},
                  {"1968", "1968"}}},
        /* counts: in brackets after a lower-case word, before a plural noun, split into */
        {"The staff (1500) left; its 2000 workers split 2000 into 1500 shares.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_weekdays_joined_to_a_named_week(void **state)
{
    (void)state;
    static const date_case cases[] = {
        /* a Tuesday */
        {"Call next week on Tuesday or Thursday, or next Mon or Tue.",
         .want = {{"next week on Tuesday", "2018-08-28"},
                  {"Thursday", "2018-08-30"},
                  {"Tue.", "2018-08-28"}}}, /* the abbreviation takes the period */
        /* a weekday read by the tense alone lends no week */
        {"It opens Friday or Saturday.", .want = {{"Saturday", "2018-08-18"}}, COUNT(2)},
    };
    check_cases(cases, N_OF(cases));
}

static void test_negated_years(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"It happened in 2004, not 2005; sales before 2000 but not 1998.",
         .want = {{"2005", "2005"},
                  {"1998", "1998"}}},
        /* counts after "not", and after "but" alone */
        {"It fell in May, not 2000 points; in 2004 but 2000 were lost.",
         COUNT(2)}, /* May, 2004 */
    };
    check_cases(cases, N_OF(cases));
}

/* Two days of the month alone: the second is in the first's month, or the one after ("from the
 * 30th to the 2nd"); it used to be a copy of the first ("the 4th to the 6th" was 4 to 4). */
static void test_range_of_two_bare_days(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The fair ran from the 4th to the 6th. The sale runs from the 30th to the 2nd.",
         .want = {{"from the 4th to the 6th", "2018-08-04/2018-08-06"},
                  {"from the 30th to the 2nd", "2018-08-30/2018-09-02"}}},
        /* a number after the first day that is no day ends nothing: "the 4th to 6 people" */
        {"It fell on the 4th to 6 people.", COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

/* A weekday with "'s" names an event, more often past than coming: "after", "following" read past,
 * "ahead of" coming; an intent ("want") is a future marker for it only right before it or "for"
 * it ("expects Wednesday's vote", "plans for Friday's meeting"), "will" and "is expected to" are; with no marker, the latest such day up to the story date (a Tuesday) */
static void test_weekday_events(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Police want to question a man after Monday's attack.", "Police want to question a man over Monday's attack.",
        "Ahead of Friday's vote, shares rose.", "Friday's lawsuit argues that the deal was unfair.",
        "The side went unbeaten until Sunday's defeat.", "The team will play in Friday's final.",
        "The coalition is expected to carry Wednesday's vote.", "The deal is expected to be signed on Thursday.",
        "Growth was as expected on Thursday.", "They want the vote held on Monday.",
        "The government expects Wednesday's vote to be close.", "They made plans for Friday's meeting.",
        "Their plans and Wednesday's speech set no date.", "The offer had been scheduled to expire on Friday."};
    static const char *const days[] = {"Monday", "Monday",    "Friday",   "Friday",   "Sunday",    "Friday",
                                       "Wednesday", "Thursday", "Thursday", "Monday", "Wednesday", "Friday",
                                       "Wednesday", "Friday"};
    static const char *const values[] = {"2018-08-20", "2018-08-20", "2018-08-24", "2018-08-17", "2018-08-19",
                                         "2018-08-24", "2018-08-22", "2018-08-23", "2018-08-16", "2018-08-27",
                                         "2018-08-22", "2018-08-24", "2018-08-15", "2018-08-17"};
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
        cd_doc *doc = analyze(texts[k], STORY);
        assert_int_equal(count_time_claims(doc), 1);
        expect_at(doc, texts[k], days[k], values[k]);
        cd_doc_free(doc);
    }
}

/* Counted units joined by "," or "and" are one period when they run from the largest unit down
 * ("a year and two months ago", "two years, a week, and a day ago"); in another order they are a
 * list, each part a day of its own with the list's "ago" (the story date is a Tuesday) */
static void test_lists_of_periods(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"It happened a week, a year and two months ago.",
         .want = {{"a week", "2018-08-14"},
                  {"a year", "2017-08-21"},
                  {"two months ago", "2018-06-21"}},
         COUNT(3)},
        {"He left a year and two months ago; she came two years, a week, and a day ago; it began 1 month 2 years ago.",
         .want = {{"a year and two months ago", "2017-06-21"},
                  {"two years, a week, and a day ago", "2016-08-13"},
                  {"1 month 2 years ago", "2016-07-21"}}, /* no "," or "and": one period in any order */
         COUNT(3)},
        /* a list that no "ago" ends is no date */
        {"It rose in a week, a year and a day.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

/* A weekday or month that begins a name the entities pass found ("the Sunday Telegraph", "said
 * Jan Egeland") is part of it; after a preposition it stays a time, though the name pass took it.
 * So is a paper's or programme's name after "the" or a possessive */
static void test_names_that_begin_with_a_time(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Sunday Telegraph reported the deal. The aid was late, said Jan Egeland, the UN aid chief.", NO_TIME},
        {"On Tuesday Sir Alan said so.", .want = {{"Tuesday", "2018-08-21"}}, COUNT(1)},
        /* a paper or programme after "the" or a possessive: a capitalized "Today", a weekday before a
        * capitalized word; not a "Today" that opens the sentence, nor a weekday before a lower-case one */
        {"She spoke on BBC Radio 4's Today programme and said the plan was dead. ITV's Saturday Night Takeaway won; "
         "the Sunday Times said so.",
         NO_TIME},
        /* a month's abbreviation as a first name, an acronym; not after a date preposition or "the", nor
        * two months, nor a full name before a contract or a figure (Reuters: "September T-bonds") */
        {"Kim defeated Jan Hernych. Funds went to the DEC. Hosts Ant and Dec won.", NO_TIME},
        {"In Jan Labour won. They met at the June European Council. Sales rose in Nov and Dec. "
         "September T-bonds rose; August Dubai fell.",
         .want = {{"Dec", "2017-12"},
                  {"September", "2017-09"}},
         COUNT(6)},
        /* a holiday's name before a capitalized word begins a name: no day; "Christmas Day" is one */
        {"He was knighted in the New Year Honours. The Office Christmas Special won.", NO_TIME},
        /* a year's noun goes on with the name: the war of 1973 has its year, no Yom Kippur of 2017 */
        {"Prices rose after the 1973 Yom Kippur War.", .want = {{"1973", "1973"}}, COUNT(1)},
        /* not right after a preposition: a fronted time before the clause's subject */
        {"By Thanksgiving Congress will vote. Until Christmas Labour led. At Christmas Britain spends more. "
         "Over Easter Parliament will sit.",
         .want = {{"Easter", "2019-04-21"},
                  {"Thanksgiving", "2018-11-22"}},
         COUNT(4)},
        {"Christmas Day was quiet.", .want = {{"Christmas Day", "2017-12-25"}}, COUNT(1)},
        {"Today the plan died, the paper said in its Sunday edition.",
         .want = {{"Today", "2018-08-21"},
                  {"Sunday", "2018-08-19"}},
         COUNT(2)},
    };
    check_cases(cases, N_OF(cases));
}

/* A weekday after a verb, before a name (US news writes the day with no "on": "said Sunday Johnson
 * would"): the day stands, though the name pass took both (a person, by the speech verb); a month
 * there may begin a first name ("said Jan Egeland"), and a weekday after "the" a paper's name. */
static void test_weekday_after_a_verb_before_a_name(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The company said Sunday Johnson would step down. Trump said Thursday Kim was a madman. "
         "A judge ruled Monday Apple must pay.",
         .want = {{"Sunday", "2018-08-19"},
                  {"Thursday", "2018-08-16"},
                  {"Monday", "2018-08-20"}},
         COUNT(3)},
        {"The aid was late, said Jan Egeland. The Sunday Telegraph reported the deal.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

/* "in nine years" after a superlative, an ordinal or a record ranks against the years before the
 * story date: no day nine years on, whatever the tense; alone with a future it is one */
static void test_ranked_in_years(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"It will be the first annual drop in seven years. He will be their ninth manager in eight "
         "years. Costs will rise the least in a decade.",
         NO_TIME},
        {"The plant will open in nine years.", .want = {{"nine years", "2027-08-21"}}},
    };
    check_cases(cases, N_OF(cases));
}

/* A month written in capitals is an acronym ("the DEC", "DEC's site") only as an abbreviation in a
 * sentence of mixed case: a headline or a story in capitals writes its months so ("SALES FELL IN
 * JUNE", "EXPORTS ROSE IN JAN"). */
static void test_months_in_a_text_in_capitals(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"SALES FELL IN JUNE. EXPORTS ROSE IN JAN. Shares fell in DECEMBER.",
         .want = {{"JUNE", "2018-06"},
                  {"JAN", "2018-01"},
                  {"DECEMBER", "2017-12"}},
         COUNT(3)},
        {"Funds went to the DEC. DEC's site was down. IBM and DEC rose.", NO_TIME},
        /* punctuation or a letter between is no word of the text: "U.S. JAN", "OIL - DEC" */
        {"U.S. JAN RETAIL SALES ROSE. CRUDE OIL - DEC FUTURES FELL. SALES, NOV DATA SHOW.",
         .want = {{"JAN", "2018-01"},
                  {"DEC", "2018-12"}, /* a futures month: to come (test_dates_tense.c) */
                  {"NOV", "2018-11"}}, /* no tense: the nearest */
         COUNT(3)},
        {"Funds went to the Disasters Emergency Committee (DEC). A DEC spokesman said so. "
         "U.S. and DEC officials met.",
         NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

/* "is due to" and a verb is a future ("is due to speak at Thursday's rally", "is due to be published on
 * Monday"); "due to" and what caused it is none ("the delay is due to Monday's storm", "cancelled due
 * to heavy snow on Monday", "was due to the strike on Monday"). */
static void test_due_to_a_verb_is_future(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"He is due to speak at Thursday's rally.", .want = {{"Thursday", "2018-08-23"}}, COUNT(1)},
        {"The report is due to be published on Monday.", .want = {{"Monday", "2018-08-27"}}, COUNT(1)},
        {"Ministers are due to meet on Monday.", .want = {{"Monday", "2018-08-27"}}, COUNT(1)},
        {"The delay is due to Monday's storm.", .want = {{"Monday", "2018-08-20"}}, COUNT(1)},
        {"Flights were cancelled due to heavy snow on Monday.", .want = {{"Monday", "2018-08-20"}}, COUNT(1)},
        {"The fall is due to the strike on Monday.", .want = {{"Monday", "2018-08-20"}}, COUNT(1)},
        /* a past form or an -ing form after "due to" names a cause ("increased costs", "rising costs"):
        * no tense, the nearest Sunday; a verb stays a future ("is due to shed jobs") */
        {"The fall is due to increased costs on Sunday.", .want = {{"Sunday", "2018-08-19"}}, COUNT(1)},
        {"The loss is due to rising costs on Sunday.", .want = {{"Sunday", "2018-08-19"}}, COUNT(1)},
        {"The bank is due to shed jobs on Sunday.", .want = {{"Sunday", "2018-08-26"}}, COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

/* A calendar's New Year is no January 1 ("the Persian New Year", "Thai New Year festivities", "the
 * Islamic New Year"); the Jewish New Year is Rosh Hashanah. "New Year" alone and "Happy New Year" are. */
static void test_a_calendars_new_year(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Iranians marked the Persian New Year. Thai New Year festivities turned deadly. The Islamic "
         "New Year began. Koreans travel for the Korean New Year.",
         NO_TIME},
        {"Families marked the Jewish New Year.", .want = {{"Jewish New Year", "2017-09-21"}}, COUNT(1)},
        {"He wished them a Happy New Year.", .want = {{"New Year", "2018-01-01"}}, COUNT(1)},
        {"Sales rose over New Year.", .want = {{"New Year", "2018-01-01"}}, COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

/* Waiting for a day's event reads it coming: "investors await Thursday's jobs report", "Monday's
 * deadline looms"; after "after" it is past ("still awaiting results after Monday's attack"). */
static void test_awaited_events_are_coming(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Investors await Thursday's jobs report.", .want = {{"Thursday", "2018-08-23"}}, COUNT(1)},
        {"Markets are awaiting Friday's data.", .want = {{"Friday", "2018-08-24"}}, COUNT(1)},
        {"Monday's deadline looms.", .want = {{"Monday", "2018-08-27"}}, COUNT(1)},
        {"Police are still awaiting results after Monday's attack.", .want = {{"Monday", "2018-08-20"}}, COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

/* A present verb of the subject before a weekday's event previews it, coming: "Kane is fit for
 * Thursday's match", "misses Monday's tie"; not a present verb after it, whose subject is the event
 * ("Friday's lawsuit argues"), nor one of another clause ("upbeat and Thursday's figures"), nor a
 * perfect ("has been under fire for missing Monday's vote"), nor over "after". */
static void test_previews_of_a_weekdays_event(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Kane is fit for Thursday's match.", .want = {{"Thursday", "2018-08-23"}}, COUNT(1)},
        {"Voters go to the polls in Friday's election.", .want = {{"Friday", "2018-08-24"}}, COUNT(1)},
        {"The striker misses Monday's tie.", .want = {{"Monday", "2018-08-27"}}, COUNT(1)},
        {"Wales have injury worries before Friday's friendly.", .want = {{"Friday", "2018-08-24"}}, COUNT(1)},
        {"Friday's lawsuit argues that the rule is unlawful.", .want = {{"Friday", "2018-08-17"}}, COUNT(1)},
        {"Ministers are upbeat and Thursday's figures offer a check.", .want = {{"Thursday", "2018-08-16"}}, COUNT(1)},
        {"He has been under fire for missing Monday's vote.", .want = {{"Monday", "2018-08-20"}}, COUNT(1)},
        {"Kane is fit after Monday's match.", .want = {{"Monday", "2018-08-20"}}, COUNT(1)},
        {"Police want to question a man over Monday's attack.", .want = {{"Monday", "2018-08-20"}}, COUNT(1)},
        /* "is", "are" before a verb in -ing: that verb is the clause's, and an event it works on is past */
        {"Police are investigating Monday's attack.", .want = {{"Monday", "2018-08-20"}}, COUNT(1)},
        {"Detectives are questioning a man over Monday's attack.", .want = {{"Monday", "2018-08-20"}}, COUNT(1)},
        {"The club is going to miss Thursday's match.", .want = {{"Thursday", "2018-08-23"}}, COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

/* A present passive or perfect passive of a verb that picks someone for an event ("is nominated for
 * best film at Sunday's Oscars", "has been ruled out of Saturday's match", data/time_present.tsv code 2),
 * or one before "to" and a verb ("has been called to testify at Tuesday's hearing"), previews the
 * event: coming. Other passives say what the event did ("has been charged over Monday's attack"), and
 * a past auxiliary reads past ("was named in the squad for Saturday's match"). */
static void test_passive_previews_of_a_weekdays_event(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The film is nominated for best picture at Sunday's Oscars.", .want = {{"Sunday", "2018-08-26"}}, COUNT(1)},
        {"Henry has been ruled out of Saturday's match.", .want = {{"Saturday", "2018-08-25"}}, COUNT(1)},
        {"He has been named in the squad for Saturday's match.", .want = {{"Saturday", "2018-08-25"}}, COUNT(1)},
        {"The band has been shortlisted in three categories in Thursday's awards.",
         .want = {{"Thursday", "2018-08-23"}},
         COUNT(1)},
        {"The chief has been called to testify at Friday's hearing.", .want = {{"Friday", "2018-08-24"}}, COUNT(1)},
        {"The actress is tipped to win at Sunday's awards.", .want = {{"Sunday", "2018-08-26"}}, COUNT(1)},
        {"Two players are being rested for Saturday's match.", .want = {{"Saturday", "2018-08-25"}}, COUNT(1)},
        {"He has been passed fit for Sunday's match.", .want = {{"Sunday", "2018-08-26"}}, COUNT(1)},
        /* must not: what the event did, a past auxiliary, a perfect active */
        {"A man has been charged over Sunday's attack.", .want = {{"Sunday", "2018-08-19"}}, COUNT(1)},
        {"Two houses have been damaged in Saturday's storm.", .want = {{"Saturday", "2018-08-18"}}, COUNT(1)},
        {"He was named in the squad for Saturday's match.", .want = {{"Saturday", "2018-08-18"}}, COUNT(1)},
        {"He has been under fire for missing Monday's vote.", .want = {{"Monday", "2018-08-20"}}, COUNT(1)},
        {"The union has called for Sunday's strike to end.", .want = {{"Sunday", "2018-08-19"}}, COUNT(1)},
        {"He has been suspended over Sunday's brawl.", .want = {{"Sunday", "2018-08-19"}}, COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

/* The weekday-mismatch check. A numeric date after a weekday is read in the order the weekday fits
 * ("Monday 4/12/2017" is 4 December, a Monday; "Wednesday 4/12/2017" April 12); a range's ends are
 * checked each, after both moved to the year their weekdays fit ("from Thursday, Dec. 28 to Sunday,
 * Dec. 31" in a story of 2017-12-26 that says "ran": 2017, not 2016), and an open range's weekday is
 * its date's ("later than Wednesday, April 15": not April 16's). The message names the date, its
 * weekday and the one written, and says when the year was not written. */
static void expect_mismatch(const char *t, const char *date, const char *span, const char *message)
{
    cd_doc *doc = analyze(t, date);
    assert_int_equal(count_findings(doc, "weekday-mismatch"), 1);
    const cd_finding *f = find_finding(doc, "weekday-mismatch");
    assert_string_equal(f->message, message);
    assert_int_equal(f->span.start, offset_of(t, span));
    assert_int_equal(f->span.stop, offset_of(t, span) + strlen(span));
    cd_doc_free(doc);
}

static void test_weekdays_that_fit_their_dates(void **state)
{
    (void)state;
    const char *t = "It met on Monday 4/12/2017, on Wednesday 4/12/2017 and on Monday 12/4/2017.";
    cd_doc *doc = analyze(t, "2017-12-26");
    assert_int_equal(count_findings(doc, "weekday-mismatch"), 0);
    expect_at(doc, t, "Monday 4/12/2017", "2017-12-04");
    expect_at(doc, t, "Wednesday 4/12/2017", "2017-04-12");
    expect_at(doc, t, "Monday 12/4/2017", "2017-12-04");
    cd_doc_free(doc);
    t = "It ran from Thursday, Dec. 28 to Sunday, Dec. 31. It ran between Monday, Dec. 4 and Wednesday, Dec. 6.";
    doc = analyze(t, "2017-12-26");
    assert_int_equal(count_findings(doc, "weekday-mismatch"), 0);
    expect_at(doc, t, "from Thursday, Dec. 28 to Sunday, Dec. 31", "2017-12-28/2017-12-31");
    expect_at(doc, t, "between Monday, Dec. 4 and Wednesday, Dec. 6", "2017-12-04/2017-12-06");
    cd_doc_free(doc);
    /* must fire: a range's wrong end, with its own span; neither order of the numbers fits */
    expect_mismatch("It ran from Monday, Dec. 4 to Thursday, Dec. 6.", "2017-12-26", "Thursday, Dec. 6",
                    "'Thursday, Dec. 6': December 6, 2017 (its year from the story date) is a Wednesday, not a Thursday");
    expect_mismatch("It ran from Tuesday, Dec. 4, 2017 to Wednesday, Dec. 6, 2017.", "2017-12-26", "Tuesday, Dec. 4, 2017",
                    "'Tuesday, Dec. 4, 2017': December 4, 2017 is a Monday, not a Tuesday");
    t = "File no later than Wednesday, April 15, 2015, and after Monday, Dec. 4.";
    doc = analyze(t, "2017-12-26");
    assert_int_equal(count_findings(doc, "weekday-mismatch"), 0);
    expect_at(doc, t, "later than Wednesday, April 15, 2015", "2015-04-16/..");
    cd_doc_free(doc);
    expect_mismatch("File it before Tuesday, Dec. 4.", "2017-12-26", "Tuesday, Dec. 4",
                    "'Tuesday, Dec. 4': December 4, 2017 (its year from the story date) is a Monday, not a Tuesday");
    /* "the" between the weekday and its day: one date, checked ("Monday" alone read the last Monday) */
    t = "On Monday the 4th of December the vote was held; on Friday, the 13th of October 2017, it was not.";
    doc = analyze(t, "2017-12-26");
    assert_int_equal(count_time_claims(doc), 2);
    assert_int_equal(count_findings(doc, "weekday-mismatch"), 0);
    expect_at(doc, t, "Monday the 4th of December", "2017-12-04");
    expect_at(doc, t, "Friday, the 13th of October 2017", "2017-10-13");
    cd_doc_free(doc);
    expect_mismatch("On Tuesday the 4th of December it rained.", "2017-12-26", "Tuesday the 4th of December",
                    "'Tuesday the 4th of December': December 4, 2017 (its year from the story date) is a Monday, not a "
                    "Tuesday");
    expect_mismatch("It met on Friday 4/12/2017.", "2017-12-26", "Friday 4/12/2017",
                    "'Friday 4/12/2017': April 12, 2017 is a Wednesday, not a Friday");
}

/* A quarter without its year: one not yet begun by the story date, read past or with no tense, is last
 * year's ("Fourth quarter net rose" in August); one begun, or read future, is the story's year. "Of
 * last year", "of next year", a year before it ("2016 Q3") give its year. "Should" reads future, "should
 * have" past. */
static void test_quarters_without_a_year(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"For the fourth quarter, the bank reported that earnings rose.",
         .want = {{"fourth quarter", "2017-10/2017-12"}},
         COUNT(1)},
        {"Fourth quarter net rose 5 pct.", .want = {{"Fourth quarter", "2017-10/2017-12"}}, COUNT(1)},
        {"Output should outstrip demand by the fourth quarter.",
         .want = {{"fourth quarter", "2018-10/2018-12"}},
         COUNT(1)},
        {"Sales will rise in the fourth quarter.", .want = {{"fourth quarter", "2018-10/2018-12"}}, COUNT(1)},
        {"Profits rose in the second quarter.", .want = {{"second quarter", "2018-04/2018-06"}}, COUNT(1)},
        {"Profits rose in the fourth quarter of last year.",
         .want = {{"fourth quarter of last year", "2017-10/2017-12"}},
         COUNT(1)},
        {"Sales will rise in the first quarter of next year.",
         .want = {{"first quarter of next year", "2019-01/2019-03"}},
         COUNT(1)},
        {"Sales in 2016 Q4 were slow.", .want = {{"Q4", "2016-10/2016-12"}}},
        {"It should have been done in December.", .want = {{"December", "2017-12"}}, COUNT(1)},
        {"He should make a statement in December.", .want = {{"December", "2018-12"}}, COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

/* Tense words around a month or day without its year (story date 2018-08-21): a present perfect
 * says nothing of when ("said it has convened an extraordinary meeting for September 23": the
 * nearest), but another clause's does not stop the reading ("has sought and on Thursday grilled
 * him"); "is to" and a verb is a plan ("is to be paid July 27"); "expected" and a subject before
 * "to" a future, "had expected" a past; "since" right before a time a past. */
static void test_perfects_plans_and_since(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The firm said it has convened an extraordinary meeting for September 23.",
         .want = {{"September 23", "2018-09-23"}},
         COUNT(1)},
        {"The firm said it has sold the unit in July.", .want = {{"July", "2018-07"}}, COUNT(1)},
        {"She has sought to paint him as a cheat and on Thursday grilled him.",
         .want = {{"Thursday", "2018-08-16"}},
         COUNT(1)},
        {"The one-off bonus is to be paid July 27.", .want = {{"July 27", "2019-07-27"}}, COUNT(1)},
        {"The band is to play a gig on Saturday.", .want = {{"Saturday", "2018-08-25"}}, COUNT(1)},
        {"She said she expected the cartel to lift output when it meets on December 9.",
         .want = {{"December 9", "2018-12-09"}},
         COUNT(1)},
        {"Many had expected sales to fall in October.", .want = {{"October", "2017-10"}}, COUNT(1)},
        {"Traders had originally expected the market to rise on Monday.", .want = {{"Monday", "2018-08-20"}}, COUNT(1)},
        {"He will have spent his birthday on Sunday.", .want = {{"Sunday", "2018-08-26"}}, COUNT(1)},
        {"It was due to have had a check on Friday.", .want = {{"Friday", "2018-08-17"}}, COUNT(1)},
        /* irregular past forms (data/time_tense.tsv) read past; a participle after "be" or "being" is a
        * passive's, no past */
        {"The dollar slid to a record low on Thursday.", .want = {{"Thursday", "2018-08-16"}}, COUNT(1)},
        {"Expectations drove the index to a record high on Monday.", .want = {{"Monday", "2018-08-20"}}, COUNT(1)},
        {"Forms can be handed in on Friday.", .want = {{"Friday", "2018-08-24"}}, COUNT(1)},
        {"Forms were handed in on Friday.", .want = {{"Friday", "2018-08-17"}}, COUNT(1)},
        {"The plant has been on trial since October.", .want = {{"since October", "2017-10/.."}}},
    };
    check_cases(cases, N_OF(cases));
}

/* A month or a day of a month "(of) last year", "(of) this year", "(of) next year": one expression, of
 * that year ("since December of last year", "in January last year" read the month and the year apart). */
static void test_months_of_last_year(void **state)
{
    (void)state;
    static const date_case cases[] = {
        /* without "of" too; not before "'s" ("last year's figures" are another noun's) */
        {"Assets stood at 5 dlrs in January last year. On 4 July last year it rained. In May last year's figures rose.",
         .want = {{"January last year", "2017-01"},
                  {"4 July last year", "2017-07-04"},
                  {"May", "2018-05"}},
         COUNT(4)},
    };
    check_cases(cases, N_OF(cases));
    const char *t = "He has been fit since December of last year. In May of this year, it rained. It opens on 4 July of next "
                    "year. He met the head of last year.";
    cd_doc *doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 4);
    expect_at(doc, t, "since December of last year", "2017-12/..");
    expect_at(doc, t, "May of this year", "2018-05");
    expect_at(doc, t, "4 July of next year", "2019-07-04");
    assert_true(time_claim(doc, "4 July of next year")->time.relative);
    cd_doc_free(doc);
}

/* A present perfect's own time after "in" or "during" is past: the event is done ("has bounced back
 * from a low in September" read the coming September); a planned event's time, an infinitive's or what
 * a speech verb reports stays the nearest. A negated modal's perfect ("should not have", "would not
 * have") is a past as the plain one is (read the coming Thursday). */
static void test_perfects_in_a_month_and_negated_modals(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Confidence has bounced back from a low in September.", .want = {{"September", "2017-09"}}, COUNT(1)},
        {"The bank has raised rates twice during September.", .want = {{"September", "2017-09"}}, COUNT(1)},
        {"They should not have voted on Thursday.", .want = {{"Thursday", "2018-08-16"}}, COUNT(1)},
        {"They should never have voted on Thursday.", .want = {{"Thursday", "2018-08-16"}}, COUNT(1)},
        {"They shouldn't have voted on Thursday.", .want = {{"Thursday", "2018-08-16"}}, COUNT(1)},
        {"They would not have voted on Thursday.", .want = {{"Thursday", "2018-08-16"}}, COUNT(1)},
        {"They should not vote on Thursday.", .want = {{"Thursday", "2018-08-23"}}, COUNT(1)},
        {"The firm has agreed to sell the unit in September.", .want = {{"September", "2018-09"}}, COUNT(1)},
        {"The firm has said the plant closes in September.", .want = {{"September", "2018-09"}}, COUNT(1)},
        {"The firm has called a meeting for September 23.", .want = {{"September 23", "2018-09-23"}}, COUNT(1)},
        {"She has pulled out of September's Open.", .want = {{"September", "2018-09"}}, COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

/* A weekday's event that someone answers for is done: "is responsible for Sunday's attack", "is to
 * blame for Saturday's crash", "are accountable for" read the coming day (a present verb's preview,
 * "is to" and a verb's plan); "is fit for Saturday's match" stays a preview. */
static void test_blame_for_a_weekdays_event(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The group is responsible for Sunday's attack.", .want = {{"Sunday", "2018-08-19"}}, COUNT(1)},
        {"Rain is to blame for Saturday's abandoned match.", .want = {{"Saturday", "2018-08-18"}}, COUNT(1)},
        {"Officials are accountable for Monday's blackout.", .want = {{"Monday", "2018-08-20"}}, COUNT(1)},
        {"Kane is fit for Saturday's match.", .want = {{"Saturday", "2018-08-25"}}, COUNT(1)},
        {"The band is to play a gig on Saturday.", .want = {{"Saturday", "2018-08-25"}}, COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

/* A day joined to an ordinal past 31 is a rank as that one is ("in the 23rd and 67th minutes",
 * "the 3rd and the 88th minute", "the tenth and fortieth laps" read the 23rd, 3rd, 10th of the month);
 * two days stay days. */
static void test_day_joined_to_a_rank_past_31(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Goals came in the 23rd and 67th minutes. He scored in the 3rd and the 88th minute. "
         "It led the tenth and fortieth laps.",
         NO_TIME},
        {"The festival runs from the 23rd to the 27th.",
         .want = {{"from the 23rd to the 27th", "2018-08-23/2018-08-27"}}},
    };
    check_cases(cases, N_OF(cases));
}

/* A present perfect, active or passive, and "until" or "till": a state that holds now and ends then,
 * coming ("has been adjourned until Friday", "has adjourned the case until Monday", "has been
 * extended until July" read the last one). A past of a verb that moves a date forward ("was
 * adjourned until Friday", data/time_deferrals.tsv) is coming too (test_dates_events.c); another past
 * ("lasted until Friday") stays past. */
static void test_perfect_until_is_coming(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The hearing has been adjourned until Friday.", .want = {{"Friday", "2018-08-24"}}, COUNT(1)},
        {"The court has adjourned the case until Monday.", .want = {{"Monday", "2018-08-27"}}, COUNT(1)},
        {"The deadline has been extended until July.", .want = {{"July", "2019-07"}}, COUNT(1)},
        {"The hearing was adjourned until Friday.", .want = {{"Friday", "2018-08-24"}}, COUNT(1)},
        {"The hearing lasted until Friday.", .want = {{"Friday", "2018-08-17"}}, COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

/* A quarter read future that ended more than a quarter before the story date (its figures out) is next
 * year's ("Sales will rise in the first quarter" in August read the one over in March); the quarter
 * just over ("will report second quarter results") and a past one stay the story year's. */
static void test_future_quarter_long_over_is_next_years(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Sales will rise in the first quarter.", .want = {{"first quarter", "2019-01/2019-03"}}, COUNT(1)},
        {"The firm will report second quarter results.", .want = {{"second quarter", "2018-04/2018-06"}}, COUNT(1)},
        {"Profit fell in the first quarter.", .want = {{"first quarter", "2018-01/2018-03"}}, COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

/* "last" after "to" or a modal and before a count is the verb: "is expected to last six weeks", "could
 * last two years" read the six weeks, two years before the story date; "in the last six weeks" and
 * "compared to last year" stay times. */
static void test_last_as_a_verb(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The trial is expected to last six weeks. The strike could last two years.", NO_TIME},
        {"Sales rose in the last six weeks.", .want = {{"last six weeks", "2018-07-10/2018-08-20"}}, COUNT(1)},
        {"Sales rose compared to last year.", .want = {{"last year", "2017"}}, COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

/* A weekday after "a" or "an" names no day, any one such ("held on a Thursday", "on a Saturday
 * morning", "a Sunday stroll" read the nearest one); "on Thursday" stays a day. */
static void test_weekday_after_a_is_no_day(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Until then they were held on a Thursday. It airs on a Saturday morning. He took a Sunday stroll.", NO_TIME},
        {"The vote was held on Thursday.", .want = {{"Thursday", "2018-08-16"}}, COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

/* After "a", the weekdays joined to it by "or" or commas name no day either ("on a Friday or
 * Saturday night", "a Monday, Tuesday or Wednesday"); "on Friday or Saturday" still dates both. */
static void test_weekdays_after_a_or_are_no_day(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Fights break out on a Friday or Saturday night. It shuts on a Monday, Tuesday or Wednesday.", NO_TIME},
        {"The vote is held on Friday or Saturday.", COUNT(2)},
    };
    check_cases(cases, N_OF(cases));
}

/* A newspaper whose name ends in "on Sunday" ("The Mail on Sunday", "the Independent on Sunday"):
 * its weekday is no date; a place's name so read ("Scotland on Sunday") only before "newspaper" or
 * after "told". "Police said on Sunday", "The Times on Monday said", "beat Scotland on Sunday" stay dates. */
static void test_newspaper_on_sunday_is_no_date(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Mail on Sunday reported it. He told the Independent on Sunday and "
         "told Scotland on Sunday. The Scotland on Sunday newspaper agreed.",
         NO_TIME},
        {"Police said on Sunday that it was hot.", .want = {{"Sunday", "2018-08-19"}}, COUNT(1)},
        {"The Times on Sunday said it.", .want = {{"Sunday", "2018-08-19"}}, COUNT(1)},
        {"England beat Scotland on Sunday.", .want = {{"Sunday", "2018-08-19"}}, COUNT(1)},
        {"Emails on Sunday were sent.", .want = {{"Sunday", "2018-08-19"}}, COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

/* "May" alone after "to", "on", "of", "by" or "from" and before a tense word is the person the story
 * named ("Theresa May"), not the month: "A letter to May was sent", "Allies of May said"; with no
 * such person, before no tense word ("moved to May."), after "for" ("Figures for May were") or in a
 * range ("from April to May was") it stays the month. "May said", "Mrs May" were never months. */
static void expect_month_at(const char *t, uint32_t start)
{
    cd_doc *doc = analyze(t, STORY);
    const cd_claim *c = time_claim(doc, "May");
    assert_string_equal(c->time.value, "2018-05");
    assert_int_equal(c->span.start, start);
    assert_int_equal(c->span.stop, start + 3);
    cd_doc_free(doc);
}

static void test_may_as_a_person(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Theresa May met Juncker. A letter to May was sent. Allies of May said she would stay. "
         "Mrs May left. May said no.",
         NO_TIME},
        {"A letter to May was sent.", .want = {{"May", "2018-05"}}, COUNT(1)},
        {"Theresa May met Juncker. Sales rose from April to May were.",
         .want = {{"from April to May", "2018-04/2018-05"}}},
    };
    check_cases(cases, N_OF(cases));
    expect_month_at("Theresa May met Juncker. The vote was moved to May.", 47);
    expect_month_at("Theresa May met Juncker. Figures for May were weak.", 37);
}

/* A place named after a holiday is no day, after a preposition too ("held on Christmas Island", "flew
 * to Easter Island"), where a holiday before its clause's subject is ("By Thanksgiving Congress will
 * vote"). */
static void test_places_named_after_a_holiday(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Asylum seekers were held on Christmas Island. He flew to Easter Island. They sailed past "
         "Christmas Island.",
         NO_TIME},
        {"By Thanksgiving Congress will vote.", .want = {{"Thanksgiving", "2018-11-22"}}, COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_business_days),
        cmocka_unit_test(test_calendar_year),
        cmocka_unit_test(test_holidays_after_holidays),
        cmocka_unit_test(test_year_range_with_tilde),
        cmocka_unit_test(test_please_reads_as_future),
        cmocka_unit_test(test_weekday_near_a_counted_day),
        cmocka_unit_test(test_week_starting_a_day),
        cmocka_unit_test(test_periods_for_and_less_than),
        cmocka_unit_test(test_weekdays_inside_a_week),
        cmocka_unit_test(test_bracketed_and_wc_dates),
        cmocka_unit_test(test_early_years_and_fortnights),
        cmocka_unit_test(test_counted_from_a_holiday),
        cmocka_unit_test(test_counted_span_with_both_ends),
        cmocka_unit_test(test_days_in_words_after_a_lower_case_month),
        cmocka_unit_test(test_decades_of_tens),
        cmocka_unit_test(test_counted_periods_in_parts),
        cmocka_unit_test(test_plural_units_are_a_few),
        cmocka_unit_test(test_split_years_with_a_slash),
        cmocka_unit_test(test_seasons),
        cmocka_unit_test(test_this_time_last_year),
        cmocka_unit_test(test_parts_of_the_decade),
        cmocka_unit_test(test_parts_of_seasons_and_quarters),
        cmocka_unit_test(test_day_before_a_spaced_dash),
        cmocka_unit_test(test_weekday_dash_date),
        cmocka_unit_test(test_capitalized_week_numbers),
        cmocka_unit_test(test_cy_calendar_years),
        cmocka_unit_test(test_decades_in_words),
        cmocka_unit_test(test_new_year_day_in_lower_case),
        cmocka_unit_test(test_day_dot_before_a_month),
        cmocka_unit_test(test_slashed_date_with_a_comma_year),
        cmocka_unit_test(test_days_of_a_month_after_it),
        cmocka_unit_test(test_days_then_their_month),
        cmocka_unit_test(test_want_after_did),
        cmocka_unit_test(test_story_before_1970),
        cmocka_unit_test(test_years_in_words_after_year),
        cmocka_unit_test(test_counted_weekdays),
        cmocka_unit_test(test_want_reads_as_future),
        cmocka_unit_test(test_lower_case_months_after_a_preposition),
        cmocka_unit_test(test_years_after_a_comma_and_spaced_dates),
        cmocka_unit_test(test_may_to_march),
        cmocka_unit_test(test_possessive_weekend),
        cmocka_unit_test(test_lower_case_month_glued_to_a_day),
        cmocka_unit_test(test_this_day),
        cmocka_unit_test(test_islamic_holidays),
        cmocka_unit_test(test_lunisolar_holidays),
        cmocka_unit_test(test_ranges_between_parts),
        cmocka_unit_test(test_parts_glued_by_a_dash),
        cmocka_unit_test(test_more_year_contexts),
        cmocka_unit_test(test_weekdays_joined_to_a_named_week),
        cmocka_unit_test(test_negated_years),
        cmocka_unit_test(test_range_of_two_bare_days),
        cmocka_unit_test(test_weekday_events),
        cmocka_unit_test(test_lists_of_periods),
        cmocka_unit_test(test_names_that_begin_with_a_time),
        cmocka_unit_test(test_weekday_after_a_verb_before_a_name),
        cmocka_unit_test(test_ranked_in_years),
        cmocka_unit_test(test_months_in_a_text_in_capitals),
        cmocka_unit_test(test_due_to_a_verb_is_future),
        cmocka_unit_test(test_a_calendars_new_year),
        cmocka_unit_test(test_awaited_events_are_coming),
        cmocka_unit_test(test_previews_of_a_weekdays_event),
        cmocka_unit_test(test_passive_previews_of_a_weekdays_event),
        cmocka_unit_test(test_weekdays_that_fit_their_dates),
        cmocka_unit_test(test_quarters_without_a_year),
        cmocka_unit_test(test_perfects_plans_and_since),
        cmocka_unit_test(test_months_of_last_year),
        cmocka_unit_test(test_perfects_in_a_month_and_negated_modals),
        cmocka_unit_test(test_blame_for_a_weekdays_event),
        cmocka_unit_test(test_day_joined_to_a_rank_past_31),
        cmocka_unit_test(test_perfect_until_is_coming),
        cmocka_unit_test(test_future_quarter_long_over_is_next_years),
        cmocka_unit_test(test_last_as_a_verb),
        cmocka_unit_test(test_weekday_after_a_is_no_day),
        cmocka_unit_test(test_weekdays_after_a_or_are_no_day),
        cmocka_unit_test(test_newspaper_on_sunday_is_no_date),
        cmocka_unit_test(test_may_as_a_person),
        cmocka_unit_test(test_places_named_after_a_holiday),
    };
    return cmocka_run_group_tests_name("dates", tests, NULL, NULL);
}
