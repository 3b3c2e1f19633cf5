/* Time expressions resolved against the story date, and the weekday-mismatch and relative-date
 * findings. Every rule has a case that must fire and one that must not. */
#include "helpers.h"

#define STORY "2017-12-26" /* a Tuesday */

static void expect_time(const cd_doc *doc, const char *text, const char *value, int relative)
{
    const cd_claim *c = time_claim(doc, text);
    if (value) assert_string_equal(c->time.value, value);
    else assert_null(c->time.value);
    assert_int_equal(c->time.relative, relative);
    assert_string_equal(c->reasons[0], relative ? "relative-date" : "date");
}

static void test_relative_days(void **state)
{
    (void)state;
    const char *t = "He spoke today, left yesterday and will return tomorrow.";
    cd_doc *doc = analyze(t, STORY);
    expect_time(doc, "today", "2017-12-26", 1);
    expect_time(doc, "yesterday", "2017-12-25", 1);
    expect_time(doc, "tomorrow", "2017-12-27", 1);
    const cd_claim *c = time_claim(doc, "today");
    assert_int_equal(c->span.start, offset_of(t, "today"));
    assert_int_equal(c->span.stop, offset_of(t, "today") + 5);
    cd_doc_free(doc);
    doc = analyze(t, NULL); /* no story date: relative, but no value */
    expect_time(doc, "today", NULL, 1);
    cd_doc_free(doc);
}

static void test_weekdays_follow_the_tense(void **state)
{
    (void)state;
    cd_doc *doc = analyze("The council met Friday. The council will meet Friday. Friday is a holiday. "
                          "It opened last Monday and closes next Monday, not this Monday.", STORY);
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    assert_int_equal(count_time_claims(doc), 6);
    assert_string_equal(c[0].time.value, "2017-12-22"); /* past: the last Friday */
    assert_string_equal(c[1].time.value, "2017-12-29"); /* future: the next one */
    assert_string_equal(c[2].time.value, "2017-12-29"); /* no tense: the nearest */
    expect_time(doc, "last Monday", "2017-12-18", 1);  /* the Monday of last week */
    expect_time(doc, "next Monday", "2018-01-01", 1);
    expect_time(doc, "this Monday", "2017-12-25", 1);
    cd_doc_free(doc);
    /* the reporting verb after the expression does not set its tense; the verb before it does */
    doc = analyze("The council will close three branches by June, officials said. "
                  "The branch closed in March, officials say.", STORY);
    expect_time(doc, "June", "2018-06", 1);
    expect_time(doc, "March", "2017-03", 1);
    cd_doc_free(doc);
}

static void test_periods(void **state)
{
    (void)state;
    cd_doc *doc = analyze("Sales fell last week, rose this year, will rise next month and fell last year. "
                          "The past week was busy; earlier this month it was quiet, and two weeks ago calm.",
                          STORY);
    expect_time(doc, "last week", "2017-W51", 1);
    expect_time(doc, "this year", "2017", 1);
    expect_time(doc, "next month", "2018-01", 1);
    expect_time(doc, "last year", "2016", 1);
    expect_time(doc, "past week", "2017-12-19/2017-12-25", 1);
    expect_time(doc, "earlier this month", "2017-12-01/2017-12-25", 1);
    expect_time(doc, "two weeks ago", "2017-12-12", 1);
    cd_doc_free(doc);
}

static void test_calendar_dates(void **state)
{
    (void)state;
    const char *t = "It began Dec. 5, 2017, ended December 5, paused 5 December 2017, resumed on 2017-12-05, "
                    "and ends in March 2026, or on 12/5/2016.";
    cd_doc *doc = analyze(t, STORY);
    expect_time(doc, "Dec. 5, 2017", "2017-12-05", 0);
    expect_time(doc, "December 5", "2017-12-05", 1); /* the year from the story date */
    expect_time(doc, "5 December 2017", "2017-12-05", 0);
    expect_time(doc, "2017-12-05", "2017-12-05", 0);
    expect_time(doc, "March 2026", "2026-03", 0);
    expect_time(doc, "12/5/2016", "2016-12-05", 0);
    cd_doc_free(doc);
    doc = analyze("It ended December 5.", NULL);
    expect_time(doc, "December 5", "--12-05", 0);
    cd_doc_free(doc);
}

