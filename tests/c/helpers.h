/* Shared helpers for the cmocka tests: analyze a literal story and find items by their text. */
#ifndef CD_TEST_HELPERS_H
#define CD_TEST_HELPERS_H

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "copydesk.h"

static inline cd_doc *analyze_opts(const char *text, const cd_options *opt)
{
    char err[256] = "";
    cd_doc *doc = NULL;
    cd_status st = cd_analyze(text, strlen(text), opt, &doc, err, sizeof err);
    if (st != CD_OK) fail_msg("cd_analyze failed: %s", err);
    return doc;
}

static inline cd_doc *analyze(const char *text, const char *date)
{
    cd_options opt = {0};
    opt.date = date;
    return analyze_opts(text, &opt);
}

/* A web page read as HTML, with the story date given. */
static inline cd_doc *analyze_html(const char *src, const char *date)
{
    cd_options opt = {0};
    opt.input = CD_INPUT_HTML;
    opt.date = date;
    return analyze_opts(src, &opt);
}

/* The analyzed text (for markup, the text extracted from it). */
static inline const char *analyzed_text(const cd_doc *doc)
{
    size_t n;
    return cd_doc_text(doc, &n);
}

/* The 1-based line and column of the span's start. */
static inline uint32_t span_line(const cd_doc *doc, cd_span s)
{
    uint32_t line;
    cd_doc_position(doc, s.start, &line, NULL);
    return line;
}
static inline uint32_t span_col(const cd_doc *doc, cd_span s)
{
    uint32_t col;
    cd_doc_position(doc, s.start, NULL, &col);
    return col;
}

/* The span's text in the source. */
static inline char *span_text(const cd_doc *doc, cd_span s)
{
    size_t len;
    const char *src = cd_doc_source(doc, &len);
    static char buf[4096];
    size_t n = s.stop - s.start < sizeof buf - 1 ? s.stop - s.start : sizeof buf - 1;
    memcpy(buf, src + s.start, n);
    buf[n] = 0;
    return buf;
}

/* The first claim of `kind` whose source text contains `needle`, or NULL. */
static inline const cd_claim *find_claim(const cd_doc *doc, cd_claim_kind kind, const char *needle)
{
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].kind == kind && strstr(span_text(doc, c[i].span), needle)) return &c[i];
    return NULL;
}

/* The entity whose span is exactly `text` at its first occurrence in t from byte `from` on (fails
 * the test if there is none). */
static inline const cd_entity *find_entity_span(const cd_doc *doc, const char *t, const char *text, size_t from)
{
    const char *p = strstr(t + from, text);
    if (!p) fail_msg("'%s' not in the test text", text);
    size_t n, start = (size_t)(p - t);
    const cd_entity *e = cd_doc_entities(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (e[i].span.start == start && e[i].span.stop == start + strlen(text)) return &e[i];
    fail_msg("no entity '%s' in: %s", text, t);
    return NULL;
}

/* The first number whose source text equals `text`, or NULL. */
static inline const cd_number *find_number(const cd_doc *doc, const char *text)
{
    size_t n;
    const cd_number *x = cd_doc_numbers(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(span_text(doc, x[i].span), text) == 0) return &x[i];
    return NULL;
}

/* The first finding with `rule`, or NULL. */
static inline const cd_finding *find_finding(const cd_doc *doc, const char *rule)
{
    size_t n;
    const cd_finding *f = cd_doc_findings(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(f[i].rule, rule) == 0) return &f[i];
    return NULL;
}

static inline size_t count_findings(const cd_doc *doc, const char *rule)
{
    size_t n, k = 0;
    const cd_finding *f = cd_doc_findings(doc, &n);
    for (size_t i = 0; i < n; i++) k += strcmp(f[i].rule, rule) == 0;
    return k;
}

/* The whole file at path, NUL-terminated, its length in *len (free() it); NULL when it cannot be
 * read. */
static inline char *read_text_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t cap = 0, n = 0, got;
    do {
        if (n + 4096 > cap) {
            cap = (n + 4096) * 2;
            char *grown = realloc(buf, cap);
            if (!grown) fail_msg("out of memory");
            buf = grown;
        }
        got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
    } while (got > 0);
    fclose(f);
    buf[n] = 0;
    *len = n;
    return buf;
}

