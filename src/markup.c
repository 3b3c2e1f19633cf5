/* Markup input: choosing the reader, and the text-with-offset-map builder the readers share. */
#include <stdlib.h>
#include <string.h>

#include "markup.h"

/* ---- the text and its map ------------------------------------------------------------------ */

static int grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap) return 0;
    size_t n = *cap ? *cap : 256;
    while (n < need) n *= 2;
    void *q = realloc(*p, n * size);
    if (!q) return -1;
    *p = q;
    *cap = n;
    return 0;
}

void mk_put(mk_text *t, const char *bytes, size_t n, size_t src, size_t src_len)
{
    if (t->oom || n == 0) return;
    if (grow((void **)&t->p, &t->cap, t->len + n + 1, 1)) {
        t->oom = 1;
        return;
    }
    cd_seg *last = t->n_segs ? &t->segs[t->n_segs - 1] : NULL;
    if (last && n == src_len && last->text_len == last->src_len && last->text + last->text_len == t->len &&
        last->src + last->src_len == src && last->text_len + n < UINT32_MAX / 2) {
        last->text_len += (uint32_t)n;
        last->src_len += (uint32_t)n;
    } else {
        if (grow((void **)&t->segs, &t->cap_segs, t->n_segs + 1, sizeof *t->segs)) {
            t->oom = 1;
            return;
        }
        cd_seg s = {(uint32_t)t->len, (uint32_t)src, (uint32_t)n, (uint32_t)src_len};
        t->segs[t->n_segs++] = s;
    }
    memcpy(t->p + t->len, bytes, n);
    t->len += n;
    t->p[t->len] = 0;
}

/* Index of the last run whose text offset is <= off (0 when none). */
static size_t seg_index(const mk_text *t, size_t off)
{
    size_t lo = 0, hi = t->n_segs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->segs[mid].text <= off) lo = mid + 1;
        else hi = mid;
    }
    return lo ? lo - 1 : 0;
}

void mk_put_range(mk_text *t, const mk_text *from, size_t a, size_t b)
{
    if (b > from->len) b = from->len;
    if (a >= b || !from->n_segs) return;
    for (size_t i = seg_index(from, a); i < from->n_segs && from->segs[i].text < b; i++) {
        const cd_seg *s = &from->segs[i];
        size_t x = a > s->text ? a : s->text, y = s->text + s->text_len;
        if (y > b) y = b;
        if (x >= y) continue;
        if (s->text_len == s->src_len) mk_put(t, from->p + x, y - x, s->src + (x - s->text), y - x);
        else mk_put(t, from->p + x, y - x, s->src, s->src_len);
    }
}

size_t mk_src_at(const mk_text *t, size_t off, int is_end)
{
    if (!t->n_segs) return 0;
    const cd_seg *s = &t->segs[seg_index(t, is_end && off > 0 ? off - 1 : off)];
    size_t rel = off > s->text ? off - s->text : 0;
    if (s->text_len == s->src_len) return s->src + (rel > s->src_len ? s->src_len : rel);
    return is_end ? s->src + s->src_len : s->src;
}

void mk_free(mk_text *t)
{
    free(t->p);
    free(t->segs);
    memset(t, 0, sizeof *t);
}

/* ---- the analyzed text: white space collapsed, block breaks inserted ------------------------ */

static int is_ws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static void flush_pending(mk_out *o)
{
    int kind = o->pending;
    o->pending = 0;
    if (!kind || o->t.len == 0) return;
    if (kind == 1) {
        const mk_text *f = o->from;
        if (o->space_b == o->space_a + 1 && f->p[o->space_a] == ' ') {
            mk_put_range(&o->t, f, o->space_a, o->space_b);
        } else {
            size_t s = mk_src_at(f, o->space_a, 0), e = mk_src_at(f, o->space_b, 1);
            mk_put(&o->t, " ", 1, s, e > s ? e - s : 0);
        }
        return;
    }
    size_t at = mk_src_at(&o->t, o->t.len, 1);
    mk_put(&o->t, "\n\n", kind == 3 ? 2 : 1, at, 0);
}

void mk_out_range(mk_out *o, size_t a, size_t b)
{
    const char *p = o->from->p;
    if (o->preformatted) {
        flush_pending(o);
        mk_put_range(&o->t, o->from, a, b);
        return;
    }
    size_t i = a;
    while (i < b) {
        size_t j = i;
        if (is_ws((unsigned char)p[i])) {
            while (j < b && is_ws((unsigned char)p[j])) j++;
            if (o->pending == 0 && o->t.len > 0) {
                o->pending = 1;
                o->space_a = i;
                o->space_b = j;
            } else if (o->pending == 1 && o->space_b == i) {
                o->space_b = j;
            }
        } else {
            while (j < b && !is_ws((unsigned char)p[j])) j++;
            flush_pending(o);
            mk_put_range(&o->t, o->from, i, j);
        }
        i = j;
    }
}

