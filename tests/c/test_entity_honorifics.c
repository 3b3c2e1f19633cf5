/* Entities: a run that opens with an honorific kept in the name (data/ent_honorifics.tsv: "Lord",
 * "Dame", "Sir") is a person though no given name, title or speech verb beside it says so, and a
 * quote that follows the sentence it speaks in is theirs. Not before a title: "Lord Mayor" is an
 * office. */
#include "helpers.h"

static size_t persons(const cd_doc *doc)
{
    size_t n, k = 0;
    const cd_entity *e = cd_doc_entities(doc, &n);
    for (size_t i = 0; i < n; i++) k += strcmp(e[i].type, "person") == 0;
    return k;
}

static void test_lord_alone(void **state)
{
    (void)state;
    const char *t = "The panel met in March. Lord Ferrand, head of the county's licensing board, who first asked "
                    "for tougher rules, said the fine was \"paltry\". "
                    "\"A parking ticket costs more than that in most of our cities.\"";
    cd_doc *doc = analyze(t, NULL);
    const cd_entity *e = assert_entity(doc, t, "Lord Ferrand", 0, "person", "Lord Ferrand");
    assert_int_equal(e->span.start, 24);
    assert_int_equal(e->span.stop, 36);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, "A parking ticket");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "\"A parking"));
    assert_int_equal(c->span.stop, strlen(t));
    assert_string_equal(c->quote.speaker, "Lord Ferrand");
    assert_int_equal(count_findings(doc, "unattributed-quote"), 0);
    cd_doc_free(doc);
}

static void test_dame_three_words(void **state)
{
    (void)state;
    const char *t = "Tickets sold out after Dame Orla Brenn agreed to sing.";
    cd_doc *doc = analyze(t, NULL);
    const cd_entity *e = assert_entity(doc, t, "Dame Orla Brenn", 0, "person", "Dame Orla Brenn");
    assert_int_equal(e->span.start, 23);
    assert_int_equal(e->span.stop, 38);
    cd_doc_free(doc);
}

static void test_office_not_person(void **state)
{
    (void)state;
    const char *t = "The Lord Mayor opened the harbour fair on a wet morning.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(persons(doc), 0);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lord_alone),
        cmocka_unit_test(test_dame_three_words),
        cmocka_unit_test(test_office_not_person),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
