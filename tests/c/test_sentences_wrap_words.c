/* Sentences: a wrapper breaks lines at spaces, so the next line's first word, whose not fitting on
 * the line makes a wrap, is measured with the punctuation glued to it and the rest of a hyphenated
 * word ('Volkarn.', '"respectable"', '$100m,', '(ELAA)', 'Rolls-Royces'), not as its first token. */
#include "helpers.h"

/* Wrapped at 75 columns (the last line): each break has room for the next line's first token but
 * not for its first word. */
static const char WRAPPED[] =
    "The sale of the oil unit went ahead in December and it was taken by\n"
    "Volkarn. Ned Harrowell, the chief executive, said the figures were\n"
    "\"respectable\" in the quarter when fuel costs went up by a little over\n"
    "$100m, and that a challenge had come from the Low-fare Airlines Group\n"
    "(ELAA) and from a maker of executive jets, the British maker of the\n"
    "Rolls-Royces sold in Europe and in Asia last year, the firm said on Monday.\n";

static void test_glued_words_wrap(void **state)
{
    (void)state;
    SEGMENTS(WRAPPED, "The sale of the oil unit went ahead in December and it was taken by\nVolkarn.",
             "Ned Harrowell, the chief executive, said the figures were\n"
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
             "\"We did well,\" said the chief executive of the airline, Ned Harrowell, on Monday.\n",
             "Airline profits up",
             "\"We did well,\" said the chief executive of the airline, Ned Harrowell, on Monday.");
}

/* A spaced dash that a wrap put at a line's start ("... near its lowest" / "- for the third
 * month") is no bullet: the line before ends with a word and the dash did not fit on it. */
static void test_a_wrapped_dash_is_no_bullet(void **state)
{
    (void)state;
    static const char t[] = "During 2011, the count of adults in paid jobs climbed by 187,000 to 31.06\n"
                            "million - the largest total since the series began in 1983, the unit said\n"
                            "on Monday, and the share out of work held firm at 5.2% - near its lowest\n"
                            "- for the third month in a row.\n";
    SEGMENTS(t, "During 2011, the count of adults in paid jobs climbed by 187,000 to 31.06\n"
                "million - the largest total since the series began in 1983, the unit said\n"
                "on Monday, and the share out of work held firm at 5.2% - near its lowest\n"
                "- for the third month in a row.");
    assert_int_equal(offset_of(t, "- for the third"), 221);
}

/* Dashes that open list items keep their lines: items after a lead-in as wide as the paragraph
 * (the line after the first dash opens with one too), an item whose next line is indented under
 * its text, and a dash that had room on the line before. */
static void test_list_dashes_stay_bullets(void **state)
{
    (void)state;
    SEGMENTS("The panel will hear from a long list of speakers over the two days of summit\n"
             "- Anna Bell\n"
             "- Tom Hart\n",
             "The panel will hear from a long list of speakers over the two days of summit", "- Anna Bell",
             "- Tom Hart");
    SEGMENTS("The panel will hear from a long list of speakers over the two days of summit\n"
             "- Anna Bell, the chair of the board of the trust for the\n"
             "  last ten years, and now its president\n",
             "The panel will hear from a long list of speakers over the two days of summit",
             "- Anna Bell, the chair of the board of the trust for the\n  last ten years, and now its president");
    SEGMENTS("The figures were published on Monday and they show that the rate\n"
             "- near its lowest for years - was unchanged at 4.7% in the third month.\n",
             "The figures were published on Monday and they show that the rate",
             "- near its lowest for years - was unchanged at 4.7% in the third month.");
}

/* A figure and its full stop that a wrap put at a line's start end the sentence there ("come in at"
 * / "61. Of the 18"), where "1." opening a list line does not. */
static void test_a_wrapped_figure_ends_its_sentence(void **state)
{
    (void)state;
    static const char t[] = "Economists had forecast the March index would beat February's reading and come in at\n"
                            "61. Of the 18 service industries in the survey, 11 reported growth.\n";
    SEGMENTS(t, "Economists had forecast the March index would beat February's reading and come in at\n61.",
             "Of the 18 service industries in the survey, 11 reported growth.");
    assert_int_equal(offset_of(t, "61."), 85);
}

/* List numbers keep their items whole and apart from the lead-in: after a colon, and where the number
 * had room on the line before. */
static void test_list_numbers_stay_items(void **state)
{
    (void)state;
    SEGMENTS("Here is what to do on the day when the new kit of parts is delivered to you:\n"
             "1. Open the box and take out the parts, which are listed in the leaflet.\n",
             "Here is what to do on the day when the new kit of parts is delivered to you:",
             "1. Open the box and take out the parts, which are listed in the leaflet.");
    SEGMENTS("Here is what to do\n"
             "1. Open the box and take out the parts, which are listed in the leaflet.\n",
             "Here is what to do", "1. Open the box and take out the parts, which are listed in the leaflet.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_glued_words_wrap),
        cmocka_unit_test(test_a_headline_before_a_fitting_word_stays_apart),
        cmocka_unit_test(test_a_wrapped_dash_is_no_bullet),
        cmocka_unit_test(test_list_dashes_stay_bullets),
        cmocka_unit_test(test_a_wrapped_figure_ends_its_sentence),
        cmocka_unit_test(test_list_numbers_stay_items),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
