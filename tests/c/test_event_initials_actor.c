/* An organisation's initials that the entity pass does not know, right before the verb (past a
 * time and a determiner), are its actor: "the NBVA last week suspended two traders". Not after a
 * content word, where the initials are an object ("watched ZETA close"). */
#include "helpers.h"

static void test_initials_act(void **state)
{
    (void)state;
    const char *t = "Dealers said the NBVA last week suspended two traders.";
    cd_doc *doc;
    const cd_claim *c = only_event(t, "suspended two traders", &doc);
    assert_string_equal(c->event.action, "suspend");
    assert_string_equal(c->event.actor, "NBVA");
    assert_string_equal(c->event.target, "two traders");
    cd_doc_free(doc);
    const char *u = "Both firms broke the rules, the TRVC charged.";
    c = only_event(u, "the TRVC charged", &doc);
    assert_string_equal(c->event.action, "charge");
    assert_string_equal(c->event.actor, "TRVC");
    assert_null(c->event.target);
    cd_doc_free(doc);
}

static void test_initials_after_a_verb_do_not(void **state)
{
    (void)state;
    const char *t = "Dealers watched ZETA suspend two traders.";
    cd_doc *doc;
    const cd_claim *c = only_event(t, "suspend two traders", &doc);
    assert_null(c->event.actor);
    assert_string_equal(c->event.target, "two traders");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_initials_act),
        cmocka_unit_test(test_initials_after_a_verb_do_not),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
