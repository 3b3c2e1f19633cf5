/*
 * Fact sheets: a newsroom's verified facts (XML, schema in doc/factsheet.md), read with libxml2,
 * and the check of a story's numbers and names against them (fact-match, fact-mismatch).
 *
 * Safety: a sheet is parsed from memory with XML_PARSE_NONET and without NOENT or DTDLOAD, so
 * nothing is fetched and no entity is expanded; on top of that the per-context SAX hooks refuse any
 * DOCTYPE that names an external DTD and any entity declaration before libxml2 acts on it. Errors
 * are caught by a per-context structured handler: nothing is printed.
 *
 * Matching: a fact's subject and aliases are phrases of content words (function words dropped,
 * plurals folded); a phrase matches a sentence when all its words occur near each other in it. A
 * number in that sentence is compared when its unit is the fact's (or a synonym); the nearest such
 * number wins. A text fact ("Kremlin spokesman" = "Dmitry Peskov") is compared with the person
 * named in apposition to the subject ("Kremlin spokesman Dmitry Peskov", "Peskov, the Kremlin
 * spokesman").
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>

#include "internal.h"

#define PHRASE_WORDS 12
#define FACTS_MAX_BYTES (64u << 20)

typedef struct phrase {
    uint32_t words[PHRASE_WORDS];
    size_t n;
    size_t anchor; /* the longest word: the one the index is keyed on */
} phrase;

typedef struct fact {
    char *id, *subject, *unit, *text, *as_of, *source, *url;
    double value, tol;
    int numeric, tol_pct, year;
    phrase *phrases; /* the subject, then the aliases */
    size_t nphrases;
    phrase *contexts;
    size_t ncontexts;
    uint32_t *units; /* keys of the unit, its synonyms, and the <unit> alternatives */
    size_t nunits;
} fact;

struct cd_facts {
    char *name;
    fact *items;
    size_t n, cap;
};

/* ---- reading ------------------------------------------------------------------------------- */

typedef struct parse_state {
    const char *name;
    char *err;
    size_t errlen;
    int failed; /* err holds the first fault */
} parse_state;

static void fail_at(parse_state *ps, long line, const char *fmt, ...) CD_PRINTF(3, 4);

static void fail_at(parse_state *ps, long line, const char *fmt, ...)
{
    if (ps->failed) return;
    ps->failed = 1;
    if (!ps->err || !ps->errlen) return;
    int n = line > 0 ? snprintf(ps->err, ps->errlen, "%s:%ld: ", ps->name, line)
                     : snprintf(ps->err, ps->errlen, "%s: ", ps->name);
    if (n < 0 || (size_t)n >= ps->errlen) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ps->err + n, ps->errlen - (size_t)n, fmt, ap);
    va_end(ap);
}

static parse_state *state_of(void *ctx)
{
    xmlParserCtxtPtr ctxt = ctx;
    return ctxt ? ctxt->_private : NULL;
}

/* The structured error handler of this context: keeps the first error, prints nothing. */
static void on_xml_error(void *ctx, xmlErrorPtr e)
{
    parse_state *ps = state_of(e && e->ctxt ? e->ctxt : ctx);
    if (!ps || !e || e->level < XML_ERR_ERROR) return;
    char msg[256];
    snprintf(msg, sizeof msg, "%s", e->message ? e->message : "unknown error");
    msg[strcspn(msg, "\n")] = 0;
    fail_at(ps, e->line, "malformed XML: %s", msg);
}

static void refuse(void *ctx, const char *fmt, const char *a, const char *b)
{
    xmlParserCtxtPtr ctxt = ctx;
    parse_state *ps = state_of(ctx);
    if (ps) fail_at(ps, xmlSAX2GetLineNumber(ctx), fmt, a ? a : "", b ? b : "");
    xmlStopParser(ctxt);
}

static void on_doctype(void *ctx, const xmlChar *name, const xmlChar *external_id, const xmlChar *system_id)
{
    if (external_id || system_id) {
        refuse(ctx, "the DOCTYPE points at an external DTD (\"%s%s\"): refused, fact sheets are never fetched",
               (const char *)(system_id ? system_id : external_id), NULL);
        return;
    }
    xmlSAX2InternalSubset(ctx, name, external_id, system_id);
}

static void on_entity(void *ctx, const xmlChar *name, int type, const xmlChar *public_id, const xmlChar *system_id,
                      xmlChar *content)
{
    (void)type;
    (void)public_id;
    (void)content;
    if (system_id)
        refuse(ctx, "external entity '%s' (\"%s\") refused: fact sheets never load or expand entities",
               (const char *)name, (const char *)system_id);
    else
        refuse(ctx, "entity '%s' refused: fact sheets may not declare entities%s", (const char *)name, NULL);
}

static void on_unparsed_entity(void *ctx, const xmlChar *name, const xmlChar *public_id, const xmlChar *system_id,
                               const xmlChar *notation)
{
    (void)public_id;
    (void)notation;
    refuse(ctx, "external entity '%s' (\"%s\") refused: fact sheets never load or expand entities",
           (const char *)name, (const char *)system_id);
}

