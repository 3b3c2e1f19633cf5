/* "charge" that bills or books a sum, or takes control, accuses nobody: "took charge of", "fees
 * charged", "the rate it charges", "would be charged 9.40 dlrs", "a charge against earnings",
 * "charged off". An accusation stays, also when an agency named like a fee brings it. */
#include "helpers.h"

static size_t events(const cd_doc *doc)
{
    size_t n, k = 0;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++) k += c[i].kind == CD_CLAIM_EVENT;
    return k;
}

static void test_sums_and_control(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Odile Marsan took charge of the Harwick squad in 1998.",
        "The minister took personal charge of the flood response.",
        "Tolls charged by the bridge company rose again.",
        "Kestrel Bank will cut the rate it charges on card balances.",
        "Its Baltic buyers would be charged 9.40 dlrs per tonne.",
        "Farrow expects a 3 mln dlr charge against earnings this quarter.",
        "The costs will be charged against third quarter results.",
        "The bank had charged off about 6 mln dlrs in farm loans.",
    };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        cd_doc *doc = analyze(none[i], "1990-02-12");
        if (events(doc)) fail_msg("an event in: %s", none[i]);
        cd_doc_free(doc);
    }
}

static void expect_charge(const char *t, const char *text)
{
    cd_doc *doc = analyze(t, "1990-02-12");
    assert_int_equal(events(doc), 1);
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, text);
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, text));
    assert_int_equal(c->span.stop, offset_of(t, text) + strlen(text));
    assert_string_equal(c->event.action, "charge");
    cd_doc_free(doc);
}

static void test_accusations_stay(void **state)
{
    (void)state;
    expect_charge("The Tariff Board charged Delmont Freight with fraud.", "charged Delmont Freight");
    expect_charge("Prosecutors dropped the charges against the coach.", "charges against the coach");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sums_and_control),
        cmocka_unit_test(test_accusations_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
