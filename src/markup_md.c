/*
 * Markdown input. Read line by line: front matter (its `date:` is the story date), fenced and
 * indented code, HTML comments (and `<!-- copydesk off -->`) and reference definitions are left
 * out; headings, list items and paragraphs become blocks; inside a line the emphasis markers,
 * link targets, images, inline code and inline tags are dropped and escapes and entities decoded,
 * so that sentences and offsets run through them.
 */
#include <stdio.h>
#include <string.h>

#include "markup_tree.h"

typedef struct md {
    const char *s;
    size_t n;
    mk_text S;  /* the decoded stream: kept text only */
    mk_out o;
    int off;    /* copydesk off */
    int in_para;
    mk_date_pick date;
} md;

static size_t line_end(const md *m, size_t i)
{
    const char *p = memchr(m->s + i, '\n', m->n - i);
    return p ? (size_t)(p - m->s) : m->n;
}

static size_t next_line(const md *m, size_t i)
{
    size_t e = line_end(m, i);
    return e < m->n ? e + 1 : e;
}

static int blank(const md *m, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (m->s[i] != ' ' && m->s[i] != '\t' && m->s[i] != '\r') return 0;
    return 1;
}

static size_t indent(const md *m, size_t a, size_t b)
{
    size_t i = a;
    while (i < b && m->s[i] == ' ') i++;
    return i;
}

/* A run of the same character c (at least min of them, only spaces besides) fills the line. */
static int rule_line(const md *m, size_t a, size_t b, char c, size_t min)
{
    size_t count = 0;
    for (size_t i = a; i < b; i++) {
        if (m->s[i] == c) count++;
        else if (m->s[i] != ' ' && m->s[i] != '\t' && m->s[i] != '\r') return 0;
    }
    return count >= min;
}

/* ---- front matter ---------------------------------------------------------------------------- */

static size_t front_matter(md *m)
{
    size_t e = line_end(m, 0);
    if (!(e >= 3 && memcmp(m->s, "---", 3) == 0 && blank(m, 3, e))) return 0;
    for (size_t i = next_line(m, 0); i < m->n; i = next_line(m, i)) {
        size_t le = line_end(m, i);
        if ((le - i >= 3 && (memcmp(m->s + i, "---", 3) == 0 || memcmp(m->s + i, "...", 3) == 0)) && blank(m, i + 3, le))
            return next_line(m, i);
        if (le - i > 5 && mk_ieq(m->s + i, 5, "date:")) {
            size_t v = i + 5;
            while (v < le && (m->s[v] == ' ' || m->s[v] == '"' || m->s[v] == '\'')) v++;
            mk_pick_date(&m->date, m->s + v, le - v, 1);
        }
    }
    return 0; /* not closed: not front matter */
}

/* ---- inline content -------------------------------------------------------------------------- */

static int is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}

static int is_space_at(const md *m, size_t i, size_t b)
{
    return i >= b || m->s[i] == ' ' || m->s[i] == '\t' || m->s[i] == '\n' || m->s[i] == '\r';
}

/* Inline constructs (links with their targets, code spans, tags) are looked for within this many
 * bytes of their start, so that a line of 10^5 unclosed '[' or '<' costs linear time, not
 * quadratic. Longer constructs are read as text. */
#define MD_INLINE_WINDOW 2048

static size_t window_end(size_t i, size_t b)
{
    return b - i > MD_INLINE_WINDOW ? i + MD_INLINE_WINDOW : b;
}

/* End of the bracketed link text starting at i ('['): the matching ']' followed by '(' ... ')' or
 * '[' ... ']'. Writes the offset past the target into *after. 0 when it is no link. */
static size_t link_close(const md *m, size_t i, size_t b, size_t *after)
{
    b = window_end(i, b);
    int depth = 0;
    for (size_t k = i; k < b; k++) {
        char c = m->s[k];
        if (c == '\\') {
            k++;
            continue;
        }
        if (c == '[') depth++;
        if (c != ']' || --depth > 0) continue;
        if (k + 1 >= b || (m->s[k + 1] != '(' && m->s[k + 1] != '[')) return 0;
        char close = m->s[k + 1] == '(' ? ')' : ']';
        int par = 0;
        for (size_t t = k + 1; t < b; t++) {
            if (m->s[t] == '(' || m->s[t] == '[') par++;
            if (m->s[t] == close && --par == 0) {
                *after = t + 1;
                return k;
            }
        }
        return 0;
    }
    return 0;
}

/* Length of an emphasis marker run (*, _, ~~) at i that opens or closes emphasis, else 0. */
static size_t emphasis(const md *m, size_t i, size_t a, size_t b)
{
    char c = m->s[i];
    if (c != '*' && c != '_' && c != '~') return 0;
    size_t k = i;
    while (k < b && m->s[k] == c && k - i < 3) k++;
    if (c == '~' && k - i != 2) return 0;
    int before_space = i == a || is_space_at(m, i - 1, b), after_space = is_space_at(m, k, b);
    if (before_space && after_space) return 0; /* "5 * 3" */
    if (c == '_' && i > a && k < b && is_alnum((unsigned char)m->s[i - 1]) && is_alnum((unsigned char)m->s[k]))
        return 0; /* snake_case */
    return k - i;
}

