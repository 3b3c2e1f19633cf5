/* A charge "of" an amount is money booked or billed (a write-down, a fee), not an accusation: no
 * event. Charges of a crime, or of an ordinal-led offence, stay events, with exact spans. */
#include "helpers.h"

static void test_sums_are_no_charges(void **state)
{
    (void)state;
    const char *t = "Harlow Mills Inc said it took a charge of 14 mln dlrs for plant write-downs. "
                    "Olvera Corp net includes charges of about 3.1 mln dlrs, or 22 cts a share. "
                    "The quarter carried a charge of 41 cts a share for the move. "
                    "Kestrel Bank levies charges of 1,200 and 900 on late accounts. "
                    "Brookfell has a yearly interest charge of 6.35 pct on the bonds.";
    cd_doc *doc = analyze(t, "1988-04-12");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 0);
    cd_doc_free(doc);
}

static void test_accusations_stay(void **state)
{
    (void)state;
    const char *t = "Prosecutors brought charges of bribery against Tomas Vell on Monday.";
    cd_doc *doc = analyze(t, "1988-04-12");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 1);
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, "charges");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "charges"));
    assert_int_equal(c->span.stop, offset_of(t, "charges") + strlen("charges of bribery"));
    assert_string_equal(c->event.action, "charge");
    assert_string_equal(c->event.target, "bribery");
    cd_doc_free(doc);
    /* an ordinal opens no sum */
    const char *u = "Dana Pruitt faces a charge of second-degree arson.";
    doc = analyze(u, "1988-04-12");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 1);
    c = find_claim(doc, CD_CLAIM_EVENT, "charge");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(u, "charge"));
    assert_int_equal(c->span.stop, offset_of(u, "charge") + strlen("charge of second-degree arson"));
    assert_string_equal(c->event.target, "second-degree arson");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sums_are_no_charges),
        cmocka_unit_test(test_accusations_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
