/* The number reader (src/numbers.c): values, kinds, units, qualifiers, exact offsets, and the
 * digits that are not quantities. Every story here is our own. */
#include <math.h>
#include <string.h>

#include "helpers.h"

/* Prints the numbers of doc (for a failing count). */
static void show_all(const cd_doc *doc)
{
    size_t n;
    const cd_number *x = cd_doc_numbers(doc, &n);
    for (size_t i = 0; i < n; i++) print_message("  have: [%s]\n", span_text(doc, x[i].span));
}

/* The number whose source text is `text`; fails the test when there is none. */
static const cd_number *num(const cd_doc *doc, const char *text)
{
    const cd_number *n = find_number(doc, text);
    if (!n) {
        show_all(doc);
        fail_msg("no number with text \"%s\"", text);
    }
    return n;
}

static void assert_value(double got, double want)
{
    if (fabs(got - want) > 1e-9 * fmax(1, fabs(want))) fail_msg("value %.10g, want %.10g", got, want);
}

static void assert_unit(const cd_number *n, const char *unit)
{
    if (!unit) {
        assert_null(n->unit);
        return;
    }
    assert_non_null(n->unit);
    assert_string_equal(n->unit, unit);
}

static void assert_approx(const cd_number *n, const char *approx)
{
    if (!approx) {
        assert_null(n->approx);
        return;
    }
    assert_non_null(n->approx);
    assert_string_equal(n->approx, approx);
}

/* Checks one number: its text, value, kind, unit and approx. */
static void check(const cd_doc *doc, const char *text, double value, cd_numkind kind, const char *unit,
                  const char *approx)
{
    const cd_number *n = num(doc, text);
    assert_value(n->value, value);
    assert_int_equal(n->kind, kind);
    assert_unit(n, unit);
    assert_approx(n, approx);
}

/* The quantities: every number but the labels. */
static size_t count(const cd_doc *doc)
{
    size_t n, q = 0;
    const cd_number *x = cd_doc_numbers(doc, &n);
    for (size_t i = 0; i < n; i++) q += x[i].kind != CD_NUM_LABEL;
    return q;
}

/* The labels (CD_NUM_LABEL) as "text=value" in order, joined by spaces: a whole list to compare. */
static const char *labels(const cd_doc *doc)
{
    static char buf[1024];
    size_t n, used = 0;
    const cd_number *x = cd_doc_numbers(doc, &n);
    buf[0] = 0;
    for (size_t i = 0; i < n && used < sizeof buf; i++) {
        if (x[i].kind != CD_NUM_LABEL) continue;
        assert_null(x[i].unit);
        assert_null(x[i].approx);
        assert_false(x[i].is_range);
        used += (size_t)snprintf(buf + used, sizeof buf - used, "%s%s=%.10g", used ? " " : "", span_text(doc, x[i].span),
                                 x[i].value);
    }
    return buf;
}

/* ---- Cases as tables: a story and what the number reader must read in it, walked by check_cases.
 * Each list ends at its first empty entry; a failure names the case's story. */

/* A number the story must hold, checked as check() checks it: its exact source text, value, kind,
 * unit and approx (NULL: none). */
typedef struct {
    const char *text;
    double value;
    cd_numkind kind;
    const char *unit, *approx;
} num_want;

/* A number (by its text) and the index of the token it starts at. */
typedef struct {
    const char *text;
    uint32_t tok;
} num_tok;

typedef struct {
    const char *text, *date; /* the story and its date (NULL: none) */
    num_want want[10];
    const char *at[2];       /* numbers whose span starts at their text's first occurrence in the story */
    num_tok tok[2];          /* numbers and the token they start at */
    const char *no_range[2]; /* numbers that are no range */
    const char *absent[2];   /* texts that are no number */
    const char *present[2];  /* texts that are a number (of any kind or value) */
    bool has_count;          /* set by COUNT(n): the story holds exactly n quantities (count()) */
    size_t count;
    const char *labels; /* the labels() list; NULL: not checked */
} num_case;

/* The number with text `text` in the case's story; fails, listing the numbers there, when none. */
static const cd_number *case_num(const cd_doc *doc, const num_case *c, const char *text)
{
    const cd_number *n = find_number(doc, text);
    if (n) return n;
    show_all(doc);
    fail_in_story(c->text, "no number with text \"%s\"", text);
    return NULL;
}

static void check_want(const cd_doc *doc, const num_case *c, const num_want *w)
{
    const cd_number *n = case_num(doc, c, w->text);
    if (fabs(n->value - w->value) > 1e-9 * fmax(1, fabs(w->value)))
        fail_in_story(c->text, "\"%s\": value %.10g, want %.10g", w->text, n->value, w->value);
    if (n->kind != w->kind) fail_in_story(c->text, "\"%s\": kind %d, want %d", w->text, (int)n->kind, (int)w->kind);
    if (!same_text(n->unit, w->unit))
        fail_in_story(c->text, "\"%s\": unit %s, want %s", w->text, or_null(n->unit), or_null(w->unit));
    if (!same_text(n->approx, w->approx))
        fail_in_story(c->text, "\"%s\": approx %s, want %s", w->text, or_null(n->approx), or_null(w->approx));
}

/* The lists of a case beside want: where numbers start, which are no range, which are there or not. */
static void check_places(const cd_doc *doc, const num_case *c)
{
    for (size_t i = 0; i < N_OF(c->at) && c->at[i]; i++) {
        size_t want = offset_of(c->text, c->at[i]), got = case_num(doc, c, c->at[i])->span.start;
        if (got != want) fail_in_story(c->text, "\"%s\" starts at byte %zu, want %zu", c->at[i], got, want);
    }
    for (size_t i = 0; i < N_OF(c->tok) && c->tok[i].text; i++) {
        uint32_t got = case_num(doc, c, c->tok[i].text)->span.tstart;
        if (got != c->tok[i].tok)
            fail_in_story(c->text, "\"%s\" starts at token %u, want %u", c->tok[i].text, got, c->tok[i].tok);
    }
    for (size_t i = 0; i < N_OF(c->no_range) && c->no_range[i]; i++)
        if (case_num(doc, c, c->no_range[i])->is_range) fail_in_story(c->text, "\"%s\" is a range", c->no_range[i]);
    for (size_t i = 0; i < N_OF(c->absent) && c->absent[i]; i++)
        if (find_number(doc, c->absent[i])) fail_in_story(c->text, "\"%s\" is a number", c->absent[i]);
    for (size_t i = 0; i < N_OF(c->present) && c->present[i]; i++) case_num(doc, c, c->present[i]);
}

static void check_case(const num_case *c)
{
    cd_doc *doc = analyze(c->text, c->date);
    for (size_t i = 0; i < N_OF(c->want) && c->want[i].text; i++) check_want(doc, c, &c->want[i]);
    check_places(doc, c);
    if (c->has_count && count(doc) != c->count) {
        show_all(doc);
        fail_in_story(c->text, "%zu quantities, want %zu", count(doc), c->count);
    }
    if (c->labels && strcmp(labels(doc), c->labels) != 0)
        fail_in_story(c->text, "labels \"%s\", want \"%s\"", labels(doc), c->labels);
    cd_doc_free(doc);
}

static void check_cases(const num_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) check_case(&cases[i]);
}

static void test_counted_nouns_and_offsets(void **state)
{
    (void)state;
    const char *t = "The embassy staff shrank from 1,200 personnel to just over 450, and three consulates closed.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count(doc), 3);
    const cd_number *a = num(doc, "1,200");
    assert_int_equal(a->span.start, offset_of(t, "1,200"));
    assert_int_equal(a->span.stop, offset_of(t, "1,200") + 5);
    assert_int_equal(span_col(doc, a->span), offset_of(t, "1,200") + 1);
    check(doc, "1,200", 1200, CD_NUM_CARDINAL, "personnel", NULL);
    check(doc, "450", 450, CD_NUM_CARDINAL, NULL, "over");
    check(doc, "three", 3, CD_NUM_CARDINAL, "consulates", NULL);
    assert_false(num(doc, "450")->is_range);
    cd_doc_free(doc);
}

static void test_counted_noun_skips_adjectives_not_verbs(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"They hired 40 new nurses. The 12 is lucky. Some 7 says nothing.",
         .want = {{"40", 40, CD_NUM_CARDINAL, "nurses", NULL},
                  {"12", 12, CD_NUM_CARDINAL, NULL, NULL},
                  {"7", 7, CD_NUM_CARDINAL, NULL, "about"}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_digits(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Scores of 3.8, 1,234,567 and -12 were seen, then 1.111,50 and 40 000 and .25 and 1e6.",
         .want = {{"3.8", 3.8, CD_NUM_CARDINAL, NULL, NULL},
                  {"1,234,567", 1234567, CD_NUM_CARDINAL, NULL, NULL},
                  {"-12", -12, CD_NUM_CARDINAL, NULL, NULL},
                  {"1.111,50", 1111.5, CD_NUM_CARDINAL, NULL, NULL},
                  {"40 000", 40000, CD_NUM_CARDINAL, NULL, NULL},
                  {".25", 0.25, CD_NUM_CARDINAL, NULL, NULL},
                  {"1e6", 1e6, CD_NUM_CARDINAL, NULL, NULL}}},
    };
    check_cases(cases, N_OF(cases));
}

/* A space groups thousands, except before digits that name a model: a capitalized word or a hyphen
 * after three digits not starting with 0 ("387 737 Max jets": 387 jets of the 737 Max). */
static void test_spaced_group_or_model(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"It has 387 737 Max jets and 50 747 Jumbo jets, and ordered 10 737-800 planes.",
         .want = {{"387", 387, CD_NUM_CARDINAL, "jets", NULL},
                  {"50", 50, CD_NUM_CARDINAL, "jets", NULL},
                  {"10", 10, CD_NUM_CARDINAL, NULL, NULL}},
         .tok = {{"387", 7}},
         .labels = "737=737 747=747"},
        /* must not: a group that begins with 0, a plural name, a nationality, a plain noun */
        {"There are 40 000 Labour members, 40 125 Palestinians, 10 250 Syrian refugees and 12 737 people.",
         .want = {{"40 000", 40000, CD_NUM_CARDINAL, "members", NULL},
                  {"40 125", 40125, CD_NUM_CARDINAL, "Palestinians", NULL},
                  {"10 250", 10250, CD_NUM_CARDINAL, "refugees", NULL},
                  {"12 737", 12737, CD_NUM_CARDINAL, "people", NULL}},
         COUNT(4),
         .labels = ""},
    };
    check_cases(cases, N_OF(cases));
}

/* A model and its variant, three digits a hyphen and three more after a maker's name, is no range:
 * "20 Boeing 747-400 jets" counts 20 jets; a range after a plural name or a price stays a range. */
static void test_model_variant(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"It bought 20 Boeing 747-400 jets and flew a Boeing 737-800 jet.",
         .want = {{"20", 20, CD_NUM_CARDINAL, "jets", NULL}},
         .tok = {{"20", 10}},
         COUNT(1),
         .labels = "747=747"},
        {"The Smiths had 100-200 guests and paid 300-400 dollars.",
         .want = {{"100-200", 100, CD_NUM_CARDINAL, "guests", NULL},
                  {"300-400 dollars", 300, CD_NUM_MONEY, "USD", NULL}},
         COUNT(2)},
    };
    check_cases(cases, N_OF(cases));
}

