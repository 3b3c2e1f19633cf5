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

/* t, analyzed on the story date, holds no time claim. */
static void expect_no_time(const char *t)
{
    cd_doc *doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 0);
    cd_doc_free(doc);
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

static void test_business_days(void **state)
{
    (void)state;
    /* from a Tuesday: four business days on is the Monday after (the weekend is skipped) */
    const char *t = "The bank will pay in four business days. Shares fell over the past five trading days, "
                    "and the board meets within 3 working days. The next 4 business days are busy.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "four business days", "2018-08-27");
    expect_at(doc, t, "past five trading days", "2018-08-14/2018-08-20");
    expect_at(doc, t, "within 3 working days", "2018-08-21/2018-08-24");
    expect_at(doc, t, "next 4 business days", "2018-08-22/2018-08-27");
    cd_doc_free(doc);
    /* a length with no anchor is no date; past tense "in" is a length too */
    expect_no_time("Two working days were lost. It was the best run in five trading days.");
}

static void test_calendar_year(void **state)
{
    (void)state;
    const char *t = "Gains this calendar year beat those of last calendar year.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "this calendar year", "2018");
    expect_at(doc, t, "last calendar year", "2017");
    cd_doc_free(doc);
    expect_no_time("The calendar year is starting off slowly.");
}

static void test_holidays_after_holidays(void **state)
{
    (void)state;
    const char *t = "Shoppers crowded stores on Black Friday 2010 and on Cyber Monday 2010; "
                    "marches on International Workers' Day were calm.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "Black Friday 2010", "2010-11-26"); /* Thanksgiving was 25 November */
    expect_at(doc, t, "Cyber Monday 2010", "2010-11-29");
    expect_at(doc, t, "International Workers' Day", "2018-05-01");
    cd_doc_free(doc);
    /* "workers" without the day is no holiday */
    expect_no_time("The workers were calm.");
}

static void test_year_range_with_tilde(void **state)
{
    (void)state;
    const char *t = "The range is 2014~2018.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "2014~2018", "2014/2018");
    cd_doc_free(doc);
    /* a tilde before a number means "about": no year */
    expect_no_time("It costs ~2018 dollars and weighs 2014 ~ 2018 grams.");
}

static void test_please_reads_as_future(void **state)
{
    (void)state;
    const char *t = "Please call me Friday.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "Friday", "2018-08-24"); /* the next Friday, not the nearest (the 17th) */
    cd_doc_free(doc);
    doc = analyze("He called me Friday.", STORY);
    expect_at(doc, "He called me Friday.", "Friday", "2018-08-17");
    cd_doc_free(doc);
}

static void test_weekday_near_a_counted_day(void **state)
{
    (void)state;
    /* the story date is a Tuesday: 4 days on is a Saturday, and the Friday meant is the day before */
    const char *t = "We will decide in 4 days on Friday. I'll go back Monday two weeks from now, or "
                    "Thursday, two years from now. They will return 3 weeks after Christmas on Friday.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "4 days on Friday", "2018-08-24");
    expect_at(doc, t, "Monday two weeks from now", "2018-09-03");
    expect_at(doc, t, "Thursday, two years from now", "2020-08-20");
    expect_at(doc, t, "3 weeks after Christmas on Friday", "2019-01-18"); /* Christmas + 21 = Tue 15 */
    assert_int_equal(count_time_claims(doc), 4);
    cd_doc_free(doc);
    /* a length in the past is no date, so its weekday stands alone; "on Friday's" names a thing */
    t = "It fell to its lowest in two years on Friday. We will decide in 4 days on Friday's report.";
    doc = analyze(t, STORY);
    expect_at(doc, t, "Friday", "2018-08-17");
    expect_at(doc, t, "4 days", "2018-08-25");
    cd_doc_free(doc);
}

static void test_week_starting_a_day(void **state)
{
    (void)state;
    const char *t = "Set leave for a week starting tomorrow. Sales will rise in the week beginning 29 August "
                    "and in the week of 22 August.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "week starting tomorrow", "2018-08-22/2018-08-28"); /* seven days from Wednesday */
    expect_at(doc, t, "week beginning 29 August", "2018-W35");            /* a written date: its week */
    expect_at(doc, t, "week of 22 August", "2018-W34");
    cd_doc_free(doc);
}

static void test_periods_for_and_less_than(void **state)
{
    (void)state;
    const char *t = "He played the role for three years from 1987. The offer stands for 3 days from today "
                    "and ends less than 2 weeks from now; it began less than 3 days ago.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "three years from 1987", "1987-01-01/1989-12-31");
    expect_at(doc, t, "3 days from today", "2018-08-21/2018-08-23");
    expect_at(doc, t, "2 weeks from now", "2018-08-21/2018-09-04");
    expect_at(doc, t, "3 days ago", "2018-08-18/2018-08-21");
    cd_doc_free(doc);
    /* without "for" or "less than" the count reaches one day */
    t = "The offer ends 3 days from today and began more than 3 days ago.";
    doc = analyze(t, STORY);
    expect_at(doc, t, "3 days from today", "2018-08-24");
    expect_at(doc, t, "3 days ago", "2018-08-18");
    cd_doc_free(doc);
}

static void test_weekdays_inside_a_week(void **state)
{
    (void)state;
    const char *t = "They will meet next week between Wednesday and Friday, this week from Tue to Thur, then "
                    "rest, and vote in the first week of October on Friday.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "next week between Wednesday and Friday", "2018-08-29/2018-08-31");
    expect_at(doc, t, "this week from Tue to Thur", "2018-08-21/2018-08-23");
    expect_at(doc, t, "first week of October on Friday", "2018-10-05");
    cd_doc_free(doc);
    /* days in the wrong order make no range: the week stands alone */
    t = "They will meet next week between Friday and Wednesday.";
    doc = analyze(t, STORY);
    expect_at(doc, t, "next week", "2018-W35");
    cd_doc_free(doc);
}

static void test_bracketed_and_wc_dates(void **state)
{
    (void)state;
    const char *t = "Results will be ready next Thursday (23 August). The rota for w/c 27 Aug is out.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "next Thursday (23 August)", "2018-08-23");
    expect_at(doc, t, "w/c 27 Aug", "2018-W35");
    cd_doc_free(doc);
    /* no date in the brackets; "w/c" alone */
    t = "They will land Friday (local time). A w/c sign hung there.";
    doc = analyze(t, STORY);
    expect_at(doc, t, "Friday", "2018-08-24");
    assert_null(find_claim(doc, CD_CLAIM_TIME, "w/c"));
    cd_doc_free(doc);
}

static void test_early_years_and_fortnights(void **state)
{
    (void)state;
    const char *t = "The town was founded in the year 800. She will decide in the next fortnight; "
                    "he learned more in the last fortnight.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "800", "0800");
    expect_at(doc, t, "next fortnight", "2018-08-22/2018-09-04"); /* the 14 days after the story date */
    expect_at(doc, t, "last fortnight", "2018-08-07/2018-08-20");
    cd_doc_free(doc);
    /* school years and counts after "year" are no years */
    expect_no_time("Year 10 pupils and year 500 students met.");
}

