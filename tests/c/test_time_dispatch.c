/* The time pass's dispatch (which tokens are passed over, which patterns are tried where) against
 * every pattern at every token. This test compiles src/time.c itself with CD_TIME_CROSSCHECK, so
 * the pipeline runs that build of the pass (the library's time.o is not linked in): at each token
 * the top level reads, the pass also tries every pattern with no dispatch and reports any
 * disagreement as a "time-dispatch-mismatch" finding. The texts: sentences written for the
 * dispatch's rules (each rule has a text where an expression starts at such a token and one where
 * none does), the stories in the repository, and the time tests' own sources read as text (their
 * literals exercise every pattern; the code around them is plenty of other tokens). */
#define CD_TIME_CROSSCHECK 1
#include "time.c"

#include "helpers.h"

#define STORY "2017-12-26"

/* Analyzes text with and without a story date: no mismatch, and the pass compared tokens. */
static void check_text(const char *text, size_t len)
{
    const char *dates[] = {STORY, NULL};
    for (int k = 0; k < 2; k++) {
        cd_options opt = {0};
        opt.date = dates[k];
        char err[256] = "";
        cd_doc *doc = NULL;
        if (cd_analyze(text, len, &opt, &doc, err, sizeof err) != CD_OK) fail_msg("cd_analyze failed: %s", err);
        const cd_finding *f = find_finding(doc, "time-dispatch-mismatch");
        if (f) fail_msg("at '%.60s': %s", text + f->span.start, f->message);
        const cd_finding *checked = find_finding(doc, "time-dispatch-checked");
        assert_non_null(checked);
        assert_true(atol(checked->message) > 0);
        cd_doc_free(doc);
    }
}

static void check_file(const char *dir, const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    size_t len = 0;
    char *text = read_text_file(path, &len);
    if (!text) fail_msg("cannot read %s (run from the repository root)", path);
    check_text(text, len);
    free(text);
}

/* Bare numbers: an expression starts at one only when it is a year (four digits), a dotted or
 * compact date, a three-digit year after "year", or before a token that continues a date, a range
 * or a count (a separator, an ordinal suffix, "s", "of", a range word, a month, a time word). */
static const char *const numbers[] = {
    /* must fire */
    "It rose in 2016 and in 1999, on 5 December, on the 5th, on 5/12, on 13.5.2015 and on 20161016.",
    "Between 4 and 6 June they met; from 4 to 22 January, 9 to 12 of June, 19/20 February, 18 and 19 June.",
    "It lasted 3 years and ended 2 weeks ago; in 3 days it reopens; 5 past years were hard.",
    "In 3 business days, 5 working days ago, 2 more weeks, 6 of December, 4 of Dec. 2016, 3 fortnights ago.",
    "The 1990s, the 70s, the '70s, 70's, the 21st century, the 3rd week of May, 2016 H2, 2016-17.",
    "The year 800 was long. It was 5 of December. Q4 2016, 2017-12-05, 12/5/2017, 11 / 2016, 05-Aug-2016.",
    "They met on 29th, on the 27. and on 4-6 June, 5 - 6 May, 5 to 6 December, 5 through 9 March.",
    "On 2016 10 16, Sep-23-2020, sep-23-2020, 2016–17, 11 – 2016, 2016 - 11, on 5.12, on 10/1-11/7 and Dec.-2017.",
    "On 16. November 2016, on 16. nov. 2016, 5 - the 9th of May, 4-Aug-2016, 7 – 9 March, the 70’s, 5-first May.",
    /* must not */
    "Profit rose 5 mln dlrs, or 3 cts a share, up 7 pct, to 12 billion; 45 people, 300 troops, 12345 votes.",
    "The vote was 5-3, the score 2 : 1, odds 5/2, ratio 3/10 of them, 12 % and 25, 30 and 45 points.",
    "3 of them, 5 in 10, 2 on Monday, 7 a day, 4 at noon, 12 of the 20, 6 in May, 9 of may, 8 this year.",
    "A 10-year bond, a 5-strong team, a 3-day visit, it rose to 5. Then 7's and 8' ran; 12 - 0 and 5-nil.",
    "The year 2016 % was 5 %, the $ 2016 price, page 12 says 3 things; 7 (seven) cases; 8 ,9 and 10.",
};

/* Range words (between, from, after, since, before, later, earlier): where no single expression
 * may start at the word itself, only a range or an open range that begins after it. */
