/* The analysis pipeline, the document's lifetime, read access and the final mapping of every span
 * from the analyzed text back to the source. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "score.h" /* cd_cw_memo_free */

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static void set_err(char *err, size_t errlen, const char *msg)
{
    if (err && errlen) snprintf(err, errlen, "%s", msg);
}

void *cd_doc_push(int *oom, void **items, size_t *count, size_t *cap, size_t size)
{
    void *p = cd_vec_push(items, count, cap, size);
    if (!p) *oom = 1;
    return p;
}

/* Appends s[0..len) to buf (size n, o bytes used), cut where vsnprintf would cut: at n - 1. */
static void put(char *buf, size_t n, size_t *o, const char *s, size_t len)
{
    if (len > n - 1 - *o) len = n - 1 - *o;
    memcpy(buf + *o, s, len);
    *o += len;
}

/* vsnprintf for formats of plain text, %s, %.*s and %% (what the passes' most frequent messages
 * use: a relative date's is written once per date), without printf's machinery. Returns 0 at any
 * other conversion, or a NULL string, having written nothing the caller keeps: vsnprintf then
 * does it all. Writes the same bytes as vsnprintf otherwise (n >= 1). */
static int format_simple(char *buf, size_t n, const char *fmt, va_list ap)
{
    size_t o = 0;
    for (const char *f = fmt; *f;) {
        const char *pct = strchr(f, '%');
        size_t lit = pct ? (size_t)(pct - f) : strlen(f);
        put(buf, n, &o, f, lit);
        if (!pct) break;
        const char *arg;
        size_t len;
        if (pct[1] == '%') {
            arg = "%", len = 1, f = pct + 2;
        } else if (pct[1] == 's') {
            arg = va_arg(ap, const char *);
            if (!arg) return 0;
            len = strlen(arg), f = pct + 2;
        } else if (pct[1] == '.' && pct[2] == '*' && pct[3] == 's') {
            int prec = va_arg(ap, int);
            arg = va_arg(ap, const char *);
            if (!arg) return 0;
            const char *nul = prec < 0 ? NULL : memchr(arg, 0, (size_t)prec);
            len = prec < 0 ? strlen(arg) : nul ? (size_t)(nul - arg) : (size_t)prec;
            f = pct + 4;
        } else {
            return 0;
        }
        put(buf, n, &o, arg, len);
    }
    buf[o] = 0;
    return 1;
}

cd_finding *cd_add_finding(cd_doc *doc, const char *rule, cd_severity sev, cd_span span,
                           const char *fmt, ...)
{
    char buf[1024];
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    if (!format_simple(buf, sizeof buf, fmt, ap)) vsnprintf(buf, sizeof buf, fmt, again);
    va_end(again);
    va_end(ap);
    return cd_add_finding_text(doc, rule, sev, span, buf, strlen(buf));
}

cd_finding *cd_add_finding_text(cd_doc *doc, const char *rule, cd_severity sev, cd_span span, const char *text,
                                size_t len)
{
    const char *msg = cd_intern_line(doc, text, len);
    cd_finding *f = CD_PUSH(doc, finds);
    if (!f || !msg) {
        doc->oom = 1;
        return NULL;
    }
    f->rule = rule;
    f->severity = sev;
    f->message = msg;
    f->span = span;
    return f;
}

cd_claim *cd_add_claim(cd_doc *doc, cd_claim_kind kind, cd_span span, size_t sentence)
{
    cd_claim *c = CD_PUSH(doc, claims);
    if (!c) return NULL;
    c->kind = (uint8_t)kind;
    c->span = span;
    c->sentence = (uint32_t)sentence;
    /* the kind-specific fields share their memory (copydesk.h): set only this kind's (CD_PUSH
     * zeroed the rest: strings NULL); a change's numbers live in the arena */
    if (kind == CD_CLAIM_CHANGE) {
        c->change = cd_arena_alloc(&doc->arena, sizeof *c->change);
        if (!c->change) {
            doc->n_claims--;
            doc->oom = 1;
            return NULL;
        }
        c->change->from = c->change->to = c->change->by = c->change->percent = NAN;
        c->change->from_hi = c->change->to_hi = NAN;
    }
    return c;
}

void cd_finding_relate(cd_doc *doc, cd_finding *f, cd_span span)
{
    if (!f || f->nrelated >= CD_MAX_RELATED) return;
    /* a new array each time: most findings relate one place, none more than a few */
    cd_span *r = cd_arena_alloc(&doc->arena, (f->nrelated + 1u) * sizeof *r);
    if (!r) {
        doc->oom = 1;
        return;
    }
    if (f->nrelated) memcpy(r, f->related, f->nrelated * sizeof *r);
    r[f->nrelated++] = span;
    f->related = r;
}

/* ---- interned strings ---------------------------------------------------------------------- */

typedef struct cd_interned {
    const char *s; /* NULL: an empty slot */
    uint32_t len, hash;
} cd_interned;

static cd_interned *intern_slot(cd_interned *tab, size_t cap, const char *s, size_t n, uint32_t h)
{
    size_t i = h & (cap - 1);
    while (tab[i].s && (tab[i].hash != h || tab[i].len != n || memcmp(tab[i].s, s, n) != 0)) i = (i + 1) & (cap - 1);
    return &tab[i];
}

/* Keeps the table at most half full. */
static int intern_grow(cd_doc *doc)
{
    if (2 * (doc->n_interned + 1) <= doc->cap_interned) return 0;
    size_t cap = doc->cap_interned ? 2 * doc->cap_interned : 256;
    cd_interned *tab = calloc(cap, sizeof *tab);
    if (!tab) return -1;
    for (size_t i = 0; i < doc->cap_interned; i++) {
        const cd_interned *x = &doc->interned[i];
        if (x->s) *intern_slot(tab, cap, x->s, x->len, x->hash) = *x;
    }
    free(doc->interned);
    doc->interned = tab;
    doc->cap_interned = cap;
    return 0;
}

const char *cd_intern(cd_doc *doc, const char *s, size_t n)
{
    if (n > UINT32_MAX || intern_grow(doc)) {
        doc->oom = 1;
        return NULL;
    }
    uint32_t h = cd_lex_key_hash(s, n); /* eight bytes a step, as the tokenizer hashes words */
    cd_interned *slot = intern_slot(doc->interned, doc->cap_interned, s, n, h);
    if (slot->s) return slot->s;
    const char *copy = cd_arena_strndup(&doc->arena, s, n);
    if (!copy) {
        doc->oom = 1;
        return NULL;
    }
    slot->s = copy;
    slot->len = (uint32_t)n;
    slot->hash = h;
    doc->n_interned++;
    return copy;
}

