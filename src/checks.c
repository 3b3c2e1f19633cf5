/*
 * Checks on the story itself, run after every claim is found and scored:
 *   arithmetic           a stated percentage, multiple, difference or total that the story's own
 *                        numbers do not give;
 *   inconsistent-number  the same quantity of the same thing given two values;
 *   name-variant         a person or body spelled two ways, or given two different offices.
 * Tolerances follow what the writer stated: a qualifier ("about", "nearly", "just over") and the
 * rounding of the digits ("1,200" stands for 1,150..1,250, "62.5%" for 62.45..62.55) widen a
 * figure into an interval, and a finding needs the intervals to be disjoint. The helpers at the top
 * are shared with facts.c (declared in internal.h).
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "lexnorm.h"

/* ---- shared helpers ------------------------------------------------------------------------ */

/* Folds the simple English plurals, so that "terminals" and "terminal" key alike. */
static size_t fold_plural(const char *w, size_t n)
{
    if (n >= 5 && memcmp(w + n - 3, "ies", 3) == 0) return n - 2; /* "cities" -> "citi" (= "city") */
    if (n >= 5 && (memcmp(w + n - 4, "sses", 4) == 0 || memcmp(w + n - 3, "xes", 3) == 0 ||
                   memcmp(w + n - 4, "ches", 4) == 0 || memcmp(w + n - 4, "shes", 4) == 0))
        return n - 2;
    if (n >= 4 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i') return n - 1;
    return n;
}

/* cd_lex_normalize for a word of printable ASCII (most words): the bytes lower-cased, no spaces to
 * fold, no curly apostrophes to read. (size_t)-1 for any other word. */
static size_t ascii_lower(const char *s, size_t n, char *out, size_t cap)
{
    if (n > cap) return (size_t)-1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= ' ' || c >= 0x80) return (size_t)-1;
        out[i] = (char)(c | (unsigned char)((unsigned char)(c - 'A') < 26u) << 5);
    }
    return n;
}

uint32_t cd_word_key(const char *s, size_t n)
{
    char buf[128];
    size_t len = ascii_lower(s, n, buf, sizeof buf - 1);
    if (len == (size_t)-1) len = cd_lex_normalize(s, n, buf, sizeof buf - 1);
    if (len == (size_t)-1) return cd_lex_fnv(s, n);
    if (len > 2 && buf[len - 2] == '\'' && buf[len - 1] == 's') len -= 2; /* possessive */
    len = fold_plural(buf, len);
    if (len && buf[len - 1] == 'i' && len >= 4 && len < sizeof buf - 1) buf[len - 1] = 'y'; /* citi -> city */
    return cd_lex_fnv(buf, len);
}

#define WORD_KEY_MEMO_LEN 64 /* bytes: a word of the lexicon shorter than this has its key kept */

/* A word of the lexicon has the key of its entry's text: cd_word_key reads a word as
 * cd_lex_normalize writes it (ascii_lower is the same for ASCII), and every word of an entry
 * normalizes to the entry's key (within cd_word_key's buffer: the length bound). So the key is
 * read once a document and kept by lex_id (doc->word_keys, when there is one; a key that is 0 is
 * read again each time). */
uint32_t cd_tok_key(const cd_doc *doc, size_t i)
{
    const cd_token *t = &doc->toks[i];
    if (t->type != TOK_WORD || !t->lex_id || !doc->word_keys || t->len >= WORD_KEY_MEMO_LEN)
        return cd_word_key(doc->text + t->start, t->len);
    uint32_t *key = &doc->word_keys[t->lex_id];
    if (!*key) *key = cd_word_key(doc->text + t->start, t->len);
    return *key;
}

void cd_number_tokens(const cd_doc *doc, size_t i, size_t *first, size_t *count)
{
    if (doc->n_ninfo == doc->n_nums && doc->ninfo[i].tok_count) {
        *first = doc->ninfo[i].tok_first;
        *count = doc->ninfo[i].tok_count;
        return;
    }
    size_t lo = 0, hi = doc->n_toks, start = doc->nums[i].span.tstart, stop = doc->nums[i].span.tstop;
    while (lo < hi) { /* the first token ending after the number's start */
        size_t mid = lo + (hi - lo) / 2;
        if (cd_tok_stop(&doc->toks[mid]) <= start) lo = mid + 1;
        else hi = mid;
    }
    *first = lo;
    size_t k = lo;
    while (k < doc->n_toks && doc->toks[k].start < stop) k++;
    *count = k > lo ? k - lo : 1;
    if (lo >= doc->n_toks) *count = 0;
}

size_t cd_sentence_numbers(const cd_doc *doc, size_t s, size_t *end)
{
    size_t lo = 0, hi = doc->n_nums;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->nums[mid].sentence < s) lo = mid + 1;
        else hi = mid;
    }
    size_t e = lo;
    while (e < doc->n_nums && doc->nums[e].sentence == s) e++;
    *end = e;
    return lo;
}

void cd_format_value(double v, char *buf, size_t n)
{
    double a = fabs(v);
    if (!isfinite(v) || a >= 1e15) {
        snprintf(buf, n, "%g", v);
        return;
    }
    if (fabs(v - round(v)) < 1e-9 * (a > 1 ? a : 1)) {
        char digits[32];
        snprintf(digits, sizeof digits, "%.0f", a);
        size_t nd = strlen(digits), o = 0;
        if (v < 0 && o + 1 < n) buf[o++] = '-';
        for (size_t i = 0; i < nd && o + 1 < n; i++) {
            if (i && (nd - i) % 3 == 0 && o + 1 < n) buf[o++] = ',';
            if (o + 1 < n) buf[o++] = digits[i];
        }
        if (n) buf[o < n ? o : n - 1] = 0;
        return;
    }
    snprintf(buf, n, a >= 100 ? "%.1f" : "%.2f", v);
    char *dot = strchr(buf, '.');
    if (dot) { /* "62.50" -> "62.5", "100.0" -> "100" */
        char *e = buf + strlen(buf);
        while (e > dot + 1 && e[-1] == '0') *--e = 0;
        if (e == dot + 1) *dot = 0;
    }
}

/* The digits of a figure as written: "3.8 million" -> 3.8 with 1 decimal (decimals -1: none);
 * nd 0 when it is spelled out. */
typedef struct written_figure {
    double stated;
    int decimals;
    size_t nd_int; /* digits before the point */
    size_t zeros;  /* trailing zeros of a figure with no point: "60,000" 4 */
} written_figure;

static written_figure read_figure(const cd_doc *doc, const cd_number *n)
{
    const char *s = doc->text + n->span.tstart;
    size_t len = n->span.tstop - n->span.tstart, i = 0;
    while (i < len && !(s[i] >= '0' && s[i] <= '9')) i++;
    char digits[64];
    size_t nd = 0;
    written_figure w = {0, -1, 0, 0};
    for (; i < len && nd + 1 < sizeof digits; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            digits[nd++] = c;
            if (w.decimals >= 0) w.decimals++;
            else w.nd_int++;
        } else if ((c == ',' || c == '.') && i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9') {
            if (c == '.') {
                if (w.decimals >= 0) break;
                digits[nd++] = '.';
                w.decimals = 0;
            }
        } else {
            break;
        }
    }
    digits[nd] = 0;
    w.stated = nd ? strtod(digits, NULL) : NAN;
    while (w.decimals < 0 && w.zeros < nd && digits[nd - 1 - w.zeros] == '0') w.zeros++;
    return w;
}

/* What the written digits are multiplied by: "3.8 million" 1,000,000, "65 cts" 0.01; 1 when spelled. */
static double figure_scale(const cd_number *n, written_figure w)
{
    return isnan(w.stated) || w.stated == 0 || n->value == 0 ? 1 : fabs(n->value / w.stated);
}

/* The unit of the figure's last written digit, in the number's own scale: "1,200" -> 1, "62.5" ->
 * 0.1, "3.8 million" -> 100,000, "two" -> 1. */
static double digit_unit(const cd_doc *doc, const cd_number *n)
{
    written_figure w = read_figure(doc, n);
    return (w.decimals > 0 ? pow(10, -w.decimals) : 1) * figure_scale(n, w);
}

/* Half the unit of the figure's last stated digit, in the number's own scale: "1,200" -> 50,
 * "62.5" -> 0.05, "3.8 million" -> 50,000; spelled-out numbers count their trailing zeros too. */
static double half_unit(const cd_doc *doc, const cd_number *n)
{
    written_figure w = read_figure(doc, n);
    double mag = fabs(n->value);
    if (isnan(w.stated)) { /* spelled out: "three hundred" stands for 300 +- 50 */
        if (mag < 1 || mag >= 1e15 || fabs(mag - round(mag)) > 1e-9) return 0;
        double unit = 1;
        while (fmod(mag, unit * 10) == 0) unit *= 10;
        return unit / 2;
    }
    double unit = 1;
    if (w.decimals > 0) {
        unit = pow(10, -w.decimals);
    } else {
        /* trailing zeros are rounding, but a figure of three or more digits keeps at least two
         * significant ones: "60,000" stands for 59,500..60,500; of two-digit figures only
         * percentages are read as rounded ("40%": 35..45), "$80" is 80 */
        size_t k = w.nd_int, zeros = w.stated == 0 ? 0 : w.zeros;
        int pct = n->kind == CD_NUM_PERCENT || n->kind == CD_NUM_PERCENT_POINTS;
        while (k > 1 && zeros > 0 && (w.nd_int < 3 ? pct : k > 2)) {
            unit *= 10;
            zeros--;
            k--;
        }
    }
    return unit * figure_scale(n, w) / 2;
}

/* A word of class check_near within the three tokens before the number (or inside its range):
 * returns its num (-1: a little below, 0: close), or 1 when there is none. */
static int near_hint(const cd_doc *doc, size_t num)
{
    size_t first, count;
    cd_number_tokens(doc, num, &first, &count);
    size_t from = first >= 3 ? first - 3 : 0;
    int hint = 1;
    for (size_t k = from; k < first + count && k < doc->n_toks; k++) {
        const cd_token *t = &doc->toks[k];
        if (t->type == TOK_PUNCT && k < first) hint = 1; /* "nearly. 40" does not qualify */
        if (t->type != TOK_WORD) continue;
        const cd_lexrec *r;
        if (cd_lex_match(doc, k, LX_CHECK_NEAR, &r)) hint = (int)r->num;
    }
    return hint;
}

cd_span cd_number_stated_span(const cd_doc *doc, size_t num)
{
    cd_span span = doc->nums[num].span;
    size_t first, count;
    cd_number_tokens(doc, num, &first, &count);
    if (!count || first >= doc->n_toks || doc->toks[first].start != span.tstart) return span;
    for (size_t k = first >= 4 ? first - 4 : 0; k < first; k++) { /* the longest qualifier ending at the number */
        const cd_lexrec *r;
        size_t len = doc->toks[k].type == TOK_PUNCT ? 0 : cd_lex_match(doc, k, LX_NUM_APPROX, &r);
        if (len && k + len == first && r->num == 0) {
            span.tstart = doc->toks[k].start;
            break;
        }
    }
    return span;
}

static int approx_is(const char *a, const char *what)
{
    return a && cd_str_is(a, what);
}

/* "half", "a third", "two thirds": a fraction below one in words. */
static int spelled_fraction(const cd_doc *doc, const cd_number *n)
{
    return n->kind == CD_NUM_FRACTION && fabs(n->value) < 1 && isnan(read_figure(doc, n).stated);
}

/* The interval; `rounding`: whether an unqualified figure may stand for a rounded one. */
static cd_interval interval(const cd_doc *doc, size_t num, int rounding)
{
    const cd_number *n = &doc->nums[num];
    double lo = n->value, hi = n->is_range && n->value_hi > n->value ? n->value_hi : n->value;
    double mag = fabs(lo) > fabs(hi) ? fabs(lo) : fabs(hi);
    double r = half_unit(doc, n), loose = r > 0.1 * mag ? r : 0.1 * mag;
    int hint = near_hint(doc, num);
    const char *a = n->approx;
    if (!a && hint == -1) a = "under";
    cd_interval iv;
    if (!a) {
        double w = !rounding ? 0 : r < 0.1 * mag ? r : 0.1 * mag;
        iv.lo = lo - w;
        iv.hi = hi + w;
    } else if (approx_is(a, "over") || approx_is(a, "at least")) {
        iv.lo = lo;
        iv.hi = hint != 1 ? hi + loose : INFINITY;
    } else if (approx_is(a, "under") || approx_is(a, "at most")) {
        double below = r > 0.15 * mag ? r : 0.15 * mag;
        iv.lo = hint != 1 ? lo - below : (lo >= 0 ? 0 : -INFINITY);
        /* a fraction in words is itself a rounding (thirds, quarters, halves): "nearly a third"
         * of 33.7% is loose wording, not a wrong figure */
        iv.hi = spelled_fraction(doc, n) ? hi + 0.05 * mag : hi;
    } else if (approx_is(a, "approximate")) { /* "dozens of", "hundreds of" */
        iv.lo = lo / 2;
        iv.hi = hi * 5;
    } else { /* "about", "roughly", "some" */
        /* a fraction in words has no digits to tell its rounding: hedged, it is as wide as
         * "nearly" makes a figure below it ("around half" 42.5..57.5%) */
        double by = spelled_fraction(doc, n) && 0.15 * mag > loose ? 0.15 * mag : loose;
        iv.lo = lo - by;
        iv.hi = hi + by;
    }
    return iv;
}

cd_interval cd_number_interval(const cd_doc *doc, size_t num)
{
    return interval(doc, num, 1);
}

static int same_value(double a, double b)
{
    return fabs(a - b) <= 1e-9 * (fabs(a) > 1 ? fabs(a) : 1);
}

/* The numbers of a change claim that hold its `from` and `to` (and `by`), as indices. */
static size_t first_number_from(const cd_doc *doc, size_t toff)
{
    size_t lo = 0, hi = doc->n_nums;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->nums[mid].span.tstart < toff) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* The end of a change that took its partner's scale word ("from 1.042 to 1.504 bln": the claim's
 * from is 1.042 billion) is the number whose value, so scaled, is the claim's. */
static void shared_scale_end(const cd_doc *doc, const cd_claim *c, size_t first, size_t end, size_t *from,
                             size_t *to)
{
    for (size_t i = first; i < end; i++) {
        double from_by, to_by;
        if (*from == SIZE_MAX && i != *to) {
            cd_shared_scale(doc, i, *to, &from_by, &to_by);
            if (from_by != 1 && same_value(doc->nums[i].value * from_by, c->change->from)) *from = i;
        } else if (*to == SIZE_MAX && i != *from) {
            cd_shared_scale(doc, *from, i, &from_by, &to_by);
            if (to_by != 1 && same_value(doc->nums[i].value * to_by, c->change->to)) *to = i;
        }
    }
}

static void change_numbers(const cd_doc *doc, const cd_claim *c, size_t *from, size_t *to, size_t *by)
{
    size_t first, end;
    *from = *to = *by = SIZE_MAX;
    if (c->number_count && c->number_first + c->number_count <= doc->n_nums) {
        first = c->number_first;
        end = first + c->number_count;
    } else { /* the numbers inside the claim's span */
        first = end = first_number_from(doc, c->span.tstart);
        while (end < doc->n_nums && doc->nums[end].span.tstart < c->span.tstop) end++;
    }
    for (size_t i = first; i < end; i++) {
        double v = doc->nums[i].value;
        if (*from == SIZE_MAX && isfinite(c->change->from) && same_value(v, c->change->from)) *from = i;
        else if (*to == SIZE_MAX && isfinite(c->change->to) && same_value(v, c->change->to)) *to = i;
        else if (*by == SIZE_MAX && isfinite(c->change->by) && same_value(fabs(v), fabs(c->change->by))) *by = i;
    }
    if ((*from == SIZE_MAX) != (*to == SIZE_MAX)) shared_scale_end(doc, c, first, end, from, to);
}

