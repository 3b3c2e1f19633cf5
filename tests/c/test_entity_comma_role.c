/* Entities: a name of two words or more set off by commas right after a lower-case title, job or
 * kin noun is the person the role describes ("the club's director, Ilsa Varn, said"), and a quote
 * after that sentence is theirs. Not after a trade that names firms as often, and not when the
 * name runs on into a clause of its own (no comma or period closes it). A reported clause before
 * such a role ends before it; a role that opens the sentence leaves no clause before it. */
#include "helpers.h"

static size_t persons(const cd_doc *doc)
{
    size_t n, k = 0;
    const cd_entity *e = cd_doc_entities(doc, &n);
    for (size_t i = 0; i < n; i++) k += strcmp(e[i].type, "person") == 0;
    return k;
}

static void test_title_then_name(void **state)
{
    (void)state;
    const char *t = "The orchard trust's director, Ilsa Varn, said the frost came late. "
                    "\"We lost nearly half of the pear blossom in two cold nights.\"";
    cd_doc *doc = analyze(t, NULL);
    const cd_entity *e = assert_entity(doc, t, "Ilsa Varn", 0, "person", "Ilsa Varn");
    assert_int_equal(e->span.start, 30);
    assert_int_equal(e->span.stop, 39);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, "We lost nearly half");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "\"We lost"));
    assert_int_equal(c->span.stop, strlen(t));
    assert_string_equal(c->quote.speaker, "Ilsa Varn");
    assert_int_equal(count_findings(doc, "unattributed-quote"), 0);
    cd_doc_free(doc);
}

static void test_kin_then_name(void **state)
{
    (void)state;
    const char *t = "Her cousin, Bram Odell, runs the stall on market days.";
    cd_doc *doc = analyze(t, NULL);
    const cd_entity *e = assert_entity(doc, t, "Bram Odell", 0, "person", "Bram Odell");
    assert_int_equal(e->span.start, 12);
    assert_int_equal(e->span.stop, 22);
    cd_doc_free(doc);
}

static void test_trade_then_firm(void **state)
{
    (void)state;
    const char *t = "The deal was arranged by its broker, Tarn Holloway, over the winter.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(persons(doc), 0);
    cd_doc_free(doc);
}

static void test_no_closing_comma(void **state)
{
    (void)state;
    const char *t = "They wanted a new manager, Tarn Holloway supporters told the radio phone-in.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(persons(doc), 0);
    cd_doc_free(doc);
}

/* the reported clause before "her agent, Name, said" ends before the role, not after it */
static void test_clause_before_role(void **state)
{
    (void)state;
    const char *t = "The singer will miss the autumn tour because of a throat infection, her agent, Lise Harrow, said.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, "The singer will miss");
    assert_non_null(c);
    assert_int_equal(c->span.start, 0);
    assert_int_equal(c->span.stop, offset_of(t, ", her agent"));
    assert_string_equal(c->quote.speaker, "Lise Harrow");
    cd_doc_free(doc);
}

/* a role that opens the sentence leaves no clause before it; what the speech verb reports is one */
static void test_role_opens_sentence(void **state)
{
    (void)state;
    const char *t = "The Borvik Mills finance director, Ida Klem, said the new looms paid for themselves.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_QUOTE, "finance director"));
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, "the new looms");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "the new looms"));
    assert_int_equal(c->span.stop, strlen(t) - 1);
    assert_string_equal(c->quote.speaker, "Ida Klem");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_then_name),
        cmocka_unit_test(test_kin_then_name),
        cmocka_unit_test(test_trade_then_firm),
        cmocka_unit_test(test_no_closing_comma),
        cmocka_unit_test(test_clause_before_role),
        cmocka_unit_test(test_role_opens_sentence),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