/* The sample stories of the score's tests: tests/fixtures' (or $CD_FIXTURES') nvim_story.txt, and
 * the shared LA Times story, which is not in every checkout. The k-th's text (free() it), or NULL
 * when it cannot be read. */
#define N_SAMPLE_STORIES 2
static inline char *read_sample_story(size_t k)
{
    static const char *const files[N_SAMPLE_STORIES] = {"nvim_story.txt",
                                                        "../../../shared/samples/latimes-2017-12-russia.txt"};
    const char *fixtures = getenv("CD_FIXTURES") ? getenv("CD_FIXTURES") : "tests/fixtures";
    char path[512];
    size_t len;
    if (k >= N_SAMPLE_STORIES) return NULL;
    snprintf(path, sizeof path, "%s/%s", fixtures, files[k]);
    return read_text_file(path, &len);
}

/* Byte offset of the first occurrence of needle in text (for exact offset assertions). */
static inline size_t offset_of(const char *text, const char *needle)
{
    const char *p = strstr(text, needle);
    if (!p) fail_msg("'%s' not in the test text", needle);
    return (size_t)(p - text);
}

/* The number written as `text` in story t: a range with its exact span and its two ends. */
static inline const cd_number *assert_range_number(const cd_doc *doc, const char *t, const char *text, double lo,
                                                   double hi)
{
    const cd_number *n = find_number(doc, text);
    if (!n) fail_msg("no number with text \"%s\"", text);
    assert_int_equal(n->span.start, offset_of(t, text));
    assert_int_equal(n->span.stop, offset_of(t, text) + strlen(text));
    assert_true(n->is_range);
    assert_true(fabs(n->value - lo) < 1e-9);
    assert_true(fabs(n->value_hi - hi) < 1e-9);
    return n;
}

/* The entity whose span is exactly `text` at its first occurrence in t from byte `from` on (its
 * start and end), of `type` and, unless `name` is NULL, named `name`; fails the test otherwise.
 * Returns it, for what a test asks more. */
static inline const cd_entity *assert_entity(const cd_doc *doc, const char *t, const char *text, size_t from,
                                             const char *type, const char *name)
{
    const cd_entity *e = find_entity_span(doc, t, text, from);
    if (strcmp(e->type, type) != 0) fail_msg("'%s' is a %s, want a %s, in: %s", text, e->type, type, t);
    if (name && strcmp(e->name, name) != 0) fail_msg("'%s' is named '%s', want '%s', in: %s", text, e->name, name, t);
    return e;
}

/* assert_entity on t analyzed alone (no story date), at the first occurrence of `text`. */
static inline void expect_entity(const char *t, const char *text, const char *type, const char *name)
{
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, text, 0, type, name);
    cd_doc_free(doc);
}