/* The change claims, by index in order (malloc'd, *n of them; NULL when none): the checks read
 * them twice, and a walk over every claim reads a cache line per claim, most of them no change.
 * -1 (doc->oom set) when memory runs out. */
static int list_changes(cd_doc *doc, size_t **changes, size_t *n)
{
    size_t cap = 0;
    *changes = NULL;
    *n = 0;
    for (size_t i = 0; i < doc->n_claims; i++) {
        if (doc->claims[i].kind != CD_CLAIM_CHANGE) continue;
        size_t *slot = cd_vec_push_inline((void **)changes, n, &cap, sizeof *slot);
        if (!slot) {
            free(*changes);
            *changes = NULL;
            doc->oom = 1;
            return -1;
        }
        *slot = i;
    }
    return 0;
}

/* The roles of the numbers in the change claims changes[0 .. n). */
static cd_numrole *roles_of(cd_doc *doc, const size_t *changes, size_t n)
{
    if (!doc->n_nums) return NULL;
    cd_numrole *roles = calloc(doc->n_nums, sizeof *roles);
    if (!roles) {
        doc->oom = 1;
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        const cd_claim *c = &doc->claims[changes[i]];
        size_t f, t, b;
        change_numbers(doc, c, &f, &t, &b);
        if (f != SIZE_MAX) {
            roles[f].role |= CD_ROLE_FROM;
            roles[f].partner = t;
        }
        if (t != SIZE_MAX) {
            roles[t].role |= CD_ROLE_TO;
            roles[t].partner = f;
        }
        if (b != SIZE_MAX) roles[b].role |= CD_ROLE_BY;
    }
    return roles;
}

cd_numrole *cd_number_roles(cd_doc *doc)
{
    size_t *changes, n;
    if (!doc->n_nums || list_changes(doc, &changes, &n)) return NULL;
    cd_numrole *roles = roles_of(doc, changes, n);
    free(changes);
    return roles;
}

/* ---- the checks' own helpers --------------------------------------------------------------- */

typedef struct sort_item sort_item;

/* A person's mention with an office before it ("Sen. Ann Cole"). */
typedef struct office_use {
    const char *name;
    const cd_lexrec *office;
    size_t ent;
} office_use;

typedef struct chk {
    cd_doc *doc;
    cd_numrole *roles;
    const size_t *changes; /* the change claims (list_changes) */
    size_t n_changes;
    sort_item *sort_items, *sort_tmp; /* sort_items' room for the checks' sorts: a number or an
                                       * entity each, and one more */
    office_use *uses;                 /* office_uses: NULL until made */
    size_t n_uses;
} chk;

static size_t num_first(const cd_doc *doc, size_t i)
{
    size_t f, c;
    cd_number_tokens(doc, i, &f, &c);
    return f;
}

static size_t num_last(const cd_doc *doc, size_t i)
{
    size_t f, c;
    cd_number_tokens(doc, i, &f, &c);
    return c ? f + c - 1 : f;
}

/* The number's text with its qualifier, for messages (at most cap - 1 bytes). */
static const char *num_text(const cd_doc *doc, size_t i, char *buf, size_t cap)
{
    cd_span s = cd_number_stated_span(doc, i);
    size_t n = s.tstop - s.tstart;
    if (n >= cap) n = cap - 1;
    memcpy(buf, doc->text + s.tstart, n);
    buf[n] = 0;
    return buf;
}

/* Strings in order as strcmp puts them; cd_intern gives equal names and units one pointer, so
 * most equal pairs need no strcmp. */
static int name_order(const char *a, const char *b)
{
    return a == b ? 0 : strcmp(a, b);
}

static int same_name(const char *a, const char *b)
{
    return name_order(a, b) == 0;
}

static int disjoint(cd_interval a, cd_interval b)
{
    return a.hi < b.lo || a.lo > b.hi;
}

/* A break word of num 2 ("with", "against", "compared") with no comma before it. */
static int breaks_after_comma_only(const cd_doc *doc, size_t k)
{
    const cd_lexrec *r = cd_tok_rec(doc, k, LX_CHECK_BREAKS);
    return r && r->num == 2 && !(k > 0 && cd_tok_is_punct(doc, k - 1, ','));
}

/* Inline: mention_key asks it of every word after a figure, most of them no break word. */
static CD_ALWAYS_INLINE int is_break(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    if (t->type == TOK_PUNCT) return t->cp == ';' || t->cp == ':' || t->cp == '(' || t->cp == ')';
    return t->type == TOK_WORD && cd_lex_has(cd_tok_entry(t), LX_CHECK_BREAKS) && !breaks_after_comma_only(doc, k);
}

/* No clause break and no other number between tokens a and b (exclusive). */
static int same_clause(const cd_doc *doc, size_t a, size_t b)
{
    for (size_t k = a + 1; k < b && k < doc->n_toks; k++)
        if (is_break(doc, k) || doc->toks[k].type == TOK_NUM) return 0;
    return 1;
}

static void relate(cd_doc *doc, cd_finding *f, const cd_span *s)
{
    cd_finding_relate(doc, f, *s);
}

static int is_pct(const cd_number *n)
{
    return n->kind == CD_NUM_PERCENT || n->kind == CD_NUM_PERCENT_POINTS;
}

/* ---- arithmetic: percentages, differences and multiples of a change ------------------------ */

typedef struct change_ctx {
    size_t f, t;
    cd_span span; /* the change claim's */
    cd_interval F, T;
    double fv, tv; /* the values, in one scale (shared_scale) */
} change_ctx;

/* The finding names the change's two figures as its related spans. */
static void relate_pair(cd_doc *doc, cd_finding *f, const change_ctx *cc)
{
    relate(doc, f, &doc->nums[cc->f].span);
    relate(doc, f, &doc->nums[cc->t].span);
}

/* A change of more than this factor either way is no change the story states: its figures are
 * of two things ("from 65 cts a share to an estimated 59 mln dlrs"). */
#define MAX_CHANGE_FACTOR 1e4

static cd_interval scaled(cd_interval iv, double by)
{
    return (cd_interval){iv.lo * by, iv.hi * by};
}

/* A figure with no unit of its own, or its partner's: "65 cts" takes no scale from "59 mln dlrs". */
static int unit_of_partner(const cd_number *n, const cd_number *partner)
{
    return !n->unit || (partner->unit && strcmp(n->unit, partner->unit) == 0);
}

/* A figure of the pair written without the scale word its partner has, at the partner's size,
 * takes it: "from 2.118 to 3.046 bln", "to 4.80 seat miles flown from 3.50 billion". Only
 * a pair 100 times apart or more can be such (digits within 10 times, a scale of 1,000 or more).
 * Sets what each value is multiplied by (1 when nothing is shared). */
void cd_shared_scale(const cd_doc *doc, size_t from, size_t to, double *from_by, double *to_by)
{
    *from_by = *to_by = 1;
    const cd_number *f = &doc->nums[from], *t = &doc->nums[to];
    if (!(f->value > 0) || !(t->value > 0) || (t->value < f->value * 100 && f->value < t->value * 100)) return;
    written_figure fw = read_figure(doc, f), tw = read_figure(doc, t);
    if (isnan(fw.stated) || isnan(tw.stated) || fw.stated <= 0 || tw.stated <= 0) return;
    double digits_ratio = tw.stated / fw.stated;
    if (digits_ratio < 0.1 || digits_ratio > 10) return;
    double fs = figure_scale(f, fw), ts = figure_scale(t, tw);
    if (fs == 1 && ts >= 1000 && unit_of_partner(f, t)) *from_by = ts;
    else if (ts == 1 && fs >= 1000 && unit_of_partner(t, f)) *to_by = fs;
}

static void shared_scale(const cd_doc *doc, change_ctx *cc)
{
    double fb, tb;
    cd_shared_scale(doc, cc->f, cc->t, &fb, &tb);
    cc->F = scaled(cc->F, fb);
    cc->fv *= fb;
    cc->T = scaled(cc->T, tb);
    cc->tv *= tb;
}

/* The range of |to/from - 1| * 100 over the two intervals. */
static cd_interval relative_change(const change_ctx *cc)
{
    double lo = cc->T.lo / cc->F.hi - 1, hi = cc->T.hi / cc->F.lo - 1;
    cd_interval r;
    if (lo >= 0) r.lo = lo, r.hi = hi;
    else if (hi <= 0) r.lo = -hi, r.hi = -lo;
    else r.lo = 0, r.hi = hi > -lo ? hi : -lo;
    r.lo *= 100;
    r.hi *= 100;
    return r;
}

static cd_interval abs_difference(const change_ctx *cc)
{
    double lo = cc->T.lo - cc->F.hi, hi = cc->T.hi - cc->F.lo;
    cd_interval r;
    if (lo >= 0) r.lo = lo, r.hi = hi;
    else if (hi <= 0) r.lo = -hi, r.hi = -lo;
    else r.lo = 0, r.hi = hi > -lo ? hi : -lo;
    return r;
}

/* Number j does not state the pair's change: its text after `lead` ("a change of " for a fraction
 * in words), with the change the figures make. */
static void report_percent(chk *k, const change_ctx *cc, size_t j, const char *lead)
{
    cd_doc *doc = k->doc;
    char st[64], a[64], b[64], v[32];
    num_text(doc, j, st, sizeof st);
    num_text(doc, cc->f, a, sizeof a);
    num_text(doc, cc->t, b, sizeof b);
    cd_finding *f;
    if (doc->nums[j].kind == CD_NUM_PERCENT_POINTS) {
        cd_format_value(fabs(cc->tv - cc->fv), v, sizeof v);
        f = cd_add_finding(doc, "arithmetic", CD_SEV_ERROR, cd_number_stated_span(doc, j),
                           "%s%s does not follow from %s to %s: the difference is %s percentage point%s", lead, st, a,
                           b, v, strcmp(v, "1") ? "s" : "");
    } else {
        double pct = (cc->tv / cc->fv - 1) * 100;
        cd_format_value(fabs(pct), v, sizeof v);
        f = cd_add_finding(doc, "arithmetic", CD_SEV_ERROR, cd_number_stated_span(doc, j),
                           "%s%s does not follow from %s to %s: that is %s of %s%%", lead, st, a, b,
                           pct >= 0 ? "an increase" : "a decrease", v);
    }
    relate_pair(doc, f, cc);
}

/* Percentage j goes on "to" or "from" a figure that is not the pair's: it is the percentage of
 * that change ("with orders up 9.1 pct to 240 mln", "pushing shipments up 45.3 pct to 260,000"). */
static int starts_own_change(const cd_doc *doc, const change_ctx *cc, size_t j)
{
    size_t next = num_last(doc, j) + 1;
    if (j + 1 >= doc->n_nums || j + 1 == cc->f || j + 1 == cc->t || num_first(doc, j + 1) != next + 1) return 0;
    return cd_tok_is(doc, next, "to") || cd_tok_is(doc, next, "from");
}

/* "or two pct on a comparable store basis": a percentage on another basis than the figures'. */
static int on_other_basis(const cd_doc *doc, size_t j)
{
    size_t on = num_last(doc, j) + 1;
    if (!cd_tok_is(doc, on, "on")) return 0;
    for (size_t k = on + 1; k < doc->n_toks && k <= on + 6; k++) {
        if (cd_tok_is(doc, k, "basis")) return 1;
        if (doc->toks[k].type == TOK_PUNCT && doc->toks[k].cp != '-') return 0;
    }
    return 0;
}

/* "from 35 to 36 pct": j ends a range that one of the pair's figures starts. */
static int ends_pair_range(const cd_doc *doc, const change_ctx *cc, size_t j)
{
    size_t jf = num_first(doc, j);
    if (j == 0 || (j - 1 != cc->f && j - 1 != cc->t) || jf < 2 || num_last(doc, j - 1) != jf - 2) return 0;
    return cd_tok_is(doc, jf - 1, "to") || cd_tok_is_punct(doc, jf - 1, '-');
}

/* Number j is the amount of a change claim that states a level of its own ("950, down 40 pct"):
 * another thing's move. An amount alone ("a 20 percent increase") may restate the pair's. */
static int amount_of_other_level(const chk *k, size_t j)
{
    const cd_span *sp = &k->doc->nums[j].span;
    for (size_t i = 0; i < k->n_changes; i++) {
        const cd_claim *c = &k->doc->claims[k->changes[i]];
        if (c->span.tstart <= sp->tstart && sp->tstop <= c->span.tstop)
            return isfinite(c->change->from) || isfinite(c->change->to);
    }
    return 0;
}

/* Is number j a stated percentage of the change (next to it, in the same clause)? */
static int states_percent_of(const cd_doc *doc, const chk *k, const change_ctx *cc, size_t j)
{
    if (j == cc->f || j == cc->t || !is_pct(&doc->nums[j])) return 0;
    if (k->roles && (k->roles[j].role & (CD_ROLE_FROM | CD_ROLE_TO))) return 0;
    /* the amount of another change beside it: "Ardent 950, down 40 pct, Corvo 1,210, down from
     * 1,500" (a claim's own amount lies inside its span) */
    const cd_span *sp = &doc->nums[j].span;
    int outside = sp->tstart < cc->span.tstart || sp->tstop > cc->span.tstop;
    if (outside && k->roles && (k->roles[j].role & CD_ROLE_BY) && amount_of_other_level(k, j)) return 0;
    /* outside the claim, a percentage "of" something is a share of a whole ("2.0 bln dlrs earned
     * by 70 pct of the firms"), not the change's size */
    if (outside && cd_tok_is(doc, num_last(doc, j) + 1, "of")) return 0;
    return !starts_own_change(doc, cc, j) && !on_other_basis(doc, j) && !ends_pair_range(doc, cc, j);
}

/* What number j states of a change, as a size: a negative figure ("-20%") reads as 20. */
static cd_interval stated_size(const cd_doc *doc, size_t j)
{
    cd_interval S = cd_number_interval(doc, j);
    return S.hi < 0 ? (cd_interval){-S.hi, -S.lo} : S;
}

/* A percentage of a change with no qualifier is the change rounded, or cut off, at its last
 * written digit: "two pct" stands for 1.5..3, "15.5 pct" for 15.45..15.6 (wires cut 15.57 to
 * 15.5); rounding past the last digit ("30%" read as 25..35) is held to a tenth of the figure. */
static cd_interval stated_percent(const cd_doc *doc, size_t j)
{
    const cd_number *n = &doc->nums[j];
    cd_interval S = stated_size(doc, j);
    if (n->approx || n->is_range || near_hint(doc, j) != 1) return S;
    double mag = fabs(n->value), unit = digit_unit(doc, n), rounding = half_unit(doc, n);
    double most = 0.1 * mag > unit / 2 ? 0.1 * mag : unit / 2;
    if (rounding > most) rounding = most;
    return (cd_interval){mag - rounding, mag + (unit > rounding ? unit : rounding)};
}

/* Figure i written with three decimals and no scale word ("25.269 units"), beside a partner of a
 * thousand or more: the point may stand for a thousands comma. (The number reader's value of the
 * digits is strtod's, to the last bit: digits_value in numbers.c.) */
