/* The text layer: UTF-8, input findings, offsets, sentences. */
#include "helpers.h"

#include <ctype.h>

#include "internal.h"

static void test_sentences_abbreviations(void **state)
{
    (void)state;
    const char *t = "Sen. Mary Smith of Calif. spoke at 9 a.m. on Dec. 5 in the U.S. Capitol. "
                    "She left early. Dr. J. R. Jones stayed.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    assert_int_equal(n, 3);
    assert_int_equal(s[0].span.start, 0);
    assert_int_equal(s[0].span.stop, offset_of(t, " She"));
    assert_string_equal(span_text(doc, s[1].span), "She left early.");
    assert_string_equal(span_text(doc, s[2].span), "Dr. J. R. Jones stayed.");
    cd_doc_free(doc);
}

static void test_headlines_are_segments(void **state)
{
    (void)state;
    const char *t = "Latest updates\nThe mayor resigned on Friday.\n\nCopyright 2018\n";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    assert_int_equal(n, 3);
    assert_string_equal(span_text(doc, s[0].span), "Latest updates");
    assert_true(s[0].headline);
    assert_false(s[1].headline);
    assert_int_equal(span_line(doc, s[1].span), 2);
    assert_int_equal(span_line(doc, s[2].span), 4);
    assert_true(s[2].headline);
    cd_doc_free(doc);
}

static void test_quote_ends_sentence(void **state)
{
    (void)state;
    const char *t = "“We will win.” The crowd cheered.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    assert_int_equal(n, 2);
    assert_string_equal(span_text(doc, s[0].span), "“We will win.”");
    cd_doc_free(doc);
}

static void test_invalid_utf8_is_kept_and_reported(void **state)
{
    (void)state;
    const char t[] = "Prices rose \xC3\x28 sharply.\xF0\x9F\x98 End.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, "invalid-utf8"), 2);
    const cd_finding *f = find_finding(doc, "invalid-utf8");
    assert_int_equal(f->span.start, 12);
    assert_int_equal(f->span.stop, 13);
    assert_int_equal(span_col(doc, f->span), 13);
    size_t len;
    cd_doc_source(doc, &len);
    assert_int_equal(len, strlen(t));
    cd_doc_free(doc);
}

static void test_overlong_and_surrogates_are_invalid(void **state)
{
    (void)state;
    const char t[] = "a \xC0\xAF b \xED\xA0\x80 c \xE0\x80\xAF d";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, "invalid-utf8"), 3);
    cd_doc_free(doc);
}

static void test_nul_bytes(void **state)
{
    (void)state;
    const char t[] = "One\0\0two three.";
    char err[128];
    cd_doc *doc = NULL;
    assert_int_equal(cd_analyze(t, sizeof t - 1, NULL, &doc, err, sizeof err), CD_OK);
    const cd_finding *f = find_finding(doc, "nul-byte");
    assert_non_null(f);
    assert_int_equal(f->span.start, 3);
    assert_int_equal(f->span.stop, 5);
    cd_doc_free(doc);
}

/* cd_check_input skips plain ASCII in blocks (64 bytes, then 16): a bad byte anywhere in a block,
 * or in the bytes after the last whole block, is found at its own offset. */
static void test_input_findings_at_every_offset(void **state)
{
    (void)state;
    char t[200];
    const char bad[] = {'\xFF', 0};
    const char *rules[] = {"invalid-utf8", "nul-byte"};
    for (size_t kind = 0; kind < 2; kind++) {
        for (size_t at = 0; at < sizeof t; at++) {
            for (size_t k = 0; k < sizeof t; k++) t[k] = k % 6 == 5 ? ' ' : 'a';
            t[at] = bad[kind];
            cd_doc *doc = NULL;
            char err[128];
            assert_int_equal(cd_analyze(t, sizeof t, NULL, &doc, err, sizeof err), CD_OK);
            assert_int_equal(count_findings(doc, rules[kind]), 1);
            const cd_finding *f = find_finding(doc, rules[kind]);
            if (f->span.start != at || f->span.stop != at + 1)
                fail_msg("%s at %zu: found at %u-%u", rules[kind], at, (unsigned)f->span.start, (unsigned)f->span.stop);
            cd_doc_free(doc);
        }
    }
}

