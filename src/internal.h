/*
 * Internal contract between the core's files. Nothing here is public.
 *
 * During analysis every span holds offsets into the analyzed text (doc->text): span.tstart and
 * span.tstop. finalize (doc.c) fills span.start/stop (source offsets) and line/col afterwards, so a
 * module never has to think about markup.
 */
#ifndef CD_INTERNAL_H
#define CD_INTERNAL_H

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stddef.h>
#include <string.h>

#include "copydesk.h"
#include "compiler.h"
#include "lexicon.h"

/* ---- arena: every string and record of a document, freed at once ------------------------- */

typedef struct cd_arena_block cd_arena_block;
typedef struct cd_arena {
    cd_arena_block *head;
    int failed; /* an allocation failed: the analysis reports CD_ERR_NOMEM */
} cd_arena;

void *cd_arena_alloc(cd_arena *a, size_t size);                  /* zeroed, 8-aligned, NULL on OOM */
char *cd_arena_strndup(cd_arena *a, const char *s, size_t n);
char *cd_arena_printf(cd_arena *a, const char *fmt, ...) CD_PRINTF(2, 3);
void cd_arena_free(cd_arena *a);
void cd_arena_adopt(cd_arena *into, cd_arena *from); /* moves every block of `from` into `into` */

/* ---- growable arrays (malloc'd, checked) ------------------------------------------------- */

/* Makes room for one more element of `size` bytes; returns a pointer to it (zeroed) or NULL. */
void *cd_vec_push(void **items, size_t *count, size_t *cap, size_t size);
/* Appends a zeroed element to one of the document's arrays (doc->vec, n_vec, cap_vec); NULL and
 * doc->oom set when memory runs out. */