static void test_spelled_out(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Eleven boats, twenty-five cars, three hundred bikes, one hundred and five vans, "
         "two thousand and two hundred carts, fifty two planes and minus ten degrees.",
         .want = {{"Eleven", 11, CD_NUM_CARDINAL, "boats", NULL},
                  {"twenty-five", 25, CD_NUM_CARDINAL, "cars", NULL},
                  {"three hundred", 300, CD_NUM_CARDINAL, "bikes", NULL},
                  {"one hundred and five", 105, CD_NUM_CARDINAL, "vans", NULL},
                  {"two thousand and two hundred", 2200, CD_NUM_CARDINAL, "carts", NULL},
                  {"fifty two", 52, CD_NUM_CARDINAL, "planes", NULL},
                  {"minus ten degrees", -10, CD_NUM_MEASURE, "degrees", NULL}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_two_numbers_are_not_one(void **state)
{
    (void)state;
    cd_doc *doc = analyze("Between 40 and 60 fans came. Of 4000 3 hundred left. It was 3 hundred and 2 hundred.", NULL);
    const cd_number *r = num(doc, "40 and 60");
    assert_true(r->is_range);
    assert_value(r->value, 40);
    assert_value(r->value_hi, 60);
    assert_unit(r, "fans");
    check(doc, "4000", 4000, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "3 hundred", 300, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "2 hundred", 200, CD_NUM_CARDINAL, NULL, NULL);
    cd_doc_free(doc);
}

static void test_scales_and_money(void **state)
{
    (void)state;
    const char *t = "The fund lost $3.8 million, then £2.1bn, a $4.5-million fee, €20 and 300 rubles, "
                    "5 euros, 100 yuan, US$ 7, 75 USD million, 10k and 2 million.";
    cd_doc *doc = analyze(t, NULL);
    check(doc, "$3.8 million", 3.8e6, CD_NUM_MONEY, "USD", NULL);
    check(doc, "£2.1bn", 2.1e9, CD_NUM_MONEY, "GBP", NULL);
    check(doc, "$4.5-million", 4.5e6, CD_NUM_MONEY, "USD", NULL);
    check(doc, "€20", 20, CD_NUM_MONEY, "EUR", NULL);
    check(doc, "300 rubles", 300, CD_NUM_MONEY, "RUB", NULL);
    check(doc, "5 euros", 5, CD_NUM_MONEY, "EUR", NULL);
    check(doc, "100 yuan", 100, CD_NUM_MONEY, "CNY", NULL);
    check(doc, "US$ 7", 7, CD_NUM_MONEY, "USD", NULL);
    check(doc, "75 USD million", 75e6, CD_NUM_MONEY, "USD", NULL);
    check(doc, "10k", 1e4, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "2 million", 2e6, CD_NUM_CARDINAL, NULL, NULL);
    const cd_number *m = num(doc, "$3.8 million");
    assert_int_equal(m->span.start, offset_of(t, "$3.8"));
    cd_doc_free(doc);
}

static void test_pounds_of_money_and_of_mass(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"He spent 20 million pounds and lost 25 pounds; it cost 3 dollars 50 cents.",
         .want = {{"20 million pounds", 2e7, CD_NUM_MONEY, "GBP", NULL},
                  {"25 pounds", 25, CD_NUM_MEASURE, "pounds", NULL},
                  {"3 dollars 50 cents", 3.5, CD_NUM_MONEY, "USD", NULL}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_fractions(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Two-thirds of voters, a third of seats, half of them, three-quarters of staff, "
         "one and a half hours, 2 1/2 miles, 3/4 of it, one in five adults, five and a half million.",
         .want = {{"Two-thirds", 2.0 / 3, CD_NUM_FRACTION, NULL, NULL},
                  {"a third", 1.0 / 3, CD_NUM_FRACTION, NULL, NULL},
                  {"half", 0.5, CD_NUM_FRACTION, NULL, NULL},
                  {"three-quarters", 0.75, CD_NUM_FRACTION, NULL, NULL},
                  {"one and a half hours", 1.5, CD_NUM_MEASURE, "hours", NULL},
                  {"2 1/2 miles", 2.5, CD_NUM_MEASURE, "miles", NULL},
                  {"one in five", 0.2, CD_NUM_FRACTION, NULL, NULL},
                  {"five and a half million", 5.5e6, CD_NUM_CARDINAL, NULL, NULL}}},
    };
    check_cases(cases, N_OF(cases));
}

/* "the p/q NOUN" shaped like a month and day, with a denominator prose fractions don't use, names
 * an event, not a fraction; without "the", or before "of" or a unit, it is one. */
static void test_date_shaped_fractions(void **state)
{
    (void)state;
    const char *t = "After the 9/11 attacks, 1/25 of the budget and 5/12 inch of rain; 3/16 of it, 7/10 voted.";
    cd_doc *doc = analyze(t, NULL);
    size_t n = 0;
    const cd_number *all = cd_doc_numbers(doc, &n);
    assert_int_equal(n, 4);
    assert_int_equal(all[0].span.start, 24); /* 1/25 */
    assert_int_equal(all[0].span.stop, 28);
    assert_true(fabs(all[0].value - 0.04) < 1e-12);
    assert_int_equal(all[1].span.start, 47); /* 5/12 inch */
    assert_int_equal(all[1].span.stop, 56);
    assert_int_equal(all[2].span.start, 66); /* 3/16: a sixteenth is a prose fraction */
    assert_true(fabs(all[2].value - 0.1875) < 1e-12);
    assert_int_equal(all[3].span.start, 78); /* 7/10 */
    assert_true(fabs(all[3].value - 0.7) < 1e-12);
    cd_doc_free(doc);
    /* without "the" before them the same shapes stay fractions: ratios, odds */
    doc = analyze("He made 7/15 shots at odds of 1/14.", NULL);
    all = cd_doc_numbers(doc, &n);
    assert_int_equal(n, 2);
    assert_int_equal(all[0].span.start, 8); /* 7/15 */
    assert_int_equal(all[0].span.stop, 12);
    assert_true(fabs(all[0].value - 7.0 / 15) < 1e-12);
    assert_int_equal(all[1].span.start, 30); /* 1/14 */
    assert_int_equal(all[1].span.stop, 34);
    assert_true(fabs(all[1].value - 1.0 / 14) < 1e-12);
    cd_doc_free(doc);
}

static void test_half_is_not_always_a_number(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"In the first half, the team scored twice.",
         .absent = {"half"}},
        /* after an ordinal in digits too: a period; a quarter of something stays a fraction */
        {"Profit rose in the 1st quarter and the 2nd half; a quarter of voters agreed.",
         .want = {{"a quarter", 0.25, CD_NUM_FRACTION, NULL, NULL}},
         COUNT(3),
         .absent = {"half",
                    "quarter"}},
    };
    check_cases(cases, N_OF(cases));
}

/* A fraction word joined by a hyphen to a word that is no number word nor unit begins a compound
 * ("half-time", "a half-hourly service", "quarter-final"); "half" after "the" and a capitalized word
 * ("into the Italian half") or after "own", "final", "last" is a part, without "of" after it. */
static void test_half_in_compounds_and_parts(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"At half-time a half-hourly bus ran to the quarter-final. He kicked into the Italian half, "
         "pinned in their own half in the final quarter of 2004.",
         COUNT(0)},
        {"A half-million people, a half-dozen eggs, a half-mile walk, a quarter-of-an-hour, the Italian half of "
         "the budget and the other half of voters.",
         .want = {{"A half-million", 5e5, CD_NUM_CARDINAL, "people", NULL},
                  {"a half-dozen", 6, CD_NUM_CARDINAL, "eggs", NULL},
                  {"a half-mile", 0.5, CD_NUM_MEASURE, "miles", NULL}},
         COUNT(6),
         .at = {"A half-million"}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_approximate_plurals_and_couple(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Dozens of protesters met hundreds of police; tens of thousands of people watched "
         "a couple of officers and a dozen eggs. Several hundred stayed.",
         .want = {{"Dozens", 12, CD_NUM_CARDINAL, "protesters", "approximate"},
                  {"hundreds", 100, CD_NUM_CARDINAL, "police", "approximate"},
                  {"tens of thousands", 1e4, CD_NUM_CARDINAL, "people", "approximate"},
                  {"a couple", 2, CD_NUM_CARDINAL, "officers", "about"},
                  {"a dozen", 12, CD_NUM_CARDINAL, "eggs", NULL},
                  {"Several hundred", 100, CD_NUM_CARDINAL, NULL, "approximate"}}},
        /* a plural of plurals with no "of" after it is one number too */
        {"Tens of thousands fled; hundreds of millions were spent. Hundreds, thousands came.",
         .want = {{"Tens of thousands", 1e4, CD_NUM_CARDINAL, NULL, "approximate"},
                  {"hundreds of millions", 1e8, CD_NUM_CARDINAL, NULL, "approximate"},
                  {"Hundreds", 100, CD_NUM_CARDINAL, NULL, NULL} /* no "of": two */},
         COUNT(4)},
    };
    check_cases(cases, N_OF(cases));
}

static void test_articles(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"A million people and a hundred cars saw an ad.",
         .want = {{"A million", 1e6, CD_NUM_CARDINAL, "people", NULL},
                  {"a hundred", 100, CD_NUM_CARDINAL, "cars", NULL}},
         COUNT(2)},
    };
    check_cases(cases, N_OF(cases));
}