static void test_counted_from_a_holiday(void **state)
{
    (void)state;
    /* the tense places the day reached: early in January, "will meet 2 weeks after Christmas" is
     * this January, two weeks after the Christmas just gone, not next year's */
    const char *t = "We will meet 2 weeks after Christmas. It happened 2 weeks before Christmas. "
                    "It ends 2 weeks after Christmas 2018.";
    cd_doc *doc = analyze(t, "2018-01-03");
    expect_at(doc, t, "2 weeks after Christmas", "2018-01-08");
    expect_at(doc, t, "2 weeks before Christmas", "2017-12-11");
    expect_at(doc, t, "2 weeks after Christmas 2018", "2019-01-08"); /* a written year stays */
    cd_doc_free(doc);
}

static void test_counted_span_with_both_ends(void **state)
{
    (void)state;
    const char *t = "Sales in the five months from 3 August to 24 December rose. They will end six months from 3 August.";
    cd_doc *doc = analyze(t, "2018-01-03");
    expect_at(doc, t, "from 3 August to 24 December", "2017-08-03/2017-12-24");
    expect_at(doc, t, "six months from 3 August", "2018-02-03");
    assert_int_equal(count_time_claims(doc), 2);
    cd_doc_free(doc);
}

static void test_days_in_words_after_a_lower_case_month(void **state)
{
    (void)state;
    const char *t = "It fell on monday, jan twenty two, 2018 and on sunday jan twenty one two thousand and eighteen.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "monday, jan twenty two, 2018", "2018-01-22");
    expect_at(doc, t, "sunday jan twenty one two thousand and eighteen", "2018-01-21");
    cd_doc_free(doc);
    /* without a year, a lower-case "jan" before a number word may be a name */
    expect_no_time("We told jan twenty two.");
}

static void test_decades_of_tens(void **state)
{
    (void)state;
    const char *t = "Prices rose in the twenty-tens, as in the nineteen tens.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "twenty-tens", "2010/2019");
    expect_at(doc, t, "nineteen tens", "1910/1919");
    cd_doc_free(doc);
    expect_no_time("Among the tens of thousands of people were tens of children.");
}

static void test_counted_periods_in_parts(void **state)
{
    (void)state;
    const char *t = "She cited her work of the past five years and eight months; the plan covers the next "
                    "two years, three months.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "past five years and eight months", "2012-12-21/2018-08-20");
    expect_at(doc, t, "next two years, three months", "2018-08-22/2020-11-21");
    cd_doc_free(doc);
    /* parts that end in "ago" are a day of their own */
    t = "They worked for the last 3 months and 2 days ago they found it.";
    doc = analyze(t, STORY);
    expect_at(doc, t, "last 3 months", "2018-05-21/2018-08-20");
    expect_at(doc, t, "2 days ago", "2018-08-19");
    cd_doc_free(doc);
}

static void test_plural_units_are_a_few(void **state)
{
    (void)state;
    const char *t = "Growth will slow in the coming months and the coming decades, as over the past weeks.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "coming months", "2018-08-22/2018-11-21"); /* as "the next few months" */
    expect_at(doc, t, "coming decades", "2020/2049");
    expect_at(doc, t, "past weeks", "2018-07-31/2018-08-20");
    cd_doc_free(doc);
    /* "the last days of" names the end of something else */
    expect_no_time("He wrote about the last days of the regime and the final months of the war.");
}

static void test_split_years_with_a_slash(void **state)
{
    (void)state;
    const char *t = "The cycle ended in 2005/06, before the 2006/07 season, and rose in 1999/00.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "2005/06", "2005/2006");
    expect_at(doc, t, "2006/07", "2006/2007");
    expect_at(doc, t, "1999/00", "1999/2000");
    cd_doc_free(doc);
    /* no date word before it: a ratio or a code, no years */
    expect_no_time("The ratio was 2005/06 overall.");
}

static void test_seasons(void **state)
{
    (void)state;
    /* the story date (21 August) is in the summer */
    const char *t = "He moved last summer. It opens next summer and closes this winter. Prices rose in the "
                    "spring. The vote will be held in the autumn. It began in summer 2004, before the winter of "
                    "2010 and this fall.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "last summer", "2017-06/2017-08");
    expect_at(doc, t, "next summer", "2019-06/2019-08");
    expect_at(doc, t, "this winter", "2018-12/2019-02");
    expect_at(doc, t, "spring", "2018-03/2018-05");
    expect_at(doc, t, "autumn", "2018-09/2018-11");
    expect_at(doc, t, "summer 2004", "2004-06/2004-08");
    expect_at(doc, t, "winter of 2010", "2010-12/2011-02");
    expect_at(doc, t, "this fall", "2018-09/2018-11");
    cd_doc_free(doc);
    /* a fall in prices, a title, a name, a noun after the season */
    doc = analyze("Expect a fall in 2005 prices. She starred in Suddenly Last Summer. The summer of love "
                  "and the Winter Olympics brought summer sales.", STORY);
    assert_null(find_claim(doc, CD_CLAIM_TIME, "fall"));
    assert_null(find_claim(doc, CD_CLAIM_TIME, "ummer"));
    assert_null(find_claim(doc, CD_CLAIM_TIME, "Winter"));
    cd_doc_free(doc);
}

static void test_this_time_last_year(void **state)
{
    (void)state;
    const char *t = "Prices are up on this time last year, and this time next week the sale ends.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "this time last year", "2017-08-21");
    expect_at(doc, t, "this time next week", "2018-08-28");
    assert_int_equal(count_time_claims(doc), 2);
    cd_doc_free(doc);
    expect_no_time("This time the team won, unlike this time last season.");
}

static void test_parts_of_the_decade(void **state)
{
    (void)state;
    const char *t = "It will appear by the end of the decade; we said so at the beginning of the decade that ended.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "end of the decade", "2017/2019");
    expect_at(doc, t, "beginning of the decade", "2010/2012");
    cd_doc_free(doc);
    expect_no_time("It marked the end of the decade-long war.");
}

static void test_parts_of_seasons_and_quarters(void **state)
{
    (void)state;
    const char *t = "It will be on sale in late summer, as at the end of last summer, and again in early Q3 2019.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "late summer", "2018-08");
    expect_at(doc, t, "end of last summer", "2017-08");
    expect_at(doc, t, "early Q3 2019", "2019-07");
    cd_doc_free(doc);
    expect_no_time("The late summer heat was bad.");
}

