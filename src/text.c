/* UTF-8, input findings and the tokenizer. Offsets always index the analyzed text byte for byte:
 * invalid bytes stay in place and become one-byte punctuation tokens. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "lexnorm.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

int cd_utf8_decode(const unsigned char *s, size_t n, size_t i, uint32_t *cp)
{
    unsigned char c = s[i];
    *cp = c;
    if (c < 0x80) return 1;
    int len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) len = 2, v = c & 0x1F, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF) len = 3, v = c & 0x0F, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4) len = 4, v = c & 0x07, min = 0x10000;
    else return 0;
    if (i + (size_t)len > n) return 0;
    for (int k = 1; k < len; k++) {
        unsigned char cc = s[i + k];
        if ((cc & 0xC0) != 0x80) return 0;
        v = (v << 6) | (cc & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0; /* overlong, surrogate */
    *cp = v;
    return len;
}

size_t cd_utf8_cut(const char *s, size_t len, size_t max)
{
    if (len <= max) return len;
    size_t cut = max;
    for (int back = 0; back < 3 && cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80; back++) cut--;
    return ((unsigned char)s[cut] & 0xC0) == 0x80 ? max : cut;
}

int cd_is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0 ||
           cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000 || cp == 0xFEFF;
}

int cd_is_letter(uint32_t cp)
{
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
    if (cp == 0xD7 || cp == 0xF7) return 0;
    if (cp >= 0x2000 && cp <= 0x2BFF) return 0; /* punctuation, symbols, arrows, dingbats */
    if (cp >= 0x3000 && cp <= 0x303F) return 0;
    if (cp >= 0xFE30 && cp <= 0xFE6F) return 0;
    if (cp >= 0xFF00 && cp <= 0xFF20) return 0;
    return !cd_is_space(cp);
}

static int is_upper(uint32_t cp)
{
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
    if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 0;
    if (cp >= 0x391 && cp <= 0x3A9) return 1;
    if (cp >= 0x400 && cp <= 0x42F) return 1;
    return 0;
}

#define PHRASE_BYTES 256 /* the lexicon's longest key (LEX_KEY_MAX of lexicon.c) */
#define PHRASE_TOKENS 32

/* Only the white space that cd_lex_normalize folds into one space: space, tab, CR, LF, NBSP. */
static int plain_space_run(const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c == 0xC2 && k + 1 < n && (unsigned char)s[k + 1] == 0xA0) k++;
        else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return 0;
    }
    return 1;
}

/* plain_space_run, with the commonest gap between two tokens, one space, told without a call */
static inline int plain_space(const char *s, size_t n)
{
    return (n == 1 && s[0] == ' ') || plain_space_run(s, n);
}

/* The normalized text of tokens i, i+1, ... of a phrase, built one token at a time as
 * cd_lex_normalize makes it of the whole span, with the length of each prefix that ends at a
 * token: len[k] for the first k+1 tokens. */
typedef struct phrase_buf {
    char buf[PHRASE_BYTES + 8]; /* and room to copy a lexicon key's last word whole */
    size_t len[PHRASE_TOKENS];
} phrase_buf;

/* Appends token i + k (k < PHRASE_TOKENS) to the prefix of k tokens; 0 where the text between two
 * tokens is not plain white space (no key can span it) or the buffer is full. */
static int phrase_extend(const cd_doc *doc, size_t i, size_t k, phrase_buf *p)
{
    const cd_token *t = &doc->toks[i + k];
    size_t o = k ? p->len[k - 1] : 0;
    if (k > 0 && t->start > cd_tok_stop(&doc->toks[i + k - 1])) {
        uint32_t gap = cd_tok_stop(&doc->toks[i + k - 1]);
        if (!plain_space(doc->text + gap, t->start - gap) || o >= PHRASE_BYTES) return 0;
        p->buf[o++] = ' ';
    }
    size_t n;
    const cd_lexentry *e = cd_tok_lex(t);
    if (e) { /* a word of the lexicon: its key is its normalized text, zero-padded to 8 bytes */
        n = e->keylen;
        if (n > PHRASE_BYTES - o) return 0;
        if (n <= 16) cd_lex_copy_short_key(p->buf + o, e);
        else
            for (size_t j = 0; j < n; j += 8) memcpy(p->buf + o + j, e->key + j, 8);
    } else {
        n = cd_lex_normalize(doc->text + t->start, t->len, p->buf + o, PHRASE_BYTES - o);
        if (n == (size_t)-1) return 0;
    }
    memset(p->buf + o + n, 0, 8); /* the key is read eight bytes at a time (phrase_entry) */
    p->len[k] = o + n;
    return 1;
}

/* The lexicon entry of the first k+1 tokens of the phrase, or NULL. The prefix must be followed by
 * zero bytes (phrase_extend writes them; a longer prefix overwrites them). */
static const cd_lexentry *phrase_entry(const phrase_buf *p, size_t k)
{
    uint32_t hash = cd_lex_key_hash_padded(p->buf, p->len[k]);
    return cd_lex_may_have(hash) ? cd_lex_probe_padded(hash, p->buf, p->len[k]) : NULL;
}

/* How many tokens a phrase starting at token i may span: the head's longest key, within the
 * paragraph; 0 when the token heads no phrase. */
static size_t phrase_limit(const cd_doc *doc, size_t i)
{
    const cd_lexrec *head = cd_lex_rec(cd_tok_entry(&doc->toks[i]), LX_PHRASE_HEAD);
    if (!head) return 0;
    size_t max = (size_t)head->num;
    if (max > doc->n_toks - i) max = doc->n_toks - i;
    if (max > PHRASE_TOKENS) max = PHRASE_TOKENS;
    size_t limit = 1; /* phrases stay inside a paragraph */
    while (limit < max && !(doc->toks[i + limit].flags & TF_PARA_BEFORE)) limit++;
    return limit;
}

/* The entry of a phrase's first two tokens, both words of the lexicon, remembered by their entries
 * (each is its word's normalized text, so the pair's normalized text is theirs with a space
 * between, or without one when they are glued): most heads that mark_head reads are the same few
 * pairs ("in the", "in a"). Direct-mapped; an empty slot has no first entry. */
#define PAIR_MEMO 64
typedef struct pair_memo {
    const cd_lexentry *first, *second;
    const cd_lexentry *entry; /* of the two tokens; NULL when no key starts with them */
    int glued;                /* no space between the two */
} pair_memo;

/* The tokens that may start a phrase, as the tokenizer finds them: words that head a key of
 * several tokens whose next token starts as some key's second token does (cd_lexentry.next).
 * [done, n) are still to be marked. */
typedef struct head_list {
    uint32_t *at;
    size_t n, cap, done;
    pair_memo memo[PAIR_MEMO];
} head_list;