static int msg_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* text[0..len) on one line, written to out (len bytes at least): each run of white space that holds
 * a line break becomes one space, other runs stay as written; returns the new length. */
static size_t one_line(const char *text, size_t len, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        if (!msg_space(text[i])) {
            out[o++] = text[i++];
            continue;
        }
        size_t j = i;
        int breaks = 0;
        for (; j < len && msg_space(text[j]); j++) breaks |= text[j] == '\n' || text[j] == '\r';
        if (breaks) {
            out[o++] = ' ';
        } else {
            memcpy(out + o, text + i, j - i);
            o += j - i;
        }
        i = j;
    }
    return o;
}

const char *cd_intern_line(cd_doc *doc, const char *s, size_t n)
{
    if (!memchr(s, '\n', n) && !memchr(s, '\r', n)) return cd_intern(doc, s, n);
    char small[1024] = "", *flat = n <= sizeof small ? small : malloc(n); /* "": gcc cannot see one_line write what it returns */
    const char *r = flat ? cd_intern(doc, flat, one_line(s, n, flat)) : NULL;
    if (flat != small) free(flat);
    if (!r) doc->oom = 1;
    return r;
}

/* ---- shared reason lists ------------------------------------------------------------------- */

static size_t step_hash(const char *const *from, const char *reason)
{
    uint64_t h = (uint64_t)(uintptr_t)from * 0x9E3779B97F4A7C15u ^ (uint64_t)(uintptr_t)reason;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9u;
    return (size_t)(h ^ (h >> 32));
}

/* The slot of (from, reason) in the step table: its step, or the empty slot where it goes. */
static inline cd_reason_step *step_slot(cd_reason_step *tab, size_t cap, const char *const *from, const char *reason)
{
    size_t i = step_hash(from, reason) & (cap - 1);
    while (tab[i].to && (tab[i].from != from || tab[i].reason != reason)) i = (i + 1) & (cap - 1);
    return &tab[i];
}

/* Keeps the table at most half full. */
static int steps_grow(cd_doc *doc)
{
    if (2 * (doc->n_rsteps + 1) <= doc->cap_rsteps) return 0;
    size_t cap = doc->cap_rsteps ? 2 * doc->cap_rsteps : 64;
    cd_reason_step *tab = calloc(cap, sizeof *tab);
    if (!tab) return -1;
    for (size_t i = 0; i < doc->cap_rsteps; i++)
        if (doc->rsteps[i].to) *step_slot(tab, cap, doc->rsteps[i].from, doc->rsteps[i].reason) = doc->rsteps[i];
    free(doc->rsteps);
    doc->rsteps = tab;
    doc->cap_rsteps = cap;
    return 0;
}

/* The shared list `from` (n reasons) followed by `reason`: found in the table, else made. */
static const char *const *reasons_plus(cd_doc *doc, const char *const *from, size_t n, const char *reason)
{
    if (steps_grow(doc)) return NULL;
    cd_reason_step *slot = step_slot(doc->rsteps, doc->cap_rsteps, from, reason);
    if (slot->to) return slot->to;
    const char **list = cd_arena_alloc(&doc->arena, (n + 1) * sizeof *list);
    if (!list) return NULL;
    if (n) memcpy(list, from, n * sizeof *list);
    list[n] = reason;
    slot->from = from;
    slot->reason = reason;
    slot->to = list;
    doc->n_rsteps++;
    return list;
}

/* Whether the claim has a reason of equal text that is not the same literal (one of another
 * file's): rare, kept out of cd_claim_reason's way. */
static CD_COLD int has_equal_text(const cd_claim *c, const char *reason)
{
    for (unsigned i = 0; i < c->nreasons; i++)
        if (c->reasons[i][0] == reason[0] && strcmp(c->reasons[i], reason) == 0) return 1;
    return 0;
}

/* Adds a step (grows the table, makes the list): the first time a list meets a reason. */
static CD_COLD void add_step(cd_doc *doc, cd_claim *c, const char *reason)
{
    const char *const *list = reasons_plus(doc, c->reasons, c->nreasons, reason);
    if (!list) {
        doc->oom = 1;
        return;
    }
    c->reasons = list;
    c->nreasons++;
}

/* The reason is new to the claim's list (no step in the table): unless the list has it already
 * (a list with no step to a reason may still hold it) or is full, the step is made. */
static CD_COLD void new_reason(cd_doc *doc, cd_claim *c, const char *reason)
{
    unsigned same = 0, first = 0;
    for (unsigned i = 0; i < c->nreasons; i++) {
        same |= c->reasons[i] == reason;
        first |= c->reasons[i][0] == reason[0];
    }
    if (same || (first && has_equal_text(c, reason)) || c->nreasons >= CD_MAX_REASONS) return;
    add_step(doc, c, reason);
}

/* Called a few times a claim: the common case (the list it makes was made before) reads the table
 * here with no call and no look at the claim's reasons: a step from a list exists only where the
 * reason was new to it (add_step is called past new_reason's tests alone), and a list's reasons
 * never change (a list is one pointer for one content), so the tests would pass again. The rest,
 * the tests and add_step, run the first time a list meets a reason (new_reason, out of line: the
 * common case saves no registers for it). */
void cd_claim_reason(cd_doc *doc, cd_claim *c, const char *reason)
{
    if (doc->cap_rsteps) {
        const cd_reason_step *slot = step_slot(doc->rsteps, doc->cap_rsteps, c->reasons, reason);
        if (slot->to) {
            c->reasons = slot->to;
            c->nreasons++;
            return;
        }
    }
    new_reason(doc, c, reason);
}

#define SENT_BLOCK_SHIFT 6 /* sent_index: a block of 64 text bytes (a sentence is ~100) */

static size_t sentence_end(const cd_doc *doc, size_t s)
{
    return doc->sents[s].span.tstop;
}

int cd_index_sentences(cd_doc *doc)
{
    return cd_block_index_build(&doc->sent_index, doc, doc->n_sents, doc->text_len, SENT_BLOCK_SHIFT, sentence_end);
}

size_t cd_sentence_at(const cd_doc *doc, size_t toff)
{
    size_t lo = 0, hi = doc->n_sents;
    const cd_block_index *bi = &doc->sent_index;
    if (bi->n_items == doc->n_sents && (toff >> SENT_BLOCK_SHIFT) < bi->n_first) {
        lo = bi->first[toff >> SENT_BLOCK_SHIFT]; /* no sentence before it ends past toff */
        while (lo < hi && doc->sents[lo].span.tstop <= toff) lo++;
        hi = lo;
    }
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->sents[mid].span.tstop <= toff) lo = mid + 1;
        else hi = mid;
    }
    if (lo < doc->n_sents && doc->sents[lo].span.tstart <= toff) return lo;
    return doc->n_sents;
}

