/* The number pass's start gate (start_shape: which words that are no number word may start an
 * expression) against a start at every such word. This test compiles src/numbers.c itself with
 * CD_NUM_CROSSCHECK, so the pipeline runs that build of the pass (the library's numbers.o is not
 * linked in): every word of the start classes starts a read, and where the gate would have passed
 * the word over, a read that finds a number is reported as a "number-start-mismatch" finding. The
 * texts: sentences written for the gate's rules (each has words it lets start and words it passes
 * over), the stories in the repository, and the number tests' own sources read as text. */
#define CD_NUM_CROSSCHECK 1
#include "numbers.c"

#include "helpers.h"
#include "bare_doc.h"

#define STORY "2017-12-26"

/* Analyzes text: no mismatch, and the pass compared at least one token the gate passes over. */
static void check_text(const char *text, size_t len, int expect_checked)
{
    char err[256] = "";
    cd_options opt = {0};
    opt.date = STORY;
    cd_doc *doc = NULL;
    if (cd_analyze(text, len, &opt, &doc, err, sizeof err) != CD_OK) fail_msg("cd_analyze failed: %s", err);
    const cd_finding *f = find_finding(doc, "number-start-mismatch");
    if (f) fail_msg("at '%.60s': %s", text + f->span.start, f->message);
    f = find_finding(doc, "number-range-mismatch");
    if (f) fail_msg("at '%.60s': %s", text + f->span.start, f->message);
    f = find_finding(doc, "number-unit-mismatch");
    if (f) fail_msg("at '%.60s': %s", text + f->span.start, f->message);
    f = find_finding(doc, "number-currency-mismatch");
    if (f) fail_msg("at '%.60s': %s", text + f->span.start, f->message);
    const cd_finding *checked = find_finding(doc, "number-start-checked");
    assert_non_null(checked);
    if (expect_checked) assert_true(atol(checked->message) > 0);
    cd_doc_free(doc);
}

static void check_file(const char *dir, const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    size_t len = 0;
    char *text = read_text_file(path, &len);
    if (!text) fail_msg("cannot read %s (run from the repository root)", path);
    check_text(text, len, 1);
    free(text);
}

/* Currency words: a start where a currency and an amount are read, none elsewhere. */
static const char *const currencies[] = {
    /* must start */
    "It cost US$5, A$ 12, US $3.5 billion, 40 US dollars, Hong Kong dollars 9, HK$ 7 and $ 4.",
    "The deal was worth US $ 2 billion, or A$3bn; Rs. 500 each; a US$ -3 loss; US$1/2 a share.",
    /* must not */
    "US firms added 146,000 jobs; a record 12 people; the US dollar fell 3%; a new 747; dollar 5 times.",
    "New Zealand said 12 ships; a few hundred dollars; a lot of US 4x4s; the A 380; US-German 3 deals.",
};

/* Articles: a start before a number word or heading a phrase ("a couple", "A$"), none elsewhere. */
static const char *const articles[] = {
    /* must start */
    "A hundred people, a couple of dollars, an eighth of them, a third, A$5 and a dozen eggs.",
    /* must not */
    "A record 12 people; a new 747; an apple; a lot of 4x4s; a few 100m runners; a U.S. 5-star hotel.",
};

/* "several", "few": a start before "hundred", "thousand", "million", none elsewhere. */
static const char *const plurals[] = {
    /* must start */
    "Several hundred people, a few thousand dollars, few million votes and several billion euros.",
    /* must not */
    "Several people said 3 times; a few 100m runners; few 5-star hotels; several dozen; a few.",
};

#define N_OF(a) (sizeof(a) / sizeof *(a))

/* The lists hold must-start texts, then must-not ones (from first_not on): in those the gate passes
 * over a token at least once. */
static void check_list(const char *const *texts, size_t n, size_t first_not)
{
    for (size_t k = 0; k < n; k++) check_text(texts[k], strlen(texts[k]), k >= first_not);
}

static void test_currency_words(void **state)
{
    (void)state;
    check_list(currencies, N_OF(currencies), 2);
}

static void test_articles(void **state)
{
    (void)state;
    check_list(articles, N_OF(articles), 1);
}

static void test_several_few(void **state)
{
    (void)state;
    check_list(plurals, N_OF(plurals), 1);
}

/* read_range reads nothing after a value at a word other than range_word's: every reader of a
 * range, a ratio, bounds or a margin is asked here after a value, at its word (must read, so a
 * word left out of range_word is a mismatch) and at words like them (must not). */
static const char *const ranges[] = {
    "It took 5 to 10 days.", "Between the 10th and 15th, between 5 and 10 people came.", "He saw 10 through 20.",
    "It ran 10 thru 20 hours and 6 or 7 more.", "One in five voters, 2 out of 3 and 1 over 3 agreed.",
    "Over 100 but under 200 came, at least 5, but at most 9 stayed.", "It rose 40 To 60 per cent.",
    "It was 45% +/- 3 or 2,000.45\u00b10.01 pounds, 8-10 km and 5 - 6 m.", "Five and a half, 12 and 13 km.",
    "5 people went into 3 onto 4 inside 6 overall 7 thru-put 8 tho 9 But 10 OR 11 outer 12 AND 13.",
};