#define CD_PUSH(doc, vec)                                                                            \
    ((__typeof__((doc)->vec))cd_doc_push_inline(&(doc)->oom, (void **)&(doc)->vec, &(doc)->n_##vec, \
                                                &(doc)->cap_##vec, sizeof *(doc)->vec))
void *cd_doc_push(int *oom, void **items, size_t *count, size_t *cap, size_t size);

/* Reads a whole file into *out (malloc'd, NUL-terminated; the caller frees it): one read of the
 * file's size for a regular file. Errors: "PATH: why" in err (CD_ERR_IO, CD_ERR_TOO_LARGE,
 * CD_ERR_NOMEM). readfile.c. */
cd_status cd_read_file(const char *path, char **out, size_t *outlen, char *err, size_t errlen);
/* cd_vec_push and cd_doc_push with their common case inline: room left, zeroed with a size the
 * compiler knows (a few stores instead of a call to memset). */
static inline void *cd_vec_push_inline(void **items, size_t *count, size_t *cap, size_t size)
{
    if (*count >= *cap) return cd_vec_push(items, count, cap, size);
    unsigned char *slot = (unsigned char *)*items + (*count)++ * size;
    memset(slot, 0, size);
    return slot;
}
static inline void *cd_doc_push_inline(int *oom, void **items, size_t *count, size_t *cap, size_t size)
{
    if (*count >= *cap) return cd_doc_push(oom, items, count, cap, size);
    return cd_vec_push_inline(items, count, cap, size);
}

/* A block index over items in order of increasing end (sentences by text offset, entities by
 * token): for each block of 2^shift keys, the first item whose end is past the block's start. A
 * lookup starts there and steps over the few items that end inside the block, instead of a
 * binary search. It describes n_items items: when the array's count differs, it is not used. */
typedef struct cd_block_index {
    uint32_t *first;
    size_t n_first, cap_first;
    size_t n_items;
} cd_block_index;
int cd_block_index_room(cd_block_index *bi, size_t blocks); /* arena.c: room for `blocks`; -1 on OOM */
/* Builds bi over items [0, n_items) with keys [0, n_keys); end_of(doc, i) is item i's end
 * (exclusive, non-decreasing in i). -1 on OOM (bi then describes no items). Inline, so that each
 * caller's end_of is inlined too: the walk asks it of every item. */
static inline int cd_block_index_build(cd_block_index *bi, const cd_doc *doc, size_t n_items, size_t n_keys,
                                       unsigned shift, size_t (*end_of)(const cd_doc *doc, size_t item))
{
    size_t blocks = (n_keys >> shift) + 1;
    bi->n_items = bi->n_first = 0;
    if (n_items > UINT32_MAX) return 0; /* left unused: the lookups search */
    if (cd_block_index_room(bi, blocks)) return -1;
    /* each block gets the first item (from the last block's on) that ends past the block's first
     * key: walked by item, so that each item's end is asked once, not once per block as well */
    size_t b = 0;
    for (size_t item = 0; item < n_items && b < blocks; item++) {
        size_t end = end_of(doc, item);
        while (b < blocks && b << shift < end) bi->first[b++] = (uint32_t)item;
    }
    while (b < blocks) bi->first[b++] = (uint32_t)n_items;
    bi->n_first = blocks;
    bi->n_items = n_items;
    return 0;
}

/* ---- tokens ------------------------------------------------------------------------------ */

typedef enum cd_toktype {
    TOK_WORD = 0, /* letters (any script), with inner apostrophes: "they’ve"; "’s" is its own word */
    TOK_NUM,      /* digits with inner , or . before a digit: "1,200", "3.8" */
    TOK_PUNCT     /* one character: . , ; : ! ? ( ) - – — / % $ £ € “ ” ‘ ’ " ' ... */
} cd_toktype;

enum {
    TF_SPACE_BEFORE = 1 << 0,   /* whitespace right before the token */
    TF_NEWLINE_BEFORE = 1 << 1, /* a line break before it */
    TF_PARA_BEFORE = 1 << 2,    /* a blank line (or block boundary) before it */
    TF_CAP = 1 << 3,            /* starts with an upper-case letter */
    TF_ALLCAPS = 1 << 4,        /* two or more letters, all upper case */
    TF_TIME = 1 << 5,           /* consumed by a time expression (time.c) */
    TF_NUMBER = 1 << 6,         /* part of a number (numbers.c) */
    TF_ENTITY = 1 << 7,         /* part of an entity (entities.c) */
    TF_QUOTED = 1 << 8,         /* inside a direct quote (quotes.c) */
    TF_SENT_START = 1 << 9,     /* starts a sentence, any but the chunk's first (numbers.c marks them:
                                 * numbers stop); the first has TF_PARA_BEFORE: test both for "any" */
    TF_CUE_WORD = 1 << 10,      /* a word of CD_CUE_CLASSES or heading a phrase of them (cd_tokenize) */
    TF_NUM_START = 1 << 11,     /* a word of CD_NUM_START_CLASSES or heading a phrase of them (cd_tokenize) */
    TF_TIME_START = 1 << 12,    /* a word of CD_TIME_START_CLASSES or heading a phrase of them (cd_tokenize) */
    TF_SCORE_DASH = 1 << 13     /* the dash that joins two numbers the number reader kept apart as the
                                 * counts of a score or tally, no range ("won 3-0", "drew 2-2") */
};
/* The lexicon classes of the words that may start a number (numbers.c: number words, currencies,
 * "several"): the tokenizer marks them (TF_NUM_START), so that the number pass's walk over every
 * token reads no lexicon entry. */
#define CD_NUM_START_CLASSES (LXM(LX_NUM_CURRENCY) | LXM(LX_NUM_WORD) | LXM(LX_NUM_START))
/* The lexicon classes of the words where a time expression may start (time.c's may_start): the
 * tokenizer marks them (TF_TIME_START), so that the time pass's walk over every token reads the
 * lexicon entries of these alone. */
#define CD_TIME_START_CLASSES                                                                           \
    (LXM(LX_TIME_WORDS) | LXM(LX_TIME_MONTHS) | LXM(LX_TIME_WEEKDAYS) | LXM(LX_TIME_HOLIDAYS) | LXM(LX_NUM_WORD) | \
     LXM(LX_TIME_SEASONS))
/* The lexicon classes of the words where the claim passes may start a claim (list_cues, doc.c):
 * the tokenizer marks them (TF_CUE_WORD) while it has the word's entry at hand. */
#define CD_CUE_CLASSES                                                                                  \
    (LXM(LX_CHANGE_VERBS) | LXM(LX_CLAIM_CHANGE_ADVERBS) | LXM(LX_EVENT_VERBS) | LXM(LX_COMPARE_WORDS) | \
     LXM(LX_QUOTE_VERBS))
/* The flags a word of the lexicon gives its token, from the classes it has or heads phrases of
 * (mask | heads): made for each entry at build time (cd_lexentry.tflags, lexicon_data.c). */
#define CD_LEX_TOKEN_FLAGS(classes)                                 \
    ((uint16_t)(((classes) & CD_CUE_CLASSES ? TF_CUE_WORD : 0) | \
                ((classes) & CD_NUM_START_CLASSES ? TF_NUM_START : 0) | \
                ((classes) & CD_TIME_START_CLASSES ? TF_TIME_START : 0)))

/* 16 bytes: every pass walks the tokens, and a chunk's array is the largest it reads. A 24-byte
 * token (a 32-bit stop, lex_id and phrases, a 16-bit type) took 3 to 5% more CPU time on the bench
 * corpus (paired medians of 30 interleaved runs on the shared two-core machine). The end is
 * start + len (cd_tok_stop); the type and the phrases are a byte each, not bit-fields, which ran
 * 2% more instructions. list_cues (doc.c) reads flags, type and phrases as one 4 bytes. */
#define CD_TOKEN_MAX UINT16_MAX /* bytes of a token at most: a longer word or number is cut there */
#define CD_PHRASE_BITS 8        /* cd_token.phrases: keys of up to 7 tokens are marked */
typedef struct cd_token {
    uint32_t start;     /* text offset */
    union {             /* by type: a word's hash, a punctuation's code point, 0 for digits */
        uint32_t hash;  /* words: cd_lex_key_hash (lexnorm.h) of the normalized bytes */
        uint32_t cp;    /* punctuation: its code point (test the type first: a word's is its hash) */
    };
    uint16_t flags;     /* TF_* */
    uint8_t type;       /* cd_toktype */
    uint8_t phrases;    /* set by cd_tokenize: bit 0 "known", bit n (2..7) a lexicon key of n tokens
                         * starts here (cd_lex_match then skips the lookups that cannot match); a
                         * token that heads a longer key is left unmarked (bit 0 clear) */
    uint16_t len;       /* bytes: the token is [start, start + len), cd_tok_stop */
    uint16_t lex_id;    /* the index of the word's entry in cd_lex_table, 0 for none: cd_tok_lex */
} cd_token;
_Static_assert(sizeof(cd_token) == 16, "a token is 16 bytes");
/* an open-addressing table has more slots than entries */
_Static_assert(CD_LEX_NSLOTS <= 1u << 16, "a lexicon entry's index fits cd_token.lex_id");

/* The end of token t's text (exclusive). */
static inline uint32_t cd_tok_stop(const cd_token *t)
{
    return t->start + t->len;
}

/* The lexicon entry of token t: without one, the blank cd_lex_table[0] (no class, no record). */
static inline const cd_lexentry *cd_tok_entry(const cd_token *t)
{
    return &cd_lex_table[t->lex_id];
}

/* The lexicon entry of token t, or NULL. */
static inline const cd_lexentry *cd_tok_lex(const cd_token *t)
{
    return t->lex_id ? cd_tok_entry(t) : NULL;
}

/* The classes of token t's entry (its mask), 0 without one. */
static inline uint64_t cd_tok_mask(const cd_token *t)
{
    return cd_tok_entry(t)->mask;
}

/* The classes token t's word is of or heads a phrase of (mask | heads), 0 without an entry. */
static inline uint64_t cd_tok_classes(const cd_token *t)
{
    return cd_tok_entry(t)->mask | cd_tok_entry(t)->heads;
}

/* The lex_id of entry e (NULL: 0). */
static inline uint32_t cd_lex_id(const cd_lexentry *e)
{
    return e ? (uint32_t)(e - cd_lex_table) : 0;
}

/* ---- the document ------------------------------------------------------------------------ */

/* A run of the analyzed text and the source bytes it came from. If text_len == src_len the bytes
 * map one to one; otherwise (an entity, inserted break) the whole run maps to the whole source run. */
typedef struct cd_seg {
    uint32_t text, src, text_len, src_len;
} cd_seg;

/* The sparse line index (cd_doc_position): for each block of CD_LINE_BLOCK source bytes, the line
 * that its first byte is on and where that line starts. */
#define CD_LINE_BLOCK 1024u
typedef struct cd_line_mark {
    uint32_t line, line_start;
} cd_line_mark;

typedef struct cd_date {
    int y, m, d; /* y == 0: none */
} cd_date;

typedef struct cd_sent_info {
    size_t tok_first, tok_count; /* tokens of the sentence */
} cd_sent_info;

/* Token ranges of numbers and entities, parallel to doc->nums and doc->ents while analyzing
 * (finalize sorts only claims, findings and entities: keep ents and einfo in step if you sort). */
typedef struct cd_tok_range {
    size_t tok_first, tok_count;
} cd_tok_range;

/* One step of the shared reason lists (cd_claim_reason): the list `from` plus `reason` is `to`. */
typedef struct cd_reason_step {
    const char *const *from;
    const char *reason;
    const char *const *to; /* NULL: an empty slot of the table */
} cd_reason_step;

/* numbers.c's memo of the countries data/num_money_country.tsv names, for currency_code: the tokens
 * before `scanned` were read, at[g] is 1 + the last of them naming a country of group g (0: none),
 * code[g] that country's money. A grouped currency ("crowns") may come hundreds of times in a long
 * table: each asks only for the tokens after the last one's. cd_find_numbers resets it (a chunk's
 * tokens are its own). */
#define CD_MONEY_GROUPS 4 /* groups 1 to 3 (crowns, dinars, shillings); a later one is looked up afresh */
typedef struct cd_money_memo {
    size_t scanned;
    size_t at[CD_MONEY_GROUPS];
    const char *code[CD_MONEY_GROUPS];
} cd_money_memo;

struct cd_doc {
    cd_arena arena;
    const char *src; /* the source: an owned copy, or the caller's (cd_options.borrow) */
    size_t src_len;
    int src_borrowed; /* src is the caller's: cd_doc_free leaves it */
    const char *text; /* analyzed text: == src for plain text, else owned */
    size_t text_len;
    cd_seg *segs; /* NULL: identity map */
    size_t n_segs, cap_segs;
    cd_line_mark *lines; /* one per CD_LINE_BLOCK bytes of the source (finalize) */
    cd_input input;
    cd_date date; /* the story's date */
    char date_str[16];
    const cd_options *opt;

    cd_token *toks;
    size_t n_toks, cap_toks;
    uint32_t *breaks; /* the tokens where a sentence or a line may end, in order (cd_tokenize, read by
                       * cd_split_sentences): punctuation, and a token before a line break */
    size_t n_breaks, cap_breaks;
    uint32_t *num_starts; /* the tokens where cd_find_numbers may start a number (cd_may_start_number),
                           * in order: listed by cd_tokenize while it has each token at hand, so that
                           * the pass reads these (~1 token in 8) and not every token, long out of
                           * the cache by then. Indices < n_toks; room for cap_toks */
    size_t n_num_starts, cap_num_starts;
    cd_sentence *sents;
    size_t n_sents, cap_sents;
    cd_sent_info *sinfo; /* parallel to sents */
    size_t n_sinfo, cap_sinfo;
    cd_number *nums;
    size_t n_nums, cap_nums;
    cd_claim *claims;
    size_t n_claims, cap_claims;
    cd_finding *finds;
    size_t n_finds, cap_finds;
    cd_number *labels; /* numbers of kind CD_NUM_LABEL, in text order: kept apart from nums while the
                        * passes run (no claim or check reads them), merged by cd_merge_labels */
    size_t n_labels, cap_labels;
    cd_tok_range *ninfo; /* parallel to nums */
    size_t n_ninfo, cap_ninfo;
    cd_entity *ents;
    size_t n_ents, cap_ents;
    cd_tok_range *einfo; /* parallel to ents */
    size_t n_einfo, cap_einfo;

    uint32_t *cues; /* tokens that may start a change, event, comparison or speech-verb claim, in
                     * order: listed by doc.c after cd_find_numbers (list_cues); those passes walk
                     * only these (cd_cue_from, cd_cue_skip) */
    size_t n_cues, cap_cues;
    cd_block_index sent_index; /* cd_sentence_at, built after the sentences (doc.c) */
    cd_block_index ent_index;  /* cd_entity_*, built after the entities (entities.c) */

    cd_reason_step *rsteps; /* open-addressing table of the reason lists made so far */
    size_t n_rsteps, cap_rsteps;
    struct cd_interned *interned; /* open-addressing table of the strings of cd_intern */
    size_t n_interned, cap_interned;
    void *sort_tmp;      /* sort_runs' scratch (doc.c), kept from chunk to chunk: not allocated */
    size_t sort_tmp_cap; /* and faulted in afresh for each chunk's sort; capacity in bytes */
    size_t *sort_bounds; /* sort_runs' bounds of the sorted runs */
    size_t cap_sort_bounds;
    struct cd_cw_memo *cw_memo; /* cd_score_claims' stamps of the words counted in a sentence
                                 * (score.c), kept from chunk to chunk: cleared once a document */
    uint32_t *word_keys; /* cd_tok_key of a word of the lexicon by its lex_id, 0 until read (checks.c):
                          * the key is its entry's normalized text's, so kept from chunk to chunk */

    cd_money_memo money_memo; /* numbers.c, currency_code */

    int language; /* CD_LANG_*: untold until the first chunk's words tell it (language.c) */
    int oom; /* set by any module whose allocation failed */
};

/* The token after a number's or entity's last (doc->ninfo[i], doc->einfo[i]). */
static inline size_t cd_range_stop(const cd_tok_range *r)
{
    return r->tok_first + r->tok_count;
}

/* The token after entity e's last. */
static inline size_t cd_ent_stop(const cd_doc *doc, const cd_entity *e)
{
    return cd_range_stop(&doc->einfo[e - doc->ents]);
}

/* Token t of doc may start a number (cd_find_numbers' first test, can_start in numbers.c, which
 * asks more of these): digits; a word of CD_NUM_START_CLASSES (TF_NUM_START), or of four letters in
 * capitals or starting with 'k' (a scaled code: "MWh", "kWh"... code_shaped); a dollar, or
 * punctuation from U+00A2 on (currency signs, fractions); a sign or a point only with digits right
 * after it (or a dollar after a sign: "-$5"), as can_start wants them: the byte after tells, since
 * an ASCII digit always begins a token of digits. The tokenizer lists these (num_starts). */
static inline int cd_may_start_number(const cd_doc *doc, const cd_token *t)
{
    if (t->type == TOK_WORD)
        return (t->flags & TF_NUM_START) || (t->len == 4 && ((t->flags & TF_ALLCAPS) || doc->text[t->start] == 'k'));
    if (t->type == TOK_PUNCT && (t->cp == '-' || t->cp == '.')) {
        char next = t->start + 1 < doc->text_len ? doc->text[t->start + 1] : ' ';
        return (next >= '0' && next <= '9') || (t->cp == '-' && next == '$');
    }
    return t->type == TOK_NUM || t->cp >= 0xA2 || t->cp == '$';
}

/* The first cue at or after token tok, searched from cue index c on (doc->cues is in token order). */
static inline size_t cd_cue_from(const cd_doc *doc, size_t c, size_t tok)
{
    while (c < doc->n_cues && doc->cues[c] < tok) c++;
    return c;
}
/* The sentence holding token tok, or n_sinfo if none, searched from sentence *si on (tokens asked
 * in increasing order: the claim passes walk their cues and read the sentence of those they try,
 * not every sentence); *si moves past the sentences that end before tok. */
static inline size_t cd_cue_sentence(const cd_doc *doc, size_t *si, size_t tok)
{
    while (*si < doc->n_sinfo && doc->sinfo[*si].tok_first + doc->sinfo[*si].tok_count <= tok) ++*si;
    return *si < doc->n_sinfo && doc->sinfo[*si].tok_first <= tok ? *si : doc->n_sinfo;
}
/* Past the cues up to token last (inclusive), from cue index c on: the next cue after a claim. */
static inline size_t cd_cue_skip(const cd_doc *doc, size_t c, size_t last)
{
    while (c < doc->n_cues && doc->cues[c] <= last) c++;
    return c;
}

/* Span helpers (text offsets). */
static inline cd_span cd_tspan(size_t tstart, size_t tstop)
{
    cd_span s = {0, 0, (uint32_t)tstart, (uint32_t)tstop};
    return s;
}
static inline cd_span cd_tokspan(const cd_doc *doc, size_t first, size_t last_inclusive)
{
    return cd_tspan(doc->toks[first].start, cd_tok_stop(&doc->toks[last_inclusive]));
}

/* Adds a finding (message printf-style); returns it for cd_finding_relate, or NULL on OOM. A
 * message is one line (cd_intern_line): input it quotes across a line break has a space there. */
cd_finding *cd_add_finding(cd_doc *doc, const char *rule, cd_severity sev, cd_span span,
                           const char *fmt, ...) CD_PRINTF(5, 6);
/* The same with its message written: text[0..len), no NUL in it (a pass that writes a frequent
 * message itself, with no format to read). */
cd_finding *cd_add_finding_text(cd_doc *doc, const char *rule, cd_severity sev, cd_span span, const char *text,
                                size_t len);
/* Adds a claim of `kind` over span; a change claim's doubles NaN, strings NULL. NULL on OOM. */
cd_claim *cd_add_claim(cd_doc *doc, cd_claim_kind kind, cd_span span, size_t sentence);
/* The string s[0..n) in the arena, one copy for equal strings (a long story repeats its units,
 * dates and messages): never write to it. NULL (doc->oom set) on OOM. */
const char *cd_intern(cd_doc *doc, const char *s, size_t n);
/* The same on one line: each run of white space in s[0..n) that holds a line break (input read
 * across a hard wrap, "three\nconsulates") is one space in the copy. For what the analysis writes
 * of the input in its own strings (messages, names); spans and claims' text keep the input's bytes. */
const char *cd_intern_line(cd_doc *doc, const char *s, size_t n);
/* Adds another place the finding speaks of (up to CD_MAX_RELATED; f may be NULL). */
void cd_finding_relate(cd_doc *doc, cd_finding *f, cd_span span);
/* Appends a reason to the claim unless it has it (reason must be a static string). Claims with the
 * same reasons share one list in the arena, so a claim holds a pointer, not the strings. */
void cd_claim_reason(cd_doc *doc, cd_claim *c, const char *reason);
/* The reason of an event claim that has not happened ("could be fined", "if convicted"): events.c
 * gives it, score.c reads it. */
extern const char cd_reason_hypothetical[];
/* The reason of an event claim stated as not done ("was not charged", "refused to ban"). */
extern const char cd_reason_negated[];

/* Sentence of a text offset; n_sents if none. A search, or a few steps once the sentences are
 * indexed (cd_index_sentences, doc.c, after cd_split_sentences; -1 on OOM). */
size_t cd_sentence_at(const cd_doc *doc, size_t toff);
int cd_index_sentences(cd_doc *doc);
/* Lists the tokens where the claim passes may start a claim (doc->cues; doc.c, after cd_find_numbers;
 * -1 on OOM): for a tool that runs the passes one by one (eval/cw_features.c). */
int cd_list_cues(cd_doc *doc);
/* Runs the passes of a chunk on doc's text, in the pipeline's order (doc.c's table, from
 * cd_tokenize on), up to but not including the pass `stop` (NULL: all of them): a tool that reads
 * what a pass reads (eval/cw_features.c: stop = cd_score_claims) cannot fall out of step with the
 * pipeline. -1 (nothing run) if stop is not one of the passes; OOM sets doc->oom. */
typedef void (*cd_pass_fn)(cd_doc *doc);
int cd_run_passes(cd_doc *doc, cd_pass_fn stop);

/* ---- text helpers (text.c) --------------------------------------------------------------- */

/* Decodes one UTF-8 character at s[i] (i < n). Returns its length (1..4) and writes the code point,
 * or returns 0 for an invalid or overlong sequence (writes the byte as *cp). */
int cd_utf8_decode(const unsigned char *s, size_t n, size_t i, uint32_t *cp);
/* The length of s[0..len) cut to at most max bytes, shortened so that it ends on a character's
 * boundary: a finding's message quotes the start of a text, and half a character is no UTF-8. */
size_t cd_utf8_cut(const char *s, size_t len, size_t max);
int cd_is_letter(uint32_t cp);
int cd_is_space(uint32_t cp); /* includes NBSP and the Unicode spaces */
/* “ ” ‘ ’ " ' « » „ ‚ (inline: the passes ask it of every punctuation token) */
static inline int cd_is_quote(uint32_t cp)
{
    if (cp < 0x80) return cp == '"' || cp == '\'';
    if (cp >= 0x2018 && cp <= 0x201E) return (0x77u >> (cp - 0x2018)) & 1; /* all but U+201B */
    return cp == 0xAB || cp == 0xBB;
}
/* A currency sign: $, the Latin-1 signs (¢ £ ¤ ¥) and the Unicode block of currency symbols (€ ₹ ₽ ₩
 * ...). The passes that only need to know "money, not a word" ask this, not the currency list. */
static inline int cd_is_currency_sign(uint32_t cp)
{
    return cp == '$' || (cp >= 0xA2 && cp <= 0xA5) || (cp >= 0x20A0 && cp <= 0x20CF);
}
/* A dash between words or figures: figure dash, en dash, em dash, horizontal bar. Not the hyphen,
 * which callers add where they mean it too. */
static inline int cd_is_dash(uint32_t cp)
{
    return cp >= 0x2012 && cp <= 0x2015;
}
/* The ASCII hyphen-minus or one of cd_is_dash's: the passes that take a typed "-" for a dash (a
 * bullet, a speaker's label, a date's separator) ask this. */
static inline int cd_is_hyphen_or_dash(uint32_t cp)
{
    return cp == '-' || cd_is_dash(cp);
}
/* A currency word that may be shortened with a period before its amount, "Rs. 500": a word of at
 * most three bytes, not in capitals ("USD. 50" is a code that ends a sentence). The numbers pass
 * reads the amount across such a period, and the sentence splitter ends no sentence there. */
static inline int cd_currency_abbrev_shape(const cd_token *w)
{
    return w->type == TOK_WORD && !(w->flags & TF_ALLCAPS) && w->len <= 3;
}

/* Token text equals `lower` (an ASCII lower-case literal), ignoring case. Inline, like the two
 * below: the passes call them many times per token, mostly with literals the compiler can fold. */
static inline int cd_tok_is(const cd_doc *doc, size_t i, const char *lower)
{
    if (i >= doc->n_toks) return 0;
    const cd_token *t = &doc->toks[i];
    size_t n = t->len, k = 0;
    /* a literal's length is known at compile time: a token of another length is told without
     * reading its text (far from the token in memory, and long out of the cache in later passes) */
    if (CD_LITERAL_LEN_DIFFERS(lower, n)) return 0;
    const char *s = doc->text + t->start;
    /* most calls end here: the first bytes differ even ignoring case (c | 0x20 folds a capital and
     * leaves the case of every other byte's partner alike) */
    if (((unsigned char)s[0] | 0x20) != ((unsigned char)lower[0] | 0x20)) return 0;
    for (; k < n && lower[k]; k++) {
        char c = s[k];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c != lower[k]) return 0;
    }
    return k == n && lower[k] == 0;
}
/* s equals lit (a literal: a lexicon role or an entity type): the first bytes first, inline, as
 * most strings asked about differ there (a missing role is ""); strcmp only for the rest. A NULL s
 * (a lexicon record of a line with no string, cd_lexrec) equals nothing. */
static inline int cd_str_is(const char *s, const char *lit)
{
    return s && s[0] == lit[0] && strcmp(s, lit) == 0;
}
/* Token t is a word, or a hyphen or an apostrophe glued to the token before it, within a word
 * ("chief-executive", "Clarkson’s"): the tokens of a description in words only. */
static inline int cd_word_or_joiner(const cd_token *t)
{
    if (t->type == TOK_WORD) return 1;
    return t->type == TOK_PUNCT && !(t->flags & (TF_SPACE_BEFORE | TF_NEWLINE_BEFORE)) &&
           (t->cp == '-' || t->cp == '\'' || t->cp == 0x2019);
}

/* Token i ends in -ing and has five bytes or more: a verb's -ing form ("saying", "adding"). */
static inline int cd_tok_ing_form(const cd_doc *doc, size_t i)
{
    const cd_token *t = &doc->toks[i];
    return t->len > 4 && memcmp(doc->text + cd_tok_stop(t) - 3, "ing", 3) == 0;
}

/* Token i is four bytes or more ending in "ed", not capitalized: the commonest shape of a plain past
 * or a participle ("raised", "attacked"). */
static inline int cd_tok_ed_form(const cd_doc *doc, size_t i)
{
    const cd_token *t = &doc->toks[i];
    return t->len >= 4 && !(t->flags & TF_CAP) && memcmp(doc->text + cd_tok_stop(t) - 2, "ed", 2) == 0;
}

/* data/ent_org_suffixes.tsv's kind of a legal form that closes a company's name ("Inc", "Corp"):
 * entities.c and quotes.c read it. */
#define CD_LEGAL_FORM 1

static inline int cd_tok_is_punct(const cd_doc *doc, size_t i, uint32_t cp)
{
    return i < doc->n_toks && doc->toks[i].type == TOK_PUNCT && doc->toks[i].cp == cp;
}
/* The word a full stop at token i is glued to ("J.", "Sen.", "U.S.", and a sentence's last word
 * too): NULL when token i is no full stop, or follows a space or no word. The shape both
 * quotes.c's abbrev_dot and compare.c's initial_dot start from; each then asks its own of the
 * word (any listed abbreviation there, a one-letter capital here). A line break sets
 * TF_SPACE_BEFORE as well, so that flag alone tells a glued stop. */
static inline const cd_token *cd_dot_word(const cd_doc *doc, size_t i)
{
    if (i == 0 || !cd_tok_is_punct(doc, i, '.') || (doc->toks[i].flags & TF_SPACE_BEFORE)) return NULL;
    const cd_token *w = &doc->toks[i - 1];
    return w->type == TOK_WORD ? w : NULL;
}
/* The words at token k that turn to another time, before or after an event: "before", "after",
 * "ahead of", "prior to". Their token count, or 0; the direction into *dir (1 after, else -1).
 * Tokens at lim or beyond are none: the time pass reads within its sentence. One list for the time
 * pass (a duration counted from the event: "two weeks after the vote") and the comparisons (a
 * ranking's period that ends before the turn: "its best in a year, ahead of the vote"). */
static inline size_t cd_time_turn(const cd_doc *doc, size_t k, size_t lim, int *dir)
{
    *dir = -1;
    if (k >= lim) return 0;
    if (cd_tok_is(doc, k, "after")) {
        *dir = 1;
        return 1;
    }
    if (cd_tok_is(doc, k, "before")) return 1;
    return k + 1 < lim && ((cd_tok_is(doc, k, "ahead") && cd_tok_is(doc, k + 1, "of")) ||
                           (cd_tok_is(doc, k, "prior") && cd_tok_is(doc, k + 1, "to")))
               ? 2
               : 0;
}
/* The record of class cls for token i's word, or NULL. */
static inline const cd_lexrec *cd_tok_rec(const cd_doc *doc, size_t i, int cls)
{
    return i < doc->n_toks ? cd_lex_rec(cd_tok_entry(&doc->toks[i]), cls) : NULL;
}
/* Whether token i's word is in lexicon class cls. Inline, and by cd_lex_has, not a record: with a
 * constant cls of a bit of its own (most asks), one test of the bit. */
static inline int cd_tok_in(const cd_doc *doc, size_t i, int cls)
{
    return i < doc->n_toks && cd_lex_has(cd_tok_entry(&doc->toks[i]), cls);
}
/* Number token t has a year's shape: four digits opening with 19 or 20 (score.c, sentences.c). */
static inline int cd_year_shape(const cd_doc *doc, const cd_token *t)
{
    if (t->len != 4) return 0;
    const char *s = doc->text + t->start;
    return (s[0] == '1' && s[1] == '9') || (s[0] == '2' && s[1] == '0');
}
/* Token i's word is a given name that is no modal too (data/ent_first_names.tsv, kind other than 1):
 * inside a run of capitals a modal is a title's word ("Love Will Tear Us Apart"), not a name's
 * start. */
static inline int cd_tok_plain_given_name(const cd_doc *doc, size_t i)
{
    const cd_lexrec *r = cd_tok_rec(doc, i, LX_ENT_FIRST_NAMES);
    return r && r->num != 1;
}
/* Its value string in class cls, or "". */
static inline const char *cd_tok_role(const cd_doc *doc, size_t i, int cls)
{
    const cd_lexrec *r = cd_tok_rec(doc, i, cls);
    return r && r->str ? r->str : "";
}
/* Longest lexicon key of class cls starting at token i (a phrase of several tokens within one
 * paragraph, or the word alone): returns its token count, 0 if none, and its record in *rec.
 * Inline for the common case, a token that starts no phrase (the tokenizer marks them). */
#define CD_PHRASES_KNOWN 1u /* cd_token.phrases: marked by the tokenizer */
size_t cd_lex_match_phrase(const cd_doc *doc, size_t i, int cls, const cd_lexrec **rec); /* text.c */
static inline size_t cd_lex_match(const cd_doc *doc, size_t i, int cls, const cd_lexrec **rec)
{
    if (i >= doc->n_toks) return 0;
    const cd_token *t = &doc->toks[i];
    /* the phrase search only where a key of several tokens of class cls may start (the word heads
     * one: cd_lexentry.heads), or where the tokenizer did not mark the token */
    if (t->phrases != CD_PHRASES_KNOWN &&
        (!(t->phrases & CD_PHRASES_KNOWN) || (cd_tok_entry(t)->heads & LXM(cls))))
        return cd_lex_match_phrase(doc, i, cls, rec);
    if (!rec) return cd_lex_has(cd_tok_entry(t), cls); /* no record asked: a bit of its own answers */
    const cd_lexrec *r = cd_lex_rec(cd_tok_entry(t), cls);
    if (r) *rec = r;
    return r != NULL;
}
/* May token t be, or start, a key of class cls? Surely not (0) only where the tokenizer marked its
 * phrases and its entry neither holds nor heads the class: cd_lex_match finds nothing there. The
 * passes ask it first of nearly every token, before they try a reader. */
static inline int cd_tok_may_match(const cd_token *t, int cls)
{
    return !(t->phrases & CD_PHRASES_KNOWN) || (cd_tok_classes(t) & LXM(cls));
}

/* ---- the passes, in the order doc.c runs them -------------------------------------------- */

cd_status cd_markup_extract(cd_doc *doc, char *err, size_t errlen); /* markup.c: fills text, segs, date */
void cd_check_input(cd_doc *doc);   /* text.c: invalid UTF-8, NUL, control characters */
void cd_tokenize(cd_doc *doc);      /* text.c */
/* The story's language as the rules need it (cd_doc.language): untold, English, or another, where no
 * check that reads English wording runs. */
enum { CD_LANG_UNTOLD = 0, CD_LANG_ENGLISH, CD_LANG_OTHER };
void cd_check_language(cd_doc *doc); /* language.c: tells doc->language once (after cd_tokenize) */
void cd_split_sentences(cd_doc *doc); /* sentences.c */
void cd_find_entities(cd_doc *doc); /* entities.c */
void cd_find_times(cd_doc *doc);    /* time.c: time claims; marks TF_TIME */
void cd_find_numbers(cd_doc *doc);  /* numbers.c: marks TF_NUMBER */
void cd_find_claims(cd_doc *doc);   /* claims.c: quantity, change */
void cd_find_events(cd_doc *doc);   /* events.c */
void cd_find_quotes(cd_doc *doc);   /* quotes.c */
/* A person's sex as the story's words tell it (data/quote_gender.tsv's kinds); 0: untold. */
enum { CD_SEX_MALE = 1, CD_SEX_FEMALE = 2, CD_SEX_BOTH = 3 /* told both ways (two people of one name) */ };
/* The sex (a CD_SEX_ or 0) the story's words tell of the person of canonical name `name`: a title
 * or a noun right before a mention ("Mr", "actress"), never a given name. */
int cd_person_sex(const cd_doc *doc, const char *name); /* quotes.c */
void cd_find_comparisons(cd_doc *doc); /* compare.c */
void cd_score_claims(cd_doc *doc);  /* score.c */
void cd_run_checks(cd_doc *doc);    /* checks.c */
void cd_check_ages(cd_doc *doc);    /* ages.c: a person given two ages (inconsistent-number) */
void cd_check_facts(cd_doc *doc);   /* facts.c */
void cd_merge_labels(cd_doc *doc);  /* numbers.c: the labels into nums, in text order (claims' indices kept) */

/* Entities for the passes after cd_find_entities (entities.c). Entities never overlap and are in
 * token order; types are "person", "organization", "place": every entity's type is one of the
 * strings below, so a pass may compare the pointer (e->type == cd_type_person) and skip strcmp. */
extern const char cd_type_person[], cd_type_organization[], cd_type_place[];
const cd_entity *cd_entity_at(const cd_doc *doc, size_t tok); /* the entity covering tok, or NULL */
/* The index (into ents/einfo) of the nearest entity of `type` (NULL: any) that ends before token
 * tok and starts at or after min_tok; (size_t)-1 if none. Cost grows with the window: keep it small. */
size_t cd_entity_before(const cd_doc *doc, size_t tok, size_t min_tok, const char *type);
/* The index of the first entity of `type` (NULL: any) that starts at or after tok and ends at or
 * before max_tok (exclusive token bound); (size_t)-1 if none. */
size_t cd_entity_after(const cd_doc *doc, size_t tok, size_t max_tok, const char *type);

/* Date helpers (time.c). */
int cd_date_parse(const char *s, cd_date *out); /* "YYYY-MM-DD" -> 1 on success */
/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a time claim's value, a fact's as-of) -> 1 on success, the
 * month and day 0 when not given */