/* ---- offsets ------------------------------------------------------------------------------- */

static const cd_seg *seg_at(const cd_doc *doc, size_t toff)
{
    size_t lo = 0, hi = doc->n_segs;
    while (lo < hi) { /* last segment whose text start <= toff */
        size_t mid = lo + (hi - lo) / 2;
        if (doc->segs[mid].text <= toff) lo = mid + 1;
        else hi = mid;
    }
    return lo ? &doc->segs[lo - 1] : NULL;
}

size_t cd_doc_source_offset(const cd_doc *doc, size_t t, int is_end)
{
    if (!doc->segs) return t;
    const cd_seg *s = seg_at(doc, is_end && t > 0 ? t - 1 : t);
    if (!s) return 0;
    size_t rel = t - s->text;
    if (s->text_len == s->src_len) return s->src + (rel > s->src_len ? s->src_len : rel);
    if (!is_end) return s->src;
    return s->src + s->src_len;
}

/* The line index: one mark per block of the source, in one pass of memchr. */
static int build_lines(cd_doc *doc)
{
    size_t nblocks = doc->src_len / CD_LINE_BLOCK + 1;
    doc->lines = malloc(nblocks * sizeof *doc->lines);
    if (!doc->lines) return -1;
    const char *s = doc->src, *nl;
    size_t line = 1, line_start = 0, pos = 0;
    for (size_t k = 0; k < nblocks; k++) {
        size_t block = k * CD_LINE_BLOCK; /* count the breaks before the block's first byte */
        while (pos < block && (nl = memchr(s + pos, '\n', block - pos))) {
            line++;
            pos = line_start = (size_t)(nl - s) + 1;
        }
        pos = block;
        doc->lines[k].line = (uint32_t)line;
        doc->lines[k].line_start = (uint32_t)line_start;
    }
    return 0;
}

void cd_doc_position(const cd_doc *doc, size_t off, uint32_t *line, uint32_t *col)
{
    if (off > doc->src_len) off = doc->src_len;
    const cd_line_mark *m = &doc->lines[off / CD_LINE_BLOCK];
    const char *s = doc->src, *nl;
    size_t n = m->line, start = m->line_start, pos = off / CD_LINE_BLOCK * CD_LINE_BLOCK;
    while (pos < off && (nl = memchr(s + pos, '\n', off - pos))) {
        n++;
        pos = start = (size_t)(nl - s) + 1;
    }
    if (line) *line = (uint32_t)n;
    if (col) *col = (uint32_t)(off - start + 1);
}

static void place_mapped(const cd_doc *doc, cd_span *s)
{
    s->start = (uint32_t)cd_doc_source_offset(doc, s->tstart, 0);
    s->stop = (uint32_t)cd_doc_source_offset(doc, s->tstop, 1);
    if (s->stop < s->start) s->stop = s->start;
}

/* Sets the span's source offsets; inline, with place_mapped apart, for the plain text's case (no
 * segments: the analyzed text is the source, cd_doc_source_offset) of every record's span. */
static inline void place(const cd_doc *doc, cd_span *s)
{
    if (doc->segs) {
        place_mapped(doc, s);
        return;
    }
    s->start = s->tstart;
    s->stop = s->tstop < s->tstart ? s->tstart : s->tstop;
}

static int cmp_finding(const void *a, const void *b)
{
    const cd_finding *x = a, *y = b;
    if (x->span.tstart != y->span.tstart) return x->span.tstart < y->span.tstart ? -1 : 1;
    return strcmp(x->rule, y->rule);
}

static int cmp_claim(const void *a, const void *b)
{
    const cd_claim *x = a, *y = b;
    if (x->span.tstart != y->span.tstart) return x->span.tstart < y->span.tstart ? -1 : 1;
    if (x->span.tstop != y->span.tstop) return x->span.tstop < y->span.tstop ? -1 : 1;
    return (int)x->kind - (int)y->kind;
}

/* Defines name, which merges the sorted runs a[0..na) and b[0..nb) of TYPE into out by CMP, a's
 * item first on a tie (stable). One definition for claims and findings, each with its own type and
 * comparison, so that both stay inlined (a merge through a size and a function pointer would copy
 * items by memcpy and call the comparison through the pointer at every step). */
#define DEFINE_MERGE(name, TYPE, CMP)                                                  \
    static void name(const void *va, size_t na, const void *vb, size_t nb, void *vout) \
    {                                                                                  \
        const TYPE *a = va, *b = vb;                                                   \
        TYPE *out = vout;                                                              \
        size_t i = 0, j = 0, k = 0;                                                    \
        while (i < na && j < nb) out[k++] = CMP(&b[j], &a[i]) < 0 ? b[j++] : a[i++];   \
        while (i < na) out[k++] = a[i++];                                              \
        while (j < nb) out[k++] = b[j++];                                              \
    }

DEFINE_MERGE(merge_claims, cd_claim, cmp_claim)
DEFINE_MERGE(merge_findings, cd_finding, cmp_finding)

typedef void merge_fn(const void *a, size_t na, const void *b, size_t nb, void *out);

/* Makes doc's sort scratch hold `bytes` bytes and `bounds` run bounds (kept when it has room: a
 * chunk's sort reuses the last chunk's memory instead of faulting in fresh pages). -1 on OOM. */
static int sort_scratch(cd_doc *doc, size_t bytes, size_t bounds)
{
    if (doc->sort_tmp_cap < bytes) {
        free(doc->sort_tmp); /* its items are garbage: no copy */
        doc->sort_tmp = malloc(bytes);
        doc->sort_tmp_cap = doc->sort_tmp ? bytes : 0;
        if (!doc->sort_tmp) return -1;
    }
    if (doc->cap_sort_bounds < bounds) {
        size_t *p = realloc(doc->sort_bounds, bounds * sizeof *p);
        if (!p) return -1;
        doc->sort_bounds = p;
        doc->cap_sort_bounds = bounds;
    }
    return 0;
}

/* Frees doc's sort scratch (once no sort follows: no memory kept for nothing at the peak). */
static void sort_scratch_free(cd_doc *doc)
{
    free(doc->sort_tmp);
    free(doc->sort_bounds);
    doc->sort_tmp = NULL, doc->sort_bounds = NULL;
    doc->sort_tmp_cap = doc->cap_sort_bounds = 0;
}