static void test_years_in_date_context(void **state)
{
    (void)state;
    const char *t = "Since the 2016 U.S. election, one of the worst years of 2017 was felt in 2016's wake. "
                    "The firm hired 1500 workers and 2,016 temps.";
    cd_doc *doc = analyze(t, STORY);
    expect_time(doc, "2016", "2016", 0);
    expect_time(doc, "2017", "2017", 0);
    assert_int_equal(count_time_claims(doc), 3);
    assert_null(find_claim(doc, CD_CLAIM_TIME, "1500"));
    assert_null(find_number(doc, "2016"));
    assert_null(find_number(doc, "2017"));
    cd_doc_free(doc);
}

static void test_not_dates(void **state)
{
    (void)state;
    cd_doc *doc = analyze("Relations are the worst since the end of the Cold War. You may go, but march on. "
                          "May I ask? The Sun reported it at 10:30 and at 9 a.m. in the first hours.",
                          STORY);
    assert_int_equal(count_time_claims(doc), 0);
    assert_null(find_number(doc, "10:30"));
    cd_doc_free(doc);
}

static void test_ranges_decades_quarters_holidays(void **state)
{
    (void)state;
    cd_doc *doc = analyze("It ran from May to October 2020, between 2015 and 2016, and in the 1990s. "
                          "Profit fell in the third quarter of 2017. Stores were packed on Christmas Eve.",
                          STORY);
    expect_time(doc, "from May to October 2020", "2020-05/2020-10", 0);
    expect_time(doc, "between 2015 and 2016", "2015/2016", 0);
    expect_time(doc, "1990s", "1990/1999", 0);
    expect_time(doc, "third quarter of 2017", "2017-07/2017-09", 0);
    expect_time(doc, "Christmas Eve", "2017-12-24", 1);
    cd_doc_free(doc);
}

static void test_weekday_mismatch(void **state)
{
    (void)state;
    const char *t = "The hearing on Monday, Dec. 5, 2017, was moved.";
    cd_doc *doc = analyze(t, STORY);
    assert_int_equal(count_findings(doc, "weekday-mismatch"), 1);
    const cd_finding *f = find_finding(doc, "weekday-mismatch");
    assert_int_equal(f->severity, CD_SEV_ERROR);
    assert_int_equal(f->span.start, offset_of(t, "Monday"));
    assert_int_equal(f->span.stop, offset_of(t, ", was"));
    assert_non_null(strstr(f->message, "is a Tuesday, not a Monday"));
    assert_int_equal(f->nrelated, 1);
    assert_int_equal(f->related[0].start, offset_of(t, "Dec."));
    assert_int_equal(f->related[0].stop, offset_of(t, ", was"));
    cd_doc_free(doc);

    doc = analyze("The hearing on Tuesday, Dec. 5, 2017, was moved, as was Monday, Dec. 4.", STORY);
    assert_int_equal(count_findings(doc, "weekday-mismatch"), 0);
    cd_doc_free(doc);

    /* no year written: the story's year decides */
    doc = analyze("The hearing on Friday, Dec. 4 was moved.", STORY);
    assert_int_equal(count_findings(doc, "weekday-mismatch"), 1);
    assert_string_equal(find_finding(doc, "weekday-mismatch")->message,
                        "'Friday, Dec. 4': December 4, 2017 (its year from the story date) is a Monday, not a Friday");
    cd_doc_free(doc);
    doc = analyze("The hearing on Friday, Dec. 4 was moved.", NULL);
    assert_int_equal(count_findings(doc, "weekday-mismatch"), 0);
    cd_doc_free(doc);
}

static void test_relative_date_finding(void **state)
{
    (void)state;
    const char *t = "Peskov said today that talks ended Dec. 5, 2017.";
    cd_doc *doc = analyze(t, STORY);
    assert_int_equal(count_findings(doc, "relative-date"), 1);
    const cd_finding *f = find_finding(doc, "relative-date");
    assert_int_equal(f->severity, CD_SEV_INFO);
    assert_int_equal(f->span.start, offset_of(t, "today"));
    assert_string_equal(f->message, "'today' means 2017-12-26, a Tuesday (story date 2017-12-26)");
    cd_doc_free(doc);
    doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, "relative-date"), 0);
    cd_doc_free(doc);
}