/* Whether a token that begins with byte b may go on with a phrase the token before it heads: the
 * filter holds the bits of the first bytes the keys' second tokens may have in the text
 * (cd_lex_next_bits). */
static int may_continue(uint64_t filter, unsigned char b)
{
    /* one test of the filter, whatever the byte: most tokens follow no head (filter 0), and a
     * branch on that alone is mispredicted often */
    return (int)((filter >> ((b | 0x20) & 63)) & 1);
}

/* The memo's slot for the tokens i and i + 1 (both with an entry, nothing but plain white space
 * between them: phrase_extend's text is then the entries' keys and at most one space), or NULL
 * when the memo cannot tell. */
static pair_memo *pair_slot(const cd_doc *doc, head_list *h, size_t i, int *glued)
{
    const cd_token *a = &doc->toks[i], *b = &doc->toks[i + 1];
    if (!a->lex_id || !b->lex_id) return NULL;
    size_t gap = b->start - cd_tok_stop(a);
    *glued = gap == 0;
    if (gap && !plain_space(doc->text + cd_tok_stop(a), gap)) return NULL;
    size_t mix = (size_t)a->lex_id * 31 + b->lex_id;
    return &h->memo[mix % PAIR_MEMO];
}

/* The entry of the phrase of tokens i and i + 1 (NULL: no key starts so, or they cannot be read
 * as one), from the memo or read into p (*made: the tokens p then holds). */
static const cd_lexentry *pair_entry(const cd_doc *doc, head_list *h, size_t i, phrase_buf *p, size_t *made)
{
    int glued = 0;
    pair_memo *m = pair_slot(doc, h, i, &glued);
    const cd_lexentry *a = cd_tok_lex(&doc->toks[i]), *b = cd_tok_lex(&doc->toks[i + 1]);
    if (m && m->first == a && m->second == b && m->glued == glued) return m->entry;
    if (!phrase_extend(doc, i, 0, p) || !phrase_extend(doc, i, 1, p)) return NULL;
    *made = 2;
    const cd_lexentry *e = phrase_entry(p, 1);
    if (m) *m = (pair_memo){a, b, e, glued};
    return e;
}

/* Marks which lengths of lexicon keys start at the phrase head i, so that cd_lex_match (called
 * many times per token by the passes) only looks up keys that exist. A phrase is read one token
 * at a time while some key goes on with it (LX_PHRASE_PREFIX). */
static void mark_head(cd_doc *doc, head_list *h, size_t i)
{
    phrase_buf p;
    cd_token *t = &doc->toks[i];
    size_t max = (size_t)cd_lex_rec(cd_tok_entry(t), LX_PHRASE_HEAD)->num; /* tokens of its longest key */
    if (max > doc->n_toks - i) max = doc->n_toks - i;
    if (max > PHRASE_TOKENS) max = PHRASE_TOKENS;
    /* most heads are followed by a word that starts none of their keys: one test of the pair's bit
     * (a word's hash is that of its normalized text, as lexgen hashes a key's second word) */
    if (max < 2 || (doc->toks[i + 1].flags & TF_PARA_BEFORE)) return;
    if (doc->toks[i + 1].type == TOK_WORD && !cd_lex_pair_may(t->hash, doc->toks[i + 1].hash)) return;
    size_t made = 0; /* the tokens read into p */
    const cd_lexentry *e = pair_entry(doc, h, i, &p, &made);
    for (size_t k = 1; e; k++) {
        if (e->mask & ~LXM(LX_PHRASE_PREFIX)) /* a key of k + 1 tokens; one too long for a bit: unmarked */
            t->phrases = k + 1 < CD_PHRASE_BITS ? t->phrases | 1u << (k + 1) : t->phrases & ~CD_PHRASES_KNOWN;
        if (!(e->mask & LXM(LX_PHRASE_PREFIX)) || k + 1 >= max || (doc->toks[i + k + 1].flags & TF_PARA_BEFORE)) break;
        /* no key goes on with a token that starts so ("in the" + "first": no key) */
        if (!may_continue(e->next, (unsigned char)doc->text[doc->toks[i + k + 1].start])) break;
        while (made <= k + 1 && phrase_extend(doc, i, made, &p)) made++;
        e = made > k + 1 ? phrase_entry(&p, k + 1) : NULL;
    }
}

/* Marks the heads before token `upto`: once PHRASE_TOKENS tokens follow a head, its longest
 * phrase is read whole, and its tokens are still in the processor's cache (marking them all at
 * the end read each head's tokens back from memory). */
static void mark_heads(cd_doc *doc, head_list *h, size_t upto)
{
    while (h->done < h->n && h->at[h->done] < upto) mark_head(doc, h, h->at[h->done++]);
    if (h->done == h->n) h->n = h->done = 0; /* the list stays short */
}

/* Adds token tok to the heads, and marks those that are ready. 0 when memory runs out. */
static int add_head(cd_doc *doc, head_list *h, size_t tok)
{
    if (doc->n_toks > PHRASE_TOKENS) mark_heads(doc, h, doc->n_toks - PHRASE_TOKENS);
    uint32_t *slot = cd_vec_push_inline((void **)&h->at, &h->n, &h->cap, sizeof *h->at);
    if (!slot) return 0;
    *slot = (uint32_t)tok;
    return 1;
}

/* The tokens of the longest key that mark_head marked at a token (its phrases), 0 for none. */
static size_t longest_marked(uint8_t phrases)
{
    size_t n = CD_PHRASE_BITS - 1;
    while (n >= 2 && !(phrases & 1u << n)) n--;
    return n >= 2 ? n : 0;
}

/* cd_lex_match (internal.h) for a token that may start a phrase, or that the tokenizer did not mark. */
size_t cd_lex_match_phrase(const cd_doc *doc, size_t i, int cls, const cd_lexrec **rec)
{
    if (i >= doc->n_toks) return 0;
    const cd_token *t = &doc->toks[i];
    uint32_t known = t->phrases & CD_PHRASES_KNOWN ? t->phrases : 0xFFFFFFFFu;
    /* a marked head reads its longest marked key's tokens only: mark_head read as many (each
     * within the paragraph), and no longer key starts there (one would have left it unmarked) */
    size_t limit = !(t->phrases & CD_PHRASES_KNOWN) ? phrase_limit(doc, i) : longest_marked(t->phrases);
    if (limit >= 2) {
        phrase_buf p;
        size_t made = 0;
        while (made < limit && phrase_extend(doc, i, made, &p)) made++;
        for (size_t n = made; n >= 2; n--) {
            if (n < CD_PHRASE_BITS && !(known & (1u << n))) continue;
            memset(p.buf + p.len[n - 1], 0, 8); /* the padding phrase_entry needs (longer keys are done) */
            const cd_lexrec *r = cd_lex_rec(phrase_entry(&p, n - 1), cls);
            if (r) {
                if (rec) *rec = r;
                return n;
            }
        }
    }
    const cd_lexrec *r = cd_lex_rec(cd_tok_entry(t), cls);
    if (!r) return 0;
    if (rec) *rec = r;
    return 1;
}