static void test_day_before_a_spaced_dash(void **state)
{
    (void)state;
    const char *t = "Coffee at Starbucks on 29th - meet at 2pm.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "29th", "2018-08-29");
    cd_doc_free(doc);
    /* glued, the dash makes a compound; after a weekday, a spaced dash may be a score */
    doc = analyze("It was the 18th-century house. They won on Saturday 21 - 14.", STORY);
    assert_int_equal(count_time_claims(doc), 1);
    assert_string_equal(time_claim(doc, "Saturday")->time.value, "2018-08-18"); /* Saturday alone */
    cd_doc_free(doc);
}

static void test_weekday_dash_date(void **state)
{
    (void)state;
    const char *t = "The call is this Friday-Aug-24 with Jim.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "this Friday-Aug-24", "2018-08-24");
    cd_doc_free(doc);
    /* a dash between weekdays is a range of days, not a date */
    t = "Open Monday-Friday.";
    doc = analyze(t, STORY);
    expect_at(doc, t, "Monday-Friday", "2018-08-20/2018-08-24");
    cd_doc_free(doc);
}

static void test_capitalized_week_numbers(void **state)
{
    (void)state;
    const char *t = "I'll be out from Week 31 to Week 35, and between Week 40 and Week 41.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "from Week 31 to Week 35", "2018-W31/2018-W35");
    expect_at(doc, t, "between Week 40 and Week 41", "2018-W40/2018-W41");
    cd_doc_free(doc);
    /* sports seasons count their own weeks, none more than 20 */
    expect_no_time("The Patriots won in Week 3 and lost in Week 20.");
    /* a word of sport in the sentence makes any week a season's: match weeks pass 30 */
    expect_no_time("Premier League leaders Arsenal face Chelsea in Week 31. In week 34 the MLS leaders lost.");
    /* a season of no sport counts the year's weeks: flu and hurricane copy; "week 40 of the flu season"
     * names a week of the season, whose first week the story does not give: no date */
    t = "Flu cases rose in week 40, as the flu season began. Storms grew in week 36 of the hurricane season.";
    doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 1);
    expect_at(doc, t, "week 40", "2018-W40");
    cd_doc_free(doc);
    expect_no_time("Flu cases rose in week 40 of the flu season. The season began in week 34 for the league.");
    t = "Sales rose in Week 31, the retailer said. The league met in May. Sales fell in week 34.";
    doc = analyze(t, STORY);
    expect_at(doc, t, "Week 31", "2018-W31");
    expect_at(doc, t, "week 34", "2018-W34");
    cd_doc_free(doc);
}

static void test_cy_calendar_years(void **state)
{
    (void)state;
    const char *t = "Sales in the cy 2008 beat CY2009 revenue and cy18.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "cy 2008", "2008");
    expect_at(doc, t, "CY2009", "2009");
    expect_at(doc, t, "cy18", "2018");
    cd_doc_free(doc);
    /* two digits need the letters glued; a percentage is no year */
    expect_no_time("Cy 18 and CY 2008% were typos.");
}

static void test_decades_in_words(void **state)
{
    (void)state;
    const char *t = "Prices rose in nineties, fell in the two thousands and again in the two thousand and tens.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "nineties", "1990/1999");
    expect_at(doc, t, "two thousands", "2000/2009");
    expect_at(doc, t, "two thousand and tens", "2010/2019");
    cd_doc_free(doc);
    /* an age, and counts */
    expect_no_time("He is in his nineties; in the two thousands of homes, tens of thousands fled.");
}

static void test_new_year_day_in_lower_case(void **state)
{
    (void)state;
    const char *t = "When is the next new year day? At the new year's eve party.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "next new year day", "2019-01-01");
    expect_at(doc, t, "new year's eve", "2018-12-31"); /* no tense: the nearest */
    cd_doc_free(doc);
    expect_no_time("A new year began for the club. They hoped for a new year of growth.");
    /* no article after a preposition: the holiday */
    t = "Sales fell sharply before new year.";
    doc = analyze(t, STORY);
    expect_at(doc, t, "before new year", "../2017-12-31");
    cd_doc_free(doc);
    /* "over" and "at" are prepositions there too; not before an article */
    t = "Markets will be shut over new year. Shops open at new year.";
    doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 2);
    expect_at(doc, t, "new year", "2019-01-01");
    cd_doc_free(doc);
    expect_no_time("They will work over a new year of growth.");
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
    const char *t = "I'll go back 08/12,2015.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "08/12,2015", "2015-08-12");
    cd_doc_free(doc);
    /* a decimal comma: a rate, no date */
    expect_no_time("The dollar was at $1,8923.");
}

static void test_days_of_a_month_after_it(void **state)
{
    (void)state;
    const char *t = "I'll be out November between 19 and 20, and Feb between 2-7 two thousand and nineteen; "
                    "it ran Dec. 5-7, 2017.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "November between 19 and 20", "2018-11-19/2018-11-20");
    expect_at(doc, t, "Feb between 2-7 two thousand and nineteen", "2019-02-02/2019-02-07");
    expect_at(doc, t, "Dec. 5-7, 2017", "2017-12-05/2017-12-07");
    cd_doc_free(doc);
    /* quantities between two numbers: the month alone */
    t = "Prices rose in May between 5 and 10 percent; sales in June between 19 and 20 stores.";
    doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 2);
    expect_at(doc, t, "May", "2018-05");
    cd_doc_free(doc);
}

static void test_days_then_their_month(void **state)
{
    (void)state;
    const char *t = "I'll be out from 4-23 in next month.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "from 4-23 in next month", "2018-09-04/2018-09-23");
    cd_doc_free(doc);
    /* without "from" or "between" the numbers may be a score */
    t = "They won 4-23 in the next game.";
    expect_no_time(t);
    /* a score before a month's name is no range of its days: only the month */
    t = "United lost 1-2 in March.";
    doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 1);
    expect_at(doc, t, "March", "2018-03");
    cd_doc_free(doc);
    t = "The vote is from 4 to 23 in next month.";
    doc = analyze(t, STORY);
    expect_at(doc, t, "from 4 to 23 in next month", "2018-09-04/2018-09-23");
    cd_doc_free(doc);
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
    const char *t = "Families will celebrate Eid al-Fitr soon. The bank was closed on the 18th.";
    cd_doc *doc = analyze(t, "1965-03-10");
    assert_int_equal(count_time_claims(doc), 2);
    expect_at(doc, t, "Eid al-Fitr", "1966-01-22");
    expect_at(doc, t, "the 18th", "1965-02-18");
    cd_doc_free(doc);
}

static void test_years_in_words_after_year(void **state)
{
    (void)state;
    const char *t = "It was built in the Year two hundred and sixty seven.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "two hundred and sixty seven", "0267");
    cd_doc_free(doc);
    expect_no_time("The year two hundred students enrolled.");
}