static void test_percentages(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Prices rose 40%, wages 25 percent, rents 3 per cent and the rate 2.5 percentage points.",
         .want = {{"40%", 40, CD_NUM_PERCENT, "%", NULL},
                  {"25 percent", 25, CD_NUM_PERCENT, "%", NULL},
                  {"3 per cent", 3, CD_NUM_PERCENT, "%", NULL},
                  {"2.5 percentage points", 2.5, CD_NUM_PERCENT_POINTS, "percentage points", NULL}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_measures(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"A 3-inch wall, 3 feet tall and 10 km long, weighs 5 kilograms at 20 degrees, 30 °C; "
         "a 28-year-old ran 10km in 40 minutes at 12 mph.",
         .want = {{"3-inch", 3, CD_NUM_MEASURE, "inches", NULL},
                  {"3 feet", 3, CD_NUM_MEASURE, "feet", NULL},
                  {"10 km", 10, CD_NUM_MEASURE, "kilometers", NULL},
                  {"5 kilograms", 5, CD_NUM_MEASURE, "kilograms", NULL},
                  {"20 degrees", 20, CD_NUM_MEASURE, "degrees", NULL},
                  {"30 °C", 30, CD_NUM_MEASURE, "°C", NULL},
                  {"28-year-old", 28, CD_NUM_MEASURE, "years old", NULL},
                  {"10km", 10, CD_NUM_MEASURE, "kilometers", NULL},
                  {"40 minutes", 40, CD_NUM_MEASURE, "minutes", NULL},
                  {"12 mph", 12, CD_NUM_MEASURE, "mph", NULL}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_compound_measures_and_powers(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"He is 5 feet 2 inches; the park covers 190 km2 and the rate was 1.3x10^6 or 2^10.",
         .want = {{"5 feet 2 inches", 5 + 2.0 / 12, CD_NUM_MEASURE, "feet", NULL},
                  {"190 km2", 190, CD_NUM_MEASURE, "square kilometers", NULL},
                  {"1.3x10^6", 1.3e6, CD_NUM_CARDINAL, NULL, NULL},
                  {"2^10", 1024, CD_NUM_CARDINAL, NULL, NULL}}},
        /* "in" not followed by... a number: no inches */
        {"The 3 feet in the room.",
         .want = {{"3 feet", 3, CD_NUM_MEASURE, "feet", NULL}}},
        /* stones and pounds, pounds and ounces; not a smaller part of a whole larger one, nor another unit */
        {"A 10st 4lb jockey, a 7lb 8oz baby; 3 stone 20 pounds; 5 feet 3 ounces.",
         .want = {{"10st 4lb", 10 + 4.0 / 14, CD_NUM_MEASURE, "stone", NULL},
                  {"7lb 8oz", 7.5, CD_NUM_MEASURE, "pounds", NULL},
                  {"3 stone", 3, CD_NUM_MEASURE, "stone", NULL},
                  {"20 pounds", 20, CD_NUM_MEASURE, "pounds", NULL},
                  {"5 feet", 5, CD_NUM_MEASURE, "feet", NULL}},
         COUNT(6)},
    };
    check_cases(cases, N_OF(cases));
}

static void test_ranges(void **state)
{
    (void)state;
    cd_doc *doc = analyze("It took 40-60 days, 3 to 4 million dollars, two or three weeks and 40 to 60 percent; "
                          "more than 10 and less than 20 tries.",
                          NULL);
    const cd_number *a = num(doc, "40-60 days");
    assert_true(a->is_range);
    assert_value(a->value, 40);
    assert_value(a->value_hi, 60);
    assert_unit(a, "days");
    const cd_number *b = num(doc, "3 to 4 million dollars");
    assert_int_equal(b->kind, CD_NUM_MONEY);
    assert_value(b->value, 3e6);
    assert_value(b->value_hi, 4e6);
    const cd_number *c = num(doc, "two or three weeks");
    assert_value(c->value, 2);
    assert_value(c->value_hi, 3);
    const cd_number *p = num(doc, "40 to 60 percent");
    assert_int_equal(p->kind, CD_NUM_PERCENT);
    const cd_number *q = num(doc, "10 and less than 20");
    assert_true(q->is_range);
    assert_value(q->value_hi, 20);
    assert_approx(q, NULL);
    cd_doc_free(doc);
    /* "or" before a scale that a bare count shares: a range; decimals or a unit before it, no scale
     * or its own scale: alternatives */
    const char *t = "Some two or three million fled; aid of 1.6 or 1.7 billion dlrs; up 2.3 pct or 61.4 billion dlrs; "
                    "1.5 or 2.5 each; 3 million or 5 billion.";
    doc = analyze(t, NULL);
    const cd_number *r = num(doc, "two or three million");
    assert_true(r->is_range);
    assert_value(r->value, 2e6);
    assert_value(r->value_hi, 3e6);
    assert_int_equal(r->span.start, offset_of(t, "two or three million"));
    r = num(doc, "1.6 or 1.7 billion dlrs");
    assert_value(r->value, 1.6e9);
    assert_value(r->value_hi, 1.7e9);
    check(doc, "2.3 pct", 2.3, CD_NUM_PERCENT, "%", NULL);
    check(doc, "61.4 billion dlrs", 6.14e10, CD_NUM_MONEY, "USD", NULL);
    check(doc, "1.5", 1.5, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "2.5", 2.5, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "3 million", 3e6, CD_NUM_CARDINAL, NULL, NULL);
    cd_doc_free(doc);
}

static void test_from_to_is_not_a_range(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Sales fell from 50 to 40 units. Prices rose from 10 to 12.",
         .want = {{"12", 12, CD_NUM_CARDINAL, NULL, NULL}},
         .no_range = {"50",
                     "10"}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_ordinals(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"He was 21st and third; she finished second in the twenty-first race. "
         "A second later it was over, and a second vote came.",
         .want = {{"21st", 21, CD_NUM_ORDINAL, NULL, NULL},
                  {"third", 3, CD_NUM_ORDINAL, NULL, NULL},
                  {"second", 2, CD_NUM_ORDINAL, NULL, NULL},
                  {"twenty-first", 21, CD_NUM_ORDINAL, NULL, NULL},
                  {"A second", 1, CD_NUM_MEASURE, "seconds", NULL},
                  {"a second", 2, CD_NUM_ORDINAL, NULL, NULL}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_qualifiers(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"About 5 came, roughly 6 left, nearly 7 stayed, more than 8 ran, at least 9 sat, "
         "up to 10 slept, fewer than 11 ate, almost 12 cried, 13 or more sang.",
         .want = {{"5", 5, CD_NUM_CARDINAL, NULL, "about"},
                  {"6", 6, CD_NUM_CARDINAL, NULL, "about"},
                  {"7", 7, CD_NUM_CARDINAL, NULL, "under"},
                  {"8", 8, CD_NUM_CARDINAL, NULL, "over"},
                  {"9", 9, CD_NUM_CARDINAL, NULL, "at least"},
                  {"10", 10, CD_NUM_CARDINAL, NULL, "at most"},
                  {"11", 11, CD_NUM_CARDINAL, NULL, "under"},
                  {"12", 12, CD_NUM_CARDINAL, NULL, "under"},
                  {"13", 13, CD_NUM_CARDINAL, NULL, "at least"}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_not_quantities(void **state)
{
    (void)state;
    const char *t = "Call 555-1234 or (213) 555-1234 at 10:30 or 6 pm. He lives at 123 Main St. near Route 66 "
                    "and I-95. The F-16 and COVID-19 and the G7 met; the No. 1 seed ran version 2.0.1 in 1990, "
                    "since 2001, on May 4th and Dec. 5. The one who came is one of them. URL q=30%25. Dial 0870.";
    cd_doc *doc = analyze(t, NULL);
    if (count(doc) != 0) {
        size_t n;
        const cd_number *x = cd_doc_numbers(doc, &n);
        for (size_t i = 0; i < n; i++) print_message("  unexpected: [%s]\n", span_text(doc, x[i].span));
    }
    assert_int_equal(count(doc), 0);
    /* phone numbers, the street number, the route, the identifiers, the label word's number and
     * the version's parts and the code are labels; the clock times, years, dates, the pronoun and the
     * query string are not numbers at all */
    assert_string_equal(labels(doc), "555=555 1234=1234 213=213 555=555 1234=1234 123=123 66=66 95=95 16=16 "
                                     "19=19 7=7 1=1 2=2 0=0 1=1 0870=870");
    cd_doc_free(doc);
}

static void test_names_with_numbers_are_labels(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"About 1,200 commuters use Pier 9 each day. The Apollo 11 crew and Windows 10 users met.",
         .want = {{"1,200", 1200, CD_NUM_CARDINAL, "commuters", "about"}},
         COUNT(1),
         .labels = "9=9 11=11 10=10"},
        /* a capitalized word that opens the sentence, or a known word, is not a name */
        {"Nearly 40 people came. Some 300 left. In March 5 more came. Reuters 12 staff.",
         .want = {{"40", 40, CD_NUM_CARDINAL, "people", "under"}},
         .present = {"300",
                    "12"}},
        /* a lower-case word with a capital inside is a brand's name, also before a comma; not a plural */
        {"He bought an iPhone 8, an iPad 2 and iLife 05; he has 3 iPhones and 5 macs.",
         .want = {{"3", 3, CD_NUM_CARDINAL, "iPhones", NULL},
                  {"5", 5, CD_NUM_CARDINAL, "macs", NULL}},
         COUNT(2),
         .labels = "8=8 2=2 05=5"},
        /* a word listed for another pass's topic (time.c's words of sport) is still a name's word */
        {"The award went to Pro Evolution Soccer 4 and Rugby 08. He played 4 soccer games.",
         .want = {{"4", 4, CD_NUM_LABEL, NULL, NULL}},
         COUNT(1),
         .labels = "4=4 08=8"},
        /* words that name a class or a station by its number; not their plurals */
        {"A Category 5 storm, Phase 3 trials, Type 2 diabetes, a Grade 2 building, alert level 4, "
         "Formula 1 and BBC Radio 4. It took 6 phases and two types.",
         .want = {{"6", 6, CD_NUM_CARDINAL, "phases", NULL},
                  {"two", 2, CD_NUM_CARDINAL, "types", NULL}},
         COUNT(2),
         .labels = "5=5 3=3 2=2 2=2 4=4 1=1 4=4"},
    };
    check_cases(cases, N_OF(cases));
    /* a name in capitals the lexicon does not know, after "the": an index, a product; not a known
     * place, not without "the", not before a counted noun */
    cd_doc *doc = analyze("The S&P 500 fell and the FTSE 100 index, the CAC 40 and the IBM 4361 too. He told AFP 20 "
                  "people; in the UK 500 died; the S&P 500 companies gained.", NULL);
    assert_string_equal(labels(doc), "500=500 100=100 40=40 4361=4361");
    check(doc, "20", 20, CD_NUM_CARDINAL, "people", NULL);
    size_t n;
    const cd_number *all = cd_doc_numbers(doc, &n);
    assert_int_equal(n, 7);
    assert_int_equal(all[5].kind, CD_NUM_CARDINAL); /* the UK's 500 */
    assert_int_equal(all[6].kind, CD_NUM_CARDINAL); /* the S&P 500 companies */
    assert_string_equal(all[6].unit, "companies");
    assert_int_equal(count(doc), 3);
    cd_doc_free(doc);
}

/* Digits spoken one by one ("nine-one-one": three or more one-digit words joined by hyphens) are
 * labels; two ("one-two") or a word of two digits ("one-two-ten") are not. */
static void test_spoken_digits(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Call nine-one-one now after a one-two punch, one-two-ten and three-nought-four.",
         .labels = "nine=9 one=1 one=1 three=3 nought=0 four=4",
         .at = {"nought"}},
    };
    check_cases(cases, N_OF(cases));
}

/* A long chain of one-digit words that ends in a word of two digits is no label, and it is walked
 * once, not again from each of its words (that took minutes on a megabyte); a chain that starts
 * where one that ended badly stopped is read ("ten-one-two-three"). */
static void test_spoken_digits_long_chain(void **state)
{
    (void)state;
    cd_doc *doc = analyze("He said ten-one-two-three, then one-two-three-ten.", NULL);
    assert_string_equal(labels(doc), "one=1 two=2 three=3");
    assert_int_equal(num(doc, "one")->span.start, offset_of("He said ten-one-two-three", "one"));
    cd_doc_free(doc);
    size_t words = 200000, len = words * 4 + 5;
    char *s = malloc(len + 1);
    assert_non_null(s);
    for (size_t k = 0; k < words; k++) memcpy(s + 4 * k, "one-", 4);
    memcpy(s + 4 * words, "ten.", 5);
    doc = analyze(s, NULL);
    assert_string_equal(labels(doc), "");
    cd_doc_free(doc);
    free(s);
}

/* A hyphen apart from a temperature after a lower-case word that asks for a value is its minus
 * ("convert - 20 degrees Fahrenheit", "fell to - 5 °C"); not at a line's start (a bullet), after
 * punctuation, after another word or before other units (a dash: "a record high - 40 °C - on").
 * A hyphen after digits and a space joins two numbers ("75 -300mm"). */
static void test_spaced_minus(void **state)
{
    (void)state;
    static const num_case cases[] = {
        /* four digits of a clock after a preposition of time are a time; else a code */
        {"They met at 0930 and by 0900 GMT, at about 0200 local time, between 2200 and 0700; dial 0000 "
         "or 0870.",
         .want = {{"2200", 2200, CD_NUM_CARDINAL, NULL, NULL} /* no leading zero: read as a count, as before */},
         COUNT(1),
         .labels = "0000=0 0870=870"},
    };
    check_cases(cases, N_OF(cases));
    const char *t = "Ways to convert - 20 degrees Fahrenheit to Celsius.\n- 5 degrees Celsius at dawn. It was cold, - 3 °C "
                    "and the lens is 75 -300mm, the cost - 20 dollars.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *a = num(doc, "- 20 degrees Fahrenheit");
    assert_value(a->value, -20);
    assert_int_equal(a->span.start, offset_of(t, "- 20"));
    assert_string_equal(a->unit, "°F");
    check(doc, "5 degrees Celsius", 5, CD_NUM_MEASURE, "°C", NULL);
    check(doc, "3 °C", 3, CD_NUM_MEASURE, "°C", NULL);
    check(doc, "75", 75, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "300mm", 300, CD_NUM_MEASURE, "millimeters", NULL);
    check(doc, "20 dollars", 20, CD_NUM_MONEY, "USD", NULL);
    assert_int_equal(count(doc), 6);
    cd_doc_free(doc);
    t = "It fell to - 5 °C, with lows of - 12 °C. It hit a record high - 40 °C - on Monday, the highest this "
        "year - 35 degrees Celsius.";
    doc = analyze(t, NULL);
    a = num(doc, "- 5 °C");
    assert_value(a->value, -5);
    assert_int_equal(a->span.start, offset_of(t, "- 5"));
    assert_value(num(doc, "- 12 °C")->value, -12);
    check(doc, "40 °C", 40, CD_NUM_MEASURE, "°C", NULL);
    check(doc, "35 degrees Celsius", 35, CD_NUM_MEASURE, "°C", NULL);
    assert_int_equal(count(doc), 4);
    cd_doc_free(doc);
}

/* "one thousand and five hundred" counts: the time pass reads no round hundred said with "one
 * thousand" as a year (time.c spelled_year), so it is a number, and a range with "from ... to"
 * after "is"; "one thousand seven hundred and eighty nine" and "two thousand and five" stay years. */
static void test_thousands_in_words_are_counts(void **state)
{
    (void)state;
    const char *t = "Prices range from one thousand to one thousand and six hundred. The mill dates from one thousand "
                    "seven hundred and sixty two and was sold in two thousand and five.";
    cd_doc *doc = analyze(t, "2017-12-26");
    const cd_number *r = num(doc, "one thousand to one thousand and six hundred");
    assert_true(r->is_range);
    assert_value(r->value, 1000);
    assert_value(r->value_hi, 1600);
    assert_int_equal(count(doc), 1);
    assert_non_null(find_claim(doc, CD_CLAIM_TIME, "one thousand seven hundred and sixty two"));
    assert_non_null(find_claim(doc, CD_CLAIM_TIME, "two thousand and five"));
    assert_null(find_claim(doc, CD_CLAIM_TIME, "six hundred"));
    cd_doc_free(doc);
}

/* A lower-case "b" after a decimal below 100 is a billion ("lost 1.2b"); not after a name ("Firefox
 * 3.5b"), above 100 ("802.11b"), before more characters ("2.5b1") or after a whole number ("5b"). */
static void test_billions_b(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Uber lost 1.2b in 2016; 12.5b users saw Firefox 3.5b, 802.11b and 2.5b1 and 5b.",
         .want = {{"1.2b", 1.2e9, CD_NUM_CARDINAL, NULL, NULL},
                  {"12.5b", 1.25e10, CD_NUM_CARDINAL, "users", NULL}},
         COUNT(2),
         .at = {"1.2b"}},
    };
    check_cases(cases, N_OF(cases));
}

/* "between 3rd and 5th": a range of ranks; two ordinals joined without "between" stay two. "Nineth"
 * is read as the ninth (a common misspelling the desk wants to see). */
static void test_ordinal_ranges(void **state)
{
    (void)state;
    const char *t = "It placed between 3rd and 5th, between eighth and 15th, the Nineth and the first and second.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *a = num(doc, "3rd and 5th");
    assert_true(a->is_range);
    assert_value(a->value, 3);
    assert_value(a->value_hi, 5);
    assert_int_equal(a->kind, CD_NUM_ORDINAL);
    assert_value(num(doc, "eighth and 15th")->value_hi, 15);
    check(doc, "Nineth", 9, CD_NUM_ORDINAL, NULL, NULL);
    assert_false(num(doc, "first")->is_range);
    check(doc, "second", 2, CD_NUM_ORDINAL, NULL, NULL);
    assert_int_equal(count(doc), 5);
    cd_doc_free(doc);
}

/* "between the 10th and the 15th centuries": ranks with "the" before them, in digits too, are one
 * range (the time pass leaves them: a noun follows the second, or a verb of rank stands before);
 * a descending pair stays two, and with a month, or with nothing after, they are days. */
static void test_ordinal_ranges_with_the(void **state)
{
    (void)state;
    const char *t = "Built between the 10th and the 15th centuries, between the tenth and fifteenth laps, "
                    "between the 5th and 3rd floors. Open between the 10th and 15th of May.";
    cd_doc *doc = analyze(t, "2017-12-26");
    const cd_number *a = num(doc, "10th and the 15th");
    assert_true(a->is_range);
    assert_value(a->value, 10);
    assert_value(a->value_hi, 15);
    assert_int_equal(a->kind, CD_NUM_ORDINAL);
    assert_int_equal(a->span.start, offset_of(t, "10th and the"));
    assert_value(num(doc, "tenth and fifteenth")->value_hi, 15);
    assert_false(num(doc, "5th")->is_range);
    assert_false(num(doc, "3rd")->is_range);
    assert_int_equal(count(doc), 4);
    assert_non_null(find_claim(doc, CD_CLAIM_TIME, "between the 10th and 15th of May"));
    assert_null(find_claim(doc, CD_CLAIM_TIME, "the 10th and the 15th centuries"));
    cd_doc_free(doc);
    /* after a verb of rank the ordinals are places (num_context.tsv code 10); after another verb, days */
    t = "She ranks between the twelfth and the twentieth. It was ranked the 9th. It was placed on the 10th.";
    doc = analyze(t, "2017-12-26");
    a = num(doc, "twelfth and the twentieth");
    assert_int_equal(a->span.start, offset_of(t, "twelfth"));
    assert_value(a->value_hi, 20);
    check(doc, "9th", 9, CD_NUM_ORDINAL, NULL, NULL);
    assert_int_equal(count(doc), 2);
    assert_non_null(find_claim(doc, CD_CLAIM_TIME, "the 10th"));
    assert_null(find_claim(doc, CD_CLAIM_TIME, "the twelfth"));
    cd_doc_free(doc);
}

/* "round", "lap", "stage" label a number standing alone ("in round 4", "Key Stage 2"), so that it
 * counts nothing after ("In round 4 Federer 3 sets" read 4 sets); not a number a counted noun
 * follows ("round three Greek islands", "the fifth round four times") nor a range ("ROUND 18-25"). */
static void test_weak_label_words(void **state)
{
    (void)state;
    const char *t = "In round 4 Federer 3 sets; on lap 12 at Key Stage 2. Oil round three Greek islands, "
                    "out in the fifth round four times, TOP ROUND 18-25.";
    cd_doc *doc = analyze(t, NULL);
    assert_string_equal(labels(doc), "4=4 3=3 12=12 2=2");
    check(doc, "three", 3, CD_NUM_CARDINAL, "islands", NULL);
    assert_int_equal(num(doc, "three")->span.start, offset_of(t, "three"));
    check(doc, "four", 4, CD_NUM_CARDINAL, "times", NULL);
    assert_value(num(doc, "18-25")->value_hi, 25);
    assert_int_equal(count(doc), 4); /* and "fifth" */
    cd_doc_free(doc);
}

/* After "this", "that", "each", "every", "which" or "what" the label word is a noun of its own ("at
 * this stage", "in that round"): a number after it counts ("At this stage 40 had been rescued" read a
 * label 40); so after an ordinal ("lost in the third round 3-1" read a label 3); "by lap 10" stays a
 * label. */
static void test_weak_label_word_after_a_pointer(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"At this stage 40 had been rescued. In that round 12 were out. On every lap 3 fell. By lap 10 he led.",
         .want = {{"40", 40, CD_NUM_CARDINAL, NULL, NULL},
                  {"12", 12, CD_NUM_CARDINAL, NULL, NULL},
                  {"3", 3, CD_NUM_CARDINAL, NULL, NULL}},
         COUNT(3),
         .labels = "10=10"},
        /* an ordinal counts it */
        {"They lost in the third round 3-1. He went out in round one.",
         .want = {{"3", 3, CD_NUM_CARDINAL, NULL, NULL}},
         .labels = "one=1"},
    };
    check_cases(cases, N_OF(cases));
}

