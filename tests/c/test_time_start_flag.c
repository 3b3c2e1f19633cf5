/* The token flag TF_TIME_START against the lexicon, token by token: the time pass reads a word's
 * entry only where the flag is set (passed_over, may_start, may_begin, may_be_day, time_word_at in
 * time.c), so every word whose entry has or heads a phrase of a class of CD_TIME_START_CLASSES must
 * carry it, whichever path of the tokenizer made the token (plain ASCII, other scripts and accents,
 * capitals, possessives, words glued to numbers and punctuation). */
#include "internal.h"

#include "helpers.h"
#include "bare_doc.h"

/* Checks every token of text; returns how many carried the flag. */
static size_t check_flags(const char *text)
{
    cd_doc *doc = bare_doc(text);
    size_t flagged = 0;
    for (size_t i = 0; i < doc->n_toks; i++) {
        const cd_token *t = &doc->toks[i];
        int should = t->type == TOK_WORD && (cd_tok_classes(t) & CD_TIME_START_CLASSES);
        if (should && !(t->flags & TF_TIME_START))
            fail_msg("token %zu ('%.*s') has a time class but no TF_TIME_START", i, (int)t->len,
                     doc->text + t->start);
        flagged += (t->flags & TF_TIME_START) != 0;
    }
    cd_doc_free(doc);
    return flagged;
}

/* must: months, weekdays, holidays and their heads, number words, ordinals, shift and count words,
 * units, seasons, in lower case, capitals and all capitals, beside digits, dashes, quotes, after
 * non-ASCII words (the tokenizer's general path) and as a possessive */
static const char *const texts[] = {
    "On Monday, 5 December 2017, the first week of next month; a year ago, three months later.",
    "MONDAY DEC. 5 - Christmas Eve and New Year's Day; Thanksgiving, Easter Monday, Yom Kippur.",
    "Café owners said último Tuesday, 2º trimestre; naïve résumé next Friday — the twenty-first of May.",
    "Summer 2016, fall of 2015, the 1990s, mid-March, year-to-date, Q3, H1, CY2018, w/c Feb 4.",
    "Monday's vote, Friday’s game, the week's end, this year’s budget; “January” and 'March'.",
    "In twelve days, within a fortnight, the rest of the year, for the remainder of 2017, since May.",
};

static void test_texts(void **state)
{
    (void)state;
    size_t flagged = 0;
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) flagged += check_flags(texts[k]);
    assert_true(flagged > 40);
}

/* The repository's stories (dir NULL: CD_FIXTURES) and the time tests' sources read as text. */
static const char *const files[][2] = {
    {NULL, "nvim_story.txt"}, {NULL, "markup_story.md"},   {"examples", "story.txt"},
    {"tests/c", "test_dates.c"}, {"tests/c", "test_time.c"},
};

static void test_stories_and_sources(void **state)
{
    (void)state;
    const char *fixtures = getenv("CD_FIXTURES") ? getenv("CD_FIXTURES") : "tests/fixtures";
    for (size_t k = 0; k < sizeof files / sizeof files[0]; k++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", files[k][0] ? files[k][0] : fixtures, files[k][1]);
        size_t len = 0;
        char *text = read_text_file(path, &len);
        if (!text) fail_msg("cannot read %s (run from the repository root)", path);
        assert_true(check_flags(text) > 0);
        free(text);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_texts),
        cmocka_unit_test(test_stories_and_sources),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
