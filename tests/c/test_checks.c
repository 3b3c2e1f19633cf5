/* Checks on the story itself: arithmetic, inconsistent-number, name-variant. Every rule has
 * stories where it must fire (exact place, message, related places) and stories where it must not. */
#include "helpers.h"

/* The only finding of `rule` in text: at `at` (the first occurrence of it at or after `from`), with
 * `message`; returns it for the related spans. */
static const cd_finding *the_finding(const cd_doc *doc, const char *text, const char *rule, const char *from,
                                     const char *at, const char *message)
{
    if (count_findings(doc, rule) != 1)
        fail_msg("%zu %s findings in: %s", count_findings(doc, rule), rule, text);
    const cd_finding *f = find_finding(doc, rule);
    size_t base = offset_of(text, from);
    assert_int_equal(f->span.start, base + offset_of(text + base, at));
    assert_string_equal(span_text(doc, f->span), at);
    assert_string_equal(f->message, message);
    return f;
}

static void assert_related(const cd_doc *doc, const cd_finding *f, unsigned i, const char *text, const char *at)
{
    assert_true(f->nrelated > i);
    assert_string_equal(span_text(doc, f->related[i]), at);
    assert_int_equal(f->related[i].start, offset_of(text, at));
}

static void none(const char *text, const char *rule)
{
    cd_doc *doc = analyze(text, "2025-10-01");
    if (count_findings(doc, rule)) fail_msg("%s fired on: %s (%s)", rule, text, find_finding(doc, rule)->message);
    cd_doc_free(doc);
}

/* ---- arithmetic ---------------------------------------------------------------------------- */

static void test_percent_of_change(void **state)
{
    (void)state;
    const char *t = "Ridership rose from 48,000 to 60,000, a 40% increase.";
    cd_doc *doc = analyze(t, NULL);
    const cd_finding *f = the_finding(doc, t, "arithmetic", t, "40%",
                                      "40% does not follow from 48,000 to 60,000: that is an increase of 25%");
    assert_int_equal(f->severity, CD_SEV_ERROR);
    assert_int_equal(span_line(doc, f->span), 1);
    assert_int_equal(span_col(doc, f->span), offset_of(t, "40%") + 1);
    assert_related(doc, f, 0, t, "48,000");
    assert_related(doc, f, 1, t, "60,000");
    cd_doc_free(doc);

    const char *t2 = "Prices fell 30% from $80 to $60 this spring.";
    doc = analyze(t2, NULL);
    the_finding(doc, t2, "arithmetic", t2, "30%", "30% does not follow from $80 to $60: that is a decrease of 25%");
    cd_doc_free(doc);
}

static void test_percent_within_qualifier_and_rounding(void **state)
{
    (void)state;
    none("Ridership rose from 48,000 to 60,000, a 25% increase.", "arithmetic");
    none("Staff shrank from 1,200 to 450, a drop of about 62 percent.", "arithmetic");
    none("Ridership fell from 48,000 to about 30,000, a decline of nearly 40%.", "arithmetic");
    none("Prices fell 25% from $80 to $60 this spring.", "arithmetic");
    /* a percentage of another clause is not the change's */
    none("Fares rose from $2.50 to $3.25 while ridership fell 20%.", "arithmetic");
}

static void test_percentage_points(void **state)
{
    (void)state;
    const char *t = "Unemployment rose from 4% to 5%, a 3 percentage point increase.";
    cd_doc *doc = analyze(t, NULL);
    the_finding(doc, t, "arithmetic", t, "3 percentage point",
                "3 percentage point does not follow from 4% to 5%: the difference is 1 percentage point");
    cd_doc_free(doc);
    none("Unemployment rose from 4% to 5%, a 1 percentage point increase.", "arithmetic");
    none("Unemployment rose from 4% to 5%, a 25% increase.", "arithmetic"); /* relative */
}

static void test_multiples(void **state)
{
    (void)state;
    const char *t = "Sales doubled from 30,000 to 48,000 units.";
    cd_doc *doc = analyze(t, NULL);
    const cd_finding *f = the_finding(doc, t, "arithmetic", t, "doubled",
                                      "\"doubled\" does not follow from 30,000 to 48,000: that is 1.6 times");
    assert_related(doc, f, 0, t, "30,000");
    cd_doc_free(doc);
    const char *t2 = "Sales tripled from 20,000 to 40,000 units.";
    doc = analyze(t2, NULL);
    the_finding(doc, t2, "arithmetic", t2, "tripled", "\"tripled\" does not follow from 20,000 to 40,000: that is 2 times");
    cd_doc_free(doc);
    none("Sales doubled from 30,000 to 60,000 units.", "arithmetic");
    none("Sales more than doubled from 30,000 to 65,000 units.", "arithmetic");
    none("Sales nearly tripled from 20,000 to 57,000 units.", "arithmetic");
}