static void test_counted_weekdays(void **state)
{
    (void)state;
    const char *t = "Are you free two Sundays from now? It happened 3 Fridays ago.";
    cd_doc *doc = analyze(t, STORY); /* a Tuesday */
    expect_at(doc, t, "two Sundays from now", "2018-09-02");
    expect_at(doc, t, "3 Fridays ago", "2018-08-03");
    cd_doc_free(doc);
    /* a plural weekday alone is every one of them */
    expect_no_time("He works on Sundays; Mondays are slow.");
}

static void test_want_reads_as_future(void **state)
{
    (void)state;
    const char *t = "They want it done by Friday.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "Friday", "2018-08-24");
    cd_doc_free(doc);
    t = "He wanted it done by Friday.";
    doc = analyze(t, STORY);
    expect_at(doc, t, "Friday", "2018-08-17");
    cd_doc_free(doc);
}

static void test_lower_case_months_after_a_preposition(void **state)
{
    (void)state;
    const char *t = "It may be in may. In dec prices rose.";
    cd_doc *doc = analyze(t, STORY);
    const cd_claim *may = time_claim(doc, "may"); /* the second "may" */
    assert_string_equal(may->time.value, "2018-05");
    assert_int_equal(may->span.start, offset_of(t, "may."));
    expect_at(doc, t, "dec", "2017-12");
    cd_doc_free(doc);
    /* the verb "may", a march */
    expect_no_time("Those in march said so; it may be in may be.");
}

static void test_years_after_a_comma_and_spaced_dates(void **state)
{
    (void)state;
    const char *t = "I'll go back 08/12,15. On 2016 10 16, it started.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "08/12,15", "2015-08-12");
    expect_at(doc, t, "2016 10 16", "2016-10-16");
    cd_doc_free(doc);
    /* a count after a year, a row of figures */
    t = "In 2016 10 people died; scores 2016 10 16 18.";
    doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 1);
    expect_at(doc, t, "2016", "2016");
    cd_doc_free(doc);
    /* the last number starts a compound: "11-year-olds" */
    t = "In 2016 12 11-year-olds were hurt.";
    doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 1);
    expect_at(doc, t, "2016", "2016");
    cd_doc_free(doc);
}

static void test_may_to_march(void **state)
{
    (void)state;
    const char *t = "What will happen May to March?";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "May to March", "2018-05/2019-03"); /* the one around the story date */
    cd_doc_free(doc);
    expect_no_time("May to meet Merkel.");
}

static void test_possessive_weekend(void **state)
{
    (void)state;
    const char *t = "How was your weekend?";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "weekend", "2018-08-18/2018-08-19");
    cd_doc_free(doc);
    expect_no_time("She has her weekend job.");
}

static void test_lower_case_month_glued_to_a_day(void **state)
{
    (void)state;
    const char *t = "Book it for mar3 this week.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "mar3", "2018-03-03");
    cd_doc_free(doc);
    expect_no_time("It may mar 3 of them.");
}

static void test_this_day(void **state)
{
    (void)state;
    const char *t = "I have dreamed of this day.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "this day", "2018-08-21");
    cd_doc_free(doc);
    /* "still", an anniversary, a named day */
    doc = analyze("To this day he denies it; on this day in 1945 it ended; this day of mourning; this day last year.", STORY);
    assert_int_equal(count_time_claims(doc), 2); /* 1945, last year */
    cd_doc_free(doc);
    /* the idiom "in this day and age" is nowadays, no day */
    expect_no_time("In this day and age, nobody writes letters.");
}

static void test_islamic_holidays(void **state)
{
    (void)state;
    /* Umm al-Qura days (data/time_lunar.tsv); 2000 held two Eids al-Fitr: the first */
    const char *t = "Muslims celebrated Eid al-Fitr; Eid al-Adha will follow. Eid ul-Fitr 2000 fell in January.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "Eid al-Fitr", "2018-06-15");
    expect_at(doc, t, "Eid al-Adha", "2018-08-21"); /* the story date itself */
    expect_at(doc, t, "Eid ul-Fitr 2000", "2000-01-08");
    cd_doc_free(doc);
    /* "Eid" alone (either one) is none; outside the table's years, no day and why */
    t = "Eid al-Fitr 1900 was quiet. Eid was quiet.";
    doc = analyze(t, STORY);
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
    const char *t = "Chinese New Year 2024 fell in February. Diwali 2017 and Diwali 2023 were bright. "
                    "Passover 2018 and Yom Kippur 2024 came. Easter 2024 was weeks ahead; Orthodox Easter 2024 was late.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "Chinese New Year 2024", "2024-02-10");
    expect_at(doc, t, "Diwali 2017", "2017-10-19");
    expect_at(doc, t, "Diwali 2023", "2023-11-12");
    expect_at(doc, t, "Passover 2018", "2018-03-31");
    expect_at(doc, t, "Yom Kippur 2024", "2024-10-12");
    expect_at(doc, t, "Orthodox Easter 2024", "2024-05-05");
    expect_at(doc, t, "Easter 2024", "2024-03-31");
    cd_doc_free(doc);
    /* the tense picks among the table's days: the next one, the last one */
    t = "Families will gather for Lunar New Year. Hindus celebrated Diwali.";
    doc = analyze(t, STORY);
    expect_at(doc, t, "Lunar New Year", "2019-02-05");
    expect_at(doc, t, "Diwali", "2017-10-19");
    cd_doc_free(doc);
    /* not a holiday: the words alone */
    expect_no_time("The lunar year is short. An Orthodox priest spoke.");
    /* a year or a story date the table does not hold: no day (never the "New Year" inside the name
     * read as January 1), and a finding says why; inside a range or a count of days, no expression */
    t = "Passover 1960 was quiet. Chinese New Year 1940 came. Lunar New Year is near. Two days after Diwali "
        "1930 it rained. From Diwali 1930 to March 1931 it rained.";
    doc = analyze(t, "1940-03-02");
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
    const char *t = "It ran between the end of 2007 and the end of 2008, and from early 2010 to 2012.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "between the end of 2007 and the end of 2008", "2007-09/2008-12");
    expect_at(doc, t, "from early 2010 to 2012", "2010-01-01/2012-12-31");
    cd_doc_free(doc);
    /* with no year written, each end stands alone */
    t = "It runs from the end of March to the middle of September.";
    doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 2);
    expect_at(doc, t, "end of March", "2018-03-16/2018-03-31"); /* the nearest */
    cd_doc_free(doc);
}

static void test_parts_glued_by_a_dash(void **state)
{
    (void)state;
    const char *t = "Sales rose in mid-2005 and will fall by mid-May.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "mid-2005", "2005-05/2005-08");
    expect_at(doc, t, "mid-May", "2019-05-10/2019-05-20");
    cd_doc_free(doc);
    /* a dash after another word gives no context */
    expect_no_time("Under pre-2005 rules it may-May not.");
}

