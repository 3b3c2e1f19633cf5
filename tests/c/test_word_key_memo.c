/* The keys of words the checks compare (checks.c: cd_tok_key) are kept by lex_id once a document
 * (cd_doc.word_keys): every word of an entry has the key of its own text, whatever form filled the
 * memo first. Each single-word key of the lexicon is written as it is, in capitals, capitalized,
 * with curly apostrophes and as a plural or possessive; every word's key, read with the memo and
 * without it, is cd_word_key of its text. */
#include "helpers.h"

#include "internal.h"
#include "bare_doc.h"

/* The key of e written in a form: 0 as it is, 1 in capitals, 2 capitalized, 3 with curly
 * apostrophes. */
static size_t write_form(const cd_lexentry *e, int form, char *out)
{
    size_t o = 0;
    for (size_t k = 0; k < e->keylen; k++) {
        char c = e->key[k];
        if (c == '\'' && form == 3) {
            memcpy(out + o, "\xE2\x80\x99", 3);
            o += 3;
            continue;
        }
        int upper = form == 1 || (form == 2 && k == 0);
        out[o++] = upper && c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
    }
    return o;
}

/* Checks every word of text: with the memo (filled by the words before) and without it, the key
 * is cd_word_key of the word's text. Returns how many words of the lexicon it read. */
static size_t check_keys(const char *text, uint32_t *memo)
{
    cd_doc *doc = bare_doc(text);
    size_t read = 0;
    for (size_t i = 0; i < doc->n_toks; i++) {
        const cd_token *t = &doc->toks[i];
        uint32_t want = cd_word_key(doc->text + t->start, t->len);
        doc->word_keys = NULL;
        if (cd_tok_key(doc, i) != want) fail_msg("'%.*s' of '%s': key without the memo", (int)t->len, doc->text + t->start, text);
        doc->word_keys = memo;
        if (cd_tok_key(doc, i) != want) fail_msg("'%.*s' of '%s': the memo's key differs", (int)t->len, doc->text + t->start, text);
        read += t->type == TOK_WORD && t->lex_id != 0;
    }
    doc->word_keys = NULL; /* the test's */
    cd_doc_free(doc);
    return read;
}

static void test_memo_keys_are_the_words_keys(void **state)
{
    (void)state;
    uint32_t *memo = calloc(cd_lex_nentries + 1, sizeof *memo);
    assert_non_null(memo);
    size_t read = 0;
    char text[4 * 4 * 64 + 64];
    for (size_t k = 0; k < cd_lex_nentries; k++) {
        const cd_lexentry *e = &cd_lex_entries[k];
        if (e->keylen == 0 || e->keylen > 60 || memchr(e->key, ' ', e->keylen)) continue;
        size_t n = 0;
        for (int form = 0; form < 4; form++) {
            n += write_form(e, form, text + n);
            text[n++] = ' ';
        }
        n += write_form(e, 2, text + n);
        memcpy(text + n, "s and ", 6), n += 6;
        n += write_form(e, 0, text + n);
        memcpy(text + n, "'s.", 4);
        read += check_keys(text, memo);
    }
    assert_true(read > 4 * 5000); /* must fire: the lexicon's words were read through the memo */
    free(memo);
}

/* By hand: the case of a word is no part of its key, its plural's and possessive's neither; a word
 * without an entry is read as its bytes say. */
static void test_memo_keys_by_hand(void **state)
{
    (void)state;
    uint32_t *memo = calloc(cd_lex_nentries + 1, sizeof *memo);
    assert_non_null(memo);
    cd_doc *doc = bare_doc("Cities city CITY city's Zorblax zorblax.");
    doc->word_keys = memo;
    assert_int_equal(doc->n_toks, 8);
    uint32_t city = cd_tok_key(doc, 1);
    assert_true(city != 0);
    assert_int_equal(cd_tok_key(doc, 0), city);
    assert_int_equal(cd_tok_key(doc, 2), city);
    assert_int_equal(cd_tok_key(doc, 3), city); /* "city" of "city's" */
    assert_int_equal(cd_tok_key(doc, 5), cd_tok_key(doc, 6));
    assert_int_equal(cd_tok_key(doc, 5), cd_word_key("zorblax", 7));
    assert_true(cd_tok_key(doc, 5) != city);
    doc->word_keys = NULL;
    cd_doc_free(doc);
    free(memo);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_memo_keys_are_the_words_keys),
        cmocka_unit_test(test_memo_keys_by_hand),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