static int thousands_slip(const cd_doc *doc, size_t i, size_t partner)
{
    const cd_number *n = &doc->nums[i];
    written_figure w = read_figure(doc, n);
    return w.decimals == 3 && w.nd_int <= 3 && n->value == w.stated && !n->approx && !n->is_range &&
           doc->nums[partner].value >= 1000;
}

/* The pair with figure i (its from or to) read a thousand times larger. */
static change_ctx read_as_thousands(const change_ctx *cc, size_t i)
{
    change_ctx alt = *cc;
    if (i == cc->f) alt.F = scaled(alt.F, 1000), alt.fv *= 1000;
    else alt.T = scaled(alt.T, 1000), alt.tv *= 1000;
    return alt;
}

/* The figure of the pair whose point may stand for a thousands comma (thousands_slip), the pair's
 * "to" before its "from"; SIZE_MAX if neither. */
static size_t slipped_figure(const cd_doc *doc, const change_ctx *cc)
{
    return thousands_slip(doc, cc->t, cc->f) ? cc->t : thousands_slip(doc, cc->f, cc->t) ? cc->f : SIZE_MAX;
}

/* The finding of a thousands slip at figure i: `lead` (what the story says) does not follow from
 * the pair as written but does from alt, the pair with i read a thousand times larger. */
static void report_thousands(chk *k, const change_ctx *cc, size_t i, const change_ctx *alt, const char *lead,
                             cd_span span)
{
    cd_doc *doc = k->doc;
    char a[64], b[64], slip[64], fixed[32], v[32];
    double pct = (alt->tv / alt->fv - 1) * 100;
    cd_format_value(fabs(pct), v, sizeof v);
    cd_format_value(doc->nums[i].value * 1000, fixed, sizeof fixed);
    num_text(doc, cc->f, a, sizeof a);
    num_text(doc, cc->t, b, sizeof b);
    num_text(doc, i, slip, sizeof slip);
    cd_finding *f = cd_add_finding(doc, "arithmetic", CD_SEV_ERROR, span,
                                   "%s does not follow from %s to %s, but does from %s to %s (%s of %s%%): is %s a "
                                   "slip for %s?",
                                   lead, a, b, i == cc->f ? fixed : a, i == cc->f ? b : fixed,
                                   pct >= 0 ? "an increase" : "a decrease", v, slip, fixed);
    relate_pair(doc, f, cc);
}

/* "Truck sales fell six pct to 29.418 units from 31,262": the stated percentage follows when the
 * point of one figure is read as a thousands comma; the finding says so, the slip an editor fixes. */
static int report_slip(chk *k, const change_ctx *cc, size_t j, cd_interval S)
{
    size_t i = slipped_figure(k->doc, cc);
    if (i == SIZE_MAX) return 0;
    change_ctx alt = read_as_thousands(cc, i);
    if (disjoint(S, relative_change(&alt))) return 0;
    char st[64];
    report_thousands(k, cc, i, &alt, num_text(k->doc, j, st, sizeof st), cd_number_stated_span(k->doc, j));
    return 1;
}

/* "exports of trucks dropped to 6,200 from 9.900": the change word says one direction and the
 * figures as read the other, and they agree once the point of a figure with three decimals is read
 * as a thousands comma (a thousands dot, as much of Europe writes it): the finding names the slip.
 * The two figures in one unit only ("cut to 10 cts from 1.10 dlrs" moves between units). Returns
 * 1 when it reports: the pair's other checks would read the slip as written. */
static int report_direction_slip(chk *k, const cd_claim *c, const change_ctx *cc)
{
    cd_doc *doc = k->doc;
    const char *dir = c->change->direction;
    int down = dir && cd_str_is(dir, "decrease"), up = dir && cd_str_is(dir, "increase");
    if (!(down ? cc->tv > cc->fv : up && cc->tv < cc->fv)) return 0;
    const char *fu = doc->nums[cc->f].unit, *tu = doc->nums[cc->t].unit;
    if (fu != tu && (!fu || !tu || !same_name(fu, tu))) return 0;
    size_t i = slipped_figure(doc, cc);
    if (i == SIZE_MAX) return 0;
    change_ctx alt = read_as_thousands(cc, i);
    if (down ? alt.tv >= alt.fv : alt.tv <= alt.fv) return 0;
    /* the percent's word is `said` too: alt moves the way the change word says */
    report_thousands(k, cc, i, &alt, down ? "a decrease" : "an increase", c->span);
    return 1;
}

/* "the occupancy rate slipped 2.4 pct to 61.3 pct from 63.7 pct": a change of two percentages stated in
 * percent that is their difference in points, not the change the percent says (3.77%). Readers
 * cannot tell which is meant; style guides ask for "percentage points". */
static void report_points(chk *k, const change_ctx *cc, size_t j)
{
    cd_doc *doc = k->doc;
    char st[64], a[64], b[64], v[32];
    double pct = (cc->tv / cc->fv - 1) * 100;
    cd_format_value(fabs(pct), v, sizeof v);
    num_text(doc, cc->f, a, sizeof a);
    num_text(doc, cc->t, b, sizeof b);
    cd_finding *f = cd_add_finding(doc, "percentage-points", CD_SEV_WARNING, cd_number_stated_span(doc, j),
                                   "%s is the difference from %s to %s in percentage points; as a percent, "
                                   "that is %s of %s%%",
                                   num_text(doc, j, st, sizeof st), a, b, pct >= 0 ? "an increase" : "a decrease", v);
    relate_pair(doc, f, cc);
}

static void check_percent(chk *k, const change_ctx *cc, size_t j)
{
    cd_doc *doc = k->doc;
    int from_pct = doc->nums[cc->f].kind == CD_NUM_PERCENT && doc->nums[cc->t].kind == CD_NUM_PERCENT;
    cd_interval S = stated_percent(doc, j);
    if (doc->nums[j].kind == CD_NUM_PERCENT_POINTS) {
        if (disjoint(S, abs_difference(cc))) report_percent(k, cc, j, "");
        return;
    }
    if (!disjoint(S, relative_change(cc))) return;
    if (from_pct && !disjoint(S, abs_difference(cc))) {
        if (cc->fv > 0) report_points(k, cc, j);
        return;
    }
    if (!report_slip(k, cc, j, S)) report_percent(k, cc, j, "");
}

/* The percentages stated with the change: within 9 tokens after it ("..., a 40% increase") or 4
 * before it ("fell 30% from $80 to $60"), in the same clause, among the sentence's numbers
 * [first, end). */
static void check_percents(chk *k, const change_ctx *cc, size_t first, size_t end)
{
    cd_doc *doc = k->doc;
    size_t lo = cc->f < cc->t ? cc->f : cc->t, hi = cc->f < cc->t ? cc->t : cc->f;
    size_t lo_tok = num_first(doc, lo), hi_tok = num_last(doc, hi);
    for (size_t j = hi + 1; j < end && num_first(doc, j) <= hi_tok + 9; j++)
        if (same_clause(doc, hi_tok, num_first(doc, j)) && states_percent_of(doc, k, cc, j)) check_percent(k, cc, j);
    for (size_t j = lo; j > first && num_last(doc, j - 1) + 4 >= lo_tok; j--)
        if (same_clause(doc, num_last(doc, j - 1), lo_tok) && states_percent_of(doc, k, cc, j - 1))
            check_percent(k, cc, j - 1);
}

/* "cut nearly by half to 51.8 billion from 97.3 billion": a fraction in words below one, of
 * figures that are no fractions nor percentages, is a share of the earlier figure; its percentage
 * must follow. A fraction in digits is points ("climbed by more than 1/8 point to 7.42 pct"). */
static int share_of_change(const cd_doc *doc, const change_ctx *cc, size_t j)
{
    const cd_number *n = &doc->nums[j], *f = &doc->nums[cc->f], *t = &doc->nums[cc->t];
    if (!spelled_fraction(doc, n)) return 0;
    return f->kind != CD_NUM_FRACTION && t->kind != CD_NUM_FRACTION && !is_pct(f) && !is_pct(t);
}

static void check_fraction_of_change(chk *k, const change_ctx *cc, size_t j)
{
    cd_interval S = scaled(stated_size(k->doc, j), 100);
    if (disjoint(S, relative_change(cc))) report_percent(k, cc, j, "a change of ");
}

static void check_difference(chk *k, const change_ctx *cc, size_t j)
{
    cd_doc *doc = k->doc;
    if (j == SIZE_MAX || is_pct(&doc->nums[j]) || j == cc->f || j == cc->t) return;
    /* "gained 21/32 in price to yield 3.418%, from 3.467%": two percentages differ by a percentage
     * or points; a figure of another kind is another thing's change */
    if (is_pct(&doc->nums[cc->f]) && is_pct(&doc->nums[cc->t])) return;
    if (share_of_change(doc, cc, j)) {
        check_fraction_of_change(k, cc, j);
        return;
    }
    cd_interval D = abs_difference(cc), S = stated_size(doc, j);
    if (!disjoint(S, D)) return;
    char st[64], a[64], b[64], v[32];
    cd_format_value(fabs(cc->tv - cc->fv), v, sizeof v);
    cd_finding *f = cd_add_finding(doc, "arithmetic", CD_SEV_ERROR, cd_number_stated_span(doc, j),
                                   "a change of %s does not follow from %s to %s: the difference is %s",
                                   num_text(doc, j, st, sizeof st), num_text(doc, cc->f, a, sizeof a),
                                   num_text(doc, cc->t, b, sizeof b), v);
    relate_pair(doc, f, cc);
}

/* The interval a multiple verb allows: "doubled" 1.9..2.1 times, "more than doubled" 2 or more,
 * "nearly doubled" 1.7..2. */
static cd_interval multiple_range(const cd_doc *doc, size_t verb, double factor)
{
    cd_interval r = {factor * 0.95, factor * 1.05};
    if (verb >= 2 && cd_tok_is(doc, verb - 1, "than") &&
        (cd_tok_is(doc, verb - 2, "more") || cd_tok_is(doc, verb - 2, "less"))) {
        if (cd_tok_is(doc, verb - 2, "more")) r = (cd_interval){factor, INFINITY};
        else r = (cd_interval){0, factor};
    } else if (verb >= 1) {
        const cd_lexrec *n = cd_tok_rec(doc, verb - 1, LX_CHECK_NEAR);
        if (n && n->num < 0) r = (cd_interval){factor * 0.85, factor};
    }
    return r;
}

static void check_multiple(chk *k, const change_ctx *cc, size_t sent_first)
{
    cd_doc *doc = k->doc;
    size_t ff = num_first(doc, cc->f), tl = num_last(doc, cc->t);
    size_t from = ff > sent_first + 8 ? ff - 8 : sent_first;
    for (size_t v = from; v < tl; v++) {
        const cd_lexrec *r = cd_tok_rec(doc, v, LX_CHECK_MULTIPLES);
        if (!r || !isfinite(r->num) || (v < ff && !same_clause(doc, v, ff))) continue;
        if (cc->F.lo <= 0) return;
        cd_interval R = {cc->T.lo / cc->F.hi, cc->T.hi / cc->F.lo}, want = multiple_range(doc, v, r->num);
        if (!disjoint(R, want)) return;
        char a[64], b[64], x[32];
        cd_format_value(cc->tv / cc->fv, x, sizeof x);
        const cd_token *t = &doc->toks[v];
        cd_finding *f = cd_add_finding(doc, "arithmetic", CD_SEV_ERROR, cd_tokspan(doc, v, v),
                                       "\"%.*s\" does not follow from %s to %s: that is %s times", (int)t->len,
                                       doc->text + t->start, num_text(doc, cc->f, a, sizeof a),
                                       num_text(doc, cc->t, b, sizeof b), x);
        relate_pair(doc, f, cc);
        return;
    }
}

/* "with oats ranging from down 0.60 dlr to up 0.30": a figure after "up" or "down" is a
 * change itself, no level a change starts or ends at. */
static int is_change_itself(const cd_doc *doc, size_t j)
{
    size_t f = num_first(doc, j);
    return f >= 1 && (cd_tok_is(doc, f - 1, "up") || cd_tok_is(doc, f - 1, "down"));
}

static void check_changes(chk *k)
{
    cd_doc *doc = k->doc;
    for (size_t i = 0; i < k->n_changes; i++) {
        const cd_claim *c = &doc->claims[k->changes[i]];
        if (c->sentence >= doc->n_sents) continue;
        change_ctx cc;
        cc.span = c->span;
        size_t by;
        change_numbers(doc, c, &cc.f, &cc.t, &by);
        if (cc.f == SIZE_MAX || cc.t == SIZE_MAX || is_change_itself(doc, cc.f) || is_change_itself(doc, cc.t))
            continue;
        cc.F = cd_number_interval(doc, cc.f);
        cc.T = cd_number_interval(doc, cc.t);
        cc.fv = doc->nums[cc.f].value;
        cc.tv = doc->nums[cc.t].value;
        if (!(cc.F.lo > 0) || !isfinite(cc.F.hi) || cc.T.lo < 0 || cc.fv <= 0) continue;
        shared_scale(doc, &cc);
        if (cc.tv > cc.fv * MAX_CHANGE_FACTOR || (cc.tv > 0 && cc.tv * MAX_CHANGE_FACTOR < cc.fv)) continue;
        if (report_direction_slip(k, c, &cc)) continue;
        size_t end, first = cd_sentence_numbers(doc, c->sentence, &end);
        check_percents(k, &cc, first, end);
        check_difference(k, &cc, by);
        check_multiple(k, &cc, doc->sinfo[c->sentence].tok_first);
    }
}

/* ---- arithmetic: parts that must add up to a stated whole ---------------------------------- */

/* Numbers a..b (indices, a < b) are consecutive items of one list: a ',' or a break word
 * ("and") between each, no more than 10 tokens apart. */
static int list_link(const cd_doc *doc, size_t a, size_t b)
{
    size_t al = num_last(doc, a), bf = num_first(doc, b);
    if (bf <= al || bf - al > 10) return 0;
    for (size_t k = al + 1; k < bf; k++) {
        const cd_token *t = &doc->toks[k];
        if (t->type == TOK_PUNCT && (t->cp == ',' || t->cp == '+')) return 1;
        if (cd_tok_is(doc, k, "and") || cd_tok_is(doc, k, "plus")) return 1;
        if (t->type == TOK_PUNCT && (t->cp == ';' || t->cp == '(' || t->cp == ')')) return 0;
    }
    return 0;
}

static int part_kind_ok(const cd_number *whole, const cd_number *part)
{
    if (part->kind == CD_NUM_ORDINAL || part->kind == CD_NUM_FRACTION || part->is_range) return 0;
    if (whole->kind == CD_NUM_MONEY || whole->kind == CD_NUM_MEASURE) /* dollars with dollars, feet with feet */
        return part->kind == whole->kind && part->unit && whole->unit && same_name(part->unit, whole->unit);
    return part->kind == whole->kind;
}

static int is_part(const size_t *parts, size_t n, size_t j)
{
    for (size_t i = 0; i < n; i++)
        if (parts[i] == j) return 1;
    return 0;
}

/* A number of the parts' sentence or the two before it, neither a part nor the whole, that makes
 * up what the parts fall short of (gap): the list has a part not collected ("about 25 of the 135
 * staff will move to Leeds and 45 to York, with the remaining 65"; "saves 1.25 billion dlrs in
 * 1989" two sentences before "1.9 billion ... and 2.25 billion ..., for a total of 5.4
 * billion"). */
