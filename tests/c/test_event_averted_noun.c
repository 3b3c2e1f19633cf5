/* A noun event that a verb of data/ev_unreal.tsv ("avert") keeps from happening is hypothetical:
 * "sold its mills to prevent the seizure of its barges" says no seizure took place. The same noun after
 * another verb is not, nor one after an "avert" verb that is negated or failed: then it took place. */
#include "helpers.h"

static void test_averted_noun(void **state)
{
    (void)state;
    const char *t = "The firm sold its mills to prevent the seizure of its barges. "
                    "Officers ordered the seizure of two barges on Monday. "
                    "Police failed to prevent the seizure of the ship. "
                    "The city could not avert the closure of the mill. ";
    cd_doc *doc = analyze(t, "1994-03-08");
    const cd_claim *c = assert_event_roles(t, doc, "its barges", "seizure of its barges", 39, NULL, "its barges");
    assert_true(has_reason(c, "hypothetical"));
    c = assert_event_roles(t, doc, "two barges", "seizure of two barges", 83, "Officers", "two barges");
    assert_false(has_reason(c, "hypothetical"));
    c = assert_event_roles(t, doc, "the ship", "seizure of the ship", 145, NULL, "the ship");
    assert_false(has_reason(c, "hypothetical"));
    c = assert_event_roles(t, doc, "the mill", "closure of the mill", 195, NULL, "the mill");
    assert_false(has_reason(c, "hypothetical"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_averted_noun),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
