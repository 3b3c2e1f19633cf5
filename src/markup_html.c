/*
 * HTML input: libxml2's HTML parser (SAX, no network, errors kept quiet) gives the element tree;
 * the decoded stream of markup_tree.c gives exact offsets. The article body is chosen the way
 * readability-style extractors do: page chrome (by tag, by class and id words, hidden elements) is
 * left out, paragraphs score their ancestors by length and commas, the best-scoring container wins
 * together with its siblings that score well, and link-heavy or image-heavy blocks inside it are
 * cleaned away. Headlines stay as segments of their own.
 */
#include <limits.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include "markup_tree.h"

/* ---- tags ------------------------------------------------------------------------------------ */

enum {
    T_BLOCK = 1 << 0,
    T_SKIP = 1 << 1,   /* never text: script, style, form controls, media */
    T_CHROME = 1 << 2, /* page chrome by its tag: nav, aside, footer, header, form */
    T_PARA = 1 << 3,   /* a paragraph for scoring */
    T_HEAD = 1 << 4,   /* h1-h6 */
    T_LINK = 1 << 5,
    T_BR = 1 << 6,
    T_PRE = 1 << 7,
    T_LI = 1 << 8,
    T_LIST = 1 << 9,
    T_IMG = 1 << 10,
    T_INPUT = 1 << 11,
    T_CONTAINER = 1 << 12 /* div-like: a good candidate for the article */
};

typedef struct tagdef {
    const char *name;
    int flags, score; /* score: readability's initial score of a candidate of this tag */
} tagdef;

static const tagdef tags[] = { /* sorted by name */
    {"a", T_LINK, 0},          {"address", T_BLOCK, -3},   {"article", T_BLOCK | T_CONTAINER, 5},
    {"aside", T_BLOCK | T_CHROME, 0}, {"audio", T_SKIP, 0}, {"blockquote", T_BLOCK | T_PARA, 3},
    {"body", T_BLOCK, 0},      {"br", T_BR, 0},            {"button", T_SKIP, 0},
    {"canvas", T_SKIP, 0},     {"caption", T_BLOCK, 0},    {"center", T_BLOCK | T_CONTAINER, 0},
    {"dd", T_BLOCK, -3},       {"details", T_BLOCK, 0},    {"dialog", T_BLOCK | T_CHROME, 0},
    {"div", T_BLOCK | T_CONTAINER, 5}, {"dl", T_BLOCK | T_LIST, -3}, {"dt", T_BLOCK, -3},
    {"embed", T_SKIP, 0}, {"fieldset", T_BLOCK, 0}, {"figcaption", T_BLOCK | T_CHROME, 0},
    {"figure", T_BLOCK, 0},    {"footer", T_BLOCK | T_CHROME, 0}, {"form", T_BLOCK | T_CHROME, -3},
    {"h1", T_BLOCK | T_HEAD, -5}, {"h2", T_BLOCK | T_HEAD, -5}, {"h3", T_BLOCK | T_HEAD, -5},
    {"h4", T_BLOCK | T_HEAD, -5}, {"h5", T_BLOCK | T_HEAD, -5}, {"h6", T_BLOCK | T_HEAD, -5},
    {"head", T_SKIP, 0},       {"header", T_BLOCK | T_CHROME, 0}, {"hr", T_BLOCK, 0},
    {"html", T_BLOCK, 0},      {"iframe", T_SKIP, 0}, {"img", T_IMG, 0},
    {"input", T_SKIP | T_INPUT, 0}, {"li", T_BLOCK | T_LI, -3}, {"main", T_BLOCK | T_CONTAINER, 5},
    {"menu", T_BLOCK | T_CHROME, 0}, {"nav", T_BLOCK | T_CHROME, 0}, {"noscript", T_SKIP, 0},
    {"object", T_SKIP, 0}, {"ol", T_BLOCK | T_LIST, -3}, {"option", T_SKIP, 0},
    {"p", T_BLOCK | T_PARA, 0}, {"pre", T_BLOCK | T_PARA | T_PRE, 3}, {"script", T_SKIP, 0},
    {"section", T_BLOCK | T_CONTAINER, 0}, {"select", T_SKIP | T_INPUT, 0}, {"style", T_SKIP, 0},
    {"svg", T_SKIP, 0},        {"table", T_BLOCK, 0},      {"tbody", T_BLOCK, 0},
    {"td", T_BLOCK | T_PARA, 3}, {"template", T_SKIP, 0}, {"textarea", T_SKIP | T_INPUT, 0},
    {"tfoot", T_BLOCK, 0},     {"th", T_BLOCK, -5},        {"thead", T_BLOCK, 0},
    {"title", T_SKIP, 0},      {"tr", T_BLOCK, 0},         {"ul", T_BLOCK | T_LIST, -3},
    {"video", T_SKIP, 0},
};
#define N_TAGS (int)(sizeof tags / sizeof *tags)

