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
    assert_entity(doc, t, "Harold Pike Mining", 0, "organization", NULL);
    assert_entity(doc, t, "Harold Pike", offset_of(t, "Harold Pike said"), "organization", NULL);
    assert_entity(doc, t, "Laura Finch", offset_of(t, "Laura Finch paid"), "organization", NULL);
    cd_doc_free(doc);
}

static void test_titled_person_and_foundation_stay(void **state)
{
    (void)state;
    const char *t = "Laura Finch Corp. bought a stake. Chairman Laura Finch paid cash.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Laura Finch", offset_of(t, "Laura Finch paid"), "person", NULL);
    cd_doc_free(doc);
    const char *u = "The Ruth Kemp Foundation gave a grant. Ruth Kemp said it would help.";
    doc = analyze(u, NULL);
    assert_entity(doc, u, "Ruth Kemp", offset_of(u, "Ruth Kemp said"), "person", NULL);
    cd_doc_free(doc);
}

/* a trade word alone before a title is the office's portfolio, no body */
static void test_portfolio_before_a_title(void **state)
{
    (void)state;
    const char *t = "Tin output fell. Mining Minister Jaime Ruiz told reporters that exports would fall.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    cd_doc_entities(doc, &n);
    assert_int_equal(n, 1);
    assert_entity(doc, t, "Jaime Ruiz", 0, "person", NULL);
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