static int gap_stated(const cd_doc *doc, size_t whole, const size_t *parts, size_t n, cd_interval gap)
{
    size_t s = doc->nums[parts[0]].sentence, end;
    size_t j = cd_sentence_numbers(doc, s >= 2 ? s - 2 : 0, &end);
    for (; j < doc->n_nums && doc->nums[j].sentence <= s; j++)
        if (j != whole && !is_part(parts, n, j) && !disjoint(cd_number_interval(doc, j), gap)) return 1;
    return 0;
}

static void report_sum(chk *k, size_t whole, const size_t *parts, size_t n, cd_interval W, double whole_value,
                       const cd_span *where)
{
    cd_doc *doc = k->doc;
    cd_interval S = {0, 0};
    double sum = 0;
    char list[256] = "", t[64], w[64], v[32];
    for (size_t i = 0; i < n; i++) {
        cd_interval p = cd_number_interval(doc, parts[i]);
        S.lo += p.lo;
        S.hi += p.hi;
        sum += doc->nums[parts[i]].value;
        size_t len = strlen(list);
        snprintf(list + len, sizeof list - len, "%s%s", i ? " + " : "", num_text(doc, parts[i], t, sizeof t));
    }
    if (!disjoint(S, W)) return;
    /* parts that reach less than half the whole are no breakdown of it: rates ("one paying a
     * coupon of 9-5/16 pct and the other 9-7/16 pct"), or a list only begun */
    if (S.hi < W.lo / 2) return;
    if (S.hi < W.lo && gap_stated(doc, whole, parts, n, (cd_interval){W.lo - S.hi, W.hi - S.lo})) return;
    cd_format_value(sum, v, sizeof v);
    if (whole != SIZE_MAX) num_text(doc, whole, w, sizeof w);
    else cd_format_value(whole_value, w, sizeof w), strcat(w, "%");
    cd_finding *f = cd_add_finding(doc, "arithmetic", CD_SEV_ERROR, *where, "the parts %s add up to %s%s, not %s",
                                   list, v, doc->nums[parts[0]].kind == CD_NUM_PERCENT ? "%" : "", w);
    for (size_t i = 0; i < n; i++) relate(doc, f, &doc->nums[parts[i]].span);
}

/* "taking the total to 54": a figure with the word "total" just before it is a whole, no part. */
static int is_a_total(const cd_doc *doc, size_t j)
{
    size_t f = num_first(doc, j);
    for (size_t k = f >= 3 ? f - 3 : 0; k < f; k++)
        if (cd_tok_is(doc, k, "total")) return 1;
    return 0;
}

/* A stated total opens the parts after it with punctuation only, or with a colon, a bracket or a
 * dash right before them: "a total of 120, 70 diplomats and 50 hires", "a total of 120 boats: 70
 * ferries and 40 tugs"; not "a total of 692 rigs were drilling on land, 74 rigs were active" (the
 * first item of a list) nor "totalling 1.5 billion dlrs, compared with 1.4 billion". */
static int parts_follow(const cd_doc *doc, size_t whole)
{
    size_t first_part = num_first(doc, whole + 1);
    if (first_part >= 1 && doc->toks[first_part - 1].type == TOK_PUNCT) {
        uint32_t cp = doc->toks[first_part - 1].cp;
        if (cp == ':' || cp == '(' || cd_is_dash(cp)) return 1;
    }
    for (size_t k = num_last(doc, whole) + 1; k < first_part; k++)
        if (doc->toks[k].type != TOK_PUNCT) return 0;
    return 1;
}

/* No clause break between tokens a and b (exclusive): "..., compared to a total of 111". */
static int no_break_between(const cd_doc *doc, size_t a, size_t b)
{
    for (size_t k = a + 1; k < b && k < doc->n_toks; k++)
        if (is_break(doc, k)) return 0;
    return 1;
}

/* Collects the list that ends at number `last` (walking back) or starts at `first_part` (walking
 * forward) into parts; returns their count. */
static size_t collect_list(const cd_doc *doc, size_t whole, size_t start, size_t first, size_t end, int forward,
                           size_t *parts, size_t cap)
{
    size_t n = 0;
    parts[n++] = start;
    for (size_t cur = start; n < cap;) {
        size_t next = forward ? cur + 1 : cur - 1;
        if ((forward && next >= end) || (!forward && (cur == first || next < first))) break;
        if (next == whole || !part_kind_ok(&doc->nums[whole], &doc->nums[next]) || is_a_total(doc, next)) break;
        if (!(forward ? list_link(doc, cur, next) : list_link(doc, next, cur))) break;
        parts[n++] = next;
        cur = next;
    }
    for (size_t i = 0; !forward && i < n / 2; i++) { /* input order */
        size_t t = parts[i];
        parts[i] = parts[n - 1 - i];
        parts[n - 1 - i] = t;
    }
    return n;
}

#define MAX_PARTS 8

/* "70 diplomats and 40 local hires, a total of 120" / "a total of 120: 70 ... and 40 ..." */
static void check_stated_total(chk *k, size_t s, size_t first, size_t end)
{
    cd_doc *doc = k->doc;
    const cd_sent_info *si = &doc->sinfo[s];
    size_t scan = first;
    for (size_t i = si->tok_first; i < si->tok_first + si->tok_count; i++) {
        const cd_lexrec *r;
        size_t len = doc->toks[i].type == TOK_WORD ? cd_lex_match(doc, i, LX_CHECK_TOTALS, &r) : 0;
        if (!len) continue;
        size_t whole = SIZE_MAX;
        while (scan < end && num_last(doc, scan) + 3 < i) scan++; /* behind us for good */
        for (size_t j = scan; j < end && whole == SIZE_MAX && num_first(doc, j) <= i + len + 1; j++) {
            size_t jf = num_first(doc, j), jl = num_last(doc, j);
            if (r->num == 1 && jf >= i + len) whole = j;
            if (r->num == 2 && jl < i && jl + 2 >= i && (jl + 1 == i || doc->toks[jl + 1].type == TOK_WORD)) whole = j;
        }
        if (whole == SIZE_MAX || doc->nums[whole].kind == CD_NUM_ORDINAL) continue;
        size_t parts[MAX_PARTS], n = 0;
        size_t stated_at = r->num == 1 ? i : num_first(doc, whole);
        if (whole > first && part_kind_ok(&doc->nums[whole], &doc->nums[whole - 1]) &&
            num_last(doc, whole - 1) + 10 >= stated_at && no_break_between(doc, num_last(doc, whole - 1), stated_at))
            n = collect_list(doc, whole, whole - 1, first, end, 0, parts, MAX_PARTS);
        if (n < 2 && whole + 1 < end && part_kind_ok(&doc->nums[whole], &doc->nums[whole + 1]) &&
            num_first(doc, whole + 1) <= num_last(doc, whole) + 6 && parts_follow(doc, whole))
            n = collect_list(doc, whole, whole + 1, first, end, 1, parts, MAX_PARTS);
        if (n >= 2)
            report_sum(k, whole, parts, n, cd_number_interval(doc, whole), doc->nums[whole].value,
                       &doc->nums[whole].span);
        return;
    }
}

/* A remainder word right before number j, or before a comma before it ("the other 40", "the
 * remaining 40", "the rest, 40"); not "Ventana and others will own 13 pct". */
static int has_remainder(const cd_doc *doc, size_t j)
{
    size_t f = num_first(doc, j);
    if (f >= 1 && cd_tok_is_punct(doc, f - 1, ',')) f--;
    return f >= 1 && doc->toks[f - 1].type == TOK_WORD &&
           cd_lex_has(cd_tok_entry(&doc->toks[f - 1]), LX_CHECK_REMAINDER);
}

/* "Of the 120 staff, 70 were diplomats and the other 40 local hires": parts after a partitive whole
 * whose last part is "the rest" must add up to it; percentages that end with "the rest" to 100. */
static void check_partition(chk *k, size_t first, size_t end)
{
    cd_doc *doc = k->doc;
    for (size_t w = first; w < end; w++) {
        size_t wf = num_first(doc, w);
        int partitive = (wf >= 1 && cd_tok_is(doc, wf - 1, "of")) ||
                        (wf >= 2 && cd_tok_is(doc, wf - 2, "of") && doc->toks[wf - 1].type == TOK_WORD &&
                         cd_lex_has(cd_tok_entry(&doc->toks[wf - 1]), LX_CHECK_STOPWORDS));
        int pct = doc->nums[w].kind == CD_NUM_PERCENT;
        if (!partitive && !pct) continue;
        size_t parts[MAX_PARTS], n;
        if (partitive && !pct) {
            if (w + 2 >= end || !part_kind_ok(&doc->nums[w], &doc->nums[w + 1])) continue;
            n = collect_list(doc, w, w + 1, first, end, 1, parts, MAX_PARTS);
            if (n >= 2 && has_remainder(doc, parts[n - 1]))
                report_sum(k, w, parts, n, cd_number_interval(doc, w), doc->nums[w].value, &doc->nums[w].span);
            if (n >= 2) return;
            continue;
        }
        n = collect_list(doc, w, w, first, end, 1, parts, MAX_PARTS);
        if (n >= 2 && has_remainder(doc, parts[n - 1])) {
            cd_interval hundred = {100, 100};
            report_sum(k, SIZE_MAX, parts, n, hundred, 100, &doc->nums[parts[n - 1]].span);
            return;
        }
    }
}

static void check_totals(chk *k)
{
    cd_doc *doc = k->doc;
    size_t n_sents = doc->n_sents < doc->n_sinfo ? doc->n_sents : doc->n_sinfo;
    /* the numbers are in sentence order: a walk over them gives each sentence's numbers, and skips
     * the sentences without any (most), which have nothing to add up */
    for (size_t first = 0, end; first < doc->n_nums; first = end) {
        size_t s = doc->nums[first].sentence;
        for (end = first + 1; end < doc->n_nums && doc->nums[end].sentence == s;) end++;
        if (s >= n_sents) break; /* a number in no sentence: nothing after it is read */
        if (end - first < 3 && !(end - first == 2 && doc->nums[first].kind == CD_NUM_PERCENT)) continue;
        size_t before = doc->n_finds;
        if (end - first >= 3) check_stated_total(k, s, first, end);
        if (doc->n_finds == before) check_partition(k, first, end);
    }
}

/* ---- a stable sort by a 64-bit key ---------------------------------------------------------- */

/* A record to sort: its key, and its place before the sort. */
struct sort_item {
    uint64_t key;
    size_t idx;
};

#define RADIX_MIN 32 /* fewer items are sorted by insertion */

/* Sorts items[0..n) by key, stable (equal keys keep their order), without a comparison function
 * called at every step (qsort's cost on the checks' few thousand records): insertion for a few,
 * else a byte of the key a pass from the lowest, where a byte every key shares (the keys' OR and
 * AND agree on it: the high bytes of short keys) takes no pass. tmp has room for n items. */
static void sort_items(sort_item *items, sort_item *tmp, size_t n)
{
    if (n < RADIX_MIN) {
        for (size_t i = 1; i < n; i++) {
            sort_item x = items[i];
            size_t j = i;
            for (; j > 0 && items[j - 1].key > x.key; j--) items[j] = items[j - 1];
            items[j] = x;
        }
        return;
    }
    uint64_t any = 0, all = UINT64_MAX;
    for (size_t i = 0; i < n; i++) any |= items[i].key, all &= items[i].key;
    sort_item *from = items, *to = tmp;
    for (unsigned shift = 0; shift < 64; shift += 8) {
        if (!((any ^ all) >> shift & 255)) continue; /* one byte for all: the order stays */
        size_t at[256] = {0};
        for (size_t i = 0; i < n; i++) at[from[i].key >> shift & 255]++;
        for (size_t d = 0, sum = 0; d < 256; d++) {
            size_t count = at[d];
            at[d] = sum; /* the first place of the byte's items */
            sum += count;
        }
        for (size_t i = 0; i < n; i++) to[at[from[i].key >> shift & 255]++] = from[i];
        sort_item *t = from;
        from = to;
        to = t;
    }
    if (from != items) memcpy(items, from, n * sizeof *items);
}

/* ---- inconsistent-number ------------------------------------------------------------------- */

#define MENTION_ENTS 4
#define OWNER_WORDS 6

typedef struct mention {
    uint32_t key, when; /* what is counted, and its time and period words */
    uint32_t own_when, own_times; /* the time words of its own clause, after it, and their count */
    size_t num, ctx_stop; /* the number, and the text offset where its context ends */
    uint32_t ents[MENTION_ENTS]; /* the names in its sentence: whose figure it is */
    size_t nents;
    uint32_t owner[OWNER_WORDS]; /* the words of its clause before it: whose figure it is */
    size_t nowner;               /* 0: none, or a pronoun's (named elsewhere) */
    int by_pronoun;              /* a subject pronoun owns it ("It holds 40 mln dlrs of loans") */
} mention;

/* The room sort_mentions works in: for n mentions (items and tmp are the checks' own, chk). */
typedef struct mention_sort {
    sort_item *items, *tmp;
    mention *spare;
} mention_sort;

/* Sorts ms[0..n), which are in the order of their numbers, by key and time (by time alone when
 * by_when: a group of one key), then number: a stable sort by key and time keeps the numbers'
 * order among equals. */
static void sort_mentions(mention *ms, size_t n, int by_when, const mention_sort *ws)
{
    for (size_t i = 0; i < n; i++)
        ws->items[i] = (sort_item){by_when ? ms[i].when : (uint64_t)ms[i].key << 32 | ms[i].when, i};
    sort_items(ws->items, ws->tmp, n);
    for (size_t i = 0; i < n; i++) ws->spare[i] = ms[ws->items[i].idx];
    memcpy(ms, ws->spare, n * sizeof *ms);
}

/* A year that no time expression and no number took, naming whose figures follow: "1986 net
 * includes ...", "NOTE: 1985 4th qtr ..." (a count would be a number: "1986 workers"). */
static int bare_year(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    if (t->type != TOK_NUM || (t->flags & (TF_NUMBER | TF_TIME)) || t->len != 4) return 0;
    const char *d = doc->text + t->start;
    for (int i = 0; i < 4; i++)
        if (d[i] < '0' || d[i] > '9') return 0;
    return (d[0] == '1' && d[1] == '9') || (d[0] == '2' && d[1] == '0');
}

/* Time and period words of the sentence, order-free: two figures for different times or periods
 * ("in 2019" / "last year", "a day" / "a week", "1986 net" / "1985 net", "previously") are no
 * inconsistency. */
static uint32_t when_signature(const cd_doc *doc, size_t s, uint32_t *time_words)
{
    const cd_sent_info *si = &doc->sinfo[s];
    uint32_t sig = 0;
    *time_words = 0;
    for (size_t k = si->tok_first; k < si->tok_first + si->tok_count && k < doc->n_toks; k++) {
        const cd_token *t = &doc->toks[k];
        const cd_lexrec *p = t->type == TOK_WORD ? cd_lex_rec(cd_tok_entry(t), LX_CHECK_PERIODS) : NULL;
        if (p && p->str) sig += cd_lex_hash(p->str, strlen(p->str)) | 1;
        else if ((t->flags & TF_TIME) || bare_year(doc, k)) sig += cd_tok_key(doc, k) * 2654435761u;
        *time_words += (t->flags & TF_TIME) != 0;
    }
    return sig;
}

#define INCREMENT_WORD 2 /* data/check_rates.tsv's kind of "another", "additional", "further" */

/* Is token k a time or period word, or a rate ("per share", "each day")? Then it and (for a rate)
 * the word after it say when or how often, not what: returns how many tokens to skip, else 0. */
