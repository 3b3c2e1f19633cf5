/* The token's packed fields (internal.h): a word's hash and a punctuation's code point share one
 * field, and the lexicon entry is an index into cd_lex_table, whose [0] is the blank entry of a
 * token without one. Checked on every token of texts that take each path of the tokenizer. */
#include "internal.h"

#include "helpers.h"
#include "bare_doc.h"

/* Checks one token against its own text and the lexicon's lookup. */
static void check_token(const cd_doc *doc, size_t i)
{
    const cd_token *t = &doc->toks[i];
    const char *s = doc->text + t->start;
    size_t len = t->len;
    const cd_lexentry *e = cd_tok_lex(t);
    if (t->type == TOK_PUNCT) {
        uint32_t cp = 0;
        if (!cd_utf8_decode((const unsigned char *)doc->text, doc->text_len, t->start, &cp)) cp = 0xFFFD;
        if (t->cp != cp) fail_msg("token %zu ('%.*s'): cp %x, not %x", i, (int)len, s, t->cp, cp);
    } else if (t->type == TOK_NUM) {
        assert_int_equal(t->hash, 0);
    }
    if (t->type != TOK_WORD) {
        assert_null(e); /* no lexicon entry but a word's */
        assert_ptr_equal(cd_tok_entry(t), &cd_lex_table[0]);
        assert_int_equal(cd_tok_mask(t), 0);
        assert_int_equal(cd_tok_classes(t), 0);
        return;
    }
    char key[256];
    size_t n = cd_lex_normalize(s, len, key, sizeof key);
    if (n != (size_t)-1 && n && t->hash != cd_lex_key_hash(key, n))
        fail_msg("token %zu ('%.*s'): hash %x, not its text's", i, (int)len, s, t->hash);
    if (e != cd_lex_lookup(s, len)) fail_msg("token %zu ('%.*s'): not the lookup's entry", i, (int)len, s);
    assert_ptr_equal(cd_tok_entry(t), e ? e : &cd_lex_table[0]);
    assert_int_equal(cd_lex_id(e), t->lex_id);
    if (e) assert_int_equal(cd_tok_classes(t), e->mask | e->heads);
}

static size_t check_text(const char *text)
{
    cd_doc *doc = bare_doc(text);
    size_t with_entry = 0;
    for (size_t i = 0; i < doc->n_toks; i++) {
        check_token(doc, i);
        with_entry += doc->toks[i].lex_id != 0;
    }
    cd_doc_free(doc);
    return with_entry;
}

static void test_blank_entry(void **state)
{
    (void)state;
    const cd_lexentry *blank = &cd_lex_table[0];
    assert_ptr_equal(cd_lex_entries, blank + 1);
    assert_null(blank->key);
    assert_int_equal(blank->mask | blank->heads | blank->next | blank->tflags | blank->nrec, 0);
    for (int cls = 0; cls < 64; cls++) assert_null(cd_lex_rec(blank, cls));
    assert_ptr_equal(cd_lex_lookup("percent", 7), &cd_lex_table[cd_lex_id(cd_lex_lookup("percent", 7))]);
}

/* plain ASCII, capitals, possessives, non-ASCII words (the general path), digits glued to words,
 * every kind of punctuation, an invalid byte */
static const char *const texts[] = {
    "Sales rose 5% to $3.2 million in March, the company said; profits fell (sharply) - again.",
    "The MINISTER'S plan: “We will cut taxes by 2 per cent,” she said — and they’ve agreed?!",
    "Café owners said último Tuesday, 2º trimestre; naïve résumé… €40, £12, ¥900 and 3½ hours.",
    "G7 MP3 F-16 COVID-19 #3 q=30 9/11 24/7 a\xff\xfe byte & more @ home * [brackets] {braces}.",
};

static void test_every_token(void **state)
{
    (void)state;
    size_t with_entry = 0;
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) with_entry += check_text(texts[k]);
    assert_true(with_entry >= 30);
}

/* Expects token i of doc to span [start, start + len) with the type given. */
static void expect_token(const cd_doc *doc, size_t i, size_t start, size_t len, int type)
{
    assert_true(i < doc->n_toks);
    assert_int_equal(doc->toks[i].start, start);
    assert_int_equal(doc->toks[i].len, len);
    assert_int_equal(cd_tok_stop(&doc->toks[i]), start + len);
    assert_int_equal(doc->toks[i].type, type);
}

/* A token's length is 16 bits: a run of letters or digits longer than CD_TOKEN_MAX bytes is cut
 * there and goes on as a second token, and a letter of two bytes that the limit would cut starts
 * the next token instead. */
static void test_long_runs(void **state)
{
    (void)state;
    enum { RUN = 70000 };
    char *text = malloc(RUN + 16);
    assert_non_null(text);
    memcpy(text, "Ok ", 3);
    memset(text + 3, 'q', RUN);
    memcpy(text + 3 + RUN, " yes", 5);
    cd_doc *doc = bare_doc(text);
    assert_int_equal(doc->n_toks, 4);
    expect_token(doc, 0, 0, 2, TOK_WORD);
    expect_token(doc, 1, 3, CD_TOKEN_MAX, TOK_WORD);
    expect_token(doc, 2, 3 + CD_TOKEN_MAX, RUN - CD_TOKEN_MAX, TOK_WORD);
    expect_token(doc, 3, 3 + RUN + 1, 3, TOK_WORD);
    cd_doc_free(doc);

    memset(text, '7', RUN);
    text[RUN] = '\0';
    doc = bare_doc(text);
    assert_int_equal(doc->n_toks, 2);
    expect_token(doc, 0, 0, CD_TOKEN_MAX, TOK_NUM);
    expect_token(doc, 1, CD_TOKEN_MAX, RUN - CD_TOKEN_MAX, TOK_NUM);
    cd_doc_free(doc);

    memset(text, 'q', CD_TOKEN_MAX - 1); /* "é" (two bytes) at the last byte the limit allows */
    memcpy(text + CD_TOKEN_MAX - 1, "\xc3\xa9q", 4);
    doc = bare_doc(text);
    assert_int_equal(doc->n_toks, 2);
    expect_token(doc, 0, 0, CD_TOKEN_MAX - 1, TOK_WORD);
    expect_token(doc, 1, CD_TOKEN_MAX - 1, 3, TOK_WORD);
    cd_doc_free(doc);
    free(text);
}

/* cd_token.phrases has a bit for each key length up to CD_PHRASE_BITS - 1 tokens: a head of a
 * longer key ("u.s.s.r.", eight tokens) is left unmarked, so that cd_lex_match looks up every
 * length there, while a shorter key's head is marked with its length's bit. */
static void test_long_key_head_unmarked(void **state)
{
    (void)state;
    cd_doc *doc = bare_doc("Maps of the U.S.S.R. and the U.S. hung there.");
    size_t ussr = 3, us = 13; /* "U" in each */
    assert_int_equal(doc->toks[ussr].len, 1);
    assert_int_equal(doc->toks[us].len, 1);
    assert_int_equal(doc->toks[ussr].phrases & CD_PHRASES_KNOWN, 0);
    assert_int_equal(cd_lex_match(doc, ussr, LX_GAZETTEER, NULL), 8);
    assert_int_equal(doc->toks[us].phrases, CD_PHRASES_KNOWN | 1u << 4);
    assert_int_equal(cd_lex_match(doc, us, LX_GAZETTEER, NULL), 4);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_blank_entry),
        cmocka_unit_test(test_every_token),
        cmocka_unit_test(test_long_runs),
        cmocka_unit_test(test_long_key_head_unmarked),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
