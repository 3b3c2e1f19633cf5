/* Adverbs right after an event verb are no part of its object: "resigned effective at once"
 * has no target, "suspended indefinitely its payments" hits the payments, "closed again" says what
 * closed. A word in "-ly" that may be an adjective of the object ("yearly bonuses") stays in
 * the target. */
#include "helpers.h"

static void test_adverbs_alone_no_target(void **state)
{
    (void)state;
    const char *t = "Anna Kovic resigned effective at once, the bank said. "
                    "The clinics closed again on Tuesday.";
    cd_doc *doc = analyze(t, "2003-05-14");
    assert_event_roles(t, doc, "resigned", "Anna Kovic resigned", 0, "Anna Kovic", NULL);
    const cd_claim *c = assert_event_roles(t, doc, "closed", "The clinics closed", 54, NULL, "The clinics");
    assert_int_equal(c->span.stop, 72);
    cd_doc_free(doc);
}

static void test_object_after_adverb(void **state)
{
    (void)state;
    const char *t = "Brazil suspended indefinitely its payments on foreign debt.";
    cd_doc *doc = analyze(t, "2003-05-14");
    const cd_claim *c = assert_event_roles(t, doc, "suspended", "suspended indefinitely its payments", 7, "Brazil",
                                           "its payments");
    assert_int_equal(c->span.stop, 42);
    cd_doc_free(doc);
}

static void test_ly_adjective_stays(void **state)
{
    (void)state;
    const char *t = "The board suspended yearly bonuses. Varn Bank imposed effective controls on lending.";
    cd_doc *doc = analyze(t, "2003-05-14");
    assert_event_roles(t, doc, "suspended", "suspended yearly bonuses", 10, "The board", "yearly bonuses");
    /* a listed adverb that is also an adjective (data/ev_object_adverbs.tsv, "adj") stays too */
    assert_event_roles(t, doc, "imposed", "imposed effective controls", 46, "Varn Bank", "effective controls");
    cd_doc_free(doc);
}

/* "back" is an adverb of data/ev_object_adverbs.tsv and an adjective ("adj"): it stays before a
 * lower-case noun ("back wages"). */
static void test_back_adjective_stays(void **state)
{
    (void)state;
    const char *t = "The mill suspended back wages to its crews.";
    cd_doc *doc = analyze(t, "2003-05-14");
    const cd_claim *c = assert_event_roles(t, doc, "suspended", "suspended back wages", 9, "The mill", "back wages");
    assert_int_equal(c->span.stop, 29);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_adverbs_alone_no_target),
        cmocka_unit_test(test_object_after_adverb),
        cmocka_unit_test(test_ly_adjective_stays),
        cmocka_unit_test(test_back_adjective_stays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