/* Sorts the n items of `size` bytes of *items (room for cap) by cmp, stably (as glibc's merge sort
 * did: the same order, ties kept in input order). Each pass adds its claims and findings in text
 * order, so they come as a few sorted runs: these are found once and merged pairwise, log2(runs)
 * rounds instead of log2(n). The scratch array (doc's sort_tmp) has room for the items' capacity:
 * when the last round ends in it, it becomes *items (no copy back) and the old array the scratch.
 * -1 on OOM. */
static inline int sort_runs(cd_doc *doc, void **items, size_t n, size_t cap, size_t size,
                            int (*cmp)(const void *, const void *), merge_fn *merge)
{
    if (n < 2) return 0;
    char *base = *items;
    size_t runs = 0, *bounds; /* run r is [bounds[r], bounds[r + 1]) */
    if (sort_scratch(doc, 0, n + 1)) return -1;
    bounds = doc->sort_bounds;
    bounds[runs++] = 0;
    for (size_t i = 1; i < n; i++)
        if (cmp(base + (i - 1) * size, base + i * size) > 0) bounds[runs++] = i;
    bounds[runs] = n;
    if (runs == 1) return 0; /* sorted already */
    if (sort_scratch(doc, cap * size, 0)) return -1;
    char *src = base, *dst = doc->sort_tmp;
    while (runs > 1) {
        size_t kept = 0;
        for (size_t r = 0; r < runs; r += 2) { /* an odd last run is copied (merged with nothing) */
            size_t a = bounds[r], m = bounds[r + 1], e = r + 2 <= runs ? bounds[r + 2] : m;
            merge(src + a * size, m - a, src + m * size, e - m, dst + a * size);
            bounds[kept++] = a;
        }
        bounds[kept] = n;
        runs = kept;
        char *t = src;
        src = dst;
        dst = t;
    }
    if (src != base) { /* the items are in the scratch: the old array is the scratch now */
        doc->sort_tmp = base;
        doc->sort_tmp_cap = cap * size;
        *items = src;
    }
    return 0;
}

static int finalize(cd_doc *doc)
{
    if (build_lines(doc)) return -1;
    /* claims are sorted chunk by chunk (merge_chunk): the chunks are in text order */
    if (sort_runs(doc, (void **)&doc->finds, doc->n_finds, doc->cap_finds, sizeof *doc->finds, cmp_finding, merge_findings))
        return -1;
    sort_scratch_free(doc); /* the document's lifetime is long: keep no scratch */
    /* numbers and entities are added in input order by their passes; they are not sorted here,
     * so their parallel token ranges (ninfo, einfo) stay in step. Every span was placed already
     * (place_findings, merge_chunk). */
    return 0;
}

/* Sets the source offsets of the findings the document has before its chunks are analyzed (those
 * of the markup and of cd_check_input): merge_chunk places the chunks' records. */
static void place_findings(cd_doc *doc)
{
    for (size_t i = 0; i < doc->n_finds; i++) {
        place(doc, &doc->finds[i].span);
        cd_span *related = (cd_span *)doc->finds[i].related; /* the document's own, in its arena */
        for (unsigned r = 0; r < doc->finds[i].nrelated; r++) place(doc, &related[r]);
    }
}

/* ---- the pipeline -------------------------------------------------------------------------- */

/* ---- chunks -------------------------------------------------------------------------------- */

/* A long input is analyzed in chunks of about CD_CHUNK bytes cut at paragraph breaks, so that the
 * token arrays (the largest working memory) stay bounded whatever the input's size. A story fits
 * in one chunk; a chunk sees only its own text, like a story of its own.
 * 1 MB and not 256 KB, whose ~1.2 MB of tokens would stay near a core's 1 MB L2 cache from pass
 * to pass: CPU time on the 21 MB bench corpus was the same at the least busy moment measured of
 * this shared two-core machine and 3 to 7% less at busier ones, but the corpus5 measure joins
 * each BBC folder into one input of 0.74 to 1.19 MB, whose pieces then no longer see each other
 * (name-variant 52 -> 44, inconsistent-number 5 -> 2). */
#define CD_CHUNK (1u << 20)
#define CD_CHUNK_SEARCH (1u << 18)

static int is_utf8_start(unsigned char c)
{
    return (c & 0xC0) != 0x80;
}

/* Where the chunk that starts at `off` ends: a blank line, else a sentence end, else white space,
 * else any character boundary, searched in the CD_CHUNK_SEARCH bytes after off + CD_CHUNK. */
static size_t chunk_end(const char *t, size_t n, size_t off)
{
    if (n - off <= CD_CHUNK + CD_CHUNK_SEARCH) return n;
    size_t from = off + CD_CHUNK, to = from + CD_CHUNK_SEARCH;
    for (size_t i = from; i + 1 < to; i++)
        if (t[i] == '\n' && (t[i + 1] == '\n' || (t[i + 1] == '\r' && t[i + 2] == '\n'))) return i + 1;
    for (size_t i = from; i + 2 < to; i++)
        if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && t[i + 1] == ' ' && t[i + 2] >= 'A' && t[i + 2] <= 'Z')
            return i + 2;
    for (size_t i = from; i < to; i++)
        if (t[i] == ' ' || t[i] == '\n' || t[i] == '\t') return i + 1;
    size_t i = from;
    while (i < to && !is_utf8_start((unsigned char)t[i])) i++;
    return i;
}

/* Moves a chunk's span to the document's text offsets and sets its source offsets. */
static void shift_place(const cd_doc *doc, cd_span *s, size_t off)
{
    s->tstart += off;
    s->tstop += off;
    place(doc, s);
}

/* The room to make for a document's array that holds n items after the chunks up to text byte
 * `done` of text_len: n scaled to the whole text, and an eighth more (news is even enough that the
 * array seldom grows again). Pages never written are not resident: a guess too high costs only
 * address space, while each growth by doubling copied the array again. */
static size_t expected_items(size_t n, size_t done, size_t text_len)
{
    if (done == 0 || done >= text_len) return n;
    double want = (double)n * ((double)text_len / (double)done) * 1.125 + 16;
    return want < (double)(SIZE_MAX / 2) ? (size_t)want : n;
}

/* Moves the n_src items of *src to the end of *dst: the whole array when dst is empty (the first
 * chunk's, or the only one's, without a copy), else a copy, into room for `expect` items at least
 * once it grows. The source keeps an empty array. */