static void test_difference(void **state)
{
    (void)state;
    const char *t = "Visits rose by 2,000 to 61,000 from 48,000.";
    cd_doc *doc = analyze(t, NULL);
    the_finding(doc, t, "arithmetic", t, "2,000",
                "a change of 2,000 does not follow from 48,000 to 61,000: the difference is 13,000");
    cd_doc_free(doc);
    none("Visits rose by 13,000 to 61,000 from 48,000.", "arithmetic");
}

static void test_totals(void **state)
{
    (void)state;
    const char *t = "The city spent $1.2 million on docks and $800,000 on boats, a total of $2.5 million.";
    cd_doc *doc = analyze(t, NULL);
    const cd_finding *f = the_finding(doc, t, "arithmetic", t, "$2.5 million",
                                      "the parts $1.2 million + $800,000 add up to 2,000,000, not $2.5 million");
    assert_related(doc, f, 0, t, "$1.2 million");
    assert_related(doc, f, 1, t, "$800,000");
    cd_doc_free(doc);
    none("The city spent $1.2 million on docks and $800,000 on boats, a total of $2 million.", "arithmetic");

    const char *t2 = "Of the 120 staff, 70 were diplomats and the other 40 were local hires.";
    doc = analyze(t2, NULL);
    the_finding(doc, t2, "arithmetic", t2, "120", "the parts 70 + 40 add up to 110, not 120");
    cd_doc_free(doc);
    none("Of the 120 staff, 70 were diplomats and the other 50 were local hires.", "arithmetic");
    /* without "the other" or "the rest" the parts need not cover the whole */
    none("Of the 120 staff, 70 were diplomats and 40 were local hires.", "arithmetic");

    const char *t3 = "Of those surveyed, 75% opposed the plan and the rest, 30%, supported it.";
    doc = analyze(t3, NULL);
    the_finding(doc, t3, "arithmetic", t3, "30%", "the parts 75% + 30% add up to 105%, not 100%");
    cd_doc_free(doc);
    none("Of those surveyed, 75% opposed the plan and the rest, 25%, supported it.", "arithmetic");
}

/* ---- inconsistent-number ------------------------------------------------------------------- */

static void test_inconsistent_number(void **state)
{
    (void)state;
    const char *t = "1,200 commuters use Pier 9 on weekdays. The city said 1,300 commuters use Pier 9 on weekdays.";
    cd_doc *doc = analyze(t, NULL);
    const cd_finding *f = the_finding(doc, t, "inconsistent-number", "The city", "1,300",
                                      "\"1,300 commuters use Pier 9 on weekdays\" here, but \"1,200 commuters use Pier 9 "
                                      "on weekdays\" earlier");
    assert_int_equal(f->severity, CD_SEV_WARNING);
    assert_related(doc, f, 0, t, "1,200");
    cd_doc_free(doc);

    const char *t2 = "The city spent $3.8 million on new docks. Later it said it spent $4.1 million on new docks.";
    doc = analyze(t2, NULL);
    the_finding(doc, t2, "inconsistent-number", t2, "$4.1 million",
                "\"$4.1 million on new docks\" here, but \"$3.8 million on new docks\" earlier");
    cd_doc_free(doc);
}

static void test_consistent_numbers(void **state)
{
    (void)state;
    /* a qualifier covers the other figure */
    none("Some 1,200 commuters use Pier 9 on weekdays. The city said 1,250 commuters use Pier 9 on weekdays.",
         "inconsistent-number");
    /* other periods, other years, other things */
    none("1,200 commuters use Pier 9 each day. The city said 8,000 commuters use Pier 9 each week.", "inconsistent-number");
    none("In 2019, 48,000 riders used the ferry line. In 2025, 30,000 riders used the ferry line.", "inconsistent-number");
    none("Two people were killed in the first crash. Three people were killed in the second crash.",
         "inconsistent-number");
    /* too little context to tell */
    none("The council has 9 members. Only 7 members came.", "inconsistent-number");
    /* a rate is no context; a measure that names a kind of thing is no quantity */
    none("Costs were £1.30 per gigajoule. The price was £1.18 per gigajoule.", "inconsistent-number");
    none("It has an 80 gigabyte hard drive. The cheaper one has 40 gigabyte hard drives.", "inconsistent-number");
    /* figures of two different places */
    none("Chicago has 1,200 buses serving the city center. Boston has 900 buses serving the city center.",
         "inconsistent-number");
    const char *t = "Chicago has 1,200 buses serving the city center. Officials said Chicago has 900 buses serving the "
                    "city center.";
    cd_doc *doc = analyze(t, NULL);
    the_finding(doc, t, "inconsistent-number", "Officials", "900",
                "\"900 buses serving the city center\" here, but \"1,200 buses serving the city center\" earlier");
    cd_doc_free(doc);
}

/* ---- name-variant -------------------------------------------------------------------------- */