static void test_crlf_lines(void **state)
{
    (void)state;
    const char *t = "First line.\r\nSecond line here.\r\n";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    assert_int_equal(n, 2);
    assert_int_equal(span_line(doc, s[1].span), 2);
    assert_int_equal(span_col(doc, s[1].span), 1);
    assert_int_equal(s[1].span.start, 13);
    cd_doc_free(doc);
}

static void test_bad_date_is_an_error(void **state)
{
    (void)state;
    char err[128] = "";
    cd_doc *doc = NULL;
    cd_options opt = {0};
    opt.date = "2017-02-30";
    assert_int_equal(cd_analyze("x", 1, &opt, &doc, err, sizeof err), CD_ERR_ARG);
    assert_null(doc);
    assert_non_null(strstr(err, "YYYY-MM-DD"));
}

static void test_json_is_valid_for_invalid_utf8(void **state)
{
    (void)state;
    const char t[] = "Bad \xFF byte \"quoted\".";
    cd_doc *doc = analyze(t, NULL);
    char *json;
    size_t len;
    assert_int_equal(cd_doc_to_json(doc, "in.txt", &json, &len), CD_OK);
    assert_non_null(strstr(json, "\"source\":\"in.txt\""));
    assert_non_null(strstr(json, "Bad \xEF\xBF\xBD byte \\\"quoted\\\"."));
    assert_null(strchr(json, '\xFF'));
    free(json);
    cd_doc_free(doc);
}

/* Tokens of text as cd_tokenize makes them (the passes' view), in a bare document. */
static void tokenize_into(cd_doc *doc, const char *text, size_t n)
{
    memset(doc, 0, sizeof *doc);
    doc->src = doc->text = text;
    doc->src_len = doc->text_len = n;
    doc->input = CD_INPUT_TEXT;
    cd_tokenize(doc);
}

/* Frees what tokenize_into made. */
static void free_tokens(cd_doc *doc)
{
    free(doc->toks);
    free(doc->breaks);
    free(doc->num_starts);
    cd_arena_free(&doc->arena);
}

extern const size_t cd_lex_nentries;

/* The tokenizer reads a phrase only while some key goes on with it (LX_PHRASE_PREFIX): every key
 * of several tokens must still be found whole, as written and in capitals, alone and after a word
 * with room after it (read_plain_tokens, which tests the pair of a head and the next word itself);
 * a prefix alone is no key. */
static void test_every_phrase_key_is_found(void **state)
{
    (void)state;
    size_t phrases = 0, prefixes = 0;
    for (size_t i = 0; i < cd_lex_nentries; i++) {
        const cd_lexentry *e = &cd_lex_entries[i];
        assert_true(cd_lex_may_have(cd_lex_key_hash(e->key, e->keylen))); /* the filter of phrase_entry */
        if (e->mask == LXM(LX_PHRASE_PREFIX)) {
            assert_null(cd_lex_lookup(e->key, e->keylen));
            prefixes++;
            continue;
        }
        char text[3 * 256 + 20];
        assert_true(3 * (size_t)e->keylen + 20 <= sizeof text);
        /* as written, in capitals, and with typographic apostrophes (the tokenizer's filter of the
         * tokens that go on with a phrase reads the text's bytes, cd_lex_next_bits); alone, and
         * after "a " with 16 spaces after it */
        for (int form = 0; form < 6; form++) {
            int caps = form % 3, after = form >= 3;
            size_t n = after ? 2 : 0, head = after;
            memcpy(text, "a ", 2);
            for (size_t k = 0; k < e->keylen; k++) {
                if (caps == 2 && e->key[k] == '\'') {
                    memcpy(text + n, "\xE2\x80\x99", 3);
                    n += 3;
                } else {
                    text[n++] = caps == 1 ? (char)toupper((unsigned char)e->key[k]) : e->key[k];
                }
            }
            if (after) {
                memset(text + n, ' ', 16);
                n += 16;
            }
            cd_doc doc;
            tokenize_into(&doc, text, n);
            if (doc.n_toks >= head + 2 && cd_lex_has(cd_tok_entry(&doc.toks[head]), LX_PHRASE_HEAD)) {
                for (size_t k = 0; k < e->nrec; k++) { /* each class it has a record of (a shared
                                                         * bit stands for several: lexicon.h) */
                    int c = e->recs[k].cls;
                    if (c == LX_PHRASE_HEAD || (k > 0 && e->recs[k - 1].cls == c)) continue;
                    const cd_lexrec *r = NULL;
                    if (cd_lex_match(&doc, head, c, &r) != doc.n_toks - head)
                        fail_msg("phrase key not found: %s (form %d)", e->key, form);
                    assert_ptr_equal(r, cd_lex_rec(e, c));
                }
                phrases += !form;
            }
            free_tokens(&doc);
        }
    }
    assert_true(phrases > 100);
    assert_true(prefixes > 0);
}

