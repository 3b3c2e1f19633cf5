/* Entities: the run after a title and "of" or "for" that a speech verb makes a person ends with
 * the office holder's name: "Secretary of State for the Treasury Ramon de la Fuente told" names
 * Ramon de la Fuente, not "Treasury Ramon de la Fuente", whatever the given name. */
#include "helpers.h"

static void assert_person_at(const char *t, const char *text, size_t start, size_t stop)
{
    assert_int_equal(offset_of(t, text), start);
    assert_int_equal(start + strlen(text), stop);
    expect_entity(t, text, "person", text);
}

static void test_the_office_is_no_part_of_the_name(void **state)
{
    (void)state;
    assert_person_at("Secretary of State for the Treasury Ramon de la Fuente told reporters the cuts would help.",
                     "Ramon de la Fuente", 36, 54);
    assert_person_at("Minister of Social Affairs Louw de Graaf said it would help.", "Louw de Graaf", 27, 40);
    assert_person_at("Minister of Foreign Affairs Rene Van Der Linden said it would help.", "Rene Van Der Linden", 28,
                     47);
}

static void test_an_and_between_the_office_words(void **state)
{
    (void)state;
    /* "Trade and Industry" is the office's: the name is the last two words */
    assert_person_at("Minister of Trade and Industry Daisuke Morita said the talks would go on.", "Daisuke Morita", 31,
                     45);
    assert_person_at("Minister of Energy and Mines Rodrigo Alvarez Montilla said it.", "Alvarez Montilla", 37, 53);
    assert_person_at("Minister of International Trade and Industry Daisuke Morita told reporters.", "Daisuke Morita", 45,
                     59);
}

/* No person in t, or none named name (when name is not NULL). */
static void assert_no_person(const char *t, const char *name)
{
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_entity *e = cd_doc_entities(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (!name || strcmp(e[i].name, name) == 0) assert_string_not_equal(e[i].type, "person");
    cd_doc_free(doc);
}

static void test_an_and_between_two_names_no_cut(void **state)
{
    (void)state;
    /* no office word between the "and" and the last two words: no cut */
    assert_no_person("He is chairman of Acme and Baker Hughes, which said it would help.", "Baker Hughes");
}

static void test_no_person_no_cut(void **state)
{
    (void)state;
    /* no speech verb: an organization's words stay no person */
    assert_no_person("He is chairman of RJ Reynolds Tobacco and lives in Ohio.", NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_office_is_no_part_of_the_name),
        cmocka_unit_test(test_an_and_between_the_office_words),
        cmocka_unit_test(test_an_and_between_two_names_no_cut),
        cmocka_unit_test(test_no_person_no_cut),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