int cd_date_parse_partial(const char *s, cd_date *out);
int cd_weekday(int y, int m, int d);            /* 0 = Sunday */
int cd_days_in_month(int y, int m);

/* Number parsing entry point for the fuzzer and the tests (numbers.c): reads one number starting
 * at token i; returns the count of tokens consumed (0 if none) and fills *out. */
size_t cd_parse_number_at(cd_doc *doc, size_t i, cd_number *out);
/* numbers.c: the token of the noun a number at token k-1 counts ("1500 troops", "three new
 * consulates"), or 0. */
size_t cd_counted_noun(const cd_doc *doc, size_t k);

/* Phrase helpers of the claim passes (claims.c), used by events.c and compare.c too. */
size_t cd_number_search(const cd_doc *doc, size_t tok); /* cd_number_at of a token of a number */
/* The number covering token tok, or n_nums. cd_find_numbers flags every token of a number: most
 * tokens need no search, and here no call either (the claim passes ask it of most words they
 * walk). */
static inline size_t cd_number_at(const cd_doc *doc, size_t tok)
{
    if (doc->n_ninfo != doc->n_nums || tok >= doc->n_toks || !(doc->toks[tok].flags & TF_NUMBER)) return doc->n_nums;
    return cd_number_search(doc, tok);
}
int cd_number_is_duration(const cd_doc *doc, size_t n); /* "four years", "a two-year" (claim_time_units.tsv) */