static void test_numbers_in_words(void **state)
{
    (void)state;
    cd_doc *doc = analyze("They left in nineteen ninety-six and came back in two thousand and fifteen. "
                          "It ended twenty-five years ago. She was born on January twenty five nineteen eighty six.",
                          STORY);
    expect_time(doc, "nineteen ninety-six", "1996", 0);
    expect_time(doc, "two thousand and fifteen", "2015", 0);
    expect_time(doc, "twenty-five years ago", "1992-12-26", 1);
    expect_time(doc, "January twenty five nineteen eighty six", "1986-01-25", 0);
    assert_null(find_number(doc, "nineteen"));
    assert_null(find_number(doc, "two thousand and fifteen"));
    cd_doc_free(doc);
    /* a count before a noun is no year, a count before a noun no day */
    doc = analyze("In two thousand homes, power failed. In March two people died.", STORY);
    assert_int_equal(count_time_claims(doc), 1);
    expect_time(doc, "March", "2017-03", 1);
    assert_non_null(find_number(doc, "two thousand"));
    cd_doc_free(doc);
}

static void test_day_of_month_alone(void **state)
{
    (void)state;
    const char *t = "The vote is on the 18th. The court met Friday the 15th. It ends Monday 8.";
    cd_doc *doc = analyze(t, STORY);
    expect_time(doc, "the 18th", "2017-12-18", 1);
    expect_time(doc, "Friday the 15th", "2017-12-15", 1); /* the nearest month where the 15th is a Friday */
    expect_time(doc, "Monday 8", "2018-01-08", 1);
    assert_int_equal(time_claim(doc, "the 18th")->span.start, offset_of(t, "the 18th"));
    cd_doc_free(doc);
    doc = analyze("He was the first. It was the 5th district. On Monday 21 people died.", STORY);
    assert_int_equal(count_time_claims(doc), 1);
    expect_time(doc, "Monday", "2017-12-25", 1);
    assert_non_null(find_number(doc, "21"));
    cd_doc_free(doc);
}

static void test_decades_centuries_halves(void **state)
{
    (void)state;
    cd_doc *doc = analyze("Music of the '70s, the 1980's and the nineties; the 21st century; H1 2016 and 2016 H2.", STORY);
    expect_time(doc, "'70s", "1970/1979", 1);
    expect_time(doc, "1980's", "1980/1989", 0);
    expect_time(doc, "nineties", "1990/1999", 1);
    expect_time(doc, "21st century", "2000/2099", 0);
    expect_time(doc, "H1 2016", "2016-01/2016-06", 0);
    expect_time(doc, "2016 H2", "2016-07/2016-12", 0);
    cd_doc_free(doc);
    doc = analyze("He is in his 70s and she in her sixties.", STORY);
    assert_int_equal(count_time_claims(doc), 0);
    cd_doc_free(doc);
}

static void test_open_ranges(void **state)
{
    (void)state;
    cd_doc *doc = analyze("Rules change after 2016, since May 2015, before 2010, within five days, for the rest "
                          "of the year, between now and Jan. 15.",
                          STORY);
    expect_time(doc, "after 2016", "2017/..", 0);
    expect_time(doc, "since May 2015", "2015-05/..", 0);
    expect_time(doc, "before 2010", "../2009", 0);
    expect_time(doc, "within five days", "2017-12-26/2017-12-31", 1);
    expect_time(doc, "rest of the year", "2017-12-26/2017-12-31", 1);
    expect_time(doc, "between now and Jan. 15", "2017-12-26/2018-01-15", 1);
    cd_doc_free(doc);
    /* "after Monday's meeting" names the meeting; "within five days of the attack" counts from it */
    doc = analyze("Talks resumed after Monday's meeting, within five days of the attack.", STORY);
    assert_int_equal(count_time_claims(doc), 1);
    expect_time(doc, "Monday", "2017-12-25", 1);
    cd_doc_free(doc);
}