/* A key of two words is read across a gap of one byte only where cd_lex_normalize folds that byte
 * into a space (a space, tab, line feed or carriage return), not across a form feed, a vertical tab
 * or a NUL (white space to the tokenizer, but no key's space): the tokenizer's marks (mark_head)
 * and cd_lex_match's reading (phrase_extend) tell a gap of one byte apart without a call. */
static void test_phrase_gap_of_one_byte(void **state)
{
    (void)state;
    const char gaps[] = {' ', '\t', '\n', '\r', '\f', '\v', '\0'};
    size_t keys = 0;
    for (size_t i = 0; i < cd_lex_nentries; i++) {
        const cd_lexentry *e = &cd_lex_entries[i];
        const char *space = memchr(e->key, ' ', e->keylen);
        if (e->mask == LXM(LX_PHRASE_PREFIX) || !space || memchr(space + 1, ' ', e->keylen - (size_t)(space - e->key) - 1))
            continue;
        size_t head_len = (size_t)(space - e->key), k;
        for (k = 0; k < e->keylen && (k == head_len || islower((unsigned char)e->key[k])); k++) {}
        if (k < e->keylen || e->recs[0].cls == LX_PHRASE_HEAD) continue; /* two words of letters */
        int cls = e->recs[0].cls;
        for (size_t g = 0; g < sizeof gaps; g++) {
            char text[256 + 20];
            memcpy(text, e->key, e->keylen);
            text[head_len] = gaps[g];
            memset(text + e->keylen, ' ', 16); /* room after it: the word loop's path */
            cd_doc doc;
            tokenize_into(&doc, text, e->keylen + 16);
            assert_int_equal(doc.n_toks, 2);
            assert_int_equal(doc.toks[1].start, head_len + 1);
            size_t got = cd_lex_match(&doc, 0, cls, NULL); /* the phrase, or at most the head alone */
            if (g < 4 ? got != 2 : got >= 2) fail_msg("%s with gap 0x%02X: %zu tokens", e->key, (unsigned char)gaps[g], got);
            free_tokens(&doc);
        }
        keys++;
    }
    assert_true(keys > 100);
}

/* cd_split_sentences visits only the tokenizer's list of breaks (cd_doc.breaks): it must hold, in
 * order, every token but the last that is punctuation or comes before a line break, and no other. */
static void test_breaks_list_every_line_and_punctuation_end(void **state)
{
    (void)state;
    const char *texts[] = {
        "Hello, world.\nNext line\n\nA paragraph!\r\n\"Quoted\" (aside) end",
        "\n\nLeading blank lines, then words\n",
        "Words only with no end",
        "Trailing punctuation.\n",
        "It's the U.S.\u2019s plan \xe2\x80\x94 5.5% of $3,000\n- a bullet\n1. a list\n\xff bad byte",
        "",
    };
    for (size_t n = 0; n < sizeof texts / sizeof *texts; n++) {
        cd_doc doc;
        tokenize_into(&doc, texts[n], strlen(texts[n]));
        size_t b = 0;
        for (size_t k = 0; k + 1 < doc.n_toks; k++) {
            int ends = doc.toks[k].type == TOK_PUNCT || (doc.toks[k + 1].flags & TF_NEWLINE_BEFORE);
            int listed = b < doc.n_breaks && doc.breaks[b] == k;
            if (ends != listed) fail_msg("text %zu token %zu: ends %d, listed %d", n, k, ends, listed);
            b += (size_t)listed;
        }
        /* the last token may be listed too; nothing else is */
        assert_true(doc.n_breaks - b <= 1);
        if (b < doc.n_breaks) assert_int_equal(doc.breaks[b], doc.n_toks - 1);
        free_tokens(&doc);
    }
}