/* ---- input findings ------------------------------------------------------------------------ */

#define MAX_INPUT_FINDINGS 100

#if !defined(__SSE2__)
/* Whether none of the 16 bytes at s is NUL or above 0x7F (the common case, skipped two words at a
 * time; a byte's high bit is set in w - ones & ~w only for a zero byte or by a borrow from one). */
static int plain_ascii16(const unsigned char *s)
{
    uint64_t a, b;
    memcpy(&a, s, sizeof a);
    memcpy(&b, s + 8, sizeof b);
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    return !((a | b | ((a - ones) & ~a) | ((b - ones) & ~b)) & highs);
}
#endif

/* How many bytes from s on (s[0..n)) are plain ASCII as plain_ascii16 tells, 16 at a time: with
 * SSE2 (every x86-64) two instructions test 16 bytes (a zero byte's compare sets its high bit,
 * as a byte above 0x7F has it), and four such blocks share one test. Stops at the block of 16
 * that holds another byte. */
static size_t plain_ascii_run(const unsigned char *s, size_t n)
{
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    for (; i + 64 <= n; i += 64) { /* four blocks a turn: one movemask and branch for 64 bytes */
        const __m128i *q = (const __m128i *)(const void *)(s + i);
        __m128i a = _mm_loadu_si128(q), b = _mm_loadu_si128(q + 1), c = _mm_loadu_si128(q + 2), d = _mm_loadu_si128(q + 3);
        __m128i bad = _mm_or_si128(_mm_or_si128(_mm_or_si128(a, _mm_cmpeq_epi8(a, zero)), _mm_or_si128(b, _mm_cmpeq_epi8(b, zero))),
                                   _mm_or_si128(_mm_or_si128(c, _mm_cmpeq_epi8(c, zero)), _mm_or_si128(d, _mm_cmpeq_epi8(d, zero))));
        if (_mm_movemask_epi8(bad)) break; /* the blocks of 16 below find which */
    }
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        if (_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, zero)))) break;
    }
#else
    while (i + 16 <= n && plain_ascii16(s + i)) i += 16;
#endif
    return i;
}

void cd_check_input(cd_doc *doc)
{
    const unsigned char *s = (const unsigned char *)doc->text;
    size_t n = doc->text_len, reported = 0, more = 0;
    for (size_t i = 0; i < n;) {
        i += plain_ascii_run(s + i, n - i);
        if (i >= n) break;
        if (s[i] >= 0x80) {
            uint32_t cp;
            int len = cd_utf8_decode(s, n, i, &cp);
            if (len) {
                i += (size_t)len;
                continue;
            }
            size_t j = i + 1;
            while (j < n && s[j] >= 0x80 && !cd_utf8_decode(s, n, j, &cp)) j++;
            if (reported < MAX_INPUT_FINDINGS) {
                reported++;
                cd_add_finding(doc, "invalid-utf8", CD_SEV_WARNING, cd_tspan(i, j),
                               "invalid UTF-8: %zu byte%s starting with 0x%02X (kept as is)", j - i,
                               j - i == 1 ? "" : "s", s[i]);
            } else {
                more++;
            }
            i = j;
        } else if (s[i] == 0) {
            size_t j = i + 1;
            while (j < n && s[j] == 0) j++;
            if (reported < MAX_INPUT_FINDINGS) {
                reported++;
                cd_add_finding(doc, "nul-byte", CD_SEV_WARNING, cd_tspan(i, j),
                               "%zu NUL byte%s in the text (read as space)", j - i, j - i == 1 ? "" : "s");
            } else {
                more++;
            }
            i = j;
        } else {
            i++;
        }
    }
    if (more)
        cd_add_finding(doc, "input", CD_SEV_WARNING, cd_tspan(n, n),
                       "%zu more invalid or NUL byte runs not listed", more);
}

/* ---- tokenizer ----------------------------------------------------------------------------- */

/* Where a token that starts at i may end at the latest (n: the text's end): CD_TOKEN_MAX bytes on,
 * as cd_token.len is 16 bits. A longer run of letters or digits goes on as a token of its own, glued
 * to the one before it (only a run of 64 KB without a space: no story has one). scan_word stops
 * before a character cut by the limit (cd_utf8_decode reads it as invalid). */
static size_t token_limit(size_t n, size_t i)
{
    return n - i > CD_TOKEN_MAX ? i + CD_TOKEN_MAX : n;
}

static size_t scan_word(const unsigned char *s, size_t n, size_t i)
{
    while (i < n) {
        while (i < n && (unsigned char)((s[i] | 0x20) - 'a') < 26) i++; /* ASCII letters, fast */
        if (i >= n) break;
        uint32_t cp;
        int len = s[i] < 0x80 ? 1 : cd_utf8_decode(s, n, i, &cp);
        if (s[i] < 0x80) cp = s[i];
        if (len && cd_is_letter(cp)) {
            i += (size_t)len;
            continue;
        }
        /* an inner apostrophe: they’ve, don't, O'Brien; but "’s" becomes a token of its own */
        if (len && (cp == '\'' || cp == 0x2019) && i + (size_t)len < n) {
            size_t k = i + (size_t)len;
            uint32_t next;
            int nl = cd_utf8_decode(s, n, k, &next);
            if (!nl || !cd_is_letter(next)) break;
            if ((next == 's' || next == 'S') && k + 1 < n) {
                uint32_t after;
                int al = cd_utf8_decode(s, n, k + 1, &after);
                if (!al || !cd_is_letter(after)) break;
            } else if ((next == 's' || next == 'S') && k + 1 == n) {
                break;
            }
            i = k;
            continue;
        }
        break;
    }
    return i;
}

/* Digits with inner commas and periods: "3,000", "1.5", "13.5.2015", "$1,8923" (a decimal comma).
 * In a date written with slashes or dashes, four or two digits after a comma that follows one or
 * two digits are its year: "08/12,2015" and "08/12,15" end at "12". */
static size_t scan_number(const unsigned char *s, size_t n, size_t i)
{
    size_t start = i;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    int date_part = start > 0 && (s[start - 1] == '/' || s[start - 1] == '-') && i - start <= 2;
    while (i + 1 < n && (s[i] == ',' || s[i] == '.') && s[i + 1] >= '0' && s[i + 1] <= '9') {
        size_t g = i + 1;
        while (g < n && s[g] >= '0' && s[g] <= '9') g++;
        if (date_part && s[i] == ',' && (g - i - 1 == 4 || g - i - 1 == 2)) break;
        date_part = 0;
        i = g;
    }
    return i;
}