static size_t not_what(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    if (t->flags & TF_TIME) return 1;
    if (t->type != TOK_WORD) return 0;
    if (cd_lex_has(cd_tok_entry(t), LX_CHECK_PERIODS)) return 1;
    const cd_lexrec *r = cd_lex_rec(cd_tok_entry(t), LX_CHECK_RATES);
    return r && r->num != INCREMENT_WORD ? 2 : 0;
}

/* Number i is an amount added to another ("another 300 tonnes", "an additional $5 mln", "a
 * further 2 pct"): the word before it (a currency sign between) is of check_rates' kind 2. Such a
 * figure is new, not the earlier one told again, whatever it counts. */
static int added_amount(const cd_doc *doc, size_t i)
{
    size_t k = num_first(doc, i);
    if (k > 0 && doc->toks[k - 1].type == TOK_PUNCT) {
        uint32_t cp = doc->toks[k - 1].cp; /* "$" of "an additional $5 mln", when the number leaves it out */
        if (cd_is_currency_sign(cp)) k--;
    }
    if (k == 0 || doc->toks[k - 1].type != TOK_WORD) return 0;
    const cd_lexrec *r = cd_tok_rec(doc, k - 1, LX_CHECK_RATES);
    return r && r->num == INCREMENT_WORD;
}

#define KEY_WORDS 8

/* "vs", "versus": what follows is the figure the one before is compared with ("Shr 28 cts vs 16
 * cts"), which says nothing of what that one counts. */
static int versus_at(const cd_doc *doc, size_t k)
{
    size_t len = doc->toks[k].len; /* most words end here */
    if (len != 2 && len != 3 && len != 6) return 0;
    return cd_tok_is(doc, k, "vs") || cd_tok_is(doc, k, "vs.") || cd_tok_is(doc, k, "versus");
}

/* A compared figure: number i follows "vs" or "versus", at most one word between ("vs loss 17
 * cts", "vs provision 366,000 dlrs"). It is the other period's figure, like a change's past value. */
static int compared_figure(const cd_doc *doc, size_t i)
{
    size_t first = num_first(doc, i);
    for (size_t back = 1; back <= 2 && back <= first; back++) {
        size_t k = first - back;
        if (versus_at(doc, k)) return 1;
        if (doc->toks[k].type != TOK_WORD) return 0;
    }
    return 0;
}

/* A measure that names a kind of thing rather than a quantity of it: "a 40 GB hard drive", "an
 * 80 gigabyte hard drive" (the singular unit after a plural figure marks the compound modifier). */
static int attributive_measure(const cd_doc *doc, size_t i)
{
    const cd_number *n = &doc->nums[i];
    if (n->kind != CD_NUM_MEASURE || !n->unit) return 0;
    size_t first = num_first(doc, i), last = num_last(doc, i);
    if (first >= 1 && (cd_tok_is(doc, first - 1, "a") || cd_tok_is(doc, first - 1, "an"))) return 1;
    const cd_token *u = &doc->toks[last];
    if (u->type != TOK_WORD || n->value == 1) return 0;
    size_t len = u->len;
    int same_text = len == strlen(n->unit) && cd_word_eq(doc->text + u->start, len, n->unit, len);
    return !same_text && cd_tok_key(doc, last) == cd_word_key(n->unit, strlen(n->unit));
}

#define UNIT_MEMO 16      /* units remembered by mention_key: a story counts a few things again and again */
#define UNIT_MEMO_MAX 256 /* ... and a long text more (a slot for every 8 numbers, up to this) */

typedef struct unit_keys {
    const char *unit; /* the number's unit string (NULL: an empty slot) */
    uint32_t word;    /* cd_word_key of its last word */
    uint32_t text;    /* cd_lex_fnv of the whole unit */
} unit_keys;

/* What mention_key reads again from one number to the next: the context of the sentence (its time
 * words' signature and its names, read once for all of the sentence's numbers, which come one
 * after another) and the keys of recent units. */
typedef struct mention_memo {
    size_t sentence; /* SIZE_MAX: none read yet */
    uint32_t when, time_words;
    uint32_t ents[MENTION_ENTS];
    size_t nents;
    size_t unit_slots; /* a power of two: units[0..unit_slots) are in use */
    unit_keys units[UNIT_MEMO_MAX];
} mention_memo;

/* An empty memo, with room for the units of a text of n_nums numbers (only that room is cleared). */
static void start_memo(mention_memo *mm, size_t n_nums)
{
    memset(mm, 0, offsetof(mention_memo, units));
    mm->sentence = SIZE_MAX;
    mm->unit_slots = UNIT_MEMO;
    while (mm->unit_slots < UNIT_MEMO_MAX && mm->unit_slots * 8 < n_nums) mm->unit_slots *= 2;
    memset(mm->units, 0, mm->unit_slots * sizeof *mm->units);
}

static const unit_keys *keys_of_unit(mention_memo *mm, const char *u)
{
    unit_keys *k = &mm->units[((uintptr_t)u >> 3) & (mm->unit_slots - 1)];
    if (k->unit != u) {
        const char *sp = strrchr(u, ' ');
        k->unit = u;
        k->word = cd_word_key(sp ? sp + 1 : u, strlen(sp ? sp + 1 : u));
        k->text = cd_lex_fnv(u, strlen(u));
    }
    return k;
}

static void read_context(const cd_doc *doc, size_t s, mention_memo *mm)
{
    const cd_sent_info *si = &doc->sinfo[s];
    size_t stop = si->tok_first + si->tok_count;
    mm->sentence = s;
    mm->when = when_signature(doc, s, &mm->time_words);
    mm->nents = 0;
    if (doc->n_einfo != doc->n_ents) return;
    size_t lo = 0, hi = doc->n_ents; /* the first entity that starts in the sentence */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->einfo[mid].tok_first < si->tok_first) lo = mid + 1;
        else hi = mid;
    }
    for (; lo < doc->n_ents && doc->einfo[lo].tok_first < stop && mm->nents < MENTION_ENTS; lo++)
        if (doc->ents[lo].name) mm->ents[mm->nents++] = cd_lex_fnv(doc->ents[lo].name, strlen(doc->ents[lo].name));
}

/* A comma inside a time expression ("December 31, 1987"): the scan of a figure's own clause goes on. */
static int within_date(const cd_doc *doc, size_t k, size_t stop)
{
    return k > 0 && k + 1 < stop && k + 1 < doc->n_toks && (doc->toks[k - 1].flags & TF_TIME) &&
           (doc->toks[k + 1].flags & TF_TIME) && cd_tok_is_punct(doc, k, ',');
}

/* What number i counts: its unit and the words after it up to the clause's end ("commuters use
 * Pier 9 on weekdays"), without function words and without time, period and rate words. Returns
 * 0 when there is too little context to tell two mentions apart. */
static int mention_key(const cd_doc *doc, size_t i, mention *m, mention_memo *mm)
{
    const cd_number *n = &doc->nums[i];
    if (!n->unit || n->kind == CD_NUM_ORDINAL || n->kind == CD_NUM_FRACTION || n->sentence >= doc->n_sinfo) return 0;
    if (attributive_measure(doc, i)) return 0;
    const cd_sent_info *si = &doc->sinfo[n->sentence];
    size_t stop = si->tok_first + si->tok_count, k = num_last(doc, i) + 1, words = 0;
    const unit_keys *uk = keys_of_unit(mm, n->unit);
    uint32_t unit_key = uk->word, key = uk->text ^ (uint32_t)n->kind;
    m->own_when = m->own_times = 0;
    while (k < stop && k < doc->n_toks && words < KEY_WORDS) {
        const cd_token *t = &doc->toks[k];
        if (t->type == TOK_PUNCT && within_date(doc, k, stop)) {
            k++;
            continue;
        }
        if (t->type == TOK_PUNCT || is_break(doc, k)) break; /* numbers count: "Pier 9", "first" */
        size_t skip = not_what(doc, k);
        if (skip) {
            if (t->flags & TF_TIME) m->own_when += cd_tok_key(doc, k) * 2246822519u, m->own_times++;
            k += skip;
            continue;
        }
        k++;
        if (t->type == TOK_WORD && cd_lex_has(cd_tok_entry(t), LX_CHECK_STOPWORDS)) continue; /* before the key's cost */
        if (versus_at(doc, k - 1)) break;
        uint32_t w = cd_tok_key(doc, k - 1);
        if (words == 0 && w == unit_key) continue; /* the unit noun itself */
        key = (key ^ w) * 16777619u;
        words++;
        m->ctx_stop = cd_tok_stop(t);
    }
    if (words < 2) return 0;
    m->key = key;
    m->num = i;
    m->when = 0; /* add_context, for the keys that come again */
    m->nents = 0;
    return 1;
}

/* A function word, a hedge or a verb of tense ("was", "has", "will", "about"): any owner's figure
 * may have it. */
static int any_owners_word(const cd_lexentry *e)
{
    return cd_lex_has(e, LX_ENT_STOPWORDS) || cd_lex_has(e, LX_CHECK_STOPWORDS) || cd_lex_has(e, LX_NUM_APPROX) ||
           cd_lex_has(e, LX_TIME_MODALS) || cd_lex_has(e, LX_TIME_TENSE) || cd_lex_has(e, LX_TIME_PRESENT);
}

/* The owner of number i: the words of its clause before it, back to the clause's start or a
 * speech verb ("Warehouse zinc stocks rose to 84,000 tonnes", "the purchase lifted Norvik's
 * holding to 38.7 pct"), without function words, time words and the words any owner's figure has ("was",
 * "about"). A figure that opens its clause after a comma is in apposition to the words before the
 * comma, which own it ("the works in Tarbet, about 90 km north of Dunmore"; "the Tullo field,
 * 45 pct owned by Vandar"). A subject pronoun ends the owner: its subject is named in another sentence, and the
 * words after the pronoun ("He was acquitted on 49 counts", "They bought a gross 19.42 billion dlrs")
 * are all the owner it has, none when nothing stands between ("It has 3.5 billion dlrs"). None
 * when a possessive stands there: "its output" is the output of an owner named elsewhere. */
static void read_owner(const cd_doc *doc, size_t i, mention *m)
{
    const cd_sent_info *si = &doc->sinfo[doc->nums[i].sentence];
    int apposition = 0;
    m->nowner = 0;
    m->by_pronoun = 0;
    for (size_t k = num_first(doc, i); k > si->tok_first && m->nowner < OWNER_WORDS;) {
        const cd_token *t = &doc->toks[--k];
        if (t->type == TOK_PUNCT && !m->nowner && !apposition && cd_tok_is_punct(doc, k, ',')) {
            apposition = 1;
            continue;
        }
        if (t->type == TOK_PUNCT || is_break(doc, k)) return;
        if (t->type != TOK_WORD || (t->flags & TF_TIME)) continue;
        const cd_lexentry *e = cd_tok_entry(t);
        if (cd_lex_has(e, LX_QUOTE_VERBS)) return;
        const cd_lexrec *d = cd_lex_rec(e, LX_CLAIM_DETERMINERS);
        if (cd_lex_has(e, LX_QUOTE_PRONOUNS)) {
            m->by_pronoun = 1;
            return;
        }
        if (d && d->num == 1) {
            m->nowner = 0;
            return;
        }
        if (!any_owners_word(e)) m->owner[m->nowner++] = cd_tok_key(doc, k);
    }
}

/* Do two lists of keys share one? An empty list tells nothing, and shares. */
static int share_key(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    if (!na || !nb) return 1;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (a[i] == b[j]) return 1;
    return 0;
}

/* Figures of two different names ("China adding 178 million new PCs", "the United States ... 150
 * million new PCs") are not one figure, nor are figures whose clauses name their owners with no
 * word in common ("Smelter output grew to 79,500 tonnes", "Warehouse zinc stocks rose to 84,000
 * tonnes"). */
static int same_owner(const mention *a, const mention *b)
{
    return share_key(a->ents, a->nents, b->ents, b->nents) && share_key(a->owner, a->nowner, b->owner, b->nowner);
}

/* Two figures of one sentence, or of two headlines (subheads, the rows of a table: lines with no
 * final punctuation), are items of one list or a contrast ("the fund holds 40 pct of the voting
 * shares, while the founder keeps 25 pct of the voting shares"; "Eat 60-90 minutes before your
 * workout" and "Drink 20-30 minutes before your workout"), not one figure given twice. A headline
 * and a sentence of the story are still compared. */
static int one_list(const cd_doc *doc, const mention *a, const mention *b)
{
    size_t sa = doc->nums[a->num].sentence, sb = doc->nums[b->num].sentence;
    if (sa == sb) return 1;
    return sa < doc->n_sents && sb < doc->n_sents && doc->sents[sa].headline && doc->sents[sb].headline;
}

static void report_inconsistent(cd_doc *doc, const mention *first, const mention *later)
{
    const cd_number *a = &doc->nums[first->num], *b = &doc->nums[later->num];
    size_t la = cd_utf8_cut(doc->text + a->span.tstart, first->ctx_stop - a->span.tstart, 80);
    size_t lb = cd_utf8_cut(doc->text + b->span.tstart, later->ctx_stop - b->span.tstart, 80);
    cd_finding *f = cd_add_finding(doc, "inconsistent-number", CD_SEV_WARNING, b->span,
                                   "\"%.*s\" here, but \"%.*s\" earlier", (int)lb, doc->text + b->span.tstart, (int)la,
                                   doc->text + a->span.tstart);
    relate(doc, f, &a->span);
}

#define PRONOUN_SENTENCES 3 /* sentences before a pronoun's figure searched for the names it stands for */

/* The sentence's time words and names of a mention whose key another mention has too. */
static void add_context(const cd_doc *doc, mention *m, mention_memo *mm)
{
    size_t s = doc->nums[m->num].sentence;
    if (mm->sentence != s) read_context(doc, s, mm);
    /* a figure's own time counts where its sentence has other times too ("8 dlrs a share until
     * June 30, 1988, then at 9.50 dlrs a share until June 30, 1989") */
    int own_count = m->own_when && mm->time_words > m->own_times;
    m->when = mm->when + (own_count ? m->own_when * 0x9E3779B1u : 0);
    memcpy(m->ents, mm->ents, sizeof m->ents);
    m->nents = mm->nents;
    read_owner(doc, m->num, m);
    /* "It holds 40 mln dlrs of loans": with no name in its own sentence, the pronoun stands for
     * the names of the nearest sentence before that has some, whose figure it is (not the figure
     * of a name told elsewhere) */
    for (size_t b = s; m->by_pronoun && !m->nents && b > 0 && s - b < PRONOUN_SENTENCES; b--) {
        read_context(doc, b - 1, mm);
        memcpy(m->ents, mm->ents, sizeof m->ents);
        m->nents = mm->nents;
    }
}

/* Keeps the mentions of [a, b) that are no compared figure, in their order; returns their end.
 * (Asked of a key that comes again only: most keys come once.) */
static size_t drop_compared(const cd_doc *doc, mention *ms, size_t a, size_t b)
{
    size_t end = a;
    for (size_t i = a; i < b; i++)
        if (!compared_figure(doc, ms[i].num)) ms[end++] = ms[i];
    return end;
}

#define PARALLEL_SCAN 64 /* the most figures of a sentence parallel_accounts reads */

/* The figures of number i's sentence: [*lo, *hi) of doc->nums, at most PARALLEL_SCAN of them. */
static void sentence_figures(const cd_doc *doc, size_t i, size_t *lo, size_t *hi)
{
    uint32_t s = doc->nums[i].sentence;
    size_t a = i, b = i + 1;
    while (a > 0 && doc->nums[a - 1].sentence == s && b - a < PARALLEL_SCAN) a--;
    while (b < doc->n_nums && doc->nums[b].sentence == s && b - a < PARALLEL_SCAN) b++;
    *lo = a, *hi = b;
}

