/* "close" the adjective of nearness shuts nothing: a degree word before it ("how close the
 * lender came to a sale") or a noun of nearness right after it ("sent the draft to close friends").
 * Read as a verb after "to" or before a determiner, it was a closure of the friends or the lender.
 * "Voted to close the library" stays. */
#include "helpers.h"

static void test_close_adjective(void **state)
{
    (void)state;
    const char *t = "He sent the draft to close friends, including Ivo Marr. "
                    "Nobody said how close the Tamsin lender came to a sale. "
                    "The council voted to close the Tamsin library.";
    cd_doc *doc = analyze(t, "1994-03-08");
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "friends"));
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "lender"));
    assert_event_span(t, doc, "library", "close the Tamsin library");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 1);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_close_adjective),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