/* The entity that starts at byte `at`, or NULL. */
static inline const cd_entity *entity_starting_at(const cd_doc *doc, size_t at)
{
    size_t n;
    const cd_entity *e = cd_doc_entities(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (e[i].span.start == at) return &e[i];
    return NULL;
}

/* No entity starts where `text` first occurs in t from byte `from` on. */
static inline void assert_no_entity(const cd_doc *doc, const char *t, const char *text, size_t from)
{
    size_t at = offset_of(t + from, text) + from;
    const cd_entity *e = entity_starting_at(doc, at);
    if (e) fail_msg("an entity '%s' (%s) at %zu, want none, in: %s", e->name, e->type, at, t);
}

/* Asserts that the first finding with `rule` starts at `at` in text t and names one related span,
 * starting at `related`. */
static inline void assert_finding_at(const cd_doc *doc, const char *t, const char *rule, const char *at,
                                     const char *related)
{
    const cd_finding *f = find_finding(doc, rule);
    assert_non_null(f);
    assert_int_equal(f->span.start, offset_of(t, at));
    assert_int_equal(f->nrelated, 1);
    assert_int_equal(f->related[0].start, offset_of(t, related));
}

/* `want` findings of `rule` in t, the first at `at` (unless none are wanted). */
static inline void expect_findings_at(const char *t, const char *rule, size_t want, const char *at)
{
    cd_doc *doc = analyze(t, NULL);
    size_t got = count_findings(doc, rule);
    if (got != want) fail_msg("%zu %s findings (want %zu) in: %s", got, rule, want, t);
    if (want) assert_int_equal(find_finding(doc, rule)->span.start, offset_of(t, at));
    cd_doc_free(doc);
}

/* The one finding of `rule` in t: at `at`, related to `related`, with `message`. */
static inline void expect_finding_message(const char *t, const char *rule, const char *at, const char *related,
                                          const char *message)
{
    cd_doc *doc = analyze(t, NULL);
    if (count_findings(doc, rule) != 1) fail_msg("%zu %s findings (want 1) in: %s", count_findings(doc, rule), rule, t);
    assert_finding_at(doc, t, rule, at, related);
    assert_string_equal(find_finding(doc, rule)->message, message);
    cd_doc_free(doc);
}

/* The story's only finding of `rule`, read on `date`: its exact span (`at`), error severity and message. */
static inline void expect_one_error(const char *story, const char *date, const char *rule, const char *at,
                                    const char *message)
{
    cd_doc *doc = analyze(story, date);
    if (count_findings(doc, rule) != 1) fail_msg("%zu %s findings in '%s', want 1", count_findings(doc, rule), rule, story);
    const cd_finding *f = find_finding(doc, rule);
    assert_int_equal(f->severity, CD_SEV_ERROR);
    assert_int_equal(f->span.start, offset_of(story, at));
    assert_int_equal(f->span.stop, offset_of(story, at) + strlen(at));
    assert_string_equal(f->message, message);
    cd_doc_free(doc);
}

/* The one inconsistent-number finding (a warning) of t (story date `date`): at `age` (up to its end), relating `born` (the whole
 * needle), with `message`. */
static inline void expect_birth_finding(const char *t, const char *date, const char *age, const char *born,
                                        const char *message)
{
    cd_doc *doc = analyze(t, date);
    assert_int_equal(count_findings(doc, "inconsistent-number"), 1);
    const cd_finding *f = find_finding(doc, "inconsistent-number");
    assert_int_equal(f->severity, CD_SEV_WARNING);
    assert_int_equal(f->span.start, offset_of(t, age));
    assert_string_equal(f->message, message);
    assert_int_equal(f->nrelated, 1);
    assert_int_equal(f->related[0].start, offset_of(t, born));
    assert_int_equal(f->related[0].stop, offset_of(t, born) + strlen(born));
    cd_doc_free(doc);
}

/* No finding of `rule` in any of the n stories, each read on `date`. */
static inline void expect_no_finding(const char *const *stories, size_t n, const char *date, const char *rule)
{
    for (size_t i = 0; i < n; i++) {
        cd_doc *doc = analyze(stories[i], date);
        if (count_findings(doc, rule)) fail_msg("a %s finding in '%s'", rule, stories[i]);
        cd_doc_free(doc);
    }
}

/* `want` findings of `rule` on the HTML page, the first at `at` (unless none are wanted). */
static inline void expect_page_findings_at(const char *page, const char *rule, size_t want, const char *at)
{
    cd_doc *doc = analyze_html(page, "2019-11-20");
    size_t got = count_findings(doc, rule);
    if (got != want) fail_msg("%zu %s findings (want %zu) in: %s", got, rule, want, page);
    if (want) assert_int_equal(find_finding(doc, rule)->span.start, offset_of(page, at));
    cd_doc_free(doc);
}

/* The first time claim whose text is exactly `text`, or NULL. */
static inline const cd_claim *find_time_claim(const cd_doc *doc, const char *text)
{
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].kind == CD_CLAIM_TIME && strcmp(span_text(doc, c[i].span), text) == 0) return &c[i];
    return NULL;
}

