/* Invariants every analyzed document must hold, whatever the input. The fuzz targets and the
 * hostile-input tests call cd_check_invariants; a violation aborts with a message, which libFuzzer
 * reports as a crash with the input that caused it. */
#ifndef CD_INVARIANTS_H
#define CD_INVARIANTS_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "copydesk.h"

#define CD_INVARIANT(cond, what)                                                      \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "invariant broken: %s (%s:%d)\n", what, __FILE__, __LINE__); \
            abort();                                                                  \
        }                                                                             \
    } while (0)

/* Line starts of the source, to check each span's line and col independently of the library. */
typedef struct cd_inv_lines {
    size_t *starts;
    size_t n;
} cd_inv_lines;

static inline cd_inv_lines cd_inv_lines_of(const cd_doc *doc)
{
    size_t slen, n = 1;
    const char *src = cd_doc_source(doc, &slen);
    for (size_t i = 0; i < slen; i++) n += src[i] == '\n';
    cd_inv_lines li = {malloc(n * sizeof(size_t)), 0};
    if (!li.starts) return li; /* out of memory: line checks skipped */
    li.starts[li.n++] = 0;
    for (size_t i = 0; i < slen; i++)
        if (src[i] == '\n') li.starts[li.n++] = i + 1;
    return li;
}

static inline void cd_check_span_at(const cd_doc *doc, const cd_inv_lines *li, const cd_span *s, int plain)
{
    size_t slen, tlen;
    cd_doc_source(doc, &slen);
    cd_doc_text(doc, &tlen);
    CD_INVARIANT(s->start <= s->stop && s->stop <= slen, "source span inside the input");
    CD_INVARIANT(s->tstart <= s->tstop && s->tstop <= tlen, "text span inside the text");
    uint32_t line, col;
    cd_doc_position(doc, s->start, &line, &col);
    CD_INVARIANT(line >= 1 && col >= 1, "line and col are 1-based");
    if (plain) CD_INVARIANT(s->start == s->tstart && s->stop == s->tstop, "plain text: text is the source slice");
    if (li && li->starts) {
        size_t lo = 0, hi = li->n; /* the last line starting at or before start */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (li->starts[mid] <= s->start) lo = mid + 1;
            else hi = mid;
        }
        CD_INVARIANT(line == lo && col == s->start - li->starts[lo - 1] + 1, "line and col of start");
    }
}

static inline void cd_check_span(const cd_doc *doc, const cd_span *s, int plain)
{
    cd_check_span_at(doc, NULL, s, plain);
}

static inline int cd_inv_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* The text and its map: plain text is the source itself; a markup run that maps byte for byte
 * holds the source's bytes (white space may stand for other white space). */
static inline void cd_check_text_map(const cd_doc *doc, int plain)
{
    size_t slen, tlen;
    const char *src = cd_doc_source(doc, &slen), *text = cd_doc_text(doc, &tlen);
    CD_INVARIANT(text != NULL && src != NULL, "text and source present");
    CD_INVARIANT(text[tlen] == 0, "text NUL-terminated");
    size_t nseg = cd_doc_segments(doc, 0, NULL);
    if (plain) {
        CD_INVARIANT(tlen == slen && memcmp(text, src, slen) == 0 && nseg == 0, "plain text is the source");
        return;
    }
    size_t covered = 0;
    for (size_t i = 0; i < nseg; i++) {
        cd_segment g;
        cd_doc_segments(doc, i, &g);
        CD_INVARIANT(g.text == covered, "text runs contiguous");
        CD_INVARIANT(g.src <= slen && g.src_len <= slen - g.src, "source run inside the input");
        covered = g.text + g.text_len;
        CD_INVARIANT(covered <= tlen, "text run inside the text");
        if (g.text_len != g.src_len) continue;
        for (size_t k = 0; k < g.text_len; k++)
            CD_INVARIANT(text[g.text + k] == src[g.src + k] || (cd_inv_space(text[g.text + k]) && cd_inv_space(src[g.src + k])),
                         "a one-to-one run holds the source bytes");
    }
    CD_INVARIANT(nseg == 0 ? tlen == 0 || tlen == slen : covered == tlen, "the runs cover the text");
}

/* A story date is YYYY-MM-DD with a month 1..12 and a day 1..31. */
static inline void cd_check_date(const cd_doc *doc)
{
    const char *d = cd_doc_date(doc);
    if (!d) return;
    CD_INVARIANT(strlen(d) == 10 && d[4] == '-' && d[7] == '-', "date is YYYY-MM-DD");
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7) CD_INVARIANT(d[i] >= '0' && d[i] <= '9', "date has digits");
    int month = (d[5] - '0') * 10 + d[6] - '0', day = (d[8] - '0') * 10 + d[9] - '0';
    CD_INVARIANT(month >= 1 && month <= 12 && day >= 1 && day <= 31, "date month and day in range");
}

