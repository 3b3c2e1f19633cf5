/* An age that a birth year contradicts (src/ages.c): inconsistent-number at the age, relating the
 * birth date, with the ages the birth allows at the date the age is stated at. Exact spans and
 * messages; a year off with no birthday given, a story without a date and births tied to nobody
 * raise nothing. A life span in brackets ("(1931–2004)") is a birth and a year of death. */
#include "helpers.h"

#define STORY_DATE "2026-03-02"

/* An apposition age against each way of writing a birth: the story's year allows two ages. */
static void test_age_against_birth_year(void **state)
{
    (void)state;
    expect_birth_finding("Lena Vok, 41, runs the depot. Vok was born in 1980 in Tartu.", STORY_DATE, "41,", "1980",
                         "Lena Vok is 41 here, but born in 1980: 45 or 46 on 2026-03-02");
    expect_birth_finding("Lena Vok (born 1980) runs the depot. Vok, 52, said the vans were late.", STORY_DATE, "52,",
                         "1980", "Lena Vok is 52 here, but born in 1980: 45 or 46 on 2026-03-02");
    expect_birth_finding("Lena Vok (b. 1980) runs the depot. Vok, 44, said the vans were late.", STORY_DATE, "44,",
                         "1980", "Lena Vok is 44 here, but born in 1980: 45 or 46 on 2026-03-02");
    expect_birth_finding("The 1980-born Lena Vok runs the depot. Vok, 47, said the vans were late.", STORY_DATE,
                         "47,", "1980", "Lena Vok is 47 here, but born in 1980: 45 or 46 on 2026-03-02");
    expect_birth_finding("Lena Vok, who was born in Tartu in 1980, runs the depot. The 40-year-old Vok drives.",
                         STORY_DATE, "40-year-old", "1980",
                         "Lena Vok is 40 here, but born in 1980: 45 or 46 on 2026-03-02");
    expect_birth_finding("Born in 1980 and raised on a small farm outside Tartu, Lena Vok runs the depot. Vok, 52, "
                         "said the vans were late.",
                         STORY_DATE, "52,", "1980", "Lena Vok is 52 here, but born in 1980: 45 or 46 on 2026-03-02");
}

/* A birthday decides which of the two ages: the month, or the day in the story's own month. */
static void test_birthday_known(void **state)
{
    (void)state;
    expect_birth_finding("Born in May 1980, Lena Vok took over the depot. Vok, 46, said the vans were late.",
                         STORY_DATE, "46,", "May 1980", "Lena Vok is 46 here, but born in 1980-05: 45 on 2026-03-02");
    expect_birth_finding("Lena Vok, 45, was born on March 3, 1981, in Tartu.", STORY_DATE, "45,", "March 3, 1981",
                         "Lena Vok is 45 here, but born on 1981-03-03: 44 on 2026-03-02");
    static const char *const fine[] = {
        "Born in May 1980, Lena Vok took over the depot. Vok, 45, said the vans were late.",
        "Lena Vok, 44, was born on March 3, 1981, in Tartu.",
        "Lena Vok, 45, was born on March 2, 1981, in Tartu.", /* the birthday is the story's date */
    };
    expect_no_finding(fine, sizeof fine / sizeof *fine, STORY_DATE, "inconsistent-number");
}

