/* Sentences: a wrapper breaks lines at spaces, so the next line's first word, whose not fitting on
 * the line makes a wrap, is measured with the punctuation glued to it and the rest of a hyphenated
 * word ('Rosneft.', '"respectable"', '$100m,', '(ELAA)', 'Rolls-Royces'), not as its first token. */
#include "helpers.h"

/* Wrapped at 75 columns (the last line): each break has room for the next line's first token but
 * not for its first word. */
static const char WRAPPED[] =
    "The sale of the oil unit went ahead in December and it was taken by\n"
    "Rosneft. Rod Eddington, the chief executive, said the results were\n"
    "\"respectable\" in the quarter when fuel costs went up by a little over\n"
    "$100m, and that a challenge had come from the Low-fare Airlines Group\n"
    "(ELAA) and from a maker of executive jets, the British maker of the\n"
    "Rolls-Royces sold in Europe and in Asia last year, the firm said on Monday.\n";

static void test_glued_words_wrap(void **state)
{
    (void)state;
    SEGMENTS(WRAPPED, "The sale of the oil unit went ahead in December and it was taken by\nRosneft.",
             "Rod Eddington, the chief executive, said the results were\n"
             "\"respectable\" in the quarter when fuel costs went up by a little over\n"
             "$100m, and that a challenge had come from the Low-fare Airlines Group\n"
             "(ELAA) and from a maker of executive jets, the British maker of the\n"
             "Rolls-Royces sold in Europe and in Asia last year, the firm said on Monday.");
    cd_doc *doc = analyze(WRAPPED, "2005-06-01");
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    assert_int_equal(n, 2);
    assert_int_equal(s[1].span.start, 77);
    assert_int_equal(s[1].span.stop, sizeof WRAPPED - 2);
    assert_false(s[0].headline);
    assert_false(s[1].headline);
    cd_doc_free(doc);
}

/* A headline whose next line's first word, quote mark and all, fits beside it keeps its break. */
static void test_a_headline_before_a_fitting_word_stays_apart(void **state)
{
    (void)state;
    SEGMENTS("Airline profits up\n"
             "\"We did well,\" said the chief executive of the airline, Rod Eddington, on Monday.\n",
             "Airline profits up",
             "\"We did well,\" said the chief executive of the airline, Rod Eddington, on Monday.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_glued_words_wrap),
        cmocka_unit_test(test_a_headline_before_a_fitting_word_stays_apart),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
