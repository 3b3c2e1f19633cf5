/* The language check (src/language.c): a story in another language gets one `language` warning at
 * its first word and no unattributed-quote findings; an English story, a table of figures and an
 * English story quoting a line of Spanish get none. The desk's word (cd_options.language) overrides
 * the test either way. Exact spans and counts. */
#include "helpers.h"

static const char SPANISH[] =
    "Hoy el concejo de la ciudad votó por una nueva ley que obliga a los bares a cerrar antes de la "
    "medianoche. \xe2\x80\x9c" "Es un error y lo vamos a pagar todos\xe2\x80\x9d, dijo una vecina del barrio. "
    "El alcalde, que no estuvo en la sesión, dijo que la ley es buena para la salud y para el descanso "
    "de las familias que viven en el centro.";

static void test_spanish_story_is_flagged_once(void **state)
{
    (void)state;
    cd_doc *doc = analyze(SPANISH, "2024-05-02");
    const cd_finding *f = find_finding(doc, "language");
    assert_non_null(f);
    assert_int_equal(f->severity, CD_SEV_WARNING);
    assert_int_equal(f->span.start, 0);
    assert_int_equal(f->span.stop, 3); /* "Hoy" */
    assert_int_equal(count_findings(doc, "language"), 1);
    assert_int_equal(count_findings(doc, "unattributed-quote"), 0);
    assert_non_null(strstr(f->message, "common words of other languages"));
    cd_doc_free(doc);
}

static void test_cyrillic_story_is_flagged_by_script(void **state)
{
    (void)state;
    static const char t[] = "\xd0\x93\xd0\xbe\xd1\x80\xd0\xbe\xd0\xb4\xd1\x81\xd0\xba\xd0\xbe\xd0\xb9 "
                            "\xd1\x81\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x82 \xd0\xbf\xd1\x80\xd0\xb8\xd0\xbd\xd1\x8f\xd0\xbb "
                            "\xd0\xbd\xd0\xbe\xd0\xb2\xd1\x8b\xd0\xb9 \xd0\xb1\xd1\x8e\xd0\xb4\xd0\xb6\xd0\xb5\xd1\x82 "
                            "\xd0\xbd\xd0\xb0 2025 \xd0\xb3\xd0\xbe\xd0\xb4.";
    cd_doc *doc = analyze(t, "2024-05-02");
    const cd_finding *f = find_finding(doc, "language");
    assert_non_null(f);
    assert_int_equal(f->span.start, 0);
    assert_int_equal(f->span.stop, 18); /* the first word, nine Cyrillic letters */
    assert_non_null(strstr(f->message, "Latin script"));
    cd_doc_free(doc);
}

/* Reads as English: a plain story, a story quoting a line of Spanish, a table of prices with
 * hardly a word of any language, and a story too short to tell. */
static void test_english_and_tables_are_not_flagged(void **state)
{
    (void)state;
    static const char *const stories[] = {
        "The council voted on Monday to close the bars of the old town an hour earlier. \xe2\x80\x9cWe will all "
        "pay for this,\xe2\x80\x9d said Rosa Marin, who runs a cafe on the square.",
        "The banner at the rally read \xe2\x80\x9cNo es un error y lo vamos a pagar todos\xe2\x80\x9d, and the "
        "mayor of the town said the law was good for the health of the families who live in the centre.",
        "Wheat 3.45 3.50 3.41\nCorn 2.10 2.12 2.08\nOats 1.60 1.61 1.58\nSoy 5.20 5.31 5.18\n",
        "Que sera, sera.",
    };
    for (size_t i = 0; i < N_OF(stories); i++) {
        cd_doc *doc = analyze(stories[i], "2024-05-02");
        if (find_finding(doc, "language")) fail_msg("story %zu flagged as not English", i);
        cd_doc_free(doc);
    }
}

/* A story in another language split into chunks (a large one) is told once, from its start, and
 * no chunk checks its quotes. */
static void test_long_story_is_told_once(void **state)
{
    (void)state;
    size_t reps = 3000, len = strlen(SPANISH);
    char *big = malloc(reps * (len + 2) + 1);
    assert_non_null(big);
    for (size_t i = 0; i < reps; i++) {
        memcpy(big + i * (len + 2), SPANISH, len);
        memcpy(big + i * (len + 2) + len, "\n\n", 2);
    }
    big[reps * (len + 2)] = 0;
    cd_doc *doc = analyze(big, "2024-05-02");
    assert_int_equal(count_findings(doc, "language"), 1);
    assert_int_equal(count_findings(doc, "unattributed-quote"), 0);
    cd_doc_free(doc);
    free(big);
}

static cd_doc *analyze_as(const char *t, const char *language)
{
    int l = cd_language_parse(language);
    assert_true(l >= 0);
    cd_options opt = {.date = "2024-05-02", .language = (cd_language)l};
    return analyze_opts(t, &opt);
}

/* Told it is English, a Spanish story gets every check and no `language` finding: its quote, with
 * no English speech verb, is unattributed. */
static void test_desk_says_english(void **state)
{
    (void)state;
    cd_doc *doc = analyze_as(SPANISH, "english");
    assert_int_equal(count_findings(doc, "language"), 0);
    assert_int_equal(count_findings(doc, "unattributed-quote"), 1);
    const cd_finding *f = find_finding(doc, "unattributed-quote");
    assert_int_equal(f->span.start, offset_of(SPANISH, "\xe2\x80\x9c" "Es un error"));
    cd_doc_free(doc);
}

/* Told it is not English, an English story with a quote nobody says gets neither finding; "auto"
 * is the test as with no option. */
static void test_desk_says_other(void **state)
{
    (void)state;
    static const char t[] = "The council voted on Tuesday to close the bars at midnight. "
                            "\"It is a mistake and we will all pay for it.\" The mayor was away.";
    cd_doc *doc = analyze_as(t, "other");
    assert_int_equal(count_findings(doc, "language"), 0);
    assert_int_equal(count_findings(doc, "unattributed-quote"), 0);
    cd_doc_free(doc);
    doc = analyze_as(t, "auto");
    assert_int_equal(count_findings(doc, "language"), 0);
    assert_int_equal(count_findings(doc, "unattributed-quote"), 1);
    assert_int_equal(find_finding(doc, "unattributed-quote")->span.start, offset_of(t, "\"It is"));
    cd_doc_free(doc);
}

static void test_language_names(void **state)
{
    (void)state;
    assert_int_equal(cd_language_parse("auto"), CD_LANGUAGE_AUTO);
    assert_int_equal(cd_language_parse("english"), CD_LANGUAGE_ENGLISH);
    assert_int_equal(cd_language_parse("other"), CD_LANGUAGE_OTHER);
    assert_int_equal(cd_language_parse("English"), -1);
    assert_int_equal(cd_language_parse(NULL), -1);
    assert_string_equal(cd_language_name(CD_LANGUAGE_OTHER), "other");
    assert_string_equal(cd_language_name((cd_language)7), "auto");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spanish_story_is_flagged_once),
        cmocka_unit_test(test_cyrillic_story_is_flagged_by_script),
        cmocka_unit_test(test_english_and_tables_are_not_flagged),
        cmocka_unit_test(test_long_story_is_told_once),
        cmocka_unit_test(test_desk_says_english),
        cmocka_unit_test(test_desk_says_other),
        cmocka_unit_test(test_language_names),
    };
    return cmocka_run_group_tests_name("language", tests, NULL, NULL);
}