static void test_more_year_contexts(void **state)
{
    (void)state;
    const char *t = "It beat 2004's total, will go on into 2005 and beyond 2009; its 2003 results and the 1957 "
                    "movie Airport (1968) too.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "2004", "2004");
    expect_at(doc, t, "2005", "2005");
    expect_at(doc, t, "2009", "2009");
    expect_at(doc, t, "2003", "2003");
    expect_at(doc, t, "1957", "1957");
    expect_at(doc, t, "1968", "1968");
    cd_doc_free(doc);
    /* counts: in brackets after a lower-case word, before a plural noun, split into */
    expect_no_time("The staff (1500) left; its 2000 workers split 2000 into 1500 shares.");
}

static void test_weekdays_joined_to_a_named_week(void **state)
{
    (void)state;
    const char *t = "Call next week on Tuesday or Thursday, or next Mon or Tue.";
    cd_doc *doc = analyze(t, STORY); /* a Tuesday */
    expect_at(doc, t, "next week on Tuesday", "2018-08-28");
    expect_at(doc, t, "Thursday", "2018-08-30");
    expect_at(doc, t, "Tue.", "2018-08-28"); /* the abbreviation takes the period */
    cd_doc_free(doc);
    /* a weekday read by the tense alone lends no week */
    t = "It opens Friday or Saturday.";
    doc = analyze(t, STORY);
    expect_at(doc, t, "Saturday", "2018-08-18");
    assert_int_equal(count_time_claims(doc), 2);
    cd_doc_free(doc);
}

static void test_negated_years(void **state)
{
    (void)state;
    const char *t = "It happened in 2004, not 2005; sales before 2000 but not 1998.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "2005", "2005");
    expect_at(doc, t, "1998", "1998");
    cd_doc_free(doc);
    /* counts after "not", and after "but" alone */
    doc = analyze("It fell in May, not 2000 points; in 2004 but 2000 were lost.", STORY);
    assert_int_equal(count_time_claims(doc), 2); /* May, 2004 */
    cd_doc_free(doc);
}

/* Two days of the month alone: the second is in the first's month, or the one after ("from the
 * 30th to the 2nd"); it used to be a copy of the first ("the 4th to the 6th" was 4 to 4). */
static void test_range_of_two_bare_days(void **state)
{
    (void)state;
    const char *t = "The fair ran from the 4th to the 6th. The sale runs from the 30th to the 2nd.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "from the 4th to the 6th", "2018-08-04/2018-08-06");
    expect_at(doc, t, "from the 30th to the 2nd", "2018-08-30/2018-09-02");
    cd_doc_free(doc);
    /* a number after the first day that is no day ends nothing: "the 4th to 6 people" */
    doc = analyze("It fell on the 4th to 6 people.", STORY);
    assert_int_equal(count_time_claims(doc), 1);
    cd_doc_free(doc);
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
        "The government is expected to win Wednesday's vote.", "The deal is expected to be signed on Thursday.",
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
    const char *t = "It happened a week, a year and two months ago.";
    cd_doc *doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 3);
    expect_at(doc, t, "a week", "2018-08-14");
    expect_at(doc, t, "a year", "2017-08-21");
    expect_at(doc, t, "two months ago", "2018-06-21");
    cd_doc_free(doc);
    t = "He left a year and two months ago; she came two years, a week, and a day ago; it began 1 month 2 years ago.";
    doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 3);
    expect_at(doc, t, "a year and two months ago", "2017-06-21");
    expect_at(doc, t, "two years, a week, and a day ago", "2016-08-13");
    expect_at(doc, t, "1 month 2 years ago", "2016-07-21"); /* no "," or "and": one period in any order */
    cd_doc_free(doc);
    /* a list that no "ago" ends is no date */
    expect_no_time("It rose in a week, a year and a day.");
}

/* A weekday or month that begins a name the entities pass found ("the Sunday Telegraph", "said
 * Jan Egeland") is part of it; after a preposition it stays a time, though the name pass took it.
 * So is a paper's or programme's name after "the" or a possessive */
static void test_names_that_begin_with_a_time(void **state)
{
    (void)state;
    expect_no_time("The Sunday Telegraph reported the deal. The aid was late, said Jan Egeland, the UN aid chief.");
    const char *t = "On Tuesday Sir Alan said so.";
    cd_doc *doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 1);
    expect_at(doc, t, "Tuesday", "2018-08-21");
    cd_doc_free(doc);
    /* a paper or programme after "the" or a possessive: a capitalized "Today", a weekday before a
     * capitalized word; not a "Today" that opens the sentence, nor a weekday before a lower-case one */
    expect_no_time("He told BBC Radio 4's Today programme the plan was dead. ITV's Saturday Night Takeaway won; "
                  "the Sunday Times said so.");
    /* a month's abbreviation as a first name, an acronym; not after a date preposition or "the", nor
     * two months, nor a full name before a contract or a figure (Reuters: "September T-bonds") */
    expect_no_time("Kim defeated Jan Hernych. Funds went to the DEC. Hosts Ant and Dec won.");
    t = "In Jan Labour won. They met at the June European Council. Sales rose in Nov and Dec. "
        "September T-bonds rose; August Dubai fell.";
    doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 6);
    expect_at(doc, t, "Dec", "2017-12");
    expect_at(doc, t, "September", "2017-09");
    cd_doc_free(doc);
    /* a holiday's name before a capitalized word begins a name: no day; "Christmas Day" is one */
    expect_no_time("He was knighted in the New Year Honours. The Office Christmas Special won.");
    /* a year's noun goes on with the name: the war of 1973 has its year, no Yom Kippur of 2017 */
    t = "Prices rose after the 1973 Yom Kippur War.";
    doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 1);
    expect_at(doc, t, "1973", "1973");
    cd_doc_free(doc);
    /* not right after a preposition: a fronted time before the clause's subject */
    t = "By Thanksgiving Congress will vote. Until Christmas Labour led. At Christmas Britain spends more. "
        "Over Easter Parliament will sit.";
    doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 4);
    expect_at(doc, t, "Easter", "2019-04-21");
    expect_at(doc, t, "Thanksgiving", "2018-11-22");
    cd_doc_free(doc);
    t = "Christmas Day was quiet.";
    doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 1);
    expect_at(doc, t, "Christmas Day", "2017-12-25");
    cd_doc_free(doc);
    t = "Today the plan died, the paper said in its Sunday edition.";
    doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 2);
    expect_at(doc, t, "Today", "2018-08-21");
    expect_at(doc, t, "Sunday", "2018-08-19");
    cd_doc_free(doc);
}

/* A weekday after a verb, before a name (US news writes the day with no "on": "said Sunday Johnson
 * would"): the day stands, though the name pass took both (a person, by the speech verb); a month
 * there may begin a first name ("said Jan Egeland"), and a weekday after "the" a paper's name. */