static void test_counted_periods(void **state)
{
    (void)state;
    cd_doc *doc = analyze("Sales in the last two quarters, on the 15th day of next month, in the first two weeks "
                          "of 2021, the third month of 2021, 1 month, 21 days ago; the week after next.",
                          STORY);
    expect_time(doc, "last two quarters", "2017-04/2017-09", 1); /* whole quarters */
    expect_time(doc, "15th day of next month", "2018-01-15", 1);
    expect_time(doc, "first two weeks of 2021", "2021-01-04/2021-01-17", 0);
    expect_time(doc, "third month of 2021", "2021-03", 0);
    expect_time(doc, "1 month, 21 days ago", "2017-11-05", 1);
    expect_time(doc, "week after next", "2018-W02", 1);
    cd_doc_free(doc);
    /* a count before "next week" that counts something else */
    doc = analyze("We will be only 3 next week. The 31st of next month is gone.", STORY);
    expect_time(doc, "next week", "2018-W01", 1);
    expect_time(doc, "31st of next month", "2018-01-31", 1);
    assert_non_null(find_number(doc, "3"));
    cd_doc_free(doc);
    doc = analyze("The 30th of next month.", "2018-01-10");
    assert_null(find_claim(doc, CD_CLAIM_TIME, "30th")); /* February has no 30th */
    cd_doc_free(doc);
}

static void test_month_ranges_and_leap_days(void **state)
{
    (void)state;
    cd_doc *doc = analyze("It ran from November to February. It will open Feb. 29. It opened on Feb. 29. "
                          "In 2016, June was hot.",
                          STORY);
    expect_time(doc, "from November to February", "2017-11/2018-02", 1); /* the one around the story date */
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    assert_string_equal(c[1].time.value, "2020-02-29");
    assert_string_equal(c[2].time.value, "2016-02-29");
    expect_time(doc, "2016, June", "2016-06", 0);
    cd_doc_free(doc);
    doc = analyze("It ran from March to May.", STORY); /* not around the story date: the tense decides */
    expect_time(doc, "from March to May", "2017-03/2017-05", 1);
    cd_doc_free(doc);
}

static void test_long_digit_runs(void **state)
{
    (void)state;
    /* dotted_date once overflowed on long digit runs (UBSan): parts of more than 4 digits are no date */
    cd_doc *doc = analyze("Version 99999999999999999999999.1.2 shipped, 12345.1.1 and 1.99999999999999999999.5, "
                          "then 13.5.2015.",
                          STORY);
    assert_int_equal(count_time_claims(doc), 1);
    expect_time(doc, "13.5.2015", "2015-05-13", 0);
    cd_doc_free(doc);
}

static void test_week_numbers(void **state)
{
    (void)state;
    cd_doc *doc = analyze("Sales in week 31 and in week 3 of 2027 rose.", STORY);
    expect_time(doc, "week 31", "2017-W31", 1);
    expect_time(doc, "week 3 of 2027", "2027-W03", 0);
    cd_doc_free(doc);
    doc = analyze("In Week 3 the Giants lost. Week 53 of 2017 never came.", STORY); /* a season's week; 2017 has 52 */
    assert_int_equal(count_time_claims(doc), 1);
    expect_time(doc, "2017", "2017", 0); /* only the year */
    cd_doc_free(doc);
}

static void test_month_day_with_a_slash_alone(void **state)
{
    (void)state;
    const char *t = "Tickets went on sale 4/22; the show opens 06/05 and closes 22/04.";
    cd_doc *doc = analyze(t, STORY);
    expect_time(doc, "4/22", "2017-04-22", 1);  /* past: the last one */
    expect_time(doc, "06/05", "2017-06-05", 1); /* a leading zero: no fraction */
    expect_time(doc, "22/04", "2017-04-22", 1); /* the day first */
    const cd_claim *c = time_claim(doc, "4/22");
    assert_int_equal(c->span.start, offset_of(t, "4/22"));
    assert_int_equal(c->span.stop, offset_of(t, "4/22") + 4);
    cd_doc_free(doc);
    /* fractions, odds and ratios: a day of 12 or less, 1/N, a number before, a noun or "of" after */
    doc = analyze("Odds as short as 1/14 and a 5/12 split. It is 2 5/16 wide; he made 7/15 shots and 3/20 of them.",
                  STORY);
    assert_int_equal(count_time_claims(doc), 0);
    cd_doc_free(doc);
}