/* The time claim whose text is exactly `text` (fails when there is none). */
static inline const cd_claim *time_claim(const cd_doc *doc, const char *text)
{
    const cd_claim *c = find_time_claim(doc, text);
    if (!c) fail_msg("no time claim '%s'", text);
    return c;
}

/* Claim c (not NULL) covers exactly `text`, at its first occurrence in t. */
static inline void assert_span(const char *t, const cd_claim *c, const char *text)
{
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, text));
    assert_int_equal(c->span.stop, offset_of(t, text) + strlen(text));
}

/* The event claim found by needle (find_claim), asserted to cover exactly `span` of t. */
static inline const cd_claim *assert_event_span(const char *t, const cd_doc *doc, const char *needle, const char *span)
{
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, needle);
    assert_span(t, c, span);
    return c;
}

/* Whether claim c carries `reason` among its reasons. */
static inline int has_reason(const cd_claim *c, const char *reason)
{
    for (unsigned i = 0; i < c->nreasons; i++)
        if (strcmp(c->reasons[i], reason) == 0) return 1;
    return 0;
}

/* How many claims of `kind` doc holds. */
static inline size_t count_claims(const cd_doc *doc, cd_claim_kind kind)
{
    size_t n, k = 0;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++) k += c[i].kind == kind;
    return k;
}

/* The one event claim of t (analyzed as of 1991-09-17 into *doc, which the caller frees), asserted
 * to be the only one and to cover exactly `span`. */
static inline const cd_claim *only_event(const char *t, const char *span, cd_doc **doc)
{
    *doc = analyze(t, "1991-09-17");
    assert_int_equal(count_claims(*doc, CD_CLAIM_EVENT), 1);
    return assert_event_span(t, *doc, span, span);
}

static inline size_t count_time_claims(const cd_doc *doc)
{
    return count_claims(doc, CD_CLAIM_TIME);
}

/* No claim of `kind` in any of the n stories, each read on `date`. */
static inline void expect_no_claim(const char *const *stories, size_t n, const char *date, cd_claim_kind kind)
{
    for (size_t i = 0; i < n; i++) {
        cd_doc *doc = analyze(stories[i], date);
        if (count_claims(doc, kind)) fail_msg("a claim of kind %s in '%s'", cd_claim_kind_name(kind), stories[i]);
        cd_doc_free(doc);
    }
}

/* Story t, read on `date`, holds one comparison claim, spanning exactly `text`. */
static inline void expect_one_comparison(const char *date, const char *t, const char *text)
{
    cd_doc *doc = analyze(t, date);
    assert_int_equal(count_claims(doc, CD_CLAIM_COMPARISON), 1);
    const cd_claim *c = find_claim(doc, CD_CLAIM_COMPARISON, text);
    if (!c) fail_msg("no comparison '%s' in: %s", text, t);
    assert_span(t, c, text);
    cd_doc_free(doc);
}

/* Story t, read on `date`, holds a comparison claim found by needle that spans exactly the bytes
 * [start, stop). */
static inline void expect_comparison_at(const char *date, const char *t, const char *needle, size_t start, size_t stop)
{
    cd_doc *doc = analyze(t, date);
    const cd_claim *c = find_claim(doc, CD_CLAIM_COMPARISON, needle);
    if (!c) fail_msg("no comparison '%s' in: %s", needle, t);
    assert_int_equal(c->span.start, start);
    assert_int_equal(c->span.stop, stop);
    cd_doc_free(doc);
}