static void test_weekday_after_a_verb_before_a_name(void **state)
{
    (void)state;
    const char *t = "The company said Sunday Johnson would step down. Trump said Thursday Kim was a madman. "
                    "A judge ruled Monday Apple must pay.";
    cd_doc *doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 3);
    expect_at(doc, t, "Sunday", "2018-08-19");
    expect_at(doc, t, "Thursday", "2018-08-16");
    expect_at(doc, t, "Monday", "2018-08-20");
    cd_doc_free(doc);
    expect_no_time("The aid was late, said Jan Egeland. The Sunday Telegraph reported the deal.");
}

/* "in nine years" after a superlative, an ordinal or a record ranks against the years before the
 * story date: no day nine years on, whatever the tense; alone with a future it is one */
static void test_ranked_in_years(void **state)
{
    (void)state;
    expect_no_time("It will be the first annual fall in nine years. He will be their ninth manager in eight "
                          "years. Costs will rise the least in a decade.");
    const char *t = "The plant will open in nine years.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "nine years", "2027-08-21");
    cd_doc_free(doc);
}

/* A month written in capitals is an acronym ("the DEC", "DEC's site") only as an abbreviation in a
 * sentence of mixed case: a headline or a story in capitals writes its months so ("SALES FELL IN
 * JUNE", "EXPORTS ROSE IN JAN"). */
static void test_months_in_a_text_in_capitals(void **state)
{
    (void)state;
    const char *t = "SALES FELL IN JUNE. EXPORTS ROSE IN JAN. Shares fell in DECEMBER.";
    cd_doc *doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 3);
    expect_at(doc, t, "JUNE", "2018-06");
    expect_at(doc, t, "JAN", "2018-01");
    expect_at(doc, t, "DECEMBER", "2017-12");
    cd_doc_free(doc);
    expect_no_time("Funds went to the DEC. DEC's site was down. IBM and DEC rose.");
    /* punctuation or a letter between is no word of the text: "U.S. JAN", "OIL - DEC" */
    t = "U.S. JAN RETAIL SALES ROSE. CRUDE OIL - DEC FUTURES FELL. SALES, NOV DATA SHOW.";
    doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 3);
    expect_at(doc, t, "JAN", "2018-01");
    expect_at(doc, t, "DEC", "2017-12");
    expect_at(doc, t, "NOV", "2018-11"); /* no tense: the nearest */
    cd_doc_free(doc);
    expect_no_time("Funds went to the Disasters Emergency Committee (DEC). A DEC spokesman said so. "
                  "U.S. and DEC officials met.");
}

/* The one time claim of text t is `word`, read as value. */
static void expect_only(const char *t, const char *word, const char *value)
{
    cd_doc *doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 1);
    expect_at(doc, t, word, value);
    cd_doc_free(doc);
}

/* "is due to" and a verb is a future ("is due to speak at Thursday's rally", "is due to be published on
 * Monday"); "due to" and what caused it is none ("the delay is due to Monday's storm", "cancelled due
 * to heavy snow on Monday", "was due to the strike on Monday"). */
static void test_due_to_a_verb_is_future(void **state)
{
    (void)state;
    expect_only("He is due to speak at Thursday's rally.", "Thursday", "2018-08-23");
    expect_only("The report is due to be published on Monday.", "Monday", "2018-08-27");
    expect_only("Ministers are due to meet on Monday.", "Monday", "2018-08-27");
    expect_only("The delay is due to Monday's storm.", "Monday", "2018-08-20");
    expect_only("Flights were cancelled due to heavy snow on Monday.", "Monday", "2018-08-20");
    expect_only("The fall is due to the strike on Monday.", "Monday", "2018-08-20");
    /* a past form or an -ing form after "due to" names a cause ("increased costs", "rising costs"):
     * no tense, the nearest Sunday; a verb stays a future ("is due to shed jobs") */
    expect_only("The fall is due to increased costs on Sunday.", "Sunday", "2018-08-19");
    expect_only("The loss is due to rising costs on Sunday.", "Sunday", "2018-08-19");
    expect_only("The bank is due to shed jobs on Sunday.", "Sunday", "2018-08-26");
}

/* A calendar's New Year is no January 1 ("the Persian New Year", "Thai New Year festivities", "the
 * Islamic New Year"); the Jewish New Year is Rosh Hashanah. "New Year" alone and "Happy New Year" are. */
static void test_a_calendars_new_year(void **state)
{
    (void)state;
    expect_no_time("Iranians marked the Persian New Year. Thai New Year festivities turned deadly. The Islamic "
                          "New Year began. Koreans travel for the Korean New Year.");
    expect_only("Families marked the Jewish New Year.", "Jewish New Year", "2017-09-21");
    expect_only("He wished them a Happy New Year.", "New Year", "2018-01-01");
    expect_only("Sales rose over New Year.", "New Year", "2018-01-01");
}

/* Waiting for a day's event reads it coming: "investors await Thursday's jobs report", "Monday's
 * deadline looms"; after "after" it is past ("still awaiting results after Monday's attack"). */
static void test_awaited_events_are_coming(void **state)
{
    (void)state;
    expect_only("Investors await Thursday's jobs report.", "Thursday", "2018-08-23");
    expect_only("Markets are awaiting Friday's data.", "Friday", "2018-08-24");
    expect_only("Monday's deadline looms.", "Monday", "2018-08-27");
    expect_only("Police are still awaiting results after Monday's attack.", "Monday", "2018-08-20");
}

/* A present verb of the subject before a weekday's event previews it, coming: "Kane is fit for
 * Thursday's match", "misses Monday's tie"; not a present verb after it, whose subject is the event
 * ("Friday's lawsuit argues"), nor one of another clause ("upbeat and Thursday's figures"), nor a
 * perfect ("has been under fire for missing Monday's vote"), nor over "after". */
static void test_previews_of_a_weekdays_event(void **state)
{
    (void)state;
    expect_only("Kane is fit for Thursday's match.", "Thursday", "2018-08-23");
    expect_only("Voters go to the polls in Friday's election.", "Friday", "2018-08-24");
    expect_only("The striker misses Monday's tie.", "Monday", "2018-08-27");
    expect_only("Wales have injury worries before Friday's friendly.", "Friday", "2018-08-24");
    expect_only("Friday's lawsuit argues that the rule is unlawful.", "Friday", "2018-08-17");
    expect_only("Ministers are upbeat and Thursday's figures offer a check.", "Thursday", "2018-08-16");
    expect_only("He has been under fire for missing Monday's vote.", "Monday", "2018-08-20");
    expect_only("Kane is fit after Monday's match.", "Monday", "2018-08-20");
    expect_only("Police want to question a man over Monday's attack.", "Monday", "2018-08-20");
    /* "is", "are" before a verb in -ing: that verb is the clause's, and an event it works on is past */
    expect_only("Police are investigating Monday's attack.", "Monday", "2018-08-20");
    expect_only("Detectives are questioning a man over Monday's attack.", "Monday", "2018-08-20");
    expect_only("The club is going to miss Thursday's match.", "Thursday", "2018-08-23");
}

