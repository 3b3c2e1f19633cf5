/* Entities: a job or a sport's position capitalized at a clause's start before a name ("Striker
 * Olu Banjo", "Lecturer Oda Varne") is the person's role, as a title is: the name leaves it out.
 * Inside a sentence a capitalized job is a word of some name, and a role word that opens a firm's
 * name stays in it. */
#include "helpers.h"

static void test_role_at_sentence_start(void **state)
{
    (void)state;
    const char *t = "The home side tired late on. Striker Olu Banjo scored twice after the break.";
    cd_doc *doc = analyze(t, NULL);
    const cd_entity *e = assert_entity(doc, t, "Olu Banjo", 0, "person", "Olu Banjo");
    assert_int_equal(e->span.start, 37);
    assert_int_equal(e->span.stop, 46);
    assert_no_entity(doc, t, "Striker", 0);
    cd_doc_free(doc);
}

static void test_role_after_dateline_dash(void **state)
{
    (void)state;
    const char *t = "BERGEN, May 3 - Lecturer Oda Varne said the survey was too small to settle it.";
    cd_doc *doc = analyze(t, NULL);
    const cd_entity *e = assert_entity(doc, t, "Oda Varne", 0, "person", "Oda Varne");
    assert_int_equal(e->span.start, 25);
    assert_no_entity(doc, t, "Lecturer", 0);
    cd_doc_free(doc);
}

static void test_trade_at_sentence_start(void **state)
{
    (void)state;
    /* a trade that names firms too (kind 2) is still a role where the clause's capital is its own */
    const char *t = "Investor Ulrik Sandoval said he holds a stake in the mill.";
    cd_doc *doc = analyze(t, NULL);
    const cd_entity *e = assert_entity(doc, t, "Ulrik Sandoval", 0, "person", "Ulrik Sandoval");
    assert_int_equal(e->span.start, 9);
    cd_doc_free(doc);
}

static void test_role_after_title(void **state)
{
    (void)state;
    const char *t = "The board heard from its Chief Accountant Oda Varne, who said the audit was late.";
    cd_doc *doc = analyze(t, NULL);
    const cd_entity *e = assert_entity(doc, t, "Oda Varne", 0, "person", "Oda Varne");
    assert_int_equal(e->span.start, 42);
    cd_doc_free(doc);
}

static void test_role_with_general(void **state)
{
    (void)state;
    const char *t = "Solicitor General Anwen Tallis said the ruling would stand.";
    cd_doc *doc = analyze(t, NULL);
    const cd_entity *e = assert_entity(doc, t, "Anwen Tallis", 0, "person", "Anwen Tallis");
    assert_int_equal(e->span.start, 18);
    assert_no_entity(doc, t, "General", 0);
    cd_doc_free(doc);
}

static void test_role_opening_a_firm(void **state)
{
    (void)state;
    const char *t = "Striker Mining Holdings Ltd said its output fell by a tenth in the year.";
    cd_doc *doc = analyze(t, NULL);
    const cd_entity *e = assert_entity(doc, t, "Striker Mining Holdings Ltd", 0, "organization", NULL);
    assert_int_equal(e->span.start, 0);
    assert_int_equal(e->span.stop, 27);
    cd_doc_free(doc);
}

static void test_role_inside_a_sentence(void **state)
{
    (void)state;
    /* mid-sentence the capital is the name's own, whatever it names: no role, no person */
    const char *t = "Orders went to Broker Kessel Varna over the last week.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_entity *e = cd_doc_entities(doc, &n);
    for (size_t i = 0; i < n; i++) assert_string_not_equal(e[i].type, "person");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_at_sentence_start),  cmocka_unit_test(test_role_after_dateline_dash),
        cmocka_unit_test(test_role_after_title),        cmocka_unit_test(test_role_with_general),
        cmocka_unit_test(test_trade_at_sentence_start),
        cmocka_unit_test(test_role_opening_a_firm),     cmocka_unit_test(test_role_inside_a_sentence),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