static void test_spaced_year_month_and_compact_dates(void **state)
{
    (void)state;
    const char *t = "It closed 2016 - 11 and reopened 11 / 2017, filed 20161016.";
    cd_doc *doc = analyze(t, STORY);
    expect_time(doc, "2016 - 11", "2016-11", 0);
    expect_time(doc, "11 / 2017", "2017-11", 0);
    expect_time(doc, "20161016", "2016-10-16", 0);
    assert_int_equal(time_claim(doc, "2016 - 11")->span.start, offset_of(t, "2016 - 11"));
    cd_doc_free(doc);
    doc = analyze("The 2010 - 11 season ended. Account 20161399 and 12345678 were closed.", STORY);
    assert_int_equal(count_time_claims(doc), 0);
    cd_doc_free(doc);
}

static void test_year_ranges_and_later_than(void **state)
{
    (void)state;
    const char *t = "The range is 2014 to 2018, due no later than 2020 and not earlier than 2010.";
    cd_doc *doc = analyze(t, STORY);
    expect_time(doc, "2014 to 2018", "2014/2018", 0);
    expect_time(doc, "later than 2020", "2021/..", 0);
    expect_time(doc, "earlier than 2010", "../2009", 0);
    assert_int_equal(time_claim(doc, "later than 2020")->span.start, offset_of(t, "later than 2020"));
    cd_doc_free(doc);
    doc = analyze("The index rose 1950 to 2010 points, more than 2020 people came.", STORY);
    assert_null(find_claim(doc, CD_CLAIM_TIME, "1950"));
    assert_null(find_claim(doc, CD_CLAIM_TIME, "2020"));
    cd_doc_free(doc);
}

static void test_holiday_weekends(void **state)
{
    (void)state;
    const char *t = "Traffic peaks on Labor Day weekend, the weekend of Halloween and Christmas 2016 weekend.";
    cd_doc *doc = analyze(t, STORY);
    expect_time(doc, "Labor Day weekend", "2017-09-02/2017-09-03", 1);   /* Monday: the weekend before */
    expect_time(doc, "weekend of Halloween", "2017-10-28/2017-10-29", 1); /* Tuesday: the nearer one */
    expect_time(doc, "Christmas 2016 weekend", "2016-12-24/2016-12-25", 0);
    assert_int_equal(time_claim(doc, "weekend of Halloween")->span.start, offset_of(t, "weekend of Halloween"));
    cd_doc_free(doc);
    doc = analyze("Labor Day came and the weekend was quiet.", STORY);
    expect_time(doc, "Labor Day", "2017-09-04", 1);
    cd_doc_free(doc);
}

static void test_nth_weekday_of_the_story_month(void **state)
{
    (void)state;
    const char *t = "We meet the second Sunday, and met last Sunday.";
    cd_doc *doc = analyze(t, STORY);
    expect_time(doc, "second Sunday", "2017-12-10", 1);
    expect_time(doc, "last Sunday", "2017-12-24", 1); /* no ordinal: the weekday before */
    assert_int_equal(time_claim(doc, "second Sunday")->span.start, offset_of(t, "second Sunday"));
    cd_doc_free(doc);
    doc = analyze("It was his second Sunday start.", STORY); /* a noun after it */
    assert_null(find_claim(doc, CD_CLAIM_TIME, "second Sunday"));
    cd_doc_free(doc);
}

static void test_ranges_from_a_bare_day(void **state)
{
    (void)state;
    const char *t = "It runs from 4 to 22 this month, 4 till 23 of next month and 9 to 12 June 2018.";
    cd_doc *doc = analyze(t, STORY);
    expect_time(doc, "from 4 to 22 this month", "2017-12-04/2017-12-22", 1);
    expect_time(doc, "4 till 23 of next month", "2018-01-04/2018-01-23", 1);
    expect_time(doc, "9 to 12 June 2018", "2018-06-09/2018-06-12", 0);
    assert_int_equal(time_claim(doc, "4 till 23 of next month")->span.start, offset_of(t, "4 till 23"));
    cd_doc_free(doc);
    doc = analyze("Scores rose 4 to 22 points in 9 to 12 months.", STORY); /* no month after the day */
    assert_int_equal(count_time_claims(doc), 0);
    cd_doc_free(doc);
}

