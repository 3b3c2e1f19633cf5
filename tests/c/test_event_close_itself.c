/* "close" and "shut" with no object name what was shut: their subject (or the name read for it) is
 * the target, and there is no actor. With an object the subject stays the actor. */
#include "helpers.h"

static void test_close_itself(void **state)
{
    (void)state;
    const char *t = "The consulate closed last year. Kestrel Foods Ltd will shut down in May. "
                    "The council closed the ferry depot.";
    cd_doc *doc = analyze(t, "2004-03-08");
    const cd_claim *c = assert_event_roles(t, doc, "consulate", "The consulate closed", 0, NULL, "The consulate");
    assert_int_equal(c->span.stop, 20);
    assert_event_roles(t, doc, "Kestrel", "Kestrel Foods Ltd will shut down", 32, NULL, "Kestrel Foods Ltd");
    assert_event_roles(t, doc, "depot", "closed the ferry depot", 85, "The council", "the ferry depot");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 3);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_close_itself),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