static const char *const range_words[] = {
    /* must fire */
    "Since May, after 2016, before 2010, later than 2020, earlier than March, from now until May.",
    "From Monday to Friday, between 2015 and 2016, from the 3rd to the 12th of September, between now and then.",
    "After the year 2015, since last week, before next Monday, from 4 to 22 this month, between the 3rd and 5th.",
    "Later this month and earlier this year, it fell; later in the year it rose; earlier that day it fell.",
    "Later in 2016, earlier in the week, later-2017, later than next week, earlier in May, later of the month.",
    "Between 10 and 15 years ago, between two and three weeks from now, between 9 and 4 years ago.",
    /* must not */
    "From the company, after the vote, since then, before him, later, earlier, between us and from them.",
    "From a year ago, since the 5th, after the year, before the 5 mln, from the 12 to the 14, from now on.",
    "From 45 people to 300 troops, between 5 mln and 6 mln, after 7 pct, since 12 billion.",
    /* a part that is a range word, before nothing a part reads ("later", "earlier": part_leads) */
    "It came later. Earlier, he said; later, in Paris, later on and earlier still; later-model cars.",
};

/* Number words: an expression starts at one only when it spells a number with "hundred" or
 * "thousand", or before a token that continues a date, a range, a count or a year. */
static const char *const spelled[] = {
    /* must fire */
    "On fifth of May, twenty-one May, four to six May, four - six May, nineteen seventies, twenty-tens.",
    "In nineteen ninety-six, in nineteen oh five, in two thousand and fifteen, the two thousands, in nineties.",
    "Two past years, two weeks ago, in three days, twenty five years ago, the two thousand and tens.",
    "On twenty-one of June, first of May, two business days ago, in three working days, nineteen sixties.",
    "From four-six May, four - the sixth of June, two-three weeks ago, the nineteen-seventies, ten-twelve May.",
    /* at a number word single_expr tries calendar_date, decade_expr, year_expr, shifted_unit and
     * duration_expr alone (W_SPELLED): each of them, in ranges and nested reads too */
    "Twenty twenty, nineteen eighty-four, the nineteen nineties, four past years, three Fridays ago, five to six May.",
    "Two days after Christmas, three weeks from Monday, twelve months to March, between two and four weeks ago.",
    "Twenty-one June, seven of December, from three weeks ago until now, two weeks and three days ago, in twelve months.",
    /* must not */
    "Two companies hired three people; one of them left; twenty-five workers, one, two, three and four.",
    "One in five, two of the best, one on one, three a day, one of may, one this year, five at noon.",
    "Seven (seven) cases, eleven percent, nine out of ten, ninety-nine problems, one-off, a one.",
    /* a dash before no range's end or decade */
    "A two-year deal, three-day talks, a five-star hotel, the four-time champion, two - or three - men.",
};

/* "the": an expression starts there only before a day that ends there or joins a range. */
static const char *const the[] = {
    /* must fire */
    "On the 18th, by the twenty-first, on the 27. and from the 3rd to the 12th of May, the 5th and 6th.",
    "It ends on the 9th at noon, or the 10th; the 4th - the 6th, the 4th/5th, the second through the fourth.",
    /* must not */
    "The first time, the two companies, the 2016 election, the 5 mln, the 5th district, the 18th-century.",
    "The third quarter, the 12 of them, the 31st floor, the 100 people, the first of many, the one.",
    /* "the" before a time word that is no day (may_be_day: no ordinal, no number word, no phrase) */
    "The year ended, the last word, the day came, the week's end, the new year, the past, the summer.",
};

/* Ordinals: an expression starts at one only before a date's month, a century, a quarter, an
 * nth's week, weekday, count or period, or a range's connector. */