void mk_out_bytes(mk_out *o, const char *s, size_t n, size_t src, size_t src_len)
{
    flush_pending(o);
    mk_put(&o->t, s, n, src, src_len);
}

void mk_out_break(mk_out *o, int kind)
{
    if (kind > o->pending) o->pending = kind;
}

int mk_out_finish(mk_out *o, cd_doc *doc)
{
    if (o->t.oom) {
        mk_free(&o->t);
        return -1;
    }
    if (!o->t.p) { /* nothing extracted: an empty text with an empty map */
        o->t.p = malloc(1);
        if (!o->t.p) return -1;
        o->t.p[0] = 0;
    }
    doc->text = o->t.p;
    doc->text_len = o->t.len;
    doc->segs = o->t.segs;
    doc->n_segs = o->t.n_segs;
    doc->cap_segs = o->t.cap_segs;
    if (!doc->segs) { /* an identity map would be wrong for an empty extraction of a long source */
        cd_seg *s = CD_PUSH(doc, segs);
        if (!s) return -1;
    }
    memset(&o->t, 0, sizeof o->t);
    return 0;
}

/* ---- small helpers --------------------------------------------------------------------------- */

size_t mk_utf8(uint32_t cp, char out[4])
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

uint32_t mk_cp1252(unsigned char c)
{
    static const uint16_t high[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                      0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    return c >= 0x80 && c < 0xA0 ? high[c - 0x80] : c;
}

int mk_valid_utf8(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        /* a page is mostly ASCII: eight bytes a step while none has its high bit set */
        uint64_t w;
        while (i + 8 <= n && (memcpy(&w, u + i, 8), (w & 0x8080808080808080u) == 0)) i += 8;
        if (i >= n) break;
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        int len = cd_utf8_decode(u, n, i, &cp);
        if (!len) return 0;
        i += (size_t)len;
    }
    return 1;
}

void mk_lower(char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 'A' && s[i] <= 'Z') s[i] = (char)(s[i] + 32);
}

int mk_ieq(const char *s, size_t n, const char *lower)
{
    size_t k = 0;
    for (; k < n && lower[k]; k++) {
        char c = s[k];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c != lower[k]) return 0;
    }
    return k == n && lower[k] == 0;
}

/* Skips white space in s[i..n). */
static size_t skip_ws(const char *s, size_t n, size_t i)
{
    while (i < n && is_ws((unsigned char)s[i])) i++;
    return i;
}

int mk_switch_comment(const char *body, size_t n)
{
    size_t i = skip_ws(body, n, 0);
    if (n - i < 8 || !mk_ieq(body + i, 8, "copydesk")) return 0;
    i = skip_ws(body, n, i + 8);
    size_t j = i;
    while (j < n && !is_ws((unsigned char)body[j])) j++;
    if (skip_ws(body, n, j) != n) return 0;
    if (mk_ieq(body + i, j - i, "off")) return 1;
    if (mk_ieq(body + i, j - i, "on")) return 2;
    return 0;
}

static int digits(const char *s, size_t n, size_t i, size_t count, int *out)
{
    int v = 0;
    if (i + count > n) return 0;
    for (size_t k = 0; k < count; k++) {
        if (s[i + k] < '0' || s[i + k] > '9') return 0;
        v = v * 10 + (s[i + k] - '0');
    }
    *out = v;
    return 1;
}

int mk_parse_date(const char *s, size_t n, cd_date *out)
{
    size_t i = skip_ws(s, n, 0);
    int y, m, d;
    if (!digits(s, n, i, 4, &y)) return 0;
    i += 4;
    if (i < n && (s[i] == '-' || s[i] == '/')) {
        char sep = s[i];
        if (!digits(s, n, i + 1, 2, &m) || i + 3 >= n || s[i + 3] != sep || !digits(s, n, i + 4, 2, &d)) return 0;
        i += 6;
    } else {
        if (!digits(s, n, i, 2, &m) || !digits(s, n, i + 2, 2, &d)) return 0;
        i += 4;
    }
    if (i < n && s[i] >= '0' && s[i] <= '9') return 0; /* more digits: not a date */
    if (y < 1000 || m < 1 || m > 12 || d < 1 || d > cd_days_in_month(y, m)) return 0;
    out->y = y;
    out->m = m;
    out->d = d;
    return 1;
}

void mk_pick_date(mk_date_pick *p, const char *s, size_t n, int rank)
{
    cd_date d;
    if (rank > p->rank && mk_parse_date(s, n, &d)) {
        p->date = d;
        p->rank = rank;
    }
}

size_t cd_doc_segments(const cd_doc *doc, size_t i, cd_segment *out)
{
    if (!doc || !doc->segs) return 0;
    if (i < doc->n_segs && out) {
        const cd_seg *s = &doc->segs[i];
        out->text = s->text;
        out->text_len = s->text_len;
        out->src = s->src;
        out->src_len = s->src_len;
    }
    return doc->n_segs;
}

/* ---- choosing the reader --------------------------------------------------------------------- */

