/* "close" before "to" with no modal, "to", "do" or subject pronoun before it is the adjective of
 * nearness ("cost Norway close to $8m", "a source in Oslo close to the board", "bring it close
 * to full use"); "will close to traffic" stays a closure. "close", "closes" or "closing" after a
 * determiner and a place's capitals, with no object after it, is a market's end of day ("above
 * the Oslo close but", "after the Tokyo closing on"); with an object after it ("the Tamsin Mills
 * close their gates") it stays. "closes" and "closing" after capitals that are no place ("the
 * Varco closing of the mill") stay a closure. */
#include "helpers.h"

static void test_close_near(void **state)
{
    (void)state;
    const char *t = "The flood will cost Norway close to $8m, a source in Oslo close to the board said. "
                    "The new kiln will bring it close to full use. The bridge will close to traffic in May.";
    cd_doc *doc = analyze(t, "1994-03-08");
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, "close");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "The bridge will close"));
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 1);
    cd_doc_free(doc);
}

static void test_close_market_noun(void **state)
{
    (void)state;
    const char *t = "Gold ended above the Oslo close but below its high. Yields fell after the Tokyo "
                    "closing on Friday. The Tamsin Mills close their gates in May.";
    cd_doc *doc = analyze(t, "1994-03-08");
    assert_event_span(t, doc, "gates", "close their gates");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 1);
    cd_doc_free(doc);
}

static void test_closing_after_firm(void **state)
{
    (void)state;
    const char *t = "Crews protested the Varco closing of the mill. Yields fell after the Varco closing on Friday.";
    cd_doc *doc = analyze(t, "1994-03-08");
    const cd_claim *c = assert_event_roles(t, doc, "closing of the mill", "closing of the mill", 26, NULL, "the mill");
    assert_string_equal(c->event.action, "close");
    assert_int_equal(c->span.stop, 45);
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 2);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_close_near),
        cmocka_unit_test(test_close_market_noun),
        cmocka_unit_test(test_closing_after_firm),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
