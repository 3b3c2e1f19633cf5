/* A dealer's bid and offer written with a slash, the second figure giving only the last decimals
 * of the first ("1.4730/45 dlrs": 1.4730 to 1.4745), is one range (src/numbers.c slash_quote); a
 * lower tail is the low end of a rate quoted bid first ("7.26/18 pct": 7.18 to 7.26) unless the
 * digits turned over ("1.4795/05": 1.4795 to 1.4805), whichever reading lies nearer the first. A
 * quote after a one-digit whole joined by a dash ("6.42-47 pct") is no period like "2013-14"
 * (digit_chain). Every story here is our own. */
#include <math.h>
#include <string.h>

#include "helpers.h"

/* Must fire: a tail above the first, with four decimals and two digits, two and two, three and
 * three, four and four. */
static void test_slash_quotes(void **state)
{
    (void)state;
    static const char t[] = "The Orland pound opened at 1.4730/45 dlrs. Overnight money cost 3.15/25 pct. "
                            "The crown ended at 3.412/418 marks and the lira at 2.8160/8215 here.";
    cd_doc *doc = analyze(t, NULL);
    assert_range_number(doc, t, "1.4730/45 dlrs", 1.473, 1.4745);
    assert_int_equal(offset_of(t, "1.4730/45 dlrs"), 27);
    assert_range_number(doc, t, "3.15/25 pct", 3.15, 3.25);
    assert_range_number(doc, t, "3.412/418", 3.412, 3.418);
    assert_range_number(doc, t, "2.8160/8215", 2.816, 2.8215);
    cd_doc_free(doc);
}

/* Must fire: a lower tail, by size ("7.26/18 pct") or turned over ("1.4795/05", "0.6390/00"). */
static void test_lower_tails(void **state)
{
    (void)state;
    static const char t[] = "Deposits paid 7.26/18 pct. The pound ended at 1.4795/05 dlrs and the kiwi at 0.6390/00.";
    cd_doc *doc = analyze(t, NULL);
    assert_range_number(doc, t, "7.26/18 pct", 7.18, 7.26);
    assert_range_number(doc, t, "1.4795/05 dlrs", 1.4795, 1.4805);
    assert_range_number(doc, t, "0.6390/00", 0.639, 0.64);
    cd_doc_free(doc);
}

/* Must not: a one-digit tail, a tail longer than the decimals, a whole number before the slash, the
 * same digits again, and a story in another language (its point may group thousands). */
static void test_no_slash_quote(void **state)
{
    (void)state;
    static const char t[] = "A ratio of 3.5/1 held. Scores of 2.5/10 came in. Open 24/7 all of 1998/99. Both at 4.25/25.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_number(doc, "3.5/1"));
    assert_null(find_number(doc, "2.5/10"));
    assert_null(find_number(doc, "24/7"));
    assert_null(find_number(doc, "4.25/25"));
    cd_doc_free(doc);
    static const char es[] = "El decreto 4.217/81 fue modificado por el gobierno nacional ayer.";
    cd_options opt = {0};
    opt.language = CD_LANGUAGE_OTHER;
    doc = analyze_opts(es, &opt);
    assert_null(find_number(doc, "4.217/81"));
    cd_doc_free(doc);
}

/* Must fire: a dash after a decimal of four characters is a range, not a period ("2013-14"): a
 * quote's tail ("6.42-47 pct") or a plain second end ("0.75-12 pct"). A period stays unread. */
static void test_dash_after_short_decimal(void **state)
{
    (void)state;
    static const char t[] = "Bills sold at 6.42-47 pct. Fees run 0.75-12 pct. The 2013-14 season ended.";
    cd_doc *doc = analyze(t, NULL);
    assert_range_number(doc, t, "6.42-47 pct", 6.42, 6.47);
    assert_int_equal(offset_of(t, "6.42-47 pct"), 14);
    assert_range_number(doc, t, "0.75-12 pct", 0.75, 12);
    assert_null(find_number(doc, "2013-14"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_slash_quotes),
        cmocka_unit_test(test_lower_tails),
        cmocka_unit_test(test_no_slash_quote),
        cmocka_unit_test(test_dash_after_short_decimal),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