/* Inline code at i: a run of backticks closed by a run of the same length. Returns its end or 0. */
static size_t code_span(const md *m, size_t i, size_t b)
{
    size_t k = i;
    while (k < b && m->s[k] == '`') k++;
    size_t run = k - i;
    b = window_end(k, b);
    for (size_t t = k; t < b;) {
        if (m->s[t] != '`') {
            t++;
            continue;
        }
        size_t u = t;
        while (u < b && m->s[u] == '`') u++;
        if (u - t == run) return u;
        t = u;
    }
    return 0;
}

/* An inline tag, autolink or comment at i ('<') on this line: its end, or 0. */
static size_t inline_tag(const md *m, size_t i, size_t b)
{
    if (i + 1 >= b) return 0;
    char c = m->s[i + 1];
    if (!(c == '/' || c == '!' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) return 0;
    b = window_end(i, b);
    const char *p = memchr(m->s + i, '>', b - i);
    return p ? (size_t)(p - m->s) + 1 : 0;
}

#define MAX_LINKS 16

/* Puts the text of line [a, b) into the stream, without markup. */
static void put_inline(md *m, size_t a, size_t b)
{
    size_t closes[MAX_LINKS], afters[MAX_LINKS];
    int nlinks = 0;
    size_t run = a;
    for (size_t i = a; i < b;) {
        char c = m->s[i];
        size_t skip_to = 0, after = 0, k, len;
        char out[8];
        size_t outlen = 0;
        if (c == '\\' && i + 1 < b && m->s[i + 1] > ' ' && m->s[i + 1] < 0x7F && !is_alnum((unsigned char)m->s[i + 1])) {
            mk_put(&m->S, m->s + run, i - run, run, i - run);
            mk_put(&m->S, m->s + i + 1, 1, i, 2);
            i = run = i + 2;
            continue;
        }
        if (c == '&' && (len = mk_reference(m->s, b, i, 1, out, &outlen)) != 0) {
            mk_put(&m->S, m->s + run, i - run, run, i - run);
            mk_put(&m->S, out, outlen, i, len);
            i = run = i + len;
            continue;
        }
        if (nlinks && i == closes[nlinks - 1]) {
            skip_to = afters[--nlinks];
        } else if (c == '!' && i + 1 < b && m->s[i + 1] == '[' && link_close(m, i + 1, b, &after)) {
            skip_to = after; /* an image: its alt text is not story text */
        } else if (c == '[' && nlinks < MAX_LINKS && (k = link_close(m, i, b, &after)) != 0) {
            closes[nlinks] = k;
            afters[nlinks++] = after;
            skip_to = i + 1;
        } else if (c == '`') { /* a code span, else the whole backtick run is text */
            k = code_span(m, i, b);
            if (k) skip_to = k;
            else
                while (i + 1 < b && m->s[i + 1] == '`') i++;
        } else if (c == '<' && (k = inline_tag(m, i, b)) != 0) {
            skip_to = k;
        } else if ((k = emphasis(m, i, a, b)) != 0) {
            skip_to = i + k;
        }
        if (skip_to) {
            mk_put(&m->S, m->s + run, i - run, run, i - run);
            i = run = skip_to;
        } else {
            i++;
        }
    }
    mk_put(&m->S, m->s + run, b - run, run, b - run);
}

/* Text of a line: its stream range goes to the output unless analysis is switched off. */
static void text_line(md *m, size_t a, size_t b)
{
    size_t s0 = m->S.len;
    put_inline(m, a, b);
    if (!m->off) mk_out_range(&m->o, s0, m->S.len);
}

/* ---- blocks ---------------------------------------------------------------------------------- */

/* A fenced code block starting at line i: returns the offset after its closing fence, or 0. */
static size_t fence(const md *m, size_t i, size_t e)
{
    size_t a = indent(m, i, e);
    if (a - i > 3 || e - a < 3 || (m->s[a] != '`' && m->s[a] != '~')) return 0;
    char c = m->s[a];
    size_t k = a;
    while (k < e && m->s[k] == c) k++;
    size_t run = k - a;
    if (run < 3) return 0;
    for (size_t l = next_line(m, i); l < m->n; l = next_line(m, l)) {
        size_t le = line_end(m, l), la = indent(m, l, le), lk = la;
        while (lk < le && m->s[lk] == c) lk++;
        if (lk - la >= run && blank(m, lk, le)) return next_line(m, l);
    }
    return m->n;
}

/* An HTML comment starting at i: handles the copydesk switch, returns the offset after it. */
static size_t comment(md *m, size_t i)
{
    size_t k = i + 4;
    while (k + 2 < m->n && memcmp(m->s + k, "-->", 3) != 0) k++;
    size_t end = k + 2 < m->n ? k + 3 : m->n;
    int sw = mk_switch_comment(m->s + i + 4, k - (i + 4));
    if (sw) {
        m->off = sw == 1;
        mk_out_break(&m->o, 3);
    }
    return end;
}

/* Strips the block markers of a line (quote '>', list bullets, heading '#'); returns the content
 * start and may set *heading. A list item or heading starts a new block. */
static size_t strip_markers(md *m, size_t a, size_t e, int *new_block, size_t *end)
{
    size_t i = indent(m, a, e);
    while (i < e && m->s[i] == '>') {
        i++;
        if (i < e && m->s[i] == ' ') i++;
        i = indent(m, i, e);
    }
    size_t h = i;
    while (h < e && m->s[h] == '#' && h - i < 6) h++;
    if (h > i && (h == e || m->s[h] == ' ' || m->s[h] == '\t')) {
        *new_block = 2;
        size_t c = indent(m, h, e), t = e;
        while (t > c && (m->s[t - 1] == ' ' || m->s[t - 1] == '\t' || m->s[t - 1] == '\r')) t--;
        size_t hashes = t;
        while (hashes > c && m->s[hashes - 1] == '#') hashes--;
        /* a closing run of '#' counts only after a space ("# C#" keeps its '#') */
        if (hashes == c || m->s[hashes - 1] == ' ' || m->s[hashes - 1] == '\t') t = hashes;
        while (t > c && (m->s[t - 1] == ' ' || m->s[t - 1] == '\t')) t--;
        *end = t; /* never before the content start: "# " is an empty heading */
        return c;
    }
    if (i + 1 < e && (m->s[i] == '-' || m->s[i] == '*' || m->s[i] == '+') && m->s[i + 1] == ' ') {
        *new_block = 1;
        return indent(m, i + 2, e);
    }
    size_t d = i;
    while (d < e && d - i < 9 && m->s[d] >= '0' && m->s[d] <= '9') d++;
    if (d > i && d + 1 < e && (m->s[d] == '.' || m->s[d] == ')') && m->s[d + 1] == ' ') {
        *new_block = 1;
        return indent(m, d + 2, e);
    }
    return i;
}

/* "[ref]: url" lines define link targets. */
static int reference_definition(const md *m, size_t a, size_t e)
{
    size_t i = indent(m, a, e);
    if (i >= e || m->s[i] != '[') return 0;
    const char *p = memchr(m->s + i, ']', e - i);
    return p && (size_t)(p - m->s) + 1 < e && p[1] == ':';
}

static void line(md *m, size_t i, size_t e)
{
    size_t a = indent(m, i, e);
    if (a + 3 < e && memcmp(m->s + a, "<!--", 4) == 0) return; /* handled by the caller */
    if (blank(m, i, e)) {
        mk_out_break(&m->o, 3);
        m->in_para = 0;
        return;
    }
    if ((!m->in_para && (a - i >= 4 || (a < e && m->s[a] == '\t'))) || reference_definition(m, i, e)) return;
    if (rule_line(m, i, e, '=', 1) && m->in_para) { /* setext underline */
        mk_out_break(&m->o, 3);
        m->in_para = 0;
        return;
    }
    if (rule_line(m, i, e, '-', 3) || rule_line(m, i, e, '*', 3) || rule_line(m, i, e, '_', 3)) {
        mk_out_break(&m->o, 3);
        m->in_para = 0;
        return;
    }
    int new_block = 0;
    size_t end = e;
    size_t c = strip_markers(m, i, e, &new_block, &end);
    if (new_block) mk_out_break(&m->o, 3);
    text_line(m, c, end);
    if (new_block == 2) {
        mk_out_break(&m->o, 3);
        m->in_para = 0;
    } else {
        m->in_para = 1;
        if (end < m->n) text_line(m, end, end + 1 <= m->n ? end + 1 : end); /* the newline: a space */
    }
}

cd_status cd_markup_md(cd_doc *doc, char *err, size_t errlen)
{
    md m;
    memset(&m, 0, sizeof m);
    m.s = doc->src;
    m.n = doc->src_len;
    m.o.from = &m.S;
    size_t i = front_matter(&m);
    while (i < m.n) {
        size_t e = line_end(&m, i), a = indent(&m, i, e), f;
        if (a + 3 < m.n && memcmp(m.s + a, "<!--", 4) == 0) {
            i = comment(&m, a);
            continue;
        }
        if ((f = fence(&m, i, e)) != 0) {
            mk_out_break(&m.o, 3);
            m.in_para = 0;
            i = f;
            continue;
        }
        size_t le = e > i && m.s[e - 1] == '\r' ? e - 1 : e;
        line(&m, i, le);
        i = next_line(&m, i);
    }
    int fail = m.S.oom || mk_out_finish(&m.o, doc);
    mk_free(&m.S);
    if (fail) {
        snprintf(err, errlen, "out of memory");
        return CD_ERR_NOMEM;
    }
    if (m.date.rank) doc->date = m.date.date;
    return CD_OK;
}
