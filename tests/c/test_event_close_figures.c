/* "close" in a figure shuts nothing a checker could look up: a figure's noun of
 * data/ev_close_idioms.tsv as its object past words before it ("close the gender pay gap",
 * "close the divide"), or as its subject ("books close May 4", "the door is not closed
 * on a deal"). A place's closure around them stays, and so does the closure of a firm's doors. */
#include "helpers.h"

static void test_figure_object_with_words(void **state)
{
    (void)state;
    const char *t = "Cheap tablets could help close the rural digital divide. "
                    "Varnia hopes to close the gender pay gap. "
                    "Wardens closed the Tamsin slipway.";
    cd_doc *doc = analyze(t, "1994-03-08");
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "divide"));
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "gap"));
    assert_event_span(t, doc, "slipway", "closed the Tamsin slipway");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 1);
    cd_doc_free(doc);
}

static void test_figure_subject(void **state)
{
    (void)state;
    const char *t = "Dividend payable June 9, books close May 4 to 12. "
                    "Mr Ralt said the door is not closed on a bid from Orvo Ltd. "
                    "The mill's doors closed in May.";
    cd_doc *doc = analyze(t, "1994-03-08");
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "books"));
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "door is"));
    assert_event_span(t, doc, "doors closed", "The mill's doors closed");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 1);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_figure_object_with_words),
        cmocka_unit_test(test_figure_subject),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
