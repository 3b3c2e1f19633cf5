/* HTML and XML share this: the scanner of the original bytes (the decoded stream and its exact map),
 * the alignment of libxml2's character data with that stream, the element tree the SAX callbacks
 * build, and the assembly of the analyzed text from the kept parts of the tree. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>

#include "markup_tree.h"

/* ---- the scanner ----------------------------------------------------------------------------- */

static int is_name_start(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static int is_xml_name_start(unsigned char c)
{
    return is_name_start(c) || c == '_' || c == ':' || c >= 0x80;
}

/* Offset just past the first occurrence of the literal end at or after i (n when none). */
static size_t past(const char *s, size_t n, size_t i, const char *end)
{
    size_t k = strlen(end);
    for (; i + k <= n; i++)
        if (s[i] == end[0] && memcmp(s + i, end, k) == 0) return i + k;
    return n;
}

/* Offset past the '>' that ends the tag starting at i ('<'): attribute values in quotes may hold
 * '>' (only right after '=', as parsers read them). */
static size_t tag_end(const char *s, size_t n, size_t i)
{
    int after_eq = 0;
    for (i++; i < n; i++) {
        char c = s[i];
        if (c == '>') return i + 1;
        if (c == '=') {
            after_eq = 1;
            continue;
        }
        if (after_eq && (c == '"' || c == '\'')) {
            const char *q = memchr(s + i + 1, c, n - i - 1);
            if (!q) return n;
            i = (size_t)(q - s);
        }
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') after_eq = 0;
    }
    return n;
}

/* The XML DOCTYPE with an internal subset in brackets, quoted strings and comments inside. */
static size_t doctype_end(const char *s, size_t n, size_t i)
{
    int depth = 0;
    for (i += 2; i < n; i++) {
        char c = s[i];
        if (c == '"' || c == '\'') {
            const char *q = memchr(s + i + 1, c, n - i - 1);
            if (!q) return n;
            i = (size_t)(q - s);
        } else if (c == '<' && i + 3 < n && memcmp(s + i, "<!--", 4) == 0) {
            i = past(s, n, i + 4, "-->") - 1;
        } else if (c == '[') {
            depth++;
        } else if (c == ']') {
            depth -= depth > 0;
        } else if (c == '>' && depth == 0) {
            return i + 1;
        }
    }
    return n;
}

size_t mk_reference(const char *s, size_t n, size_t i, int html, char out[8], size_t *outlen)
{
    size_t j = i + 1;
    if (j < n && s[j] == '#') {
        uint32_t v = 0;
        int hex = j + 1 < n && (s[j + 1] == 'x' || s[j + 1] == 'X');
        size_t k = j + 1 + (size_t)hex, d = k;
        for (; k < n && k - d < 8; k++) {
            char c = s[k];
            int dv = c >= '0' && c <= '9' ? c - '0' : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
            if (dv < 0) break;
            v = v * (hex ? 16u : 10u) + (uint32_t)dv;
        }
        if (k == d || v == 0 || v > 0x10FFFF) return 0;
        if (k < n && s[k] == ';') k++;
        else if (!html) return 0;
        *outlen = mk_utf8(v, out);
        return k - i;
    }
    size_t k = j;
    while (k < n && k - j < 32 && (((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z') || (s[k] >= '0' && s[k] <= '9'))) k++;
    if (k == j || k >= n || s[k] != ';') return 0;
    char name[40];
    memcpy(name, s + j, k - j);
    name[k - j] = 0;
    uint32_t v = 0;
    if (html) {
        const htmlEntityDesc *e = htmlEntityLookup((const xmlChar *)name);
        if (e) v = e->value;
    } else {
        static const struct { const char *name; uint32_t v; } predefined[] = {
            {"lt", '<'}, {"gt", '>'}, {"amp", '&'}, {"quot", '"'}, {"apos", '\''}};
        for (size_t p = 0; p < 5; p++)
            if (strcmp(name, predefined[p].name) == 0) v = predefined[p].v;
    }
    if (!v) return 0;
    *outlen = mk_utf8(v, out);
    return k + 1 - i;
}

/* Copies plain character data s[i..j) into the stream (transcoding a Latin-1 page). */
static void put_chars(mk_text *S, const char *s, size_t i, size_t j, int latin1)
{
    if (!latin1) {
        mk_put(S, s + i, j - i, i, j - i);
        return;
    }
    while (i < j) {
        size_t k = i;
        while (k < j && (unsigned char)s[k] < 0x80) k++;
        mk_put(S, s + i, k - i, i, k - i);
        if (k < j) {
            char u[4];
            size_t len = mk_utf8(mk_cp1252((unsigned char)s[k]), u);
            mk_put(S, u, len, k, 1);
            k++;
        }
        i = k;
    }
}

/* Skips the raw text of an HTML script or style element that starts at i, up to its end tag. */
static size_t raw_text_end(const char *s, size_t n, size_t i, const char *name, size_t len)
{
    for (; i + 2 + len <= n; i++)
        if (s[i] == '<' && s[i + 1] == '/' && mk_ieq(s + i + 2, len, name)) return i;
    return n;
}

static size_t markup_end(const char *s, size_t n, size_t i, int html)
{
    if (i + 3 < n && memcmp(s + i, "<!--", 4) == 0) return past(s, n, i + 4, "-->");
    if (s[i + 1] == '!') return html ? tag_end(s, n, i) : doctype_end(s, n, i);
    if (s[i + 1] == '?') return html ? tag_end(s, n, i) : past(s, n, i + 2, "?>");
    return tag_end(s, n, i);
}

/* After the start tag s[i..e): for HTML script and style, the offset where their raw text ends. */
static size_t after_tag(const char *s, size_t n, size_t i, size_t e, int html)
{
    if (!html || s[i + 1] == '/') return e;
    static const char *const raw[] = {"script", "style"};
    for (int r = 0; r < 2; r++) {
        size_t len = strlen(raw[r]);
        if (i + 1 + len < n && mk_ieq(s + i + 1, len, raw[r]) &&
            !is_name_start((unsigned char)s[i + 1 + len]) && s[e - 2] != '/')
            return raw_text_end(s, n, e, raw[r], len);
    }
    return e;
}

void mk_scan(const char *s, size_t n, int html, int latin1, mk_text *S)
{
    size_t i = 0, run = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) i = run = 3;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c != '<' && c != '&' && c != '\r') {
            i++;
            continue;
        }
        put_chars(S, s, run, i, latin1);
        if (c == '\r') { /* XML reads CR LF and CR as LF */
            size_t len = i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
            if (html) mk_put(S, s + i, 1, i, 1);
            else mk_put(S, "\n", 1, i, len);
            i += html ? 1 : len;
        } else if (c == '&') {
            char out[8];
            size_t outlen = 0, len = mk_reference(s, n, i, html, out, &outlen);
            if (len) mk_put(S, out, outlen, i, len);
            else mk_put(S, "&", 1, i, 1);
            i += len ? len : 1;
        } else if (i + 8 < n && !html && memcmp(s + i, "<![CDATA[", 9) == 0) {
            size_t e = past(s, n, i + 9, "]]>");
            put_chars(S, s, i + 9, e >= i + 12 ? e - 3 : e, latin1);
            i = e;
        } else if (i + 1 < n && (s[i + 1] == '!' || s[i + 1] == '?' ||
                                 (html ? is_name_start((unsigned char)s[i + 1]) : is_xml_name_start((unsigned char)s[i + 1])) ||
                                 (s[i + 1] == '/' && i + 2 < n && is_xml_name_start((unsigned char)s[i + 2])))) {
            size_t e = markup_end(s, n, i, html);
            i = after_tag(s, n, i, e, html);
        } else {
            mk_put(S, "<", 1, i, 1);
            i++;
        }
        run = i;
    }
    put_chars(S, s, run, n, latin1);
}

/* ---- alignment ------------------------------------------------------------------------------- */

#define ALIGN_WINDOW 16384

/* The stream is UTF-8 (a Latin-1 page is transcoded), so a chunk that starts or ends on a
 * continuation byte would split a character whose run maps to fewer source bytes: such a place
 * is no match (libxml2 may hand over a stray byte of an invalid sequence). */
static int char_boundary(const mk_text *S, size_t i)
{
    return i >= S->len || ((unsigned char)S->p[i] & 0xC0) != 0x80;
}

static int match_at(const mk_text *S, size_t i, const char *chunk, size_t n)
{
    return memcmp(S->p + i, chunk, n) == 0 && char_boundary(S, i) && char_boundary(S, i + n);
}

size_t mk_align(const mk_text *S, size_t *cursor, const char *chunk, size_t n)
{
    size_t cur = *cursor;
    if (n == 0 || cur > S->len) return SIZE_MAX;
    if (S->len - cur >= n && match_at(S, cur, chunk, n)) {
        *cursor = cur + n;
        return cur;
    }
    size_t end = S->len - cur > ALIGN_WINDOW + n ? cur + ALIGN_WINDOW + n : S->len;
    for (size_t i = cur; i + n <= end; i++) {
        const char *p = memchr(S->p + i, chunk[0], end - n + 1 - i);
        if (!p) break;
        i = (size_t)(p - S->p);
        if (match_at(S, i, chunk, n)) {
            *cursor = i + n;
            return i;
        }
    }
    return SIZE_MAX;
}

/* ---- the tree -------------------------------------------------------------------------------- */

uint32_t mk_tree_open(mk_tree *t, int tag)
{
    mk_node *nd = CD_PUSH(t, nodes);
    mk_event *ev = CD_PUSH(t, events);
    if (!nd || !ev) return t->cur;
    uint32_t id = (uint32_t)(t->n_nodes - 1);
    nd->parent = t->cur;
    nd->tag = tag;
    nd->first_child = nd->next_sibling = nd->prev_sibling = nd->last_child = MK_NONE;
    if (t->cur != MK_NONE) {
        mk_node *p = &t->nodes[t->cur];
        nd->prev_sibling = p->last_child;
        if (p->last_child == MK_NONE) p->first_child = id;
        else t->nodes[p->last_child].next_sibling = id;
        p->last_child = id;
        nd->depth = p->depth + 1;
    }
    ev->kind = MK_EV_OPEN;
    ev->node = id;
    t->cur = id;
    return id;
}

void mk_tree_close(mk_tree *t)
{
    if (t->cur == MK_NONE) return;
    mk_event *ev = CD_PUSH(t, events);
    if (ev) {
        ev->kind = MK_EV_CLOSE;
        ev->node = t->cur;
    }
    t->cur = t->nodes[t->cur].parent;
}

static void count_text(mk_tree *t, const char *s, size_t n)
{
    if (t->cur == MK_NONE) return;
    mk_node *nd = &t->nodes[t->cur];
    int space = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') { /* a run counts once */
            nd->chars += !space;
            space = 1;
            continue;
        }
        space = 0;
        if ((c & 0xC0) != 0x80) nd->chars++; /* characters, not bytes */
        if (c == ',') nd->commas++;
        if (c == ':') nd->colons++;
    }
}