/* Do x and y measure one kind of thing? Amounts of money do whatever their currencies: a 250 mln
 * mark bond and a 100 mln guilder bond are two deals told alike. */
static int same_measure(const cd_number *x, const cd_number *y)
{
    if (x->kind != y->kind) return 0;
    if (x->kind == CD_NUM_MONEY) return 1;
    if (!x->unit || !y->unit) return x->unit == y->unit;
    return x->unit == y->unit || strcmp(x->unit, y->unit) == 0;
}

/* Two sentences that give figures a and b differing values of one key are parallel accounts of
 * two things, not one figure given twice, when another figure of one measure differs between them
 * too: "The first scheme is backed by a 45 mln dlr World Bank credit and a 72 mln dlr Fund
 * credit" / "The second scheme is backed by a 38 mln dlr World Bank credit and a 15 mln dlr Fund
 * credit"; "The mean rate for variable loans was 7.62 pct, 11 basis points above a week earlier" /
 * "For fixed loans it was 8.95 pct, 9 basis points above a week earlier"; "a 250 mln mark bond
 * with a 5-3/8 pct coupon" / "a 100 mln guilder bond with a 5-3/4 pct coupon". (A figure given
 * again with one slip keeps the rest of its sentence's figures.) */
static int parallel_accounts(const cd_doc *doc, size_t a, size_t b)
{
    size_t alo, ahi, blo, bhi;
    sentence_figures(doc, a, &alo, &ahi);
    sentence_figures(doc, b, &blo, &bhi);
    for (size_t x = alo; x < ahi; x++) {
        if (x == a) continue;
        const cd_number *nx = &doc->nums[x];
        for (size_t y = blo; y < bhi; y++) {
            const cd_number *ny = &doc->nums[y];
            if (y != b && same_measure(nx, ny) && (nx->value != ny->value || nx->value_hi != ny->value_hi)) return 1;
        }
    }
    return 0;
}

/* The figures of one key and time [g, e), in input order: each later one against the first. */
static void check_group(cd_doc *doc, const mention *ms, size_t g, size_t e)
{
    /* one writer rounds one figure the same way twice: only qualifiers widen it here (read when a
     * figure of the same owner comes again: most groups have one figure) */
    cd_interval first = {0, 0};
    int have_first = 0;
    for (size_t j = g + 1; j < e; j++) {
        if (!same_owner(&ms[g], &ms[j]) || one_list(doc, &ms[g], &ms[j])) continue;
        if (!have_first) first = interval(doc, ms[g].num, 0), have_first = 1;
        if (disjoint(first, interval(doc, ms[j].num, 0)) && !parallel_accounts(doc, ms[g].num, ms[j].num))
            report_inconsistent(doc, &ms[g], &ms[j]);
    }
}

/* What a figure counts is read from the English words after it (mention_key), less the English
 * function words: in another language those words stay ("millones de pesos", "del total"), and
 * two figures of anything in the same unit take one key. So a story that does not read as English
 * (language.c) gets no inconsistent-number finding. */
static int counts_readable(const cd_doc *doc)
{
    return doc->language != CD_LANG_OTHER;
}

static void check_inconsistent(chk *k)
{
    cd_doc *doc = k->doc;
    if (doc->n_nums < 2 || !counts_readable(doc)) return;
    mention *ms = malloc(doc->n_nums * sizeof *ms);
    mention_sort ws = {k->sort_items, k->sort_tmp, malloc(doc->n_nums * sizeof *ws.spare)};
    if (!ms || !ws.spare) {
        doc->oom = 1;
        goto done;
    }
    size_t n = 0;
    mention_memo mm;
    start_memo(&mm, doc->n_nums);
    for (size_t i = 0; i < doc->n_nums; i++) {
        if (k->roles && (k->roles[i].role & (CD_ROLE_FROM | CD_ROLE_BY))) continue; /* a past value, a change */
        if (added_amount(doc, i)) continue; /* "another 300 tonnes": a new amount */
        if (mention_key(doc, i, &ms[n], &mm)) n++;
    }
    /* by key first (every `when` still 0): a key no other figure has needs no context, and most
     * keys are such; the mentions of a key that comes again are sorted by time next */
    sort_mentions(ms, n, 0, &ws);
    for (size_t a = 0; a < n;) {
        size_t b = a + 1;
        while (b < n && ms[b].key == ms[a].key) b++;
        size_t end = b - a >= 2 ? drop_compared(doc, ms, a, b) : a;
        if (end - a >= 2) {
            for (size_t i = a; i < end; i++) add_context(doc, &ms[i], &mm);
            sort_mentions(ms + a, end - a, 1, &ws);
            for (size_t g = a; g < end;) {
                size_t e = g + 1;
                while (e < end && ms[e].when == ms[g].when) e++;
                check_group(doc, ms, g, e);
                g = e;
            }
        }
        a = b;
    }
done:
    free(ms);
    free(ws.spare);
}

/* ---- name-variant -------------------------------------------------------------------------- */

/* Code points of a UTF-8 word, lower-cased for ASCII; returns the count (at most cap). */
static size_t word_cps(const char *s, size_t n, uint32_t *cp, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < cap;) {
        if ((unsigned char)s[i] < 0x80) { /* ASCII: no decoding */
            unsigned char c = (unsigned char)s[i++];
            cp[k++] = c >= 'A' && c <= 'Z' ? c + 32u : c;
            continue;
        }
        int len = cd_utf8_decode((const unsigned char *)s, n, i, &cp[k]);
        if (cp[k] >= 'A' && cp[k] <= 'Z') cp[k] += 32;
        k++;
        i += len ? (size_t)len : 1;
    }
    return k;
}

#define WORD_MAX 40

/* A lower bound of the edit distance, cheap: each edit changes the count of at most one letter
 * on each side, so the letters of x missing from y (and of y missing from x) need as many edits.
 * Letters are counted by their low 5 bits: two letters sharing a counter only lower the bound. */
static size_t letters_apart(const uint32_t *x, size_t n, const uint32_t *y, size_t m)
{
    int count[32] = {0};
    for (size_t i = 0; i < n; i++) count[x[i] & 31]++;
    size_t shared = 0; /* letters of y matched by one of x */
    for (size_t j = 0; j < m; j++) shared += count[y[j] & 31]-- > 0;
    return n > m ? n - shared : m - shared;
}

/* letters_apart of two words of ASCII, read on their bytes: word_cps's code points of such a word
 * are its bytes lower-cased, which keeps the low 5 bits the letters are counted by. */
static size_t ascii_letters_apart(const char *a, size_t n, const char *b, size_t m)
{
    int count[32] = {0};
    for (size_t i = 0; i < n; i++) count[(unsigned char)a[i] & 31]++;
    size_t shared = 0;
    for (size_t j = 0; j < m; j++) shared += count[(unsigned char)b[j] & 31]-- > 0;
    return n > m ? n - shared : m - shared;
}

/* Levenshtein distance of two words, capped: returns max + 1 for anything above max (the most
 * edits the caller accepts). A row whose smallest cell is above max ends the walk (no later cell
 * can come back under it). */
static int edit_distance(const char *a, size_t an, const char *b, size_t bn, int max)
{
    uint32_t x[WORD_MAX], y[WORD_MAX];
    size_t n = word_cps(a, an, x, WORD_MAX), m = word_cps(b, bn, y, WORD_MAX);
    if (n + (size_t)max < m || m + (size_t)max < n || letters_apart(x, n, y, m) > (size_t)max) return max + 1;
    /* a start and an end the two words share change no distance: the walk leaves them out (two
     * spellings of a name mostly differ in a letter or two between them) */
    size_t same = 0;
    while (same < n && same < m && x[same] == y[same]) same++;
    while (n > same && m > same && x[n - 1] == y[m - 1]) n--, m--;
    const uint32_t *xs = x + same, *ys = y + same;
    n -= same, m -= same;
    int prev[WORD_MAX + 1], cur[WORD_MAX + 1];
    for (size_t j = 0; j <= m; j++) prev[j] = (int)j;
    for (size_t i = 1; i <= n; i++) {
        cur[0] = (int)i;
        int row_min = cur[0];
        for (size_t j = 1; j <= m; j++) {
            int best = prev[j - 1] + (xs[i - 1] != ys[j - 1]);
            if (prev[j] + 1 < best) best = prev[j] + 1;
            if (cur[j - 1] + 1 < best) best = cur[j - 1] + 1;
            cur[j] = best;
            if (best < row_min) row_min = best;
        }
        if (row_min > max) return max + 1;
        memcpy(prev, cur, (m + 1) * sizeof *cur);
    }
    return prev[m] > max ? max + 1 : prev[m];
}

typedef struct name_words {
    const char *w[6];
    size_t len[6], n;
    uint32_t letters[6]; /* word_letters of each word */
    uint32_t key[6];     /* FNV hash of each word, ASCII case folded: equal words have equal keys */
} name_words;

/* The set of a word's letters, 32 buckets: an ASCII letter by its low 5 bits (either case), any
 * other character in bucket 0 with the rest of ASCII, the bytes of UTF-8 in bucket 31. Each edit
 * adds or removes at most one bucket on each side, so the buckets one word has and the other lacks
 * bound the edit distance from below. */
static uint32_t word_letters(const char *s, size_t n, uint32_t *key)
{
    uint32_t set = 0, h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        unsigned lower = c | 0x20u;
        int letter = lower >= 'a' && lower <= 'z';
        set |= 1u << (c >= 0x80 ? 31 : letter ? lower & 31 : 0);
        h = (h ^ (letter ? lower : c)) * 16777619u;
    }
    *key = h;
    return set;
}

/* Word i of x and word j of y are the same, ignoring ASCII case (the keys rule most pairs out). */
static int same_word(const name_words *x, size_t i, const name_words *y, size_t j)
{
    return x->key[i] == y->key[j] && cd_word_eq(x->w[i], x->len[i], y->w[j], y->len[j]);
}

/* Whether a set has more than max (1 or 2) members (each step clears one). */
static int more_than(uint32_t set, int max)
{
    set &= set - 1;
    if (max > 1) set &= set - 1;
    return set != 0;
}

static int three_or_more(uint32_t set)
{
    return more_than(set, 2);
}

/* The next word (a run of non-spaces) of *s: its start in *word, its length (0 at the end); *s
 * moves past it. A final full stop is no part of the word: "Corp." and "Corp", "S.A.Y." and
 * "S.A.Y" are one word written with and without it, not two spellings. */
static inline size_t next_name_word(const char **s, const char **word)
{
    const char *p = *s;
    while (*p == ' ') p++;
    const char *e = p;
    while (*e && *e != ' ') e++;
    *word = p;
    *s = e;
    return (size_t)(e - p) - (e - p > 1 && e[-1] == '.');
}

static void split_name(const char *s, name_words *nw)
{
    nw->n = 0;
    while (*s && nw->n < 6) {
        const char *w;
        size_t len = next_name_word(&s, &w);
        if (len) {
            nw->w[nw->n] = w;
            nw->letters[nw->n] = word_letters(w, len, &nw->key[nw->n]);
            nw->len[nw->n++] = len;
        }
    }
}

int cd_word_eq(const char *a, size_t an, const char *b, size_t bn)
{
    if (an != bn) return 0;
    for (size_t i = 0; i < an; i++) {
        char x = a[i], y = b[i];
        if (x == y) continue; /* the common case: the same byte */
        if (x >= 'A' && x <= 'Z') x = (char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (char)(y + 32);
        if (x != y) return 0;
    }
    return 1;
}

/* The ends that make other forms of a word: a plural ("Republicans", "Tavoulareases"), a
 * feminine "-a", an adjective or a country ("Democratic", "Yugoslavia", "Christian"), the "-i" that
 * makes a family name of a given one ("Abbasi" of "Abbas", "Hassani" of "Hassan"); the first
 * NOUN_ENDS of them also end a noun's plural ("Democrats" beside "Democratic"). */
static const char *const INFLECTIONS[] = {"ic", "ia", "ian", "s", "es", "a", "ics", "ians", "i"};
#define NOUN_ENDS 3

/* The index of the inflection end[0..n) is in INFLECTIONS, or -1. */
static int inflection(const char *end, size_t n)
{
    for (size_t i = 0; i < sizeof INFLECTIONS / sizeof *INFLECTIONS; i++)
        if (strlen(INFLECTIONS[i]) == n && cd_word_eq(end, n, INFLECTIONS[i], n)) return (int)i;
    return -1;
}

/* Two forms of one stem, ASCII case aside: after the longest start a and b share, one has
 * nothing left and the other an inflection ("Yugoslav", "Yugoslavia"; "REPUBLICANS",
 * "Republican"), or one has an "s" and the other a noun's end ("Democrats", "Democratic").
 * Two ends that are both inflections otherwise are a misspelling: "Douffiagus", "Douffiagues". */
static int inflected(const char *a, size_t an, const char *b, size_t bn)
{
    size_t stem = 0;
    while (stem < an && stem < bn && cd_word_eq(a + stem, 1, b + stem, 1)) stem++;
    size_t ar = an - stem, br = bn - stem; /* what is left of each */
    if (!ar || !br) return inflection(ar ? a + stem : b + stem, ar ? ar : br) >= 0;
    int x = inflection(a + stem, ar), y = inflection(b + stem, br);
    return (cd_word_eq(a + stem, ar, "s", 1) && y >= 0 && y < NOUN_ENDS) ||
           (cd_word_eq(b + stem, br, "s", 1) && x >= 0 && x < NOUN_ENDS);
}

/* The consonants of a word (a, e, i, o, u, y left out), a doubled one once: a writer's slips fall
 * on vowels, doubled letters and two letters swapped far more than on the consonants. */
static size_t consonants(const uint32_t *cp, size_t n, uint32_t *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cp[i];
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || (k && out[k - 1] == c)) continue;
        out[k++] = c;
    }
    return k;
}

/* x and y are one edit apart at most: one letter changed, added or dropped, or two next to each
 * other swapped. */
static int one_edit(const uint32_t *x, size_t n, const uint32_t *y, size_t m)
{
    if (n > m) return one_edit(y, m, x, n);
    if (m - n > 1) return 0;
    size_t i = 0;
    while (i < n && x[i] == y[i]) i++;
    if (i == n) return 1; /* equal, or y has one more at the end */
    if (n < m) return memcmp(x + i, y + i + 1, (n - i) * sizeof *x) == 0;
    if (memcmp(x + i + 1, y + i + 1, (n - i - 1) * sizeof *x) == 0) return 1; /* one changed */
    return i + 1 < n && x[i] == y[i + 1] && x[i + 1] == y[i] && memcmp(x + i + 2, y + i + 2, (n - i - 2) * sizeof *x) == 0;
}

/* Two words two edits apart are one name misspelled only if their consonants are one edit apart
 * at most ("Khordokovsky" and "Khodorkovsky", "Rafferty" and "Raftery"); two consonants changed
 * make another word ("Brixton" and "Bristol", "Barings" and "Savings", "Jameson" and "Jackson"). */
static int consonants_close(const char *a, size_t an, const char *b, size_t bn)
{
    uint32_t x[WORD_MAX], y[WORD_MAX], cx[WORD_MAX], cy[WORD_MAX];
    size_t n = word_cps(a, an, x, WORD_MAX), m = word_cps(b, bn, y, WORD_MAX);
    return one_edit(cx, consonants(x, n, cx), cy, consonants(y, m, cy));
}