static xmlParserInputPtr no_resolve(void *ctx, const xmlChar *public_id, const xmlChar *system_id)
{
    (void)public_id;
    refuse(ctx, "a reference to \"%s\" refused: fact sheets are never fetched%s", (const char *)system_id, NULL);
    return NULL;
}

/* ---- the tree ------------------------------------------------------------------------------ */

static int is_el(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static char *trimmed_content(const xmlNode *n)
{
    xmlChar *c = xmlNodeGetContent(n);
    if (!c) return NULL;
    const char *s = (const char *)c;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') s++;
    size_t len = strlen(s);
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\n' || s[len - 1] == '\r')) len--;
    char *out = malloc(len + 1);
    if (out) {
        memcpy(out, s, len);
        out[len] = 0;
    }
    xmlFree(c);
    return out;
}

static char *attr(const xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v) return NULL;
    char *out = strdup((const char *)v);
    xmlFree(v);
    return out;
}

static int is_word_byte(unsigned char c)
{
    return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Splits text into content words the way the tokenizer does (letter runs, digit runs), drops
 * function words and possessive "'s", and keys each one. Returns 0 if none is left. */
static int make_phrase(const char *s, phrase *p)
{
    memset(p, 0, sizeof *p);
    size_t i = 0, n = strlen(s), longest = 0;
    while (i < n && p->n < PHRASE_WORDS) {
        unsigned char c = (unsigned char)s[i];
        size_t j = i;
        if (c >= '0' && c <= '9') {
            while (j < n && ((s[j] >= '0' && s[j] <= '9') ||
                             ((s[j] == ',' || s[j] == '.') && j + 1 < n && s[j + 1] >= '0' && s[j + 1] <= '9')))
                j++;
        } else if (is_word_byte(c)) {
            while (j < n && (is_word_byte((unsigned char)s[j]) ||
                             (s[j] == '\'' && j + 1 < n && is_word_byte((unsigned char)s[j + 1]) && s[j + 1] != 's')))
                j++;
        } else {
            i++;
            continue;
        }
        const cd_lexentry *e = cd_lex_lookup(s + i, j - i);
        if (!cd_lex_has(e, LX_CHECK_STOPWORDS)) {
            if (j - i > longest) {
                longest = j - i;
                p->anchor = p->n;
            }
            p->words[p->n++] = cd_word_key(s + i, j - i);
        }
        i = j;
        if (i + 1 < n && s[i] == '\'' && (s[i + 1] == 's' || s[i + 1] == 'S')) i += 2; /* possessive */
    }
    return p->n > 0;
}

static int push_phrase(phrase **arr, size_t *n, const phrase *p)
{
    phrase *a = realloc(*arr, (*n + 1) * sizeof *a);
    if (!a) return -1;
    a[(*n)++] = *p;
    *arr = a;
    return 0;
}

static int push_unit(fact *f, uint32_t key)
{
    for (size_t i = 0; i < f->nunits; i++)
        if (f->units[i] == key) return 0;
    uint32_t *u = realloc(f->units, (f->nunits + 1) * sizeof *u);
    if (!u) return -1;
    u[f->nunits++] = key;
    f->units = u;
    return 0;
}

/* The canonical unit of a unit word ("staff" -> "personnel", "percent" -> "%"), keyed. */
static uint32_t unit_key(const char *u, size_t n)
{
    const cd_lexrec *r = cd_lex_rec(cd_lex_lookup(u, n), LX_CHECK_UNITS);
    if (r && r->str) return cd_word_key(r->str, strlen(r->str));
    return cd_word_key(u, n);
}

static int add_unit(fact *f, const char *u)
{
    const char *sp = strrchr(u, ' '); /* "ferry terminals" is counted in terminals */
    const char *last = sp ? sp + 1 : u;
    if (push_unit(f, cd_word_key(last, strlen(last)))) return -1;
    if (push_unit(f, unit_key(u, strlen(u)))) return -1;
    return push_unit(f, unit_key(last, strlen(last)));
}

static void fact_free(fact *f)
{
    free(f->id);
    free(f->subject);
    free(f->unit);
    free(f->text);
    free(f->as_of);
    free(f->source);
    free(f->url);
    free(f->phrases);
    free(f->contexts);
    free(f->units);
}

static int parse_number(const char *s, double *out)
{
    char buf[64];
    size_t o = 0;
    for (const char *p = s; *p && o + 1 < sizeof buf; p++)
        if (*p != ',') buf[o++] = *p;
    buf[o] = 0;
    if (!o || strlen(s) >= sizeof buf) return 0;
    char *end;
    errno = 0;
    double v = strtod(buf, &end);
    if (*end || errno || !isfinite(v)) return 0;
    *out = v;
    return 1;
}

/* "YYYY-MM-DD", "YYYY-MM" or "YYYY"; returns the year, 0 if malformed. */
static int parse_as_of(const char *s)
{
    cd_date d;
    return cd_date_parse_partial(s, &d) ? d.y : 0;
}

static int parse_tolerance(parse_state *ps, const xmlNode *n, fact *f, const char *t)
{
    size_t len = strlen(t);
    char buf[64];
    snprintf(buf, sizeof buf, "%s", t);
    if (len && len < sizeof buf && buf[len - 1] == '%') {
        buf[len - 1] = 0;
        f->tol_pct = 1;
    }
    if (!parse_number(buf, &f->tol) || f->tol < 0) {
        fail_at(ps, xmlGetLineNo(n), "<fact id=\"%s\">: tolerance \"%s\" is not a number or a percentage (\"10\", \"5%%\")",
                f->id, t);
        return -1;
    }
    return 0;
}

typedef struct seen {
    int subject, value, text, as_of, source, tol;
} seen;

static int once(parse_state *ps, const xmlNode *n, const fact *f, int *count)
{
    if (++*count > 1) {
        fail_at(ps, xmlGetLineNo(n), "<fact id=\"%s\">: more than one <%s>", f->id, (const char *)n->name);
        return -1;
    }
    return 0;
}

/* One child element of <fact>; its trimmed text is t. */
static int read_child(parse_state *ps, const xmlNode *n, fact *f, seen *s, const char *t)
{
    long line = xmlGetLineNo(n);
    phrase p;
    if (is_el(n, "subject") || is_el(n, "alias") || is_el(n, "context")) {
        if (is_el(n, "subject") && once(ps, n, f, &s->subject)) return -1;
        if (!make_phrase(t, &p)) {
            fail_at(ps, line, "<fact id=\"%s\">: <%s> \"%s\" has no words to match", f->id, (const char *)n->name, t);
            return -1;
        }
        if (is_el(n, "subject") && !(f->subject = strdup(t))) return -1;
        if (is_el(n, "context")) return push_phrase(&f->contexts, &f->ncontexts, &p);
        if (is_el(n, "subject") && f->nphrases) { /* the subject goes first */
            phrase first = f->phrases[0]; /* a copy: push_phrase may move the array */
            if (push_phrase(&f->phrases, &f->nphrases, &first)) return -1;
            f->phrases[0] = p;
            return 0;
        }
        return push_phrase(&f->phrases, &f->nphrases, &p);
    }
    if (is_el(n, "value")) {
        if (once(ps, n, f, &s->value)) return -1;
        f->unit = attr(n, "unit");
        if (!f->unit || !*f->unit) {
            fail_at(ps, line, "<fact id=\"%s\">: <value> needs a unit attribute (unit=\"personnel\", unit=\"%%\", unit=\"USD\")", f->id);
            return -1;
        }
        if (!parse_number(t, &f->value)) {
            fail_at(ps, line, "<fact id=\"%s\">: <value> \"%s\" is not a number", f->id, t);
            return -1;
        }
        f->numeric = 1;
        return add_unit(f, f->unit);
    }
    if (is_el(n, "unit")) return *t ? add_unit(f, t) : 0;
    if (is_el(n, "text")) {
        if (once(ps, n, f, &s->text)) return -1;
        if (!*t) {
            fail_at(ps, line, "<fact id=\"%s\">: <text> is empty", f->id);
            return -1;
        }
        return (f->text = strdup(t)) ? 0 : -1;
    }
    if (is_el(n, "tolerance")) return once(ps, n, f, &s->tol) ? -1 : parse_tolerance(ps, n, f, t);
    if (is_el(n, "as-of")) {
        if (once(ps, n, f, &s->as_of)) return -1;
        if (!(f->year = parse_as_of(t))) {
            fail_at(ps, line, "<fact id=\"%s\">: <as-of> \"%s\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", f->id, t);
            return -1;
        }
        return (f->as_of = strdup(t)) ? 0 : -1;
    }
    if (is_el(n, "source")) {
        if (once(ps, n, f, &s->source)) return -1;
        f->url = attr(n, "url");
        return (f->source = strdup(t)) ? 0 : -1;
    }
    if (is_el(n, "note")) return 0;
    fail_at(ps, line, "<fact id=\"%s\">: unknown element <%s>", f->id, (const char *)n->name);
    return -1;
}

static int check_complete(parse_state *ps, const xmlNode *n, const fact *f, const seen *s)
{
    long line = xmlGetLineNo(n);
    if (!s->subject) fail_at(ps, line, "<fact id=\"%s\">: no <subject>", f->id);
    else if (s->value + s->text != 1) fail_at(ps, line, "<fact id=\"%s\">: needs one <value> or one <text>", f->id);
    else if (!s->as_of) fail_at(ps, line, "<fact id=\"%s\">: no <as-of> date", f->id);
    else if (!s->source || !f->source || !*f->source) fail_at(ps, line, "<fact id=\"%s\">: no <source>", f->id);
    else if (s->tol && !f->numeric) fail_at(ps, line, "<fact id=\"%s\">: <tolerance> needs a <value>", f->id);
    return ps->failed ? -1 : 0;
}

static int non_blank(const xmlNode *n)
{
    if (n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE) return 0;
    for (const xmlChar *c = n->content; c && *c; c++)
        if (*c != ' ' && *c != '\t' && *c != '\n' && *c != '\r') return 1;
    return 0;
}

static int is_xinclude(const xmlNode *n)
{
    return n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
           strstr((const char *)n->ns->href, "XInclude") != NULL;
}

static int read_fact(parse_state *ps, const xmlNode *node, cd_facts *fs)
{
    fact f;
    memset(&f, 0, sizeof f);
    seen s = {0, 0, 0, 0, 0, 0};
    f.id = attr(node, "id");
    int rc = 0;
    if (!f.id || !*f.id) {
        fail_at(ps, xmlGetLineNo(node), "<fact> without an id attribute");
        rc = -1;
    }
    for (size_t i = 0; rc == 0 && i < fs->n; i++)
        if (strcmp(fs->items[i].id, f.id) == 0) {
            fail_at(ps, xmlGetLineNo(node), "duplicate fact id \"%s\"", f.id);
            rc = -1;
        }
    for (const xmlNode *c = node->children; rc == 0 && c; c = c->next) {
        if (is_xinclude(c)) {
            fail_at(ps, xmlGetLineNo(c), "XInclude refused: fact sheets are never fetched");
            rc = -1;
        } else if (c->type == XML_ELEMENT_NODE) {
            char *t = trimmed_content(c);
            rc = t ? read_child(ps, c, &f, &s, t) : -1;
            free(t);
        } else if (non_blank(c)) {
            fail_at(ps, xmlGetLineNo(c), "<fact id=\"%s\">: text outside an element", f.id);
            rc = -1;
        }
    }
    if (rc == 0) rc = check_complete(ps, node, &f, &s);
    if (rc == 0 && fs->n == fs->cap) {
        size_t cap = fs->cap ? fs->cap * 2 : 16;
        fact *items = realloc(fs->items, cap * sizeof *items);
        if (!items) rc = -1;
        else fs->items = items, fs->cap = cap;
    }
    if (rc) {
        if (!ps->failed) fail_at(ps, 0, "out of memory");
        fact_free(&f);
        return -1;
    }
    fs->items[fs->n++] = f;
    return 0;
}

static int read_sheet(parse_state *ps, xmlDocPtr doc, cd_facts *fs)
{
    const xmlNode *root = xmlDocGetRootElement(doc);
    if (!root || !is_el(root, "factsheet")) {
        fail_at(ps, root ? xmlGetLineNo(root) : 0, "the root element must be <factsheet>, not <%s>",
                root ? (const char *)root->name : "nothing");
        return -1;
    }
    for (const xmlNode *c = root->children; c; c = c->next) {
        if (is_xinclude(c)) {
            fail_at(ps, xmlGetLineNo(c), "XInclude refused: fact sheets are never fetched");
            return -1;
        }
        if (is_el(c, "fact")) {
            if (read_fact(ps, c, fs)) return -1;
        } else if (c->type == XML_ELEMENT_NODE) {
            fail_at(ps, xmlGetLineNo(c), "unknown element <%s> (a <factsheet> holds <fact> elements)", (const char *)c->name);
            return -1;
        } else if (non_blank(c)) {
            fail_at(ps, xmlGetLineNo(c), "text outside a <fact>");
            return -1;
        }
    }
    return 0;
}

/* Parses with a context of our own: its SAX hooks refuse external DTDs and entities, its error
 * handler records instead of printing. */
static xmlDocPtr parse_xml(parse_state *ps, const char *xml, size_t len)
{
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        fail_at(ps, 0, "out of memory");
        return NULL;
    }
    ctxt->_private = ps;
    ctxt->sax->serror = on_xml_error;
    ctxt->sax->internalSubset = on_doctype;
    ctxt->sax->externalSubset = NULL;
    ctxt->sax->entityDecl = on_entity;
    ctxt->sax->unparsedEntityDecl = on_unparsed_entity;
    ctxt->sax->resolveEntity = no_resolve;
    ctxt->vctxt.error = NULL;
    ctxt->vctxt.warning = NULL;
    int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, xml, (int)len, NULL, NULL, options);
    if (!ps->failed && (!doc || !ctxt->wellFormed)) {
        const xmlError *e = xmlCtxtGetLastError(ctxt);
        fail_at(ps, e ? e->line : 0, "malformed XML: %s", e && e->message ? e->message : "cannot be parsed");
        if (ps->err) ps->err[strcspn(ps->err, "\n")] = 0;
    }
    xmlFreeParserCtxt(ctxt);
    if (ps->failed && doc) {
        xmlFreeDoc(doc);
        doc = NULL;
    }
    return doc;
}