static int tag_id(const char *name)
{
    int lo = 0, hi = N_TAGS - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2, c = strcmp(name, tags[mid].name);
        if (c == 0) return mid;
        if (c < 0) hi = mid - 1;
        else lo = mid + 1;
    }
    return -1;
}

static int tag_flags(const mk_node *nd)
{
    return nd->tag >= 0 ? tags[nd->tag].flags : 0;
}

/* Counters kept in mk_node.cnt. */
enum { C_P, C_IMG, C_LI, C_INPUT };

/* Reader flags of a node. */
enum {
    H_POSITIVE = MK_READER << 0, /* a content word in class/id, or itemprop=articleBody */
    H_HIDDEN = MK_READER << 1,
    H_ARTICLE = MK_READER << 2,  /* <article> or itemprop=articleBody: protects its ancestors */
    H_HAS_ARTICLE = MK_READER << 3,
    H_CHOSEN = MK_READER << 4,
    H_CLEANED = MK_READER << 5,
    H_HAS_H1 = MK_READER << 6,
    H_SCORED = MK_READER << 7,
    H_CHROME_CLASS = MK_READER << 8,
    H_CALL = MK_READER << 9,     /* a paragraph with a link that opens a sentence with a call to act */
    H_ABOUT = MK_READER << 10    /* a paragraph after a rule that describes a company: note_about */
};

/* ---- the parse ------------------------------------------------------------------------------- */

typedef struct hstate {
    mk_tree tree;
    cd_doc *doc;
    mk_date_pick date;
    int in_jsonld;
    mk_errors errors;
} hstate;

/* Reads the words of a class or id value ("social-share_bar", "relatedStories") into the strongest
 * negative and the strongest positive word weight seen (data/markup_chrome.tsv). */
static void class_words(const char *v, int *neg, int *pos)
{
    size_t n = strlen(v);
    for (size_t i = 0; i < n;) {
        while (i < n && !((v[i] | 0x20) >= 'a' && (v[i] | 0x20) <= 'z')) i++;
        size_t j = i + 1;
        while (j < n && (((v[j] | 0x20) >= 'a' && (v[j] | 0x20) <= 'z')) &&
               !(v[j] >= 'A' && v[j] <= 'Z' && v[j - 1] >= 'a' && v[j - 1] <= 'z'))
            j++;
        if (i < n) {
            const cd_lexrec *r = cd_lex_rec(cd_lex_lookup(v + i, j - i), LX_MARKUP_CHROME);
            if (r && r->num < *neg) *neg = (int)r->num;
            if (r && r->num > *pos) *pos = (int)r->num;
        }
        i = j;
    }
}

static int contains_word(const char *v, const char *word)
{
    char buf[64];
    size_t k = 0;
    for (const char *p = v; *p && k + 1 < sizeof buf; p++)
        if (*p != ' ' && *p != '\t') buf[k++] = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
    buf[k] = 0;
    return strstr(buf, word) != NULL;
}

static int ieq(const xmlChar *s, const char *lower)
{
    return s && mk_ieq((const char *)s, strlen((const char *)s), lower);
}

/* Story dates in <meta>, itemprop and <time>, by how much they can be trusted. */
static void meta_date(hstate *h, const xmlChar *key, const xmlChar *value)
{
    static const struct { const char *key; int rank; } keys[] = {
        {"article:published_time", 6}, {"datepublished", 6}, {"og:published_time", 5},
        {"pubdate", 4}, {"publishdate", 4}, {"publish-date", 4}, {"date", 3}, {"dc.date", 3},
        {"dc.date.issued", 3}, {"dcterms.created", 3}, {"sailthru.date", 3}, {"parsely-pub-date", 3},
        {"article.published", 3}, {"datecreated", 2}, {"article:modified_time", 1}, {"datemodified", 1}};
    if (!key || !value) return;
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        if (ieq(key, keys[i].key)) mk_pick_date(&h->date, (const char *)value, strlen((const char *)value), keys[i].rank);
}