/* The common case in one pass: an ASCII word (letters and inner apostrophes) is lower-cased,
 * hashed and flagged as it is read; anything else takes the general path below. Returns 0 when
 * the word is not plain ASCII or too long for the lexicon. */
static int set_ascii_word_flags(cd_doc *doc, cd_token *t)
{
    const unsigned char *s = (const unsigned char *)doc->text + t->start;
    size_t n = t->len;
    char buf[64 + 8]; /* and the zero bytes of cd_lex_probe_padded */
    if (n > 64) return 0;
    int letters = 0, upper = 0;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = s[k];
        if (c >= 0x80) return 0;
        if (c >= 'A' && c <= 'Z') {
            upper++;
            c = (unsigned char)(c + 32);
        }
        letters += c >= 'a' && c <= 'z';
        buf[k] = (char)c;
    }
    if (s[0] >= 'A' && s[0] <= 'Z') t->flags |= TF_CAP;
    if (letters >= 2 && letters == upper) t->flags |= TF_ALLCAPS;
    t->hash = cd_lex_key_hash(buf, n);
    memset(buf + n, 0, 8);
    t->lex_id = cd_lex_id(cd_lex_probe_padded(t->hash, buf, n));
    return 1;
}

static void set_word_flags(cd_doc *doc, cd_token *t)
{
    if (set_ascii_word_flags(doc, t)) return;
    const unsigned char *s = (const unsigned char *)doc->text;
    uint32_t cp;
    if (!cd_utf8_decode(s, doc->text_len, t->start, &cp)) return;
    if (is_upper(cp)) t->flags |= TF_CAP;
    int letters = 0, upper = 0;
    for (uint32_t k = t->start; k < cd_tok_stop(t); k++) {
        unsigned char c = s[k];
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            letters++;
            upper += c <= 'Z';
        }
    }
    if (letters >= 2 && letters == upper) t->flags |= TF_ALLCAPS;
    char buf[256];
    size_t len = cd_lex_normalize(doc->text + t->start, t->len, buf, sizeof buf);
    if (len != (size_t)-1 && len) {
        t->hash = cd_lex_key_hash(buf, len);
        t->lex_id = cd_lex_id(cd_lex_lookup_hashed(t->hash, doc->text + t->start, t->len));
    }
}

#define HIGH_BITS 0x8080808080808080u
#define CASE_BITS 0x2020202020202020u

/* What the word loop asks of the 16 bytes at p, one bit per byte (bit k for p[k]). */
typedef struct plain16 {
    unsigned letters; /* ASCII letters */
    unsigned lower;   /* bytes with the case bit (0x20) set: among letters, the lower-case ones */
#if defined(__SSE2__)
    __m128i bytes; /* the 16 bytes themselves, for the word's key */
#endif
} plain16;

#if !defined(__SSE2__)
/* The high bit of every byte of w that is an ASCII letter. Exact for each byte: the sums stay
 * below 0x100 in every byte (bytes are masked to 7 bits first), so no carry crosses a byte. */
static inline uint64_t ascii_letters(uint64_t w)
{
    uint64_t lower = w | CASE_BITS, low7 = lower & ~HIGH_BITS;
    uint64_t from_a = low7 + 0x1F1F1F1F1F1F1F1Fu; /* high bit: >= 'a' (0x61) */
    uint64_t past_z = low7 + 0x0505050505050505u; /* high bit: > 'z' (0x7A) */
    return from_a & ~past_z & ~lower & HIGH_BITS;
}

/* The high bits of w's bytes as eight bits, byte k's in bit k (each lands in the top byte once:
 * the products of the multiplication never overlap, so nothing carries). */
static inline unsigned high_bits8(uint64_t w)
{
    return (unsigned)((((w & HIGH_BITS) >> 7) * 0x0102040810204080u) >> 56);
}
#endif

static inline plain16 read_plain16(const unsigned char *p)
{
    plain16 b;
#if defined(__SSE2__)
    b.bytes = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i lower = _mm_or_si128(b.bytes, _mm_set1_epi8(0x20));
    /* 'a' <= lower <= 'z' in one signed compare: the range moved down to start at -128 */
    __m128i moved = _mm_add_epi8(lower, _mm_set1_epi8(0x80 - 'a'));
    b.letters = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(moved, _mm_set1_epi8(-128 + 26)));
    /* each byte's bit 5 moved to its bit 7 (what a 16-bit lane shift carries in from the byte
     * below lands in bits 0 and 1) */
    b.lower = (unsigned)_mm_movemask_epi8(_mm_slli_epi16(b.bytes, 2));
#else
    uint64_t lo = cd_lex_load_le64((const char *)p), hi = cd_lex_load_le64((const char *)p + 8);
    b.letters = high_bits8(ascii_letters(lo)) | high_bits8(ascii_letters(hi)) << 8;
    b.lower = high_bits8(lo << 2) | high_bits8(hi << 2) << 8;
#endif
    return b;
}

/* A word of ASCII letters as read_ascii_word reads it. */
typedef struct ascii_word {
    uint64_t lo, hi; /* its lower case, as the lexicon's keys are stored: the first eight bytes and
                      * the next, zero past the word (hi is zero for eight letters or fewer) */
    uint32_t hash;   /* cd_lex_key_hash of its lower case */
    uint16_t flags;  /* TF_CAP, TF_ALLCAPS */
} ascii_word;

#define FAST_WORD_MAX 15 /* longer words (rare) take the general path */

/* Whether an apostrophe at a (a[0]), within the 16 bytes read, after a word's letters, ends the
 * word as scan_word decides: when no letter follows it ("workers' union"), or an 's' and then no
 * letter (the possessive "Britain's", a token of its own). after: bit k set when a[k + 1] is an
 * ASCII letter. 0 also for what scan_word must decode (a byte above 0x7F) and for an inner
 * apostrophe ("don't", "O'Brien": the general path's). */
static inline int apostrophe_ends_word(const unsigned char *a, unsigned after)
{
    if (a[1] >= 0x80) return 0;
    if (!(after & 1)) return 1;
    return (a[1] | 0x20) == 's' && a[2] < 0x80 && !(after & 2);
}

/* The length of the word of ASCII letters at p (b = read_plain16(p)) that the word loop reads: up
 * to FAST_WORD_MAX letters ended by an ASCII byte, an apostrophe only where it ends the word
 * (UTF-8 letters and inner apostrophes belong to the general path: scan_word); 0 when no such word
 * starts there. */