void mk_tree_text(mk_tree *t, const char *s, size_t n)
{
    if (n == 0 || n > UINT32_MAX) return;
    mk_event *ev = CD_PUSH(t, events);
    if (!ev) return;
    ev->kind = MK_EV_TEXT;
    ev->node = t->cur;
    ev->n = (uint32_t)n;
    size_t at = mk_align(&t->S, &t->cursor, s, n);
    if (at != SIZE_MAX) {
        ev->a = (uint32_t)at;
    } else { /* not in the stream (another encoding, a parser repair): keep libxml2's bytes */
        ev->kind = MK_EV_RAW;
        ev->a = (uint32_t)t->raw.len;
        ev->src = (uint32_t)mk_src_at(&t->S, t->cursor, 0);
        mk_put(&t->raw, s, n, 0, n);
        if (t->raw.oom) t->oom = 1;
    }
    count_text(t, s, n);
    size_t has_text = 0;
    for (size_t i = 0; i < n && !has_text; i++) has_text = !(s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r');
    if (has_text && t->cur != MK_NONE) t->nodes[t->cur].flags |= MK_OWN_TEXT;
}

void mk_tree_comment(mk_tree *t, const char *body, size_t n)
{
    int sw = mk_switch_comment(body, n);
    if (!sw) return;
    mk_event *ev = CD_PUSH(t, events);
    if (!ev) return;
    ev->kind = sw == 1 ? MK_EV_OFF : MK_EV_ON;
    ev->node = t->cur;
}

void mk_tree_free(mk_tree *t)
{
    mk_free(&t->S);
    mk_free(&t->raw);
    free(t->nodes);
    free(t->events);
}

void mk_errors_note(mk_errors *e, const char *message, int line, const char *fallback)
{
    if (e->count++ > 0) return;
    snprintf(e->first, sizeof e->first, "%s", message ? message : fallback);
    size_t n = strlen(e->first);
    while (n && (e->first[n - 1] == '\n' || e->first[n - 1] == ' ')) e->first[--n] = 0;
    e->first_line = line;
}

/* Rolls the text counts of every node up into its ancestors (children come after their parent in
 * creation order, so one backward pass suffices). Nodes with any of skip_flags are left out. */
void mk_tree_rollup(mk_tree *t, uint32_t skip_flags)
{
    for (size_t i = 0; i < t->n_nodes; i++) {
        mk_node *nd = &t->nodes[i];
        nd->tchars = nd->tcommas = nd->tlink = nd->tcolons = 0;
        memset(nd->tcnt, 0, sizeof nd->tcnt);
    }
    for (size_t i = t->n_nodes; i-- > 0;) {
        mk_node *nd = &t->nodes[i];
        nd->tchars += nd->chars;
        nd->tcommas += nd->commas;
        for (int k = 0; k < 4; k++) nd->tcnt[k] += nd->cnt[k];
        nd->tcolons += nd->colons;
        if (nd->flags & MK_LINK) { /* a link's text is link text; its colons are no label's */
            nd->tlink = nd->tchars;
            nd->tcolons = 0;
        }
        if (nd->parent == MK_NONE || (nd->flags & skip_flags)) continue;
        mk_node *p = &t->nodes[nd->parent];
        p->tchars += nd->tchars;
        p->tcommas += nd->tcommas;
        p->tlink += nd->tlink;
        p->tcolons += nd->tcolons;
        for (int k = 0; k < 4; k++) p->tcnt[k] += nd->tcnt[k];
    }
}

/* ---- the analyzed text ----------------------------------------------------------------------- */

static void emit_boundary(mk_out *o, const mk_node *nd)
{
    if (nd->flags & MK_BLOCK) mk_out_break(o, 3);
    else if (nd->flags & MK_LINEBREAK) mk_out_break(o, 2);
}

int mk_tree_emit(mk_tree *t, cd_doc *doc)
{
    mk_out o;
    memset(&o, 0, sizeof o);
    o.from = &t->S;
    int off = 0;
    uint32_t pre_depth = 0;
    for (size_t i = 0; i < t->n_events; i++) {
        const mk_event *ev = &t->events[i];
        const mk_node *nd = ev->node != MK_NONE ? &t->nodes[ev->node] : NULL;
        int keep = nd && (nd->flags & MK_KEEP) && !off;
        switch (ev->kind) {
        case MK_EV_OPEN:
        case MK_EV_CLOSE:
            emit_boundary(&o, nd);
            if (nd->flags & MK_PRE) pre_depth += ev->kind == MK_EV_OPEN ? 1 : (pre_depth > 0 ? (uint32_t)-1 : 0);
            o.preformatted = pre_depth > 0;
            break;
        case MK_EV_TEXT:
            if (keep) mk_out_range(&o, ev->a, (size_t)ev->a + ev->n);
            break;
        case MK_EV_RAW:
            if (keep) mk_out_bytes(&o, t->raw.p + ev->a, ev->n, ev->src, 0);
            break;
        case MK_EV_OFF:
        case MK_EV_ON:
            off = ev->kind == MK_EV_OFF;
            mk_out_break(&o, 3);
            break;
        }
    }
    return mk_out_finish(&o, doc);
}
