/* The element tree that the HTML and XML readers build from libxml2's SAX events (markup_tree.c). */
#ifndef CD_MARKUP_TREE_H
#define CD_MARKUP_TREE_H

#include "markup.h"

#define MK_NONE UINT32_MAX

enum {
    MK_KEEP = 1 << 0,      /* its text goes into the analyzed text (set by the reader) */
    MK_BLOCK = 1 << 1,     /* a block: a paragraph break before and after */
    MK_LINEBREAK = 1 << 2, /* <br>: a line break */
    MK_PRE = 1 << 3,       /* preformatted: white space kept */
    MK_OWN_TEXT = 1 << 4,  /* has non-blank text of its own (mixed content in XML) */
    MK_LINK = 1 << 5,      /* a link: its text counts as link text */
    MK_DEAD = 1 << 6,      /* chrome, hidden, script...: left out with everything inside */
    MK_READER = 1 << 7     /* first flag free for the readers */
};

typedef struct mk_node {
    uint32_t parent, first_child, last_child, next_sibling, prev_sibling, depth;
    int tag;        /* the reader's tag or role id */
    uint32_t flags; /* MK_* and the reader's own */
    int weight;     /* class/id words: positive for content, negative for chrome */
    uint32_t chars, commas;                /* own text: characters (a white space run once), commas */
    uint32_t colons, tcolons;              /* colons of the own text, of the subtree's out of links:
                                            * a label's ("SEE MORE: <a>...</a>") */
    uint32_t tchars, tcommas, tlink;       /* the subtree's, after mk_tree_rollup */
    uint32_t cnt[4], tcnt[4];              /* the reader's counters (own, and the subtree's) */
    double score;
} mk_node;

enum { MK_EV_OPEN, MK_EV_CLOSE, MK_EV_TEXT, MK_EV_RAW, MK_EV_OFF, MK_EV_ON };

typedef struct mk_event {
    uint8_t kind;
    uint32_t node;
    uint32_t a, n; /* TEXT: decoded-stream range; RAW: range in tree->raw */
    uint32_t src;  /* RAW: the source offset it is mapped to */
} mk_event;

typedef struct mk_tree {
    mk_text S;      /* the decoded stream of the source */
    size_t cursor;  /* alignment position in S */
    mk_text raw;    /* character data that could not be aligned */
    mk_node *nodes;
    size_t n_nodes, cap_nodes;
    mk_event *events;
    size_t n_events, cap_events;
    uint32_t cur;   /* the open element */
    int oom;
} mk_tree;

/* Fills S with the character data of s[0..n) (entities decoded; CDATA for XML; script and style
 * left out for HTML); latin1: the bytes are Windows-1252. */
void mk_scan(const char *s, size_t n, int html, int latin1, mk_text *S);
/* Decodes the character or entity reference at s[i] ('&'): writes UTF-8 into out and returns the
 * reference's length, or 0 when it is not one that libxml2 decodes (html: HTML 4 entities). */
size_t mk_reference(const char *s, size_t n, size_t i, int html, char out[8], size_t *outlen);
/* Finds chunk in S at or shortly after *cursor; returns its offset (and moves the cursor past it),
 * or SIZE_MAX. */
size_t mk_align(const mk_text *S, size_t *cursor, const char *chunk, size_t n);

uint32_t mk_tree_open(mk_tree *t, int tag);
void mk_tree_close(mk_tree *t);
void mk_tree_text(mk_tree *t, const char *s, size_t n);
void mk_tree_comment(mk_tree *t, const char *body, size_t n);
void mk_tree_rollup(mk_tree *t, uint32_t skip_flags);
/* Builds the analyzed text from the events of MK_KEEP nodes into the document. 0, or -1 on OOM. */
int mk_tree_emit(mk_tree *t, cd_doc *doc);
void mk_tree_free(mk_tree *t);

/* A parse's errors: how many, and the first one's message (trailing white space cut) and line. */
typedef struct mk_errors {
    size_t count;
    char first[200];
    int first_line;
} mk_errors;

/* Counts an error libxml2 reported (message NULL: fallback is said instead) and keeps the first. */
void mk_errors_note(mk_errors *e, const char *message, int line, const char *fallback);

#endif