/* A fraction word joined by a hyphen to a currency is an amount, no compound word: "up a half-cent",
 * "fell a quarter-cent", "a half-penny" (read nothing), as "half-time" is one. */
static void test_fraction_joined_to_a_currency(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Shares were up a half-cent. The dollar fell a quarter-cent. It rose a half-penny at half-time.",
         .want = {{"a half-cent", 0.5, CD_NUM_MONEY, "cents", NULL},
                  {"a quarter-cent", 0.25, CD_NUM_MONEY, "cents", NULL},
                  {"a half-penny", 0.5, CD_NUM_MONEY, "pence", NULL}},
         COUNT(3)},
    };
    check_cases(cases, N_OF(cases));
}

/* In a line of scores the second side is no noun the first number counts: "Jets 24 Bills 17" read 24
 * Bills, "Bears 24 Lions 17" 24 Lions; "He owns 24 Picassos" counts them. */
static void test_score_line_counts_no_side(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Final: Jets 24 Bills 17",
         .want = {{"24", 24, CD_NUM_CARDINAL, NULL, NULL}}},
        {"Bears 24 Lions 17",
         .want = {{"24", 24, CD_NUM_CARDINAL, NULL, NULL}}},
        {"He owns 24 Picassos.",
         .want = {{"24", 24, CD_NUM_CARDINAL, "Picassos", NULL}}},
    };
    check_cases(cases, N_OF(cases));
}

/* "-and-" joins number words as "and" does: "three-and-a-half hours" read 3 (no unit), "one-and-a-half
 * million" nothing; "rock-and-roll" joins nothing. */
static void test_hyphenated_and_a_half(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"The jury sat for three-and-a-half hours. Some one-and-a-half million workers pay. "
         "It ran 15-and-a-half miles. The rock-and-roll band played.",
         .want = {{"three-and-a-half hours", 3.5, CD_NUM_MEASURE, "hours", NULL},
                  {"one-and-a-half million", 1.5e6, CD_NUM_CARDINAL, "workers", "about"},
                  {"15-and-a-half miles", 15.5, CD_NUM_MEASURE, "miles", NULL}},
         COUNT(3)},
    };
    check_cases(cases, N_OF(cases));
}

/* "several hundred million pounds" is 1e8 (a scale after "several hundred"); after an amount in
 * millions a range's "798m" is a million too ("$779m-798m"), not metres ("a 5m-10m wall" stays);
 * a capitalized plural before another capitalized word opens a name, no counted noun ("a 2-1
 * Champions League lead", "three Lions Tests" counts Tests), but a nationality stays one. */
static void test_scales_ranges_and_names(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Barcelona secured a 2-1 Champions League lead; he played all three Lions Tests. Troops killed 40 "
         "Palestinians Tuesday.",
         .want = {{"1", 1, CD_NUM_CARDINAL, NULL, NULL},
                  {"three", 3, CD_NUM_CARDINAL, "Tests", NULL},
                  {"40", 40, CD_NUM_CARDINAL, "Palestinians", NULL}}},
    };
    check_cases(cases, N_OF(cases));
    const char *t = "It costs several hundred million pounds, or $779m-798m, for a 5m-10m wall.";
    cd_doc *doc = analyze(t, NULL);
    check(doc, "several hundred million pounds", 1e8, CD_NUM_MONEY, "GBP", "approximate");
    const cd_number *r = num(doc, "$779m-798m");
    assert_int_equal(r->span.start, offset_of(t, "$779m"));
    assert_true(r->is_range);
    assert_value(r->value, 7.79e8);
    assert_value(r->value_hi, 7.98e8);
    assert_int_equal(r->kind, CD_NUM_MONEY);
    assert_value(num(doc, "5m-10m")->value_hi, 10);
    assert_unit(num(doc, "5m-10m"), "meters");
    assert_int_equal(count(doc), 3);
    cd_doc_free(doc);
}

/* "30 Airbus A320 planes" counts planes (a model's code: capitals with digits, the digits a
 * label); "30 million fewer workers" counts workers; "one" after an article and an adjective is a
 * pronoun ("a good one on Thursday"), not after "number" (a rank's label) nor before a counted noun. */
static void test_codes_fewer_and_pronoun_one(void **state)
{
    (void)state;
    const char *t = "Air Deccan ordered 30 Airbus A320 planes; 30 million fewer workers. Make it a good one on "
                    "Thursday: the number one spot, a big one, one set of people.";
    cd_doc *doc = analyze(t, NULL);
    check(doc, "30", 30, CD_NUM_CARDINAL, "planes", NULL);
    assert_int_equal(num(doc, "30")->span.start, offset_of(t, "30 Airbus"));
    check(doc, "30 million", 3e7, CD_NUM_CARDINAL, "workers", NULL);
    assert_string_equal(labels(doc), "320=320 one=1"); /* "the number one spot": a rank (test_number_labels.c) */
    assert_int_equal(count(doc), 3); /* 30, 30 million, one set */
    assert_int_equal(num(doc, "one")->span.start, offset_of(t, "one spot"));
    cd_doc_free(doc);
}

/* Reuters writes amounts "5.3 mln dlrs", "two mln dlrs", "a 131.5 mln dlr contract", "20 cts",
 * "10 mln stg": money, with a scale abbreviation after words too ("five bln yen"); a scale
 * abbreviation attached to words is no scale ("one bnx"), nor after an ordinal. */
static void test_reuters_amounts(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Net 5.3 mln dlrs vs two mln dlrs, a 131.5 mln dlr contract, 20 cts a share, 10 mln stg, five "
         "bln yen; the third mln.",
         .want = {{"5.3 mln dlrs", 5.3e6, CD_NUM_MONEY, "USD", NULL},
                  {"two mln dlrs", 2e6, CD_NUM_MONEY, "USD", NULL},
                  {"131.5 mln dlr", 1.315e8, CD_NUM_MONEY, "USD", NULL},
                  {"20 cts a share", 20, CD_NUM_MONEY, "cents per share", NULL},
                  {"10 mln stg", 1e7, CD_NUM_MONEY, "GBP", NULL},
                  {"five bln yen", 5e9, CD_NUM_MONEY, "JPY", NULL},
                  {"third", 3, CD_NUM_ORDINAL, NULL, NULL}},
         COUNT(7),
         .at = {"two mln dlrs"}},
        /* a currency's country before "dlrs"; "marks" are money with a scale only; "mths" are months */
        {"Nine mths net 5.3 mln Canadian dlrs vs 4 mln U.S. dlrs and 500 mln marks; 5 marks out of 10.",
         .want = {{"Nine mths", 9, CD_NUM_MEASURE, "months", NULL},
                  {"5.3 mln Canadian dlrs", 5.3e6, CD_NUM_MONEY, "CAD", NULL},
                  {"4 mln U.S. dlrs", 4e6, CD_NUM_MONEY, "USD", NULL},
                  {"500 mln marks", 5e8, CD_NUM_MONEY, "DEM", NULL},
                  {"5", 5, CD_NUM_CARDINAL, "marks", NULL}},
         .at = {"500 mln marks"}},
    };
    check_cases(cases, N_OF(cases));
}

/* "two quarters" before a word other than "of" or a scale counts periods ("the first two quarters
 * will be stronger", "grown for 6 quarters but"); "three quarters of voters", "three quarters
 * billion", "one hundred and three quarters" and a clause's last "three quarters" are fractions. */
static void test_quarters_counted(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"The first two quarters will be strong; it grew for 6 quarters but three quarters of voters, "
         "three quarters billion dollars, one hundred and three quarters, three quarters.",
         .want = {{"two", 2, CD_NUM_CARDINAL, NULL, NULL},
                  {"6", 6, CD_NUM_CARDINAL, NULL, NULL},
                  {"three quarters", 0.75, CD_NUM_FRACTION, NULL, NULL},
                  {"three quarters billion dollars", 7.5e8, CD_NUM_MONEY, "USD", NULL},
                  {"one hundred and three quarters", 100.75, CD_NUM_FRACTION, NULL, NULL}},
         COUNT(7), /* and "first" */
         .at = {"two"}},
    };
    check_cases(cases, N_OF(cases));
}

/* A data unit with a lower-case "b" after K, M, G or T counts bits ("15Mb", "2 Kb per second"),
 * "MB", "mb" and "kb" bytes; "second" after "per" is no ordinal; "after 9/11" names the event,
 * "made 7/15 shots" and "after 5/12 of the votes" are fractions. */
static void test_bits_seconds_and_events(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Up to 15Mb (megabits per second), 2 Kb per second, a 512MB card, a 20 mb file; after 9/11 "
         "he made 7/15 shots after 5/12 of the votes.",
         .want = {{"15Mb", 15, CD_NUM_MEASURE, "megabits", "at most"},
                  {"2 Kb per second", 2, CD_NUM_MEASURE, "kilobits per second", NULL},
                  {"512MB", 512, CD_NUM_MEASURE, "megabytes", NULL},
                  {"20 mb", 20, CD_NUM_MEASURE, "megabytes", NULL},
                  {"7/15", 7.0 / 15, CD_NUM_FRACTION, NULL, NULL},
                  {"5/12", 5.0 / 12, CD_NUM_FRACTION, NULL, NULL}},
         COUNT(6),
         .at = {"15Mb"}},
    };
    check_cases(cases, N_OF(cases));
}

/* A number in words capitalized inside a sentence before another capitalized word is a word of a
 * name ("the Six Nations", "Million Dollar Baby", "Welsh First Minister"): no quantity; at a
 * sentence's start, after a colon or before a month it stays a number. */
static void test_number_words_in_names(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Wales won the Six Nations; Million Dollar Baby won, said Welsh First Minister Rhodri Morgan. "
         "Three People died. He said: Four Men fled. It opens on Five May.",
         .want = {{"Three", 3, CD_NUM_CARDINAL, "People", NULL},
                  {"Four", 4, CD_NUM_CARDINAL, "Men", NULL},
                  {"Five", 5, CD_NUM_CARDINAL, NULL, NULL}},
         COUNT(3),
         .labels = "Six=6",
         .at = {"Three"}},
    };
    check_cases(cases, N_OF(cases));
}

/* Labels (CD_NUM_LABEL): digits that name a thing, shown to the editor with their offsets and
 * the digits' value; never a claim's quantity. Dates, periods, clock times and the pieces of a
 * path are no labels. */
static void test_labels(void **state)
{
    (void)state;
    static const num_case cases[] = {
        /* must not: a date, a period, a clock time, a decade, an event written as a date */
        {"Flight 370 carried 239 people in the 1990s, on 12-26-2017, in the 2013-14 season at 6 pm, "
         "after the 9/11 attacks.",
         .want = {{"239", 239, CD_NUM_CARDINAL, "people", NULL}},
         COUNT(1),
         .labels = "370=370"},
        /* lower-case words joined to digits write amounts, ages and periods; an HTML entity, a clock
        * time in four digits, a tie-break and a season are no names */
        {"Shares fell to 44p; the over-55s in mid-2005 paid &#163;5 at 0930 and won 7-6 (7/5) in the "
         "1992/93 season.",
         .labels = ""},
        /* capitalized names joined to digits, and a label word before an identifier, are */
        {"He met U2, MP3 fans and the G7 at Windows 95 and Section 11b, in season 1992/93.",
         COUNT(0),
         .labels = "2=2 3=3 7=7 95=95 11=11"},
    };
    check_cases(cases, N_OF(cases));
    const char *t = "Its IP is 192.168.1.2; call +1-222-2222/2222 about SCP-173 or version two.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count(doc), 0);
    assert_string_equal(labels(doc), "192=192 168=168 1=1 2=2 1=1 222=222 2222=2222 2222=2222 173=173 two=2");
    const cd_number *ip = num(doc, "168");
    assert_int_equal(ip->span.start, offset_of(t, "168"));
    assert_int_equal(ip->span.stop, offset_of(t, "168") + 3);
    assert_int_equal(num(doc, "two")->span.start, offset_of(t, "two"));
    cd_doc_free(doc);
}

/* The labels join the numbers in text order after the claims are made: a claim's numbers are still
 * its quantities, and no label makes a claim. */
static void test_labels_keep_claims(void **state)
{
    (void)state;
    cd_doc *doc = analyze("Flight 370 carried 239 people and Route 9 had 41 crashes.", NULL);
    size_t n, nc;
    const cd_number *all = cd_doc_numbers(doc, &n);
    const cd_claim *claims = cd_doc_claims(doc, &nc);
    assert_int_equal(n, 4);
    assert_int_equal(all[0].kind, CD_NUM_LABEL);
    assert_int_equal(all[2].kind, CD_NUM_LABEL);
    size_t quantity = 0;
    for (size_t i = 0; i < nc; i++) {
        if (claims[i].kind != CD_CLAIM_QUANTITY) continue;
        assert_int_equal(claims[i].number_count, 1);
        const cd_number *x = &all[claims[i].number_first];
        assert_int_not_equal(x->kind, CD_NUM_LABEL);
        assert_string_equal(span_text(doc, x->span), quantity == 0 ? "239" : "41");
        quantity++;
    }
    assert_int_equal(quantity, 2);
    cd_doc_free(doc);
}