/* A small JSON reader that only says whether the text is one valid JSON value: the record must
 * parse anywhere (no "nan", no stray comma, every string closed and escaped). */
typedef struct cd_inv_json {
    const char *p, *end;
} cd_inv_json;

static inline void cd_inv_ws(cd_inv_json *j)
{
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\n' || *j->p == '\t' || *j->p == '\r')) j->p++;
}

static inline int cd_inv_lit(cd_inv_json *j, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(j->end - j->p) < n || memcmp(j->p, word, n) != 0) return 0;
    j->p += n;
    return 1;
}

static inline int cd_inv_jstring(cd_inv_json *j)
{
    if (j->p >= j->end || *j->p != '"') return 0;
    for (j->p++; j->p < j->end; j->p++) {
        unsigned char c = (unsigned char)*j->p;
        if (c == '"') {
            j->p++;
            return 1;
        }
        if (c < 0x20) return 0;
        if (c != '\\') continue;
        if (++j->p >= j->end) return 0;
        if (*j->p == 'u') {
            for (int k = 0; k < 4; k++)
                if (++j->p >= j->end || !strchr("0123456789abcdefABCDEF", *j->p)) return 0;
        } else if (!strchr("\"\\/bfnrt", *j->p)) {
            return 0;
        }
    }
    return 0;
}

static inline int cd_inv_jnumber(cd_inv_json *j)
{
    const char *start = j->p;
    if (j->p < j->end && *j->p == '-') j->p++;
    if (j->p >= j->end || *j->p < '0' || *j->p > '9') return 0;
    if (*j->p == '0') j->p++;
    else
        while (j->p < j->end && *j->p >= '0' && *j->p <= '9') j->p++;
    if (j->p < j->end && *j->p == '.') {
        if (++j->p >= j->end || *j->p < '0' || *j->p > '9') return 0;
        while (j->p < j->end && *j->p >= '0' && *j->p <= '9') j->p++;
    }
    if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
        j->p++;
        if (j->p < j->end && (*j->p == '+' || *j->p == '-')) j->p++;
        if (j->p >= j->end || *j->p < '0' || *j->p > '9') return 0;
        while (j->p < j->end && *j->p >= '0' && *j->p <= '9') j->p++;
    }
    return j->p > start;
}

static inline int cd_inv_jvalue(cd_inv_json *j, int depth)
{
    cd_inv_ws(j);
    if (j->p >= j->end || depth > 64) return 0;
    char c = *j->p;
    if (c == '"') return cd_inv_jstring(j);
    if (c == 't') return cd_inv_lit(j, "true");
    if (c == 'f') return cd_inv_lit(j, "false");
    if (c == 'n') return cd_inv_lit(j, "null");
    if (c != '{' && c != '[') return cd_inv_jnumber(j);
    char close = c == '{' ? '}' : ']';
    j->p++;
    cd_inv_ws(j);
    if (j->p < j->end && *j->p == close) {
        j->p++;
        return 1;
    }
    for (;;) {
        if (c == '{') {
            cd_inv_ws(j);
            if (!cd_inv_jstring(j)) return 0;
            cd_inv_ws(j);
            if (j->p >= j->end || *j->p++ != ':') return 0;
        }
        if (!cd_inv_jvalue(j, depth + 1)) return 0;
        cd_inv_ws(j);
        if (j->p >= j->end) return 0;
        if (*j->p == close) {
            j->p++;
            return 1;
        }
        if (*j->p++ != ',') return 0;
    }
}

/* The JSON record is valid UTF-8 without raw control characters. */
static inline void cd_check_json(const char *json, size_t len)
{
    CD_INVARIANT(len == strlen(json), "JSON has no NUL");
    cd_inv_json j = {json, json + len};
    CD_INVARIANT(cd_inv_jvalue(&j, 0), "JSON parses");
    cd_inv_ws(&j);
    CD_INVARIANT(j.p == j.end, "JSON is one value");
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)json[i];
        size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        CD_INVARIANT(n && c != 0xC0 && c != 0xC1 && c < 0xF5 && i + n <= len, "JSON is UTF-8: lead byte");
        CD_INVARIANT(c >= 0x20 || c == '\n' || c == ' ', "JSON has no raw control character");
        for (size_t k = 1; k < n; k++)
            CD_INVARIANT(((unsigned char)json[i + k] & 0xC0) == 0x80, "JSON is UTF-8: continuation");
        i += n;
    }
}

static inline int cd_inv_nan_or_finite(double v)
{
    return isnan(v) || isfinite(v);
}