/* Token i may start a number as cd_find_numbers' can_start (numbers.c) first asks, spelled out. */
static int starts_a_number(const cd_doc *doc, size_t i)
{
    const cd_token *t = &doc->toks[i];
    if (t->type == TOK_WORD) {
        if (t->flags & TF_NUM_START) return 1;
        return t->len == 4 && ((t->flags & TF_ALLCAPS) || doc->text[t->start] == 'k');
    }
    if (t->type == TOK_NUM) return 1;
    if (t->type == TOK_PUNCT && (t->cp == '-' || t->cp == '.')) { /* digits right after, or "-$" */
        const cd_token *next = i + 1 < doc->n_toks ? &doc->toks[i + 1] : NULL;
        return next && !(next->flags & TF_SPACE_BEFORE) &&
               (next->type == TOK_NUM || (t->cp == '-' && next->type == TOK_PUNCT && next->cp == '$'));
    }
    return t->cp == '$' || t->cp >= 0xA2;
}

/* The numbers pass visits only the tokenizer's list of number starts (cd_doc.num_starts): it must
 * hold, in order, every token where a number may start (can_start's first test), and no other; a
 * long text grows the list with the tokens. */
static void test_num_starts_list_every_candidate(void **state)
{
    (void)state;
    char *long_text = malloc(40000);
    assert_non_null(long_text);
    size_t o = 0;
    while (o + 80 < 40000)
        o += (size_t)snprintf(long_text + o, 40000 - o, "The IMF said %zu kWh, -3.5 and \u00a37 rose. CEOS MWH %zu\n", o, o % 7);
    const char *texts[] = {
        "Hello, World. The U.S. paid $3,000 (\u00a32,500) and \u20ac5 \u2014 five million euros, 5.5%.\n",
        "NASA kWh MWH kilo Kilo KWh -5 - 5 .5 a dozen several hundred \u00bd US$5 A$ 7\n",
        "\u00c9cole Zo\u00eb \xff bad \u2212 4 'quoted' \u201cX\u201d I a\n\nNext paragraph",
        "Up -$4 and -4, .7 or 3.5-6; not - 4, . 7, -x, .$, 5. Or 4-\n5 nor ending -",
        "",
        long_text,
    };
    for (size_t n = 0; n < sizeof texts / sizeof *texts; n++) {
        cd_doc doc;
        tokenize_into(&doc, texts[n], strlen(texts[n]));
        assert_true(doc.n_num_starts <= doc.n_toks);
        size_t a = 0;
        for (size_t k = 0; k < doc.n_toks; k++) {
            int num = starts_a_number(&doc, k), listed = a < doc.n_num_starts && doc.num_starts[a] == k;
            if (num != listed) fail_msg("text %zu token %zu: number start %d, listed %d", n, k, num, listed);
            a += (size_t)listed;
        }
        assert_int_equal(a, doc.n_num_starts);
        if (texts[n] == long_text) assert_true(doc.n_toks > 5000 && doc.n_num_starts > 1000);
        free_tokens(&doc);
    }
    free(long_text);
}

/* A sign or a point is listed as a number start only before digits (and a sign before "$"): every
 * byte after '.', '-' and '$' on the word loop's path (16 bytes after), and each mark ending the
 * text (the general path's). */
static void test_num_starts_after_marks(void **state)
{
    (void)state;
    const char marks[] = ".-$";
    for (size_t m = 0; m < 3; m++)
        for (int b = 1; b < 256; b++) {
            char text[40];
            int n = snprintf(text, sizeof text, "go %c%c                    ", marks[m], (char)b);
            for (int padded = 0; padded < 2; padded++) {
                cd_doc doc;
                tokenize_into(&doc, text, padded ? (size_t)n : 4); /* or the mark ends the text */
                size_t mark = 1; /* "go", then the mark */
                assert_true(doc.n_toks > mark && doc.toks[mark].start == 3);
                int listed = 0;
                for (size_t a = 0; a < doc.n_num_starts; a++) listed |= doc.num_starts[a] == mark;
                int want = marks[m] == '$' || (padded && ((b >= '0' && b <= '9') || (marks[m] == '-' && b == '$')));
                if (listed != want || listed != starts_a_number(&doc, mark))
                    fail_msg("'%c' before byte %d (%s): listed %d", marks[m], b, padded ? "padded" : "at the end", listed);
                free_tokens(&doc);
            }
        }
}