cd_status cd_facts_load_memory(const char *xml, size_t len, const char *name, cd_facts **out, char *err,
                               size_t errlen)
{
    parse_state ps = {name ? name : "fact sheet", err, errlen, 0};
    if (!out || (!xml && len)) {
        fail_at(&ps, 0, "cd_facts_load_memory: NULL argument");
        return CD_ERR_ARG;
    }
    *out = NULL;
    if (len > FACTS_MAX_BYTES || len > INT_MAX) {
        fail_at(&ps, 0, "too large for a fact sheet (over %u MB)", FACTS_MAX_BYTES >> 20);
        return CD_ERR_TOO_LARGE;
    }
    if (len == 0) {
        fail_at(&ps, 0, "empty: a fact sheet is an XML <factsheet>");
        return CD_ERR_PARSE;
    }
    xmlDocPtr doc = parse_xml(&ps, xml, len);
    if (!doc) return CD_ERR_PARSE;
    cd_facts *fs = calloc(1, sizeof *fs);
    if (!fs || !(fs->name = strdup(ps.name)) || read_sheet(&ps, doc, fs)) {
        int oom = !ps.failed;
        if (oom) fail_at(&ps, 0, "out of memory");
        xmlFreeDoc(doc);
        cd_facts_free(fs);
        return oom ? CD_ERR_NOMEM : CD_ERR_PARSE;
    }
    xmlFreeDoc(doc);
    *out = fs;
    return CD_OK;
}

