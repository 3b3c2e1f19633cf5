/* An adjective of ease, difficulty or need before "to" ("hard to close", "necessary to retire")
 * or of eagerness ("eager to withdraw") names no act: the event is dropped. A verb before "to"
 * that is no such word ("voted to close") keeps it. */
#include "helpers.h"

static void test_ease_drops_event(void **state)
{
    (void)state;
    const char *t = "The pop-up windows are hard to close on a small phone. "
                    "Mayor Lena Ruiz is still eager to withdraw from the race. "
                    "It is necessary to retire early for a full pension. "
                    "The council voted to close the Tamsin library.";
    cd_doc *doc = analyze(t, "2004-03-08");
    const cd_claim *c = assert_event_span(t, doc, "library", "close the Tamsin library");
    assert_int_equal(c->span.start, 186);
    assert_string_equal(c->event.action, "close");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 1);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ease_drops_event),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
