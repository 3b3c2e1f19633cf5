/* A chunk's arrays start with room for what news holds (presize_chunk in doc.c: tokens, breaks,
 * sentences; presize_cands in entities.c: candidates and loose words). A denser text grows them
 * past that room, and every record is still there, at its place. */
#include "helpers.h"

/* `times` copies of `unit` in one malloc'd string. */
static char *repeated(const char *unit, size_t times)
{
    size_t n = strlen(unit);
    char *s = malloc(n * times + 1);
    assert_non_null(s);
    for (size_t k = 0; k < times; k++) memcpy(s + k * n, unit, n);
    s[n * times] = '\0';
    return s;
}

/* 30 copies of three short sentences and three names (39 bytes): 1,170 bytes, room for 308 tokens,
 * 52 breaks and 25 candidates and loose words; the text has 330 tokens, 90 periods, 60 names in
 * full and 30 surnames alone. */
static void test_names_denser_than_news(void **state)
{
    (void)state;
    char *text = repeated("Mr Ada Voss met Ms Bo Lind. Voss left. ", 30);
    cd_doc *doc = analyze(text, NULL);
    size_t n_ents, n_sents;
    const cd_entity *e = cd_doc_entities(doc, &n_ents);
    const cd_sentence *s = cd_doc_sentences(doc, &n_sents);
    assert_int_equal(n_ents, 90);
    assert_int_equal(n_sents, 60);
    for (size_t k = 0; k < 30; k++) {
        uint32_t at = (uint32_t)(39 * k);
        assert_int_equal(e[3 * k].span.start, at + 3); /* "Ada Voss" */
        assert_int_equal(e[3 * k].span.stop, at + 11);
        assert_string_equal(e[3 * k].name, "Ada Voss");
        assert_int_equal(e[3 * k + 1].span.start, at + 19); /* "Bo Lind" */
        assert_int_equal(e[3 * k + 1].span.stop, at + 26);
        assert_int_equal(e[3 * k + 2].span.start, at + 28); /* "Voss" alone: Ada Voss */
        assert_int_equal(e[3 * k + 2].span.stop, at + 32);
        assert_string_equal(e[3 * k + 2].name, "Ada Voss");
        assert_int_equal(s[2 * k].span.start, at);
        assert_int_equal(s[2 * k].span.stop, at + 27);
        assert_int_equal(s[2 * k + 1].span.start, at + 28);
        assert_int_equal(s[2 * k + 1].span.stop, at + 38);
    }
    cd_doc_free(doc);
    free(text);
}

/* 600 tokens in 900 bytes, every other one a break: room for 241 tokens and 44 breaks. One
 * sentence, no headline (it ends with a period). */
static void test_punctuation_denser_than_news(void **state)
{
    (void)state;
    char *text = repeated("x; ", 300);
    text[898] = '.'; /* the last "x;" ends "x." */
    cd_doc *doc = analyze(text, NULL);
    size_t n_sents;
    const cd_sentence *s = cd_doc_sentences(doc, &n_sents);
    assert_int_equal(n_sents, 1);
    assert_int_equal(s[0].span.start, 0);
    assert_int_equal(s[0].span.stop, 899);
    assert_int_equal(s[0].headline, 0);
    cd_doc_free(doc);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names_denser_than_news),
        cmocka_unit_test(test_punctuation_denser_than_news),
    };
    return cmocka_run_group_tests_name("presized_growth", tests, NULL, NULL);
}
