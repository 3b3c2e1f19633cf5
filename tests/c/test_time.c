/* Time expressions resolved against the story date, and the weekday-mismatch and relative-date
 * findings. Every rule has a case that must fire and one that must not. */
#include "helpers.h"

#define STORY "2017-12-26" /* a Tuesday */

/* The value of the time claim whose text is exactly `text` (fails when there is none). */
static const cd_claim *time_claim(const cd_doc *doc, const char *text)
{
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].kind == CD_CLAIM_TIME && strcmp(span_text(doc, c[i].span), text) == 0) return &c[i];
    fail_msg("no time claim '%s'", text);
    return NULL;
}

static size_t count_time_claims(const cd_doc *doc)
{
    size_t n, k = 0;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++) k += c[i].kind == CD_CLAIM_TIME;
    return k;
}

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
    assert_non_null(strstr(find_finding(doc, "weekday-mismatch")->message, "December 4, 2017 is a Monday"));
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
    };
    return cmocka_run_group_tests_name("time", tests, NULL, NULL);
}