/* A present passive or perfect passive of a verb that picks someone for an event ("is nominated for
 * best film at Sunday's Oscars", "has been ruled out of Saturday's match", data/time_present.tsv code 2),
 * or one before "to" and a verb ("has been called to testify at Tuesday's hearing"), previews the
 * event: coming. Other passives say what the event did ("has been charged over Monday's attack"), and
 * a past auxiliary reads past ("was named in the squad for Saturday's match"). */
static void test_passive_previews_of_a_weekdays_event(void **state)
{
    (void)state;
    expect_only("The film is nominated for best picture at Sunday's Oscars.", "Sunday", "2018-08-26");
    expect_only("Henry has been ruled out of Saturday's match.", "Saturday", "2018-08-25");
    expect_only("He has been named in the squad for Saturday's match.", "Saturday", "2018-08-25");
    expect_only("The band has been shortlisted in three categories in Thursday's awards.", "Thursday", "2018-08-23");
    expect_only("The chief has been called to testify at Friday's hearing.", "Friday", "2018-08-24");
    expect_only("The singer is tipped to do well at Sunday's awards.", "Sunday", "2018-08-26");
    expect_only("Two players are being rested for Saturday's match.", "Saturday", "2018-08-25");
    expect_only("He has been passed fit for Sunday's match.", "Sunday", "2018-08-26");
    /* must not: what the event did, a past auxiliary, a perfect active */
    expect_only("A man has been charged over Sunday's attack.", "Sunday", "2018-08-19");
    expect_only("Two houses have been damaged in Saturday's storm.", "Saturday", "2018-08-18");
    expect_only("He was named in the squad for Saturday's match.", "Saturday", "2018-08-18");
    expect_only("He has been under fire for missing Monday's vote.", "Monday", "2018-08-20");
    expect_only("The union has called for Sunday's strike to end.", "Sunday", "2018-08-19");
    expect_only("He has been suspended over Sunday's brawl.", "Sunday", "2018-08-19");
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
    expect_only("For the fourth quarter, the company reported profits rose.", "fourth quarter", "2017-10/2017-12");
    expect_only("Fourth quarter net rose 5 pct.", "Fourth quarter", "2017-10/2017-12");
    expect_only("Demand should exceed supply by the fourth quarter.", "fourth quarter", "2018-10/2018-12");
    expect_only("Sales will rise in the fourth quarter.", "fourth quarter", "2018-10/2018-12");
    expect_only("Profits rose in the second quarter.", "second quarter", "2018-04/2018-06");
    expect_only("Profits rose in the fourth quarter of last year.", "fourth quarter of last year", "2017-10/2017-12");
    expect_only("Sales will rise in the first quarter of next year.", "first quarter of next year", "2019-01/2019-03");
    const char *t = "Sales in 2016 Q4 were slow.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "Q4", "2016-10/2016-12");
    cd_doc_free(doc);
    expect_only("It should have been done in December.", "December", "2017-12");
    expect_only("He should make a statement in December.", "December", "2018-12");
}

/* Tense words around a month or day without its year (story date 2018-08-21): a present perfect
 * says nothing of when ("said it has called a special meeting for September 23": the nearest), but
 * another clause's does not stop the reading ("has tried and on Thursday quizzed him"); "is to" and a
 * verb is a plan ("is to be paid July 27"); "expected" and a subject before "to" a future, "had
 * expected" a past; "since" right before a time a past. */
static void test_perfects_plans_and_since(void **state)
{
    (void)state;
    expect_only("The firm said it has called a special meeting for September 23.", "September 23", "2018-09-23");
    expect_only("The firm said it has sold the unit in July.", "July", "2018-07");
    expect_only("He has tried to portray him as a liar and on Thursday quizzed him.", "Thursday", "2018-08-16");
    expect_only("The special dividend is to be paid July 27.", "July 27", "2019-07-27");
    expect_only("The band is to play a gig on Saturday.", "Saturday", "2018-08-25");
    expect_only("He said he expected OPEC to raise prices when it meets on December 9.", "December 9", "2018-12-09");
    expect_only("Many had expected sales to fall in October.", "October", "2017-10");
    expect_only("Traders had originally expected the market to rise on Monday.", "Monday", "2018-08-20");
    expect_only("He will have spent his birthday on Sunday.", "Sunday", "2018-08-26");
    expect_only("It was due to have had a check on Friday.", "Friday", "2018-08-17");
    /* irregular past forms (data/time_tense.tsv) read past; a participle after "be" or "being" is a
     * passive's, no past */
    expect_only("The dollar slid to a record low on Thursday.", "Thursday", "2018-08-16");
    expect_only("Expectations drove the index to a record high on Monday.", "Monday", "2018-08-20");
    expect_only("Forms can be handed in on Friday.", "Friday", "2018-08-24");
    expect_only("Forms were handed in on Friday.", "Friday", "2018-08-17");
    const char *t = "The plant has been on trial since October.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "since October", "2017-10/..");
    cd_doc_free(doc);
}

/* A month or a day of a month "(of) last year", "(of) this year", "(of) next year": one expression, of
 * that year ("since December of last year", "in January last year" read the month and the year apart). */
static void test_months_of_last_year(void **state)
{
    (void)state;
    const char *t = "He has been fit since December of last year. In May of this year, it rained. It opens on 4 July of next "
                    "year. He met the head of last year.";
    cd_doc *doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 4);
    expect_at(doc, t, "since December of last year", "2017-12/..");
    expect_at(doc, t, "May of this year", "2018-05");
    expect_at(doc, t, "4 July of next year", "2019-07-04");
    assert_true(time_claim(doc, "4 July of next year")->time.relative);
    cd_doc_free(doc);
    /* without "of" too; not before "'s" ("last year's figures" are another noun's) */
    t = "Assets stood at 5 dlrs in January last year. On 4 July last year it rained. In May last year's figures rose.";
    doc = analyze(t, STORY);
    assert_int_equal(count_time_claims(doc), 4);
    expect_at(doc, t, "January last year", "2017-01");
    expect_at(doc, t, "4 July last year", "2017-07-04");
    expect_at(doc, t, "May", "2018-05");
    cd_doc_free(doc);
}

/* A present perfect's own time after "in" or "during" is past: the event is done ("has bounced back
 * from a low in September" read the coming September); a planned event's time, an infinitive's or what
 * a speech verb reports stays the nearest. A negated modal's perfect ("should not have", "would not
 * have") is a past as the plain one is (read the coming Thursday). */
static void test_perfects_in_a_month_and_negated_modals(void **state)
{
    (void)state;
    expect_only("Confidence has bounced back from a low in September.", "September", "2017-09");
    expect_only("The bank has raised rates twice during September.", "September", "2017-09");
    expect_only("They should not have voted on Thursday.", "Thursday", "2018-08-16");
    expect_only("They should never have voted on Thursday.", "Thursday", "2018-08-16");
    expect_only("They shouldn't have voted on Thursday.", "Thursday", "2018-08-16");
    expect_only("They would not have voted on Thursday.", "Thursday", "2018-08-16");
    expect_only("They should not vote on Thursday.", "Thursday", "2018-08-23");
    expect_only("The firm has agreed to sell the unit in September.", "September", "2018-09");
    expect_only("The firm has said the plant closes in September.", "September", "2018-09");
    expect_only("The firm has called a meeting for September 23.", "September 23", "2018-09-23");
    expect_only("She has pulled out of September's Open.", "September", "2018-09");
}

