/* "close" and "shut" with no object name what was shut: their subject (or the name read for it) is
 * the target, and there is no actor. With an object the subject stays the actor. */
#include "helpers.h"

static void test_close_itself(void **state)
{
    (void)state;
    const char *t = "The consulate closed last year. Kestrel Foods Ltd will shut down in May. "
                    "The council closed the ferry depot.";
    cd_doc *doc = analyze(t, "2004-03-08");
    const cd_claim *c = assert_event_span(t, doc, "consulate", "The consulate closed");
    assert_int_equal(c->span.start, 0);
    assert_int_equal(c->span.stop, 20);
    assert_null(c->event.actor);
    assert_string_equal(c->event.target, "The consulate");
    c = assert_event_span(t, doc, "Kestrel", "Kestrel Foods Ltd will shut down");
    assert_int_equal(c->span.start, 32);
    assert_null(c->event.actor);
    assert_string_equal(c->event.target, "Kestrel Foods Ltd");
    c = assert_event_span(t, doc, "depot", "closed the ferry depot");
    assert_string_equal(c->event.actor, "The council");
    assert_string_equal(c->event.target, "the ferry depot");
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
