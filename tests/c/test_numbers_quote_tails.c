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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quote_tails),
        cmocka_unit_test(test_plain_ranges_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
