/* Entities: a job or a sport's position in lower case right before a capitalized run marks a
 * person, as a lower-case title does ("the striker Olu Banjo"), but not a trade that names firms
 * as often ("the insurance broker Pell Harbor"), a job that names an award after "best", nor an
 * acronym after it. */
#include "helpers.h"

static size_t persons(const cd_doc *doc)
{
    size_t n, k = 0;
    const cd_entity *e = cd_doc_entities(doc, &n);
    for (size_t i = 0; i < n; i++) k += strcmp(e[i].type, "person") == 0;
    return k;
}

static void test_role_before_name(void **state)
{
    (void)state;
    const char *t = "The midfielder Olu Banjo scored twice before the break.";
    cd_doc *doc = analyze(t, NULL);
    const cd_entity *e = assert_entity(doc, t, "Olu Banjo", 0, "person", "Olu Banjo");
    assert_int_equal(e->span.start, 15);
    assert_int_equal(e->span.stop, 24);
    cd_doc_free(doc);
}

static void test_trade_before_firm(void **state)
{
    (void)state;
    const char *t = "The plan was drawn up by the insurance broker Pell Harbor last spring.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(persons(doc), 0);
    cd_doc_free(doc);
}

static void test_award_after_best(void **state)
{
    (void)state;
    const char *t = "She took home the best new actor Vantor at the gala in Leeds.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(persons(doc), 0);
    cd_doc_free(doc);
}

static void test_acronym_after_role(void **state)
{
    (void)state;
    const char *t = "Fans cheered when the singer KZB walked on stage late.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(persons(doc), 0);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_before_name),
        cmocka_unit_test(test_trade_before_firm),
        cmocka_unit_test(test_award_after_best),
        cmocka_unit_test(test_acronym_after_role),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