static const char *const ordinals[] = {
    /* must fire */
    "The first of May, third May, the fifth century, the third quarter, the first two weeks of 2021.",
    "The second Monday, the third week of May, the second of next month, the second through the fourth.",
    "The fourth day of next month, the first month of 2021, the second week in May, the first - third May.",
    /* at an ordinal single_expr tries calendar_date, century_expr, quarter_expr and nth_of alone
     * (W_ORDINAL): each of them, in ranges and nested reads too */
    "In the first half of 2016, the second quarter of fiscal 1987, the twentieth century, fifth of November 1605.",
    "The first Monday of the month, the first weekend in May, the third of next month, the 21st and twenty-second of May.",
    "From the first to the third of June, between the second week and the fourth week of May, the first-quarter results.",
    /* must not */
    "The first time, the third party, second, the fourth estate, the first half, a second look, first-hand.",
    /* a dash before no word an ordinal goes on with (ordinal_next_word) and no "the" */
    "The second-largest bank, the first-placed team, the third-fastest lap, its fourth-biggest, a first-time buyer.",
    "It ran first - the third of May, first-quarter profits, twentieth-century art, first-second of June, fifth-May.",
};

/* Count words ("a", "a couple of"): before a unit, a duration starts only after "in" or before an
 * "ago" word, "from", "after", "before", "and" or a comma. */
static const char *const counts[] = {
    /* must fire */
    "A week ago, in a week, a year and two months ago, a couple of weeks ago, a week from Friday, a day later.",
    "They will meet in a fortnight's time; a month after Christmas; a year before the vote, a week, two days ago.",
    "It was due a few days ago, an hour later, a next weeks, a couple of days ago; A week earlier; an ago.",
    /* must not */
    "A year in which a week of talks failed, a day like this, a month's pay, a couple of years. A decade.",
    "Sales rose year-on-year and year-to-date, the year to date, a 20-year-old, the week-long talks, a lot.",
    /* a count before no time word (count_alone) */
    "A new plan, an apple a day, a 5 mln deal, a: list, a, an; a Monday-like mood, an April fool.",
};

/* Words that head a holiday's name ("new", "good", "black", "father"): a holiday starts there only
 * where the tokenizer saw a phrase of several tokens start (entry_verdict), and no other pattern
 * does. "New York" and "International Monetary Fund" are phrases of another class. */
static const char *const holiday_heads[] = {
    /* must fire */
    "New Year's Eve, New Year, Good Friday, Black Friday, Father's Day, International Workers' Day.",
    "On Martin Luther King Day and Mother's Day, new year's day, the Good Friday agreement, Labor Day.",
    /* must not */
    "New jobs, good news, New York, the Black Sea, black cars, Father Brown, the International Monetary Fund.",
    "A new year, Martin Luther King, a good day, new years, labor costs, mother and father, Good, New.",
    /* a head where a key of another class starts (time_phrase_starts): must fire, then must not */
    "New Year 2016 came; International Women's Day, New Year's Day in New York, Good Friday in Good Hope.",
    "New York, New Zealand, New Delhi, the International Monetary Fund, International Airlines Group.",
};

/* Shift words ("this", "next", "last", "current"): where no phrase starts, an expression starts at
 * one only before a number, a time word, a name (month, weekday, season, holiday), a number word,
 * "time", "weekend", "century", "of" or "in". */
static const char *const shift_words[] = {
    /* must fire */
    "This Friday, this time last year, the next two weeks, last year, this May, last summer, last Christmas.",
    "The last Friday of May, the last of next month, the previous week, this weekend, this 5/12, next Sept.",
    "Next 6th of April, the past 3 months, the last century, the last quarter, current year, coming Monday.",
    "Last two weeks in June, the last day of 2016, next March 3, this fall, previous Easter, this twenty-first.",
    /* must not */
    "This is it, the current account, next to him, the previous government, last, he said; this, too.",
    "Coming soon, past performance, the last word, this one, next door, the current crisis, last but not least.",
};

/* Names that are also words: "may", "march" in lower case start a date only with digits glued
 * after them or alone after a date preposition before a mark; "fall" only before a year. */
static const char *const word_names[] = {
    /* must fire */
    "It ends in may. It began since march, on may3, in mar, fall 2016, fall of 2016, fall of '16, fall 09.",
    "Fall of twenty sixteen, in May, since March 2016, last fall, this fall, the fall of 2009, May 5, March.",
    /* must not */
    "It may be, they march on, prices may fall in may 2016 or fall, the fall of the wall, a fall of 5 %.",
    "In may be, since may have, until march on, fall of the year, fall in May, the may, it may.",
};

/* Parts of a period ("end", "early", "later"): an expression starts at one only before a glued
 * dash, "of", "in the", "the", "year", "month", "week" or where may_begin holds. */
