/*
 * copydesk — find check-worthy claims in news text and check what a machine can check.
 *
 * The public C API. Every handle is opaque and owned by the caller; the library keeps no global
 * mutable state, so separate documents may be analyzed from separate threads at once. Nothing here
 * prints or exits: a failing call returns a non-zero cd_status and writes a message into the
 * caller's buffer.
 *
 * Offsets. Every span holds 0-based, half-open byte offsets [start, stop) into the *source* the
 * caller passed (the HTML file, not the extracted text); cd_doc_position gives the 1-based line and
 * byte column of its start. The record format that the Lua binding and the JSON writer produce turns these into 1-based
 * inclusive positions, so that Lua's `input:sub(start, stop)` is the item's text.
 */
#ifndef COPYDESK_H
#define COPYDESK_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define COPYDESK_VERSION "0.1.0"

typedef enum cd_status {
    CD_OK = 0,
    CD_ERR_NOMEM,     /* an allocation failed; nothing leaked */
    CD_ERR_ARG,       /* a bad argument (NULL, a malformed date, ...) */
    CD_ERR_TOO_LARGE, /* input beyond CD_MAX_INPUT */
    CD_ERR_PARSE,     /* markup or a fact sheet could not be read */
    CD_ERR_IO         /* a file could not be read */
} cd_status;

/* Inputs larger than this (just under 4 GB) are refused with CD_ERR_TOO_LARGE: every offset,
 * line, column and index of the record is kept in 32 bits, which halves the record's memory. The
 * analyzed text of markup input is held to the same limit. */
#define CD_MAX_INPUT ((size_t)0xFFFFFFF0u)

typedef enum cd_input {
    CD_INPUT_AUTO = 0, /* decide by file name, then by content */
    CD_INPUT_TEXT,
    CD_INPUT_MARKDOWN,
    CD_INPUT_HTML,
    CD_INPUT_XML
} cd_input;

/* Which quotes need an attribution of their own (cd_options.attribution). */
typedef enum cd_attribution {
    CD_ATTRIBUTION_CONTEXT = 0, /* a quote paragraph with no speech verb goes on with the speaker of the
                                 * paragraphs before, as readers take it (the default) */
    CD_ATTRIBUTION_PARAGRAPH    /* a desk's stricter style: each quote paragraph names its speaker or
                                 * has a speech verb of its own; one whose speaker comes only from the
                                 * paragraphs before keeps that speaker and raises unattributed-quote */
} cd_attribution;

/* The story's language (cd_options.language). The checks read English: speech verbs, weekdays,
 * number words. */
typedef enum cd_language {
    CD_LANGUAGE_AUTO = 0, /* told from the story's first words; one that does not read as English
                           * gets the `language` finding and no unattributed-quote (the default) */
    CD_LANGUAGE_ENGLISH,  /* the desk says it is English: every check runs, no `language` finding
                           * (a story the test misreads: a list of names, a page of foreign titles) */
    CD_LANGUAGE_OTHER     /* the desk says it is not English: as a story told so, without the finding */
} cd_language;

typedef struct cd_doc cd_doc;     /* one analyzed story */
typedef struct cd_facts cd_facts; /* one loaded fact sheet */

typedef struct cd_options {
    const char *date;     /* the story's date, "YYYY-MM-DD"; NULL: from the markup, else none */
    cd_input input;       /* how to read the source */
    const char *filename; /* a hint for CD_INPUT_AUTO; may be NULL */
    const cd_facts *const *facts; /* fact sheets to check the claims against */
    size_t nfacts;
    /* Non-zero: the document keeps no copy of the source (it saves one input's worth of memory).
     * The caller keeps src alive and unchanged until cd_doc_free; cd_doc_source (and cd_doc_text
     * for plain text) then return src itself, with no NUL added after it. */
    int borrow;
    cd_attribution attribution; /* 0 (zeroed options): CD_ATTRIBUTION_CONTEXT */
    cd_language language;       /* 0 (zeroed options): CD_LANGUAGE_AUTO */
} cd_options;

/* ---- analysis ------------------------------------------------------------------------------ */