static void read_attrs(hstate *h, mk_node *nd, int is_meta, const xmlChar **atts)
{
    const xmlChar *meta_key = NULL, *meta_value = NULL, *itemprop = NULL, *datetime = NULL;
    int neg = 0, pos = 0;
    for (size_t i = 0; atts && atts[i]; i += 2) {
        const xmlChar *name = atts[i], *value = atts[i + 1] ? atts[i + 1] : (const xmlChar *)"";
        if (ieq(name, "class") || ieq(name, "id")) {
            class_words((const char *)value, &neg, &pos);
        } else if (ieq(name, "hidden") || (ieq(name, "aria-hidden") && ieq(value, "true"))) {
            nd->flags |= H_HIDDEN;
        } else if (ieq(name, "style")) {
            if (contains_word((const char *)value, "display:none") || contains_word((const char *)value, "visibility:hidden"))
                nd->flags |= H_HIDDEN;
        } else if (ieq(name, "role")) {
            if (ieq(value, "navigation") || ieq(value, "banner") || ieq(value, "contentinfo") ||
                ieq(value, "complementary") || ieq(value, "dialog") || ieq(value, "menu"))
                neg = -2;
        } else if (ieq(name, "itemprop")) {
            itemprop = value;
            if (ieq(value, "articlebody")) nd->flags |= H_POSITIVE | H_ARTICLE;
        } else if (ieq(name, "property") || ieq(name, "name")) {
            meta_key = value;
        } else if (ieq(name, "content")) {
            meta_value = value;
        } else if (ieq(name, "datetime")) {
            datetime = value;
        } else if (ieq(name, "type") && ieq(value, "application/ld+json")) {
            h->in_jsonld = 1;
        }
    }
    /* readability's class weight: content words +1, chrome words -1; a strong chrome word
     * without a strong content word ("post-comments", not "article-body has-sidebar") is chrome */
    nd->weight = (pos > 0) - (neg < 0);
    if (neg <= -2 && pos < 2) nd->flags |= H_CHROME_CLASS;
    if (pos > 0) nd->flags |= H_POSITIVE;
    if (is_meta) meta_date(h, meta_key, meta_value);
    if (itemprop) meta_date(h, itemprop, meta_value ? meta_value : datetime);
    if (datetime) mk_pick_date(&h->date, (const char *)datetime, strlen((const char *)datetime), 2);
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    hstate *h = ctx;
    int id = tag_id((const char *)name);
    uint32_t at = mk_tree_open(&h->tree, id);
    if (h->tree.oom || at == MK_NONE) return;
    mk_node *nd = &h->tree.nodes[at];
    int f = id >= 0 ? tags[id].flags : 0;
    nd->flags |= (f & T_BLOCK ? MK_BLOCK : 0) | (f & T_BR ? MK_LINEBREAK : 0) | (f & T_PRE ? MK_PRE : 0) |
                 (f & T_LINK ? MK_LINK : 0);
    if (id >= 0 && strcmp(tags[id].name, "article") == 0) nd->flags |= H_ARTICLE;
    if (f & T_PARA && !(f & T_PRE) && id >= 0 && tags[id].name[0] == 'p') nd->cnt[C_P] = 1;
    if (f & T_IMG) nd->cnt[C_IMG] = 1;
    if (f & T_LI) nd->cnt[C_LI] = 1;
    if (f & T_INPUT) nd->cnt[C_INPUT] = 1;
    h->in_jsonld = 0;
    read_attrs(h, nd, ieq(name, "meta"), atts);
}

static void on_end(void *ctx, const xmlChar *name)
{
    (void)name;
    hstate *h = ctx;
    h->in_jsonld = 0;
    mk_tree_close(&h->tree);
}

/* Is node nd the element `name`? */
static int named(const mk_node *nd, const char *name)
{
    return nd->tag >= 0 && strcmp(tags[nd->tag].name, name) == 0;
}