static const char *const part_words[] = {
    /* must fire */
    "Early 2016, the end of the year, end of year, mid-2005, later this month, earlier this year, late summer.",
    "The start of next week, the end of the decade, later in the year, in early May, the middle of the week.",
    "The end of 2007, early in 2016, late-2015, the beginning of the month, mid-May, start of the year 2020.",
    /* must not */
    "The end. Later, he said; start to run, early on, the end of an era, earlier, the vote; late at night.",
    "End users, late fees, an early lead, the start, middle class, later still, the beginning and the end.",
};

/* Words: shift and count words, number words, ordinals, holidays, "the". */
static const char *const words[] = {
    "Last week, next month, this year, the past week, the last 3 months, the next two years, a week ago.",
    "One day, two weeks ago, three companies, the first quarter, the first time, the third week of 2017.",
    "The nineteen seventies, nineteen ninety-six, two thousand and fifteen, twenty-first of May.",
    "New Year's Eve, Christmas, Good Friday, Black Friday, the new year, a good week, the black box.",
    "This time last year, this Friday 5/12, next 6th of April, the weekend, this weekend, the rest of the year.",
    "A few days, a couple of weeks ago, a day after tomorrow, the day after tomorrow, a new day, a one-off.",
    "Monday two weeks from now, Thursday, two years from now, week 31, week 3 of 2027, the week of Dec. 18.",
    /* the nested group reads an expression one level deeper: found at the top level, not at depth 1 */
    "By the end of the first week of 2016, the start of the second week of May, the end of week 3 of 2027.",
    "The week of the first Monday of May, the second Tuesday of the first week of June, the end of early 2016.",
};

/* A count right before a unit and nothing else (duration_only: a bare number, a number word, "a"),
 * where the top level tries duration_expr alone. */
static const char *const counted_units[] = {
    /* must fire */
    "It ended 5 years ago; in three months' time, a year from now, 2 weeks after Christmas, in 3 days.",
    "Two years and three months ago, for 5 days from today, a week, a year and two months ago, an hour ago.",
    "Twenty - five years ago, 10 days before the vote on Monday, 2 weekends ago, 3 fortnights ago, one year later.",
    "In 5 years, they will; 6 months after 12 May 2016, 4 weeks before Easter, a decade ago, 2 years 3 months ago.",
    /* must not */
    "He spent 5 years in jail, three months on the case, a year of talks, 12 weeks, the highest in three years.",
    "300 days, a decade of growth, 95 years, 7 months, the year 800 years, 1 year, one month's pay, 2 days off.",
};

/* A bare number before "'s" (a decade's two digits only) or a glued ordinal suffix (what comes
 * after the suffix, or "on" before the number). */
static const char *const suffixes[] = {
    /* must fire */
    "On 29th they met; the 5th of May, 5th May, the 19th century, the 3rd week of May, the 20th of next month.",
    "The 21st this month, the 1st two weeks of 2021, 5th to the 9th of June, 4th-6th June, 18th and 19th June.",
    "The 2nd Monday, 5th/6th May, the 70's, the 00's, 80's music, 90’s, 21st-century, the 3rd quarter, 2nd in May.",
    /* must not */
    "Radio 4's Today, Maroon 5's album, the 15th anniversary, his 100th goal, 3rd place, the 7's, 5's and 6's.",
    "It was 4th. Then 12th, he came 1st; the 75's, 10th Avenue, 2nd-largest, 3rd: done, 5th % and 6th (of them).",
};

/* Nested expressions: the top level takes the depth-1 read of a nested group or a week number as it
 * is where that read never came to nested_parts' depth limit (top_single), and reads again where
 * it did ("mid-first week of June": the inner "first week of June" is nested too). */
static const char *const nested[] = {
    /* must fire */
    "By the end of the first week of May, the start of the second week of June, the middle of the 3rd week of 2016.",
    "The end of 2007, the first week of May, the 2nd Monday of next month, week 31 of 2016, the end of next year.",
    "From the end of the first week of May to June, the third week of the first month of 2021, early in the week of May 5.",
    "By mid-first week of June we left; the end of the first week of next month, late in the second week of 2016.",
    /* must not */
    "The end of the first week, the start of the second half, the first week of the season, week 31 of the war.",
};