/* A weekday's event that someone answers for is done: "is responsible for Sunday's attack", "is to
 * blame for Saturday's crash", "are accountable for" read the coming day (a present verb's preview,
 * "is to" and a verb's plan); "is fit for Saturday's match" stays a preview. */
static void test_blame_for_a_weekdays_event(void **state)
{
    (void)state;
    expect_only("The group is responsible for Sunday's attack.", "Sunday", "2018-08-19");
    expect_only("Rain is to blame for Saturday's abandoned match.", "Saturday", "2018-08-18");
    expect_only("Officials are accountable for Monday's blackout.", "Monday", "2018-08-20");
    expect_only("Kane is fit for Saturday's match.", "Saturday", "2018-08-25");
    expect_only("The band is to play a gig on Saturday.", "Saturday", "2018-08-25");
}

/* A day joined to an ordinal past 31 is a rank as that one is ("in the 23rd and 67th minutes",
 * "the 3rd and the 88th minute", "the tenth and fortieth laps" read the 23rd, 3rd, 10th of the month);
 * two days stay days. */
static void test_day_joined_to_a_rank_past_31(void **state)
{
    (void)state;
    expect_no_time("Goals came in the 23rd and 67th minutes. He scored in the 3rd and the 88th minute. "
                          "It led the tenth and fortieth laps.");
    const char *t = "The festival runs from the 23rd to the 27th.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "from the 23rd to the 27th", "2018-08-23/2018-08-27");
    cd_doc_free(doc);
}

/* A present perfect, active or passive, and "until" or "till": a state that holds now and ends then,
 * coming ("has been adjourned until Friday", "has adjourned the case until Monday", "has been
 * extended until July" read the last one); a past one ("was adjourned until Friday") says nothing
 * of the time and stays past. */
static void test_perfect_until_is_coming(void **state)
{
    (void)state;
    expect_only("The hearing has been adjourned until Friday.", "Friday", "2018-08-24");
    expect_only("The court has adjourned the case until Monday.", "Monday", "2018-08-27");
    expect_only("The deadline has been extended until July.", "July", "2019-07");
    expect_only("The hearing was adjourned until Friday.", "Friday", "2018-08-17");
}

/* A quarter read future that ended more than a quarter before the story date (its figures out) is next
 * year's ("Sales will rise in the first quarter" in August read the one over in March); the quarter
 * just over ("will report second quarter results") and a past one stay the story year's. */
static void test_future_quarter_long_over_is_next_years(void **state)
{
    (void)state;
    expect_only("Sales will rise in the first quarter.", "first quarter", "2019-01/2019-03");
    expect_only("The firm will report second quarter results.", "second quarter", "2018-04/2018-06");
    expect_only("Profit fell in the first quarter.", "first quarter", "2018-01/2018-03");
}

/* "last" after "to" or a modal and before a count is the verb: "is expected to last six weeks", "could
 * last two years" read the six weeks, two years before the story date; "in the last six weeks" and
 * "compared to last year" stay times. */
static void test_last_as_a_verb(void **state)
{
    (void)state;
    expect_no_time("The trial is expected to last six weeks. The strike could last two years.");
    expect_only("Sales rose in the last six weeks.", "last six weeks", "2018-07-10/2018-08-20");
    expect_only("Sales rose compared to last year.", "last year", "2017");
}

/* A weekday after "a" or "an" names no day, any one such ("held on a Thursday", "on a Saturday
 * morning", "a Sunday stroll" read the nearest one); "on Thursday" stays a day. */
static void test_weekday_after_a_is_no_day(void **state)
{
    (void)state;
    expect_no_time("Until then they were held on a Thursday. It airs on a Saturday morning. He took a Sunday stroll.");
    expect_only("The vote was held on Thursday.", "Thursday", "2018-08-16");
}

/* After "a", the weekdays joined to it by "or" or commas name no day either ("on a Friday or
 * Saturday night", "a Monday, Tuesday or Wednesday"); "on Friday or Saturday" still dates both. */
static void test_weekdays_after_a_or_are_no_day(void **state)
{
    (void)state;
    expect_no_time("Fights break out on a Friday or Saturday night. It shuts on a Monday, Tuesday or Wednesday.");
    cd_doc *doc = analyze("The vote is held on Friday or Saturday.", STORY);
    assert_int_equal(count_time_claims(doc), 2);
    cd_doc_free(doc);
}

/* A newspaper whose name ends in "on Sunday" ("The Mail on Sunday", "the Independent on Sunday"):
 * its weekday is no date; a place's name so read ("Scotland on Sunday") only before "newspaper" or
 * after "told". "Police said on Sunday", "The Times on Monday said", "beat Scotland on Sunday" stay dates. */
static void test_newspaper_on_sunday_is_no_date(void **state)
{
    (void)state;
    expect_no_time("The Mail on Sunday reported it. He told the Independent on Sunday and "
                          "told Scotland on Sunday. The Scotland on Sunday newspaper agreed.");
    expect_only("Police said on Sunday that it was hot.", "Sunday", "2018-08-19");
    expect_only("The Times on Sunday said it.", "Sunday", "2018-08-19");
    expect_only("England beat Scotland on Sunday.", "Sunday", "2018-08-19");
    expect_only("Emails on Sunday were sent.", "Sunday", "2018-08-19");
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
    expect_no_time("Theresa May met Juncker. A letter to May was sent. Allies of May said she would stay. "
                   "Mrs May left. May said no.");
    expect_month_at("Theresa May met Juncker. The vote was moved to May.", 47);
    expect_only("A letter to May was sent.", "May", "2018-05");
    expect_month_at("Theresa May met Juncker. Figures for May were weak.", 37);
    const char *t = "Theresa May met Juncker. Sales rose from April to May were.";
    cd_doc *doc = analyze(t, STORY);
    expect_at(doc, t, "from April to May", "2018-04/2018-05");
    cd_doc_free(doc);
}

/* A place named after a holiday is no day, after a preposition too ("held on Christmas Island", "flew
 * to Easter Island"), where a holiday before its clause's subject is ("By Thanksgiving Congress will
 * vote"). */
static void test_places_named_after_a_holiday(void **state)
{
    (void)state;
    expect_no_time("Asylum seekers were held on Christmas Island. He flew to Easter Island. They sailed past "
                          "Christmas Island.");
    expect_only("By Thanksgiving Congress will vote.", "Thanksgiving", "2018-11-22");
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
