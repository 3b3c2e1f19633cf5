/* A charge or a fine named as a noun with "of" after it takes no actor from the nearest name
 * before when a verb of the accused governs it: "Michael Varno has denied charges of fraud" names
 * the accused, not who charged him. A name right before the noun brings the charges ("settled
 * Federal Trade Commission charges of"), and so does the subject of another verb ("filed"). */
#include "helpers.h"

static void test_accused_named(void **state)
{
    (void)state;
    const char *t = "Michael Varno has denied charges of fraud and theft. "
                    "Varnia Mining Corp will face charges of negligence. "
                    "Varnia Bank settled Federal Trade Commission charges of bribery in May.";
    cd_doc *doc = analyze(t, "1990-02-06");
    assert_event_roles(t, doc, "charges of fraud", "charges of fraud", 25, NULL, "fraud");
    assert_event_roles(t, doc, "negligence", "charges of negligence", 82, NULL, "negligence");
    assert_event_roles(t, doc, "bribery", "charges of bribery", 150, "Federal Trade Commission", "bribery");
    cd_doc_free(doc);
}

static void test_accuser_named(void **state)
{
    (void)state;
    const char *t = "The Trade Board filed charges of fraud against Lee Moss. "
                    "Officials at the port said Tom Vey pleaded not guilty to two charges of theft. "
                    "Ada Lunt was arrested on one charge of theft and a second charge of arson.";
    cd_doc *doc = analyze(t, "1990-02-06");
    assert_event_roles(t, doc, "charges of fraud", "charges of fraud", 22, "Trade Board", "fraud");
    assert_event_roles(t, doc, "charges of theft", "charges of theft", 118, NULL, "theft");
    assert_event_roles(t, doc, "charge of arson", "charge of arson", 194, NULL, "arson");
    cd_doc_free(doc);
}

/* "contest" answers a bare charge as "deny" does; "paid" bears a charge without answering it, so a
 * bare "charges" after it is a cost, no accusation. */
static void test_answer_roles(void **state)
{
    (void)state;
    const char *t = "Ada Lunt contested the charge. Tom Vey paid the charges.";
    cd_doc *doc = analyze(t, "1990-02-06");
    assert_event_roles(t, doc, "contested", "contested the charge", 9, NULL, NULL);
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "paid"));
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 1);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_accused_named),
        cmocka_unit_test(test_accuser_named),
        cmocka_unit_test(test_answer_roles),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
