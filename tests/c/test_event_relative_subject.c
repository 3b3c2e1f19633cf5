/* A passive's subject read back into a relative clause is the noun before "who": "Nine marchers
 * who stormed the hall ... have been charged" charges the marchers. A speech verb in the clause
 * opens a clause of its own ("a clerk who said the depot was closed"). */
#include "helpers.h"

static void test_noun_before_who(void **state)
{
    (void)state;
    const char *t = "Nine marchers who stormed the hall during a debate on the Farm Bill have been charged.";
    cd_doc *doc;
    const cd_claim *c = only_event(t, "Nine marchers who stormed the hall during a debate on the Farm Bill have been charged",
                                   &doc);
    assert_string_equal(c->event.action, "charge");
    assert_string_equal(c->event.target, "Nine marchers");
    cd_doc_free(doc);
}

static void test_speech_clause_keeps_subject(void **state)
{
    (void)state;
    const char *t = "A clerk who said the depot was closed went home.";
    cd_doc *doc;
    const cd_claim *c = only_event(t, "the depot was closed", &doc);
    assert_string_equal(c->event.target, "the depot");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_noun_before_who),
        cmocka_unit_test(test_speech_clause_keeps_subject),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