static void test_one_as_a_number(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"One person died. Let us try one last time.",
         .want = {{"One", 1, CD_NUM_CARDINAL, NULL, NULL},
                  {"one", 1, CD_NUM_CARDINAL, NULL, NULL}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_years_with_counted_nouns(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"There were 2000 cases in the 2016 elections.",
         .want = {{"2000", 2000, CD_NUM_CARDINAL, "cases", NULL}},
         .absent = {"2016"}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_token_ranges_and_parse_at(void **state)
{
    (void)state;
    cd_doc *doc = analyze("Just over 450 stayed.", NULL);
    size_t n;
    const cd_number *x = cd_doc_numbers(doc, &n);
    assert_int_equal(n, 1);
    assert_int_equal(x[0].span.start, 10);
    assert_int_equal(x[0].span.stop, 13);
    assert_int_equal(x[0].sentence, 0);
    cd_doc_free(doc);
}

static void test_hostile_digits(void **state)
{
    (void)state;
    char *big = malloc(5001);
    assert_non_null(big);
    memset(big, '9', 5000);
    big[5000] = 0;
    cd_doc *doc = analyze(big, NULL); /* 10^5000 is no finite number: not reported, no crash */
    assert_int_equal(count(doc), 0);
    cd_doc_free(doc);
    free(big);
    doc = analyze("- - $ £ 1,,2 ..3 1e 1e- 5/0 and ½", NULL);
    check(doc, "½", 0.5, CD_NUM_FRACTION, NULL, NULL);
    cd_doc_free(doc);
}

static void test_fractions_spelled_out(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Costs fell by a hundred trillionths. Take one hundred thirty-fifths, one hundred and "
         "thirty-two fifths, one hundred and three quarters, three twenty-firsts, one twenty-fifth and "
         "two and fifty-four hundredths. He got a twenty-first.",
         .want = {{"a hundred trillionths", 1e-10, CD_NUM_FRACTION, NULL, NULL},
                  {"one hundred thirty-fifths", 100.0 / 35, CD_NUM_FRACTION, NULL, NULL},
                  {"one hundred and thirty-two fifths", 132.0 / 5, CD_NUM_FRACTION, NULL, NULL},
                  {"one hundred and three quarters", 100.75, CD_NUM_FRACTION, NULL, NULL},
                  {"three twenty-firsts", 3.0 / 21, CD_NUM_FRACTION, NULL, NULL},
                  {"one twenty-fifth", 0.04, CD_NUM_FRACTION, NULL, NULL},
                  {"two and fifty-four hundredths", 2.54, CD_NUM_FRACTION, NULL, NULL},
                  {"a twenty-first", 1.0 / 21, CD_NUM_FRACTION, NULL, NULL}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_ordinals_that_look_like_fractions(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"She won a third term. A third said no. One fifth-grade pupil came to a twenty-first "
         "birthday with seven twenty-first century artists. Twenty seconds later, a thousand "
         "quarters fell.",
         .want = {{"a third", 3, CD_NUM_ORDINAL, NULL, NULL},
                  {"A third", 1.0 / 3, CD_NUM_FRACTION, NULL, NULL},
                  {"fifth", 5, CD_NUM_ORDINAL, NULL, NULL},
                  {"twenty-first", 21, CD_NUM_ORDINAL, NULL, NULL},
                  {"seven", 7, CD_NUM_CARDINAL, NULL, NULL},
                  {"Twenty seconds", 20, CD_NUM_MEASURE, "seconds", NULL},
                  {"a thousand", 1000, CD_NUM_CARDINAL, NULL, NULL}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_over_as_a_fraction(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"The odds are 1 over 3, or one over twenty; it read negative one over 20.",
         .want = {{"1 over 3", 1.0 / 3, CD_NUM_FRACTION, NULL, NULL},
                  {"one over twenty", 0.05, CD_NUM_FRACTION, NULL, NULL},
                  {"negative one over 20", -0.05, CD_NUM_FRACTION, NULL, NULL}},
         COUNT(3)},
        /* "over" meaning "more than": a noun, unit or percent after it, or no proper fraction */
        {"Prices rose 2 over 3 days. The bill passed 60 over 40. They won 5 over 10 percent. "
         "He shot 1 over par.",
         .want = {{"2", 2, CD_NUM_CARDINAL, NULL, NULL},
                  {"3 days", 3, CD_NUM_MEASURE, "days", "over"},
                  {"40", 40, CD_NUM_CARDINAL, NULL, "over"},
                  {"10 percent", 10, CD_NUM_PERCENT, "%", "over"},
                  {"1", 1, CD_NUM_CARDINAL, NULL, NULL}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_scales_of_scales(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"The plan costs three lakh crore rupees, or Rs. 2 lakh crore; it serves two thousand "
         "million people; 5 million 2 thousand came.",
         .want = {{"three lakh crore rupees", 3e12, CD_NUM_MONEY, "INR", NULL},
                  {"Rs. 2 lakh crore", 2e12, CD_NUM_MONEY, "INR", NULL},
                  {"two thousand million", 2e9, CD_NUM_CARDINAL, "people", NULL},
                  {"5 million 2 thousand", 5002000, CD_NUM_CARDINAL, NULL, NULL}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_scale_letters(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"It earned $1.2b on 1.2B shares and 10G, then 1,674.5 G and 2.33 k; later 2.5 M.",
         .want = {{"$1.2b", 1.2e9, CD_NUM_MONEY, "USD", NULL},
                  {"1.2B", 1.2e9, CD_NUM_CARDINAL, "shares", NULL},
                  {"10G", 1e10, CD_NUM_CARDINAL, NULL, NULL},
                  {"1,674.5 G", 1.6745e12, CD_NUM_CARDINAL, NULL, NULL},
                  {"2.33 k", 2330, CD_NUM_CARDINAL, NULL, NULL},
                  {"2.5 M", 2.5e6, CD_NUM_CARDINAL, NULL, NULL}}},
    };
    check_cases(cases, N_OF(cases));
    /* network generations, labels, metres and grams; a letter after a space needs a decimal */
    cd_doc *doc = analyze("Its 4G, 2.5G and 5G networks, Section 11b, 802.11b, a 2.5 m wall, 10g of salt.", NULL);
    check(doc, "2.5 m", 2.5, CD_NUM_MEASURE, "meters", NULL);
    check(doc, "10g", 10, CD_NUM_MEASURE, "grams", NULL);
    if (count(doc) != 2) show_all(doc);
    assert_int_equal(count(doc), 2);
    assert_string_equal(labels(doc), "4=4 2.5=2.5 5=5 11=11"); /* no name before "802.11b" */
    cd_doc_free(doc);
    /* a "b" after a label word is a part, not a billion; a clause and a paragraph are named */
    doc = analyze("Under clause 2.1b and paragraph 4 of the deal, it lost 1.2b and section 3.5b.", NULL);
    check(doc, "1.2b", 1.2e9, CD_NUM_CARDINAL, NULL, NULL);
    if (count(doc) != 1) show_all(doc);
    assert_int_equal(count(doc), 1);
    assert_string_equal(labels(doc), "2.1=2.1 4=4 3.5=3.5");
    cd_doc_free(doc);
}

static void test_currency_codes_and_abbreviations(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Losses above 30 MUSD, revenue of MAUD 60, costs of 500 kEUR and Rs. 500 were reported.",
         .want = {{"30 MUSD", 3e7, CD_NUM_MONEY, "USD", "over"},
                  {"MAUD 60", 6e7, CD_NUM_MONEY, "AUD", NULL},
                  {"500 kEUR", 5e5, CD_NUM_MONEY, "EUR", NULL},
                  {"Rs. 500", 500, CD_NUM_MONEY, "INR", NULL}}},
        /* a code that ends a sentence is no abbreviation; a scaled code needs its amount */
        {"It costs 5 USD. 50 people came to the MUSD office.",
         .want = {{"5 USD", 5, CD_NUM_MONEY, "USD", NULL},
                  {"50", 50, CD_NUM_CARDINAL, "people", NULL}},
         COUNT(2)},
    };
    check_cases(cases, N_OF(cases));
}

/* A number may start right after a curly quote or a dash (they start none themselves), at a
 * currency sign or a vulgar fraction, or at "few"/"several" before a scale. */
static void test_start_tokens(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"\xE2\x80\x9C\xC2\xA3"
         "5\xE2\x80\x9D, \xE2\x80\x94\xE2\x82\xAC"
         "3 and \xC2\xBD cup; a few thousand fans.",
         .want = {{"\xC2\xA3" "5", 5, CD_NUM_MONEY, "GBP", NULL},
                  {"\xE2\x82\xAC" "3", 3, CD_NUM_MONEY, "EUR", NULL},
                  {"\xC2\xBD cup", 0.5, CD_NUM_MEASURE, "cups", NULL},
                  {"few thousand", 1000, CD_NUM_CARDINAL, "fans", "approximate"}},
         .tok = {{"\xC2\xA3" "5", 3},
                {"\xE2\x82\xAC" "3", 14}},
         COUNT(4)},
        /* a currency word starts an amount only before a number: "A$4.50", "US$ 5"; "the US said" is none */
        {"It fell to A$4.50 and US$ 5, the US said; a lot more.",
         .want = {{"A$4.50", 4.5, CD_NUM_MONEY, "AUD", NULL},
                  {"US$ 5", 5, CD_NUM_MONEY, "USD", NULL}},
         .tok = {{"A$4.50", 11}},
         COUNT(2)},
        /* quotes, dashes and "few" alone start nothing */
        {"\xE2\x80\x9C"
         "Few came\xE2\x80\x9D \xE2\x80\x93 \xE2\x80\x98"
         "a\xE2\x80\x99 few.",
         COUNT(0)},
    };
    check_cases(cases, N_OF(cases));
}

/* A four-digit number before 1900 that counts a noun is no year, also where a date preposition
 * comes before it ("in 1500 troops", "between 1000 and 1500 troops"); a year of history stays one. */
static void test_counts_before_1900_are_no_years(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"In 1066 the Normans came. Built between 1200 and 1500, the walls stand.",
         COUNT(0)},
    };
    check_cases(cases, N_OF(cases));
    cd_doc *doc = analyze("They sent in 1500 troops, between 1000 and 1500 soldiers.", NULL);
    check(doc, "1500", 1500, CD_NUM_CARDINAL, "troops", NULL);
    assert_int_equal(num(doc, "1500")->span.tstart, 13);
    const cd_number *r = num(doc, "1000 and 1500");
    assert_int_equal(r->span.tstart, 34);
    assert_value(r->value_hi, 1500);
    assert_int_equal(count(doc), 2);
    cd_doc_free(doc);
}

/* "30C", "-5C": a capital C right after the digits is degrees Celsius; not in a name ("Room 12C"),
 * not before a slash (cents, "14.7C/ per share"), and "13F" and "30c" are no temperatures. Written
 * one space apart ("40 C (104 F)"), where nothing after it names a thing. */
static void test_celsius_letter(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"It was 30C in Madrid, -5C in Oslo.",
         .want = {{"30C", 30, CD_NUM_MEASURE, "\xC2\xB0" "C", NULL},
                  {"-5C", -5, CD_NUM_MEASURE, "\xC2\xB0" "C", NULL}},
         .tok = {{"30C", 7},
                {"-5C", 22}},
         COUNT(2)},
        /* a part a label word names: a section's, a clause's */
        {"It falls under section 3 C of the act and clause 14C of the deal.",
         .want = {{"3", 3, CD_NUM_LABEL, NULL, NULL}},
         COUNT(0)},
        /* a class of the plural noun after it: a grade, a battery's size; a singular noun keeps the heat */
        {"She got 3 C grades, bought 4 C batteries and felt a 40 C heat.",
         .want = {{"3", 3, CD_NUM_CARDINAL, "grades", NULL},
                  {"4", 4, CD_NUM_CARDINAL, "batteries", NULL},
                  {"40 C", 40, CD_NUM_MEASURE, "°C", NULL}},
         .tok = {{"40 C", 52}},
         COUNT(3)},
    };
    check_cases(cases, N_OF(cases));
    cd_doc *doc = analyze("Go to Room 12C. It paid 14.7C/ per share. When is 13F due? We paid 30c.", NULL);
    for (size_t i = 0, n = count(doc); i < n; i++) assert_int_not_equal(cd_doc_numbers(doc, &n)[i].kind, CD_NUM_MEASURE);
    cd_doc_free(doc);
    doc = analyze("The 35C heat broke. Lows down to minus 30 C are due; it was 40 C (104 F) in Perth and 35 C.", NULL);
    check(doc, "35C", 35, CD_NUM_MEASURE, "\xC2\xB0" "C", NULL);
    check(doc, "minus 30 C", -30, CD_NUM_MEASURE, "\xC2\xB0" "C", NULL);
    check(doc, "40 C", 40, CD_NUM_MEASURE, "\xC2\xB0" "C", NULL);
    check(doc, "104 F", 104, CD_NUM_MEASURE, "\xC2\xB0" "F", NULL);
    check(doc, "35 C", 35, CD_NUM_MEASURE, "\xC2\xB0" "C", NULL);
    assert_int_equal(count(doc), 5);
    cd_doc_free(doc);
    /* written apart: not before a capitalized word, digits or a mark that goes on; F only in brackets */
    doc = analyze("He lives at 1500 C Street. It bought 172 F-110 engines, 3 C 5 and 40 F in all; ok 12 C-30; "
                  "hemoglobin A1C.", NULL);
    for (size_t i = 0, n = count(doc); i < n; i++) assert_int_not_equal(cd_doc_numbers(doc, &n)[i].kind, CD_NUM_MEASURE);
    cd_doc_free(doc);
}

/* "95F" glued is Fahrenheit where what is around says temperature: a Celsius figure beside it in
 * brackets ("35C (95F)", "95F (35C)") or a weather word in the clause ("highs of 95F", "95F heat");
 * else the letter is a grade, a size or a floor ("a 36F bra", "got 5F", "on 5F"). */
static void test_fahrenheit_letter(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"It was 35C (95F) in Madrid, 100F (38C) in Dallas and highs of 95F in Phoenix.",
         .want = {{"35C", 35, CD_NUM_MEASURE, "\xC2\xB0" "C", NULL},
                  {"95F", 95, CD_NUM_MEASURE, "\xC2\xB0" "F", NULL},
                  {"100F", 100, CD_NUM_MEASURE, "\xC2\xB0" "F", NULL},
                  {"38C", 38, CD_NUM_MEASURE, "\xC2\xB0" "C", NULL}},
         .tok = {{"95F", 12}},
         COUNT(5)},
    };
    check_cases(cases, N_OF(cases));
    cd_doc *doc = analyze("She wears a 36F bra. He got 5F twice. The office is on 5F.", NULL);
    for (size_t i = 0, n = count(doc); i < n; i++) assert_int_not_equal(cd_doc_numbers(doc, &n)[i].kind, CD_NUM_MEASURE);
    cd_doc_free(doc);
}

