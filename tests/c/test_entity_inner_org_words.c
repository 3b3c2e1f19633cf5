/* Entities: an organization's word before a run's last word ("University" in "Brackley University
 * Press") makes the run a body, where a speech verb or a title alone made it a person. A given
 * name with one or two words after it stays a person whatever they are ("Mary Church Lane"), a
 * given name inside a run starts the person there ("Commerce Department Bob Keane"), a run no
 * rule typed stays none, and the first part of a hyphened word ("Co-Bind") is no such word. */
#include "helpers.h"

/* No entity starts where `span` first occurs in t. */
static void expect_no_entity(const char *t, const char *span)
{
    cd_doc *doc = analyze(t, NULL);
    assert_no_entity(doc, t, span, 0);
    cd_doc_free(doc);
}

static void test_inner_org_word_makes_a_body(void **state)
{
    (void)state;
    const char *t = "Brackley University Press said its new atlas of the fens had sold out.";
    expect_entity(t, "Brackley University Press", "organization", NULL);
    const char *u = "The loan was repaid early, Tanjung Bank Serdang said on its website.";
    expect_entity(u, "Tanjung Bank Serdang", "organization", NULL);
    assert_int_equal(offset_of(u, "Tanjung"), 27);
}

static void test_people_and_untyped_runs_stay(void **state)
{
    (void)state;
    /* a given name and a surname that is a body's word */
    expect_entity("Mary Church Lane said the ferry would run again.", "Mary Church Lane", "person", NULL);
    /* the given name inside starts the person */
    const char *t = "Commerce Department Bob Keane said the quota stood.";
    expect_entity(t, "Bob Keane", "person", NULL);
    assert_int_equal(offset_of(t, "Bob Keane"), 20);
    /* no rule types it: no entity */
    expect_no_entity("Under the Financial Services Act of the isle, brokers register.", "Financial Services Act");
    /* "Co-" of a hyphened word is no body's word */
    expect_entity("Co-Bind Plates said the press line was idle.", "Co-Bind Plates", "person", NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_inner_org_word_makes_a_body),
        cmocka_unit_test(test_people_and_untyped_runs_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