/* Analyzes `len` bytes of `src` (any bytes: invalid UTF-8 and NULs become findings). `opt` may be
 * NULL. On success *out holds a document the caller frees with cd_doc_free. */
cd_status cd_analyze(const char *src, size_t len, const cd_options *opt, cd_doc **out,
                     char *err, size_t errlen);
/* Analyzes the file at `path` as cd_analyze does its bytes, read once into a buffer the document
 * owns (opt->borrow does not apply). A file that cannot be read gives CD_ERR_IO with "PATH: why" in
 * err ("story.txt: No such file or directory", "drafts: Is a directory", "... Permission denied");
 * one over CD_MAX_INPUT gives CD_ERR_TOO_LARGE ("PATH: too large (over 4 GB)"). */
cd_status cd_analyze_file(const char *path, const cd_options *opt, cd_doc **out, char *err,
                          size_t errlen);
void cd_doc_free(cd_doc *doc);

/* ---- the record ---------------------------------------------------------------------------- */

/* The record's structs are laid out small (32-bit offsets and indices, one-byte kinds, shared
 * lists behind pointers): a story yields about one claim per 90 bytes, so their size is most of the
 * memory an analysis takes. Every string and list a record points to lives as long as the document
 * and may be shared by several records (equal strings are stored once): never write to them. */
typedef struct cd_span {
    uint32_t start, stop;   /* source bytes, 0-based, half-open */
    uint32_t tstart, tstop; /* the same span in the analyzed (extracted, decoded) text */
} cd_span;

typedef enum cd_numkind {
    CD_NUM_CARDINAL = 0,
    CD_NUM_ORDINAL,
    CD_NUM_FRACTION,
    CD_NUM_PERCENT,        /* value is the percentage: "40%" -> 40 */
    CD_NUM_PERCENT_POINTS, /* "3 percentage points" */
    CD_NUM_MONEY,          /* unit is an ISO 4217 code */
    CD_NUM_MEASURE,        /* a unit of measure: feet, km, degrees, years (age) ... */
    CD_NUM_LABEL           /* digits that name, not count: "Route 66", "F-16", "version 2", a part of
                            * a phone number or an address ("555-1234": 555 and 1234). value is the
                            * digits as written; no claim, sum or consistency check uses it */
} cd_numkind;

typedef struct cd_number {
    cd_span span;
    double value;       /* for a range, its low end */
    double value_hi;    /* for a range, its high end; else equal to value */
    const char *unit;   /* "personnel", "USD", "feet", "%" ...; NULL when none */
    const char *approx; /* "about", "over", "under", "at least", "at most", "approximate"; NULL: exact */
    uint32_t sentence;  /* index of its sentence */
    uint8_t is_range;
    uint8_t kind;       /* a cd_numkind */
} cd_number;

typedef enum cd_claim_kind {
    CD_CLAIM_QUANTITY = 0,
    CD_CLAIM_CHANGE,
    CD_CLAIM_EVENT,
    CD_CLAIM_QUOTE,
    CD_CLAIM_COMPARISON,
    CD_CLAIM_TIME
} cd_claim_kind;

#define CD_MAX_REASONS 8 /* at most this many reasons per claim */

/* The kind-specific fields of a claim. */
typedef struct cd_claim_change {
    double from, to, by, percent; /* NaN when the claim does not state it */
    double from_hi, to_hi;        /* a level given as a range ("to 5-6 pct"): its top, from and to its
                                   * low end; NaN when the level is one figure */
    const char *direction;        /* "increase", "decrease", ... or NULL */
} cd_claim_change;
typedef struct cd_claim_event {
    const char *action, *actor, *target; /* NULL when not found */
} cd_claim_event;
typedef struct cd_claim_quote {
    const char *speaker, *quote;
    int direct;
} cd_claim_quote;
typedef struct cd_claim_comparison {
    const char *form;
} cd_claim_comparison;
typedef struct cd_claim_time {
    const char *value; /* ISO 8601 date or period, or NULL */
    int relative;
} cd_claim_time;