/* A rate after a unit: "per", "/" or (a unit of time only) "a"/"an"; a number of time takes no
 * rate ("5 hours a day"), nor does a percentage; a range's first end takes the rate of its second. */
static void test_rates(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"He works 5 hours a day, 3 feet per se, 2% per year and 5 kg a head at 3 km/s2.",
         .want = {{"5 hours", 5, CD_NUM_MEASURE, "hours", NULL},
                  {"3 feet", 3, CD_NUM_MEASURE, "feet", NULL},
                  {"2%", 2, CD_NUM_PERCENT, "%", NULL},
                  {"5 kg", 5, CD_NUM_MEASURE, "kilograms", NULL},
                  /* a power glued to the second unit makes an acceleration (test_units_powered_rates.c) */
                  {"3 km/s2", 3, CD_NUM_MEASURE, "kilometers per square second", NULL}}},
    };
    check_cases(cases, N_OF(cases));
    cd_doc *doc = analyze("It pumps 84 million barrels a day, 3 tonnes per hectare and 95g/km; between one gigabyte "
                          "and 40 gigabytes a month.", NULL);
    check(doc, "84 million barrels a day", 8.4e7, CD_NUM_MEASURE, "barrels per day", NULL);
    assert_int_equal(num(doc, "84 million barrels a day")->span.tstart, 9);
    check(doc, "3 tonnes per hectare", 3, CD_NUM_MEASURE, "tons per hectare", NULL);
    check(doc, "95g/km", 95, CD_NUM_MEASURE, "grams per kilometer", NULL);
    const cd_number *r = num(doc, "one gigabyte and 40 gigabytes a month");
    assert_value(r->value_hi, 40);
    assert_unit(r, "gigabytes per month");
    assert_int_equal(count(doc), 4);
    cd_doc_free(doc);
}

/* Units of the news beyond length and weight: oil, power, climate, noise, radiation, bandwidth. */
static void test_news_units(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"It pumps 474,000 bpd, 30 TWh, 410 ppm, 85 dB, 20 mSv, 36 gigatonnes, 100 Mbps and 20,000 TEUs.",
         .want = {{"474,000 bpd", 474000, CD_NUM_MEASURE, "barrels per day", NULL},
                  {"30 TWh", 30, CD_NUM_MEASURE, "TWh", NULL},
                  {"410 ppm", 410, CD_NUM_MEASURE, "parts per million", NULL},
                  {"85 dB", 85, CD_NUM_MEASURE, "decibels", NULL},
                  {"20 mSv", 20, CD_NUM_MEASURE, "millisieverts", NULL},
                  {"36 gigatonnes", 36, CD_NUM_MEASURE, "gigatons", NULL},
                  {"100 Mbps", 100, CD_NUM_MEASURE, "megabits per second", NULL},
                  {"20,000 TEUs", 20000, CD_NUM_MEASURE, "TEUs", NULL}},
         .tok = {{"474,000 bpd", 9}}},
        /* radiation doses in grays; "gray" spelled out is a colour, a modifier of the noun counted */
        {"A scan gives 14 mGy, 5 gray cats.",
         .want = {{"14 mGy", 14, CD_NUM_MEASURE, "milligrays", NULL},
                  {"5", 5, CD_NUM_CARDINAL, "cats", NULL}}},
        /* "cc" only right after the digits: "5 cc" is a copy line */
        {"a 250cc engine, 5 cc the editor",
         .want = {{"250cc", 250, CD_NUM_MEASURE, "cubic centimeters", NULL},
                  {"5", 5, CD_NUM_CARDINAL, NULL, NULL}}},
    };
    check_cases(cases, N_OF(cases));
    /* units that hold a scale (energy news): the value is scaled, a range's first end too; "mb"
     * alone stays megabytes, "kb" kilobytes */
    cd_doc *doc = analyze("Output of 1.2-1.5 mb/d, 700 kbpd, 55 bcm, 40 tcf, 10 mmBtu at $3 per mmBtu; 2 mb, 3 kb.", NULL);
    check(doc, "1.2-1.5 mb/d", 1.2e6, CD_NUM_MEASURE, "barrels per day", NULL);
    assert_value(num(doc, "1.2-1.5 mb/d")->value_hi, 1.5e6);
    check(doc, "700 kbpd", 7e5, CD_NUM_MEASURE, "barrels per day", NULL);
    check(doc, "55 bcm", 5.5e10, CD_NUM_MEASURE, "cubic meters", NULL);
    check(doc, "40 tcf", 4e13, CD_NUM_MEASURE, "cubic feet", NULL);
    check(doc, "10 mmBtu", 1e7, CD_NUM_MEASURE, "British thermal units", NULL);
    check(doc, "$3 per mmBtu", 3, CD_NUM_MONEY, "USD per million British thermal units", NULL);
    check(doc, "2 mb", 2, CD_NUM_MEASURE, "megabytes", NULL);
    check(doc, "3 kb", 3, CD_NUM_MEASURE, "kilobytes", NULL);
    assert_int_equal(count(doc), 8);
    cd_doc_free(doc);
}

/* A lower-case "m" is a million before a unit, a counted noun after a decimal, or people; metres
 * elsewhere ("100m hurdles", "16.87m jump", "the 100m men's final", "400m runners"). */
static void test_million_m(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Stocks fell 1m barrels. It drew 10.9m viewers and 4m people.",
         .want = {{"1m barrels", 1e6, CD_NUM_MEASURE, "barrels", NULL},
                  {"10.9m", 1.09e7, CD_NUM_CARDINAL, "viewers", NULL},
                  {"4m", 4e6, CD_NUM_CARDINAL, "people", NULL}},
         .tok = {{"1m barrels", 12}},
         COUNT(3)},
        /* any plural counted noun no length measures, as news writes millions: must fire */
        {"Unions for 4m workers and 14m customers met; 3m new jobs came.",
         .want = {{"4m", 4e6, CD_NUM_CARDINAL, "workers", NULL},
                  {"14m", 1.4e7, CD_NUM_CARDINAL, "customers", NULL},
                  {"3m", 3e6, CD_NUM_CARDINAL, "jobs", NULL}},
         .tok = {{"4m", 11}},
         COUNT(3)},
    };
    check_cases(cases, N_OF(cases));
    cd_doc *doc = analyze("He won the 100m hurdles, a 16.87m jump, the 100m men's final and beat 400m runners. They laid 10m pipes.", NULL);
    size_t n;
    const cd_number *all = cd_doc_numbers(doc, &n);
    assert_int_equal(n, 5);
    for (size_t i = 0; i < n; i++) assert_string_equal(all[i].unit, "meters");
    cd_doc_free(doc);
    /* must not: a singular noun, a race's plural (num_length.tsv), a name, an adverb in -s */
    doc = analyze("A 4m wall, the 800m heats, 60m races, the 1500m AAAs, the 400m senior hurdles; he ran 60m "
                  "indoors.", NULL);
    all = cd_doc_numbers(doc, &n);
    assert_int_equal(n, 6);
    for (size_t i = 0; i < n; i++) assert_string_equal(all[i].unit, "meters");
    cd_doc_free(doc);
    /* must not: the athletes of the other events measured in metres */
    doc = analyze("The 400m hurdlers, 3m divers, 8m jumpers, 70m throwers, 500m skaters and 2000m rowers met.", NULL);
    all = cd_doc_numbers(doc, &n);
    assert_int_equal(n, 6);
    for (size_t i = 0; i < n; i++) assert_string_equal(all[i].unit, "meters");
    cd_doc_free(doc);
}

/* Digits after a name of capitalized words joined by a hyphen label it ("Spider-Man 2", "Half-Life
 * 2 keys"), and a number word that starts such a name is none ("Half-Life"); "half-hour" stays. */
static void test_hyphen_names(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"He sold fake Half-Life 2 keys and the Spider-Man 2 film to 3 buyers in a half-hour.",
         .want = {{"3", 3, CD_NUM_CARDINAL, "buyers", NULL},
                  {"a half-hour", 0.5, CD_NUM_MEASURE, "hours", NULL}},
         .tok = {{"3", 59}},
         COUNT(2),
         .labels = "2=2 2=2"},
    };
    check_cases(cases, N_OF(cases));
}

/* An amount takes a rate too: "$50 a barrel", "50 cents a share", "£5.05 an hour"; not "a year
 * earlier" (a point in time), nor a noun that is no unit of a rate ("$5 a piece"). */
static void test_money_rates(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Oil hit $50 a barrel, earnings were 50 cents a share and pay is \xC2\xA3"
         "5.05 an hour.",
         .want = {{"$50 a barrel", 50, CD_NUM_MONEY, "USD per barrel", NULL},
                  {"50 cents a share", 50, CD_NUM_MONEY, "cents per share", NULL},
                  {"\xC2\xA3" "5.05 an hour", 5.05, CD_NUM_MONEY, "GBP per hour", NULL}},
         .tok = {{"$50 a barrel", 8}},
         COUNT(3)},
        {"Profit fell from $125m a year earlier; it costs $5 a piece.",
         .want = {{"$125m", 1.25e8, CD_NUM_MONEY, "USD", NULL},
                  {"$5", 5, CD_NUM_MONEY, "USD", NULL}}},
    };
    check_cases(cases, N_OF(cases));
}

/* Inch and foot marks: primes always, a straight double quote when it closes no quotation. */
static void test_inch_marks(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"He bought a 55\" TV and a 9\" plate; she is 5\xE2\x80\xB2 9\xE2\x80\xB3 tall.",
         .want = {{"55\"", 55, CD_NUM_MEASURE, "inches", NULL},
                  {"9\"", 9, CD_NUM_MEASURE, "inches", NULL},
                  {"5\xE2\x80\xB2", 5, CD_NUM_MEASURE, "feet", NULL},
                  {"9\xE2\x80\xB3", 9, CD_NUM_MEASURE, "inches", NULL}},
         .tok = {{"55\"", 12}},
         COUNT(4)},
        {"She said \"we paid 5\" and left.",
         .want = {{"5", 5, CD_NUM_CARDINAL, NULL, NULL}},
         COUNT(1)},
    };
    check_cases(cases, N_OF(cases));
}

/* Plain degrees are an angle beside an angle word ("a 180-degree turn", "rotate 90°"), a
 * temperature elsewhere, also after "turned" ("turned 5 degrees colder"). */
static void test_angle_degrees(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"It made a 180-degree turn; rotate 90\xC2\xB0 now.",
         .want = {{"180-degree", 180, CD_NUM_MEASURE, "degrees of arc", NULL},
                  {"90\xC2\xB0", 90, CD_NUM_MEASURE, "degrees of arc", NULL}},
         .tok = {{"180-degree", 10}}},
        {"It was 40 degrees and turned 5 degrees colder.",
         .want = {{"40 degrees", 40, CD_NUM_MEASURE, "degrees", NULL},
                  {"5 degrees", 5, CD_NUM_MEASURE, "degrees", NULL}}},
    };
    check_cases(cases, N_OF(cases));
}

/* Bounds written with '=': ">=30" at least, "<= 7" and "=<30" at most; "=>30" is an arrow and
 * "q=30" an identifier. */
static void test_comparison_bounds(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Set a >=30, b <= 7 and c =<40.",
         .want = {{"30", 30, CD_NUM_CARDINAL, NULL, "at least"},
                  {"7", 7, CD_NUM_CARDINAL, NULL, "at most"},
                  {"40", 40, CD_NUM_CARDINAL, NULL, "at most"}},
         .tok = {{"30", 8}},
         COUNT(3)},
        /* "not equal": no bound */
        {"Not <>30.",
         .want = {{"30", 30, CD_NUM_CARDINAL, NULL, NULL}}},
        {"Go =>30 with q=30.",
         .want = {{"30", 30, CD_NUM_CARDINAL, NULL, NULL}},
         COUNT(1),
         .labels = ""}, /* a query string names nothing */
    };
    check_cases(cases, N_OF(cases));
}

static void test_scores_are_two_counts(void **state)
{
    (void)state;
    const char *t = "The court voted 7-2 and 5-4; the match ended 0-0 after a 40-60 split on the F-16.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *seven = num(doc, "7");
    assert_int_equal(seven->span.start, offset_of(t, "7-2"));
    assert_false(seven->is_range);
    check(doc, "2", 2, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "5", 5, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "4", 4, CD_NUM_CARDINAL, NULL, NULL);
    const cd_number *range = num(doc, "40-60");
    assert_true(range->is_range);
    if (count(doc) != 7) show_all(doc);
    assert_int_equal(count(doc), 7); /* 7, 2, 5, 4, 0, 0, 40-60; not the 16 of F-16 */
    assert_string_equal(labels(doc), "16=16");
    cd_doc_free(doc);
    /* after a name, a score is not reported, nor its second half on its own; after a name that
     * opens its sentence (capitalized for that), it is two counts */
    doc = analyze("The Blues beat Partizan 3-1 with a late goal. Newcastle 2-1 Bolton. Arsenal won 6-0.", NULL);
    if (count(doc) != 4) show_all(doc);
    check(doc, "2", 2, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "1", 1, CD_NUM_CARDINAL, NULL, NULL);
    assert_int_equal(num(doc, "1")->span.start, offset_of("The Blues beat Partizan 3-1 with a late goal. Newcastle 2-1", "2-1") + 2);
    check(doc, "6", 6, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "0", 0, CD_NUM_CARDINAL, NULL, NULL);
    assert_int_equal(count(doc), 4);
    assert_string_equal(labels(doc), "");
    cd_doc_free(doc);
}