/* The tokenizer reads the commonest tokens (ASCII words, ASCII punctuation) on a path of its own
 * (read_plain_tokens) only where 16 bytes are left: the same token at the end of the text takes
 * the general path, and both must make it alike, field by field (word, case, lexicon entry,
 * hash, flags, number start, break), for every word of the lexicon in three cases, words of 1 to
 * 20 letters, every ASCII byte after a word, numbers, line feeds and apostrophes. */
static void same_tokens(const char *word)
{
    char text[96], padded[96];
    size_t n = (size_t)snprintf(text, sizeof text, "a %s", word); /* not the first token: the array has room */
    assert_true(n + 20 < sizeof padded);
    memcpy(padded, text, n);
    memset(padded + n, ' ', 20); /* room for the fast path */
    cd_doc a, b;
    tokenize_into(&a, text, n);
    tokenize_into(&b, padded, n + 20);
    if (a.n_toks != b.n_toks) fail_msg("%s: %zu tokens, %zu padded", text, a.n_toks, b.n_toks);
    for (size_t k = 0; k < a.n_toks; k++) {
        const cd_token *x = &a.toks[k], *y = &b.toks[k];
        if (x->start != y->start || x->len != y->len || x->hash != y->hash || x->cp != y->cp ||
            x->type != y->type || x->flags != y->flags || x->phrases != y->phrases || cd_tok_lex(x) != cd_tok_lex(y))
            fail_msg("%s: token %zu differs when padded", text, k);
    }
    assert_int_equal(a.n_num_starts, b.n_num_starts);
    assert_memory_equal(a.num_starts, b.num_starts, a.n_num_starts * sizeof *a.num_starts);
    assert_int_equal(a.n_breaks, b.n_breaks);
    assert_memory_equal(a.breaks, b.breaks, a.n_breaks * sizeof *a.breaks);
    free_tokens(&a);
    free_tokens(&b);
}

static void test_fast_path_agrees_with_the_general_path(void **state)
{
    (void)state;
    size_t words = 0;
    for (size_t i = 0; i < cd_lex_nentries; i++) {
        const char *key = cd_lex_entries[i].key;
        size_t n = strlen(key), letters = 0;
        while (letters < n && isalpha((unsigned char)key[letters])) letters++;
        if (letters != n || n > 40) continue;
        char text[48];
        for (int form = 0; form < 3; form++) { /* as stored, Capitalized, in CAPITALS */
            for (size_t k = 0; k < n; k++)
                text[k] = (char)(form == 2 || (form == 1 && k == 0) ? toupper((unsigned char)key[k]) : key[k]);
            text[n] = 0;
            same_tokens(text);
        }
        words++;
    }
    assert_true(words > 5000);
    char text[48];
    for (size_t n = 1; n <= 20; n++) { /* words of every length, in every case */
        for (size_t k = 0; k < n; k++) text[k] = (char)('a' + (k * 7 + n) % 26);
        text[n] = 0;
        same_tokens(text);
        text[0] = 'Q';
        same_tokens(text);
        for (size_t k = 0; k < n; k++) text[k] = (char)toupper((unsigned char)text[k]);
        same_tokens(text);
    }
    for (int c = 1; c < 128; c++) { /* every ASCII byte after a word, and after punctuation */
        snprintf(text, sizeof text, "Kilo%c.%cword", c, c);
        same_tokens(text);
    }
    for (int c = 1; c < 128; c++) { /* apostrophes: a possessive, the end of a word, or inside one */
        snprintf(text, sizeof text, "Kilo's%c Kilo'%c Kilo'%cs '%c Kilo'S%cx", c, c, c, c, c);
        same_tokens(text);
    }
    const char *apostrophes[] = {"Britain's", "BRITAIN'S rise", "it's.", "workers' union", "don't", "O'Brien",
                                 "rock'n'roll", "x's's", "'s", "a 's", "it' s", "word's'x", "abcdefghijklm's",
                                 "abcdefghijklmn's", "abcdefghijklmno's", "it's\u00e9", "it'\u00e9", "X's 5",
                                 "he said 'yes'", "IT'S", "I'm", "US's", "5's", "('s)", "it\u2019s", "a's'"};
    for (size_t k = 0; k < sizeof apostrophes / sizeof *apostrophes; k++) same_tokens(apostrophes[k]);
    same_tokens("per cent of the UK 's kWh - 5 NASA $ 3 . x");
    const char *lines[] = {"3,000.5 kWh\n\nNext", "08/12,2015 and\n", "5.\n-5\n\n\n(1)", "\n\nX\n", "13.5.2015,7"};
    for (size_t k = 0; k < sizeof lines / sizeof *lines; k++) same_tokens(lines[k]);
}

