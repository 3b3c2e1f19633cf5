/* "record" followed by a date ("Record April 21", "Record 21 April") names a dividend's record
 * date (the day the share register is read), not a record: no comparison claim. A month word with no day after it still lets
 * "record" rank ("record March sales"). */
#include "helpers.h"

static void test_record_dates(void **state)
{
    (void)state;
    const char *t = "Brantel Mills will hand out seven cts a share\nPay May 9\nRecord April 21\n"
                    "Brantel Mills pays its dividend to holders of record june 30.";
    cd_doc *doc = analyze(t, "1991-04-02");
    assert_int_equal(count_claims(doc, CD_CLAIM_COMPARISON), 0);
    cd_doc_free(doc);
}

/* The day first ("Record 16 March") is a record date too; "a record 16 pct" after "a" stays a
 * record, and so does a figure with no month after it. */
static void test_record_day_first(void **state)
{
    (void)state;
    const char *t = "Brantel Mills will hand out seven cts a share\nPay 9 May\nRecord 21 April\nReuter";
    cd_doc *doc = analyze(t, "1991-04-02");
    assert_int_equal(count_claims(doc, CD_CLAIM_COMPARISON), 0);
    cd_doc_free(doc);
    expect_one_comparison("1991-04-02", "Harwick Tools sales rose a record 16 pct in March.",
                          "a record 16 pct in March");
}

static void test_record_month_noun(void **state)
{
    (void)state;
    const char *t = "Harwick Tools booked record March sales of 40 mln dlrs.";
    cd_doc *doc = analyze(t, "1991-04-02");
    assert_int_equal(count_claims(doc, CD_CLAIM_COMPARISON), 1);
    const cd_claim *c = find_claim(doc, CD_CLAIM_COMPARISON, "record");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "record March"));
    assert_int_equal(c->span.stop, offset_of(t, "record March") + strlen("record March sales of 40 mln dlrs"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_record_dates),
        cmocka_unit_test(test_record_day_first),
        cmocka_unit_test(test_record_month_noun),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