static void test_dozens(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"He sold three hundred and two dozen eggs, 3 dzs of rolls and five doz. buns.",
         .want = {{"three hundred and two dozen", 324, CD_NUM_CARDINAL, "eggs", NULL},
                  {"3 dzs", 36, CD_NUM_CARDINAL, NULL, NULL},
                  {"five doz", 60, CD_NUM_CARDINAL, NULL, NULL}}},
        /* two numbers stay two; no number alone */
        {"It was 3 hundred and 2 hundred, said DZ.",
         .want = {{"3 hundred", 300, CD_NUM_CARDINAL, NULL, NULL},
                  {"2 hundred", 200, CD_NUM_CARDINAL, NULL, NULL}},
         COUNT(2)},
    };
    check_cases(cases, N_OF(cases));
}

static void test_paragraph_starts_and_powers(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"3/4 of voters agreed.\n\n1/2 did not. The factor was 2.48\xC3\x97"
         "10\xE2\x88\x92"
         "5 and the density "
         "5.5x10-3 kg; it covers 4km^2 or 4 km cubed.",
         .want = {{"3/4", 0.75, CD_NUM_FRACTION, NULL, NULL},
                  {"1/2", 0.5, CD_NUM_FRACTION, NULL, NULL},
                  {"2.48\xC3\x97" "10\xE2\x88\x92" "5", 2.48e-5, CD_NUM_CARDINAL, NULL, NULL},
                  {"5.5x10-3 kg", 5.5e-3, CD_NUM_MEASURE, "kilograms", NULL},
                  {"4km^2", 4, CD_NUM_MEASURE, "square kilometers", NULL},
                  {"4 km cubed", 4, CD_NUM_MEASURE, "cubic kilometers", NULL}}},
        /* a score, and no power without "x10" */
        {"It won 10-5 and 10 x 5 tiles.",
         .want = {{"10", 10, CD_NUM_CARDINAL, NULL, NULL},
                  {"5", 5, CD_NUM_CARDINAL, NULL, NULL}}},
    };
    check_cases(cases, N_OF(cases));
}

static void test_market_prices(void **state)
{
    (void)state;
    cd_doc *doc = analyze("TWA was off 3/8 to 27-1/2 and the 10-7/8 pct notes held; call 555-1234 or 1-3-5.", NULL);
    check(doc, "3/8", 0.375, CD_NUM_FRACTION, NULL, NULL);
    check(doc, "27-1/2", 27.5, CD_NUM_FRACTION, NULL, NULL);
    check(doc, "10-7/8 pct", 10.875, CD_NUM_PERCENT, "%", NULL);
    assert_false(num(doc, "3/8")->is_range);
    if (count(doc) != 3) show_all(doc);
    assert_int_equal(count(doc), 3);
    assert_string_equal(labels(doc), "555=555 1234=1234"); /* "1-3-5" has a date's shape: nothing */
    cd_doc_free(doc);
}

/* Regression (UBSan, an AFP NewsML feed): finite values beyond any integer type went through integer
 * conversions; every path that asks "is it whole?" must take them (run under `make sanitize`). */
static void test_huge_finite_values(void **state)
{
    (void)state;
    cd_doc *doc = analyze("It cost $20100000000000000000 and 45 cents, 20100000000000000000 in 30100000000000000000, "
                          "two hundred 20100000000000000000 and 2.01e19 over 3.02e19; one and 2.01e19 fifths; "
                          "20100000000000000000-5 and 5 feet 20100000000000000000 inches.",
                          NULL);
    check(doc, "$20100000000000000000", 2.01e19, CD_NUM_MONEY, "USD", NULL);
    assert_true(count(doc) > 3);
    cd_doc_free(doc);
}

/* The number with text `text` starts at the first occurrence of it in t and ends with it. */
static const cd_number *at(const cd_doc *doc, const char *t, const char *text)
{
    const cd_number *n = num(doc, text);
    assert_int_equal(n->span.start, offset_of(t, text));
    assert_int_equal(n->span.stop, offset_of(t, text) + strlen(text));
    return n;
}

static void assert_range(const cd_number *n, double lo, double hi)
{
    assert_true(n->is_range);
    assert_value(n->value, lo);
    assert_value(n->value_hi, hi);
}

static void test_two_bounds_make_a_range(void **state)
{
    (void)state;
    static const num_case cases[] = {
        /* one bound alone leaves a year a year */
        {"It stayed above 2004's level until at least 2008, over 3 and below 2 people.",
         .want = {{"3", 3, CD_NUM_CARDINAL, NULL, "over"} /* "below 2" is no upper bound of "over 3" */},
         .no_range = {"3"},
         .absent = {"2004",
                    "2008"}},
    };
    check_cases(cases, N_OF(cases));
    const char *t = "The count sits above 1000 and below 1500. The share sits above one quarter and below a half.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count(doc), 2);
    const cd_number *n = at(doc, t, "1000 and below 1500");
    assert_range(n, 1000, 1500);
    assert_int_equal(n->kind, CD_NUM_CARDINAL);
    assert_approx(n, NULL);
    n = at(doc, t, "one quarter and below a half");
    assert_range(n, 0.25, 0.5);
    assert_int_equal(n->kind, CD_NUM_FRACTION);
    cd_doc_free(doc);
}

static void test_zero_does_not_join_a_scale(void **state)
{
    (void)state;
    const char *t = "6 thousand 2 hundred and 0 make two figures; 6 thousand 2 hundred and 5 is one.";
    cd_doc *doc = analyze(t, NULL);
    assert_value(at(doc, t, "6 thousand 2 hundred")->value, 6200);
    assert_value(at(doc, t, "0")->value, 0);
    assert_value(at(doc, t, "6 thousand 2 hundred and 5")->value, 6205);
    cd_doc_free(doc);
}

static void test_ordinals_of_scales(void **state)
{
    (void)state;
    const char *t = "a hundred trillionth; two hundred thousandth; two hundred thousandths; one hundred fifth";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count(doc), 4);
    const cd_number *n = at(doc, t, "a hundred trillionth");
    assert_int_equal(n->kind, CD_NUM_ORDINAL);
    assert_value(n->value, 1e14);
    n = at(doc, t, "two hundred thousandth");
    assert_int_equal(n->kind, CD_NUM_ORDINAL);
    assert_value(n->value, 200000);
    n = at(doc, t, "two hundred thousandths"); /* plural: a fraction */
    assert_int_equal(n->kind, CD_NUM_FRACTION);
    assert_value(n->value, 0.2);
    n = at(doc, t, "one hundred fifth");
    assert_int_equal(n->kind, CD_NUM_ORDINAL);
    assert_value(n->value, 105);
    cd_doc_free(doc);
}

/* "from X to Y" after a form of "be" or a verb of range is a range; after a change verb, a change. */
static void test_from_to_after_a_range_verb(void **state)
{
    (void)state;
    const char *t = "The figure is from 200 to 300 in most years. Prices ranged from $19 to $29. "
                    "Staff shrank from 1,200 to 450.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count(doc), 4);
    const cd_number *n = at(doc, t, "200 to 300");
    assert_range(n, 200, 300);
    n = at(doc, t, "$19 to $29");
    assert_range(n, 19, 29);
    assert_int_equal(n->kind, CD_NUM_MONEY);
    assert_false(at(doc, t, "1,200")->is_range); /* a change verb: two numbers */
    assert_false(at(doc, t, "450")->is_range);
    cd_doc_free(doc);
    /* below zero a range may be written by size: its low end is the second; not in a change, nor
     * with a dash or "or" */
    t = "Lows ranged from -18 °C to -34 °C; bids of -0.90 to -1.10 pct. It fell from -5 to -10. Readings: -2 or -4.";
    doc = analyze(t, NULL);
    n = at(doc, t, "-18 °C to -34 °C");
    assert_range(n, -34, -18);
    assert_unit(n, "\xC2\xB0" "C");
    n = at(doc, t, "-0.90 to -1.10 pct");
    assert_range(n, -1.1, -0.9);
    assert_int_equal(n->kind, CD_NUM_PERCENT);
    assert_false(at(doc, t, "-5")->is_range);
    assert_false(at(doc, t, "-10")->is_range);
    assert_false(at(doc, t, "-2")->is_range);
    cd_doc_free(doc);
}

static void test_in_as_inches(void **state)
{
    (void)state;
    const char *t = "The plank is 2 1/2 in thick, the rod 3 in. One in 5 voters came; they scored 4 in 2010.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = at(doc, t, "2 1/2 in");
    assert_value(n->value, 2.5);
    assert_int_equal(n->kind, CD_NUM_MEASURE);
    assert_unit(n, "inches");
    n = at(doc, t, "3 in");
    assert_value(n->value, 3);
    assert_unit(n, "inches");
    n = at(doc, t, "One in 5");
    assert_int_equal(n->kind, CD_NUM_FRACTION);
    assert_value(n->value, 0.2);
    check(doc, "4", 4, CD_NUM_CARDINAL, NULL, NULL);
    cd_doc_free(doc);
}

static void test_hyphen_before_a_scale_word(void **state)
{
    (void)state;
    const char *t = "the one-million lira note; twenty-five-hundred; one - billion";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = at(doc, t, "one-million lira");
    assert_value(n->value, 1e6);
    assert_int_equal(n->kind, CD_NUM_MONEY);
    assert_value(at(doc, t, "twenty-five-hundred")->value, 2500);
    assert_value(at(doc, t, "billion")->value, 1e9); /* a spaced dash joins no scale */
    cd_doc_free(doc);
}

static void test_plus_minus_margin(void **state)
{
    (void)state;
    const char *t = "It weighs 2,000.45\xC2\xB1" "0.01 pounds. The poll gave him 45 +/- 3% and 7 + 8 votes.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = at(doc, t, "2,000.45\xC2\xB1" "0.01 pounds");
    assert_range(n, 2000.44, 2000.46);
    assert_int_equal(n->kind, CD_NUM_MEASURE);
    assert_unit(n, "pounds");
    n = at(doc, t, "45 +/- 3%");
    assert_range(n, 42, 48);
    assert_int_equal(n->kind, CD_NUM_PERCENT);
    assert_false(at(doc, t, "7")->is_range); /* a plus alone is no margin */
    assert_value(at(doc, t, "8")->value, 8);
    cd_doc_free(doc);
}

static void test_digit_lists(void **state)
{
    (void)state;
    static const num_case cases[] = {
        /* a label before the list, four-digit items (years), an identifier: no quantities; the items
        * after a label or in an identifier are labels */
        {"Nos. 22,24,26 and #4,5,6 in 2014,2015,2016 with A1,2,3 left.",
         COUNT(0),
         .labels = "22=22 24=24 26=26 4=4 5=5 6=6 1=1 2=2 3=3"},
    };
    check_cases(cases, N_OF(cases));
    const char *t = "Sizes 22,24,26,31 sold out; the 1,200,300 and 3,5 are not lists.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_number *all = cd_doc_numbers(doc, &n);
    assert_int_equal(n, 6);
    const double want[] = {22, 24, 26, 31};
    for (size_t k = 0; k < 4; k++) {
        assert_int_equal(all[k].span.start, 6 + 3 * k);
        assert_int_equal(all[k].span.stop, 8 + 3 * k);
        assert_value(all[k].value, want[k]);
        assert_int_equal(all[k].kind, CD_NUM_CARDINAL);
    }
    assert_value(at(doc, t, "1,200,300")->value, 1200300);
    assert_value(at(doc, t, "3,5")->value, 3.5);
    cd_doc_free(doc);
}

static void test_arrow_is_no_qualifier(void **state)
{
    (void)state;
    const char *t = "a =>30 and ->40 but >50";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count(doc), 3);
    assert_approx(at(doc, t, "30"), NULL);
    assert_approx(at(doc, t, "40"), NULL);
    assert_approx(at(doc, t, "50"), "over");
    cd_doc_free(doc);
}

/* No number straddles two sentences: where the splitter ends one after a currency's period ("rs."
 * at a line's end, found by fuzzing), the figure on the next line is read alone, in its sentence. */
