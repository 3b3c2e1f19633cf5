/* "charge" that fills a battery accuses nobody: a power word of data/ev_charge_duties.tsv as its
 * subject ("the scooter battery can be charged") or after it ("charged wirelessly", "kept charged
 * by solar panels"). A "with" after it names a crime, even with a power word before it ("charged
 * power firms in Leeds with fraud", "charged with abusing his power"). */
#include "helpers.h"

static void test_battery_charged(void **state)
{
    (void)state;
    const char *t = "The scooter battery can be charged from a wall socket. "
                    "The Orvo earbuds are charged wirelessly. "
                    "The van is kept charged by solar panels.";
    cd_doc *doc = analyze(t, "1994-03-08");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 0);
    cd_doc_free(doc);
}

static void test_accusations_stay(void **state)
{
    (void)state;
    const char *t = "Pym was charged with abusing his power. "
                    "Critics charged power firms in Leeds with fraud.";
    cd_doc *doc = analyze(t, "1994-03-08");
    assert_event_span(t, doc, "Pym", "Pym was charged");
    assert_event_span(t, doc, "firms", "charged power firms");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 2);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_battery_charged),
        cmocka_unit_test(test_accusations_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