static int has_suffix(const char *name, const char *suffix)
{
    size_t n = strlen(name), k = strlen(suffix);
    return n >= k && mk_ieq(name + n - k, k, suffix);
}

static cd_input by_filename(const char *name)
{
    static const struct {
        const char *suffix;
        cd_input input;
    } ext[] = {{".html", CD_INPUT_HTML},     {".htm", CD_INPUT_HTML},     {".xhtml", CD_INPUT_HTML},
               {".xml", CD_INPUT_XML},       {".nitf", CD_INPUT_XML},     {".newsml", CD_INPUT_XML},
               {".md", CD_INPUT_MARKDOWN},   {".markdown", CD_INPUT_MARKDOWN}, {".mdown", CD_INPUT_MARKDOWN},
               {".mkd", CD_INPUT_MARKDOWN},  {".txt", CD_INPUT_TEXT},     {".text", CD_INPUT_TEXT}};
    if (!name) return CD_INPUT_AUTO;
    for (size_t i = 0; i < sizeof ext / sizeof *ext; i++)
        if (has_suffix(name, ext[i].suffix)) return ext[i].input;
    return CD_INPUT_AUTO;
}

/* Case-insensitive search for an ASCII lower-case needle in s[0..n). */
static int contains_ci(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (mk_ieq(s + i, k, needle)) return 1;
    return 0;
}

/* A Markdown heading, front matter, a link or an emphasis-marked line near the start. */
static int looks_like_markdown(const char *s, size_t n)
{
    if (n >= 4 && memcmp(s, "---", 3) == 0 && (s[3] == '\n' || s[3] == '\r')) return 1;
    for (size_t i = 0; i < n; i++) {
        if (i == 0 || s[i - 1] == '\n') {
            size_t h = i;
            while (h < n && h - i < 6 && s[h] == '#') h++;
            if (h > i && h < n && s[h] == ' ') return 1;
            if (i + 3 < n && memcmp(s + i, "```", 3) == 0) return 1;
        }
        if (s[i] == ']' && i + 1 < n && s[i + 1] == '(') return 1;
    }
    return 0;
}

/* The name of the first element (after the XML declaration, comments and DOCTYPE) is HTML's? */
static int first_element_is_html(const char *h, size_t n)
{
    static const char *const names[] = {"html", "head", "body", "div", "p", "span", "a", "h1", "h2", "h3",
                                         "table", "section", "article", "main", "header", "nav", "meta",
                                         "title", "link", "script", "style", "ul", "ol", "img", "br", "b",
                                         "i", "em", "strong", "form", "center", "font"};
    for (size_t i = 0; i + 1 < n; i++) {
        if (h[i] != '<' || !((h[i + 1] | 0x20) >= 'a' && (h[i + 1] | 0x20) <= 'z')) continue;
        size_t j = i + 1;
        while (j < n && (((h[j] | 0x20) >= 'a' && (h[j] | 0x20) <= 'z') || (h[j] >= '0' && h[j] <= '9'))) j++;
        for (size_t k = 0; k < sizeof names / sizeof *names; k++)
            if (mk_ieq(h + i + 1, j - i - 1, names[k])) return 1;
        return 0;
    }
    return 0;
}

/* '<' opens markup only before what a tag can start with: a name ('p', 'nitf', a non-ASCII
 * letter), '!' (DOCTYPE, comment), '?' (declaration) or '/'. "<=30 people" and "< 5 percent" are
 * plain text that happens to start with a less-than sign. */
static int opens_tag(const char *h, size_t n)
{
    if (n < 2 || h[0] != '<') return 0;
    unsigned char c = (unsigned char)h[1];
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_' || c == ':' || c == '!' || c == '?' ||
           c == '/' || c >= 0x80;
}

static cd_input sniff(const char *s, size_t n)
{
    size_t i = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) i = 3;
    i = skip_ws(s, n, i);
    size_t head = n - i < 4096 ? n - i : 4096;
    const char *h = s + i;
    if (opens_tag(h, head)) {
        if (contains_ci(h, head, "<!doctype html") || first_element_is_html(h, head)) return CD_INPUT_HTML;
        return CD_INPUT_XML;
    }
    return looks_like_markdown(h, head) ? CD_INPUT_MARKDOWN : CD_INPUT_TEXT;
}

cd_status cd_markup_extract(cd_doc *doc, char *err, size_t errlen)
{
    if (doc->input == CD_INPUT_AUTO) {
        doc->input = by_filename(doc->opt ? doc->opt->filename : NULL);
        if (doc->input == CD_INPUT_AUTO) doc->input = sniff(doc->src, doc->src_len);
    }
    switch (doc->input) {
    case CD_INPUT_HTML: return cd_markup_html(doc, err, errlen);
    case CD_INPUT_XML: return cd_markup_xml(doc, err, errlen);
    case CD_INPUT_MARKDOWN: return cd_markup_md(doc, err, errlen);
    default: doc->input = CD_INPUT_TEXT; return CD_OK;
    }
}