/* The number that starts at token tok, or n_nums. */
static inline size_t cd_number_starting(const cd_doc *doc, size_t tok)
{
    size_t n = cd_number_at(doc, tok); /* n_nums past the last token */
    return n < doc->n_nums && doc->ninfo[n].tok_first == tok ? n : doc->n_nums;
}
void cd_claim_take_numbers(const cd_doc *doc, cd_claim *c); /* number_first/count: numbers in span */
/* One past the last token of the noun phrase that starts at token i (i if none): words that are
 * not in LX_CLAIM_PHRASE_STOPS, numbers, "$", "%", inner hyphens; at most max tokens, up to last,
 * the last token of i's sentence (a line break inside it is a hard wrap: "three\nconsulates"). */
size_t cd_phrase_end(const cd_doc *doc, size_t i, size_t last, size_t max);
const char *cd_tok_text(cd_doc *doc, size_t first, size_t end); /* tokens [first, end) on one line (cd_intern_line) */
int cd_tok_possessive(const cd_doc *doc, size_t i); /* the possessive "'s" or "’s" */

/* Helpers of the checks (checks.c), shared with the fact sheets (facts.c). */
typedef struct cd_interval {
    double lo, hi;
} cd_interval;
/* What a stated number allows: its qualifier ("about", "nearly", "just over") and the rounding of
 * its digits ("1,200" -> 1,150..1,250) widen it into an interval. */
