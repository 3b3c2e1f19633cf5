/* A dealer's bid and offer joined by a dash, the second figure giving only the last decimals of
 * the first ("1.6420-35 marks": 1.6420 to 1.6435), is one range (src/numbers.c quote_tail); a
 * second figure of one digit, more digits than the decimals, or a top not above the first, keep
 * the plain reading of a range. Every story here is our own. */
#include <math.h>
#include <string.h>

#include "helpers.h"

/* Must fire: four decimals and two digits, two and two, four and three. */
static void test_quote_tails(void **state)
{
    (void)state;
    static const char t[] = "The Orland bank bought marks at 1.6420-35 on Monday. Crude traded in a 21.40-65 band. "
                            "The krona ended at 7.1895-910.";
    cd_doc *doc = analyze(t, NULL);
    assert_range_number(doc, t, "1.6420-35", 1.642, 1.6435);
    assert_int_equal(offset_of(t, "1.6420-35"), 32);
    assert_range_number(doc, t, "21.40-65", 21.4, 21.65);
    assert_range_number(doc, t, "7.1895-910", 7.1895, 7.191);
    cd_doc_free(doc);
}

/* Must not: one digit after the dash, a top that would fall below the first, and a second figure
 * with decimals of its own stay plain ranges. */
static void test_plain_ranges_stay(void **state)
{
    (void)state;
    static const char t[] = "Tickets cost 2.50-3 dlrs. Shares sold at 12.50-15 dlrs. Yields were 4.10-4.35 pct.";
    cd_doc *doc = analyze(t, NULL);
    assert_range_number(doc, t, "2.50-3 dlrs", 2.5, 3);
    assert_range_number(doc, t, "12.50-15 dlrs", 12.5, 15);
    assert_range_number(doc, t, "4.10-4.35 pct", 4.1, 4.35);
    cd_doc_free(doc);
}

/* Must not: where the tail would replace zeros only, a second figure that, read whole, lies above
 * the first and at most twice it is the plain range's top. A tail replacing other digits, or a
 * whole figure past twice the first, still makes a quote. */
static void test_whole_top_near_the_first(void **state)
{
    (void)state;
    static const char t[] = "Deposits were quoted at 13.00-14 pct. Hogs fetched 52.00-56 cents. "
                            "Crude held near 18.30 dlrs, in an 18.25-30 range. Sterling ended at 2.1400-20.";
    cd_doc *doc = analyze(t, NULL);
    assert_range_number(doc, t, "13.00-14 pct", 13, 14);
    assert_int_equal(offset_of(t, "13.00-14 pct"), 24);
    assert_range_number(doc, t, "52.00-56 cents", 52, 56);
    assert_range_number(doc, t, "18.25-30", 18.25, 18.3);
    assert_range_number(doc, t, "2.1400-20", 2.14, 2.142);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quote_tails),
        cmocka_unit_test(test_plain_ranges_stay),
        cmocka_unit_test(test_whole_top_near_the_first),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