static inline size_t ascii_word_len(const unsigned char *p, const plain16 *b)
{
    size_t len = (size_t)cd_ctz32(~b->letters); /* the first byte no letter; 16 if none */
    if (len > FAST_WORD_MAX || p[len] >= 0x80) return 0;
    /* the apostrophe and the two bytes after it must be among the 16 */
    if (p[len] == '\'' && (len > 13 || !apostrophe_ends_word(p + len, b->letters >> (len + 1)))) return 0;
    return len;
}

/* What an apostrophe at p (p[0], within the 16 bytes read; letters as plain16's) makes, as
 * read_token decides (possessive_at, scan_word): 1 the possessive "'s" (or "'S"), when it is glued
 * to a word (glued) and no letter follows the 's'; 0 a token of punctuation; -1 for the general
 * path (a byte above 0x7F or another apostrophe after the 's', which scan_word reads on). */
static inline int apostrophe_token(const unsigned char *p, unsigned letters, int glued)
{
    if (!glued || (p[1] | 0x20) != 's') return 0;
    if (p[2] >= 0x80 || p[2] == '\'') return -1;
    return !(letters & 4);
}

/* The word of len letters at p (ascii_word_len): its key, case flags and hash, from the 16 bytes in
 * registers. */
static inline ascii_word read_ascii_word(const unsigned char *p, const plain16 *b, size_t len)
{
    /* 16 bytes 0xFF, then 16 zero bytes: the 16 bytes from prefix + 16 - len keep the first len */
    static const unsigned char prefix[32] = {255, 255, 255, 255, 255, 255, 255, 255,
                                             255, 255, 255, 255, 255, 255, 255, 255};
    ascii_word w;
    /* every byte kept is a letter: the case bit makes it lower case */
#if defined(__SSE2__)
    __m128i keep = _mm_loadu_si128((const __m128i *)(const void *)(prefix + 16 - len));
    __m128i key = _mm_and_si128(_mm_or_si128(b->bytes, _mm_set1_epi8(0x20)), keep);
    w.lo = (uint64_t)_mm_cvtsi128_si64(key);
    w.hi = (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(key, key));
    (void)p; /* read already: b->bytes */
#else
    w.lo = (cd_lex_load_le64((const char *)p) | CASE_BITS) & cd_lex_load_le64((const char *)prefix + 16 - len);
    w.hi = (cd_lex_load_le64((const char *)p + 8) | CASE_BITS) & cd_lex_load_le64((const char *)prefix + 24 - len);
#endif
    unsigned all_upper = (b->lower & ((1u << len) - 1)) == 0 && len >= 2; /* no lower case in the word */
    w.flags = (uint16_t)((~b->lower & 1) * TF_CAP | all_upper * TF_ALLCAPS);
    /* cd_lex_key_hash: one step per eight bytes (no zero word for eight letters), chosen without
     * a branch (a word's length is a guess the processor often loses): by a mask, as gcc made
     * 'len > 8 ? h2 : h1' a branch that skipped the second step */
    uint64_t h1 = cd_lex_key_step(0, w.lo), h2 = cd_lex_key_step(h1, w.hi);
    uint64_t longer = 0 - (uint64_t)(len > 8);
    w.hash = cd_lex_key_finish(h1 ^ ((h1 ^ h2) & longer), len);
    return w;
}

/* Any other word: letters of any script, inner apostrophes (scan_word). */
static size_t general_word(cd_doc *doc, cd_token *t, size_t i, int len)
{
    const unsigned char *s = (const unsigned char *)doc->text;
    size_t stop = scan_word(s, token_limit(doc->text_len, i), i);
    t->len = (uint16_t)(stop == i ? (size_t)len : stop - i);
    set_word_flags(doc, t);
    return cd_tok_stop(t);
}

/* What a byte can begin, read through one table instead of a chain of tests. */
enum {
    B_OTHER,   /* ASCII punctuation or a control character: a token of its own */
    B_SPACE,   /* one-byte white space; NUL too (it reads as space) */
    B_LETTER,  /* an ASCII letter */
    B_DIGIT,
    B_NEWLINE, /* a line feed (from here on: the classes read_tokens looks at more closely) */
    B_HIGH,    /* the first byte of a UTF-8 character, or an invalid byte: decoded */
    B_WIDE_LETTER /* not in the table: a letter of more than one byte, once decoded */
};
#define O B_OTHER
#define S B_SPACE
#define N B_NEWLINE
#define L B_LETTER
#define D B_DIGIT
#define H16 B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, \
            B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH
static const unsigned char byte_class[256] = {
    /* 0x00 */ S, O, O, O, O, O, O, O, O, S, N, S, S, S, O, O,
    /* 0x10 */ O, O, O, O, O, O, O, O, O, O, O, O, O, O, O, O,
    /* 0x20 */ S, O, O, O, O, O, O, O, O, O, O, O, O, O, O, O,
    /* 0x30 */ D, D, D, D, D, D, D, D, D, D, O, O, O, O, O, O,
    /* 0x40 */ O, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    /* 0x50 */ L, L, L, L, L, L, L, L, L, L, L, O, O, O, O, O,
    /* 0x60 */ O, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    /* 0x70 */ L, L, L, L, L, L, L, L, L, L, L, O, O, O, O, O,
    H16, H16, H16, H16, H16, H16, H16, H16,
};
#undef O
#undef S
#undef N
#undef L
#undef D
#undef H16

/* For ASCII punctuation that may start a number (cd_may_start_number), what must follow it: a digit
 * (1), a dollar (2), or anything (4): a point before digits, a sign before digits or "$", a dollar.
 * start_after is what a byte is, for a mark before it. */
static const unsigned char start_before[256] = {['.'] = 1, ['-'] = 1 | 2, ['$'] = 4};
#define A4 4, 4, 4, 4
#define A16 A4, A4, A4, A4
static const unsigned char start_after[256] = {
    A16, A16, A4, 4 | 2, 4, 4, 4, A4, A4, /* 0x00-0x2F: '$' */
    5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, /* 0x30-0x3F: the digits */
    A16, A16, A16, A16, A16, A16, A16, A16, A16, A16, A16, A16,
};
#undef A4
#undef A16

/* Room for a new token, not zeroed: its caller writes every field once. NULL when memory runs out. */
static inline cd_token *token_slot(cd_doc *doc)
{
    return doc->n_toks < doc->cap_toks ? &doc->toks[doc->n_toks++] : CD_PUSH(doc, toks);
}

/* A new token at start, its fields written once (no zeroing first, then writing again). */
static inline cd_token *push_token(cd_doc *doc, size_t start, uint16_t flags)
{
    cd_token *t = token_slot(doc);
    if (t) *t = (cd_token){.start = (uint32_t)start, .flags = flags, .phrases = CD_PHRASES_KNOWN};
    return t;
}