typedef struct cd_claim {
    cd_span span;
    double score; /* check-worthiness, 0..1 */
    /* reasons[0 .. nreasons-1]: why the claim is check-worthy. The list is shared by every claim
     * with the same reasons (it lives as long as the document): read it, never write it. */
    const char *const *reasons;
    uint32_t sentence;
    uint32_t number_first, number_count; /* the numbers inside the claim, as indices into numbers */
    uint8_t kind;                        /* a cd_claim_kind */
    uint8_t nreasons;

    /* Kind-specific fields, sharing their memory (an anonymous union): read only the member named
     * by `kind` (change for CD_CLAIM_CHANGE, ...); quantity claims have none. A change's four
     * numbers are behind a pointer (never NULL in a change claim), so that every claim is small. */
    union {
        cd_claim_change *change;
        cd_claim_event event;
        cd_claim_quote quote;
        cd_claim_comparison comparison;
        cd_claim_time time;
    };
} cd_claim;

typedef enum cd_severity { CD_SEV_ERROR = 0, CD_SEV_WARNING, CD_SEV_INFO } cd_severity;

#define CD_MAX_RELATED 4

typedef struct cd_finding {
    const char *rule; /* stable id: "arithmetic", "invalid-utf8", ... */
    const char *message;
    cd_span span;
    const cd_span *related; /* related[0 .. nrelated-1]: the other places the message speaks of */
    uint8_t nrelated;       /* at most CD_MAX_RELATED */
    uint8_t severity;       /* a cd_severity */
} cd_finding;

typedef struct cd_entity {
    cd_span span;
    const char *type; /* "person", "organization", "place" */
    const char *name; /* canonical name: the gazetteer's, or the fullest mention in the story */
} cd_entity;

typedef struct cd_sentence {
    cd_span span;
    double score;     /* check-worthiness 0..1: its best claim's score, else the sentence's own */
    uint8_t headline; /* a line without final punctuation: headline, subhead or page chrome */
} cd_sentence;

/* Read access. Each returns the array and writes its length; the arrays live as long as doc. */
const cd_sentence *cd_doc_sentences(const cd_doc *doc, size_t *n);
const cd_number *cd_doc_numbers(const cd_doc *doc, size_t *n);
const cd_claim *cd_doc_claims(const cd_doc *doc, size_t *n);
const cd_finding *cd_doc_findings(const cd_doc *doc, size_t *n);
const cd_entity *cd_doc_entities(const cd_doc *doc, size_t *n);
/* The analyzed text (equal to the source for plain text) and the source. Both are followed by a
 * NUL unless the source was borrowed (cd_options.borrow). */
const char *cd_doc_text(const cd_doc *doc, size_t *len);
const char *cd_doc_source(const cd_doc *doc, size_t *len);
/* The story date in force ("YYYY-MM-DD"), or NULL. */
const char *cd_doc_date(const cd_doc *doc);
/* How the source was read (never CD_INPUT_AUTO). */
cd_input cd_doc_input(const cd_doc *doc);
/* The 1-based line and byte column of a source offset (a span's start), as the record's "line" and
 * "col" give them. Each call reads at most a small block of the source (a sparse line index). */
void cd_doc_position(const cd_doc *doc, size_t offset, uint32_t *line, uint32_t *col);
/* Maps an offset of the analyzed text to the source: the start of a span, or its (exclusive) end. */
size_t cd_doc_source_offset(const cd_doc *doc, size_t text_offset, int is_end);
/* The offset map of markup input: runs of the analyzed text and the source bytes each came from.
 * When text_len == src_len the bytes map one to one; otherwise (a decoded entity, collapsed white
 * space, an inserted paragraph break with src_len 0) the whole run maps to the whole source run. */
typedef struct cd_segment {
    size_t text, text_len; /* analyzed text, 0-based */
    size_t src, src_len;   /* source bytes, 0-based */
} cd_segment;
/* Returns the number of runs (0 for plain text: text and source are the same bytes); when
 * i < that number and out is not NULL, writes run i into *out. */
size_t cd_doc_segments(const cd_doc *doc, size_t i, cd_segment *out);

