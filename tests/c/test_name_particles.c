/* Entities: the lower-case particles of a person's name ("van der", "di", "da", "bin") join the
 * capitalized words around them into one name ("Walter van der Vijver", not "Walter"); before a
 * place the gazetteer knows they join only a run that starts with a given name ("Miguel de la
 * Madrid"), so "the Stade de France" keeps its place. */
#include "helpers.h"

static void assert_person(const char *t, const char *text)
{
    expect_entity(t, text, "person", text);
}

static void test_particles_join_a_name(void **state)
{
    (void)state;
    assert_person("Production chief Walter van der Vijver resigned in March.", "Walter van der Vijver");
    assert_person("Fiat chairman Luca di Montezemolo said the deal was off.", "Luca di Montezemolo");
    assert_person("Economic output fell and President Luiz Inacio Lula da Silva said it would pass.",
                  "Luiz Inacio Lula da Silva");
    assert_person("Ursula von der Leyen said the plan was ready.", "Ursula von der Leyen");
    assert_person("The investor Alwaleed bin Talal said he would buy more.", "Alwaleed bin Talal");
    /* a given name first: the gazetteer's "Madrid" is a surname here */
    assert_person("President Miguel de la Madrid said the debt would be paid.", "Miguel de la Madrid");
}

static void test_a_place_after_a_particle(void **state)
{
    (void)state;
    const char *t = "Ireland lost to France at the Stade de France on Saturday.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "France", offset_of(t, "de France") + 3, "place", NULL);
    cd_doc_free(doc);
    /* "der" and "la" are particles only after another: alone, "la" joins nothing */
    const char *t2 = "Walter la Vijver said it.";
    cd_doc *doc2 = analyze(t2, NULL);
    size_t n;
    const cd_entity *es = cd_doc_entities(doc2, &n);
    for (size_t i = 0; i < n; i++) assert_true(strstr(es[i].name, " la ") == NULL);
    cd_doc_free(doc2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_particles_join_a_name),
        cmocka_unit_test(test_a_place_after_a_particle),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