static void test_range_words(void **state)
{
    (void)state;
    check_list(ranges, N_OF(ranges), N_OF(ranges));
    cd_doc *doc = analyze("It took 5 to 10 days and one in five said so.", STORY);
    assert_int_equal(doc->n_nums, 2);
    assert_true(doc->nums[0].is_range);
    assert_int_equal((int)doc->nums[0].value_hi, 10);
    assert_int_equal(doc->nums[1].kind, CD_NUM_FRACTION);
    cd_doc_free(doc);
}

/* read_unit reads nothing after a value at a word of three letters or more that is no unit and
 * heads none (no_unit_word): units of one word and of several, temperatures' letters, inches' "in"
 * (must read: a mismatch where the gate passed one over) beside words of no unit (must not). */
static const char *const units[] = {
    "It rose 5 per cent, 7 percentage points and 25 basis points to 3 feet.",
    "Flats of 50 square metres, 12 miles per hour and 40 C (104 F) heat, 30C and 5 km.",
    "A 6 in. gap, 2 nautical miles, 10 degrees, 5 kph and 3 kilograms.",
    "5 people, 3 permits, 40 Centres, 12 basics, 7 squares and 2 nations came.",
};

static void test_unit_words(void **state)
{
    (void)state;
    check_list(units, N_OF(units), N_OF(units));
    cd_doc *doc = analyze("It rose 5 per cent and 25 basis points; 5 people came.", STORY);
    assert_int_equal(doc->n_nums, 3);
    assert_int_equal(doc->nums[0].kind, CD_NUM_PERCENT);
    assert_int_equal(doc->nums[2].kind, CD_NUM_CARDINAL);
    cd_doc_free(doc);
}

/* read_currency_after reads nothing after a value at a word that neither is nor heads a currency
 * and is no scaled code (no_currency_word): currencies of one word and of several, codes, scaled
 * codes (must read) beside words of none and code-like words (must not). */
static const char *const currencies_after[] = {
    "It cost 5 dollars, 30 MUSD, 500 kEUR, 12 euros and 7 Canadian dlrs, 75 USD million and 3 pounds sterling.",
    "Pay 20 yen, 4 Hong Kong dollars, 9 US dollars or 2 pesos; 5 people, 3 MUST, 6 kilos and 8 Danes came.",
};

static void test_currency_words_after(void **state)
{
    (void)state;
    check_list(currencies_after, N_OF(currencies_after), N_OF(currencies_after));
    cd_doc *doc = analyze("It cost 5 dollars and 30 MUSD; 5 people came.", STORY);
    assert_int_equal(doc->n_nums, 3);
    assert_string_equal(doc->nums[0].unit, "USD");
    assert_int_equal((int)doc->nums[1].value, 30000000);
    assert_int_equal(doc->nums[2].kind, CD_NUM_CARDINAL);
    cd_doc_free(doc);
}

/* The pass finds what the library's build finds: the cross-checked build changes nothing. */
static void test_numbers_as_usual(void **state)
{
    (void)state;
    cd_doc *doc = analyze("US firms paid US$5 and A$ 12 each; several hundred people came.", STORY);
    assert_int_equal(doc->n_nums, 3);
    assert_int_equal((int)doc->nums[0].value, 5);
    assert_string_equal(doc->nums[0].unit, "USD");
    assert_int_equal((int)doc->nums[1].value, 12);
    assert_string_equal(doc->nums[1].unit, "AUD");
    assert_int_equal((int)doc->nums[2].value, 100); /* "several hundred": approximate */
    cd_doc_free(doc);
}

/* plain_entry and sign_entry probe a sign's key without cd_lex_lookup's normalizing copy where normalizing keeps
 * its bytes: for every ASCII byte that is no letter, and for signs of two to four bytes (currency
 * signs, fractions, comparisons, primes, quotes: the curly single quotes are normalized, the
 * no-break space too), the entry is cd_lex_lookup's ('$', '%', '£' are keys: a wrong hash or key
 * finds none). */
static void test_sign_entries(void **state)
{
    (void)state;
    for (int c = 0x21; c < 0x7F; c++) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) continue;
        char key = (char)c;
        if (plain_entry((uint64_t)c, 1) != cd_lex_lookup(&key, 1) || sign_entry(&key, 1) != cd_lex_lookup(&key, 1))
            fail_msg("the entry of '%c'", c);
    }
    static const char *const signs[] = {"\u00a3", "\u20ac", "\u00a5", "\u00a2", "\u00bd", "\u00bc", "\u2153",
                                        "\u2265", "\u2264", "\u00b0", "\u2032", "\u2033", "\u00b1", "\u00d7",
                                        "\u2212", "\u2018", "\u2019", "\u201c", "\u201d", "\u00a0", "\u20b9",
                                        "\u20a9", "\u2014", "\u2013", "\u2026", "\U0001F4B0"};
    for (size_t k = 0; k < N_OF(signs); k++)
        if (sign_entry(signs[k], strlen(signs[k])) != cd_lex_lookup(signs[k], strlen(signs[k])))
            fail_msg("the entry of '%s'", signs[k]);
    assert_non_null(sign_entry("$", 1));
    assert_non_null(sign_entry("%", 1));
    assert_non_null(sign_entry("\u00a3", 2));
}

