/* Entities: an organization's word before a run's last word ("University" in "Brackley University
 * Press") makes the run a body, where a speech verb or a title alone made it a person. A given
 * name with one or two words after it stays a person whatever they are ("Mary Church Lane"), a
 * given name inside a run starts the person there ("Commerce Department Bob Keane"), a run no
 * rule typed stays none, and the first part of a hyphened word ("Co-Bind") is no such word. */
#include "helpers.h"

/* The type of the entity spanning exactly `span` in t (the first such text), or NULL if none. */
static const char *type_of(const char *t, const char *span)
{
    cd_doc *doc = analyze(t, NULL);
    size_t n, start = offset_of(t, span);
    const cd_entity *e = cd_doc_entities(doc, &n);
    const char *type = NULL;
    for (size_t i = 0; i < n; i++)
        if (e[i].span.start == start && e[i].span.stop == start + strlen(span)) type = e[i].type;
    cd_doc_free(doc);
    return type; /* a static string of the library's, alive after the document */
}

static void test_inner_org_word_makes_a_body(void **state)
{
    (void)state;
    const char *t = "Brackley University Press said its new atlas of the fens had sold out.";
    cd_doc *doc = analyze(t, NULL);
    const cd_entity *e = find_entity_span(doc, t, "Brackley University Press", 0);
    assert_string_equal(e->type, "organization");
    assert_int_equal(e->span.start, 0);
    assert_int_equal(e->span.stop, 25);
    cd_doc_free(doc);
    const char *u = "The loan was repaid early, Tanjung Bank Serdang said on its website.";
    assert_string_equal(type_of(u, "Tanjung Bank Serdang"), "organization");
    assert_int_equal(offset_of(u, "Tanjung"), 27);
}

static void test_people_and_untyped_runs_stay(void **state)
{
    (void)state;
    /* a given name and a surname that is a body's word */
    assert_string_equal(type_of("Mary Church Lane said the ferry would run again.", "Mary Church Lane"), "person");
    /* the given name inside starts the person */
    const char *t = "Commerce Department Bob Keane said the quota stood.";
    assert_string_equal(type_of(t, "Bob Keane"), "person");
    assert_int_equal(offset_of(t, "Bob Keane"), 20);
    /* no rule types it: no entity */
    assert_null(type_of("Under the Financial Services Act of the isle, brokers register.", "Financial Services Act"));
    /* "Co-" of a hyphened word is no body's word */
    const char *h = type_of("Co-Bind Plates said the press line was idle.", "Co-Bind Plates");
    assert_non_null(h);
    assert_string_not_equal(h, "organization");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_inner_org_word_makes_a_body),
        cmocka_unit_test(test_people_and_untyped_runs_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