static void test_end_of_year_without_the(void **state)
{
    (void)state;
    const char *t = "Sales should recover by end of year.";
    cd_doc *doc = analyze(t, STORY);
    expect_time(doc, "end of year", "2017-09/2017-12", 1);
    assert_int_equal(time_claim(doc, "end of year")->span.start, offset_of(t, "end of year"));
    cd_doc_free(doc);
    doc = analyze("He topped the 2003 end of year charts.", STORY);
    assert_null(find_claim(doc, CD_CLAIM_TIME, "end of year"));
    cd_doc_free(doc);
}

static void test_bare_days_in_ranges_take_the_month(void **state)
{
    (void)state;
    const char *t = "Off between the ninth and the seventeenth of April, from April the 9th till the 17th "
                    "and from Dec. 5 to 12.";
    cd_doc *doc = analyze(t, STORY);
    expect_time(doc, "between the ninth and the seventeenth of April", "2018-04-09/2018-04-17", 1);
    expect_time(doc, "from April the 9th till the 17th", "2018-04-09/2018-04-17", 1);
    expect_time(doc, "from Dec. 5 to 12", "2017-12-05/2017-12-12", 1);
    assert_int_equal(time_claim(doc, "from Dec. 5 to 12")->span.start, offset_of(t, "from Dec. 5"));
    cd_doc_free(doc);
    doc = analyze("It rose from March 3 to 5 percent, long after the 9/11 attacks.", STORY);
    assert_int_equal(count_time_claims(doc), 1);
    expect_time(doc, "March 3", "2017-03-03", 1); /* past tense: the last one */
    cd_doc_free(doc);
}

static void test_month_the_ordinal_and_short_years(void **state)
{
    (void)state;
    const char *t = "Born in April of 87, on 15 April of '87 or on September the twenty-first nineteen seventy eight.";
    cd_doc *doc = analyze(t, STORY);
    expect_time(doc, "April of 87", "1987-04", 0);
    expect_time(doc, "15 April of '87", "1987-04-15", 0);
    expect_time(doc, "September the twenty-first nineteen seventy eight", "1978-09-21", 0);
    assert_int_equal(time_claim(doc, "April of 87")->span.start, offset_of(t, "April of 87"));
    cd_doc_free(doc);
    doc = analyze("In April of 87 patients, 12 were ill.", STORY); /* a count: a noun follows */
    expect_time(doc, "April", "2017-04", 1); /* past tense: the last one */
    assert_int_equal(count_time_claims(doc), 1);
    cd_doc_free(doc);
}

static void test_slashed_date_pairs(void **state)
{
    (void)state;
    const char *t = "It ran 10/1-11/7 and 5/1-5/7, 2020, on the weekend of 8/9 January.";
    cd_doc *doc = analyze(t, STORY);
    expect_time(doc, "10/1-11/7", "2017-10-01/2017-11-07", 1);
    expect_time(doc, "5/1-5/7, 2020", "2020-05-01/2020-05-07", 0);
    expect_time(doc, "8/9 January", "2018-01-08/2018-01-09", 1);
    assert_int_equal(time_claim(doc, "10/1-11/7")->span.start, offset_of(t, "10/1"));
    cd_doc_free(doc);
    doc = analyze("The 10/1-11 split held.", STORY); /* no second date: no range, no date inside it */
    assert_int_equal(count_time_claims(doc), 0);
    cd_doc_free(doc);
}

static void test_consecutive_days_and_unit_synonyms(void **state)
{
    (void)state;
    const char *t = "Prices rose over the past day. They met on 18 and 19 June, last sept and this working week, "
                    "and meet in the next couple weeks.";
    cd_doc *doc = analyze(t, STORY);
    expect_time(doc, "past day", "2017-12-25", 1);
    expect_time(doc, "18 and 19 June", "2017-06-18/2017-06-19", 1);
    expect_time(doc, "last sept", "2017-09", 1);
    expect_time(doc, "this working week", "2017-W52", 1);
    expect_time(doc, "next couple weeks", "2017-12-27/2018-01-09", 1);
    assert_int_equal(time_claim(doc, "18 and 19 June")->span.start, offset_of(t, "18 and"));
    cd_doc_free(doc);
    /* two days apart: no range; "last day" stays no date; "the couple" no count */
    doc = analyze("They met on 20 and 27 April. It was the last day. The couple left.", STORY);
    assert_int_equal(count_time_claims(doc), 1);
    expect_time(doc, "27 April", "2017-04-27", 1);
    cd_doc_free(doc);
}