/* mark_head remembers the entry of a head and the word after it (pair_memo, text.c): in one long
 * text where every phrase key comes twice, and once more with the space after its head taken
 * out or put in (the memo must tell "a.m." from "a .m."), each fragment's tokens are marked as
 * when the fragment is alone. */
static void test_phrase_heads_alike_in_one_text(void **state)
{
    (void)state;
    size_t cap = 1 << 20, n = 0, fragments = 0;
    char *text = malloc(cap);
    size_t *starts = malloc(cap / 4 * sizeof *starts); /* each fragment's offset */
    assert_non_null(text);
    assert_non_null(starts);
    for (size_t i = 0; i < cd_lex_nentries && n + 3 * 300 < cap; i++) {
        const cd_lexentry *e = &cd_lex_entries[i];
        if (!(e->mask & ~LXM(LX_PHRASE_PREFIX)) || !strpbrk(e->key, " .'-")) continue;
        for (int form = 0; form < 3; form++) {
            starts[fragments++] = n;
            memcpy(text + n, "a ", 2);
            n += 2;
            size_t k = 0;
            while (k < e->keylen && isalnum((unsigned char)e->key[k])) text[n++] = e->key[k++];
            if (form == 2 && k < e->keylen && e->key[k] == ' ') k++; /* the space taken out */
            else if (form == 2) text[n++] = ' ';                    /* or put in */
            while (k < e->keylen) text[n++] = e->key[k++];
            memcpy(text + n, "\n\n", 2);
            n += 2;
        }
    }
    assert_true(fragments > 300);
    starts[fragments] = n;
    cd_doc all;
    tokenize_into(&all, text, n);
    size_t tok = 0;
    for (size_t f = 0; f < fragments; f++) {
        cd_doc one;
        tokenize_into(&one, text + starts[f], starts[f + 1] - starts[f]);
        for (size_t k = 0; k < one.n_toks; k++, tok++) {
            assert_true(tok < all.n_toks);
            if (one.toks[k].phrases != all.toks[tok].phrases)
                fail_msg("%.*s: token %zu marked %x alone, %x in the long text", (int)(starts[f + 1] - starts[f] - 2),
                         text + starts[f], k, one.toks[k].phrases, all.toks[tok].phrases);
        }
        free_tokens(&one);
    }
    assert_int_equal(tok, all.n_toks);
    free_tokens(&all);
    free(starts);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sentences_abbreviations),
        cmocka_unit_test(test_headlines_are_segments),
        cmocka_unit_test(test_quote_ends_sentence),
        cmocka_unit_test(test_invalid_utf8_is_kept_and_reported),
        cmocka_unit_test(test_overlong_and_surrogates_are_invalid),
        cmocka_unit_test(test_nul_bytes),
        cmocka_unit_test(test_input_findings_at_every_offset),
        cmocka_unit_test(test_crlf_lines),
        cmocka_unit_test(test_bad_date_is_an_error),
        cmocka_unit_test(test_json_is_valid_for_invalid_utf8),
        cmocka_unit_test(test_every_phrase_key_is_found),
        cmocka_unit_test(test_phrase_heads_alike_in_one_text),
        cmocka_unit_test(test_phrase_gap_of_one_byte),
        cmocka_unit_test(test_breaks_list_every_line_and_punctuation_end),
        cmocka_unit_test(test_num_starts_list_every_candidate),
        cmocka_unit_test(test_num_starts_after_marks),
        cmocka_unit_test(test_fast_path_agrees_with_the_general_path),
    };
    return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
