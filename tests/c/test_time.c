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

/* ---- Cases as tables: a story and the time claims read in it, walked by check_cases; each list ends
 * at its first empty entry and a failure names the case's story. */

/* A time claim the story must hold, checked as expect_time checks it: its exact text, its value (NULL:
 * none) and whether it is relative to the story date. */
typedef struct {
    const char *text, *value;
    int relative;
} time_want;

typedef struct {
    const char *text; /* the story, dated STORY unless .date or .undated says otherwise */
    time_want want[8];
    const char *date;
    bool undated;
    bool has_count; /* set by COUNT(n): the story holds exactly n time claims */
    size_t count;
    const char *at[2];        /* time claims that start at their text's first occurrence in the story */
    const char *absent[2];    /* texts no time claim contains */
    const char *number[2];    /* texts that are a number */
    const char *no_number[2]; /* texts that are no number */
} time_case;

static void check_time_want(const cd_doc *doc, const time_case *c, const time_want *w)
{
    const cd_claim *k = story_time_claim(doc, c->text, w->text);
    if (!same_text(k->time.value, w->value))
        fail_in_story(c->text, "\"%s\": value %s, want %s", w->text, or_null(k->time.value), or_null(w->value));
    if (k->time.relative != w->relative)
        fail_in_story(c->text, "\"%s\": relative %d, want %d", w->text, (int)k->time.relative, w->relative);
    const char *reason = w->relative ? "relative-date" : "date";
    if (!same_text(k->reasons[0], reason))
        fail_in_story(c->text, "\"%s\": reason %s, want %s", w->text, or_null(k->reasons[0]), reason);
}

/* The lists of a case beside want: where claims start, what is no claim, what is a number or none. */
static void check_time_lists(const cd_doc *doc, const time_case *c)
{
    for (size_t i = 0; i < N_OF(c->at) && c->at[i]; i++) {
        size_t want = offset_of(c->text, c->at[i]);
        size_t got = story_time_claim(doc, c->text, c->at[i])->span.start;
        if (got != want) fail_in_story(c->text, "\"%s\" starts at byte %zu, want %zu", c->at[i], got, want);
    }
    for (size_t i = 0; i < N_OF(c->absent) && c->absent[i]; i++)
        if (find_claim(doc, CD_CLAIM_TIME, c->absent[i]))
            fail_in_story(c->text, "a time claim holds \"%s\"", c->absent[i]);
    for (size_t i = 0; i < N_OF(c->number) && c->number[i]; i++)
        if (!find_number(doc, c->number[i])) fail_in_story(c->text, "\"%s\" is no number", c->number[i]);
    for (size_t i = 0; i < N_OF(c->no_number) && c->no_number[i]; i++)
        if (find_number(doc, c->no_number[i])) fail_in_story(c->text, "\"%s\" is a number", c->no_number[i]);
}

static void check_case(const time_case *c)
{
    cd_doc *doc = analyze(c->text, c->undated ? NULL : c->date ? c->date : STORY);
    for (size_t i = 0; i < N_OF(c->want) && c->want[i].text; i++) check_time_want(doc, c, &c->want[i]);
    check_time_lists(doc, c);
    if (c->has_count && count_time_claims(doc) != c->count) {
        show_time_claims(doc);
        fail_in_story(c->text, "%zu time claims, want %zu", count_time_claims(doc), c->count);
    }
    cd_doc_free(doc);
}

static void check_cases(const time_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) check_case(&cases[i]);
}

static void test_relative_days(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"He spoke today, left yesterday and will return tomorrow.",
         .want = {{"today", "2017-12-26", 1},
                  {"yesterday", "2017-12-25", 1},
                  {"tomorrow", "2017-12-27", 1}},
         .at = {"today"}}, /* its text is exactly "today": it ends where "today" does */
        /* no story date: relative, but no value */
        {"He spoke today, left yesterday and will return tomorrow.", .want = {{"today", NULL, 1}}, .undated = true},
    };
    check_cases(cases, N_OF(cases));
}

static void test_weekdays_follow_the_tense(void **state)
{
    (void)state;
    static const time_case cases[] = {
        /* the reporting verb after the expression does not set its tense; the verb before it does */
        {"The council will close three branches by June, officials said. "
         "The branch closed in March, officials say.",
         .want = {{"June", "2018-06", 1},
                  {"March", "2017-03", 1}}},
    };
    check_cases(cases, N_OF(cases));
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
}

