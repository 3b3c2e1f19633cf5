/*
 * Shared by the markup readers (markup*.c): a text being built together with its offset map.
 *
 * Every reader works the same way. A scanner of the original bytes produces the *decoded stream*:
 * the character data outside tags, with entities decoded, and an exact map back to the source.
 * The structure (which text is body, which is chrome) comes from libxml2 (HTML, XML) or from the
 * Markdown reader; the analyzed text is then assembled from pieces of the decoded stream, so its
 * map to the source is exact by construction.
 */
#ifndef CD_MARKUP_H
#define CD_MARKUP_H

#include "internal.h"

/* A text under construction and its map (runs sorted by text offset, covering all of it). */
typedef struct mk_text {
    char *p;
    size_t len, cap;
    cd_seg *segs;
    size_t n_segs, cap_segs;
    int oom;
} mk_text;

/* Appends n bytes that stand for the source bytes [src, src+src_len). When n == src_len the bytes
 * map one to one (and merge with a contiguous previous run). */
void mk_put(mk_text *t, const char *bytes, size_t n, size_t src, size_t src_len);
/* Appends the decoded-stream range [a, b) of `from`, keeping its exact map. */
void mk_put_range(mk_text *t, const mk_text *from, size_t a, size_t b);
/* The source offset of text offset off (the start of a span, or its exclusive end). */
size_t mk_src_at(const mk_text *t, size_t off, int is_end);
void mk_free(mk_text *t);

/* Builds the analyzed text from decoded-stream pieces: white space collapses to one space (mapped
 * to the whole run), and block breaks become "\n\n" runs of source length 0. */
typedef struct mk_out {
    mk_text t;
    const mk_text *from; /* the decoded stream */
    int pending;         /* 0 none, 1 space, 2 line break, 3 block break */
    size_t space_a, space_b; /* the decoded-stream range of the pending space */
    int preformatted;    /* keep white space as it is */
} mk_out;

/* Appends decoded-stream range [a, b), collapsing white space. */
void mk_out_range(mk_out *o, size_t a, size_t b);
/* Appends bytes that are not in the decoded stream, mapped as one run to source [src, src+len). */
void mk_out_bytes(mk_out *o, const char *s, size_t n, size_t src, size_t src_len);
/* Requests a separator before the next text: 2 line break, 3 block break (the stronger wins). The
 * separator maps to an empty source run where the previous text ended. */
void mk_out_break(mk_out *o, int kind);
/* Moves the finished text and map into the document. Returns 0, or -1 on OOM. */
int mk_out_finish(mk_out *o, cd_doc *doc);

/* Appends one code point as UTF-8 (U+FFFD for invalid ones); returns its length. */
size_t mk_utf8(uint32_t cp, char out[4]);
/* Windows-1252 code point of byte c (the usual reading of a Latin-1 page). */
uint32_t mk_cp1252(unsigned char c);
/* 1 if s[0..n) is valid UTF-8. */
int mk_valid_utf8(const char *s, size_t n);

/* `<!-- copydesk off -->` / `<!-- copydesk on -->`: 1 off, 2 on, 0 neither (comment body given). */
int mk_switch_comment(const char *body, size_t n);

/* Reads a date at the start of s ("2017-12-26", "20171226T191044Z", "2017-12-26T10:00:00Z",
 * "Dec 26, 2017" is not read). Returns 1 on success. */
int mk_parse_date(const char *s, size_t n, cd_date *out);
/* A story date found in metadata; the candidate of the highest rank wins. */
typedef struct mk_date_pick {
    cd_date date;
    int rank; /* 0: none yet */
} mk_date_pick;
void mk_pick_date(mk_date_pick *p, const char *s, size_t n, int rank);

/* Lower-cases ASCII in place. */
void mk_lower(char *s, size_t n);
/* Equal ignoring ASCII case: s[0..n) and the literal lower. */
int mk_ieq(const char *s, size_t n, const char *lower);

/* The readers. Each fills doc->text, doc->segs (and doc->date), or returns an error status. */
cd_status cd_markup_html(cd_doc *doc, char *err, size_t errlen);
cd_status cd_markup_xml(cd_doc *doc, char *err, size_t errlen);
cd_status cd_markup_md(cd_doc *doc, char *err, size_t errlen);

#endif