static void test_in_a_durations_time_and_on_an_ordinal(void **state)
{
    (void)state;
    const char *t = "Sales fell, but will recover in a fortnight's time and in three weeks' time; it was paid on 29th.";
    cd_doc *doc = analyze(t, STORY);
    expect_time(doc, "a fortnight's time", "2018-01-09", 1);
    expect_time(doc, "three weeks' time", "2018-01-16", 1);
    expect_time(doc, "29th", "2017-11-29", 1); /* past tense: the last 29th */
    assert_int_equal(time_claim(doc, "three weeks' time")->span.start, offset_of(t, "three weeks'"));
    cd_doc_free(doc);
    /* past tense and no "time": a length, no date; "on 5th place" is no day */
    doc = analyze("It was the highest in three weeks. He finished on 5th place.", STORY);
    assert_int_equal(count_time_claims(doc), 0);
    cd_doc_free(doc);
}

static void test_shifted_month_and_day(void **state)
{
    (void)state;
    const char *t = "It opens next March 3, closed this 5/12 and ran last 3 December.";
    cd_doc *doc = analyze(t, STORY);
    expect_time(doc, "next March 3", "2018-03-03", 1);
    expect_time(doc, "this 5/12", "2017-05-12", 1);
    expect_time(doc, "last 3 December", "2016-12-03", 1);
    assert_int_equal(time_claim(doc, "this 5/12")->span.start, offset_of(t, "this 5/12"));
    cd_doc_free(doc);
    /* a count and a unit after the shift: a period, not a date */
    doc = analyze("Spending slows over the next 12-18 months and the last 3 weeks.", STORY);
    assert_null(find_claim(doc, CD_CLAIM_TIME, "12-18"));
    expect_time(doc, "last 3 weeks", "2017-12-05/2017-12-25", 1);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_relative_days),
        cmocka_unit_test(test_weekdays_follow_the_tense),
        cmocka_unit_test(test_periods),
        cmocka_unit_test(test_calendar_dates),
        cmocka_unit_test(test_years_in_date_context),
        cmocka_unit_test(test_not_dates),
        cmocka_unit_test(test_ranges_decades_quarters_holidays),
        cmocka_unit_test(test_weekday_mismatch),
        cmocka_unit_test(test_relative_date_finding),
        cmocka_unit_test(test_numbers_in_words),
        cmocka_unit_test(test_day_of_month_alone),
        cmocka_unit_test(test_decades_centuries_halves),
        cmocka_unit_test(test_open_ranges),
        cmocka_unit_test(test_counted_periods),
        cmocka_unit_test(test_month_ranges_and_leap_days),
        cmocka_unit_test(test_long_digit_runs),
        cmocka_unit_test(test_week_numbers),
        cmocka_unit_test(test_month_day_with_a_slash_alone),
        cmocka_unit_test(test_spaced_year_month_and_compact_dates),
        cmocka_unit_test(test_year_ranges_and_later_than),
        cmocka_unit_test(test_holiday_weekends),
        cmocka_unit_test(test_nth_weekday_of_the_story_month),
        cmocka_unit_test(test_ranges_from_a_bare_day),
        cmocka_unit_test(test_end_of_year_without_the),
        cmocka_unit_test(test_bare_days_in_ranges_take_the_month),
        cmocka_unit_test(test_month_the_ordinal_and_short_years),
        cmocka_unit_test(test_slashed_date_pairs),
        cmocka_unit_test(test_consecutive_days_and_unit_synonyms),
        cmocka_unit_test(test_in_a_durations_time_and_on_an_ordinal),
        cmocka_unit_test(test_shifted_month_and_day),
    };
    return cmocka_run_group_tests_name("time", tests, NULL, NULL);
}