static void test_periods(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"Sales fell last week, rose this year, will rise next month and fell last year. "
         "The past week was busy; earlier this month it was quiet, and two weeks ago calm.",
         .want = {{"last week", "2017-W51", 1},
                  {"this year", "2017", 1},
                  {"next month", "2018-01", 1},
                  {"last year", "2016", 1},
                  {"past week", "2017-12-19/2017-12-25", 1},
                  {"earlier this month", "2017-12-01/2017-12-25", 1},
                  {"two weeks ago", "2017-12-12", 1}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_calendar_dates(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"It began Dec. 5, 2017, ended December 5, paused 5 December 2017, resumed on 2017-12-05, "
         "and ends in March 2026, or on 12/5/2016.",
         .want = {{"Dec. 5, 2017", "2017-12-05", 0},
                  {"December 5", "2017-12-05", 1}, /* the year from the story date */
                  {"5 December 2017", "2017-12-05", 0},
                  {"2017-12-05", "2017-12-05", 0},
                  {"March 2026", "2026-03", 0},
                  {"12/5/2016", "2016-12-05", 0}}},
        {"It ended December 5.", .want = {{"December 5", "--12-05", 0}}, .undated = true},
    };
    check_cases(cases, N_OF(cases));
}

static void test_years_in_date_context(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"Since the 2016 U.S. election, one of the worst years of 2017 was felt in 2016's wake. "
         "The firm hired 1500 workers and 2,016 temps.",
         .want = {{"2016", "2016", 0},
                  {"2017", "2017", 0}},
         .no_number = {"2016",
                       "2017"},
         COUNT(3),
         .absent = {"1500"}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_not_dates(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"Relations are the worst since the end of the Cold War. You may go, but march on. "
         "May I ask? The Sun reported it at 10:30 and at 9 a.m. in the first hours.",
         .no_number = {"10:30"},
         NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_ranges_decades_quarters_holidays(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"It ran from May to October 2020, between 2015 and 2016, and in the 1990s. "
         "Profit fell in the third quarter of 2017. Stores were packed on Christmas Eve.",
         .want = {{"from May to October 2020", "2020-05/2020-10", 0},
                  {"between 2015 and 2016", "2015/2016", 0},
                  {"1990s", "1990/1999", 0},
                  {"third quarter of 2017", "2017-07/2017-09", 0},
                  {"Christmas Eve", "2017-12-24", 1}}},
    };
    check_cases(cases, N_OF(cases));
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
    static const time_case cases[] = {
        {"They moved away in nineteen ninety-six and returned in two thousand and fifteen. "
         "It ended twenty-five years ago. He was born on March twenty five nineteen eighty six.",
         .want = {{"nineteen ninety-six", "1996", 0},
                  {"two thousand and fifteen", "2015", 0},
                  {"twenty-five years ago", "1992-12-26", 1},
                  {"March twenty five nineteen eighty six", "1986-03-25", 0}},
         .no_number = {"nineteen",
                       "two thousand and fifteen"}},
        /* a count before a noun is no year, a count before a noun no day */
        {"In two thousand homes, power failed. In March two people died.",
         .want = {{"March", "2017-03", 1}},
         .number = {"two thousand"},
         COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

static void test_day_of_month_alone(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"The vote is on the 18th. The court met Friday the 15th. It ends Monday 8.",
         .want = {{"the 18th", "2017-12-18", 1},
                  {"Friday the 15th", "2017-12-15", 1}, /* the nearest month where the 15th is a Friday */
                  {"Monday 8", "2018-01-08", 1}},
         .at = {"the 18th"}},
        {"He was the first. It was the 5th district. On Monday 21 people died.",
         .want = {{"Monday", "2017-12-25", 1}},
         .number = {"21"},
         COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

static void test_decades_centuries_halves(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"Music of the '70s, the 1980's and the nineties; the 21st century; H1 2016 and 2016 H2.",
         .want = {{"'70s", "1970/1979", 1},
                  {"1980's", "1980/1989", 0},
                  {"nineties", "1990/1999", 1},
                  {"21st century", "2000/2099", 0},
                  {"H1 2016", "2016-01/2016-06", 0},
                  {"2016 H2", "2016-07/2016-12", 0}}},
        {"He is in his 70s and she in her sixties.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_open_ranges(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"Rules change after 2016, since May 2015, before 2010, within five days, for the rest "
         "of the year, between now and Jan. 15.",
         .want = {{"after 2016", "2017/..", 0},
                  {"since May 2015", "2015-05/..", 0},
                  {"before 2010", "../2009", 0},
                  {"within five days", "2017-12-26/2017-12-31", 1},
                  {"rest of the year", "2017-12-26/2017-12-31", 1},
                  {"between now and Jan. 15", "2017-12-26/2018-01-15", 1}}},
        /* "after Monday's meeting" names the meeting; "within five days of the attack" counts from it */
        {"Talks resumed after Monday's meeting, within five days of the attack.",
         .want = {{"Monday", "2017-12-25", 1}},
         COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

static void test_counted_periods(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"Sales in the last two quarters, on the 15th day of next month, in the first two weeks "
         "of 2021, the third month of 2021, 1 month, 21 days ago; the week after next.",
         .want = {{"last two quarters", "2017-04/2017-09", 1}, /* whole quarters */
                  {"15th day of next month", "2018-01-15", 1},
                  {"first two weeks of 2021", "2021-01-04/2021-01-17", 0},
                  {"third month of 2021", "2021-03", 0},
                  {"1 month, 21 days ago", "2017-11-05", 1},
                  {"week after next", "2018-W02", 1}}},
        /* a count before "next week" that counts something else */
        {"We will be only 3 next week. The 31st of next month is gone.",
         .want = {{"next week", "2018-W01", 1},
                  {"31st of next month", "2018-01-31", 1}},
         .number = {"3"}},
        {"The 30th of next month.",
         .date = "2018-01-10",
         .absent = {"30th" /* February has no 30th */}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_month_ranges_and_leap_days(void **state)
{
    (void)state;
    static const time_case cases[] = {
        /* not around the story date: the tense decides */
        {"It ran from March to May.", .want = {{"from March to May", "2017-03/2017-05", 1}}},
    };
    check_cases(cases, N_OF(cases));
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
}

static void test_long_digit_runs(void **state)
{
    (void)state;
    static const time_case cases[] = {
        /* dotted_date once overflowed on long digit runs (UBSan): parts of more than 4 digits are no date */
        {"Version 99999999999999999999999.1.2 shipped, 12345.1.1 and 1.99999999999999999999.5, "
         "then 13.5.2015.",
         .want = {{"13.5.2015", "2015-05-13", 0}},
         COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

static void test_week_numbers(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"Sales in week 31 and in week 3 of 2027 rose.",
         .want = {{"week 31", "2017-W31", 1},
                  {"week 3 of 2027", "2027-W03", 0}}},
        /* a season's week; 2017 has 52 */
        {"In Week 3 the Giants lost. Week 53 of 2017 never came.",
         .want = {{"2017", "2017", 0}}, /* only the year */
         COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

static void test_month_day_with_a_slash_alone(void **state)
{
    (void)state;
    static const time_case cases[] = {
        /* fractions, odds and ratios: a day of 12 or less, 1/N, a number before, a noun or "of" after */
        {"Odds as short as 1/14 and a 5/12 split. It is 2 5/16 wide; he made 7/15 shots and 3/20 of them.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
    const char *t = "Tickets went on sale 4/22; the show opens 06/05 and closes 22/04.";
    cd_doc *doc = analyze(t, STORY);
    expect_time(doc, "4/22", "2017-04-22", 1);  /* past: the last one */
    expect_time(doc, "06/05", "2018-06-05", 1); /* a leading zero: no fraction; "opens": to come */
    expect_time(doc, "22/04", "2017-04-22", 1); /* the day first */
    const cd_claim *c = time_claim(doc, "4/22");
    assert_int_equal(c->span.start, offset_of(t, "4/22"));
    assert_int_equal(c->span.stop, offset_of(t, "4/22") + 4);
    cd_doc_free(doc);
}

static void test_spaced_year_month_and_compact_dates(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"It closed 2016 - 11 and reopened 11 / 2017, filed 20161016.",
         .want = {{"2016 - 11", "2016-11", 0},
                  {"11 / 2017", "2017-11", 0},
                  {"20161016", "2016-10-16", 0}},
         .at = {"2016 - 11"}},
        {"The 2010 - 11 season ended. Account 20161399 and 12345678 were closed.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_year_ranges_and_later_than(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"The range is 2014 to 2018, due no later than 2020 and not earlier than 2010.",
         .want = {{"2014 to 2018", "2014/2018", 0},
                  {"later than 2020", "2021/..", 0},
                  {"earlier than 2010", "../2009", 0}},
         .at = {"later than 2020"}},
        {"The index rose 1950 to 2010 points, more than 2020 people came.",
         .absent = {"1950",
                    "2020"}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_holiday_weekends(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"Traffic peaks on Labor Day weekend, the weekend of Halloween and Christmas 2016 weekend.",
         .want = {{"Labor Day weekend", "2017-09-02/2017-09-03", 1}, /* Monday: the weekend before */
                  {"weekend of Halloween", "2017-10-28/2017-10-29", 1}, /* Tuesday: the nearer one */
                  {"Christmas 2016 weekend", "2016-12-24/2016-12-25", 0}},
         .at = {"weekend of Halloween"}},
        {"Labor Day came and the weekend was quiet.", .want = {{"Labor Day", "2017-09-04", 1}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_nth_weekday_of_the_story_month(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"We meet the second Sunday, and met last Sunday.",
         .want = {{"second Sunday", "2017-12-10", 1},
                  {"last Sunday", "2017-12-24", 1}}, /* no ordinal: the weekday before */
         .at = {"second Sunday"}},
        /* a noun after it */
        {"It was his second Sunday start.", .absent = {"second Sunday"}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_ranges_from_a_bare_day(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"It runs from 4 to 22 this month, 4 till 23 of next month and 9 to 12 June 2018.",
         .want = {{"from 4 to 22 this month", "2017-12-04/2017-12-22", 1},
                  {"4 till 23 of next month", "2018-01-04/2018-01-23", 1},
                  {"9 to 12 June 2018", "2018-06-09/2018-06-12", 0}},
         .at = {"4 till 23 of next month"}},
        /* no month after the day */
        {"Scores rose 4 to 22 points in 9 to 12 months.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_end_of_year_without_the(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"Sales should recover by end of year.",
         .want = {{"end of year", "2017-09/2017-12", 1}},
         .at = {"end of year"}},
        {"He topped the 2003 end of year charts.", .absent = {"end of year"}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_bare_days_in_ranges_take_the_month(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"Off between the eighth and the sixteenth of April, from April the 9th till the 17th "
         "and from Dec. 5 to 12.",
         .want = {{"between the eighth and the sixteenth of April", "2018-04-08/2018-04-16", 1},
                  {"from April the 9th till the 17th", "2018-04-09/2018-04-17", 1},
                  {"from Dec. 5 to 12", "2017-12-05/2017-12-12", 1}},
         .at = {"from Dec. 5 to 12"}},
        {"It rose from March 3 to 5 percent, long after the 9/11 attacks.",
         .want = {{"March 3", "2017-03-03", 1}}, /* past tense: the last one */
         COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

static void test_month_the_ordinal_and_short_years(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"Born in April of 87, on 15 April of '87 or on October the twenty-first nineteen seventy eight.",
         .want = {{"April of 87", "1987-04", 0},
                  {"15 April of '87", "1987-04-15", 0},
                  {"October the twenty-first nineteen seventy eight", "1978-10-21", 0}},
         .at = {"April of 87"}},
        /* a count: a noun follows */
        {"In April of 87 patients, 12 were ill.",
         .want = {{"April", "2017-04", 1}}, /* past tense: the last one */
         COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

static void test_slashed_date_pairs(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"It ran 10/1-11/7 and 5/1-5/7, 2020, on the weekend of 8/9 January.",
         .want = {{"10/1-11/7", "2017-10-01/2017-11-07", 1},
                  {"5/1-5/7, 2020", "2020-05-01/2020-05-07", 0},
                  {"8/9 January", "2018-01-08/2018-01-09", 1}},
         .at = {"10/1-11/7"}},
        /* no second date: no range, no date inside it */
        {"The 10/1-11 split held.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_consecutive_days_and_unit_synonyms(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"Prices rose over the past day. They met on 18 and 19 June, last sept and this working week, "
         "and meet in the next couple weeks.",
         .want = {{"past day", "2017-12-25", 1},
                  {"18 and 19 June", "2017-06-18/2017-06-19", 1},
                  {"last sept", "2017-09", 1},
                  {"this working week", "2017-W52", 1},
                  {"next couple weeks", "2017-12-27/2018-01-09", 1}},
         .at = {"18 and 19 June"}},
        /* two days apart: no range; "last day" stays no date; "the couple" no count */
        {"They met on 20 and 27 April. It was the last day. The couple left.",
         .want = {{"27 April", "2017-04-27", 1}},
         COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

static void test_in_a_durations_time_and_on_an_ordinal(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"Sales fell, but will recover in a fortnight's time and in three weeks' time; it was paid on 29th.",
         .want = {{"a fortnight's time", "2018-01-09", 1},
                  {"three weeks' time", "2018-01-16", 1},
                  {"29th", "2017-11-29", 1}}, /* past tense: the last 29th */
         .at = {"three weeks' time"}},
        /* past tense and no "time": a length, no date; "on 5th place" is no day */
        {"It was the highest in three weeks. He finished on 5th place.", NO_TIME},
    };
    check_cases(cases, N_OF(cases));
}

static void test_shifted_month_and_day(void **state)
{
    (void)state;
    static const time_case cases[] = {
        {"It opens next March 3, closed this 5/12 and ran last 3 December.",
         .want = {{"next March 3", "2018-03-03", 1},
                  {"this 5/12", "2017-05-12", 1},
                  {"last 3 December", "2017-12-03", 1}},
         .at = {"this 5/12"}},
        /* a count and a unit after the shift: a period, not a date */
        {"Spending slows over the next 12-18 months and the last 3 weeks.",
         .want = {{"last 3 weeks", "2017-12-05/2017-12-25", 1}},
         .absent = {"12-18"}},
    };
    check_cases(cases, N_OF(cases));
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
