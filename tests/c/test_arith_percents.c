/* arithmetic: the percentage stated with a change. A percentage with no qualifier is the change
 * rounded or cut off at its last written digit; a percentage of another thing in the sentence (its
 * own change, another basis, a figure after ", with" or ", compared with", a range's end) is not
 * the pair's; a figure of the pair written without its partner's scale word takes it. A change of
 * two percentages given in percent that is their difference in points is percentage-points. */
#include "helpers.h"

static void none(const char *t)
{
    expect_findings_at(t, "arithmetic", 0, NULL);
}

static void test_wrong_percentages_fire(void **state)
{
    (void)state;
    expect_one_error("Exports fell 12.9 pct to 17,640 from 20,150.", NULL, "arithmetic", "12.9 pct",
                     "12.9 pct does not follow from 20,150 to 17,640: that is a decrease of 12.46%");
    expect_one_error("Deliveries fell two pct to 14,708 from 14,926 last year.", NULL, "arithmetic", "two pct",
                     "two pct does not follow from 14,926 to 14,708: that is a decrease of 1.46%");
    expect_one_error("Traffic rose 52 pct to 4.80 from 3.50 billion.", NULL, "arithmetic", "52 pct",
                     "52 pct does not follow from 3.50 billion to 4.80: that is an increase of 37.14%");
    expect_one_error("Output rose 19.4 pct to 1.26 mln barrels from 964,310 barrels.", NULL, "arithmetic",
                     "19.4 pct",
                     "19.4 pct does not follow from 964,310 barrels to 1.26 mln barrels: that is an increase of "
                     "30.66%");
}

static void test_rounded_or_cut_off(void **state)
{
    (void)state;
    none("Orders fell two pct to 9,774 from 10,000.");                   /* 2.26 */
    none("Sales rose one pct to 218.7 mln dlrs from 216.1 mln dlrs.");   /* 1.20 */
    none("Cargo rose 26.5 pct to 1,265,800 from 1,000,000.");            /* 26.58, cut off */
    none("Orders rose 12.5 pct to 95.3 mln from 84.6 mln.");             /* 12.52..12.77 */
    none("Sales rose seven pct to 183.9 mln dlrs from 171.1 mln dlrs."); /* 7.48 */
}

static void test_percentage_of_another_thing(void **state)
{
    (void)state;
    none("Sales rose 6.0 pct to 530 mln dlrs from 500 mln dlrs, with same-store sales up 4.2 pct.");
    none("The jobless rate fell to 6.1 pct in May from 6.3 pct in April, compared with 5.2 pct a year earlier.");
    none("The jobless rate fell to 6.1 pct in May from 6.3 pct in April, against 5.9 pct a year earlier.");
    none("Sales rose to 212 mln dlrs from 200 mln dlrs, or two pct on a comparable store basis.");
    none("Sales rose 6.0 pct to 530 mln dlrs from 500 mln dlrs, with orders up 9.1 pct to 240 mln from 220 mln.");
    none("Exports fell to 12,000 from 9,000 last year, pushing shipments up 45.3 pct to 260,000.");
    none("Its market share dropped to 21.4 pct this year from 29 to 30 pct a decade ago.");
    /* the scale word of one figure is the other's */
    none("Traffic rose 37 pct to 4.80 from 3.50 billion.");
    none("Profit rose 44 pct, from 2.118 to 3.046 bln crowns.");
}

static void test_percentage_of_the_change_still_read(void **state)
{
    (void)state;
    /* a percentage after "or", or after a comma with no aside word, is the change's */
    expect_one_error("Sales rose to 212 mln dlrs from 200 mln dlrs, or 16 pct.", NULL, "arithmetic", "16 pct",
                     "16 pct does not follow from 200 mln dlrs to 212 mln dlrs: that is an increase of 6%");
    expect_one_error("Sales rose to 212 mln dlrs from 200 mln dlrs with a gain of 16 pct.", NULL, "arithmetic",
                     "16 pct",
                     "16 pct does not follow from 200 mln dlrs to 212 mln dlrs: that is an increase of 6%");
}

/* The one percentage-points warning of story t: at `at`, relating the two percentages, with
 * `message`; and no arithmetic error. */
static void expect_points(const char *t, const char *at, const char *from, const char *to, const char *message)
{
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, "percentage-points"), 1);
    assert_int_equal(count_findings(doc, "arithmetic"), 0);
    const cd_finding *f = find_finding(doc, "percentage-points");
    assert_int_equal(f->severity, CD_SEV_WARNING);
    assert_int_equal(f->span.start, offset_of(t, at));
    assert_int_equal(f->span.stop, offset_of(t, at) + strlen(at));
    assert_string_equal(f->message, message);
    assert_int_equal(f->nrelated, 2);
    assert_int_equal(f->related[0].start, offset_of(t, from));
    assert_int_equal(f->related[1].start, offset_of(t, to));
    cd_doc_free(doc);
}

static void test_points_given_as_percent(void **state)
{
    (void)state;
    expect_points("The occupancy rate slipped 2.4 pct to 61.3 pct from 63.7 pct.", "2.4 pct", "63.7 pct", "61.3 pct",
                  "2.4 pct is the difference from 63.7 pct to 61.3 pct in percentage points; as a percent, that is "
                  "a decrease of 3.77%");
    expect_points("Turnout rose 3% from 41% to 44%.", "3%", "41%", "44%",
                  "3% is the difference from 41% to 44% in percentage points; as a percent, that is an increase "
                  "of 7.32%");
    /* the percent change itself, points said as points, or a figure off both ways: no warning */
    static const char *const fine[] = {
        "The occupancy rate rose 3.9 pct to 66.2 pct from 63.7 pct.",
        "The occupancy rate rose 2.5 percentage points to 66.2 pct from 63.7 pct.",
        "The occupancy rate rose 2.5 points to 66.2 pct from 63.7 pct.",
        "Turnout rose 7% from 41% to 44%.",
        "Turnout rose 4 pct to 44 pct from 40 pct.", /* round levels: 40 may stand for 38 or 39.6 */
    };
    expect_no_finding(fine, sizeof fine / sizeof *fine, NULL, "percentage-points");
    expect_one_error("Turnout rose 12% from 41% to 44%.", NULL, "arithmetic", "12%",
                     "12% does not follow from 41% to 44%: that is an increase of 7.32%");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wrong_percentages_fire),
        cmocka_unit_test(test_rounded_or_cut_off),
        cmocka_unit_test(test_percentage_of_another_thing),
        cmocka_unit_test(test_percentage_of_the_change_still_read),
        cmocka_unit_test(test_points_given_as_percent),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