/* The possessive "’s" (or "'s") glued to the word token before t, at i. */
static int possessive_at(const cd_doc *doc, const cd_token *t, uint32_t cp, size_t i, size_t len)
{
    const unsigned char *s = (const unsigned char *)doc->text;
    size_t n = doc->text_len;
    return (cp == '\'' || cp == 0x2019) && i + len < n && (s[i + len] | 0x20) == 's' && doc->n_toks > 1 &&
           !(t->flags & TF_SPACE_BEFORE) && doc->toks[doc->n_toks - 2].type == TOK_WORD &&
           scan_word(s, n, i + len) == i + len + 1;
}

/* The token of class cls (B_LETTER, B_WIDE_LETTER, B_DIGIT or B_OTHER) at i, whose character cp is
 * len bytes long (len 0: an invalid byte). Returns where it ends. */
static size_t read_token(cd_doc *doc, cd_token *t, int cls, uint32_t cp, size_t i, int len)
{
    const unsigned char *s = (const unsigned char *)doc->text;
    size_t n = doc->text_len;
    if (cls == B_LETTER || cls == B_WIDE_LETTER) {
        t->type = TOK_WORD;
        return general_word(doc, t, i, len);
    } else if (cls == B_DIGIT) {
        t->type = TOK_NUM;
        t->len = (uint16_t)(scan_number(s, token_limit(n, i), i) - i);
    } else if (len && possessive_at(doc, t, cp, i, (size_t)len)) {
        t->type = TOK_WORD;
        t->len = (uint16_t)(len + 1);
        set_word_flags(doc, t);
    } else {
        t->type = TOK_PUNCT;
        t->cp = len ? cp : 0xFFFD;
        t->len = (uint16_t)(len ? len : 1);
    }
    return cd_tok_stop(t);
}

static const cd_lexentry no_entry; /* all zero: no class, heads nothing */

/* Marks a word of the cue classes (TF_CUE_WORD, for list_cues in doc.c), of the classes that start
 * a number (TF_NUM_START, for cd_find_numbers) or a time (TF_TIME_START, for cd_find_times): the
 * flags its entry holds (cd_lexentry.tflags),
 * and returns the filter of the phrases it heads (cd_lexentry.next), 0 when it heads none: one
 * read of its entry, here, instead of another in a later walk over the tokens. */
static uint64_t mark_word(cd_token *t)
{
    /* no branch on whether the word has an entry, or heads a phrase: the processor could only guess */
    const cd_lexentry *e = cd_tok_entry(t);
    t->flags |= e->tflags;
    return e->next; /* zero unless the word heads a phrase (lexicon.h) */
}

/* Lists token tok where a sentence or a line may end (cd_doc.breaks), once. 0 when memory runs out. */
static inline int add_break(cd_doc *doc, size_t tok)
{
    if (doc->n_breaks && doc->breaks[doc->n_breaks - 1] == tok) return 1; /* punctuation before a line break */
    uint32_t *slot = CD_PUSH(doc, breaks);
    if (!slot) return 0;
    *slot = (uint32_t)tok;
    return 1;
}

/* The flags of the token after a line feed, from those gathered before it: a second one (or one
 * at the start of the text) makes a paragraph. */
static inline uint16_t new_line(uint16_t before)
{
    return (uint16_t)(before | TF_SPACE_BEFORE | TF_NEWLINE_BEFORE | (before & TF_NEWLINE_BEFORE ? TF_PARA_BEFORE : 0));
}

/* The lexicon lines of the words ahead of the word loop, fetched before it probes them. A word's
 * probe reads its slot, then its entry (cd_lex_probe16): most words miss the first-level cache
 * there (the token array's stores evict the lexicon between chunks), and the loop waited for the
 * two reads, one after the other. A cursor runs ahead of the loop over the runs of ASCII letters: it
 * hashes a run as read_ascii_word hashes a word and prefetches its slot, and reads the slot of the
 * run it hashed LOOKAHEAD runs before (in the cache by then) to prefetch that run's entry. Only the
 * fetching depends on the cursor: where a run is no word of the loop (an inner apostrophe, UTF-8),
 * a line is fetched for nothing. */
#define LOOKAHEAD 16       /* runs between a slot's prefetch and its entry's; a power of two */
#define LOOKAHEAD_BYTES 160 /* the cursor is kept this far ahead of the loop, at least */
/* A word the cursor read (ascii_word_len, read_ascii_word), for the loop to take when it comes to
 * it instead of reading it again: the loop's probe then starts from a hash made long before, not at
 * the end of a chain of multiplications. Kept in a ring by its place in the text and tagged with
 * it, so that the loop takes only a word read at its own place; one written over before the loop
 * comes to it (the cursor ran more than the ring's bytes ahead) is read again. */
#define WORDS_AHEAD 256 /* a power of two, above LOOKAHEAD_BYTES */
#define NO_WORD UINT32_MAX /* a tag no word has (texts are shorter: CD_MAX_INPUT) */
typedef struct word_ahead {
    ascii_word w;
    uint32_t at;  /* where the word starts, NO_WORD for none */
    uint32_t len; /* ascii_word_len's */
} word_ahead;

typedef struct lookahead {
    word_ahead *words;        /* [WORDS_AHEAD] */
    size_t at;                /* where the cursor reads next */
    unsigned n;               /* the runs hashed so far */
    uint32_t hash[LOOKAHEAD]; /* the last LOOKAHEAD runs' hashes, hash[n % LOOKAHEAD] the oldest */
} lookahead;

/* The tokenizer's state between two tokens. */
typedef struct tok_state {
    size_t i;        /* the next byte to read */
    uint16_t before; /* the next token's flags, gathered from the white space before it */
    uint64_t filter; /* mark_word's filter of the token before */
    /* the list of number starts (cd_doc.num_starts) while it fills: room for `cap` tokens, as the
     * token array has (cap_toks) */
    uint32_t *starts;
    size_t n_starts, cap;
    lookahead ahead;
} tok_state;

/* Lists the token just made as a number start when `may` (cd_may_start_number): its index is
 * written at the list's end whether it belongs there or not, and the count moves only for one
 * that does (no branch for the processor to guess). 0 when memory runs out. */
static inline int add_start(cd_doc *doc, tok_state *st, int may)
{
    if (doc->cap_toks > st->cap) { /* the token array grew */
        uint32_t *p = realloc(st->starts, doc->cap_toks * sizeof *p);
        if (!p) return 0;
        doc->num_starts = st->starts = p;
        doc->cap_num_starts = st->cap = doc->cap_toks;
    }
    st->starts[st->n_starts] = (uint32_t)(doc->n_toks - 1);
    st->n_starts += (size_t)may;
    return 1;
}