/* Story t, read on `date`, holds one event claim: `action`, spanning exactly `text`. */
static inline void expect_one_event(const char *date, const char *action, const char *t, const char *text)
{
    cd_doc *doc = analyze(t, date);
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 1);
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, text);
    if (!c) fail_msg("no event '%s' in '%s'", text, t);
    assert_int_equal(c->span.start, offset_of(t, text));
    assert_int_equal(c->span.stop, offset_of(t, text) + strlen(text));
    assert_string_equal(c->event.action, action);
    cd_doc_free(doc);
}

/* ---- Segments: asserts that the sentences of t are exactly the texts given, in order. */
static inline void expect_segments(const char *t, const char *const *want, size_t n)
{
    cd_doc *doc = analyze(t, NULL);
    size_t got;
    const cd_sentence *s = cd_doc_sentences(doc, &got);
    for (size_t i = 0; i < got && i < n; i++) assert_string_equal(span_text(doc, s[i].span), want[i]);
    assert_int_equal(got, n);
    cd_doc_free(doc);
}

#define SEGMENTS(t, ...)                                                   \
    do {                                                                   \
        const char *const want_[] = {__VA_ARGS__};                         \
        expect_segments(t, want_, sizeof want_ / sizeof want_[0]);         \
    } while (0)

/* The first sentence of t spans exactly [0, stop) and is no headline (a first line that goes on). */
static inline void expect_first_sentence(const char *t, size_t stop)
{
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    assert_true(n >= 1);
    assert_int_equal(s[0].span.start, 0);
    assert_int_equal(s[0].span.stop, stop);
    assert_false(s[0].headline);
    cd_doc_free(doc);
}

/* ---- For tests written as tables of cases (a story and what must be read in it). */

#define N_OF(a) (sizeof(a) / sizeof *(a))

/* In a case struct with the fields has_count and count: the story holds exactly n of what the table
 * counts (quantities, time claims). NO_TIME: a story with no time claim. */
#define COUNT(n) .has_count = true, .count = (n)
#define NO_TIME COUNT(0)

/* Fails the test, naming the story of the case that failed first. */
#define fail_in_story(story, ...)                                                                                      \
    do {                                                                                                               \
        print_error("in the story \"%s\":\n", (story));                                                                \
        fail_msg(__VA_ARGS__);                                                                                         \
    } while (0)

/* Two optional strings (NULL: none) are the same. */
static inline bool same_text(const char *got, const char *want)
{
    return got && want ? strcmp(got, want) == 0 : got == want;
}

/* A string for a message: "NULL" for none. */
static inline const char *or_null(const char *s)
{
    return s ? s : "NULL";
}

/* The event claim found by needle covers exactly `span` of t, starts at byte `start`, and has
 * this actor and target (NULL: none). */
static inline const cd_claim *assert_event_roles(const char *t, const cd_doc *doc, const char *needle, const char *span,
                                                 size_t start, const char *actor, const char *target)
{
    const cd_claim *c = assert_event_span(t, doc, needle, span);
    assert_int_equal(c->span.start, start);
    if (!same_text(c->event.actor, actor) || !same_text(c->event.target, target))
        fail_msg("event '%s': actor %s, target %s; want %s, %s", span, or_null(c->event.actor),
                 or_null(c->event.target), or_null(actor), or_null(target));
    return c;
}

/* One event claim a story must hold: found by needle, covering exactly span from byte start, with
 * this actor and target (NULL: none). */
typedef struct event_roles {
    const char *needle, *span;
    size_t start;
    const char *actor, *target;
} event_roles;

/* Story t, read on `date`, holds the n events of want (and maybe others). */
static inline void expect_event_roles(const char *t, const char *date, const event_roles *want, size_t n)
{
    cd_doc *doc = analyze(t, date);
    for (size_t i = 0; i < n; i++)
        assert_event_roles(t, doc, want[i].needle, want[i].span, want[i].start, want[i].actor, want[i].target);
    cd_doc_free(doc);
}