cd_interval cd_number_interval(const cd_doc *doc, size_t num);
/* A change's figure written without the scale word its partner has ("from 1.042 to 1.504 bln")
 * takes the partner's: what each of the two values is multiplied by, 1 when nothing is shared. */
void cd_shared_scale(const cd_doc *doc, size_t from, size_t to, double *from_by, double *to_by);
enum { CD_ROLE_FROM = 1, CD_ROLE_TO = 2, CD_ROLE_BY = 4 };
typedef struct cd_numrole {
    unsigned char role; /* CD_ROLE_* bits: the number's part in change claims */
    size_t partner;     /* for FROM and TO: the other end of the change, SIZE_MAX if none */
} cd_numrole;
cd_numrole *cd_number_roles(cd_doc *doc); /* malloc'd, n_nums entries; NULL (oom set) on OOM or none */
uint32_t cd_word_key(const char *s, size_t n); /* lower case, possessive and simple plural folded, hashed */
uint32_t cd_tok_key(const cd_doc *doc, size_t i);
void cd_number_tokens(const cd_doc *doc, size_t num, size_t *first, size_t *count);
size_t cd_sentence_numbers(const cd_doc *doc, size_t s, size_t *end); /* numbers [first, *end) of s */
void cd_format_value(double v, char *buf, size_t n); /* "48,000", "62.5", "3.25" */
/* The number's span with the qualifier before it: "about 1,200", "just over 450". */
cd_span cd_number_stated_span(const cd_doc *doc, size_t num);
int cd_word_eq(const char *a, size_t an, const char *b, size_t bn); /* equal, ignoring ASCII case */
/* A particle of a person's name (entities.c, sentences.c): 1 ("van", "di", "bin", and "des" of
 * French names and firms: "Cie des Ferries Roe"), 2 for one that stands only after another ("der"
 * in "von der Leyen", "la" in "de la Rua": alone, words of their own), else 0. In lower case only,
 * unless `caps`: then a capitalized one too ("Rene Van Der Linden", "Hans Van Mierlo", in capitals
 * "VAN DER"), which only a name already found may hold (entities.c's office_holder): in a run of
 * capitals it would be any word. One table for both, so that the two cases know the same words. A
 * closed class, as entities.c's org_connector words are (the lexicon has no class left for it); most
 * words are told by their first letter and length, without a comparison. */