/* plain: the input was read as plain text, so every text is the source slice itself. */
static inline void cd_check_invariants(const cd_doc *doc, int plain)
{
    size_t n, nsent;
    cd_check_text_map(doc, plain);
    cd_check_date(doc);
    cd_inv_lines lines = cd_inv_lines_of(doc);
    const cd_inv_lines *li = &lines;
    const cd_sentence *sent = cd_doc_sentences(doc, &nsent);
    for (size_t i = 0; i < nsent; i++) {
        cd_check_span_at(doc, li, &sent[i].span, plain);
        CD_INVARIANT(sent[i].score >= 0 && sent[i].score <= 1, "sentence score in 0..1");
        if (i) CD_INVARIANT(sent[i - 1].span.tstop <= sent[i].span.tstart, "sentences ordered, disjoint");
    }
    const cd_number *num = cd_doc_numbers(doc, &n);
    for (size_t i = 0; i < n; i++) {
        cd_check_span_at(doc, li, &num[i].span, plain);
        CD_INVARIANT(isfinite(num[i].value) && isfinite(num[i].value_hi), "number values finite");
        CD_INVARIANT(num[i].sentence < nsent, "number in a sentence");
        const cd_span *ns = &sent[num[i].sentence].span;
        CD_INVARIANT(num[i].span.tstart >= ns->tstart && num[i].span.tstop <= ns->tstop, "number inside its sentence");
        if (i) CD_INVARIANT(num[i - 1].span.tstart <= num[i].span.tstart, "numbers ordered");
    }
    size_t nnum = n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++) {
        cd_check_span_at(doc, li, &c[i].span, plain);
        CD_INVARIANT(c[i].score >= 0 && c[i].score <= 1, "score in 0..1");
        CD_INVARIANT(c[i].sentence < nsent, "claim has a sentence");
        const cd_span *ss = &sent[c[i].sentence].span;
        CD_INVARIANT(c[i].span.tstart >= ss->tstart && c[i].span.tstart < ss->tstop + (ss->tstop == ss->tstart),
                     "claim starts inside its sentence");
        if (c[i].kind != CD_CLAIM_QUOTE) /* a quote may run over several sentences */
            CD_INVARIANT(c[i].span.tstop <= ss->tstop, "claim ends inside its sentence");
        CD_INVARIANT(c[i].number_first + c[i].number_count <= nnum || c[i].number_count == 0,
                     "claim numbers exist");
        if (c[i].kind == CD_CLAIM_CHANGE) /* the kind names the fields that hold */
            CD_INVARIANT(cd_inv_nan_or_finite(c[i].change->from) && cd_inv_nan_or_finite(c[i].change->to) &&
                             cd_inv_nan_or_finite(c[i].change->by) && cd_inv_nan_or_finite(c[i].change->percent),
                         "change values finite or absent");
        CD_INVARIANT(c[i].nreasons <= CD_MAX_REASONS, "reasons fit");
        for (unsigned r = 0; r < c[i].nreasons; r++) CD_INVARIANT(c[i].reasons[r] != NULL, "reasons set");
        for (size_t k = 0; k < c[i].number_count && c[i].number_first + k < nnum; k++) {
            const cd_span *ns = &num[c[i].number_first + k].span;
            CD_INVARIANT(ns->tstart >= c[i].span.tstart && ns->tstop <= c[i].span.tstop, "claim numbers inside the claim");
        }
        if (i) CD_INVARIANT(c[i - 1].span.tstart <= c[i].span.tstart, "claims ordered");
    }
    const cd_finding *f = cd_doc_findings(doc, &n);
    for (size_t i = 0; i < n; i++) {
        cd_check_span_at(doc, li, &f[i].span, plain);
        CD_INVARIANT(f[i].rule && f[i].message && f[i].message[0], "finding has rule and message");
        CD_INVARIANT(f[i].nrelated <= CD_MAX_RELATED, "related spans fit");
        for (unsigned r = 0; r < f[i].nrelated; r++) cd_check_span_at(doc, li, &f[i].related[r], plain);
        if (i) CD_INVARIANT(f[i - 1].span.tstart <= f[i].span.tstart, "findings ordered");
    }
    const cd_entity *e = cd_doc_entities(doc, &n);
    for (size_t i = 0; i < n; i++) {
        cd_check_span_at(doc, li, &e[i].span, plain);
        CD_INVARIANT(e[i].type && e[i].name && e[i].name[0], "entity has type and name");
        if (i) CD_INVARIANT(e[i - 1].span.tstart <= e[i].span.tstart, "entities ordered");
    }
    /* The JSON of a claim-dense story is ~30x its size: a hostile 200 MB input would need gigabytes
     * for the text alone, so the JSON is checked on inputs up to 16 MB (every fuzz input). */
    char *json = NULL;
    size_t jlen = 0, srclen = 0;
    cd_doc_source(doc, &srclen);
    if (srclen <= (size_t)16 << 20 && cd_doc_to_json(doc, "fuzz", &json, &jlen) == CD_OK) {
        cd_check_json(json, jlen);
        free(json);
    }
    free(lines.starts);
}

#endif