/* A death age in the year its sentence names, or at the story date when the death is the news. */
static void test_death_age(void **state)
{
    (void)state;
    expect_birth_finding("Pavel Novak, born in 1938, died at 79 in 2021 after a short illness.", STORY_DATE, "79",
                         "1938", "Pavel Novak died at 79 here, but born in 1938: 82 or 83 in 2021");
    expect_birth_finding("Pavel Novak, the rowing coach, has died aged 81. Novak was born in 1938.", STORY_DATE,
                         "81", "1938", "Pavel Novak died at 81 here, but born in 1938: 87 or 88 on 2026-03-02");
    expect_birth_finding("Pavel Novak, born in 1938, died in hospital in 2021, aged 79.", STORY_DATE, "79", "1938",
                         "Pavel Novak died at 79 here, but born in 1938: 82 or 83 in 2021");
    static const char *const fine[] = {
        "Pavel Novak, born in 1938, died at 83 in 2021 after a short illness.",
        "Pavel Novak, born in 1938, died in hospital in 2021, aged 83.",
        "Pavel Novak was born in 1938. His wife died in 2021 and Novak, aged 79, moved to Brno.",
        "Lena Vok ran the club. Pavel Novak, born in 1938, has died, as has Vok, aged 79.", /* Vok's age */
        "Pavel Novak, the rowing coach, has died at the age of 87. Novak was born in 1938.",
        "Pavel Novak died aged 61. Novak was born in 1938.", /* no year: when is unknown */
        "Pavel Novak died at 61 Harbour Lane in 2021. Novak was born in 1938.",
    };
    expect_no_finding(fine, sizeof fine / sizeof *fine, STORY_DATE, "inconsistent-number");
}

/* "turned 45": the birthday falls in the year of the sentence's time, one age. */
static void test_turned(void **state)
{
    (void)state;
    expect_birth_finding("Lena Vok turned 50 in January. Vok was born in 1980.", STORY_DATE, "50", "1980",
                         "Lena Vok turned 50 here, but born in 1980: 46 in 2026");
    static const char *const fine[] = {
        "Lena Vok turned 46 in January. Vok was born in 1980.",
        "Lena Vok turned 50. Vok was born in 1980.", /* no year named */
        "Lena Vok turned 50 crates into shelves in January. Vok was born in 1980.",
    };
    expect_no_finding(fine, sizeof fine / sizeof *fine, STORY_DATE, "inconsistent-number");
}

/* No story date, another year in the age's sentence, a birth of someone else or of a group, a
 * decade, a year off with no birthday: no finding. */
static void test_no_finding(void **state)
{
    (void)state;
    static const char *const fine[] = {
        "Lena Vok, 45, runs the depot. Vok was born in 1980.",
        "Lena Vok, 46, runs the depot. Vok was born in 1980.",
        "In 2003 Lena Vok, 23, moved to Tartu. Vok was born in 1980.",
        "Lena Vok, 41, runs the depot. Her son was born in 1980.",
        "Lena Vok, 41, runs the depot. The son of Lena Vok was born in 1980.",
        "Lena Vok, 41, runs the depot. Pupils born after 1 May 1980 in Tartu may apply.",
        "Lena Vok, 41, runs the depot. She said Vok was born in the 1980s.",
        "Lena Vok, 41, runs the depot. Vok was born in 1980-82, the records say.",
    };
    expect_no_finding(fine, sizeof fine / sizeof *fine, STORY_DATE, "inconsistent-number");
    cd_doc *doc = analyze("Lena Vok, 41, runs the depot. Vok was born in 1980.", NULL);
    assert_int_equal(count_findings(doc, "inconsistent-number"), 0);
    cd_doc_free(doc);
}

/* The story's own date (a page's <meta>) serves as the date the options give. */
static void test_date_from_markup(void **state)
{
    (void)state;
    static const char page[] = "<html><head><meta property=\"article:published_time\" content=\"2024-07-15\">"
                               "</head><body><article><p>Lena Vok, 41, runs the depot. Vok was born in 1980 in "
                               "Tartu.</p></article></body></html>";
    cd_doc *doc = analyze_html(page, NULL);
    assert_string_equal(cd_doc_date(doc), "2024-07-15");
    assert_int_equal(count_findings(doc, "inconsistent-number"), 1);
    const cd_finding *f = find_finding(doc, "inconsistent-number");
    assert_int_equal(f->span.start, offset_of(page, "41,"));
    assert_int_equal(f->related[0].start, offset_of(page, "1980"));
    assert_string_equal(f->message, "Lena Vok is 41 here, but born in 1980: 43 or 44 on 2024-07-15");
    cd_doc_free(doc);
}