static int append_all(void **dst, size_t *n_dst, size_t *cap_dst, void **src, size_t *n_src, size_t *cap_src,
                      size_t size, size_t expect)
{
    if (*n_dst == 0) {
        void *p = *dst;
        size_t cap = *cap_dst;
        *dst = *src;
        *n_dst = *n_src;
        *cap_dst = *cap_src;
        *src = p;
        *cap_src = cap;
    } else if (*n_src) {
        size_t need = *n_dst + *n_src;
        if (need > *cap_dst) {
            size_t cap = *cap_dst * 2 > need ? *cap_dst * 2 : need;
            if (cap > SIZE_MAX / size) return -1;
            /* the guess first (a dense first chunk may make it far too high), else the doubling */
            void *p = expect > cap && expect <= SIZE_MAX / size ? realloc(*dst, expect * size) : NULL;
            if (p) cap = expect;
            else p = realloc(*dst, cap * size);
            if (!p) return -1;
            *dst = p;
            *cap_dst = cap;
        }
        memcpy((unsigned char *)*dst + *n_dst * size, *src, *n_src * size);
        *n_dst += *n_src;
    }
    *n_src = 0;
    return 0;
}

#define APPEND_ALL(doc, c, vec, done)                                                                    \
    append_all((void **)&(doc)->vec, &(doc)->n_##vec, &(doc)->cap_##vec, (void **)&(c)->vec, &(c)->n_##vec, \
               &(c)->cap_##vec, sizeof *(doc)->vec,                                                       \
               expected_items((doc)->n_##vec + (c)->n_##vec, (done), (doc)->text_len))

/* Appends the chunk's records to the document, with spans and indices moved into place and their
 * source offsets set (place), while they are at hand: finalize does not read them all again. */
static void merge_chunk(cd_doc *doc, cd_doc *c, size_t off)
{
    size_t sent_base = doc->n_sents, num_base = doc->n_nums, claim_base = doc->n_claims;
    size_t find_base = doc->n_finds, ent_base = doc->n_ents, done = off + c->text_len;
    /* sorted here rather than in finalize, so that the sort's scratch copy is one chunk's claims */
    if (sort_runs(c, (void **)&c->claims, c->n_claims, c->cap_claims, sizeof *c->claims, cmp_claim, merge_claims)) {
        doc->oom = 1;
        return;
    }
    if (done >= doc->text_len) sort_scratch_free(c); /* the last chunk: the document's arrays peak next */
    if (APPEND_ALL(doc, c, sents, done) || APPEND_ALL(doc, c, nums, done) || APPEND_ALL(doc, c, claims, done) ||
        APPEND_ALL(doc, c, finds, done) || APPEND_ALL(doc, c, ents, done)) {
        doc->oom = 1;
        return;
    }
    for (size_t i = sent_base; i < doc->n_sents; i++) shift_place(doc, &doc->sents[i].span, off);
    for (size_t i = num_base; i < doc->n_nums; i++) {
        shift_place(doc, &doc->nums[i].span, off);
        doc->nums[i].sentence += (uint32_t)sent_base;
    }
    for (size_t i = claim_base; i < doc->n_claims; i++) {
        cd_claim *cl = &doc->claims[i];
        shift_place(doc, &cl->span, off);
        cl->sentence += (uint32_t)sent_base;
        cl->number_first += (uint32_t)num_base;
    }
    for (size_t i = find_base; i < doc->n_finds; i++) {
        cd_finding *f = &doc->finds[i];
        shift_place(doc, &f->span, off);
        cd_span *related = (cd_span *)f->related; /* the chunk's own, in its arena */
        for (unsigned r = 0; r < f->nrelated; r++) shift_place(doc, &related[r], off);
    }
    for (size_t i = ent_base; i < doc->n_ents; i++) shift_place(doc, &doc->ents[i].span, off);
}

/* Frees the arrays and the arena that a chunk document and the document share (not the input,
 * segments or lines, which only the document has). */
static void free_arrays(cd_doc *c)
{
    free(c->toks);
    free(c->breaks);
    free(c->num_starts);
    free(c->sents);
    free(c->sinfo);
    free(c->nums);
    free(c->labels);
    free(c->ninfo);
    free(c->claims);
    free(c->finds);
    free(c->ents);
    free(c->einfo);
    free(c->cues);
    free(c->sent_index.first);
    free(c->ent_index.first);
    free(c->rsteps);
    free(c->interned);
    free(c->sort_tmp);
    free(c->sort_bounds);
    cd_cw_memo_free(c->cw_memo);
    free(c->word_keys);
    cd_arena_free(&c->arena);
}

/* Empties the chunk's table of interned strings (the strings live on in the document's arena): a
 * chunk interns its own, so that the table stays the size of one chunk's strings (and in the
 * processor's cache) instead of growing with the document's. No pass compares a string of one
 * chunk with one of another: a chunk sees only its own text. */
static void forget_interned(cd_doc *c)
{
    if (c->n_interned) memset(c->interned, 0, c->cap_interned * sizeof *c->interned);
    c->n_interned = 0;
}

/* Empties the chunk document c for the next chunk [off, end) but keeps its arrays: the working
 * memory of one chunk is reused by the next instead of being freed and grown again. */
static void begin_chunk(cd_doc *c, const cd_doc *doc, size_t off, size_t end)
{
    c->n_toks = c->n_sents = c->n_sinfo = c->n_nums = c->n_ninfo = c->n_labels = 0;
    c->n_claims = c->n_finds = c->n_ents = c->n_einfo = c->n_cues = 0;
    /* the block indexes describe nothing until built again (their memory is kept) */
    c->sent_index.n_items = c->sent_index.n_first = c->ent_index.n_items = c->ent_index.n_first = 0;
    c->oom = 0;
    c->arena.failed = 0; /* a failure of the last chunk is the document's already (cd_arena_adopt) */
    forget_interned(c);
    c->src = c->text = doc->text + off;
    c->src_len = c->text_len = end - off;
    c->input = doc->input;
    c->date = doc->date;
    memcpy(c->date_str, doc->date_str, sizeof c->date_str);
    c->opt = doc->opt;
    c->language = doc->language; /* told by the first chunk, kept by the others */
}

/* Makes room for `want` items in a chunk's array (kept when it has room), without a copy of the
 * items: it is empty. -1 on OOM. */
static int reserve(void **items, size_t *cap, size_t want, size_t size)
{
    if (*cap >= want) return 0;
    void *p = realloc(*items, want * size);
    if (!p) return -1;
    *items = p;
    *cap = want;
    return 0;
}

#define RESERVE(c, vec, want) reserve((void **)&(c)->vec, &(c)->cap_##vec, (want), sizeof *(c)->vec)

/* Room for the records a chunk of `len` bytes of news holds, a little over what BBC and Reuters
 * news hold (a sentence per ~120 bytes, a claim per ~100, a number per ~200, an entity per ~160;
 * a token per ~5, a break of the tokenizer's list per ~40), so that the
 * passes' arrays are not grown by doubling and copied as they fill: the chunk's first ones move
 * into the document (append_all), so that each array was grown twice on a long input, at every
 * size of a story; the tokenizer's arrays are the chunk's own, kept for the next chunk. A denser
 * text grows them as before. The number starts get a slot per token, though one in ~12 tokens is
 * one: the tokenizer writes a start at every token and counts only those that are (add_start in
 * text.c), so it keeps their room at the tokens' own. -1 on OOM. */
static int presize_chunk(cd_doc *c, size_t len)
{
    size_t sents = len / 96 + 16, claims = len / 80 + 16, nums = len / 160 + 16, ents = len / 128 + 16;
    size_t toks = len / 4 + 16, breaks = len / 32 + 16;
    return RESERVE(c, sents, sents) || RESERVE(c, sinfo, sents) || RESERVE(c, claims, claims) ||
           RESERVE(c, nums, nums) || RESERVE(c, ninfo, nums) || RESERVE(c, ents, ents) ||
           RESERVE(c, einfo, ents) || RESERVE(c, toks, toks) || RESERVE(c, num_starts, toks) ||
           RESERVE(c, breaks, breaks);
}

_Static_assert(TOK_WORD == 0, "a word's type field is all zero bits");

/* The bits list_cues tests in a token's flags, type and phrases, read as the 8 bytes that follow
 * its hash (CUE_FIELDS: the 4 bytes of flags, type and phrases, then len and lex_id): the masks
 * are made from tokens with those fields set, whatever the byte order. */
#define CUE_FIELDS (offsetof(cd_token, hash) + sizeof(uint32_t))
typedef struct cue_masks {
    uint64_t sure, number, number_word, known;
    uint32_t times; /* cd_lex_key_hash of "times" */
} cue_masks;

/* Whether token i is a cue (list_cues): after the xor with `known`, a bit of `sure` is set
 * (TF_CUE_WORD, or the "known" bit unset), or TF_NUMBER is set in a word (type 0), or it is the
 * word "times". The tests are joined by | and ==, not || and &&: no branch per token (one on each
 * test was mispredicted one in four times), but for the rare word that hashes as "times". */
static inline unsigned is_cue(const cd_doc *doc, size_t i, const cue_masks *m)
{
    const cd_token *t = &doc->toks[i];
    uint64_t fields;
    memcpy(&fields, (const char *)t + CUE_FIELDS, sizeof fields);
    unsigned cue = (((fields ^ m->known) & m->sure) != 0) | ((fields & m->number_word) == m->number);
    if (t->hash == m->times && !cue) cue = t->type == TOK_WORD && cd_tok_is(doc, i, "times");
    return cue;
}

/* Lists the tokens where cd_find_claims, cd_find_events, cd_find_quotes (speech verbs) or
 * cd_find_comparisons may start a claim (each pass tests its own case again): a word of one of
 * their lexicon classes or heading a phrase of them (TF_CUE_WORD, marked by the tokenizer), a
 * token the tokenizer left unmarked, or a word that is part of a number or is "times"
 * (comparisons). One walk over the tokens' own fields, instead of one per pass; every token's
 * index is written and the count moves only for a cue (no branch to mispredict). -1 on OOM. */
_Static_assert(offsetof(cd_token, flags) == CUE_FIELDS && offsetof(cd_token, type) == CUE_FIELDS + 2 &&
                   offsetof(cd_token, phrases) == CUE_FIELDS + 3 && sizeof(cd_token) == CUE_FIELDS + 8,
               "list_cues reads flags, type and phrases as the first 4 of the 8 bytes after the hash");

#if defined(__SSE2__)
_Static_assert(offsetof(cd_token, hash) == 4 && CUE_FIELDS == 8,
               "list_cues_simd reads a token's start, hash and cue fields as 16 bytes, tokens 16 apart");

/* The cues among four tokens from t as bits (1 << k: token k is one), is_cue's tests four tokens
 * at a time: each token is one 16-byte load, and the loads are transposed into a register of the
 * four hashes and one of the four flags-type-and-phrases (the low half of is_cue's 8 bytes, and of
 * its masks). A word that hashes as "times" (or a punctuation of that code point) sets its bit in
 * *times: the caller reads its text. */
static unsigned four_cues(const cd_token *t, const cue_masks *m, unsigned *times)
{
    __m128i a = _mm_loadu_si128((const __m128i *)&t[0]), b = _mm_loadu_si128((const __m128i *)&t[1]);
    __m128i c = _mm_loadu_si128((const __m128i *)&t[2]), d = _mm_loadu_si128((const __m128i *)&t[3]);
    __m128i ab_lo = _mm_unpacklo_epi32(a, b), cd_lo = _mm_unpacklo_epi32(c, d); /* starts, hashes */
    __m128i ab_hi = _mm_unpackhi_epi32(a, b), cd_hi = _mm_unpackhi_epi32(c, d); /* cue fields, lens */
    __m128i hash = _mm_unpackhi_epi64(ab_lo, cd_lo), fields = _mm_unpacklo_epi64(ab_hi, cd_hi);
    __m128i flipped = _mm_xor_si128(fields, _mm_set1_epi32((int)(uint32_t)m->known));
    __m128i not_sure = _mm_cmpeq_epi32(_mm_and_si128(flipped, _mm_set1_epi32((int)(uint32_t)m->sure)),
                                       _mm_setzero_si128());
    __m128i number_word = _mm_cmpeq_epi32(_mm_and_si128(fields, _mm_set1_epi32((int)(uint32_t)m->number_word)),
                                          _mm_set1_epi32((int)(uint32_t)m->number)); /* TOK_WORD is 0 */
    __m128i cue = _mm_or_si128(_mm_andnot_si128(not_sure, _mm_set1_epi32(-1)), number_word);
    *times = (unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(hash, _mm_set1_epi32((int)m->times))));
    return (unsigned)_mm_movemask_ps(_mm_castsi128_ps(cue));
}

/* For each set of four bits, its set bits' positions in order (then zeros) and their count. */
static const uint32_t cue_offsets[16][5] = {
    {0, 0, 0, 0, 0}, {0, 0, 0, 0, 1}, {1, 0, 0, 0, 1}, {0, 1, 0, 0, 2}, {2, 0, 0, 0, 1}, {0, 2, 0, 0, 2},
    {1, 2, 0, 0, 2}, {0, 1, 2, 0, 3}, {3, 0, 0, 0, 1}, {0, 3, 0, 0, 2}, {1, 3, 0, 0, 2}, {0, 1, 3, 0, 3},
    {2, 3, 0, 0, 2}, {0, 2, 3, 0, 3}, {1, 2, 3, 0, 3}, {0, 1, 2, 3, 4},
};

/* list_cues four tokens a step (four_cues), from token 0; returns where it stopped (the scalar
 * loop goes on there). Writes the same list as is_cue token by token: tests/c/test_cues.c
 * compares the two on every token of the sample stories. */
static size_t list_cues_simd(const cd_doc *doc, const cue_masks *m, uint32_t *cues, size_t *count)
{
    /* in locals: the 16-byte store below may alias anything, the document's fields too */
    const cd_token *toks = doc->toks;
    size_t i = 0, n = *count, n_toks = doc->n_toks;
    for (; i + 4 <= n_toks; i += 4) {
        unsigned times, bits = four_cues(toks + i, m, &times);
        if (times & ~bits) /* a word that hashes as "times" and is no cue already: its text decides */
            for (unsigned k = 0; k < 4; k++)
                if (times >> k & 1) bits |= is_cue(doc, i + k, m) << k;
        /* the cues' offsets among the four (bits' set bits, in order) plus i, stored as one 16
         * bytes at n: past the last cue the slots are written over later (n <= i: room) */
        __m128i at = _mm_add_epi32(_mm_loadu_si128((const __m128i *)cue_offsets[bits]), _mm_set1_epi32((int)i));
        _mm_storeu_si128((__m128i *)(void *)(cues + n), at);
        n += cue_offsets[bits][4];
    }
    *count = n;
    return i;
}
#else
static size_t list_cues_simd(const cd_doc *doc, const cue_masks *m, uint32_t *cues, size_t *count)
{
    (void)doc, (void)m, (void)cues, (void)count;
    return 0;
}
#endif

static int list_cues(cd_doc *doc)
{
    doc->n_cues = 0;
    if (doc->cap_cues < doc->n_toks) { /* room for every token: the chunk's array is reused */
        uint32_t *p = realloc(doc->cues, doc->n_toks * sizeof *p);
        if (!p) return -1;
        doc->cues = p;
        doc->cap_cues = doc->n_toks;
    }
    uint32_t *cues = doc->cues;
    size_t n = 0;
    /* a word's hash (cd_lex_key_hash of its lower case) is compared before its text, which is read
     * only for the rare word that hashes as "times" */
    const uint32_t times = cd_lex_key_hash("times", 5);
    /* a token's type, flags and phrases are read as one 8 bytes (is_cue); the templates put each
     * bit where its field is, whatever the byte order */
    cue_masks m;
    const cd_token sure_tok = {.flags = TF_CUE_WORD, .phrases = CD_PHRASES_KNOWN};
    const cd_token number_tok = {.flags = TF_NUMBER};
    const cd_token number_word_tok = {.type = 0xFF, .flags = TF_NUMBER};
    const cd_token known_tok = {.phrases = CD_PHRASES_KNOWN};
    memcpy(&m.sure, (const char *)&sure_tok + CUE_FIELDS, sizeof m.sure);
    memcpy(&m.number, (const char *)&number_tok + CUE_FIELDS, sizeof m.number);
    memcpy(&m.number_word, (const char *)&number_word_tok + CUE_FIELDS, sizeof m.number_word);
    memcpy(&m.known, (const char *)&known_tok + CUE_FIELDS, sizeof m.known);
    m.times = times;
    size_t i = list_cues_simd(doc, &m, cues, &n);
    for (; i + 2 <= doc->n_toks; i += 2) { /* two tokens a step: half the loop's own instructions */
        unsigned a = is_cue(doc, i, &m), b = is_cue(doc, i + 1, &m);
        cues[n] = (uint32_t)i;
        n += a;
        cues[n] = (uint32_t)(i + 1);
        n += b;
    }
    if (i < doc->n_toks) {
        cues[n] = (uint32_t)i;
        n += is_cue(doc, i, &m);
    }
    doc->n_cues = n;
    return 0;
}

int cd_list_cues(cd_doc *doc)
{
    return list_cues(doc);
}

/* The steps that report OOM by their result, as passes that set doc->oom. */
static void index_sentences_pass(cd_doc *doc)
{
    if (cd_index_sentences(doc)) doc->oom = 1;
}

static void list_cues_pass(cd_doc *doc)
{
    if (list_cues(doc)) doc->oom = 1;
}

/* The passes of a chunk, in the order they run: the one definition of that order, walked by
 * analyze_chunk and by tools that stop before a pass (cd_run_passes). */
static void (*const passes[])(cd_doc *) = {
    cd_tokenize,
    cd_check_language, /* from the first chunk's words, before any pass reads English wording */
    cd_split_sentences,
    index_sentences_pass,
    cd_find_entities,
    cd_find_times,
    cd_find_numbers,
    list_cues_pass, /* the claim passes walk the cues */
    cd_find_claims,
    cd_find_events,
    cd_find_quotes,
    cd_find_comparisons,
    cd_score_claims,
    cd_run_checks,
    cd_check_ages,
    cd_check_facts,
    cd_merge_labels, /* the labels join the numbers once no pass reads them any more */
};

#define N_PASSES (sizeof passes / sizeof *passes)

int cd_run_passes(cd_doc *doc, cd_pass_fn stop)
{
    size_t n = 0;
    while (n < N_PASSES && passes[n] != stop) n++;
    if (stop && n == N_PASSES) return -1; /* not a pass: run none */
    for (size_t i = 0; i < n; i++) passes[i](doc);
    return 0;
}

static void analyze_chunk(cd_doc *doc, cd_doc *c, size_t off, size_t end)
{
    begin_chunk(c, doc, off, end);
    if (presize_chunk(c, end - off)) c->oom = 1;
    cd_run_passes(c, NULL);
    doc->language = c->language;
    if (c->oom) doc->oom = 1;
    else merge_chunk(doc, c, off);
    cd_arena_adopt(&doc->arena, &c->arena); /* the records' strings live on in the document */
}

/* ---- the pipeline -------------------------------------------------------------------------- */

static cd_status run(cd_doc *doc, char *err, size_t errlen)
{
    cd_status st = cd_markup_extract(doc, err, errlen);
    if (st != CD_OK) return st;
    if (doc->text_len > CD_MAX_INPUT) { /* the record's offsets are 32-bit (copydesk.h) */
        set_err(err, errlen, "extracted text too large (over 4 GB)");
        return CD_ERR_TOO_LARGE;
    }
    if (doc->opt && doc->opt->date) {
        if (!cd_date_parse(doc->opt->date, &doc->date)) {
            set_err(err, errlen, "the story date must be YYYY-MM-DD");
            return CD_ERR_ARG;
        }
    }
    if (doc->date.y)
        snprintf(doc->date_str, sizeof doc->date_str, "%04d-%02d-%02d", doc->date.y, doc->date.m, doc->date.d);
    cd_check_input(doc);
    place_findings(doc);
    cd_doc chunk;
    memset(&chunk, 0, sizeof chunk);
    for (size_t off = 0; off < doc->text_len && !doc->oom;) {
        size_t end = chunk_end(doc->text, doc->text_len, off);
        analyze_chunk(doc, &chunk, off, end);
        off = end;
    }
    free_arrays(&chunk);
    if (doc->oom || doc->arena.failed || finalize(doc)) {
        set_err(err, errlen, "out of memory");
        return CD_ERR_NOMEM;
    }
    return CD_OK;
}

/* Analyzes src into *out. With `owned` the document takes src (malloc'd, NUL-terminated) and frees
 * it, also when the analysis fails; else src is the caller's (cd_options.borrow). */
static cd_status analyze_source(const char *src, size_t len, int owned, const cd_options *opt, cd_doc **out,
                                char *err, size_t errlen)
{
    cd_doc *doc = calloc(1, sizeof *doc);
    if (!doc) {
        if (owned) free((void *)src);
        set_err(err, errlen, "out of memory");
        return CD_ERR_NOMEM;
    }
    doc->src = src;
    doc->src_borrowed = !owned;
    doc->src_len = len;
    doc->text = doc->src;
    doc->text_len = len;
    doc->opt = opt;
    doc->input = opt ? opt->input : CD_INPUT_AUTO;
    cd_status st = run(doc, err, errlen);
    doc->opt = NULL; /* the options are the caller's; keep no pointer past this call */
    if (st != CD_OK) {
        cd_doc_free(doc);
        return st;
    }
    *out = doc;
    return CD_OK;
}

cd_status cd_analyze(const char *src, size_t len, const cd_options *opt, cd_doc **out, char *err,
                     size_t errlen)
{
    if (!out || (!src && len)) {
        set_err(err, errlen, "cd_analyze: NULL argument");
        return CD_ERR_ARG;
    }
    *out = NULL;
    if (len > CD_MAX_INPUT) {
        set_err(err, errlen, "input too large (over 4 GB)");
        return CD_ERR_TOO_LARGE;
    }
    if (opt && opt->borrow && src) return analyze_source(src, len, 0, opt, out, err, errlen);
    char *copy = malloc(len + 1);
    if (!copy) {
        set_err(err, errlen, "out of memory");
        return CD_ERR_NOMEM;
    }
    if (len) memcpy(copy, src, len);
    copy[len] = 0;
    return analyze_source(copy, len, 1, opt, out, err, errlen);
}

cd_status cd_analyze_file(const char *path, const cd_options *opt, cd_doc **out, char *err, size_t errlen)
{
    if (!path || !out) {
        set_err(err, errlen, "cd_analyze_file: NULL argument");
        return CD_ERR_ARG;
    }
    *out = NULL;
    char *src;
    size_t len;
    cd_status st = cd_read_file(path, &src, &len, err, errlen);
    if (st != CD_OK) return st;
    return analyze_source(src, len, 1, opt, out, err, errlen);
}

void cd_doc_free(cd_doc *doc)
{
    if (!doc) return;
    if (doc->text != doc->src) free((void *)doc->text);
    if (!doc->src_borrowed) free((void *)doc->src);
    free(doc->segs);
    free(doc->lines);
    free_arrays(doc);
    free(doc);
}

/* ---- read access --------------------------------------------------------------------------- */

#define ACCESSOR(fn, type, field)                          \
    const type *fn(const cd_doc *doc, size_t *n)           \
    {                                                      \
        if (n) *n = doc ? doc->n_##field : 0;              \
        return doc ? doc->field : NULL;                    \
    }
ACCESSOR(cd_doc_sentences, cd_sentence, sents)
ACCESSOR(cd_doc_numbers, cd_number, nums)
ACCESSOR(cd_doc_claims, cd_claim, claims)
ACCESSOR(cd_doc_findings, cd_finding, finds)
ACCESSOR(cd_doc_entities, cd_entity, ents)

const char *cd_doc_text(const cd_doc *doc, size_t *len)
{
    *len = doc->text_len;
    return doc->text;
}

const char *cd_doc_source(const cd_doc *doc, size_t *len)
{
    *len = doc->src_len;
    return doc->src;
}

const char *cd_doc_date(const cd_doc *doc)
{
    return doc->date.y ? doc->date_str : NULL;
}

cd_input cd_doc_input(const cd_doc *doc)
{
    return doc->input;
}

const char *cd_version(void)
{
    return COPYDESK_VERSION;
}

const char *cd_claim_kind_name(cd_claim_kind k)
{
    static const char *const names[] = {"quantity", "change", "event", "quote", "comparison", "time"};
    return (unsigned)k < sizeof names / sizeof *names ? names[k] : "unknown";
}

const char *cd_severity_name(cd_severity s)
{
    static const char *const names[] = {"error", "warning", "info"};
    return (unsigned)s < 3 ? names[s] : "info";
}

const char *cd_numkind_name(cd_numkind k)
{
    static const char *const names[] = {"cardinal", "ordinal", "fraction", "percent",
                                        "percentage-points", "money", "measure", "label"};
    return (unsigned)k < sizeof names / sizeof *names ? names[k] : "cardinal";
}

#define COUNT(a) (sizeof a / sizeof *a)

static const char *const input_names[] = {"auto", "text", "markdown", "html", "xml"};
static const char *const attribution_names[] = {"context", "paragraph"};
static const char *const language_names[] = {"auto", "english", "other"};

/* The index of `name` among names[0 .. n-1], or -1. */
static int name_index(const char *const *names, size_t n, const char *name)
{
    for (size_t i = 0; name && i < n; i++)
        if (strcmp(name, names[i]) == 0) return (int)i;
    return -1;
}

const char *cd_input_name(cd_input in)
{
    return (unsigned)in < COUNT(input_names) ? input_names[in] : "auto";
}

int cd_input_parse(const char *name)
{
    return name_index(input_names, COUNT(input_names), name);
}

const char *cd_attribution_name(cd_attribution a)
{
    return (unsigned)a < COUNT(attribution_names) ? attribution_names[a] : "context";
}

int cd_attribution_parse(const char *name)
{
    return name_index(attribution_names, COUNT(attribution_names), name);
}

const char *cd_language_name(cd_language l)
{
    return (unsigned)l < COUNT(language_names) ? language_names[l] : "auto";
}

int cd_language_parse(const char *name)
{
    return name_index(language_names, COUNT(language_names), name);
}