/* Two spellings of one word (word i of a, word j of b): 1 edit on words of 4+ letters, 2 on words
 * of 6+; not two forms of one stem. */
static int misspelled(const name_words *x, size_t i, const name_words *y, size_t j)
{
    const char *a = x->w[i], *b = y->w[j];
    size_t an = x->len[i], bn = y->len[j];
    size_t shorter = an < bn ? an : bn;
    if (shorter < 4 || same_word(x, i, y, j)) return 0;
    int max = shorter >= 6 ? 2 : 1; /* the edits accepted */
    uint32_t xs = x->letters[i], ys = y->letters[j];
    if (more_than(xs & ~ys, max) || more_than(ys & ~xs, max)) return 0; /* more edits at least */
    /* two words of ASCII (no byte over 0x7F: bucket 31 of their letters is empty) take
     * edit_distance's first tests on their bytes, before it decodes them: most pairs end there */
    if (!((xs | ys) & 1u << 31) &&
        (an + (size_t)max < bn || bn + (size_t)max < an || ascii_letters_apart(a, an, b, bn) > (size_t)max))
        return 0;
    int d = edit_distance(a, an, b, bn, max);
    return d >= 1 && d <= max && !inflected(a, an, b, bn) && (d < 2 || consonants_close(a, an, b, bn));
}

/* The two names differ in exactly one word, spelled two ways; a lone surname counts against the
 * other name's last word. */
static int name_variant(const name_words *a, const name_words *b)
{
    if (!a->n || !b->n) return 0;
    if (a->n != b->n) {
        if (a->n != 1 && b->n != 1) return 0;
        const name_words *one = a->n == 1 ? a : b, *many = a->n == 1 ? b : a;
        return misspelled(one, 0, many, many->n - 1);
    }
    size_t diff = 0, at = 0;
    for (size_t i = 0; i < a->n; i++)
        if (!same_word(a, i, b, i)) diff++, at = i;
    return diff == 1 && misspelled(a, at, b, at);
}

typedef struct uname {
    const char *name;
    size_t ent; /* its first mention */
    uint64_t order; /* the bucket, then the name's first bytes (order_key): how sort_names sorts */
    uint32_t bucket; /* first letter of the last word, then its length */
    int reported;
    /* from its name_words, next to the bucket for the pair loop's first test (may_vary) */
    uint32_t last_key, last_letters; /* the last word's key and letters */
    uint32_t first_key;              /* the first word's key */
    size_t n_words;
} uname;

/* The bucket (24 bits: a byte, then a length below 0x10000) and the name's first five bytes, as
 * unsigned and big-endian, zero past its end: two keys are in the order of bucket, then strcmp,
 * and only names with the same first five bytes need strcmp (cmp_uname). */
static uint64_t order_key(uint32_t bucket, const char *name)
{
    uint64_t key = bucket;
    size_t k = 0;
    for (; k < 5 && name[k]; k++) key = key << 8 | (unsigned char)name[k];
    return key << 8 * (5 - k);
}

/* The order of the names: bucket, name (strcmp), first mention. */
static int cmp_uname(const void *a, const void *b)
{
    const uname *x = a, *y = b;
    if (x->order != y->order) return x->order < y->order ? -1 : 1;
    int c = name_order(x->name, y->name);
    if (c) return c;
    return x->ent < y->ent ? -1 : x->ent > y->ent;
}

/* Copies u[0..n) into spare (room for n) in the order of cmp_uname: by their order keys
 * (sort_items, in the room items and tmp have for n), then each run of one key (names with the
 * same bucket and first five bytes: few, and short) by cmp_uname itself. */
static void sort_names(uname *u, uname *spare, size_t n, sort_item *items, sort_item *tmp)
{
    for (size_t i = 0; i < n; i++) {
        u[i].order = order_key(u[i].bucket, u[i].name);
        items[i] = (sort_item){u[i].order, i};
    }
    sort_items(items, tmp, n);
    for (size_t i = 0; i < n; i++) spare[i] = u[items[i].idx];
    for (size_t a = 0, b; a < n; a = b) {
        for (b = a + 1; b < n && spare[b].order == spare[a].order;) b++;
        if (b - a >= 2) qsort(spare + a, b - a, sizeof *spare, cmp_uname);
    }
}

static uint32_t name_bucket(const char *s)
{
    const char *last = NULL; /* the last word split_name keeps (at most six): found without its keys */
    size_t len = 0, n = 0;
    while (*s && n < 6) {
        const char *w;
        size_t wlen = next_name_word(&s, &w);
        if (wlen) last = w, len = wlen, n++;
    }
    if (!last) return 0;
    unsigned char c = (unsigned char)last[0];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    return (uint32_t)c << 16 | (uint32_t)(len < 0xFFFF ? len : 0xFFFF);
}

static int is_named(const cd_entity *e)
{
    return e->name && (e->type == cd_type_person || e->type == cd_type_organization);
}

static int both_known(const char *a, const char *b)
{
    return cd_lex_has(cd_lex_lookup(a, strlen(a)), LX_GAZETTEER) && cd_lex_has(cd_lex_lookup(b, strlen(b)), LX_GAZETTEER);
}

static void report_variant(cd_doc *doc, const uname *first, const uname *later)
{
    const cd_entity *a = &doc->ents[first->ent], *b = &doc->ents[later->ent];
    if (b->span.tstart < a->span.tstart) {
        const cd_entity *t = a;
        a = b;
        b = t;
    }
    cd_finding *f = cd_add_finding(doc, "name-variant", CD_SEV_WARNING, b->span,
                                   "\"%.*s\" here, but \"%.*s\" earlier: one name spelled two ways?",
                                   (int)(b->span.tstop - b->span.tstart), doc->text + b->span.tstart,
                                   (int)(a->span.tstop - a->span.tstart), doc->text + a->span.tstart);
    relate(doc, f, &a->span);
}

#define NAME_WINDOW 64 /* names compared with each sorted neighbour: bounds the work on huge inputs */

/* Whether name_variant may hold for two names, from their last words and first word's key alone
 * (most pairs of a bucket end here): names of different lengths need a lone surname and two last
 * words spelled two ways; names of one length differ in one word, and if that is the last, its
 * letters must be close and the other words, the first among them, the same. */
static int letters_near(uint32_t xs, uint32_t ys)
{
    return !three_or_more(xs & ~ys) && !three_or_more(ys & ~xs);
}

static int may_vary(const uname *x, const name_words *a, const uname *y, const name_words *b)
{
    /* the letters first: they rule out most pairs, and the same last word has the same letters */
    if (!letters_near(x->last_letters, y->last_letters)) return 0;
    if (x->n_words != y->n_words && x->n_words != 1 && y->n_words != 1) return 0;
    if (!x->n_words || !y->n_words) return 0;
    if (x->last_key == y->last_key && same_word(a, a->n - 1, b, b->n - 1)) return x->n_words == y->n_words;
    /* the last words differ: a name of one length must have the same first word (same_word's keys
     * differ, so do the words) */
    return x->n_words != y->n_words || x->n_words == 1 || x->first_key == y->first_key;
}

/* Bit k of the result: names from + k and those of `near` have close last words by may_vary's
 * first test (letters_near), for the names [from, to) (at most 64) of letters, the last words'
 * letters, which has three more entries after `to` to read. Four names a step with SSE2 (each
 * lane clears the lowest bit of what one word has and the other lacks twice, as three_or_more
 * does): most pairs of a window end at this test. */
static uint64_t near_names(const uint32_t *letters, size_t from, size_t to, uint32_t near)
{
    uint64_t mask = 0;
#if defined(__SSE2__)
    const __m128i x = _mm_set1_epi32((int)near), one = _mm_set1_epi32(1), zero = _mm_setzero_si128();
    for (size_t j = from; j < to; j += 4) {
        __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(letters + j));
        __m128i a = _mm_andnot_si128(y, x), b = _mm_andnot_si128(x, y); /* near & ~y, y & ~near */
        a = _mm_and_si128(a, _mm_sub_epi32(a, one));
        a = _mm_and_si128(a, _mm_sub_epi32(a, one));
        b = _mm_and_si128(b, _mm_sub_epi32(b, one));
        b = _mm_and_si128(b, _mm_sub_epi32(b, one));
        int close = _mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(_mm_or_si128(a, b), zero)));
        mask |= (uint64_t)(unsigned)close << (j - from);
    }
#else
    for (size_t j = from; j < to; j++) mask |= (uint64_t)letters_near(near, letters[j]) << (j - from);
#endif
    return to - from < 64 ? mask & ((1ull << (to - from)) - 1) : mask;
}

/* The lowest set bit's place (mask not 0). */
static unsigned lowest_bit(uint64_t mask)
{
    return cd_ctz64(mask);
}

/* A surname alone that is the surname of a full name in the story ("Clapton" after "Eric
 * Clapton") belongs to that person, whatever other names look like it. Names with the same last
 * word share a bucket, so the search stays inside it. */
static int surname_of_other(const uname *u, const name_words *w, size_t n, size_t i)
{
    const name_words *a = &w[i];
    if (a->n != 1) return 0;
    size_t lo = i > NAME_WINDOW ? i - NAME_WINDOW : 0, to = i + NAME_WINDOW < n ? i + NAME_WINDOW : n, from = i;
    while (from > lo && u[from - 1].bucket == u[i].bucket) from--; /* sorted by bucket: its names are together */
    for (size_t j = from; j < to && u[j].bucket == u[i].bucket; j++) {
        if (j == i || u[j].n_words < 2 || u[j].last_key != a->key[0]) continue;
        if (same_word(a, 0, &w[j], w[j].n - 1)) return 1;
    }
    return 0;
}

/* A set of interned names, by pointer (cd_intern gives equal names one pointer): seen_name adds
 * the name and says whether it was there, so that a story's repeated mentions of a name are
 * sorted once (the sort keeps each name's first mention anyway). It keeps each name's mentions
 * too, for far_apart: last[slot] is the latest mention + 1 (0: none), prev[mention] the one before
 * (32 bits: a story has fewer entities than bytes, CD_MAX_INPUT). */
typedef struct name_set {
    const char **slots;
    size_t cap; /* a power of two, above twice the names */
    uint32_t *last, *prev;
} name_set;

static size_t name_slot(const name_set *set, const char *name)
{
    size_t h = (size_t)(((uint64_t)(uintptr_t)name >> 3) * 0x9E3779B97F4A7C15u >> 32) & (set->cap - 1);
    while (set->slots[h] && set->slots[h] != name) h = (h + 1) & (set->cap - 1);
    return h;
}

static void free_set(name_set *set)
{
    free(set->slots);
    free(set->last);
    free(set->prev);
}

/* Adds mention ent of name; whether the name was there. */
static int seen_name(name_set *set, const char *name, size_t ent)
{
    size_t h = name_slot(set, name);
    int seen = set->slots[h] != NULL;
    set->slots[h] = name;
    set->prev[ent] = set->last[h];
    set->last[h] = (uint32_t)ent + 1;
    return seen;
}

/* The mention's text is its name, byte for byte (no line break in it either): the spelling as
 * written is then e->name, already a string of its own. */
static int written_as_named(const cd_doc *doc, const cd_entity *e, size_t len)
{
    return strnlen(e->name, len + 1) == len && memcmp(e->name, doc->text + e->span.tstart, len) == 0;
}

/* Token i, the last of an office's words, is shorter than the last word of the office it names:
 * an abbreviation ("Sen.", "Gov.", "Capt."), whose full stop is its own, where a full stop after a
 * word written in full ("ran for president. Haig said") ends a sentence. */
static int abbreviated(const cd_doc *doc, size_t i, const char *office)
{
    const char *last = strrchr(office, ' ');
    last = last ? last + 1 : office;
    return doc->toks[i].len < strlen(last);
}

/* Token i is a hyphen joined to the word after it, a prefix of that word ("ex-", "vice-"); a dash
 * with a space after it opens a clause ("WASHINGTON, March 4 - President Reagan said") and leaves
 * the office as it is. */
static int prefix_hyphen(const cd_doc *doc, size_t i)
{
    return cd_tok_is_punct(doc, i, '-') && i + 1 < doc->n_toks && cd_tok_stop(&doc->toks[i]) == doc->toks[i + 1].start;
}

/* The office before a person's mention ("Sen.", "Mayor"), or NULL; a past one ("former Sen.") or
 * a description ("a prime minister Gordon Brown will make") counts as none. */
static const cd_lexrec *office_of(const cd_doc *doc, size_t ent)
{
    if (doc->n_einfo != doc->n_ents) return NULL;
    size_t first = doc->einfo[ent].tok_first, last = first + doc->einfo[ent].tok_count;
    for (size_t s = first >= 4 ? first - 4 : 0; s < last && s < doc->n_toks; s++) {
        const cd_lexrec *r;
        size_t len = doc->toks[s].type == TOK_WORD ? cd_lex_match(doc, s, LX_CHECK_OFFICES, &r) : 0;
        if (!len || !r->str) continue;
        size_t after = s + len;
        if (after < doc->n_toks && cd_tok_is_punct(doc, after, '.') && abbreviated(doc, after - 1, r->str)) after++;
        if (after != first && !(s >= first && after < last)) continue;
        if (s >= 1 && (cd_tok_is(doc, s - 1, "former") || cd_tok_is(doc, s - 1, "then") || cd_tok_is(doc, s - 1, "a") ||
                       cd_tok_is(doc, s - 1, "an") || prefix_hyphen(doc, s - 1)))
            return NULL;
        return r;
    }
    return NULL;
}

/* The mentions of persons with an office before them (office_of), in input order, listed once
 * for the two checks that read them (check_offices sorts them by name when it is done with
 * them); NULL when memory runs out (doc->oom is set then). */
static office_use *office_uses(chk *k)
{
    cd_doc *doc = k->doc;
    if (k->uses) return k->uses;
    k->uses = malloc((doc->n_ents + 1) * sizeof *k->uses);
    if (!k->uses) {
        doc->oom = 1;
        return NULL;
    }
    for (size_t i = 0; i < doc->n_ents; i++) {
        const cd_entity *e = &doc->ents[i];
        const cd_lexrec *office = e->name && e->type == cd_type_person ? office_of(doc, i) : NULL;
        if (office) k->uses[k->n_uses++] = (office_use){e->name, office, i};
    }
    return k->uses;
}

/* A mention's text as a name (len bytes, NUL-terminated in w): a line break or tab is a space. */
static inline void copy_name(const cd_doc *doc, const cd_entity *e, char *w, size_t len)
{
    memcpy(w, doc->text + e->span.tstart, len);
    w[len] = 0;
    for (char *c = w; *c; c++)
        if ((unsigned char)*c <= '\r' && (*c == '\n' || *c == '\r' || *c == '\t')) *c = ' ';
}

/* The offices a story gives its names, filled for every name when a first pair is about to be
 * reported (most stories have none): bit k of mask[i] is the k-th office met (by its name, so an
 * abbreviation and its word are one), given to a mention of the sorted name i. */
typedef struct name_offices {
    uint64_t *mask; /* NULL until filled */
    const char *met[64];
    size_t n_met;
} name_offices;

static uint64_t office_bit(name_offices *o, const char *office)
{
    size_t k = 0;
    while (k < o->n_met && strcmp(o->met[k], office) != 0) k++;
    if (k == o->n_met && k < 64) o->met[o->n_met++] = office;
    return 1ull << (k < 64 ? k : 63);
}