cd_status cd_facts_load_file(const char *path, cd_facts **out, char *err, size_t errlen)
{
    parse_state ps = {path ? path : "fact sheet", err, errlen, 0};
    if (!path || !out) {
        fail_at(&ps, 0, "cd_facts_load_file: NULL argument");
        return CD_ERR_ARG;
    }
    *out = NULL;
    if (strstr(path, "://")) {
        fail_at(&ps, 0, "a URL: refused, fact sheets are read from local files and never fetched");
        return CD_ERR_ARG;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        fail_at(&ps, 0, "cannot read: %s", strerror(errno));
        return CD_ERR_IO;
    }
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    cd_status st = CD_OK;
    while (buf) {
        if (len == cap) {
            if (cap > FACTS_MAX_BYTES) {
                st = CD_ERR_TOO_LARGE;
                break;
            }
            char *b = realloc(buf, cap * 2);
            if (!b) break;
            buf = b;
            cap *= 2;
        }
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0) break;
    }
    int io = ferror(f);
    fclose(f);
    if (!buf || (st == CD_OK && len == cap)) {
        free(buf);
        fail_at(&ps, 0, "out of memory");
        return CD_ERR_NOMEM;
    }
    if (st == CD_ERR_TOO_LARGE || io) {
        free(buf);
        fail_at(&ps, 0, io ? "cannot read: input error" : "too large for a fact sheet (over %u MB)", FACTS_MAX_BYTES >> 20);
        return io ? CD_ERR_IO : CD_ERR_TOO_LARGE;
    }
    st = cd_facts_load_memory(buf, len, path, out, err, errlen);
    free(buf);
    return st;
}

