/* Entities: "General" after a title closes the title ("Director General", "Treasurer General"): it
 * names no person "General", and a name after it starts after it. */
#include "helpers.h"

static size_t persons(const cd_doc *doc)
{
    size_t n, k = 0;
    const cd_entity *e = cd_doc_entities(doc, &n);
    for (size_t i = 0; i < n; i++) k += strcmp(e[i].type, "person") == 0;
    return k;
}

static void test_title_general_is_no_person(void **state)
{
    (void)state;
    cd_doc *doc = analyze("Musa, who is also the league's Treasurer General, said the budget was balanced.", NULL);
    assert_int_equal(persons(doc), 0);
    cd_doc_free(doc);
    doc = analyze("Lower rents would help, said the Inspector General of the fund in a letter.", NULL);
    assert_int_equal(persons(doc), 0);
    cd_doc_free(doc);
}

static void test_name_after_title_general(void **state)
{
    (void)state;
    const char *t = "Deputy Director General Tomas Berg told reporters the plan would hold.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Tomas Berg", 0, "person", "Tomas Berg");
    assert_int_equal(offset_of(t, "Tomas Berg"), 24);
    assert_int_equal(persons(doc), 1);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_general_is_no_person),
        cmocka_unit_test(test_name_after_title_general),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
