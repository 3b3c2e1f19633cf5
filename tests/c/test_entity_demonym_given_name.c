/* Entities: a given name after a demonym of two words ("New Yorker Dick Havel", "Anne" and "Dick"
 * now in data/ent_first_names.tsv) starts the person's name inside the run, and the surname alone
 * later is that person: a quote after a sentence about them is theirs. */
#include "helpers.h"

static void test_demonym_then_given_name(void **state)
{
    (void)state;
    const char *t = "Ferry plans\n\nOn paper, New Yorker Dick Havel is an odd choice to run the harbour board.\n\n"
                    "On the subject of tolls, Havel sounds certain.\n\n"
                    "\"I have never seen a bridge pay for itself in under forty years.\"";
    cd_doc *doc = analyze(t, NULL);
    const cd_entity *e = assert_entity(doc, t, "Dick Havel", 0, "person", "Dick Havel");
    assert_int_equal(e->span.start, 34);
    assert_int_equal(e->span.stop, 44);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, "I have never seen");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "\"I have never"));
    assert_int_equal(c->span.stop, strlen(t));
    assert_string_equal(c->quote.speaker, "Dick Havel");
    assert_int_equal(count_findings(doc, "unattributed-quote"), 0);
    cd_doc_free(doc);
}

static void test_anne(void **state)
{
    (void)state;
    expect_entity("The shop on the quay was bought by Anne Tolland in May.", "Anne Tolland", "person", NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_demonym_then_given_name),
        cmocka_unit_test(test_anne),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