size_t cd_facts_count(const cd_facts *facts)
{
    return facts ? facts->n : 0;
}

void cd_facts_free(cd_facts *facts)
{
    if (!facts) return;
    for (size_t i = 0; i < facts->n; i++) fact_free(&facts->items[i]);
    free(facts->items);
    free(facts->name);
    free(facts);
}

/* ---- matching a story against the sheets --------------------------------------------------- */

#define WINDOW 30 /* a phrase's words lie within this many tokens of its anchor word */

typedef struct slot {
    uint32_t key;
    const fact *f;
    const phrase *p;
} slot;

typedef struct matcher {
    cd_doc *doc;
    uint32_t *keys; /* cd_tok_key of every token (0 for punctuation) */
    slot *slots;    /* open addressing on the anchor word's key */
    size_t nslots;
    cd_numrole *roles;
    unsigned char *acted; /* per number: counts what an event acts on ("close two terminals") */
} matcher;

static int build_index(matcher *m, const cd_options *opt)
{
    size_t total = 0;
    for (size_t s = 0; s < opt->nfacts; s++)
        for (size_t i = 0; opt->facts[s] && i < opt->facts[s]->n; i++) total += opt->facts[s]->items[i].nphrases;
    m->nslots = 16;
    while (m->nslots < total * 2 + 1) m->nslots *= 2;
    m->slots = calloc(m->nslots, sizeof *m->slots);
    if (!m->slots) return -1;
    for (size_t s = 0; s < opt->nfacts; s++)
        for (size_t i = 0; opt->facts[s] && i < opt->facts[s]->n; i++) {
            const fact *f = &opt->facts[s]->items[i];
            for (size_t k = 0; k < f->nphrases; k++) {
                uint32_t key = f->phrases[k].words[f->phrases[k].anchor];
                size_t at = key & (m->nslots - 1);
                while (m->slots[at].f) at = (at + 1) & (m->nslots - 1);
                m->slots[at] = (slot){key, f, &f->phrases[k]};
            }
        }
    return 0;
}

/* Where phrase p lies around its anchor at token a (within sentence [lo, hi)): every word must
 * occur within WINDOW tokens; writes the first and last token used. */
static int phrase_at(const matcher *m, const phrase *p, size_t a, size_t lo, size_t hi, size_t *first, size_t *last)
{
    size_t from = a > lo + WINDOW ? a - WINDOW : lo, to = a + WINDOW < hi ? a + WINDOW : hi;
    *first = *last = a;
    for (size_t w = 0; w < p->n; w++) {
        if (w == p->anchor) continue;
        size_t best = SIZE_MAX, dist = SIZE_MAX;
        for (size_t k = from; k < to; k++) {
            size_t d = k > a ? k - a : a - k;
            if (m->keys[k] == p->words[w] && d < dist) best = k, dist = d;
        }
        if (best == SIZE_MAX) return 0;
        if (best < *first) *first = best;
        if (best > *last) *last = best;
    }
    return 1;
}

