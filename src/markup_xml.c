/*
 * XML input through libxml2's SAX2 parser, safely: no network, no DTD loading, and no entity is
 * ever declared to the parser (the handler has no entityDecl/getEntity), so no entity can expand —
 * a billion-laughs document or an external entity only yields an "undefined entity" error, which
 * becomes a finding. Offsets come from the decoded stream (markup_tree.c).
 *
 * IPTC NITF: the headline (hedline), the byline and body.content. NewsML-G2: each item's headline
 * and its inlineXML (an NITF or XHTML body) or inlineData; the description only when no item has a
 * body. Anything else: the text of every element. Dates: NITF <date.issue norm=...>, NewsML-G2
 * <contentCreated>, <firstCreated>, <versionCreated>.
 */
#include <limits.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "markup_tree.h"

enum { DOC_GENERIC, DOC_NITF, DOC_G2 };

/* Roles of elements (mk_node.tag). */
enum { R_OTHER, R_DESCRIPTION, R_HEADLINE, R_DATE, R_BR, R_PRE };

enum {
    X_NITF = MK_READER << 0, /* inside an NITF document (at its root or in a G2 inlineXML) */
    X_BODY = MK_READER << 1  /* kept as body text (not a headline or description) */
};

typedef struct xstate {
    mk_tree tree;
    int kind; /* DOC_* of the root */
    int depth;
    mk_date_pick date;
    int date_rank;   /* the open date element's rank */
    char datebuf[64];
    size_t datelen;
    mk_errors errors;
} xstate;

static int is(const xmlChar *name, const char *s)
{
    return strcmp((const char *)name, s) == 0;
}

static const char *attr(int nb, const xmlChar **attributes, const char *name, size_t *len)
{
    for (int i = 0; i < nb; i++) {
        const xmlChar **a = attributes + 5 * i; /* localname, prefix, URI, value, end */
        if (is(a[0], name)) {
            *len = (size_t)(a[4] - a[3]);
            return (const char *)a[3];
        }
    }
    return NULL;
}

/* Elements whose text is never story text. */
static int excluded(const xmlChar *name)
{
    static const char *const names[] = {"head", "docdata", "media-reference", "media-metadata", "media-object",
                                        "body.end", "script", "style", "rightsInfo", "itemMeta", "catalogRef"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (is(name, names[i])) return 1;
    return 0;
}

static int g2_root(const xmlChar *name)
{
    static const char *const names[] = {"newsMessage", "newsItem", "packageItem", "knowledgeItem",
                                        "conceptItem", "planningItem", "contentSet"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (is(name, names[i])) return 1;
    return 0;
}

static int date_rank(const xmlChar *name)
{
    if (is(name, "contentCreated")) return 4;
    if (is(name, "firstCreated")) return 3;
    if (is(name, "versionCreated")) return 2;
    return 0;
}

/* Whether the element's text is kept, given its parent's. */
static uint32_t keep_flags(xstate *x, const xmlChar *name, const mk_node *parent, int *role)
{
    uint32_t pf = parent ? parent->flags : 0, f = pf & (X_NITF | MK_KEEP | X_BODY);
    if (excluded(name)) return f & X_NITF;
    if (x->kind == DOC_GENERIC) return MK_KEEP | X_BODY;
    if (is(name, "nitf")) return X_NITF;
    if (f & X_NITF) {
        if (is(name, "hedline")) return X_NITF | MK_KEEP;
        if (is(name, "byline") || is(name, "body.content")) return X_NITF | MK_KEEP | X_BODY;
        return f;
    }
    if (is(name, "headline")) {
        *role = R_HEADLINE;
        return MK_KEEP;
    }
    if (is(name, "description")) {
        *role = R_DESCRIPTION;
        return 0; /* kept afterwards if no item has a body */
    }
    if (is(name, "inlineXML") || is(name, "inlineData")) {
        if (is(name, "inlineData")) *role = R_PRE;
        return MK_KEEP | X_BODY;
    }
    return f;
}

static void on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *URI,
                     int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
                     const xmlChar **attributes)
{
    (void)prefix, (void)URI, (void)nb_namespaces, (void)namespaces, (void)nb_defaulted;
    xstate *x = ctx;
    if (x->depth++ == 0) x->kind = is(localname, "nitf") ? DOC_NITF : g2_root(localname) ? DOC_G2 : DOC_GENERIC;
    mk_tree *t = &x->tree;
    const mk_node *parent = t->cur != MK_NONE ? &t->nodes[t->cur] : NULL;
    int role = R_OTHER;
    uint32_t f = keep_flags(x, localname, parent, &role);
    if (is(localname, "br")) role = R_BR;
    if (is(localname, "pre")) role = R_PRE;
    uint32_t id = mk_tree_open(t, role);
    if (t->oom || id == MK_NONE) return;
    mk_node *nd = &t->nodes[id];
    nd->flags |= f | (role == R_BR ? MK_LINEBREAK : 0) | (role == R_PRE ? MK_PRE : 0);
    size_t len = 0;
    const char *v;
    if (is(localname, "date.issue") && (v = attr(nb_attributes, attributes, "norm", &len))) mk_pick_date(&x->date, v, len, 3);
    if (is(localname, "date.release") && (v = attr(nb_attributes, attributes, "norm", &len))) mk_pick_date(&x->date, v, len, 2);
    x->date_rank = date_rank(localname);
    x->datelen = 0;
}

static void on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *URI)
{
    (void)localname, (void)prefix, (void)URI;
    xstate *x = ctx;
    x->depth--;
    if (x->date_rank) mk_pick_date(&x->date, x->datebuf, x->datelen, x->date_rank);
    x->date_rank = 0;
    mk_tree_close(&x->tree);
}