/* approx_before as it was: the walk back to the sentence's start first, then a lexicon match at
 * every length from the longest, with no cd_tok_may_match skip. */
static size_t approx_before_reference(const cd_doc *d, size_t first, const char **approx)
{
    int cmp = comparison_before(d, first);
    if (cmp) {
        *approx = cmp > 0 ? "at least" : "at most";
        return first - 2;
    }
    size_t max = 0;
    while (max < 5 && max < first && !(d->toks[first - max].flags & TF_SENT_START)) max++;
    for (size_t len = max; len >= 1; len--) {
        size_t s = first - len;
        const cd_token *t = &d->toks[s];
        if (t->flags & (TF_NUMBER | TF_TIME)) continue;
        const cd_lexrec *rec = NULL;
        size_t n = t->type == TOK_WORD ? cd_lex_match(d, s, LX_NUM_APPROX, &rec)
                                       : (rec = rec_of(d, s, LX_NUM_APPROX)) != NULL;
        if (n == len && rec && rec->str && rec->num == 0 && !arrow_head(d, s)) {
            *approx = rec->str;
            return s;
        }
    }
    return first;
}

/* approx_before against its reference at every token of text, after the passes up to the numbers
 * (the document cd_analyze returns keeps no tokens). */
static size_t check_qualifiers(const char *text)
{
    cd_doc *doc = doc_through_numbers(text);
    size_t found = 0;
    for (size_t i = 0; i < doc->n_toks; i++) {
        const char *got = NULL, *want = NULL;
        size_t s = approx_before(doc, i, &got), r = approx_before_reference(doc, i, &want);
        if (s != r || got != want)
            fail_msg("at '%.40s': %zu %s, not %zu %s", text + doc->toks[i].start, s, or_null(got), r, or_null(want));
        found += s != i;
    }
    cd_doc_free(doc);
    return found;
}

/* Every qualifier of num_approx.tsv (data/) before a number at a sentence's start, after a word, after
 * another qualifier, and after the sentence before, and at a sentence's start before a word (where no
 * number takes it in); '>' and '<' beside '=' and dashes; the stories. */
static void test_qualifier_walk(void **state)
{
    (void)state;
    size_t len = 0;
    char *tsv = read_text_file("data/num_approx.tsv", &len);
    if (!tsv) fail_msg("cannot read data/num_approx.tsv (run from the repository root)");
    size_t cap = 64 * len + 256, used = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    for (char *line = strtok(tsv, "\n"); line; line = strtok(NULL, "\n")) {
        char *tab = strchr(line, '\t');
        if (line[0] == '#' || !tab) continue;
        *tab = 0;
        used += (size_t)snprintf(text + used, cap - used, "%s 5 came. %s the 6. It was %s 12. Then well %s %s 7,%s 9 and ",
                                 line, line, line, line, line, line);
    }
    used += (size_t)snprintf(text + used, cap - used, "done. >= 5, =>6, -> 7, <>8, <9, >10, ~11 and x>12.");
    assert_true(check_qualifiers(text) >= 400); /* qualifiers found before 449 tokens */
    free(text);
    free(tsv);
    const char *const stories[] = {"tests/fixtures/nvim_story.txt", "examples/story.txt", "tests/c/test_numbers.c"};
    for (size_t k = 0; k < N_OF(stories); k++) {
        char *story = read_text_file(stories[k], &len);
        if (!story) fail_msg("cannot read %s", stories[k]);
        check_qualifiers(story);
        free(story);
    }
}

/* The stories of the repository, and the number tests' own sources read as text (their literals
 * hold every shape of number; the code around them is plenty of other tokens). */
static void test_stories_and_sources(void **state)
{
    (void)state;
    const char *fixtures = getenv("CD_FIXTURES") ? getenv("CD_FIXTURES") : "tests/fixtures";
    const char *const files[][2] = {{fixtures, "nvim_story.txt"}, {fixtures, "markup_story.md"},
                                    {"examples", "story.txt"},    {"tests/c", "test_numbers.c"},
                                    {"tests/lua", "test_sample.lua"}};
    for (size_t k = 0; k < N_OF(files); k++) check_file(files[k][0], files[k][1]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_currency_words),
        cmocka_unit_test(test_articles),
        cmocka_unit_test(test_several_few),
        cmocka_unit_test(test_numbers_as_usual),
        cmocka_unit_test(test_range_words),
        cmocka_unit_test(test_unit_words),
        cmocka_unit_test(test_currency_words_after),
        cmocka_unit_test(test_sign_entries),
        cmocka_unit_test(test_qualifier_walk),
        cmocka_unit_test(test_stories_and_sources),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
