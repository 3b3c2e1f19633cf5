/* The number reader (src/numbers.c): values, kinds, units, qualifiers, exact offsets, and the
 * digits that are not quantities. Every story here is our own. */
#include <math.h>

#include "helpers.h"

/* The number whose source text is `text`; fails the test when there is none. */
static const cd_number *num(const cd_doc *doc, const char *text)
{
    const cd_number *n = find_number(doc, text);
    if (!n) {
        size_t k;
        const cd_number *all = cd_doc_numbers(doc, &k);
        for (size_t i = 0; i < k; i++) print_message("  have: [%s]\n", span_text(doc, all[i].span));
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

static size_t count(const cd_doc *doc)
{
    size_t n;
    cd_doc_numbers(doc, &n);
    return n;
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
    assert_int_equal(a->span.col, offset_of(t, "1,200") + 1);
    check(doc, "1,200", 1200, CD_NUM_CARDINAL, "personnel", NULL);
    check(doc, "450", 450, CD_NUM_CARDINAL, NULL, "over");
    check(doc, "three", 3, CD_NUM_CARDINAL, "consulates", NULL);
    assert_false(num(doc, "450")->is_range);
    cd_doc_free(doc);
}

static void test_counted_noun_skips_adjectives_not_verbs(void **state)
{
    (void)state;
    cd_doc *doc = analyze("They hired 40 new nurses. The 12 is lucky. Some 7 says nothing.", NULL);
    check(doc, "40", 40, CD_NUM_CARDINAL, "nurses", NULL);
    check(doc, "12", 12, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "7", 7, CD_NUM_CARDINAL, NULL, "about");
    cd_doc_free(doc);
}

static void test_digits(void **state)
{
    (void)state;
    cd_doc *doc = analyze("Scores of 3.8, 1,234,567 and -12 were seen, then 1.111,50 and 40 000 and .25 and 1e6.", NULL);
    check(doc, "3.8", 3.8, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "1,234,567", 1234567, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "-12", -12, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "1.111,50", 1111.5, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "40 000", 40000, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, ".25", 0.25, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "1e6", 1e6, CD_NUM_CARDINAL, NULL, NULL);
    cd_doc_free(doc);
}

static void test_spelled_out(void **state)
{
    (void)state;
    cd_doc *doc = analyze("Eleven boats, twenty-five cars, three hundred bikes, one hundred and five vans, "
                          "two thousand and two hundred carts, fifty two planes and minus ten degrees.",
                          NULL);
    check(doc, "Eleven", 11, CD_NUM_CARDINAL, "boats", NULL);
    check(doc, "twenty-five", 25, CD_NUM_CARDINAL, "cars", NULL);
    check(doc, "three hundred", 300, CD_NUM_CARDINAL, "bikes", NULL);
    check(doc, "one hundred and five", 105, CD_NUM_CARDINAL, "vans", NULL);
    check(doc, "two thousand and two hundred", 2200, CD_NUM_CARDINAL, "carts", NULL);
    check(doc, "fifty two", 52, CD_NUM_CARDINAL, "planes", NULL);
    check(doc, "minus ten degrees", -10, CD_NUM_MEASURE, "degrees", NULL);
    cd_doc_free(doc);
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
    cd_doc *doc = analyze("He spent 20 million pounds and lost 25 pounds; it cost 3 dollars 50 cents.", NULL);
    check(doc, "20 million pounds", 2e7, CD_NUM_MONEY, "GBP", NULL);
    check(doc, "25 pounds", 25, CD_NUM_MEASURE, "pounds", NULL);
    check(doc, "3 dollars 50 cents", 3.5, CD_NUM_MONEY, "USD", NULL);
    cd_doc_free(doc);
}

static void test_fractions(void **state)
{
    (void)state;
    cd_doc *doc = analyze("Two-thirds of voters, a third of seats, half of them, three-quarters of staff, "
                          "one and a half hours, 2 1/2 miles, 3/4 of it, one in five adults, five and a half million.",
                          NULL);
    check(doc, "Two-thirds", 2.0 / 3, CD_NUM_FRACTION, NULL, NULL);
    check(doc, "a third", 1.0 / 3, CD_NUM_FRACTION, NULL, NULL);
    check(doc, "half", 0.5, CD_NUM_FRACTION, NULL, NULL);
    check(doc, "three-quarters", 0.75, CD_NUM_FRACTION, NULL, NULL);
    check(doc, "one and a half hours", 1.5, CD_NUM_MEASURE, "hours", NULL);
    check(doc, "2 1/2 miles", 2.5, CD_NUM_MEASURE, "miles", NULL);
    check(doc, "one in five", 0.2, CD_NUM_FRACTION, NULL, NULL);
    check(doc, "five and a half million", 5.5e6, CD_NUM_CARDINAL, NULL, NULL);
    cd_doc_free(doc);
}

static void test_half_is_not_always_a_number(void **state)
{
    (void)state;
    cd_doc *doc = analyze("In the first half, the team scored twice.", NULL);
    assert_null(find_number(doc, "half"));
    cd_doc_free(doc);
}

static void test_approximate_plurals_and_couple(void **state)
{
    (void)state;
    cd_doc *doc = analyze("Dozens of protesters met hundreds of police; tens of thousands of people watched "
                          "a couple of officers and a dozen eggs. Several hundred stayed.",
                          NULL);
    check(doc, "Dozens", 12, CD_NUM_CARDINAL, "protesters", "approximate");
    check(doc, "hundreds", 100, CD_NUM_CARDINAL, "police", "approximate");
    check(doc, "tens of thousands", 1e4, CD_NUM_CARDINAL, "people", "approximate");
    check(doc, "a couple", 2, CD_NUM_CARDINAL, "officers", "about");
    check(doc, "a dozen", 12, CD_NUM_CARDINAL, "eggs", NULL);
    check(doc, "Several hundred", 100, CD_NUM_CARDINAL, NULL, "approximate");
    cd_doc_free(doc);
}

static void test_articles(void **state)
{
    (void)state;
    cd_doc *doc = analyze("A million people and a hundred cars saw an ad.", NULL);
    check(doc, "A million", 1e6, CD_NUM_CARDINAL, "people", NULL);
    check(doc, "a hundred", 100, CD_NUM_CARDINAL, "cars", NULL);
    assert_int_equal(count(doc), 2);
    cd_doc_free(doc);
}

static void test_percentages(void **state)
{
    (void)state;
    cd_doc *doc = analyze("Prices rose 40%, wages 25 percent, rents 3 per cent and the rate 2.5 percentage points.", NULL);
    check(doc, "40%", 40, CD_NUM_PERCENT, "%", NULL);
    check(doc, "25 percent", 25, CD_NUM_PERCENT, "%", NULL);
    check(doc, "3 per cent", 3, CD_NUM_PERCENT, "%", NULL);
    check(doc, "2.5 percentage points", 2.5, CD_NUM_PERCENT_POINTS, "percentage points", NULL);
    cd_doc_free(doc);
}

static void test_measures(void **state)
{
    (void)state;
    cd_doc *doc = analyze("A 3-inch wall, 3 feet tall and 10 km long, weighs 5 kilograms at 20 degrees, 30 °C; "
                          "a 28-year-old ran 10km in 40 minutes at 12 mph.",
                          NULL);
    check(doc, "3-inch", 3, CD_NUM_MEASURE, "inches", NULL);
    check(doc, "3 feet", 3, CD_NUM_MEASURE, "feet", NULL);
    check(doc, "10 km", 10, CD_NUM_MEASURE, "kilometers", NULL);
    check(doc, "5 kilograms", 5, CD_NUM_MEASURE, "kilograms", NULL);
    check(doc, "20 degrees", 20, CD_NUM_MEASURE, "degrees", NULL);
    check(doc, "30 °C", 30, CD_NUM_MEASURE, "°C", NULL);
    check(doc, "28-year-old", 28, CD_NUM_MEASURE, "years old", NULL);
    check(doc, "10km", 10, CD_NUM_MEASURE, "kilometers", NULL);
    check(doc, "40 minutes", 40, CD_NUM_MEASURE, "minutes", NULL);
    check(doc, "12 mph", 12, CD_NUM_MEASURE, "mph", NULL);
    cd_doc_free(doc);
}

static void test_compound_measures_and_powers(void **state)
{
    (void)state;
    cd_doc *doc = analyze("He is 5 feet 2 inches; the park covers 190 km2 and the rate was 1.3x10^6 or 2^10.", NULL);
    check(doc, "5 feet 2 inches", 5 + 2.0 / 12, CD_NUM_MEASURE, "feet", NULL);
    check(doc, "190 km2", 190, CD_NUM_MEASURE, "square kilometers", NULL);
    check(doc, "1.3x10^6", 1.3e6, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "2^10", 1024, CD_NUM_CARDINAL, NULL, NULL);
    cd_doc_free(doc);
    doc = analyze("The 3 feet in the room.", NULL); /* "in" not followed by... a number: no inches */
    check(doc, "3 feet", 3, CD_NUM_MEASURE, "feet", NULL);
    cd_doc_free(doc);
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
}

static void test_from_to_is_not_a_range(void **state)
{
    (void)state;
    cd_doc *doc = analyze("Sales fell from 50 to 40 units. Prices rose from 10 to 12.", NULL);
    assert_false(num(doc, "50")->is_range);
    assert_false(num(doc, "10")->is_range);
    check(doc, "12", 12, CD_NUM_CARDINAL, NULL, NULL);
    cd_doc_free(doc);
}

static void test_ordinals(void **state)
{
    (void)state;
    cd_doc *doc = analyze("He was 21st and third; she finished second in the twenty-first race. "
                          "A second later it was over, and a second vote came.",
                          NULL);
    check(doc, "21st", 21, CD_NUM_ORDINAL, NULL, NULL);
    check(doc, "third", 3, CD_NUM_ORDINAL, NULL, NULL);
    check(doc, "second", 2, CD_NUM_ORDINAL, NULL, NULL);
    check(doc, "twenty-first", 21, CD_NUM_ORDINAL, NULL, NULL);
    check(doc, "A second", 1, CD_NUM_MEASURE, "seconds", NULL);
    check(doc, "a second", 2, CD_NUM_ORDINAL, NULL, NULL);
    cd_doc_free(doc);
}

static void test_qualifiers(void **state)
{
    (void)state;
    cd_doc *doc = analyze("About 5 came, roughly 6 left, nearly 7 stayed, more than 8 ran, at least 9 sat, "
                          "up to 10 slept, fewer than 11 ate, almost 12 cried, 13 or more sang.",
                          NULL);
    check(doc, "5", 5, CD_NUM_CARDINAL, NULL, "about");
    check(doc, "6", 6, CD_NUM_CARDINAL, NULL, "about");
    check(doc, "7", 7, CD_NUM_CARDINAL, NULL, "under");
    check(doc, "8", 8, CD_NUM_CARDINAL, NULL, "over");
    check(doc, "9", 9, CD_NUM_CARDINAL, NULL, "at least");
    check(doc, "10", 10, CD_NUM_CARDINAL, NULL, "at most");
    check(doc, "11", 11, CD_NUM_CARDINAL, NULL, "under");
    check(doc, "12", 12, CD_NUM_CARDINAL, NULL, "under");
    check(doc, "13", 13, CD_NUM_CARDINAL, NULL, "at least");
    cd_doc_free(doc);
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
    cd_doc_free(doc);
}

static void test_one_as_a_number(void **state)
{
    (void)state;
    cd_doc *doc = analyze("One person died. Let us try one last time.", NULL);
    check(doc, "One", 1, CD_NUM_CARDINAL, NULL, NULL);
    check(doc, "one", 1, CD_NUM_CARDINAL, NULL, NULL);
    cd_doc_free(doc);
}

static void test_years_with_counted_nouns(void **state)
{
    (void)state;
    cd_doc *doc = analyze("There were 2000 cases in the 2016 elections.", NULL);
    check(doc, "2000", 2000, CD_NUM_CARDINAL, "cases", NULL);
    assert_null(find_number(doc, "2016"));
    cd_doc_free(doc);
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counted_nouns_and_offsets),
        cmocka_unit_test(test_counted_noun_skips_adjectives_not_verbs),
        cmocka_unit_test(test_digits),
        cmocka_unit_test(test_spelled_out),
        cmocka_unit_test(test_two_numbers_are_not_one),
        cmocka_unit_test(test_scales_and_money),
        cmocka_unit_test(test_pounds_of_money_and_of_mass),
        cmocka_unit_test(test_fractions),
        cmocka_unit_test(test_half_is_not_always_a_number),
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
        cmocka_unit_test(test_one_as_a_number),
        cmocka_unit_test(test_years_with_counted_nouns),
        cmocka_unit_test(test_token_ranges_and_parse_at),
        cmocka_unit_test(test_hostile_digits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