/* The direct quote opening at `quote` (its mark) in t has `speaker` (NULL: none named), and t has
 * no unattributed-quote finding. */
static inline void expect_quote_speaker(const char *t, const char *quote, const char *speaker)
{
    cd_doc *doc = analyze(t, NULL);
    size_t n = 0, at = offset_of(t, quote);
    const cd_claim *claims = cd_doc_claims(doc, &n), *c = NULL;
    for (size_t i = 0; i < n; i++)
        if (claims[i].kind == CD_CLAIM_QUOTE && claims[i].quote.direct && claims[i].span.start == at) c = &claims[i];
    if (!c) fail_msg("no direct quote at %zu in: %s", at, t);
    if (!same_text(c->quote.speaker, speaker))
        fail_msg("speaker %s (want %s) in: %s", or_null(c->quote.speaker), or_null(speaker), t);
    if (count_findings(doc, "unattributed-quote")) fail_msg("unattributed-quote in: %s", t);
    cd_doc_free(doc);
}

/* The quote claim whose text is `quote` (from its opening mark, found in t) spans exactly that
 * text, has `speaker` (NULL: none), and t has `findings` unattributed-quote findings, the first
 * at the quote. */
static inline void expect_quote_claim(const char *t, const char *quote, const char *speaker, size_t findings)
{
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, quote + 1);
    if (!c) fail_msg("no quote claim '%s' in: %s", quote, t);
    assert_int_equal(c->span.start, offset_of(t, quote));
    assert_int_equal(c->span.stop, offset_of(t, quote) + strlen(quote));
    if (!same_text(c->quote.speaker, speaker))
        fail_msg("speaker '%s' (want '%s') in: %s", or_null(c->quote.speaker), or_null(speaker), t);
    size_t got = count_findings(doc, "unattributed-quote");
    if (got != findings) fail_msg("%zu unattributed-quote findings (want %zu) in: %s", got, findings, t);
    if (findings) assert_int_equal(find_finding(doc, "unattributed-quote")->span.start, offset_of(t, quote));
    cd_doc_free(doc);
}

/* expect_quote_claim with no finding, the quote claim read being the one that opens at byte `at`
 * of t (a text may hold the same quote twice): it spans `quote` from there. */
static inline void expect_quote_claim_at(const char *t, const char *quote, const char *speaker, size_t at)
{
    cd_doc *doc = analyze(t, NULL);
    size_t n = 0;
    const cd_claim *claims = cd_doc_claims(doc, &n), *c = NULL;
    for (size_t i = 0; i < n && !c; i++)
        if (claims[i].kind == CD_CLAIM_QUOTE && claims[i].span.start == at) c = &claims[i];
    if (!c) fail_msg("no quote claim at %zu in: %s", at, t);
    assert_int_equal(c->span.stop, at + strlen(quote));
    if (strncmp(t + at, quote, strlen(quote)) != 0) fail_msg("'%s' is not at %zu in: %s", quote, at, t);
    if (!same_text(c->quote.speaker, speaker))
        fail_msg("speaker '%s' (want '%s') in: %s", or_null(c->quote.speaker), or_null(speaker), t);
    size_t got = count_findings(doc, "unattributed-quote");
    if (got) fail_msg("%zu unattributed-quote findings in: %s", got, t);
    cd_doc_free(doc);
}

/* The indirect quote claim of t that holds `clause` spans exactly it, and `speaker` said it. */
static inline void expect_reported_clause(const char *t, const char *clause, const char *speaker)
{
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, clause);
    if (!c) fail_msg("no quote claim '%s' in: %s", clause, t);
    assert_false(c->quote.direct);
    assert_span(t, c, clause);
    if (!same_text(c->quote.speaker, speaker))
        fail_msg("speaker '%s' (want '%s') in: %s", or_null(c->quote.speaker), or_null(speaker), t);
    cd_doc_free(doc);
}

