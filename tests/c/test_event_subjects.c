/* An event verb with no object starts its claim at its subject: a name, a common noun phrase or
 * a personal pronoun right before it (after its auxiliaries). With no subject there (a comma, a
 * relative "who", "to", a place after a preposition) the claim stays the verb alone. */
#include "helpers.h"

static void assert_event(const char *t, const cd_doc *doc, const char *needle, const char *span)
{
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, needle);
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, span));
    assert_int_equal(c->span.stop, offset_of(t, span) + strlen(span));
}

static void test_subjects(void **state)
{
    (void)state;
    const char *t = "Brumley Corp said treasurer Ona Vickers has resigned as treasurer. Her deputy "
                    "resigned on Monday. She resigned.";
    cd_doc *doc = analyze(t, "1990-02-06");
    assert_event(t, doc, "has resigned", "Ona Vickers has resigned");
    assert_event(t, doc, "deputy", "Her deputy resigned");
    assert_event(t, doc, "She resigned", "She resigned");
    cd_doc_free(doc);
    /* a possessive subject starts at its owner, never at the bare "'s" */
    const char *u = "Norland's ferry service closed. The town's mill closed.";
    doc = analyze(u, "1990-02-06");
    assert_event(u, doc, "ferry", "Norland's ferry service closed");
    assert_event(u, doc, "mill", "The town's mill closed");
    cd_doc_free(doc);
}

static void test_no_subject(void **state)
{
    (void)state;
    const char *t = "It named Pol Arden, who resigned in May. Tallis Ferries is expected to close. "
                    "Output will remain shut down.";
    cd_doc *doc = analyze(t, "1990-02-06");
    assert_event(t, doc, "resigned", "resigned");
    assert_event(t, doc, "close", "close");
    assert_event(t, doc, "shut", "Output will remain shut down"); /* a copula's subject (test_event_copulas.c) */
    cd_doc_free(doc);
    const char *u = "Depots across Venland will close. Two members of its board resigned.";
    doc = analyze(u, "1990-02-06");
    assert_event(u, doc, "close", "close"); /* a place after a preposition acts on nothing */
    assert_event(u, doc, "resigned", "its board resigned"); /* "of" joins the subject */
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_subjects),
        cmocka_unit_test(test_no_subject),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
