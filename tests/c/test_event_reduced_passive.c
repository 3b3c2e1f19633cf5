/* A participle with "by" and an agent right after it and no form of "be" before it is a passive
 * (a reduced relative, or a headline): the noun phrase before it is the target, the agent the
 * actor, and the claim runs through the agent. After "to" or a modal the first word before is a
 * verb, left out of the target ("must meet rules imposed by"). "By" a time or a figure names no
 * agent. */
#include "helpers.h"

static void test_reduced_passive(void **state)
{
    (void)state;
    const char *t = "The levies imposed by the Harlow Board have cut exports. Club captain suspended by league. "
                    "Peter Reyes, banned by the Harlow Federation, can return.";
    cd_doc *doc = analyze(t, "1990-02-06");
    const cd_claim *c = assert_event_span(t, doc, "levies", "The levies imposed by the Harlow Board");
    assert_string_equal(c->event.target, "The levies");
    assert_string_equal(c->event.actor, "Harlow Board");
    c = assert_event_span(t, doc, "captain", "Club captain suspended by league");
    assert_string_equal(c->event.target, "Club captain");
    assert_string_equal(c->event.actor, "league");
    c = assert_event_span(t, doc, "banned", "Peter Reyes, banned by the Harlow Federation");
    assert_string_equal(c->event.target, "Peter Reyes");
    cd_doc_free(doc);
}

static void test_no_reduced_passive(void **state)
{
    (void)state;
    const char *t = "Firms must meet rules imposed by the Harlow Board. The stores closed by 6 pm.";
    cd_doc *doc = analyze(t, "1990-02-06");
    const cd_claim *c = assert_event_span(t, doc, "rules", "rules imposed by the Harlow Board");
    assert_string_equal(c->event.target, "rules"); /* "meet" is a verb, not part of the target */
    c = assert_event_span(t, doc, "closed", "The stores closed"); /* a time, not an agent */
    assert_null(c->event.actor); /* what closed, with no object: the target (test_event_close_itself.c) */
    assert_string_equal(c->event.target, "The stores");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reduced_passive),
        cmocka_unit_test(test_no_reduced_passive),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