static int context_ok(const matcher *m, const fact *f, size_t lo, size_t hi)
{
    if (!f->ncontexts) return 1;
    for (size_t c = 0; c < f->ncontexts; c++)
        for (size_t k = lo; k < hi; k++) {
            size_t a, b;
            if (m->keys[k] == f->contexts[c].words[f->contexts[c].anchor] && phrase_at(m, &f->contexts[c], k, lo, hi, &a, &b))
                return 1;
        }
    return 0;
}

static int has_unit(const fact *f, uint32_t key)
{
    for (size_t i = 0; i < f->nunits; i++)
        if (f->units[i] == key) return 1;
    return 0;
}

static int unit_word_ok(const fact *f, const char *u)
{
    if (!u) return 0;
    const char *sp = strrchr(u, ' ');
    const char *last = sp ? sp + 1 : u;
    return has_unit(f, cd_word_key(last, strlen(last))) || has_unit(f, unit_key(u, strlen(u))) ||
           has_unit(f, unit_key(last, strlen(last)));
}

/* Is number j counted in the fact's unit? Its own unit, the unit of the change it ends ("from
 * 1,200 personnel to 450"), or a unit word right after it. */
static int unit_matches(const matcher *m, const fact *f, size_t j)
{
    const cd_doc *doc = m->doc;
    const cd_number *n = &doc->nums[j];
    int pct_fact = has_unit(f, cd_word_key("%", 1));
    if ((n->kind == CD_NUM_PERCENT) != pct_fact) return 0;
    if (pct_fact) return 1;
    if (unit_word_ok(f, n->unit)) return 1;
    if (m->roles && (m->roles[j].role & CD_ROLE_TO) && !n->unit && m->roles[j].partner < doc->n_nums &&
        unit_word_ok(f, doc->nums[m->roles[j].partner].unit))
        return 1;
    if (n->kind == CD_NUM_MONEY) return 0;
    size_t first, count;
    cd_number_tokens(doc, j, &first, &count);
    for (size_t k = first + count; k < first + count + 3 && k < doc->n_toks; k++) {
        if (doc->toks[k].type == TOK_PUNCT) break;
        const cd_token *t = &doc->toks[k];
        if (has_unit(f, m->keys[k]) || has_unit(f, unit_key(doc->text + t->start, t->len))) return 1;
    }
    return 0;
}

/* A number that says something else than the fact's current value: a past value or a change
 * ("from 1,200", "by 300"), a part ("two of the five"), a figure for another year ("in 2019"). */
static int other_role(const matcher *m, const fact *f, size_t j)
{
    const cd_doc *doc = m->doc;
    const cd_number *n = &doc->nums[j];
    if (n->kind == CD_NUM_ORDINAL || n->kind == CD_NUM_PERCENT_POINTS) return 1;
    if (m->roles && (m->roles[j].role & (CD_ROLE_FROM | CD_ROLE_BY))) return 1;
    if (m->acted && m->acted[j] && n->kind != CD_NUM_MONEY) return 1;
    size_t first, count;
    cd_number_tokens(doc, j, &first, &count);
    size_t after = first + count;
    if (after < doc->n_toks && cd_tok_is(doc, after, "of")) return 1;
    for (size_t k = after; k + 1 < doc->n_toks && k < after + 3; k++) {
        if (!cd_tok_is(doc, k, "in") || doc->toks[k + 1].type != TOK_NUM) continue;
        const cd_token *y = &doc->toks[k + 1];
        long year = y->len == 4 ? strtol(doc->text + y->start, NULL, 10) : 0;
        if (year >= 1800 && year <= 2200 && year != f->year) return 1;
    }
    return 0;
}

static void describe(char *buf, size_t cap, const fact *f)
{
    char v[32], tol[48] = "";
    if (f->numeric) {
        cd_format_value(f->value, v, sizeof v);
        if (f->tol > 0) {
            char t[32];
            cd_format_value(f->tol, t, sizeof t);
            snprintf(tol, sizeof tol, " (+/- %s%s)", t, f->tol_pct ? "%" : "");
        }
        snprintf(buf, cap, "%s: %s%s%s%s as of %s (%s%s%s) [fact %s]", f->subject, v, strcmp(f->unit, "%") ? " " : "",
                 f->unit, tol, f->as_of, f->source, f->url ? ", " : "", f->url ? f->url : "", f->id);
    } else {
        snprintf(buf, cap, "%s: %s as of %s (%s%s%s) [fact %s]", f->subject, f->text, f->as_of, f->source,
                 f->url ? ", " : "", f->url ? f->url : "", f->id);
    }
}

static void report(matcher *m, const fact *f, cd_span at, cd_span subject, int agrees)
{
    char what[640];
    describe(what, sizeof what, f);
    int len = (int)cd_utf8_cut(m->doc->text + at.tstart, at.tstop - at.tstart, 80);
    cd_finding *fd = agrees ? cd_add_finding(m->doc, "fact-match", CD_SEV_INFO, at, "\"%.*s\" agrees with the fact sheet: %s",
                                             len, m->doc->text + at.tstart, what)
                            : cd_add_finding(m->doc, "fact-mismatch", CD_SEV_ERROR, at,
                                             "\"%.*s\" disagrees with the fact sheet: %s", len, m->doc->text + at.tstart, what);
    cd_finding_relate(m->doc, fd, subject);
}

