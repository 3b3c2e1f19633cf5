/* Entities: a pronoun's contraction that opens a sentence ("I'd", "We've", "You’re") is no name
 * (data/ent_stopwords.tsv), so it speaks no reported clause and names no quote's speaker. */
#include "helpers.h"

static void test_contraction_is_no_person(void **state)
{
    (void)state;
    const char *t = "Tom Kay left the board in May. We've said that the plan would fail before the vote. "
                    "I'd say that the vote was lost. You\u2019re right that the mill closed, Ann Lee said.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_entity *e = cd_doc_entities(doc, &n);
    size_t persons = 0;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(e[i].type, "person") != 0) continue;
        persons++;
        if (strchr(span_text(doc, e[i].span), '\'') || strstr(span_text(doc, e[i].span), "\u2019"))
            fail_msg("person '%s' in: %s", span_text(doc, e[i].span), t);
    }
    assert_int_equal(persons, 2);
    const cd_entity *kay = assert_entity(doc, t, "Tom Kay", 0, "person", "Tom Kay");
    assert_int_equal(kay->span.start, 0);
    assert_int_equal(kay->span.stop, 7);
    /* "We've said that ...": no one named speaks it */
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, "the plan would fail");
    if (c && c->quote.speaker) fail_msg("speaker '%s' in: %s", c->quote.speaker, t);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contraction_is_no_person),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
