/* Quotes: after 'X was asked if ...', the quote that opens the next sentence is X's answer, though
 * the question names another person or has a speech verb of its own ('asked if she would say yes
 * if Lord Ode applied'). */
#include "helpers.h"

static void test_asked_then_answer(void **state)
{
    (void)state;
    const char *t = "Nadia Pell runs the rowing club. Ms Pell was asked if she would say yes if Lord Ode "
                    "applied to rejoin. \"We would look at that with an open mind, as we do for everyone.\"";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, "We would look");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "\"We would"));
    assert_int_equal(c->span.stop, strlen(t));
    assert_string_equal(c->quote.speaker, "Nadia Pell");
    assert_int_equal(count_findings(doc, "unattributed-quote"), 0);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_asked_then_answer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