const char *cd_claim_kind_name(cd_claim_kind kind);
const char *cd_severity_name(cd_severity sev);
const char *cd_numkind_name(cd_numkind kind);
const char *cd_input_name(cd_input input);
/* Parses "auto", "text", "markdown", "html", "xml"; returns -1 for anything else. */
int cd_input_parse(const char *name);
const char *cd_attribution_name(cd_attribution attribution);
/* Parses "context", "paragraph"; returns -1 for anything else. */
int cd_attribution_parse(const char *name);
const char *cd_language_name(cd_language language);
/* Parses "auto", "english", "other"; returns -1 for anything else. */
int cd_language_parse(const char *name);

/* ---- the finding rules ---------------------------------------------------------------------- */

/* One rule a finding may carry (cd_finding.rule): its name, its severity and what it means, in a
 * line an editor understands. A rule whose findings differ in severity gives its most severe. */
typedef struct cd_rule_info {
    const char *name;     /* "arithmetic", "weekday-mismatch", ... */
    cd_severity severity;
    const char *summary;  /* "a weekday that does not fall on the date beside it" */
} cd_rule_info;

/* Every rule the analysis may raise, sorted by name (a constant table); writes its length. */
const cd_rule_info *cd_rules(size_t *n);

/* ---- emitting the record ------------------------------------------------------------------- */

/* A sink receives the whole record as a tree of objects, arrays and scalars. The JSON writer and
 * the Lua binding are both sinks, so the keys are the same everywhere. A callback returning
 * non-zero stops the walk, and cd_doc_emit returns that value. */
typedef struct cd_sink {
    int (*begin_object)(void *ud);
    int (*end_object)(void *ud);
    int (*begin_array)(void *ud);
    int (*end_array)(void *ud);
    int (*key)(void *ud, const char *key);
    int (*string)(void *ud, const char *s, size_t len); /* s may hold invalid UTF-8 */
    int (*number)(void *ud, double v);                   /* never NaN or infinite */
    int (*integer)(void *ud, long long v);
    int (*boolean)(void *ud, int b);
} cd_sink;

int cd_doc_emit(const cd_doc *doc, const cd_sink *sink, void *ud);

/* The record as JSON (always valid UTF-8 JSON: invalid bytes in strings become U+FFFD). The
 * caller frees *out with free(). `source` (may be NULL) is added as a "source" key. */
cd_status cd_doc_to_json(const cd_doc *doc, const char *source, char **out, size_t *outlen);

/* Writes the same JSON, byte for byte, to f through a small fixed buffer (64 KB; a longer string
 * goes straight to f), so that a large document's JSON is never held whole in memory; then
 * fflush(f). Errors: CD_ERR_IO when a write or the flush fails, with strerror's text in err ("No
 * space left on device", and errno set to the write's; f may hold part of the JSON), CD_ERR_ARG for a NULL doc or f,
 * CD_ERR_NOMEM. */
cd_status cd_doc_write_json(const cd_doc *doc, FILE *f, const char *source, char *err, size_t errlen);

/* A fact-checker's mark on a claim (see lua/copydesk/verified.lua); NULL fields are written as "". */
typedef struct cd_json_mark {
    const char *note, *who, *when;
} cd_json_mark;

/* cd_doc_write_json, and each claim i with marks[i] != NULL (i < nmarks; claims in the record's
 * order, from 0) gets `"verified":{"note":…,"who":…,"when":…}` as its last key. Streamed like
 * cd_doc_write_json: the marks are written as the claim goes by, never spliced into held text. */
cd_status cd_doc_write_json_marked(const cd_doc *doc, FILE *f, const char *source,
                                   const cd_json_mark *const *marks, size_t nmarks, char *err, size_t errlen);

/* ---- fact sheets --------------------------------------------------------------------------- */

/* Loads a fact sheet (XML, see doc/factsheet.md). Never touches the network, never expands
 * external entities. On a malformed sheet the message names the file, the line and the fault. */
cd_status cd_facts_load_file(const char *path, cd_facts **out, char *err, size_t errlen);
cd_status cd_facts_load_memory(const char *xml, size_t len, const char *name, cd_facts **out,
                               char *err, size_t errlen);
size_t cd_facts_count(const cd_facts *facts);
void cd_facts_free(cd_facts *facts);

const char *cd_version(void);

#ifdef __cplusplus
}
#endif

#endif