static inline int cd_tok_name_particle(const cd_doc *doc, size_t i, int caps)
{
    static const struct { const char *w; unsigned char len, after; } words[] = {
        {"van", 3, 0}, {"von", 3, 0}, {"de", 2, 0}, {"di", 2, 0}, {"da", 2, 0}, {"du", 2, 0}, {"del", 3, 0},
        {"della", 5, 0}, {"dos", 3, 0}, {"des", 3, 0}, {"bin", 3, 0}, {"ibn", 3, 0}, {"der", 3, 1}, {"den", 3, 1},
        {"la", 2, 1}, {"le", 2, 1}, {"los", 3, 1}, {"las", 3, 1}};
    const cd_token *t = &doc->toks[i];
    size_t n = t->len;
    if (t->type != TOK_WORD || (!caps && (t->flags & (TF_CAP | TF_ALLCAPS))) || n < 2 || n > 5) return 0;
    const char *s = doc->text + t->start;
    char c = (char)(*s | 0x20); /* ASCII letters fold; no particle starts with another byte */
    if (c != 'v' && c != 'd' && c != 'b' && c != 'i' && c != 'l') return 0;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (words[k].len == n && words[k].w[0] == c && cd_word_eq(s, n, words[k].w, n)) return 1 + words[k].after;
    return 0;
}

/* json.c: v as snprintf's "%.15g" writes it, into out (24 bytes), when that is sure; else 0. */
size_t cd_json_format_double(double v, char *out);

#endif