/* t has one quote claim, at bytes [start, stop), and `speaker` said it (NULL: none). */
static inline void expect_only_quote_at(const char *t, size_t start, size_t stop, const char *speaker)
{
    cd_doc *doc = analyze(t, NULL);
    size_t n = 0;
    const cd_claim *c = cd_doc_claims(doc, &n), *q = NULL;
    for (size_t i = 0; i < n; i++) {
        if (c[i].kind != CD_CLAIM_QUOTE) continue;
        if (q) fail_msg("two quote claims in: %s", t);
        q = &c[i];
    }
    if (!q) fail_msg("no quote claim in: %s", t);
    assert_int_equal(q->span.start, start);
    assert_int_equal(q->span.stop, stop);
    if (!same_text(q->quote.speaker, speaker))
        fail_msg("speaker '%s' (want '%s') in: %s", or_null(q->quote.speaker), or_null(speaker), t);
    cd_doc_free(doc);
}

/* t has no quote-marks finding, and the quote claim whose text holds `needle` spans from `start`
 * (its opening mark) up to `end` (the text right after it). */
static inline void expect_whole_quote(const char *t, const char *needle, const char *start, const char *end)
{
    cd_doc *doc = analyze(t, NULL);
    if (count_findings(doc, "quote-marks")) fail_msg("quote-marks finding in: %s", t);
    const cd_claim *q = find_claim(doc, CD_CLAIM_QUOTE, needle);
    if (!q) fail_msg("no quote claim with '%s' in: %s", needle, t);
    assert_int_equal(q->span.start, offset_of(t, start));
    assert_int_equal(q->span.stop, offset_of(t, end));
    cd_doc_free(doc);
}

/* Prints the time claims of doc and their values (for a failing case). */
static inline void show_time_claims(const cd_doc *doc)
{
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].kind == CD_CLAIM_TIME)
            print_message("  have: [%s] %s\n", span_text(doc, c[i].span), or_null(c[i].time.value));
}

/* The time claim with exactly `text` in doc, the story `story`; fails, listing the claims there, when
 * none. */
static inline const cd_claim *story_time_claim(const cd_doc *doc, const char *story, const char *text)
{
    const cd_claim *c = find_time_claim(doc, text);
    if (c) return c;
    show_time_claims(doc);
    fail_in_story(story, "no time claim \"%s\"", text);
    return NULL;
}

/* ---- Date cases: a story and the time claims read in it, walked by check_date_cases; each list ends
 * at its first empty entry and a failure names the case's story. */

/* A time claim the story must hold: its exact text, at that text's first occurrence, and its value. */
typedef struct {
    const char *text, *value;
} date_want;

typedef struct {
    const char *text; /* the story */
    date_want want[8];
    const char *date;      /* the story date; NULL: the table's */
    bool has_count;        /* set by COUNT(n) or NO_TIME: the story holds exactly n time claims */
    size_t count;
    const char *absent[3]; /* texts no time claim contains */
} date_case;

static inline void check_date_want(const cd_doc *doc, const date_case *c, const date_want *w)
{
    const cd_claim *k = story_time_claim(doc, c->text, w->text);
    if (!same_text(k->time.value, w->value))
        fail_in_story(c->text, "\"%s\": value %s, want %s", w->text, or_null(k->time.value), w->value);
    size_t at = offset_of(c->text, w->text);
    if (k->span.start != at || k->span.stop != at + strlen(w->text))
        fail_in_story(c->text, "\"%s\" at bytes %u-%u, want %zu-%zu", w->text, k->span.start, k->span.stop, at,
                      at + strlen(w->text));
}

static inline void check_date_case(const date_case *c, const char *date)
{
    cd_doc *doc = analyze(c->text, c->date ? c->date : date);
    for (size_t i = 0; i < N_OF(c->want) && c->want[i].text; i++) check_date_want(doc, c, &c->want[i]);
    if (c->has_count && count_time_claims(doc) != c->count) {
        show_time_claims(doc);
        fail_in_story(c->text, "%zu time claims, want %zu", count_time_claims(doc), c->count);
    }
    for (size_t i = 0; i < N_OF(c->absent) && c->absent[i]; i++)
        if (find_claim(doc, CD_CLAIM_TIME, c->absent[i]))
            fail_in_story(c->text, "a time claim holds \"%s\"", c->absent[i]);
    cd_doc_free(doc);
}