/* A unit where no other role starts anything: only "after (the) next" or "to date" after it. */
static const char *const units[] = {
    /* must fire */
    "The year after next, the month after the next, year to date, year-to-date, month - to - date, the week after next.",
    "Sales for the quarter to date rose; the decade after next; weekend after next; the day after tomorrow.",
    /* must not */
    "Months to December, year to year, years after the war, days to come, month-to-month, year-on-year, the day after.",
    "A year after the vote, months after it, the week to Friday, weeks to go, year to dates, decades after next year.",
};

static void check_list(const char *const *texts, size_t n)
{
    for (size_t k = 0; k < n; k++) check_text(texts[k], strlen(texts[k]));
}

static void test_bare_numbers(void **state)
{
    (void)state;
    check_list(numbers, sizeof numbers / sizeof numbers[0]);
}

static void test_counted_units(void **state)
{
    (void)state;
    check_list(counted_units, sizeof counted_units / sizeof counted_units[0]);
}

static void test_suffixes(void **state)
{
    (void)state;
    check_list(suffixes, sizeof suffixes / sizeof suffixes[0]);
}

static void test_nested(void **state)
{
    (void)state;
    check_list(nested, sizeof nested / sizeof nested[0]);
}

static void test_units(void **state)
{
    (void)state;
    check_list(units, sizeof units / sizeof units[0]);
}

static void test_range_words(void **state)
{
    (void)state;
    check_list(range_words, sizeof range_words / sizeof range_words[0]);
}

static void test_spelled_numbers(void **state)
{
    (void)state;
    check_list(spelled, sizeof spelled / sizeof spelled[0]);
}

static void test_the(void **state)
{
    (void)state;
    check_list(the, sizeof the / sizeof the[0]);
}

static void test_ordinals(void **state)
{
    (void)state;
    check_list(ordinals, sizeof ordinals / sizeof ordinals[0]);
}

static void test_counts(void **state)
{
    (void)state;
    check_list(counts, sizeof counts / sizeof counts[0]);
}

static void test_holiday_heads(void **state)
{
    (void)state;
    check_list(holiday_heads, sizeof holiday_heads / sizeof holiday_heads[0]);
}

static void test_shift_words(void **state)
{
    (void)state;
    check_list(shift_words, sizeof shift_words / sizeof shift_words[0]);
}

static void test_word_names(void **state)
{
    (void)state;
    check_list(word_names, sizeof word_names / sizeof word_names[0]);
}

static void test_part_words(void **state)
{
    (void)state;
    check_list(part_words, sizeof part_words / sizeof part_words[0]);
}

static void test_words(void **state)
{
    (void)state;
    check_list(words, sizeof words / sizeof words[0]);
}

/* The pass finds what the library's build finds: the cross-checked build changes nothing. */
static void test_claims_as_usual(void **state)
{
    (void)state;
    cd_doc *doc = analyze("It rose 5 mln dlrs in 2016 and fell 3 pct from 4 to 22 January.", STORY);
    assert_int_equal(count_time_claims(doc), 2);
    assert_string_equal(time_claim(doc, "2016")->time.value, "2016");
    assert_string_equal(time_claim(doc, "from 4 to 22 January")->time.value, "2017-01-04/2017-01-22");
    cd_doc_free(doc);
}

static void test_stories(void **state)
{
    (void)state;
    const char *fixtures = getenv("CD_FIXTURES") ? getenv("CD_FIXTURES") : "tests/fixtures";
    check_file(fixtures, "nvim_story.txt");
    check_file(fixtures, "markup_story.md");
    check_file("examples", "story.txt");
}

static void test_time_tests_as_text(void **state)
{
    (void)state;
    check_file("tests/c", "test_time.c");
    check_file("tests/c", "test_dates.c");
    check_file("tests/c", "test_numbers.c");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bare_numbers),   cmocka_unit_test(test_range_words),
        cmocka_unit_test(test_spelled_numbers), cmocka_unit_test(test_the), cmocka_unit_test(test_ordinals), cmocka_unit_test(test_counts),
        cmocka_unit_test(test_counted_units), cmocka_unit_test(test_suffixes), cmocka_unit_test(test_nested),
        cmocka_unit_test(test_units),
        cmocka_unit_test(test_holiday_heads), cmocka_unit_test(test_shift_words), cmocka_unit_test(test_word_names),
        cmocka_unit_test(test_part_words), cmocka_unit_test(test_words),
        cmocka_unit_test(test_claims_as_usual),
        cmocka_unit_test(test_stories),        cmocka_unit_test(test_time_tests_as_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