static void test_numbers_stay_in_their_sentence(void **state)
{
    (void)state;
    static const num_case cases[] = {
        /* within one sentence the currency's period is read through */
        {"It cost Rs. 15 in all.",
         .want = {{"Rs. 15", 15, CD_NUM_MONEY, "INR", NULL}}},
        /* a range's or a bound's second end after a paragraph break is a number of its own (fuzz-markdown) */
        {"Scores rose 5 -\n\n202 people came. It was more than 10 and less than\n\n20 people.",
         .want = {{"5", 5, CD_NUM_CARDINAL, NULL, NULL},
                  {"202", 202, CD_NUM_CARDINAL, "people", NULL},
                  {"20", 20, CD_NUM_CARDINAL, "people", NULL}},
         COUNT(4)},
        /* a currency's sign after a paragraph break is no sign of its (fuzz-xml: "$" ending one block) */
        {"It cost $\n\n-01 in all. It cost $-5 in all.",
         .want = {{"-01", -1, CD_NUM_CARDINAL, NULL, NULL},
                  {"$-5", -5, CD_NUM_MONEY, "USD", NULL}},
         COUNT(2)},
    };
    check_cases(cases, N_OF(cases));
    const char *t = "It cost rs.\n015 in all.";
    cd_doc *doc = analyze(t, NULL);
    size_t n, ns;
    const cd_number *x = cd_doc_numbers(doc, &n);
    const cd_sentence *s = cd_doc_sentences(doc, &ns);
    assert_int_equal(ns, 2);
    assert_int_equal(n, 1);
    assert_string_equal(span_text(doc, x[0].span), "015");
    assert_int_equal(x[0].sentence, 1);
    assert_true(x[0].span.tstart >= s[1].span.tstart && x[0].span.tstop <= s[1].span.tstop);
    cd_doc_free(doc);
    /* a rate's "a month" after a paragraph break is no rate of the amount (fuzz-html, fuzz-markdown) */
    doc = analyze("The board pays $120\n\na month is long. It pays $120 a month.", NULL);
    const cd_number *first = cd_doc_numbers(doc, &n);
    assert_int_equal(n, 2);
    assert_string_equal(span_text(doc, first[0].span), "$120");
    assert_string_equal(first[0].unit, "USD");
    assert_string_equal(span_text(doc, first[1].span), "$120 a month");
    assert_string_equal(first[1].unit, "USD per month");
    cd_doc_free(doc);
    /* in one sentence both ends are read: "5 - 20" */
    doc = analyze("Scores rose 5 - 20 points.", NULL);
    assert_true(num(doc, "5 - 20")->is_range);
    cd_doc_free(doc);
    /* nor a range of ranks whose "the" opens the next paragraph */
    doc = analyze("He finished between 10th and\n\nThe 15th race was won by Smith. He was between 10th and the 100th.", NULL);
    assert_false(num(doc, "10th")->is_range);
    assert_false(num(doc, "15th")->is_range);
    const cd_number *ranks = num(doc, "10th and the 100th");
    assert_true(ranks->is_range);
    assert_value(ranks->value_hi, 100);
    assert_int_equal(count(doc), 3);
    cd_doc_free(doc);
}

/* An international number written with spaces is a phone number: its groups are labels, no
 * quantities (they were claims "20" and "7946"). Too few digits ("+3 12 15") or a line break
 * between the groups: quantities as before. */
static void test_spaced_international_phone(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"Call +44 20 7946 0958 or +1 212 555 0100 today.",
         COUNT(0),
         .labels = "44=44 20=20 7946=7946 0958=958 1=1 212=212 555=555 0100=100"},
        {"Scores +3 12 15 were posted.",
         .want = {{"12", 12, CD_NUM_CARDINAL, NULL, NULL},
                  {"15", 15, CD_NUM_CARDINAL, NULL, NULL}},
         .labels = ""},
        {"Call +44 20\n7946 0958 now.",
         .labels = "0958=958"},
    };
    check_cases(cases, N_OF(cases));
}

/* A model's name and number between a count and its noun: the count counts the noun, the model
 * number is a label. Not without a count before the name ("told Reuters 300 people"), not after a
 * plural name (a counted noun itself: "52 Republicans 48 Democrats"), not after a year ("1987 Audi
 * 5000 series": a model year), not digits joined to more ("747-4"; a variant of three digits is
 * the model's: test_model_variant). */
static void test_model_number_between_count_and_noun(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"It bought 12 Boeing 747 jets and six Airbus 380 planes; 20 Embraer 190 aircraft flew.",
         .want = {{"12", 12, CD_NUM_CARDINAL, "jets", NULL},
                  {"six", 6, CD_NUM_CARDINAL, "planes", NULL},
                  {"20", 20, CD_NUM_CARDINAL, "aircraft", NULL}},
         COUNT(3),
         .labels = "747=747 380=380 190=190",
         .at = {"747"}},
        {"He told Reuters 300 people died. Voters: 52 Republicans 48 Democrats.",
         .want = {{"300", 300, CD_NUM_CARDINAL, "people", NULL},
                  {"52", 52, CD_NUM_CARDINAL, "Republicans", NULL},
                  {"48", 48, CD_NUM_CARDINAL, "Democrats", NULL}},
         .labels = ""},
        {"Buyers of any new 1987 Rover 3500 series vehicle; 3 Boeing 747-4 jets.",
         .want = {{"3", 3, CD_NUM_CARDINAL, NULL, NULL},
                  {"747", 747, CD_NUM_CARDINAL, NULL, NULL}},
         .absent = {"1987"}},
    };
    check_cases(cases, N_OF(cases));
}

/* A bare count joined by "and" to a measure or a percentage shares its unit; the two stay two.
 * Not of another size or scale, not a name's number, a score's, a year, nor a change's "from" end. */
static void test_and_shares_a_unit(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"They were given 45 and 50 mg; terms of 10 and 12 years; up 16.6 and 7.5 pct; 2.8 mln and 4.0 mln tonnes.",
         .want = {{"45", 45, CD_NUM_MEASURE, "milligrams", NULL},
                  {"10", 10, CD_NUM_MEASURE, "years", NULL},
                  {"16.6", 16.6, CD_NUM_PERCENT, "%", NULL},
                  {"2.8 mln", 2.8e6, CD_NUM_MEASURE, "tons", NULL}},
         .no_range = {"45"},
         COUNT(8),
         .at = {"45"}},
        /* an age is counted in years: "aged 21 and 144 days" is 21 years old and 144 days (digits
        * after "aged" are an age: test_number_ages.c); a span after another word still shares its unit */
        {"He won aged 21 and 144 days; at age 17 and 75 days he scored; he waited 20 and 30 days; two "
         "men aged 35 and 40 years died.",
         .want = {{"21", 21, CD_NUM_MEASURE, "years old", NULL},
                  {"17", 17, CD_NUM_MEASURE, "years old", NULL},
                  {"20", 20, CD_NUM_MEASURE, "days", NULL},
                  {"35", 35, CD_NUM_MEASURE, "years old", NULL}},
         .at = {"21"}},
    };
    check_cases(cases, N_OF(cases));
    const char *t = "Miles rose to 871.4 mln from 702.6 mln and 16.5 pct to date; a backlog of 1,186.7 and 27.4 pct below; "
                    "2 and 3 million tons; He won 3 and lost 4 games; Mirza won 6-4 and 18-year-olds cheered; in 1990 and 5 km.";
    cd_doc *doc = analyze(t, NULL);
    check(doc, "702.6 mln", 7.026e8, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "1,186.7", 1186.7, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "2", 2, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "3", 3, CD_NUM_CARDINAL, NULL, NULL);
    assert_null(find_number(doc, "1990"));
    size_t n;
    const cd_number *all = cd_doc_numbers(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (all[i].unit && strcmp(all[i].unit, "years old") == 0) assert_int_not_equal(all[i].value, 4);
    cd_doc_free(doc);
}

/* "rose 2.3% to 80,600": a percentage and a level of another size (or a count of its own) tell a
 * change, two numbers; a bare second end of one size takes the first's unit ("5% to 8"), and so
 * does one written joined by a dash ("$50-100,000"). */
static void test_change_to_a_level_is_no_range(void **state)
{
    (void)state;
    const char *t = "Sales rose 2.3% to 80,600; the index fell 1.2% to 7,000 points; it lasted three days - eight "
                    "times more. Rates of 5% to 8 held; fees of $50-100,000.";
    cd_doc *doc = analyze(t, NULL);
    check(doc, "2.3%", 2.3, CD_NUM_PERCENT, "%", NULL);
    check(doc, "80,600", 80600, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "1.2%", 1.2, CD_NUM_PERCENT, "%", NULL);
    check(doc, "7,000", 7000, CD_NUM_CARDINAL, "points", NULL);
    check(doc, "three days", 3, CD_NUM_MEASURE, "days", NULL);
    check(doc, "eight", 8, CD_NUM_CARDINAL, "times", NULL);
    const cd_number *r = num(doc, "5% to 8");
    assert_true(r->is_range);
    assert_value(r->value_hi, 8);
    r = num(doc, "$50-100,000");
    assert_true(r->is_range);
    assert_int_equal(r->kind, CD_NUM_MONEY);
    assert_value(r->value_hi, 100000);
    assert_int_equal(count(doc), 8);
    cd_doc_free(doc);
}

/* An ordinal's "st" after a one that is no eleven ("21st", "2,271st"); else stones ("15st",
 * "11st"), written right after the digits only ("3 st" is no weight). Grouped digits make
 * ordinals too ("the 1,000th"). */
static void test_st_after_digits(void **state)
{
    (void)state;
    static const num_case cases[] = {
        {"He weighs 15st, she 11st; the 21st and 101st; the 2,271st star and the 1,000th single; 3 st.",
         .want = {{"15st", 15, CD_NUM_MEASURE, "stone", NULL},
                  {"11st", 11, CD_NUM_MEASURE, "stone", NULL},
                  {"101st", 101, CD_NUM_ORDINAL, NULL, NULL},
                  {"2,271st", 2271, CD_NUM_ORDINAL, NULL, NULL},
                  {"1,000th", 1000, CD_NUM_ORDINAL, NULL, NULL},
                  {"3", 3, CD_NUM_CARDINAL, NULL, NULL}},
         .at = {"2,271st"}},
    };
    check_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counted_nouns_and_offsets),
        cmocka_unit_test(test_counted_noun_skips_adjectives_not_verbs),
        cmocka_unit_test(test_digits),
        cmocka_unit_test(test_spaced_group_or_model),
        cmocka_unit_test(test_model_variant),
        cmocka_unit_test(test_spelled_out),
        cmocka_unit_test(test_two_numbers_are_not_one),
        cmocka_unit_test(test_scales_and_money),
        cmocka_unit_test(test_pounds_of_money_and_of_mass),
        cmocka_unit_test(test_fractions),
        cmocka_unit_test(test_date_shaped_fractions),
        cmocka_unit_test(test_half_is_not_always_a_number),
        cmocka_unit_test(test_half_in_compounds_and_parts),
        cmocka_unit_test(test_approximate_plurals_and_couple),
        cmocka_unit_test(test_articles),
        cmocka_unit_test(test_percentages),
        cmocka_unit_test(test_measures),
        cmocka_unit_test(test_compound_measures_and_powers),
        cmocka_unit_test(test_ranges),
        cmocka_unit_test(test_from_to_is_not_a_range),
        cmocka_unit_test(test_ordinals),
        cmocka_unit_test(test_qualifiers),
        cmocka_unit_test(test_not_quantities),
        cmocka_unit_test(test_names_with_numbers_are_labels),
        cmocka_unit_test(test_one_as_a_number),
        cmocka_unit_test(test_years_with_counted_nouns),
        cmocka_unit_test(test_token_ranges_and_parse_at),
        cmocka_unit_test(test_hostile_digits),
        cmocka_unit_test(test_fractions_spelled_out),
        cmocka_unit_test(test_ordinals_that_look_like_fractions),
        cmocka_unit_test(test_over_as_a_fraction),
        cmocka_unit_test(test_scales_of_scales),
        cmocka_unit_test(test_scale_letters),
        cmocka_unit_test(test_currency_codes_and_abbreviations),
        cmocka_unit_test(test_scores_are_two_counts),
        cmocka_unit_test(test_dozens),
        cmocka_unit_test(test_paragraph_starts_and_powers),
        cmocka_unit_test(test_market_prices),
        cmocka_unit_test(test_huge_finite_values),
        cmocka_unit_test(test_two_bounds_make_a_range),
        cmocka_unit_test(test_zero_does_not_join_a_scale),
        cmocka_unit_test(test_ordinals_of_scales),
        cmocka_unit_test(test_from_to_after_a_range_verb),
        cmocka_unit_test(test_in_as_inches),
        cmocka_unit_test(test_hyphen_before_a_scale_word),
        cmocka_unit_test(test_plus_minus_margin),
        cmocka_unit_test(test_digit_lists),
        cmocka_unit_test(test_arrow_is_no_qualifier),
        cmocka_unit_test(test_start_tokens),
        cmocka_unit_test(test_counts_before_1900_are_no_years),
        cmocka_unit_test(test_celsius_letter),
        cmocka_unit_test(test_rates),
        cmocka_unit_test(test_news_units),
        cmocka_unit_test(test_million_m),
        cmocka_unit_test(test_hyphen_names),
        cmocka_unit_test(test_money_rates),
        cmocka_unit_test(test_inch_marks),
        cmocka_unit_test(test_angle_degrees),
        cmocka_unit_test(test_comparison_bounds),
        cmocka_unit_test(test_labels),
        cmocka_unit_test(test_billions_b),
        cmocka_unit_test(test_thousands_in_words_are_counts),
        cmocka_unit_test(test_spoken_digits),
        cmocka_unit_test(test_spoken_digits_long_chain),
        cmocka_unit_test(test_spaced_minus),
        cmocka_unit_test(test_ordinal_ranges),
        cmocka_unit_test(test_ordinal_ranges_with_the),
        cmocka_unit_test(test_weak_label_words),
        cmocka_unit_test(test_weak_label_word_after_a_pointer),
        cmocka_unit_test(test_fraction_joined_to_a_currency),
        cmocka_unit_test(test_score_line_counts_no_side),
        cmocka_unit_test(test_hyphenated_and_a_half),
        cmocka_unit_test(test_scales_ranges_and_names),
        cmocka_unit_test(test_codes_fewer_and_pronoun_one),
        cmocka_unit_test(test_reuters_amounts),
        cmocka_unit_test(test_quarters_counted),
        cmocka_unit_test(test_bits_seconds_and_events),
        cmocka_unit_test(test_number_words_in_names),
        cmocka_unit_test(test_labels_keep_claims),
        cmocka_unit_test(test_numbers_stay_in_their_sentence),
        cmocka_unit_test(test_spaced_international_phone),
        cmocka_unit_test(test_model_number_between_count_and_noun),
        cmocka_unit_test(test_and_shares_a_unit),
        cmocka_unit_test(test_change_to_a_level_is_no_range),
        cmocka_unit_test(test_st_after_digits),
        cmocka_unit_test(test_fahrenheit_letter),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