static void test_name_spelled_two_ways(void **state)
{
    (void)state;
    const char *t = "Kremlin spokesman Dmitry Peskov spoke first. Later, Peskow said no.";
    cd_doc *doc = analyze(t, NULL);
    const cd_finding *f = the_finding(doc, t, "name-variant", t, "Peskow",
                                      "\"Peskow\" here, but \"Dmitry Peskov\" earlier: one name spelled two ways?");
    assert_int_equal(f->severity, CD_SEV_WARNING);
    assert_related(doc, f, 0, t, "Dmitry Peskov");
    cd_doc_free(doc);

    const char *t2 = "Mayor Elena Ruiz spoke. Later, Elena Ruis left.";
    doc = analyze(t2, NULL);
    the_finding(doc, t2, "name-variant", t2, "Elena Ruis",
                "\"Elena Ruis\" here, but \"Elena Ruiz\" earlier: one name spelled two ways?");
    cd_doc_free(doc);

    /* two edits on a long word (the same letters swapped), and one on a letter outside ASCII */
    const char *t3 = "Mayor Elena Kowalczyk spoke. Later, Elena Kowalcyzk left.";
    doc = analyze(t3, NULL);
    the_finding(doc, t3, "name-variant", t3, "Elena Kowalcyzk",
                "\"Elena Kowalcyzk\" here, but \"Elena Kowalczyk\" earlier: one name spelled two ways?");
    cd_doc_free(doc);
    const char *t4 = "Mayor Elena Mu\xC3\xB1oz spoke. Later, Elena Munoz left.";
    doc = analyze(t4, NULL);
    the_finding(doc, t4, "name-variant", t4, "Elena Munoz",
                "\"Elena Munoz\" here, but \"Elena Mu\xC3\xB1oz\" earlier: one name spelled two ways?");
    cd_doc_free(doc);
}

static void test_names_that_differ(void **state)
{
    (void)state;
    none("Dmitry Peskov spoke. Peskov left.", "name-variant");
    none("Ann Marsh met Ann Marshall at noon.", "name-variant"); /* three edits: two people */
    none("Elena Kowalczyk met Elena Kowalski at noon.", "name-variant"); /* three letters apart */
    none("Jane Smith met John Smith at noon.", "name-variant");  /* short first names */
    none("Sen. Ann Cole spoke. Later, Senator Ann Cole left.", "name-variant");
    /* a surname alone that is another full name's surname */
    none("Eric Clapton played with Adam Clayton. Later, Clapton left.", "name-variant");
}

static void test_office_changes(void **state)
{
    (void)state;
    const char *t = "Sen. Ann Cole spoke. Later, Rep. Ann Cole left.";
    cd_doc *doc = analyze(t, NULL);
    const cd_finding *f = the_finding(doc, t, "name-variant", "Later", "Ann Cole",
                                      "Ann Cole is called representative here, but senator earlier");
    assert_related(doc, f, 0, t, "Ann Cole");
    cd_doc_free(doc);
    none("Sen. Ann Cole spoke. Later, former Gov. Ann Cole left.", "name-variant");
    /* a rank and an office go together; "a prime minister Gordon Brown would make" is no title */
    none("Gen. Pervez Musharraf spoke. Later, President Pervez Musharraf left.", "name-variant");
    none("Analysts asked how good a prime minister Gordon Brown would make. Chancellor Gordon Brown smiled.",
         "name-variant");
    const char *t2 = "Prime Minister Gordon Brown spoke. Chancellor Gordon Brown smiled.";
    doc = analyze(t2, NULL);
    the_finding(doc, t2, "name-variant", "Chancellor", "Gordon Brown",
                "Gordon Brown is called chancellor here, but prime minister earlier");
    cd_doc_free(doc);
}

/* ---- the core's input findings stay ---------------------------------------------------------- */

static void test_input_findings_kept(void **state)
{
    (void)state;
    const char t[] = "Bad \xff byte. Ridership rose from 48,000 to 60,000, a 40% increase.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, "invalid-utf8"), 1);
    assert_int_equal(find_finding(doc, "invalid-utf8")->span.start, 4);
    assert_int_equal(count_findings(doc, "arithmetic"), 1);
    size_t n;
    const cd_finding *f = cd_doc_findings(doc, &n);
    assert_string_equal(f[0].rule, "invalid-utf8"); /* findings in input order */
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_percent_of_change),
        cmocka_unit_test(test_percent_within_qualifier_and_rounding),
        cmocka_unit_test(test_percentage_points),
        cmocka_unit_test(test_multiples),
        cmocka_unit_test(test_difference),
        cmocka_unit_test(test_totals),
        cmocka_unit_test(test_inconsistent_number),
        cmocka_unit_test(test_consistent_numbers),
        cmocka_unit_test(test_name_spelled_two_ways),
        cmocka_unit_test(test_names_that_differ),
        cmocka_unit_test(test_office_changes),
        cmocka_unit_test(test_input_findings_kept),
    };
    return cmocka_run_group_tests_name("checks", tests, NULL, NULL);
}