/* The index of name among the sorted, distinct names u[0..n) (cmp_uname's order), or n. */
static size_t find_name(const uname *u, size_t n, const char *name)
{
    uint64_t order = order_key(name_bucket(name), name);
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = u[mid].order != order ? (u[mid].order < order ? -1 : 1) : strcmp(u[mid].name, name);
        if (!c) return mid;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return n;
}

static int fill_offices(chk *k, const uname *u, size_t n, name_offices *o)
{
    cd_doc *doc = k->doc;
    const office_use *uses = office_uses(k);
    o->mask = uses ? calloc(n + 1, sizeof *o->mask) : NULL;
    if (!o->mask) {
        doc->oom = 1;
        return -1;
    }
    for (size_t i = 0; i < k->n_uses; i++) {
        const cd_entity *e = &doc->ents[uses[i].ent];
        size_t len = e->span.tstop - e->span.tstart;
        if (e->span.tstop <= e->span.tstart || len >= 256) continue;
        char name[256];
        copy_name(doc, e, name, len);
        size_t at = find_name(u, n, name);
        if (at < n) o->mask[at] |= office_bit(o, uses[i].office->str);
    }
    return 0;
}

/* A lone word the gazetteer knows, against a longer name of another kind (the body "Nato" and
 * the person "Kamal Nath", "Reuters" and "Hans Reckers"), is that known name, not a shortened
 * spelling of the other. A lone word the gazetteer does not know keeps its finding: its kind is
 * a guess ("MacAlpine" taken for a body beside "Dennis McAlpine", "Departnment" for a person). */
static int known_other_kind(const cd_doc *doc, const uname *x, const uname *y)
{
    if (x->n_words == y->n_words || doc->ents[x->ent].type == doc->ents[y->ent].type) return 0;
    const char *lone = doc->ents[x->n_words == 1 ? x->ent : y->ent].name;
    return cd_lex_has(cd_lex_lookup(lone, strlen(lone)), LX_GAZETTEER);
}

/* A surname alone that the story gives an office its full name never has ("President Reagan"
 * beside "Donald Regan", chief of staff) names the holder of that office, someone else: a writer
 * who shortens a name may drop its office, not give it a new one. Names i and j of u[0..n). */
static int another_office(chk *k, const uname *u, size_t n, const name_words *w, size_t i, size_t j, name_offices *o)
{
    if ((w[i].n == 1) == (w[j].n == 1)) return 0;
    if (!o->mask && fill_offices(k, u, n, o)) return 0;
    size_t lone = w[i].n == 1 ? i : j, full = lone == i ? j : i;
    return (o->mask[lone] & ~o->mask[full]) != 0;
}

#define STORY_TOKENS 1000 /* tokens either side of a mention that common_word and far_apart read: a story */

/* A name of one word whose first mention opens a sentence, and which the story also writes in
 * lower case near it, is a common word capitalized by its place ("Bankers said ...", "Company
 * officials said ...", beside "bankers", "the company"), not a name. Asked only of the few pairs
 * about to be reported. */
static int common_word(const cd_doc *doc, const uname *x, const name_words *a)
{
    if (a->n != 1 || doc->n_einfo != doc->n_ents || doc->einfo[x->ent].tok_count != 1) return 0;
    size_t at = doc->einfo[x->ent].tok_first;
    if (at >= doc->n_toks) return 0;
    const cd_token *word = &doc->toks[at];
    if (!(word->flags & (TF_SENT_START | TF_PARA_BEFORE))) return 0; /* capitalized by no place */
    size_t from = at > STORY_TOKENS ? at - STORY_TOKENS : 0;
    size_t to = doc->n_toks - at > STORY_TOKENS ? at + STORY_TOKENS : doc->n_toks;
    for (size_t k = from; k < to; k++) { /* the hash first: a punctuation's code point rarely equals it */
        const cd_token *t = &doc->toks[k];
        if (t->hash != word->hash || t->type != TOK_WORD || (t->flags & (TF_CAP | TF_ALLCAPS))) continue;
        if (cd_word_eq(doc->text + t->start, t->len, a->w[0], a->len[0])) return 1;
    }
    return 0;
}

/* A lone word whose first mention comes right after the other name's differing word, written in
 * full ("King Kong" beside "Martin Luther King", the first word read as a title): the writer set
 * both spellings side by side, so they are two words, not one misspelled. */
static int beside_other_spelling(const cd_doc *doc, const uname *x, const name_words *a, const uname *y,
                                 const name_words *b)
{
    if (doc->n_einfo != doc->n_ents || (a->n == 1) == (b->n == 1)) return 0;
    const uname *lone = a->n == 1 ? x : y;
    const name_words *other = a->n == 1 ? b : a;
    size_t at = doc->einfo[lone->ent].tok_first;
    if (at == 0 || at > doc->n_toks || doc->toks[at - 1].type != TOK_WORD) return 0;
    const cd_token *t = &doc->toks[at - 1];
    return cd_word_eq(doc->text + t->start, t->len, other->w[other->n - 1], other->len[other->n - 1]);
}

#define LONE_MENTIONS 64 /* mentions of a lone word that far_apart reads: past them, it says near */

/* A name of one word refers to a name of its story: a surname alone to the full name it follows
 * ("Mr Mukerjee" after "Pranab Mukherjee"), within a story's length of it. Two names whose nearest
 * mentions (of the longer name or of its last word alone: "Forsyth" between "Frederick Forsyth"
 * and a late "Forsythe") are further apart than that (a long page of many stories: "Elvis" in
 * one, "Michael Eavis" in another) are two names, each of its own story. Names of more than one
 * word each are compared however far apart ("Elliot Spitzer" and "Eliot Spitzer"). Asked only of
 * the few pairs about to be reported; a name the set does not hold (over 255 bytes) is near. */
static int far_apart(const cd_doc *doc, const name_set *set, const uname *u, size_t n, const uname *x, const uname *y)
{
    if ((x->n_words != 1 && y->n_words != 1) || doc->n_einfo != doc->n_ents) return 0;
    const uname *lone = x->n_words == 1 ? x : y, *other = lone == x ? y : x;
    size_t at[LONE_MENTIONS], n_at = 0;
    for (size_t m = set->last[name_slot(set, lone->name)]; m; m = set->prev[m - 1]) {
        if (n_at == LONE_MENTIONS) return 0;
        at[n_at++] = doc->einfo[m - 1].tok_first;
    }
    const char *surname = strrchr(other->name, ' ');
    size_t s = surname ? find_name(u, n, surname + 1) : n; /* "Forsyth" alone, if the story has it */
    size_t heads[2] = {set->last[name_slot(set, other->name)], s < n ? set->last[name_slot(set, u[s].name)] : 0};
    if (!n_at || !heads[0]) return 0;
    for (size_t h = 0; h < 2; h++)
        for (size_t m = heads[h]; m; m = set->prev[m - 1]) {
            size_t t = doc->einfo[m - 1].tok_first;
            for (size_t i = 0; i < n_at; i++)
                if ((at[i] > t ? at[i] - t : t - at[i]) <= STORY_TOKENS) return 0;
        }
    return 1;
}

static void check_spellings(chk *k)
{
    cd_doc *doc = k->doc;
    uname *u = malloc((doc->n_ents + 1) * sizeof *u);
    name_set set = {NULL, 4, NULL, NULL};
    while (set.cap <= 2 * doc->n_ents) set.cap *= 2;
    set.slots = u ? calloc(set.cap, sizeof *set.slots) : NULL;
    set.last = set.slots ? calloc(set.cap, sizeof *set.last) : NULL;
    set.prev = set.last ? malloc((doc->n_ents + 1) * sizeof *set.prev) : NULL;
    if (!set.prev) {
        doc->oom = 1;
        free(set.last);
        free(set.slots);
        free(u);
        return;
    }
    size_t n = 0;
    for (size_t i = 0; i < doc->n_ents; i++) { /* spellings as written: the gazetteer's name may differ */
        const cd_entity *e = &doc->ents[i];
        if (!is_named(e) || e->span.tstop <= e->span.tstart) continue;
        size_t len = e->span.tstop - e->span.tstart;
        if (written_as_named(doc, e, len)) { /* "Dmitry Peskov" named so: its name is that string */
            if (seen_name(&set, e->name, i)) continue;
            u[n++] = (uname){.name = e->name, .ent = i, .bucket = name_bucket(e->name)};
            continue;
        }
        char buf[256]; /* a short name is interned: a story repeats its names (cd_intern) */
        char *w = len < sizeof buf ? buf : cd_arena_alloc(&doc->arena, len + 1);
        if (!w) break;
        copy_name(doc, e, w, len);
        const char *name = w == buf ? cd_intern(doc, w, len) : w;
        if (!name) break;
        if (w == buf && seen_name(&set, name, i)) continue; /* a later mention of a name already listed */
        u[n].name = name;
        u[n].ent = i;
        u[n].bucket = name_bucket(name);
        u[n].reported = 0;
        n++;
    }
    uname *sorted = malloc((n + 1) * sizeof *sorted);
    if (!sorted) {
        doc->oom = 1;
        free_set(&set);
        free(u);
        return;
    }
    sort_names(u, sorted, n, k->sort_items, k->sort_tmp);
    free(u);
    u = sorted;
    size_t kept = 0; /* one entry per distinct name: its first mention (sorted next to each other) */
    for (size_t i = 0; i < n; i++) /* names of two order keys differ: no strcmp */
        if (!kept || u[kept - 1].order != u[i].order || !same_name(u[kept - 1].name, u[i].name)) u[kept++] = u[i];
    name_words *words = malloc((kept + 1) * sizeof *words); /* each name split once */
    uint32_t *letters = calloc(kept + 4, sizeof *letters); /* u's last_letters side by side, for near_names */
    if (!words || !letters) {
        doc->oom = 1;
        free(words);
        free(letters);
        free_set(&set);
        free(u);
        return;
    }
    for (size_t i = 0; i < kept; i++) {
        split_name(u[i].name, &words[i]);
        u[i].n_words = words[i].n;
        u[i].last_key = words[i].n ? words[i].key[words[i].n - 1] : 0;
        u[i].first_key = words[i].n ? words[i].key[0] : 0;
        u[i].last_letters = letters[i] = words[i].n ? words[i].letters[words[i].n - 1] : 0;
    }
    for (size_t i = 0; i < kept; i++) /* explained surnames take no part */
        u[i].reported = surname_of_other(u, words, kept, i);
    name_offices offices = {.mask = NULL};
    size_t near_end = 0; /* past the names near name i: same first letter, last word at most 2 longer */
    for (size_t i = 0; i < kept; i++) {
        /* sorted by bucket: near_end only moves on as i does */
        if (near_end <= i) near_end = i + 1;
        while (near_end < kept && (u[near_end].bucket >> 16) == (u[i].bucket >> 16) &&
               (u[near_end].bucket & 0xFFFF) <= (u[i].bucket & 0xFFFF) + 2)
            near_end++;
        size_t stop = near_end < i + NAME_WINDOW + 1 ? near_end : i + NAME_WINDOW + 1;
        if (u[i].reported || stop <= i + 1) continue;
        /* the names after i in the window whose letters pass may_vary's first test, in order */
        for (uint64_t near = near_names(letters, i + 1, stop, letters[i]); near; near &= near - 1) {
            size_t j = i + 1 + lowest_bit(near);
            if (u[j].reported || !may_vary(&u[i], &words[i], &u[j], &words[j]) || !name_variant(&words[i], &words[j]) ||
                known_other_kind(doc, &u[i], &u[j]) || both_known(doc->ents[u[i].ent].name, doc->ents[u[j].ent].name) ||
                another_office(k, u, kept, words, i, j, &offices) || common_word(doc, &u[i], &words[i]) ||
                common_word(doc, &u[j], &words[j]) || beside_other_spelling(doc, &u[i], &words[i], &u[j], &words[j]) ||
                far_apart(doc, &set, u, kept, &u[i], &u[j]))
                continue;
            report_variant(doc, &u[i], &u[j]);
            u[u[i].ent > u[j].ent ? i : j].reported = 1; /* one finding per later spelling */
            if (u[i].reported) break;
        }
    }
    free(offices.mask);
    free_set(&set);
    free(letters);
    free(words);
    free(u);
}

static int cmp_office(const void *a, const void *b)
{
    const office_use *x = a, *y = b;
    int c = name_order(x->name, y->name);
    if (c) return c;
    return x->ent < y->ent ? -1 : x->ent > y->ent;
}

static void check_offices(chk *k)
{
    cd_doc *doc = k->doc;
    office_use *o = office_uses(k);
    if (!o) return; /* out of memory: said so */
    size_t n = k->n_uses;
    qsort(o, n, sizeof *o, cmp_office);
    for (size_t g = 0; g < n;) { /* a group: one person's mentions with an office, in input order */
        size_t e = g + 1;
        while (e < n && same_name(o[e].name, o[g].name)) e++;
        for (size_t i = g + 1; i < e; i++) {
            if (o[g].office->num != o[i].office->num || strcmp(o[g].office->str, o[i].office->str) == 0) continue;
            const cd_entity *a = &doc->ents[o[g].ent], *b = &doc->ents[o[i].ent];
            cd_finding *f = cd_add_finding(doc, "name-variant", CD_SEV_WARNING, b->span,
                                           "%s is called %s here, but %s earlier", o[i].name, o[i].office->str,
                                           o[g].office->str);
            relate(doc, f, &a->span);
            break; /* one finding per person */
        }
        g = e;
    }
}

/* A scale word spelled wrong inside a figure ("60.1 bilion", data/num_misspelt.tsv): the number
 * reader took it as the word meant, so the figure keeps its size, but a reader of the copy may not. */
static void check_number_spelling(cd_doc *doc)
{
    for (size_t n = 0; n < doc->n_nums; n++) {
        const cd_tok_range *r = &doc->ninfo[n];
        for (size_t t = r->tok_first; t < r->tok_first + r->tok_count; t++) {
            const cd_lexrec *meant = cd_tok_rec(doc, t, LX_NUM_MISSPELT);
            if (!meant || !meant->str) continue;
            const cd_token *w = &doc->toks[t];
            cd_add_finding(doc, "number-spelling", CD_SEV_WARNING, cd_tokspan(doc, t, t),
                           "'%.*s' in a figure reads as '%s': a spelling slip?", (int)w->len,
                           doc->text + w->start, meant->str);
        }
    }
}

void cd_run_checks(cd_doc *doc)
{
    size_t *changes, n_changes;
    if (list_changes(doc, &changes, &n_changes)) return;
    /* the memo of words' keys (cd_tok_key), once a document: without it keys are read each time */
    if (!doc->word_keys) doc->word_keys = calloc(cd_lex_nentries + 1, sizeof *doc->word_keys);
    size_t room = (doc->n_nums > doc->n_ents ? doc->n_nums : doc->n_ents) + 1;
    chk k = {doc, roles_of(doc, changes, n_changes), changes, n_changes, malloc(room * sizeof *k.sort_items),
             malloc(room * sizeof *k.sort_tmp), NULL, 0};
    if (!k.sort_items || !k.sort_tmp) {
        doc->oom = 1;
        goto done;
    }
    if (doc->n_nums && !k.roles) goto done; /* out of memory: roles_of said so */
    check_changes(&k);
    check_totals(&k);
    check_inconsistent(&k);
    check_spellings(&k);
    check_offices(&k);
    check_number_spelling(doc);
done:
    free(k.sort_items);
    free(k.sort_tmp);
    free(k.uses);
    free(k.roles);
    free(changes);
}