/* The link the open element is (or sits in, as <a><i>...</i></a>) when it has no text yet. */
static uint32_t fresh_link(const mk_tree *t)
{
    for (uint32_t a = t->cur; a != MK_NONE; a = t->nodes[a].parent) {
        if (t->nodes[a].chars) return MK_NONE;
        if (t->nodes[a].flags & MK_LINK) return a;
        if (t->nodes[a].flags & MK_BLOCK) return MK_NONE;
    }
    return MK_NONE;
}

/* White space between a page's words, as note_call and note_about read it. */
static int blank(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/* The stream's last character other than white space before offset at ends a sentence? */
static int after_sentence_end(const mk_text *S, size_t at)
{
    while (at > 0 && blank(S->p[at - 1])) at--;
    return at > 0 && (S->p[at - 1] == '.' || S->p[at - 1] == '!' || S->p[at - 1] == '?');
}

/* A pitch set in the article ("Get the monthly delivered. 40 issues for 9.50. <a>Click here</a> to
 * order.") ends in a link that opens its own sentence with a call to act (data/markup_calls.tsv);
 * a story links a call in the middle of its sentence ("you can also <a>subscribe</a>"), if at all.
 * Marks the paragraph around such a link; clean_away weighs it. */
static void note_call(mk_tree *t, uint32_t link, const char *s, size_t n, size_t at)
{
    if (!after_sentence_end(&t->S, at)) return;
    size_t i = 0, j;
    while (i < n && blank(s[i])) i++;
    for (j = i; j < n && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z'); j++) {}
    if (j == i || !cd_lex_rec(cd_lex_lookup(s + i, j - i), LX_MARKUP_CALLS)) return;
    for (uint32_t a = t->nodes[link].parent; a != MK_NONE; a = t->nodes[a].parent)
        if (t->nodes[a].cnt[C_P]) {
            t->nodes[a].flags |= H_CALL;
            return;
        }
}

/* s opens with one to four capitalised words and then "is a", "is an" or "is the": a name that
 * introduces itself ("Fenwick Labs is a maker of ..."). */
static int opens_self_description(const char *s, size_t n)
{
    size_t i = 0;
    int words = 0;
    for (;;) {
        while (i < n && blank(s[i])) i++;
        if (i + 3 <= n && memcmp(s + i, "is ", 3) == 0) break;
        if (i >= n || !(s[i] >= 'A' && s[i] <= 'Z') || ++words > 4) return 0;
        while (i < n && !blank(s[i])) i++;
    }
    if (words == 0) return 0;
    i += 3;
    return (i + 2 <= n && memcmp(s + i, "a ", 2) == 0) || (i + 3 <= n && memcmp(s + i, "an ", 3) == 0) ||
           (i + 4 <= n && memcmp(s + i, "the ", 4) == 0);
}

/* A press release ends in the company's description of itself, set off from the story by a rule
 * (<hr>) and opening with its name ("Fenwick Labs is a maker of ..."): the paragraph that starts
 * so right after an <hr> is marked; clean_away drops it. */
static void note_about(mk_tree *t, const char *s, size_t n)
{
    uint32_t p = t->cur;
    if (p == MK_NONE || !t->nodes[p].cnt[C_P] || t->nodes[p].chars) return;
    for (uint32_t c = t->nodes[p].first_child; c != MK_NONE; c = t->nodes[c].next_sibling)
        if (!(t->nodes[c].flags & MK_LINEBREAK)) return; /* the text must open the paragraph */
    uint32_t before = t->nodes[p].prev_sibling;
    if (before != MK_NONE && named(&t->nodes[before], "hr") && opens_self_description(s, n)) t->nodes[p].flags |= H_ABOUT;
}

static void on_chars(void *ctx, const xmlChar *ch, int len)
{
    hstate *h = ctx;
    if (len <= 0) return;
    size_t events = h->tree.n_events;
    uint32_t link = fresh_link(&h->tree); /* before the text counts */
    note_about(&h->tree, (const char *)ch, (size_t)len);
    mk_tree_text(&h->tree, (const char *)ch, (size_t)len);
    if (link != MK_NONE && h->tree.n_events > events && h->tree.events[events].kind == MK_EV_TEXT)
        note_call(&h->tree, link, (const char *)ch, (size_t)len, h->tree.events[events].a);
}

/* Script content: only JSON-LD is read, for "datePublished". */
static void on_cdata(void *ctx, const xmlChar *ch, int len)
{
    hstate *h = ctx;
    if (!h->in_jsonld || len <= 0) return;
    const char *s = (const char *)ch, *key = "\"datePublished\"";
    size_t n = (size_t)len, k = strlen(key);
    for (size_t i = 0; i + k < n; i++) {
        if (memcmp(s + i, key, k) != 0) continue;
        size_t j = i + k;
        while (j < n && (s[j] == ' ' || s[j] == ':' || s[j] == '\n' || s[j] == '\t')) j++;
        if (j < n && s[j] == '"') mk_pick_date(&h->date, s + j + 1, n - j - 1, 5);
        return;
    }
}

static void on_comment(void *ctx, const xmlChar *value)
{
    hstate *h = ctx;
    if (value) mk_tree_comment(&h->tree, (const char *)value, strlen((const char *)value));
}

/* libxml2's HTML 4 parser reports every "</" inside a script or style ("Element script embeds
 * close tag": document.write("</div>")), reads on to the element's own end tag all the same, as
 * HTML5 says a raw text element ends: nothing was repaired, and the page's scripts are no story. */
static int embeds_close_tag(const xmlError *e)
{
    return e->code == XML_ERR_TAG_NAME_MISMATCH && e->message && strstr(e->message, "embeds close tag");
}

static void on_error(void *ctx, xmlErrorPtr e)
{
    hstate *h = ctx;
    if (!e || e->code == XML_HTML_UNKNOWN_TAG || embeds_close_tag(e)) return; /* HTML5 tags are not errors */
    mk_errors_note(&h->errors, e->message, e->line, "markup error");
}

static int parse(hstate *h, const char *src, size_t n, char *err, size_t errlen)
{
    if (n > INT_MAX) {
        snprintf(err, errlen, "HTML input over 2 GB");
        return -1;
    }
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(n ? src : " ", n ? (int)n : 1);
    if (!ctxt) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.startElement = on_start;
    sax.endElement = on_end;
    sax.characters = on_chars;
    sax.ignorableWhitespace = on_chars;
    sax.cdataBlock = on_cdata;
    sax.comment = on_comment;
    sax.serror = on_error;
    sax.initialized = XML_SAX2_MAGIC;
    memcpy(ctxt->sax, &sax, sizeof sax);
    ctxt->userData = h;
    htmlCtxtUseOptions(ctxt, HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                 HTML_PARSE_RECOVER | HTML_PARSE_NOBLANKS | HTML_PARSE_NOIMPLIED);
    if (mk_valid_utf8(src, n)) { /* a saved page is UTF-8 whatever its <meta charset> says */
        xmlCharEncodingHandlerPtr utf8 = xmlFindCharEncodingHandler("UTF-8");
        if (utf8) {
            xmlSwitchToEncoding(ctxt, utf8);
            if (ctxt->input->encoding) xmlFree((xmlChar *)ctxt->input->encoding);
            ctxt->input->encoding = xmlStrdup((const xmlChar *)"UTF-8");
        }
    }
    htmlParseDocument(ctxt);
    if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = NULL;
    htmlFreeParserCtxt(ctxt);
    return 0;
}

/* ---- choosing the article -------------------------------------------------------------------- */

static double link_density(const mk_node *nd)
{
    return nd->tchars ? (double)nd->tlink / nd->tchars : 0;
}

/* Marks chrome: by tag, by class and id words, hidden. An element that holds most of the page's
 * text, or the article itself, is never chrome (a page wrapped in <form>, class "has-sidebar"). */
static void mark_dead(mk_tree *t)
{
    for (size_t i = t->n_nodes; i-- > 0;) { /* which elements contain the article */
        mk_node *nd = &t->nodes[i];
        if ((nd->flags & (H_ARTICLE | H_HAS_ARTICLE)) && nd->parent != MK_NONE) t->nodes[nd->parent].flags |= H_HAS_ARTICLE;
        if (named(nd, "h1") && nd->parent != MK_NONE) nd->flags |= H_HAS_H1;
        if ((nd->flags & H_HAS_H1) && nd->parent != MK_NONE) t->nodes[nd->parent].flags |= H_HAS_H1;
    }
    mk_tree_rollup(t, MK_DEAD);
    uint32_t total = 0;
    for (size_t i = 0; i < t->n_nodes; i++)
        if (t->nodes[i].parent == MK_NONE) total += t->nodes[i].tchars;
    for (size_t i = 0; i < t->n_nodes; i++) {
        mk_node *nd = &t->nodes[i];
        int f = tag_flags(nd);
        if (nd->parent != MK_NONE && (t->nodes[nd->parent].flags & MK_DEAD)) {
            nd->flags |= MK_DEAD;
            continue;
        }
        if (f & T_SKIP) {
            nd->flags |= MK_DEAD;
            continue;
        }
        /* a hidden copy of the story for search engines (display:none around its own articleBody)
         * is not the article the reader sees: only most of the page's text keeps it */
        int holds_article = (nd->flags & (H_ARTICLE | H_HAS_ARTICLE)) && !(nd->flags & H_HIDDEN);
        int protected_ = holds_article || nd->tchars * 2 > total;
        int chrome = (f & T_CHROME) || (nd->flags & (H_HIDDEN | H_CHROME_CLASS));
        if ((f & T_CHROME) && (nd->flags & H_HAS_H1) && named(nd, "header")) chrome = 0;
        if (chrome && !protected_) nd->flags |= MK_DEAD;
    }
    mk_tree_rollup(t, MK_DEAD);
}

static double initial_score(const mk_node *nd)
{
    return (nd->tag >= 0 ? tags[nd->tag].score : 0) + 25.0 * nd->weight;
}

static void add_score(mk_tree *t, uint32_t id, double s)
{
    mk_node *nd = &t->nodes[id];
    if (!(nd->flags & H_SCORED)) {
        nd->flags |= H_SCORED;
        nd->score = initial_score(nd);
    }
    nd->score += s;
}

/* Each paragraph (or a div holding text of its own) gives its parent a score by its length and
 * commas, its grandparent half, older ancestors less. */
static void score_paragraphs(mk_tree *t)
{
    for (size_t i = 0; i < t->n_nodes; i++) {
        mk_node *nd = &t->nodes[i];
        if (nd->flags & MK_DEAD) continue;
        int f = tag_flags(nd);
        uint32_t len, commas;
        if (f & T_PARA) {
            len = nd->tchars;
            commas = nd->tcommas;
        } else if ((f & T_CONTAINER) || nd->tag < 0) {
            len = nd->chars;
            commas = nd->commas;
        } else {
            continue;
        }
        if (len < 25) continue;
        double s = 1 + commas + (len / 100 < 3 ? len / 100 : 3);
        uint32_t a = nd->parent;
        for (int level = 0; level < 5 && a != MK_NONE; level++, a = t->nodes[a].parent) {
            if (t->nodes[a].tag < 0 && t->nodes[a].parent == MK_NONE) break;
            add_score(t, a, s / (level == 0 ? 1 : level == 1 ? 2 : level * 3));
        }
    }
}

static uint32_t top_candidate(mk_tree *t)
{
    uint32_t best = MK_NONE;
    double best_score = 0;
    for (size_t i = 0; i < t->n_nodes; i++) {
        mk_node *nd = &t->nodes[i];
        if (!(nd->flags & H_SCORED) || (nd->flags & MK_DEAD)) continue;
        nd->score *= 1 - link_density(nd);
        if (best == MK_NONE || nd->score > best_score) {
            best = (uint32_t)i;
            best_score = nd->score;
        }
    }
    return best;
}

static int is_body(const mk_tree *t, uint32_t id)
{
    return id == MK_NONE || t->nodes[id].tag < 0 || strcmp(tags[t->nodes[id].tag].name, "body") == 0 ||
           t->nodes[id].parent == MK_NONE;
}

static int is_inside(const mk_tree *t, uint32_t node, uint32_t ancestor)
{
    for (uint32_t a = node; a != MK_NONE && t->nodes[a].depth >= t->nodes[ancestor].depth; a = t->nodes[a].parent)
        if (a == ancestor) return 1;
    return 0;
}

#define N_TOP 5

/* Readability's two ways up from the top candidate: to an ancestor shared by at least three of the
 * best candidates (an article split into many wrappers), and to a parent whose score rises. */
static uint32_t climb(mk_tree *t, uint32_t top)
{
    uint32_t best[N_TOP];
    size_t nbest = 0;
    for (size_t i = 0; i < t->n_nodes; i++) { /* the best candidates after top, in order */
        const mk_node *nd = &t->nodes[i];
        if (!(nd->flags & H_SCORED) || (nd->flags & MK_DEAD) || i == top) continue;
        size_t k = nbest < N_TOP ? nbest++ : N_TOP;
        while (k > 0 && t->nodes[best[k - 1]].score < nd->score) {
            if (k < N_TOP) best[k] = best[k - 1];
            k--;
        }
        if (k < N_TOP) best[k] = (uint32_t)i;
    }
    size_t alternatives = 0;
    for (size_t k = 0; k < nbest && k < N_TOP - 1; k++)
        if (t->nodes[best[k]].score >= 0.75 * t->nodes[top].score) best[alternatives++] = best[k];
    if (alternatives >= 3) {
        for (uint32_t a = t->nodes[top].parent; !is_body(t, a); a = t->nodes[a].parent) {
            size_t inside = 0;
            for (size_t k = 0; k < alternatives; k++) inside += is_inside(t, best[k], a);
            if (inside >= 3) {
                top = a;
                break;
            }
        }
    }
    double last = t->nodes[top].score, threshold = last / 3;
    for (uint32_t a = t->nodes[top].parent; !is_body(t, a); a = t->nodes[a].parent) {
        const mk_node *nd = &t->nodes[a];
        if (!(nd->flags & H_SCORED)) continue;
        if (nd->score < threshold) break;
        if (nd->score > last) {
            top = a;
            break;
        }
        last = nd->score;
    }
    return top;
}

/* A paragraph sibling of the top candidate that reads like article text. */
static int good_paragraph(const mk_tree *t, const mk_node *nd)
{
    (void)t;
    if (!(tag_flags(nd) & T_PARA)) return 0;
    double ld = link_density(nd);
    return (nd->tchars > 80 && ld < 0.25) || (nd->tchars > 0 && ld == 0 && nd->tcommas > 0);
}

/* The top candidate and the siblings that score close to it. */
static void choose(mk_tree *t, uint32_t top)
{
    mk_node *tn = &t->nodes[top];
    /* a lone child is no better than its parent: climb while the parent holds nothing else */
    while (tn->parent != MK_NONE && t->nodes[tn->parent].tag >= 0 &&
           strcmp(tags[t->nodes[tn->parent].tag].name, "body") != 0 &&
           t->nodes[tn->parent].tchars == tn->tchars) {
        top = tn->parent;
        tn = &t->nodes[top];
    }
    double threshold = tn->score * 0.2 > 10 ? tn->score * 0.2 : 10;
    if (tn->parent == MK_NONE) {
        tn->flags |= H_CHOSEN;
        return;
    }
    for (uint32_t c = t->nodes[tn->parent].first_child; c != MK_NONE; c = t->nodes[c].next_sibling) {
        mk_node *s = &t->nodes[c];
        if (s->flags & MK_DEAD) continue;
        if (c == top || ((s->flags & H_SCORED) && s->score >= threshold) || good_paragraph(t, s)) s->flags |= H_CHOSEN;
    }
}

/* Inside the article: lists of links, image galleries, forms and boxes of chrome go, and so does a
 * paragraph that is all or mostly link text: a related story or a call to click set between the
 * story's paragraphs ("CLICK HERE TO GET THE NEWS APP", a headline in capitals, a bare URL). */
static int clean_away(const mk_node *nd)
{
    int f = tag_flags(nd);
    double ld = link_density(nd);
    if (f & T_HEAD) return nd->weight < 0 || ld > 0.33;
    if (nd->cnt[C_P] && nd->tchars > 0 && nd->tlink == nd->tchars) return 1;
    /* a short comma-free paragraph that is mostly a link behind a label and its colon ("READ MORE:
     * <a>a headline</a>", "Related: <a>...</a>"); a story's own sentence links a name or a phrase in
     * it, not nearly all of itself, and a source's "[<a>name</a>]" or "See <a>the map</a>." has no label */
    if (nd->cnt[C_P] && nd->tcolons && nd->tchars < 160 && nd->tlink * 4 > nd->tchars * 3 && nd->tcommas == 0)
        return 1;
    /* a short comma-free pitch that ends in a call to click or subscribe (note_call) */
    if (nd->cnt[C_P] && (nd->flags & H_CALL) && nd->tchars < 200 && nd->tcommas == 0) return 1;
    if (nd->flags & H_ABOUT) return 1;
    if (!(f & (T_CONTAINER | T_LIST)) && !named(nd, "table")) return 0;
    if (25.0 * nd->weight + ((nd->flags & H_SCORED) ? nd->score : 0) < 0) return 1;
    if (nd->tcommas >= 10) return 0;
    uint32_t p = nd->tcnt[C_P], img = nd->tcnt[C_IMG], li = nd->tcnt[C_LI], input = nd->tcnt[C_INPUT];
    int is_list = (f & T_LIST) != 0;
    if (img > 1 && p * 2 < img) return 1;
    if (!is_list && li > 100 + p) return 1;
    if (input * 3 > p && input > 0) return 1;
    if (nd->tchars < 25 && (img == 0 || img > 2) && !is_list) return nd->tchars > 0 && ld > 0;
    if (nd->weight <= 0 && ld > 0.2 && nd->tchars < 2000) return 1;
    if (ld > 0.5) return 1;
    return 0;
}

/* The last h1 before the article, when the article does not hold its own headline. */
static uint32_t outer_headline(const mk_tree *t, uint32_t first_chosen)
{
    uint32_t h1 = MK_NONE;
    for (uint32_t i = 0; i < first_chosen && i < t->n_nodes; i++) {
        const mk_node *nd = &t->nodes[i];
        if (!(nd->flags & MK_DEAD) && named(nd, "h1") && nd->tchars) h1 = i;
    }
    return h1;
}

static void mark_kept(mk_tree *t)
{
    uint32_t first = MK_NONE;
    int has_h1 = 0;
    for (size_t i = 0; i < t->n_nodes; i++) {
        mk_node *nd = &t->nodes[i];
        int parent_kept = nd->parent != MK_NONE && (t->nodes[nd->parent].flags & MK_KEEP);
        if ((nd->flags & H_CHOSEN) || (parent_kept && !(nd->flags & MK_DEAD) && !clean_away(nd))) {
            nd->flags |= MK_KEEP;
            if (first == MK_NONE) first = (uint32_t)i;
            if (named(nd, "h1")) has_h1 = 1;
        }
    }
    if (first == MK_NONE || has_h1) return;
    uint32_t h1 = outer_headline(t, first);
    if (h1 == MK_NONE) return;
    for (size_t i = h1; i < t->n_nodes; i++) { /* the h1 and its descendants (a root has no parent) */
        uint32_t parent = t->nodes[i].parent;
        if (i != h1 && (parent == MK_NONE || !(t->nodes[parent].flags & MK_KEEP))) break;
        if (i == h1 || !(t->nodes[i].flags & MK_DEAD)) t->nodes[i].flags |= MK_KEEP;
    }
}

static void extract(mk_tree *t)
{
    mark_dead(t);
    score_paragraphs(t);
    uint32_t top = top_candidate(t);
    if (top == MK_NONE) { /* no paragraphs: keep every live element's text */
        for (size_t i = 0; i < t->n_nodes; i++)
            if (!(t->nodes[i].flags & MK_DEAD)) t->nodes[i].flags |= MK_KEEP;
        return;
    }
    choose(t, climb(t, top));
    mark_kept(t);
}

cd_status cd_markup_html(cd_doc *doc, char *err, size_t errlen)
{
    hstate h;
    memset(&h, 0, sizeof h);
    h.doc = doc;
    h.tree.cur = MK_NONE;
    int latin1 = !mk_valid_utf8(doc->src, doc->src_len);
    mk_scan(doc->src, doc->src_len, 1, latin1, &h.tree.S);
    if (parse(&h, doc->src, doc->src_len, err, errlen)) {
        mk_tree_free(&h.tree);
        return CD_ERR_PARSE;
    }
    cd_status st = CD_OK;
    if (h.tree.oom || h.tree.S.oom) {
        st = CD_ERR_NOMEM;
    } else {
        extract(&h.tree);
        if (mk_tree_emit(&h.tree, doc)) st = CD_ERR_NOMEM;
    }
    mk_tree_free(&h.tree);
    if (st != CD_OK) {
        snprintf(err, errlen, "out of memory");
        return st;
    }
    if (h.date.rank) doc->date = h.date.date;
    if (h.errors.count)
        cd_add_finding(doc, "markup", CD_SEV_INFO, cd_tspan(0, 0), "%zu HTML error%s repaired; the first, line %d: %s",
                       h.errors.count, h.errors.count == 1 ? "" : "s", h.errors.first_line, h.errors.first);
    return CD_OK;
}