/* Lists the token before the (n_toks + 1)th as a phrase head (add_head): out of the word loop, whose
 * registers a call would spill (rare: a head followed by a word that may go on with its phrase). */
CD_NOINLINE static int list_head(cd_doc *doc, head_list *heads, size_t n_toks)
{
    doc->n_toks = n_toks; /* add_head reads the tokens made so far */
    return add_head(doc, heads, n_toks - 1);
}

/* Lists the token before (the last of n_toks) as a phrase head (add_head) when a token that starts
 * with byte c may go on with its phrases (may_continue of its filter). 0 when memory runs out. */
static inline int head_before(cd_doc *doc, head_list *heads, uint64_t filter, unsigned char c, size_t n_toks)
{
    return !may_continue(filter, c) || list_head(doc, heads, n_toks);
}

/* Whether the next token, after the n_toks made, is glued to a word (possessive_at's test of the
 * token before). */
static inline int glued_to_word(const cd_token *toks, size_t n_toks, uint16_t before)
{
    return n_toks && !(before & TF_SPACE_BEFORE) && toks[n_toks - 1].type == TOK_WORD;
}

/* The possessive "'s" as a word: its key (cd_lex_load_le64 of "'s" and zero bytes), its hash, and
 * its lexicon entry (NULL when it has none). */
#define POSSESSIVE_KEY ((uint64_t)'\'' | (uint64_t)'s' << 8)
#define POSSESSIVE_HASH cd_lex_key_finish(cd_lex_key_step(0, POSSESSIVE_KEY), 2)
static const cd_lexentry *possessive_entry(void)
{
    return cd_lex_probe16(POSSESSIVE_HASH, POSSESSIVE_KEY, 0, 2);
}

/* Moves the cursor one run of letters on, where 16 bytes from it are in the text (up to last):
 * hashes a run of up to FAST_WORD_MAX letters at the cursor and prefetches its slot, and the entry
 * of the run hashed LOOKAHEAD runs before. */
/* always inlined: a call, and the cursor kept in memory, cost more than the fetches saved */
static CD_ALWAYS_INLINE void look_ahead(lookahead *la, const unsigned char *s, size_t last)
{
    size_t at = la->at;
    if (at > last) return;
    const unsigned char *p = s + at;
    plain16 b = read_plain16(p);
    size_t len = (size_t)cd_ctz32(~b.letters);          /* 0: no letter at the cursor */
    /* the letters after the run (len is 16 at most: the shift stays below 32), and the next run's
     * start: 16 on when none (the bit above the 16 read) */
    unsigned later = b.letters & (~0u << len);
    la->at += (size_t)cd_ctz32(later | 1u << 16);
    if (len - 1 >= FAST_WORD_MAX) return;                      /* no run, or a long one */
    uint32_t *oldest = &la->hash[la->n++ % LOOKAHEAD];
    uint32_t entry = cd_lex_slots[*oldest & (CD_LEX_NSLOTS - 1)].entry; /* 0: an empty slot */
    CD_PREFETCH(&cd_lex_entries[entry - (entry != 0)]);
    word_ahead *r = &la->words[at % WORDS_AHEAD];
    r->len = (uint32_t)ascii_word_len(p, &b);
    r->at = r->len ? (uint32_t)at : NO_WORD;
    r->w = read_ascii_word(p, &b, len);
    *oldest = r->w.hash;
    CD_PREFETCH(&cd_lex_slots[*oldest & (CD_LEX_NSLOTS - 1)]);
}

/* Puts the cursor 2 * LOOKAHEAD runs ahead of i when it is not ahead of it (at the start, or after
 * the general path read on). */
static void start_looking_ahead(lookahead *la, const unsigned char *s, size_t i, size_t last)
{
    if (la->at > i) return;
    la->at = i;
    for (int k = 0; k < 2 * LOOKAHEAD; k++) look_ahead(la, s, last);
}

/* Reads the commonest tokens from st->i on in a loop of their own, its state in local variables:
 * words of ASCII letters (read_ascii_word), numbers, ASCII punctuation, the possessive "'s" and
 * the spaces and line feeds between them, while the token array has room and 16 bytes are left.
 * Stops before the first byte that needs the general path (read_tokens): UTF-8, inner apostrophes
 * ("don't"), long words. 0 when memory runs out. */