/* Is one of the number's tokens a word of the subject ("9" in "Pier 9")? */
static int in_subject(const matcher *m, const phrase *p, size_t nf, size_t nc, size_t pf, size_t pl)
{
    for (size_t k = nf; k < nf + nc; k++) {
        if (k < pf || k > pl) continue;
        for (size_t w = 0; w < p->n; w++)
            if (m->keys[k] == p->words[w]) return 1;
    }
    return 0;
}

static void check_number(matcher *m, const fact *f, const phrase *p, size_t s, size_t pf, size_t pl)
{
    cd_doc *doc = m->doc;
    size_t end, first = cd_sentence_numbers(doc, s, &end), best = SIZE_MAX, dist = SIZE_MAX;
    for (size_t j = first; j < end; j++) {
        size_t nf, nc;
        cd_number_tokens(doc, j, &nf, &nc);
        if (!nc || in_subject(m, p, nf, nc, pf, pl)) continue;
        if (other_role(m, f, j) || !unit_matches(m, f, j)) continue;
        size_t d = nf > pl ? nf - pl : nf + nc <= pf ? pf - (nf + nc - 1) : 0;
        if (d < dist) best = j, dist = d;
    }
    if (best == SIZE_MAX) return;
    double w = f->tol_pct ? fabs(f->value) * f->tol / 100 : f->tol;
    cd_interval want = {f->value - w, f->value + w}, said = cd_number_interval(doc, best);
    int agrees = !(said.hi < want.lo || said.lo > want.hi);
    report(m, f, cd_number_stated_span(doc, best), cd_tokspan(doc, pf, pl), agrees);
}

/* First and last word of a name. */
static void name_ends(const char *s, const char **fw, size_t *fl, const char **lw, size_t *ll, int *words)
{
    *words = 0;
    *fw = *lw = s;
    *fl = *ll = 0;
    for (const char *p = s; *p;) {
        while (*p == ' ') p++;
        const char *e = p;
        while (*e && *e != ' ') e++;
        if (e > p) {
            if (!*words) *fw = p, *fl = (size_t)(e - p);
            *lw = p;
            *ll = (size_t)(e - p);
            ++*words;
        }
        p = e;
    }
}

/* Same person: same last word, and the same first word unless one of them is a surname alone. */
static int same_name(const char *a, const char *b)
{
    const char *af, *al, *bf, *bl;
    size_t afl, all, bfl, bll;
    int an, bn;
    name_ends(a, &af, &afl, &al, &all, &an);
    name_ends(b, &bf, &bfl, &bl, &bll, &bn);
    if (!an || !bn || !cd_word_eq(al, all, bl, bll)) return 0;
    return an == 1 || bn == 1 || cd_word_eq(af, afl, bf, bfl);
}

/* The person or body in apposition to the subject at tokens [pf, pl]: right after it ("Kremlin
 * spokesman Dmitry Peskov", "the mayor, Elena Ruiz") or right before it with a comma ("Peskov,
 * the Kremlin spokesman"). */
static const cd_entity *appositive(const cd_doc *doc, size_t pf, size_t pl, size_t lo, size_t hi)
{
    if (doc->n_einfo != doc->n_ents) return NULL;
    size_t a = 0, b = doc->n_ents;
    while (a < b) { /* the first entity that ends inside the sentence */
        size_t mid = a + (b - a) / 2;
        if (cd_range_stop(&doc->einfo[mid]) <= lo) a = mid + 1;
        else b = mid;
    }
    for (size_t e = a; e < doc->n_ents && doc->einfo[e].tok_first < hi; e++) {
        const cd_entity *en = &doc->ents[e];
        if (!en->type || !en->name || strcmp(en->type, "place") == 0) continue;
        size_t ef = doc->einfo[e].tok_first, el = ef + doc->einfo[e].tok_count - 1;
        if (ef >= pf && el <= pl) continue; /* a name inside the subject: "Port Alden director" */
        if (ef >= pf && ef <= pl + 1) return en;
        if (ef == pl + 2 && cd_tok_is_punct(doc, pl + 1, ',')) return en;
        if (el < pf && pf - el <= 3 && cd_tok_is_punct(doc, el + 1, ',')) {
            int ok = 1;
            for (size_t k = el + 2; k < pf; k++) ok &= doc->toks[k].type == TOK_WORD && cd_lex_has(cd_tok_entry(&doc->toks[k]), LX_CHECK_STOPWORDS);
            if (ok) return en;
        }
    }
    return NULL;
}

/* Is key a word of one of the fact's subject phrases? */
static int fact_word(const fact *f, uint32_t key)
{
    for (size_t p = 0; p < f->nphrases; p++)
        for (size_t w = 0; w < f->phrases[p].n; w++)
            if (f->phrases[p].words[w] == key) return 1;
    return 0;
}

