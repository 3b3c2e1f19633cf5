/* Entities: a firm whose name starts with a given name ("Harold Pike Mining", "Laura Finch Corp")
 * is an organization, and so is a mention of it without its closing word in the same story
 * ("Harold Pike said"); a titled mention stays the person, and a foundation's name is no company.
 * A trade word alone before a title ("Mining Minister") is a portfolio, no organization. */
#include "helpers.h"

static void test_company_and_its_short_mentions(void **state)
{
    (void)state;
    const char *t = "Harold Pike Mining said output rose at its copper pit. Later Harold Pike said costs fell. "
                    "Laura Finch Corp. bought a stake. Laura Finch paid cash.";
    cd_doc *doc = analyze(t, NULL);
    assert_string_equal(find_entity_span(doc, t, "Harold Pike Mining", 0)->type, "organization");
    const cd_entity *e = find_entity_span(doc, t, "Harold Pike", offset_of(t, "Harold Pike said"));
    assert_string_equal(e->type, "organization");
    assert_int_equal(e->span.start, offset_of(t, "Harold Pike said"));
    assert_string_equal(find_entity_span(doc, t, "Laura Finch", offset_of(t, "Laura Finch paid"))->type,
                        "organization");
    cd_doc_free(doc);
}

static void test_titled_person_and_foundation_stay(void **state)
{
    (void)state;
    const char *t = "Laura Finch Corp. bought a stake. Chairman Laura Finch paid cash.";
    cd_doc *doc = analyze(t, NULL);
    assert_string_equal(find_entity_span(doc, t, "Laura Finch", offset_of(t, "Laura Finch paid"))->type, "person");
    cd_doc_free(doc);
    const char *u = "The Ruth Kemp Foundation gave a grant. Ruth Kemp said it would help.";
    doc = analyze(u, NULL);
    assert_string_equal(find_entity_span(doc, u, "Ruth Kemp", offset_of(u, "Ruth Kemp said"))->type, "person");
    cd_doc_free(doc);
}

/* a trade word alone before a title is the office's portfolio, no body */
static void test_portfolio_before_a_title(void **state)
{
    (void)state;
    const char *t = "Tin output fell. Mining Minister Jaime Ruiz told reporters that exports would fall.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_entity *e = cd_doc_entities(doc, &n);
    assert_int_equal(n, 1);
    assert_string_equal(e[0].type, "person");
    assert_int_equal(e[0].span.start, offset_of(t, "Jaime Ruiz"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_company_and_its_short_mentions),
        cmocka_unit_test(test_titled_person_and_foundation_stay),
        cmocka_unit_test(test_portfolio_before_a_title),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
