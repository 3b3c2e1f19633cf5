/* Entities: the title of a film, a book, a show or a record is no person and no organization. A
 * noun of works before it ("the biopic Mary Tallow") or "starring", "premiere", "directed by" after
 * it tell it, and the story's other runs spelled so (two words or more) are the work again. A title
 * before the run, a verb's "show" or "film", a comma after a plain word, "starring in" leave the
 * name as it was. */
#include "helpers.h"

static size_t count_type(const cd_doc *doc, const char *type)
{
    size_t n, k = 0;
    const cd_entity *e = cd_doc_entities(doc, &n);
    for (size_t i = 0; i < n; i++) k += strcmp(e[i].type, type) == 0;
    return k;
}

static void test_noun_before_title(void **state)
{
    (void)state;
    const char *t = "Critics praised the biopic Mary Tallow at its first showing.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_type(doc, "person"), 0);
    assert_no_entity(doc, t, "Mary Tallow", 0);
    cd_doc_free(doc);
}

static void test_starring_after_title(void **state)
{
    (void)state;
    const char *t = "Grand Harbour Company, starring Ida Moss, took the top spot at the box office.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_type(doc, "organization"), 0);
    assert_no_entity(doc, t, "Grand Harbour Company", 0);
    cd_doc_free(doc);
}

static void test_title_named_again(void **state)
{
    (void)state;
    const char *t = "Her new album, Salt Harbour Company, sold well. Fans queued for Salt Harbour Company in town.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_type(doc, "organization"), 0);
    assert_no_entity(doc, t, "Salt Harbour Company", 48);
    cd_doc_free(doc);
}

static void test_verb_show_keeps_name(void **state)
{
    (void)state;
    const char *t = "The new owners will show Mary Tallow the door next week.";
    cd_doc *doc = analyze(t, NULL);
    const cd_entity *e = assert_entity(doc, t, "Mary Tallow", 0, "person", "Mary Tallow");
    assert_int_equal(e->span.start, 25);
    cd_doc_free(doc);
}

static void test_titled_name_after_programme(void **state)
{
    (void)state;
    const char *t = "On the morning programme Mr Ben Oakes said rates would rise.";
    cd_doc *doc = analyze(t, NULL);
    const cd_entity *e = assert_entity(doc, t, "Ben Oakes", 0, "person", "Ben Oakes");
    assert_int_equal(e->span.start, 28);
    cd_doc_free(doc);
}

static void test_comma_after_plain_word(void **state)
{
    (void)state;
    const char *t = "It was a busy motor show, Anna Berg said on the way out.";
    cd_doc *doc = analyze(t, NULL);
    const cd_entity *e = assert_entity(doc, t, "Anna Berg", 0, "person", "Anna Berg");
    assert_int_equal(e->span.start, 26);
    cd_doc_free(doc);
}

static void test_starring_in_is_the_actor(void **state)
{
    (void)state;
    const char *t = "Mary Tallow, starring in two of her own films this year, won the prize.";
    cd_doc *doc = analyze(t, NULL);
    const cd_entity *e = assert_entity(doc, t, "Mary Tallow", 0, "person", "Mary Tallow");
    assert_int_equal(e->span.start, 0);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_noun_before_title),         cmocka_unit_test(test_starring_after_title),
        cmocka_unit_test(test_title_named_again),         cmocka_unit_test(test_verb_show_keeps_name),
        cmocka_unit_test(test_titled_name_after_programme), cmocka_unit_test(test_comma_after_plain_word),
        cmocka_unit_test(test_starring_in_is_the_actor),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