static void check_text(matcher *m, const fact *f, size_t pf, size_t pl, size_t lo, size_t hi)
{
    /* "Deputy Mayor Nicky Gavron", "former spokesman ...": another office than the fact's */
    for (size_t k = pf > lo ? pf - 1 : pf; k <= pl; k++) {
        const cd_lexrec *mod = cd_tok_rec(m->doc, k, LX_ENT_TITLES);
        if (mod && mod->num == 0 && !fact_word(f, m->keys[k])) return;
    }
    /* "London mayor Ken Livingstone", "London's Labour mayor": a place outside the subject's words
     * names another office */
    for (size_t k = pf > lo + 3 ? pf - 3 : lo; k < pf; k++) {
        const cd_entity *e = cd_entity_at(m->doc, k);
        if (e && e->type && strcmp(e->type, "place") == 0 && !fact_word(f, m->keys[k])) return;
    }
    const cd_entity *en = appositive(m->doc, pf, pl, lo, hi);
    if (!en) return;
    report(m, f, en->span, cd_tokspan(m->doc, pf, pl), same_name(en->name, f->text));
}

#define MATCHES_MAX 32 /* facts matched in one sentence */

typedef struct match {
    const fact *f;
    const phrase *p;
    size_t pf, pl; /* the tokens the phrase spans */
} match;

/* Notes that phrase p of fact f matched at [pf, pl]; of a fact's matches the tightest wins. */
static size_t note_match(match *ms, size_t n, const slot *sl, size_t pf, size_t pl)
{
    for (size_t i = 0; i < n; i++)
        if (ms[i].f == sl->f) {
            if (pl - pf < ms[i].pl - ms[i].pf) ms[i] = (match){sl->f, sl->p, pf, pl};
            return n;
        }
    if (n == MATCHES_MAX) return n;
    ms[n] = (match){sl->f, sl->p, pf, pl};
    return n + 1;
}

static void check_sentence(matcher *m, size_t s)
{
    cd_doc *doc = m->doc;
    size_t lo = doc->sinfo[s].tok_first, hi = lo + doc->sinfo[s].tok_count;
    match ms[MATCHES_MAX];
    size_t n = 0;
    for (size_t k = lo; k < hi && k < doc->n_toks; k++) {
        if (!m->keys[k]) continue;
        for (size_t at = m->keys[k] & (m->nslots - 1); m->slots[at].f; at = (at + 1) & (m->nslots - 1)) {
            const slot *sl = &m->slots[at];
            size_t pf, pl;
            if (sl->key == m->keys[k] && phrase_at(m, sl->p, k, lo, hi, &pf, &pl)) n = note_match(ms, n, sl, pf, pl);
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (!context_ok(m, ms[i].f, lo, hi)) continue;
        if (ms[i].f->numeric) check_number(m, ms[i].f, ms[i].p, s, ms[i].pf, ms[i].pl);
        else check_text(m, ms[i].f, ms[i].pf, ms[i].pl, lo, hi);
    }
}

/* After "of" in an event's span: the whole of a partitive ("five" in "close two of the city's
 * five terminals"), which the event does not act on. Scans back within the span only. */
static int after_of(const cd_doc *doc, const cd_claim *c, size_t num)
{
    for (size_t t = doc->n_ninfo == doc->n_nums ? doc->ninfo[num].tok_first : 0; t > 0; t--) {
        if (doc->toks[t - 1].start < c->span.tstart) break;
        if (cd_tok_is(doc, t - 1, "of")) return 1;
    }
    return 0;
}

/* Marks the numbers inside event claims after the verb: "close two ferry terminals" counts the
 * terminals closed, not the terminals there are. */
static unsigned char *acted_numbers(cd_doc *doc)
{
    unsigned char *acted = calloc(doc->n_nums + 1, 1);
    if (!acted) return NULL;
    for (size_t i = 0; i < doc->n_claims; i++) {
        const cd_claim *c = &doc->claims[i];
        if (c->kind != CD_CLAIM_EVENT) continue;
        size_t lo = 0, hi = doc->n_nums;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (doc->nums[mid].span.tstart <= c->span.tstart) lo = mid + 1;
            else hi = mid;
        }
        for (; lo < doc->n_nums && doc->nums[lo].span.tstart < c->span.tstop; lo++)
            if (!after_of(doc, c, lo)) acted[lo] = 1;
    }
    return acted;
}

void cd_check_facts(cd_doc *doc)
{
    const cd_options *opt = doc->opt;
    if (!opt || !opt->facts || !opt->nfacts || !doc->n_toks) return;
    matcher m = {doc, NULL, NULL, 0, NULL, NULL};
    m.keys = malloc(doc->n_toks * sizeof *m.keys);
    if (!m.keys || build_index(&m, opt)) {
        doc->oom = 1;
        free(m.keys);
        free(m.slots);
        return;
    }
    for (size_t k = 0; k < doc->n_toks; k++)
        m.keys[k] = doc->toks[k].type == TOK_PUNCT ? 0 : cd_tok_key(doc, k);
    m.roles = cd_number_roles(doc);
    m.acted = acted_numbers(doc);
    if (!m.acted) doc->oom = 1;
    else if (!doc->n_nums || m.roles)
        for (size_t s = 0; s < doc->n_sents && s < doc->n_sinfo; s++) check_sentence(&m, s);
    free(m.acted);
    free(m.roles);
    free(m.keys);
    free(m.slots);
}