static void on_chars(void *ctx, const xmlChar *ch, int len)
{
    xstate *x = ctx;
    if (len <= 0) return;
    if (x->date_rank) {
        size_t n = (size_t)len < sizeof x->datebuf - x->datelen ? (size_t)len : sizeof x->datebuf - x->datelen;
        memcpy(x->datebuf + x->datelen, ch, n);
        x->datelen += n;
    }
    mk_tree_text(&x->tree, (const char *)ch, (size_t)len);
}

static void on_comment(void *ctx, const xmlChar *value)
{
    xstate *x = ctx;
    if (value) mk_tree_comment(&x->tree, (const char *)value, strlen((const char *)value));
}

static void on_error(void *ctx, xmlErrorPtr e)
{
    xstate *x = ctx;
    if (!e || e->level < XML_ERR_ERROR) return;
    mk_errors_note(&x->errors, e->message, e->line, "XML error");
}

static int parse(xstate *x, const char *src, size_t n)
{
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(n ? src : " ", n ? (int)n : 1);
    if (!ctxt) return -1;
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_chars;
    sax.ignorableWhitespace = on_chars;
    sax.cdataBlock = on_chars;
    sax.comment = on_comment;
    sax.serror = on_error;
    /* no internalSubset, entityDecl, getEntity, resolveEntity: entities are never declared */
    memcpy(ctxt->sax, &sax, sizeof sax);
    ctxt->userData = x;
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_RECOVER);
    xmlParseDocument(ctxt);
    if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = NULL;
    xmlFreeParserCtxt(ctxt);
    return 0;
}

/* Blocks: an element is inline when its parent has text of its own (mixed content). */
static void finish_tree(mk_tree *t)
{
    mk_tree_rollup(t, 0);
    size_t body = 0;
    for (size_t i = 0; i < t->n_nodes; i++) {
        mk_node *nd = &t->nodes[i];
        if (nd->parent == MK_NONE || !(t->nodes[nd->parent].flags & MK_OWN_TEXT)) nd->flags |= MK_BLOCK;
        if (nd->tag == R_BR) nd->flags &= ~(uint32_t)MK_BLOCK;
        if ((nd->flags & (MK_KEEP | X_BODY)) == (MK_KEEP | X_BODY)) body += nd->chars;
    }
    if (body) return;
    for (size_t i = 0; i < t->n_nodes; i++) { /* no story body anywhere: the descriptions stand in */
        mk_node *nd = &t->nodes[i];
        if (nd->tag == R_DESCRIPTION || (nd->parent != MK_NONE && (t->nodes[nd->parent].flags & MK_KEEP) &&
                                         !(nd->flags & MK_KEEP) && t->nodes[nd->parent].tag == R_DESCRIPTION))
            nd->flags |= MK_KEEP;
    }
}

cd_status cd_markup_xml(cd_doc *doc, char *err, size_t errlen)
{
    if (doc->src_len > INT_MAX) {
        snprintf(err, errlen, "XML input over 2 GB");
        return CD_ERR_TOO_LARGE;
    }
    xstate x;
    memset(&x, 0, sizeof x);
    x.tree.cur = MK_NONE;
    mk_scan(doc->src, doc->src_len, 0, !mk_valid_utf8(doc->src, doc->src_len), &x.tree.S);
    cd_status st = CD_OK;
    if (parse(&x, doc->src, doc->src_len) || x.tree.oom || x.tree.S.oom) {
        st = CD_ERR_NOMEM;
        snprintf(err, errlen, "out of memory");
    } else if (x.tree.n_nodes == 0) {
        st = CD_ERR_PARSE;
        snprintf(err, errlen, "not XML: line %d: %s", x.errors.first_line, x.errors.count ? x.errors.first : "no element");
    } else {
        finish_tree(&x.tree);
        if (mk_tree_emit(&x.tree, doc)) {
            st = CD_ERR_NOMEM;
            snprintf(err, errlen, "out of memory");
        }
    }
    mk_tree_free(&x.tree);
    if (st != CD_OK) return st;
    if (x.date.rank) doc->date = x.date.date;
    if (x.errors.count)
        cd_add_finding(doc, "markup", CD_SEV_WARNING, cd_tspan(doc->text_len, doc->text_len),
                       "XML not well-formed (%zu error%s), read as far as possible; the first, line %d: %s",
                       x.errors.count, x.errors.count == 1 ? "" : "s", x.errors.first_line, x.errors.first);
    return CD_OK;
}