/* The n cases, each read on its own date or else on `date`. */
static inline void check_date_cases(const date_case *cases, size_t n, const char *date)
{
    for (size_t i = 0; i < n; i++) check_date_case(&cases[i], date);
}

/* The number whose span starts at the last word of `at` in story t ("SNP 56": the "56" there) and
 * runs to that word's end; fails when there is none. For texts where the number's own text is not
 * unique ("356 seats ... SNP 56"). */
static inline const cd_number *number_ending(const cd_doc *doc, const char *t, const char *at)
{
    const char *word = strrchr(at, ' ') ? strrchr(at, ' ') + 1 : at;
    size_t start = offset_of(t, at) + (size_t)(word - at), n;
    const cd_number *x = cd_doc_numbers(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (x[i].span.start == start && x[i].span.stop == start + strlen(word)) return &x[i];
    fail_msg("no number at \"%s\"", at);
    return NULL;
}

/* ---- Number cases found by their place: a story and numbers whose own text is not unique in it
 * ("Russia, 10, ... Italy, 5"), each found by the words around it; walked by check_num_at_cases, each
 * list ends at its first empty entry and a failure names the case's story. */

#define NO_UNIT "" /* in num_at_want: the number has no unit */
#define ANY_UNIT NULL /* in num_at_want: its unit is not checked */

/* The number of exactly `text` at its first occurrence inside `at` (at: unique words of the story,
 * "Kenteris, 31"; text "31"): its value, kind and unit (NO_UNIT: none; ANY_UNIT: not checked). */
typedef struct {
    const char *at, *text;
    double value;
    cd_numkind kind;
    const char *unit;
} num_at_want;

typedef struct {
    const char *text, *date; /* the story and its date (NULL: none) */
    num_at_want want[16];
} num_at_case;

static inline const cd_number *story_number_at(const cd_doc *doc, const char *story, size_t start, const char *text)
{
    size_t n;
    const cd_number *x = cd_doc_numbers(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (x[i].span.start == start && x[i].span.stop == start + strlen(text)) return &x[i];
    for (size_t i = 0; i < n; i++) print_message("  have: [%s]\n", span_text(doc, x[i].span));
    fail_in_story(story, "no number \"%s\" at byte %zu", text, start);
    return NULL;
}

static inline void check_num_at_want(const cd_doc *doc, const num_at_case *c, const num_at_want *w)
{
    size_t start = offset_of(c->text, w->at) + offset_of(w->at, w->text);
    const cd_number *n = story_number_at(doc, c->text, start, w->text);
    if (fabs(n->value - w->value) > 1e-9 * fmax(1, fabs(w->value)))
        fail_in_story(c->text, "\"%s\" in \"%s\": value %.10g, want %.10g", w->text, w->at, n->value, w->value);
    if (n->kind != w->kind)
        fail_in_story(c->text, "\"%s\" in \"%s\": kind %d, want %d", w->text, w->at, (int)n->kind, (int)w->kind);
    if (w->unit && !same_text(n->unit, *w->unit ? w->unit : NULL))
        fail_in_story(c->text, "\"%s\" in \"%s\": unit %s, want %s", w->text, w->at, or_null(n->unit),
                      *w->unit ? w->unit : "none");
}

static inline void check_num_at_cases(const num_at_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        cd_doc *doc = analyze(cases[i].text, cases[i].date);
        for (size_t k = 0; k < N_OF(cases[i].want) && cases[i].want[k].at; k++)
            check_num_at_want(doc, &cases[i], &cases[i].want[k]);
        cd_doc_free(doc);
    }
}

#endif