/* A life span in brackets after a name gives the birth year and the year a death age is at; an
 * apposition age of that person is no age at the story date. */
static void test_life_span(void **state)
{
    (void)state;
    expect_birth_finding("The potter John Tarrow (1931–2004) lived in Leeds. Tarrow died at 70 after a fall.",
                         STORY_DATE, "70 after", "1931",
                         "John Tarrow died at 70 here, but born in 1931: 72 or 73 in 2004");
    expect_birth_finding("John Tarrow (1931 - 2004) lived in Leeds. Tarrow died aged 75.", STORY_DATE, "75.", "1931",
                         "John Tarrow died at 75 here, but born in 1931: 72 or 73 in 2004");
    static const char *const fine[] = {
        "The potter John Tarrow (1931–2004) lived in Leeds. Tarrow died at 72 after a fall.",
        "The potter John Tarrow (1931–2004) lived in Leeds. Tarrow, 45, threw his first bowl there.",
        "The potter John Tarrow (2004–1931) lived in Leeds. Tarrow died at 70 after a fall.",
    };
    expect_no_finding(fine, sizeof fine / sizeof *fine, STORY_DATE, "inconsistent-number");
}

/* An age with "is" or "was" ("Tarrow is 60", "He was 84"), and a "he" or "she" opening a sentence
 * as the subject of an age: the person named last before it, when no other is named since. */
static void test_pronoun_and_copula(void **state)
{
    (void)state;
    expect_birth_finding("John Tarrow was born in 1950 in Leeds. He was 84 when he moved there in 2010.", STORY_DATE,
                         "84 when", "1950", "John Tarrow was 84 here, but born in 1950: 59 or 60 in 2010");
    expect_birth_finding("John Tarrow was born in 1950. He died at 70 in 2015.", STORY_DATE, "70 in", "1950",
                         "John Tarrow died at 70 here, but born in 1950: 64 or 65 in 2015");
    expect_birth_finding("John Tarrow was born in 1950. Tarrow is 60.", STORY_DATE, "60.", "1950",
                         "John Tarrow is 60 here, but born in 1950: 75 or 76 on 2026-03-02");
    const char *t = "John Tarrow, 45, runs the depot in Leeds. He is 47.";
    cd_doc *doc = analyze(t, STORY_DATE);
    assert_int_equal(count_findings(doc, "inconsistent-number"), 1);
    const cd_finding *f = find_finding(doc, "inconsistent-number");
    assert_int_equal(f->span.start, offset_of(t, "47."));
    assert_string_equal(f->message, "John Tarrow is 47 here, 45 earlier");
    assert_int_equal(f->nrelated, 1);
    assert_int_equal(f->related[0].start, offset_of(t, "45,"));
    cd_doc_free(doc);
    static const char *const fine[] = {
        "John Tarrow met Tom Lee in 1990. He died at 70 in 2015. Tarrow was born in 1950.", /* two: whose? */
        "John Tarrow was born in 1950. He was 84.",                                        /* no year said */
        "John Tarrow was born in 1950. He was 65 when he moved there in 2015.",
        "John Tarrow was born in 1950. The fee is 60.",
    };
    expect_no_finding(fine, sizeof fine / sizeof *fine, STORY_DATE, "inconsistent-number");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_age_against_birth_year), cmocka_unit_test(test_birthday_known),
        cmocka_unit_test(test_death_age),              cmocka_unit_test(test_turned),
        cmocka_unit_test(test_no_finding),             cmocka_unit_test(test_date_from_markup),
        cmocka_unit_test(test_life_span),              cmocka_unit_test(test_pronoun_and_copula),
    };
    return cmocka_run_group_tests_name("age_births", tests, NULL, NULL);
}
