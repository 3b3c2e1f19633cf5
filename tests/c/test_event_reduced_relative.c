/* A participle of a verb that always takes an object, right after a common noun with no auxiliary
 * and no object after it, is a reduced relative: the noun is the target and there is no actor
 * ("the levy imposed on rice"). Verbs that may stand alone ("closed") and a sum after the verb
 * ("fined $2 million") keep the active reading. */
#include "helpers.h"

static void test_reduced_relative(void **state)
{
    (void)state;
    const char *t = "The levy imposed on Tarvin rice hurt growers. Dock staff laid off in May were rehired. "
                    "Rules now imposed on barges will stay.";
    cd_doc *doc = analyze(t, "1990-02-06");
    const cd_claim *c = assert_event_span(t, doc, "levy", "The levy imposed");
    assert_string_equal(c->event.target, "The levy");
    assert_null(c->event.actor);
    assert_false(has_reason(c, "named-actor"));
    c = assert_event_span(t, doc, "Dock", "Dock staff laid off");
    assert_string_equal(c->event.target, "Dock staff");
    assert_null(c->event.actor);
    c = assert_event_span(t, doc, "Rules", "Rules now imposed");
    assert_string_equal(c->event.target, "Rules");
    cd_doc_free(doc);
}

static void test_active_kept(void **state)
{
    (void)state;
    const char *t = "The depot closed in May. Ferro Marine fined $2 million for dumping.";
    cd_doc *doc = analyze(t, "1990-02-06");
    const cd_claim *c = assert_event_span(t, doc, "depot", "The depot closed");
    assert_null(c->event.actor); /* what closed: the target (test_event_close_itself.c) */
    assert_string_equal(c->event.target, "The depot");
    c = assert_event_span(t, doc, "fined", "fined $2 million");
    assert_null(c->event.target); /* a fine's sum is no target (test_event_fine_sum.c) */
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reduced_relative),
        cmocka_unit_test(test_active_kept),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