/* out of line, with its own registers: inlined into read_tokens, half its state was kept on the stack */
CD_NOINLINE static int read_plain_tokens(cd_doc *doc, head_list *heads, tok_state *st)
{
    size_t n = doc->text_len, i = st->i, n_toks = doc->n_toks;
    if (n < 16 || i > n - 16 || n_toks >= doc->cap_toks) return 1; /* the general path's token */
    const unsigned char *s = (const unsigned char *)doc->text;
    /* the last byte a token may start at here: 16 bytes to read, and room for the token. A token
     * takes a byte at least, so a loop that starts no token past the room left in bytes makes
     * no more tokens than there is room for (one test a turn instead of two). */
    size_t last = n - 16, room = doc->cap_toks - n_toks;
    if (last - i >= room) last = i + room - 1;
    cd_token *toks = doc->toks;
    lookahead ahead = st->ahead;
    start_looking_ahead(&ahead, s, i, n - 16);
    uint32_t *sp = st->starts + st->n_starts; /* room for cap_toks tokens (add_start) */
    uint16_t before = st->before;
    uint64_t filter = st->filter;
    int ok = 1;
    while (i <= last) {
        const unsigned char *p = s + i;
        unsigned char c = *p;
        cd_token *t = &toks[n_toks];
        *sp = (uint32_t)n_toks; /* counted when cd_may_start_number, without a branch */
        const word_ahead *r = &ahead.words[i % WORDS_AHEAD];
        size_t len = 0;
        /* not zeroed first: w is read only once len is set with it, and b only where the ring had
         * no word at i (a word of the ring always has a length: look_ahead) */
        ascii_word w;
        plain16 b;
        if (r->at == i) {
            len = r->len, w = r->w;
        } else if ((b = read_plain16(p)).letters & 1) {
            len = ascii_word_len(p, &b);
            if (!len) break;
            w = read_ascii_word(p, &b, len);
        }
        if (len) {
            look_ahead(&ahead, s, n - 16);
            /* a second step where the cursor fell behind ("AOL's" is two runs, one word here) */
            if (ahead.at < i + LOOKAHEAD_BYTES) look_ahead(&ahead, s, n - 16);
            /* mark_head's first test, here: most heads start no key with this word */
            if (may_continue(filter, c) && cd_lex_pair_may(t[-1].hash, w.hash) && !(ok = list_head(doc, heads, n_toks)))
                break;
            const cd_lexentry *e = cd_lex_probe16(w.hash, w.lo, w.hi, len), *m = e ? e : &no_entry;
            uint16_t flags = (uint16_t)(before | w.flags | m->tflags);
            /* each field once (a whole-struct assignment zeroed the token first) */
            t->start = (uint32_t)i, t->len = (uint16_t)len, t->hash = w.hash;
            t->type = TOK_WORD, t->flags = flags, t->phrases = CD_PHRASES_KNOWN, t->lex_id = cd_lex_id(e);
            filter = m->next;
            /* cd_may_start_number, each flag read where it comes from (the entry, the word's case):
             * the token's flags are not waited for; '&' and '|', not '&&' and '||', which made
             * branches on the word's length */
            sp += (size_t)((m->tflags & TF_NUM_START) != 0) |
                  ((size_t)(len == 4) & ((size_t)((w.flags & TF_ALLCAPS) != 0) | (size_t)(c == 'k')));
            i += len;
        } else {
            int cls = byte_class[c], possessive;
            if (cls == B_SPACE || cls == B_NEWLINE) {
                before = cls == B_SPACE ? before | TF_SPACE_BEFORE : new_line(before);
                if (cls == B_NEWLINE && n_toks && !(ok = add_break(doc, n_toks - 1))) break; /* the line's last token */
                i++;
                continue;
            }
            if (cls == B_DIGIT) {
                /* a number, unlike the other tokens here, may run into the last 16 bytes, up to
                 * the end: the text's last token is the general path's, which reads no byte past
                 * it (the byte after each token is read below) */
                size_t stop = scan_number(s, token_limit(n, i), i);
                if (stop >= n) break;
                if (!(ok = head_before(doc, heads, filter, c, n_toks))) break;
                t->start = (uint32_t)i, t->len = (uint16_t)(stop - i), t->hash = 0;
                t->type = TOK_NUM, t->flags = before, t->phrases = CD_PHRASES_KNOWN, t->lex_id = 0;
                sp++; /* a number starts at every one */
                i = stop;
                filter = 0;
            } else if (c == '\'' && (possessive = apostrophe_token(p, b.letters, glued_to_word(toks, n_toks, before)))) {
                if (possessive < 0 || !(ok = head_before(doc, heads, filter, c, n_toks))) break;
                const cd_lexentry *e = possessive_entry(), *m = e ? e : &no_entry;
                uint16_t flags = (uint16_t)(before | m->tflags);
                t->start = (uint32_t)i, t->len = 2, t->hash = POSSESSIVE_HASH;
                t->type = TOK_WORD, t->flags = flags, t->phrases = CD_PHRASES_KNOWN, t->lex_id = cd_lex_id(e);
                filter = m->next;
                sp += (size_t)((flags & TF_NUM_START) != 0);
                i += 2;
            } else {
                if (cls != B_OTHER) break;
                if (!(ok = head_before(doc, heads, filter, c, n_toks))) break;
                t->start = (uint32_t)i, t->len = 1, t->cp = c;
                t->type = TOK_PUNCT, t->flags = before, t->phrases = CD_PHRASES_KNOWN, t->lex_id = 0;
                uint32_t *brk = CD_PUSH(doc, breaks);
                if (!(ok = brk != NULL)) break;
                *brk = (uint32_t)n_toks;
                /* cd_may_start_number: what may follow the mark, and what does (no branch) */
                sp += (size_t)((start_before[c] & start_after[p[1]]) != 0);
                i++;
                filter = 0;
            }
        }
        n_toks++;
        size_t space = s[i] == ' '; /* the commonest byte after a token: one loop turn less */
        before = (uint16_t)(space * TF_SPACE_BEFORE);
        i += space;
    }
    doc->n_toks = n_toks;
    *st = (tok_state){i, before, filter, st->starts, (size_t)(sp - st->starts), st->cap, ahead};
    return ok;
}

/* Splits the text into tokens and finds the phrase heads (mark_heads). Returns 0 when memory
 * runs out. */
static int read_tokens(cd_doc *doc, head_list *heads)
{
    const unsigned char *s = (const unsigned char *)doc->text;
    size_t n = doc->text_len;
    /* a second newline (or the start of the text) makes a paragraph */
    word_ahead words[WORDS_AHEAD];
    for (size_t k = 0; k < WORDS_AHEAD; k++) words[k].at = NO_WORD;
    tok_state st = {0, TF_PARA_BEFORE | TF_NEWLINE_BEFORE, 0, doc->num_starts, 0, doc->cap_num_starts, {words, 0, 0, {0}}};
    while (st.i < n) {
        /* (only with room for a token: the number-start list may not be allocated yet, NULL + 0 is UB) */
        if (byte_class[s[st.i]] != B_HIGH && doc->n_toks < doc->cap_toks && doc->cap_toks <= st.cap) {
            if (!read_plain_tokens(doc, heads, &st)) return 0;
            if (st.i >= n) break;
        }
        size_t i = st.i;
        uint32_t cp = s[i];
        int cls = byte_class[cp], len = 1;
        if (cls == B_SPACE) {
            st.before |= TF_SPACE_BEFORE;
            st.i++;
            continue;
        }
        if (cls >= B_NEWLINE) { /* a line feed or UTF-8: one test for the commoner classes */
            if (cls == B_NEWLINE) {
                st.before = new_line(st.before);
                if (doc->n_toks && !add_break(doc, doc->n_toks - 1)) return 0; /* the line's last token */
                st.i++;
                continue;
            }
            len = cd_utf8_decode(s, n, i, &cp); /* B_HIGH */
            if (len && cd_is_space(cp)) {
                st.before |= TF_SPACE_BEFORE;
                st.i += (size_t)len;
                continue;
            }
            cls = len && cd_is_letter(cp) ? B_WIDE_LETTER : B_OTHER;
        }
        if (!head_before(doc, heads, st.filter, s[i], doc->n_toks)) return 0;
        cd_token *t = push_token(doc, i, st.before);
        if (!t) return 0;
        i = read_token(doc, t, cls, cp, i, len);
        if (t->type == TOK_PUNCT && !add_break(doc, doc->n_toks - 1)) return 0;
        st.filter = mark_word(t);
        if (!add_start(doc, &st, cd_may_start_number(doc, t))) return 0;
        size_t space = i < n && s[i] == ' ';
        st.before = (uint16_t)(space * TF_SPACE_BEFORE);
        st.i = i + space;
    }
    doc->n_num_starts = st.n_starts; /* (the list stays empty when memory ran out) */
    return 1;
}

void cd_tokenize(cd_doc *doc)
{
    head_list heads = {.at = NULL}; /* (and an empty memo) */
    doc->n_breaks = 0;
    doc->n_num_starts = 0;
    if (read_tokens(doc, &heads)) mark_heads(doc, &heads, SIZE_MAX);
    else doc->oom = 1;
    free(heads.at);
}
