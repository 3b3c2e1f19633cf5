/* Time expressions, resolved against the story's date, and the date arithmetic behind them.
 *
 * cd_find_times walks each sentence once and, at every token, tries a fixed set of patterns, each
 * of which looks ahead a bounded number of tokens inside the sentence. A match becomes a time
 * claim whose value is ISO 8601:
 *   a day         "2017-12-26"       today, Dec. 5, 2017-12-05, Monday, two weeks ago, Christmas
 *   an ISO week   "2017-W51"         last week, this week, next week
 *   a month       "2017-12"          this month, March 2026, in December
 *   a year        "2016"             this year, in 2016, the 2016 election
 *   a range       "A/B"              both ends inclusive, in the unit of the expression: the past
 *                                    week "2017-12-19/2017-12-25", early 2016 "2016-01/2016-04",
 *                                    the 1990s "1990/1999", Q4 2016 "2016-10/2016-12"
 *   no year known "--12-05", "--12"  a month and day with neither a year nor a story date
 * An expression that needs the story date is `relative`; without a story date its value is NULL.
 * Which "Monday" or "December" is meant follows the tense of the nearest verb: past -> the last
 * one, future -> the next one, none -> the nearest. "last/this/next Monday" name the Monday of the
 * previous, current or following ISO week (weeks start on Monday); "past Monday" and "coming
 * Monday" the nearest one before or after the story date.
 *
 * Every token consumed is marked TF_TIME (so numbers.c reads no year or day as a quantity), and so
 * are clock times ("9 a.m.", "10:30"), which make no claim. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "time_words.h"

int cd_days_in_month(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return days[m - 1];
}

int cd_weekday(int y, int m, int d)
{
    /* Sakamoto's method; 0 = Sunday */
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3) y -= 1;
    return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

int cd_date_parse(const char *s, cd_date *out)
{
    int y, m, d, n = 0;
    if (!s || strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10) return 0;
    if (s[4] != '-' || s[7] != '-' || y < 1 || m < 1 || m > 12 || d < 1 || d > cd_days_in_month(y, m)) return 0;
    out->y = y;
    out->m = m;
    out->d = d;
    return 1;
}

int cd_date_parse_partial(const char *s, cd_date *out)
{
    size_t n = s ? strlen(s) : 0;
    char full[16];
    if (n != 4 && n != 7 && n != 10) return 0;
    snprintf(full, sizeof full, "%s%s", s, n == 4 ? "-01-01" : n == 7 ? "-01" : ""); /* a valid day to check */
    if (!cd_date_parse(full, out)) return 0;
    if (n < 10) out->d = 0;
    if (n < 7) out->m = 0;
    return 1;
}

/* ---- day numbers: days since 1970-01-01 (proleptic Gregorian) ---------------------------- */

static long day_number(int y, int m, int d)
{
    long yy = y - (m <= 2);
    long era = (yy >= 0 ? yy : yy - 399) / 400;
    long yoe = yy - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static cd_date civil(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    cd_date out;
    out.d = (int)(doy - (153 * mp + 2) / 5 + 1);
    out.m = (int)(mp < 10 ? mp + 3 : mp - 9);
    out.y = (int)(yoe + era * 400 + (out.m <= 2));
    return out;
}

static int weekday_of(long z) /* 0 = Sunday */
{
    return (int)(((z % 7) + 7 + 4) % 7);
}

static long monday_of(long z)
{
    return z - (weekday_of(z) + 6) % 7;
}

static long month_start(int y, int m)
{
    return day_number(y, m, 1);
}

static long month_end(int y, int m)
{
    return day_number(y, m, cd_days_in_month(y, m));
}

/* The day n months after z (the day of the month clamped: Jan. 31 + 1 month = Feb. 28). */
static long add_months(long z, long n)
{
    cd_date c = civil(z);
    long mi = (long)c.y * 12 + (c.m - 1) + n;
    int y = (int)(mi >= 0 ? mi / 12 : (mi - 11) / 12), m = (int)(mi - (long)y * 12) + 1;
    int dim = cd_days_in_month(y, m);
    return day_number(y, m, c.d > dim ? dim : c.d);
}

static long easter_sunday(int y)
{
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
    int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return day_number(y, month, day);
}

/* Easter of the Orthodox churches: the Julian computus, its Julian date moved to the Gregorian
 * calendar (13 days in 1900-2099: y/100 - y/400 - 2, the leap days the calendars differ by in
 * March-May of year y). */
static long orthodox_easter(int y)
{
    int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
    int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
    return day_number(y, month, day) + y / 100 - y / 400 - 2;
}

/* The nth weekday wd of a month (n = 9: the last one). */
static long nth_weekday(int y, int m, int n, int wd)
{
    if (n == 9) {
        long last = month_end(y, m);
        return last - ((weekday_of(last) - wd + 7) % 7);
    }
    long first = month_start(y, m);
    return first + (wd - weekday_of(first) + 7) % 7 + 7L * (n - 1);
}

/* ---- what an expression resolves to -------------------------------------------------------- */

enum { G_DAY, G_WEEK, G_MONTH, G_YEAR };

typedef struct when {
    long a, b;    /* first and last day, inclusive */
    int g;        /* the unit the value is written in */
    int range;    /* written as "a/b" */
    int relative; /* needs the story date */
    int noyear;   /* month (and day) without any year: "--12-05" */
    int inferred; /* the year came from the story date */
    int nm, nd;   /* the month and day as written, when noyear or inferred */
    int unknown;  /* relative, but there is no story date */
    int open;     /* 1: from a on, no end ("2017/.."); -1: up to b, no start ("../2015") */
    int fiscal;   /* a fiscal year, named by the calendar year it ends in: "FY1987" */
    int fq;       /* 1-4: a quarter of that fiscal year ("FY1987-Q2"); else 0 */
    int part;     /* the early, middle or late part of one month or year ("end-March", "mid-1986") */
} when;

static void set_day(when *w, long z)
{
    w->a = w->b = z;
    w->g = G_DAY;
    w->range = 0;
}

static void set_month(when *w, int y, int m)
{
    w->a = month_start(y, m);
    w->b = month_end(y, m);
    w->g = G_MONTH;
    w->range = 0;
}

static void set_year(when *w, int y)
{
    w->a = day_number(y, 1, 1);
    w->b = day_number(y, 12, 31);
    w->g = G_YEAR;
    w->range = 0;
}

static void set_range(when *w, long a, long b, int g)
{
    w->a = a;
    w->b = b;
    w->g = g;
    w->range = 1;
}

/* v in exactly `width` digits at s (v < 10^width): the digits' end. */
static char *put_digits(char *s, long v, int width)
{
    for (int k = width - 1; k >= 0; k--, v /= 10) s[k] = (char)('0' + v % 10);
    return s + width;
}

/* The unit g (day, week, month, year) holding day z, as ISO 8601 into buf, like snprintf (the
 * length it needs; cut at cap); -1 outside the years 1-9999. By hand: it runs for every claim. */
static int put_unit(char *buf, size_t cap, long z, int g)
{
    cd_date c = civil(z);
    if (c.y < 1 || c.y > 9999) return -1;
    char tmp[16], *e = tmp;
    if (g == G_WEEK) {
        long thursday = monday_of(z) + 3;
        cd_date t = civil(thursday);
        long week = (thursday - day_number(t.y, 1, 1)) / 7 + 1;
        e = put_digits(e, t.y, 4);
        *e++ = '-', *e++ = 'W';
        e = put_digits(e, week, 2);
    } else {
        e = put_digits(e, c.y, 4);
        if (g != G_YEAR) *e++ = '-', e = put_digits(e, c.m, 2);
        if (g != G_YEAR && g != G_MONTH) *e++ = '-', e = put_digits(e, c.d, 2);
    }
    size_t n = (size_t)(e - tmp);
    if (cap) {
        size_t m = n < cap ? n : cap - 1;
        memcpy(buf, tmp, m);
        buf[m] = 0;
    }
    return (int)n;
}

/* The ISO 8601 value of w into buf; 0 when it has none. */
static int format_when(const when *w, char *buf, size_t cap)
{
    if (w->unknown) return 0;
    if (w->fiscal) {
        int n = snprintf(buf, cap, "FY"), m = put_unit(buf + n, cap - (size_t)n, w->a, G_YEAR);
        if (m < 0) return 0;
        if (w->fq) snprintf(buf + n + m, cap - (size_t)(n + m), "-Q%d", w->fq);
        return 1;
    }
    if (w->noyear) {
        if (w->nd) snprintf(buf, cap, "--%02d-%02d", w->nm, w->nd);
        else snprintf(buf, cap, "--%02d", w->nm);
        return 1;
    }
    if (w->open) {
        int n = w->open < 0 ? snprintf(buf, cap, "../") : 0;
        int m = put_unit(buf + n, cap - (size_t)n, w->open < 0 ? w->b : w->a, w->g);
        if (m < 0 || (size_t)(n + m) >= cap) return 0;
        if (w->open > 0) snprintf(buf + m, cap - (size_t)m, "/..");
        return 1;
    }
    int n = put_unit(buf, cap, w->a, w->g);
    if (n < 0 || (size_t)n >= cap) return 0;
    if (w->range && put_unit(buf + n, cap - (size_t)n, w->b, w->g) >= 0) {
        memmove(buf + n + 1, buf + n, strlen(buf + n) + 1);
        buf[n] = '/';
    }
    return 1;
}

/* ---- tokens --------------------------------------------------------------------------------- */


/* What time.c asks of a token, remembered: the longest data/time_words.tsv phrase there (a phrase
 * lookup hashes its bytes anew) and the roles of the word itself, as a bit mask. */
typedef struct tokmemo {
    size_t tok;         /* token index + 1; 0: empty */
    size_t n;           /* the phrase's token count */
    const cd_lexrec *rec;
    int phrase_role;
    unsigned word_roles; /* bit r: the word alone has role r */
} tokmemo;



/* What a token of the sentence reads as a number (int_at, spelled_at, day_at), remembered: most
 * patterns ask it at the same token, and spelled_at and day_at read up to SPELLED_MAX tokens each
 * time. They read only within the sentence and nothing that changes during the pass (no TF_TIME
 * mark), so the answer at a token of the sentence is the same at every ask. */
enum { NM_SPELLED = 1, NM_DAY = 2, NM_INT = 4 };
typedef struct nummemo {
    size_t tok;     /* token index + 1; 0: empty */
    unsigned known; /* NM_* bits: the readings below that are filled */
    size_t spelled_n, day_n;
    long spelled_v, int_v; /* int_v: the digits' value, -1 for a token of other characters */
    int spelled_big, day_d;
} nummemo;

typedef struct phrase_memo {
    tokmemo slot[8];
    nummemo nums[8];
} phrase_memo;

struct expr_memo;

/* The ISO values the pass wrote (emit, value_of), by the when each was written from: a story names
 * the same year, month or day again and again ("2017", "December", "Tuesday"), and each writing
 * costs civil's arithmetic, the digits and cd_intern's hash and probe. A slot holds the last value
 * of its hash (value_slot): with 256 (16 KB on the stack) 1,581 of the 4,985 claims of 2 MB of news
 * write their value anew, with 64 and a weaker hash 2,910 did. */
#define VALUE_SLOT_BITS 8
#define VALUE_SLOTS (1u << VALUE_SLOT_BITS)
typedef struct value_memo {
    struct when w[VALUE_SLOTS];
    const char *value[VALUE_SLOTS]; /* interned; NULL: empty */
} value_memo;

#define FISCAL_REACH 600 /* tokens: how far from a quarter the story's fiscal year is looked for */

/* The tokens story_fiscal has read, [0, hi), and the place after the last of each of its answers
 * (FISCAL_NAMED, FISCAL_OFF_CALENDAR) there, or 0; the lexicon entries of the words it starts at. */
typedef struct fiscal_memo {
    size_t hi, last[2];
    uint32_t ids[3];
} fiscal_memo;

/* The claims the pass has read so far, that a phrase counting from an earlier date counts from
 * (anchor_of): apart from the tctx, which the patterns copy for every nested read (range_expr,
 * top_expr, top_single), so that a copy is less than half as long. Written at the top level only
 * (note_claim, cd_find_times). */
typedef struct claims_read {
    size_t prev_first, prev_end; /* the last claim's tokens in this sentence: [prev_first, prev_end); 0: none */
    when prev;                   /* its value */
    size_t lead_end; /* the last claim in this sentence that is no comparison's base: its end; 0: none */
    when lead;       /* its value */
    when last;     /* the last claim's value of the sentence before, when has_last */
    int has_last;  /* the sentence right before this one ended with a claim read (last) */
} claims_read;

/* The words of one or two letters that may begin a time and have no entry of a time class
 * ("q", "h", "w", "cy"): letter_word tests them, and cd_find_times looks up their lex_ids
 * (tctx.letter_ids) for passed_over. */
static const char *const letter_words[] = {"q", "h", "w", "cy"};
#define N_LETTER_WORDS (sizeof letter_words / sizeof *letter_words)

typedef struct tctx {
    cd_doc *doc;
    phrase_memo *memo;
    struct expr_memo *exprs; /* depth-1 results of simple_expr in this sentence */
    value_memo *values;      /* the pass's ISO values (value_of) */
    size_t first, lim; /* the sentence's tokens: [first, lim) */
    size_t sentence;
    int has_ref;
    long ref;   /* the story date as a day number */
    cd_date ref_date; /* civil(ref), for the patterns that ask its year or month (set_ref) */
    int depth;  /* nesting of "two days after <expression>" */
    size_t begins_at; /* token index + 1 where may_begin is known to hold; 0: none */
    struct claims_read *read; /* the claims read so far (note_claim) */
    uint32_t the_id, a_id, an_id; /* lex_ids of "the", "a", "an": may_anchor's first test */
    uint32_t letter_ids[N_LETTER_WORDS]; /* lex_ids of letter_words (0: no entry): passed_over */
    uint32_t later_id, earlier_id; /* lex_ids of "later" and "earlier" (later_word_from) */
    size_t later_from, later_at; /* later_word_from's last walk: the first such word at or after later_from */
    int *readings; /* the sentence's HAS_READINGS, HAS_LEVELS: -1 until sentence_readings reads it */
    struct fiscal_memo *fiscal; /* where the story names a fiscal year (story_fiscal) */
    int all; /* every pattern everywhere, no dispatch: the cross-check's reference (ALL_PATTERNS) */
#ifdef CD_TIME_CROSSCHECK
    size_t checked; /* the tokens compared */
#endif
} tctx;

/* Whether the dispatch is off (tctx.all): only in the cross-check's test builds, where it is read. */
#ifdef CD_TIME_CROSSCHECK
#define ALL_PATTERNS(c) ((c)->all)
#else
#define ALL_PATTERNS(c) 0
#endif

/* The story date (or the day a count is read back from) as day z. */
static void set_ref(tctx *c, long z)
{
    c->ref = z;
    c->ref_date = civil(z);
}

static const cd_token *tok(const tctx *c, size_t i)
{
    return i < c->lim ? &c->doc->toks[i] : NULL;
}

static int is_punct(const tctx *c, size_t i, uint32_t cp)
{
    const cd_token *t = tok(c, i);
    return t && t->type == TOK_PUNCT && t->cp == cp;
}

static int is_dash(const tctx *c, size_t i)
{
    const cd_token *t = tok(c, i);
    return t && t->type == TOK_PUNCT && cd_is_hyphen_or_dash(t->cp);
}

static int glued(const tctx *c, size_t i) /* token i follows the previous one without a space */
{
    const cd_token *t = tok(c, i);
    return t && !(t->flags & TF_SPACE_BEFORE);
}

/* Whether token i is the lower-case word lower, len bytes long: a token of another length is ruled
 * out before its text is read. Called as word_is with a literal (a non-literal does not compile). */
CD_NOINLINE static int text_is(const cd_doc *doc, size_t i, const char *lower)
{
    return cd_tok_is(doc, i, lower);
}

/* Inline to the length test (most tokens asked differ there): the pass asks it some 120,000 times
 * in 2 MB of news, where a call cost more than the test. */
static CD_ALWAYS_INLINE int word_is_n(const tctx *c, size_t i, const char *lower, size_t len)
{
    if (i >= c->lim) return 0;
    const cd_token *t = &c->doc->toks[i];
    return t->len == len && text_is(c->doc, i, lower);
}
#define word_is(c, i, lit) word_is_n((c), (i), "" lit, sizeof(lit) - 1)

static int is_cap(const tctx *c, size_t i)
{
    const cd_token *t = tok(c, i);
    return t && (t->flags & TF_CAP);
}

/* Whether token k is an article, a demonstrative or a possessive of data/claim_determiners.tsv: the
 * one test of a determiner in this file. */
static int determiner_at(const tctx *c, size_t k)
{
    return cd_tok_in(c->doc, k, LX_CLAIM_DETERMINERS);
}





/* The KEY_* bits of a word without an entry, from its text ("thru" has none). */
static unsigned key_of_text(const tctx *c, size_t i)
{
    const cd_token *t = &c->doc->toks[i];
    unsigned bits = 0;
    for (size_t k = 0; k < sizeof key_table / sizeof key_table[0]; k++)
        if (key_table[k].len == t->len && cd_tok_is(c->doc, i, key_table[k].text))
            bits |= key_table[k].bit;
    return bits;
}

/* The record of token t's word (cd_time_words, by its lex_id; a word without an entry: [0]). */
static inline const cd_time_word *token_word(const cd_token *t)
{
    return &cd_time_words[t->lex_id];
}

/* The KEY_* bits of token i: word_is(c, i, W) for every word W of key_table, at once. */
static unsigned word_key(const tctx *c, size_t i)
{
    const cd_token *t = tok(c, i);
    if (!t || t->type != TOK_WORD) return 0;
    return cd_tok_lex(t) ? token_word(t)->key : key_of_text(c, i);
}


static const tokmemo *memo_fill(const tctx *c, size_t i)
{
    tokmemo *m = &c->memo->slot[i & 7];
    const cd_lexrec *r = NULL;
    const cd_token *t = i < c->doc->n_toks ? &c->doc->toks[i] : NULL;
    m->tok = i + 1;
    /* a phrase only where the word heads one (lexgen marks the heads) and the tokenizer saw a key of
     * several tokens start (cd_token.phrases; else cd_lex_match finds the word alone, and every
     * reader of the memo asks for a phrase, n >= 2): most tokens start none */
    m->n = t && (cd_tok_entry(t)->heads & LXM(LX_TIME_WORDS)) && (t->phrases != CD_PHRASES_KNOWN || ALL_PATTERNS(c))
               ? cd_lex_match(c->doc, i, LX_TIME_WORDS, &r)
               : 0;
    m->rec = r;
    m->phrase_role = r ? role_of(r->str) : R_NONE;
    m->word_roles = t && t->type == TOK_WORD && cd_lex_has(cd_tok_entry(t), LX_TIME_WORDS) ? token_word(t)->roles : 0;
    return m;
}

static inline const tokmemo *memo_at(const tctx *c, size_t i)
{
    const tokmemo *m = &c->memo->slot[i & 7];
    return m->tok == i + 1 ? m : memo_fill(c, i);
}

static size_t role_num(const tctx *c, size_t i, int role, double *num)
{
    *num = cd_time_nums[token_word(&c->doc->toks[i])->nums][role]; /* a role bit is set: the word has an entry */
    return 1;
}

/* A word or phrase of data/time_words.tsv in the given role at token i: its token count. */
/* Whether the word at token i is in data/time_words.tsv or heads a phrase of it: elsewhere memo_fill
 * finds no phrase (n = 0) and no word roles, so role_at and has_role say no without filling a slot. */
/* The token's flag first: a word of data/time_words.tsv or heading one of its phrases has
 * TF_TIME_START (CD_TIME_START_CLASSES, from mask | heads), and the entries of the other words, most
 * of the words asked about and long out of the cache, are not read. */
static inline int time_word_at(const tctx *c, size_t i)
{
    const cd_token *t = tok(c, i);
    return t && (t->flags & TF_TIME_START) && (cd_tok_classes(t) & LXM(LX_TIME_WORDS));
}

static inline size_t role_at(const tctx *c, size_t i, int role, double *num)
{
    if (!time_word_at(c, i)) return 0;
    const tokmemo *m = memo_at(c, i);
    if (m->n >= 2 && i + m->n <= c->lim && m->phrase_role == role) {
        *num = m->rec->num;
        return m->n;
    }
    if (i >= c->lim || !(m->word_roles & (1u << role))) return 0;
    return role_num(c, i, role, num);
}

static int has_role(const tctx *c, size_t i, int role)
{
    return time_word_at(c, i) && (memo_at(c, i)->word_roles & (1u << role));
}

static int int_at_digits(const tctx *c, size_t i)
{
    const cd_token *t = tok(c, i);
    return t && t->type == TOK_NUM;
}

/* The number memo of token i, emptied when it held another token; NULL outside the sentence. */
static nummemo *num_memo(const tctx *c, size_t i)
{
    if (i < c->first || i >= c->lim) return NULL;
    nummemo *m = &c->memo->nums[i & 7];
    if (m->tok != i + 1) m->tok = i + 1, m->known = 0;
    return m;
}

/* The value of a number token of at most 9 bytes if it is digits only, else -1. */
static long digit_run_value(const cd_doc *doc, const cd_token *t)
{
    long x = 0;
    for (uint32_t k = t->start; k < cd_tok_stop(t); k++) {
        char ch = doc->text[k];
        if (ch < '0' || ch > '9') return -1;
        x = x * 10 + (ch - '0');
    }
    return x;
}

/* A plain integer token (no separators): its value and digit count (the value from the number
 * memo: most patterns ask it at the same token). */
static int int_memo(const tctx *c, size_t i, const cd_token *t, long *v, int *digits);

static inline int int_at(const tctx *c, size_t i, long *v, int *digits)
{
    const cd_token *t = tok(c, i); /* most tokens asked are no number: out inline */
    return t && t->type == TOK_NUM && t->len <= 9 && int_memo(c, i, t, v, digits);
}

/* int_at at number token t (i), from the number memo. */
static int int_memo(const tctx *c, size_t i, const cd_token *t, long *v, int *digits)
{
    nummemo *m = num_memo(c, i);
    long x;
    if (!m) x = digit_run_value(c->doc, t);
    else {
        if (!(m->known & NM_INT)) m->int_v = digit_run_value(c->doc, t), m->known |= NM_INT;
        x = m->int_v;
    }
    if (x < 0) return 0;
    *v = x;
    *digits = (int)t->len;
    return 1;
}

/* ---- numbers written in words ------------------------------------------------------------- */

/* The role letter and value of a number word of data/num_word.tsv at token i ('c' a unit or teen,
 * 't' tens, 'h' hundred, 's' a scale word), or 0. */
static int num_word(const tctx *c, size_t i, long *v)
{
    const cd_token *t = tok(c, i);
    const cd_lexrec *r = t && t->type == TOK_WORD ? cd_lex_rec(cd_tok_entry(t), LX_NUM_WORD) : NULL;
    if (!r || !r->str || r->num != r->num) return 0;
    *v = (long)r->num;
    if (r->str[0] == 'h') return word_is(c, i, "hundred") ? 'h' : 0;
    if (r->str[0] == 's') return word_is(c, i, "thousand") ? 's' : 0;
    return r->str[0] == 'c' || r->str[0] == 't' ? r->str[0] : 0;
}

#define SPELLED_MAX 12 /* tokens: "one thousand seven hundred and eighty - nine" fits */

/* A whole number below 10000 written in words: "twenty-five", "seventeen hundred thirty three",
 * "two thousand and fifteen". Returns its token count (0: none); *big is set when it holds
 * "hundred" or "thousand". Reads at most SPELLED_MAX tokens. */
static size_t spelled_read(const tctx *c, size_t i, long *value, int *big)
{
    long total = 0, cur = 0, v;
    int last = 0, role;
    size_t j = i, end = i;
    *big = 0;
    const cd_token *t = tok(c, i); /* most tokens asked are no number word: out before the loop */
    if (!t || t->type != TOK_WORD || !cd_lex_has(cd_tok_entry(t), LX_NUM_WORD)) return 0;
    while (j < i + SPELLED_MAX) {
        if ((last == 'h' || last == 's') && word_is(c, j, "and") && num_word(c, j + 1, &v)) j++;
        else if (last == 't' && is_dash(c, j) && glued(c, j) && glued(c, j + 1) && num_word(c, j + 1, &v) == 'c') j++;
        role = num_word(c, j, &v);
        if (role == 'c' && v > 0 && (!last || last == 'h' || last == 's' || (last == 't' && v < 10))) cur += v;
        else if (role == 't' && (!last || last == 'h' || last == 's')) cur += v;
        else if (role == 'h' && (last == 'c' || last == 't') && cur >= 1 && cur <= 99) cur *= 100, *big = 1;
        else if (role == 's' && last != 's' && cur >= 1 && cur <= 9 && !total) total = cur * 1000, cur = 0, *big = 1;
        else break;
        last = role;
        end = ++j;
    }
    if (end == i) return 0;
    *value = total + cur;
    return end - i;
}

static size_t spelled_memo(const tctx *c, size_t i, long *value, int *big);

/* spelled_read at token i, from the number memo; a token that is no number word (most asked) is
 * none, inline (spelled_read's first test). */
static inline size_t spelled_at(const tctx *c, size_t i, long *value, int *big)
{
    const cd_token *t = tok(c, i);
    if (t && t->type == TOK_WORD && cd_lex_has(cd_tok_entry(t), LX_NUM_WORD)) return spelled_memo(c, i, value, big);
    *big = 0;
    return 0;
}

static size_t spelled_memo(const tctx *c, size_t i, long *value, int *big)
{
    nummemo *m = num_memo(c, i);
    if (!m) return spelled_read(c, i, value, big);
    if (!(m->known & NM_SPELLED)) {
        m->spelled_n = spelled_read(c, i, &m->spelled_v, &m->spelled_big);
        m->known |= NM_SPELLED;
    }
    *big = m->spelled_big;
    if (m->spelled_n) *value = m->spelled_v;
    return m->spelled_n;
}

/* A year written in words: "nineteen ninety-six", "twenty twenty", "nineteen oh five", "two
 * thousand and fifteen", "seventeen hundred thirty three". Returns its token count. */
static size_t spelled_year(const tctx *c, size_t i, int *y)
{
    long hi, lo, v;
    int big;
    size_t n = spelled_at(c, i, &hi, &big), m;
    if (!n) return 0;
    if (big) {
        /* a round hundred before 2000 is a year said in hundreds ("fifteen hundred"); "one thousand",
         * "one thousand and five hundred" count ("one thousand seven hundred and eighty nine" is 1789) */
        if (hi < 1000 || hi > 2199 || (hi < 2000 && hi % 100 == 0 && num_word(c, i, &v) == 'c' && v == 1)) return 0;
        *y = (int)hi;
        return n;
    }
    if (hi < 10 || hi > 21) return 0;
    if ((word_is(c, i + n, "oh") || word_is(c, i + n, "o") || word_is(c, i + n, "zero")) &&
        num_word(c, i + n + 1, &v) == 'c' && v >= 1 && v <= 9) {
        *y = (int)(hi * 100 + v);
        return n + 2;
    }
    if (!(m = spelled_at(c, i + n, &lo, &big)) || big || lo < 10 || lo > 99) return 0;
    *y = (int)(hi * 100 + lo);
    return n + m;
}

/* A year at token i, in digits ("2016") or in words: its token count, 0 if none. */
static size_t year_span(const tctx *c, size_t i, int *y);

static int ordinal_suffix(const tctx *c, size_t i)
{
    return glued(c, i) && (word_is(c, i, "st") || word_is(c, i, "nd") || word_is(c, i, "rd") ||
                           word_is(c, i, "th"));
}

/* A lower-case word that is no time word and no conjunction: after "in two thousand" it makes
 * the number a count ("in two thousand homes"), not a year. */
static int noun_follows(const tctx *c, size_t i)
{
    const cd_token *t = tok(c, i);
    if (!t || t->type != TOK_WORD || (t->flags & TF_CAP)) return 0;
    const uint64_t classes = LXM(LX_TIME_WORDS) | LXM(LX_TIME_MONTHS) | LXM(LX_TIME_TENSE) | LXM(LX_NUM_WORD);
    if (cd_tok_mask(t) & classes) return 0; /* first: most words asked are time words ("of") */
    return !(word_is(c, i, "and") || word_is(c, i, "or") || word_is(c, i, "but"));
}

/* Whether word k after a day in words says the number is a day, not a count: a preposition,
 * conjunction or relative of data/claim_phrase_stops.tsv but those a count takes ("one of", "one in
 * three", "two were"), a determiner or "all", or a subject pronoun ("on April one instead of", "effective
 * March five it also raised", "announced on March nine that", "redeem on April eight all"). */
static int day_word_after(const tctx *c, size_t k)
{
    const char *role = cd_tok_role(c->doc, k, LX_CLAIM_PHRASE_STOPS);
    if (cd_str_is(role, "prep") || cd_str_is(role, "qual") || cd_str_is(role, "conj") || cd_str_is(role, "rel"))
        return !word_is(c, k, "of") && !word_is(c, k, "in") && !word_is(c, k, "than") && !word_is(c, k, "who");
    return determiner_at(c, k) || word_is(c, k, "all") || word_is(c, k, "instead") ||
           word_is(c, k, "it") ||
           word_is(c, k, "he") || word_is(c, k, "she") || word_is(c, k, "they") || word_is(c, k, "we");
}

static int month_at(const tctx *c, size_t i, int *flags);

/* Whether a month after a determiner stands right before token i: a day in words there names a
 * date that modifies the noun after it ("the May six meeting", "an April one deadline"). */
static int month_after_determiner(const tctx *c, size_t i)
{
    int flags;
    size_t j = i > c->first && is_punct(c, i - 1, '.') ? i - 1 : i;
    return j >= c->first + 2 && month_at(c, j - 1, &flags) && determiner_at(c, j - 2);
}

/* Whether "of" at token k starts a partitive: "of" and a determiner before a word that is no time
 * word ("one of the units", "one of its plants"), not a date's year ("April one of this year"). */
static int partitive_of(const tctx *c, size_t k)
{
    const cd_token *t = tok(c, k + 2);
    return word_is(c, k, "of") && determiner_at(c, k + 1) && t && t->type == TOK_WORD &&
           !(cd_tok_mask(t) & (LXM(LX_TIME_WORDS) | LXM(LX_TIME_MONTHS)));
}

/* Whether the number in words at token i (n tokens) counts the word after it. */
static int count_of_noun(const tctx *c, size_t i, size_t n)
{
    if (has_role(c, i + n, R_UNIT) || partitive_of(c, i + n)) return 1;
    return noun_follows(c, i + n) && !day_word_after(c, i + n) && !month_after_determiner(c, i);
}

/* A day of the month: "5", "5th", "fifth", "twenty-first", "twenty one". Returns its token count. */
static size_t day_read(const tctx *c, size_t i, int *d)
{
    long v;
    int digits;
    double num;
    if (int_at(c, i, &v, &digits)) {
        if (digits > 2 || v < 1 || v > 31) return 0;
        *d = (int)v;
        return ordinal_suffix(c, i + 1) ? 2 : 1;
    }
    size_t n = role_at(c, i, R_ORDINAL, &num);
    if (n && num >= 1 && num <= 31) {
        *d = (int)num;
        return n;
    }
    int big;
    if ((n = spelled_at(c, i, &v, &big)) && !big && v >= 1 && v <= 31 && !count_of_noun(c, i, n)) {
        *d = (int)v;
        return n;
    }
    return 0;
}

/* Whether token i may be a day (day_read): a number, a number word (spelled_at), a word of
 * data/time_words.tsv with the role ordinal or the head of one of its phrases where one may start
 * (role_at's R_ORDINAL: memo_fill reads a phrase only there); day_read finds none at any other
 * token ("the year", "the last", "the day", asked after every "the" before a time word). */
static inline int may_be_day(const tctx *c, size_t i)
{
    const cd_token *t = tok(c, i);
    if (!t) return 0;
    if (t->type == TOK_NUM) return 1;
    /* each test below holds only at a word of CD_TIME_START_CLASSES or heading a phrase of them:
     * the token's flag says no without its entry (mostly "the" before a word of no time) */
    const cd_lexentry *e = cd_tok_lex(t);
    if (t->type != TOK_WORD || !(t->flags & TF_TIME_START) || !e) return 0;
    if (e->mask & LXM(LX_NUM_WORD)) return 1;
    if ((e->heads & LXM(LX_TIME_WORDS)) && (t->phrases != CD_PHRASES_KNOWN || ALL_PATTERNS(c))) return 1;
    return cd_lex_has(e, LX_TIME_WORDS) && (token_word(t)->roles & (1u << R_ORDINAL));
}

/* day_read at token i, from the number memo; out before the memo where may_be_day says no. */
static size_t day_at(const tctx *c, size_t i, int *d)
{
    if (!may_be_day(c, i)) return 0;
    nummemo *m = num_memo(c, i);
    if (!m) return day_read(c, i, d);
    if (!(m->known & NM_DAY)) {
        m->day_n = day_read(c, i, &m->day_d);
        m->known |= NM_DAY;
    }
    if (m->day_n) *d = m->day_d;
    return m->day_n;
}

static int year_at(const tctx *c, size_t i, int *y)
{
    long v;
    int digits;
    if (!int_at(c, i, &v, &digits) || digits != 4 || v < 1000 || v > 2199) return 0;
    if (is_punct(c, i + 1, '%') || is_punct(c, i - 1, '$')) return 0;
    *y = (int)v;
    return 1;
}

static size_t year_span(const tctx *c, size_t i, int *y)
{
    const cd_token *t = tok(c, i);
    if (!t) return 0;
    if (t->type == TOK_NUM) return (size_t)year_at(c, i, y);
    size_t n = spelled_year(c, i, y);
    return n && !noun_follows(c, i + n) ? n : 0;
}

/* The record of token i's word when it has a record of class cls (a month or a weekday), else
 * NULL: its number and flags are read there, not from its records at each ask. Those classes have
 * a mask bit of their own: the bit's test alone (cls is a parameter, so cd_lex_has's choice would
 * be made only after the compiler has weighed inlining this into the date readers). */
_Static_assert(LX_TIME_MONTHS < CD_LEX_FIRST_SHARED && LX_TIME_WEEKDAYS < CD_LEX_FIRST_SHARED,
               "month and weekday words have a mask bit of their own");
static inline const cd_time_word *name_entry(const tctx *c, size_t i, int cls)
{
    const cd_token *t = tok(c, i);
    return t && t->type == TOK_WORD && cd_lex_has_bit(cd_tok_entry(t), cls) ? token_word(t) : NULL;
}

/* A month name at token i: its number and flags; 0 if none. */
static int month_at(const tctx *c, size_t i, int *flags)
{
    const cd_time_word *r = name_entry(c, i, LX_TIME_MONTHS);
    if (!r || !r->month) return 0;
    *flags = r->month_flags;
    if ((*flags & (MF_ABBR | MF_AMBIGUOUS)) && !(c->doc->toks[i].flags & TF_CAP)) return 0;
    return r->month;
}

/* A month name at token i even in lower case when it is an abbreviation ("14 nov",
 * "2019-aug-1"), or "may", "mar" with digits glued to it ("mar3"): for places where a number next
 * to it already makes it a date. */
static int month_at_loose(const tctx *c, size_t i, int *flags)
{
    int m = month_at(c, i, flags);
    if (m) return m;
    const cd_time_word *r = name_entry(c, i, LX_TIME_MONTHS);
    if (!r || !r->month) return 0;
    *flags = r->month_flags;
    if (*flags & MF_AMBIGUOUS) /* "mar3": the verb has no digits glued to it */
        return tok(c, i + 1) && tok(c, i + 1)->type == TOK_NUM && glued(c, i + 1) ? r->month : 0;
    return r->month;
}

/* A weekday name at i: its number (0 = Sunday), or -1 (also for a plural, "Sundays"). */
static int weekday_at(const tctx *c, size_t i, int *flags)
{
    const cd_time_word *r = name_entry(c, i, LX_TIME_WEEKDAYS);
    if (!r || r->weekday < 0) return -1;
    *flags = r->weekday_flags;
    if ((*flags & MF_PLURAL) || (*flags && !(c->doc->toks[i].flags & TF_CAP))) return -1;
    return r->weekday;
}

/* A weekday in the plural at i ("Sundays", "fridays"): its number, or -1. */
static int weekdays_at(const tctx *c, size_t i)
{
    const cd_time_word *r = name_entry(c, i, LX_TIME_WEEKDAYS);
    return r && r->weekday >= 0 && r->weekday_flags == MF_PLURAL ? r->weekday : -1;
}

/* After a month abbreviation or a weekday, an optional period glued to it. */
static size_t skip_dot(const tctx *c, size_t j)
{
    return is_punct(c, j, '.') && glued(c, j) ? j + 1 : j;
}

/* ---- tense: which "Monday" is meant -------------------------------------------------------- */

/* Whether a form in -ed at token i follows an article or a possessive of data/claim_determiners.tsv
 * (not a demonstrative, which may be a pronoun or "that" a relative: "that expired October 16"): a
 * participle that modifies a noun, no past ("the proposed merger in May", "an alleged fraud"). */
static int modifier_after(const tctx *c, size_t i)
{
    return i > c->first && determiner_at(c, i - 1) && !word_is(c, i - 1, "that") &&
           !word_is(c, i - 1, "this") && !word_is(c, i - 1, "these") && !word_is(c, i - 1, "those");
}

/* Whether token i is a verb's prefix before a hyphen ("re-elected", "co-managed", "sole-managed"). */
static int verb_prefix_at(const tctx *c, size_t i)
{
    return word_is(c, i, "re") || word_is(c, i, "co") || word_is(c, i, "pre") || word_is(c, i, "sole") ||
           word_is(c, i, "de") || word_is(c, i, "mis") || word_is(c, i, "out");
}

/* Whether a form in -ed at token i is glued after a hyphen, a compound's last part ("on a
 * when-issued basis", "so-called", "state-owned"; not after a verb's prefix), or follows a preposition of
 * data/claim_phrase_stops.tsv ("in authorized shares", "of detailed deliberation"): an adjective, no
 * past. Not "as" or "than", after which it stands for a clause ("as expected", "than planned"). */
static int adjective_at(const tctx *c, size_t i)
{
    if (i <= c->first) return 0;
    if (is_dash(c, i - 1) && glued(c, i)) return !verb_prefix_at(c, i - 2);
    const char *role = cd_tok_role(c->doc, i - 1, LX_CLAIM_PHRASE_STOPS);
    return (cd_str_is(role, "prep") || cd_str_is(role, "qual")) && !word_is(c, i - 1, "as") &&
           !word_is(c, i - 1, "than");
}

/* Whether word t (its text s, n bytes) is a form in -ed of five letters or more in lower case. */
static inline int ed_form(const cd_token *t, const char *s, size_t n)
{
    return n >= 5 && !(t->flags & TF_CAP) && s[n - 2] == 'e' && s[n - 1] == 'd';
}

static inline int tense_of_word(const tctx *c, size_t i)
{
    const cd_token *t = tok(c, i);
    if (!t || t->type != TOK_WORD || (t->flags & TF_TIME)) return 0;
    const cd_lexrec *r = cd_lex_rec(cd_tok_entry(t), LX_TIME_TENSE);
    if (r) return (int)r->num;
    const char *s = c->doc->text + t->start;
    size_t n = t->len;
    if (n >= 3 && s[n - 2] == 'l' && s[n - 1] == 'l' &&
        (s[n - 3] == '\'' || (n >= 5 && (unsigned char)s[n - 3] == 0x99)))
        return 1; /* we'll, they’ll */
    if (ed_form(t, s, n)) return modifier_after(c, i) || adjective_at(c, i) ? 0 : -1;
    return 0;
}

#define TENSE_WINDOW 15

/* The tense of the nearest verb marker around tokens [first, last]: 1 future, -1 past, 0 none.
 * The words before the expression come first: in "will close three branches by June, officials
 * said" the reporting verb after it says when it was said, not when the branches close. A past
 * form right after a future one ("will be held") reads as future. */
/* "did" or "didn't" before token p, perhaps with "not" between: the tense of "did not want". */
static int did_before(const tctx *c, size_t p)
{
    if (p > c->first && (word_is(c, p - 1, "not") || word_is(c, p - 1, "n't") || word_is(c, p - 1, "n’t"))) p--;
    return p > c->first && (word_is(c, p - 1, "did") || word_is(c, p - 1, "didn't") || word_is(c, p - 1, "didn’t"));
}

/* "not", "never" or "n't" at token p. */
static int negation_at(const tctx *c, size_t p)
{
    return word_is(c, p, "not") || word_is(c, p, "never") || word_is(c, p, "n't") || word_is(c, p, "n’t");
}

/* "have" after token p, perhaps with a negation between ("should not have", "should never have"). */
static int have_after(const tctx *c, size_t p)
{
    return word_is(c, p + 1, "have") || (negation_at(c, p + 1) && word_is(c, p + 2, "have"));
}

/* The tense of word p; an intent ("want", "plans": 2 in data/time_tense.tsv) is future, but for
 * an event named by its day (event: its first token + 1; 0 for any other time) only where it
 * governs the event, right before it or "for" it ("expects Monday's vote to pass", "plans for
 * Friday's meeting"): "police want to question a man over Monday's attack" wants now what Monday's
 * attack did, "their plans and Wednesday's speech" are nouns. An expectation (3) is future before
 * "to": "is set to play"; "due" (4) before "to" and a verb (due_to_verb). */
/* "due" at token p as a future: after "is", "are", "be" or "'s", before "to" and a word in lower case
 * that is no determiner, no past form and no -ing form ("is due to speak", "are due to be"). "Due
 * to" is a cause as often: "the delay is due to the storm", "is due to Monday's storm", "cancelled
 * due to heavy snow", "is due to increased costs", "is due to rising costs". */
/* Whether word i ends in "ing" and has six letters or more: an -ing form ("rising", "falling"), no
 * verb's base form ("bring", "sing" are shorter). */
static int ing_form(const tctx *c, size_t i)
{
    const cd_token *t = tok(c, i);
    size_t n = t ? t->len : 0;
    return n >= 6 && memcmp(c->doc->text + cd_tok_stop(t) - 3, "ing", 3) == 0;
}

/* Whether "to" and a verb's base form follow token p: a word in lower case that is no determiner, no
 * past form and no -ing form ("to speak", "to be"; not "to the storm", "to increased costs"). */
static int to_verb_after(const tctx *c, size_t p)
{
    const cd_token *verb = tok(c, p + 2);
    if (!word_is(c, p + 1, "to") || !verb || verb->type != TOK_WORD || (verb->flags & TF_CAP) ||
        determiner_at(c, p + 2))
        return 0;
    const char *s = c->doc->text + verb->start; /* a form in -ed is none, even as an adjective */
    return tense_of_word(c, p + 2) >= 0 && !ed_form(verb, s, verb->len) && !ing_form(c, p + 2);
}

static int due_to_verb(const tctx *c, size_t p)
{
    if (p <= c->first || !to_verb_after(c, p)) return 0;
    return word_is(c, p - 1, "is") || word_is(c, p - 1, "are") || word_is(c, p - 1, "be") ||
           word_is(c, p - 1, "'s") || word_is(c, p - 1, "’s");
}

/* Whether "had" stands before token p, perhaps with an adverb in -ly between ("had originally
 * expected"). */
static int had_before(const tctx *c, size_t p)
{
    if (p > c->first && word_is(c, p - 1, "had")) return 1;
    const cd_token *adv = tok(c, p - 1);
    size_t n = adv && p > c->first + 1 ? adv->len : 0;
    return n > 3 && memcmp(c->doc->text + cd_tok_stop(adv) - 2, "ly", 2) == 0 && word_is(c, p - 2, "had");
}

/* "expected" and a subject of up to three words before "to" ("expected OPEC to raise prices"): no
 * punctuation between. */
static int expected_of(const tctx *c, size_t p)
{
    if (!word_is(c, p, "expected")) return 0;
    for (size_t k = p + 1; k <= p + 4 && k < c->lim; k++) {
        if (word_is(c, k, "to")) return k > p + 1;
        if (tok(c, k)->type != TOK_WORD) return 0;
    }
    return 0;
}

/* An intent word right after a determiner or a possessive is a noun ("the plan was approved at a
 * meeting March 6", "its plans"), unless it governs what is intended ("her plan to sign a
 * decree on Friday"). Not after a determiner and a word: "the exchange expects" is a verb. A
 * verb near the date tells its tense, and a plan is made before it is carried out: the noun leans to
 * the future only where no verb says otherwise (intent_noun_at, tense_around). */
static int intent_noun(const tctx *c, size_t p)
{
    return p > c->first && determiner_at(c, p - 1) && !to_verb_after(c, p);
}

/* Whether token p is an intent word (data/time_tense.tsv code 2) read as a noun (intent_noun). */
static int intent_noun_at(const tctx *c, size_t p)
{
    return tense_of_word(c, p) == 2 && intent_noun(c, p);
}

static int perfect_at(const tctx *c, size_t p);

/* tense_at at a tense word p (t: tense_of_word, not 0). */
static int tense_marker(const tctx *c, size_t p, size_t event, int t)
{
    if (t == 9) return perfect_at(c, p) || had_before(c, p) ? -1 : 0; /* "has been", "had fallen" */
    if (t == 8) /* "going": "was going to" as "was planning to", "is going to" as "is expected to" */
        t = p > c->first && (word_is(c, p - 1, "was") || word_is(c, p - 1, "were")) ? 6 : 3;
    if (t == 3) { /* "is expected to", "set to"; "had been scheduled to" looked ahead from the past */
        if (!word_is(c, p + 1, "to") && !expected_of(c, p)) return 0;
        if (had_before(c, p)) return -1; /* "had expected sales to fall in November" */
        return p >= c->first + 2 && word_is(c, p - 1, "been") && word_is(c, p - 2, "had") ? -1 : 1;
    }
    if (t == 4) return due_to_verb(c, p); /* "is due to speak" */
    if (t == 5 || t == 6) return 0; /* "planned", "was planning": ahead_from_past before "to", else no tense */
    if (t == 7) /* "pledged": ahead_from_past before "to", else a past form's reading */
        return word_is(c, p + 1, "to") || modifier_after(c, p) || adjective_at(c, p) ? 0 : -1;
    if (t == 1 && (word_is(c, p, "should") || word_is(c, p, "must")) && have_after(c, p))
        return -1; /* "should (not) have been", "must have left" */
    if (t == 2) return !intent_noun(c, p) && (!event || p + 1 == event - 1 ||
                                              (p + 2 == event - 1 && word_is(c, p + 1, "for")));
    return t;
}

/* Inline, with tense_of_word: tense_around asks it at up to 30 tokens a time, most of them no tense
 * word, where two calls cost more than the tests. */
static inline int tense_at(const tctx *c, size_t p, size_t event)
{
    int t = tense_of_word(c, p);
    return t ? tense_marker(c, p, event, t) : 0;
}

/* Whether the past form at token p is a present perfect's participle ("has called", "have set"): it
 * tells what is done now, not when the time named is ("said it has convened an extraordinary meeting for
 * July 23": the coming one); the words before it say nothing then, those after it still may ("has tried
 * and on Thursday quizzed him"). A modal's perfect ("would have", "could have") is no present one
 * (data/time_modals.tsv). */
static int perfect_at(const tctx *c, size_t p)
{
    if (p <= c->first) return 0;
    if (word_is(c, p - 1, "has") || word_is(c, p - 1, "'ve") || word_is(c, p - 1, "’ve")) return 1;
    if (!word_is(c, p - 1, "have")) return 0;
    if (p < c->first + 2) return 1;
    size_t m = p - 2; /* not "to have had", "would have", "would not have", "could have" (a past) */
    if (m > c->first && negation_at(c, m)) m--;
    const cd_token *t = tok(c, m);
    return !(word_is(c, m, "to") || (t && t->type == TOK_WORD && cd_lex_has(cd_tok_entry(t), LX_TIME_MODALS)));
}

/* Whether token p is a speech verb of data/quote_verbs.tsv ("said", "told", "announced"). */
static int speech_verb_at(const tctx *c, size_t p)
{
    const cd_token *t = tok(c, p);
    return t && t->type == TOK_WORD && cd_lex_has(cd_tok_entry(t), LX_QUOTE_VERBS);
}

/* Whether the time at token first, after a present perfect at token p, names when the perfect's
 * event was: it follows "in" or "during" ("has bounced back from a low in January", "have raised
 * rates in June"), "the" after "over" or "throughout" too ("has been training over the winter",
 * "have eased in the summer": the one begun, not next year's; not "through", an end like "until":
 * "has been extended through June"), or it starts with "since" ("have been talking since August"). */
static int perfect_period(const tctx *c, size_t p, size_t first)
{
    if (word_is(c, first, "since") || (first > p + 1 && word_is(c, first - 1, "since"))) return 1;
    if (first <= p + 1) return 0;
    if (word_is(c, first - 1, "in") || word_is(c, first - 1, "during")) return 1;
    size_t k = first - 2;
    return first > p + 2 && word_is(c, first - 1, "the") &&
           (word_is(c, k, "in") || word_is(c, k, "during") || word_is(c, k, "over") || word_is(c, k, "throughout"));
}

/* Whether the present perfect at token p tells when its own event was, a past: the time names its
 * period (perfect_period), with no "to" between (the infinitive's event may be coming: "has agreed
 * to sell the unit in January"), and the participle is no speech verb (what was said may be of any
 * time: "has said the plant closes in January"). Other times after a perfect may be a planned
 * event's ("has called a meeting for July 23", "has pulled out of January's Open"): the nearest. */
static int perfect_done_in(const tctx *c, size_t p, size_t first)
{
    if (!perfect_period(c, p, first) || speech_verb_at(c, p)) return 0;
    for (size_t k = p + 1; k < first; k++)
        if (word_is(c, k, "to")) return 0;
    return 1;
}

/* Whether the past form at token p is a present perfect's, active or passive ("has adjourned the case",
 * "has been adjourned"), and the time after it follows "until" or "till": a state that holds now and
 * ends then, so the time is to come ("has been adjourned until Friday", "has been extended until
 * March" read last Friday, last March). */
static int perfect_until(const tctx *c, size_t p, size_t first)
{
    if (!(word_is(c, first, "until") || word_is(c, first, "till") ||
          (first > p + 1 && (word_is(c, first - 1, "until") || word_is(c, first - 1, "till")))))
        return 0;
    return perfect_at(c, p) || (p > c->first && word_is(c, p - 1, "been") && perfect_at(c, p - 1));
}

/* Whether "is to", "are to" or "was to" and a verb stand at token p ("to"): a plan, future ("The
 * dividend is to be paid July 27"). */
static int to_be_done(const tctx *c, size_t p)
{
    return p > c->first && word_is(c, p, "to") && (word_is(c, p - 1, "is") || word_is(c, p - 1, "are")) &&
           to_verb_after(c, p - 1) && !word_is(c, p + 1, "blame"); /* "is to blame" names a cause */
}

static int pronoun_verb_s(const tctx *c, size_t p);

static int clause_break(const tctx *c, size_t p);
static int clause_opens(const tctx *c, size_t k);

static int present_verb(const tctx *c, size_t p);

/* Whether token p is a preposition a time leads with ("on", "in", "during"). */
static int time_lead_at(const tctx *c, size_t p)
{
    return word_is(c, p, "on") || word_is(c, p, "in") || word_is(c, p, "at") || word_is(c, p, "by") ||
           word_is(c, p, "from") || word_is(c, p, "for") || word_is(c, p, "of") || word_is(c, p, "to");
}

/* Whether "which", "who" or "that" at token p opens a relative clause; "that" right after a
 * preposition or at a clause's start is a determiner ("During that game in October, ..."). */
static int relative_at(const tctx *c, size_t p)
{
    if (word_is(c, p, "which") || word_is(c, p, "who")) return 1;
    return word_is(c, p, "that") && !clause_opens(c, p) && !time_lead_at(c, p - 1) &&
           !cd_str_is(cd_tok_role(c->doc, p - 1, LX_CLAIM_PHRASE_STOPS), "prep");
}

/* Whether token p is a modal verb of data/time_modals.tsv or "can" ("may stay shut until May"). */
static int modal_at(const tctx *c, size_t p)
{
    const cd_token *t = tok(c, p);
    return t && t->type == TOK_WORD && !(t->flags & TF_CAP) &&
           (cd_lex_has(cd_tok_entry(t), LX_TIME_MODALS) || word_is(c, p, "can") || word_is(c, p, "cannot"));
}

/* Whether the time at token first opens its clause: no verb (a tense word, a present verb of
 * data/time_present.tsv or a modal) stands between the clause's start and the time, so what follows a comma
 * after it is its clause's rest ("On March 6, the board approved the plan", "At the fair on Friday,
 * the mayor warned"): 1. A time that opens a clause after "which", "who" or "that": 2 ("sure
 * that in two years, the fair will ...", "Acme, which on May 1 becomes Apex, said").
 * Other relative clauses have a verb of their own: 0. */
static int time_opens_clause(const tctx *c, size_t first)
{
    for (size_t k = first; k > c->first; k--) {
        size_t p = k - 1;
        if (relative_at(c, p)) return k == first || (k + 1 == first && time_lead_at(c, k)) ? 2 : 0;
        if (clause_opens(c, k) || clause_break(c, p)) return 1;
        if (tense_at(c, p, 0) || present_verb(c, p) || modal_at(c, p)) return 0;
    }
    return 1;
}

/* Whether token p ends the clause a time stands in, seen from the time: a clause break, "which",
 * "who" or a quotation mark of any kind (cd_is_quote: single marks close a British quote; a
 * plural's apostrophe looks the same, and the four corpora read the same either way). A
 * verb past it is another clause's: the reporting one ("will last until May, officials said") or
 * the main one after a relative clause ("the ferry, which sails on April 15, will carry ..."). */
static int clause_ends_at(const tctx *c, size_t p)
{
    const cd_token *t = tok(c, p);
    if (t && t->type == TOK_PUNCT && cd_is_quote(t->cp)) return 1;
    return clause_break(c, p) || word_is(c, p, "which") || word_is(c, p, "who");
}

/* The token that ends the clause of the time at tokens [first, last] after it (clause_ends_at),
 * within TENSE_WINDOW; c->lim where the time opens its clause (time_opens_clause; a relative one only
 * where its end follows the time right away) or none is near. */
static size_t own_clause_end(const tctx *c, size_t first, size_t last)
{
    int opens = time_opens_clause(c, first);
    if (opens == 1 || (opens == 2 && clause_ends_at(c, last + 1))) return c->lim; /* not "which on May 1 becomes X, said" */
    for (size_t d = 1; d <= TENSE_WINDOW && last + d < c->lim; d++)
        if (clause_ends_at(c, last + d)) return last + d;
    return c->lim;
}

/* The first token of the clause the time at token first stands in: after a clause break or a
 * quotation mark, or its relative pronoun (relative_at). */
static size_t own_clause_start(const tctx *c, size_t first)
{
    size_t k = first;
    while (k > c->first && !relative_at(c, k - 1) && !clause_opens(c, k) && !clause_break(c, k - 1)) k--;
    return k > c->first && relative_at(c, k - 1) ? k - 1 : k;
}

/* Whether token p is a verb's present in -s right after a relative pronoun ("which runs", "who
 * returns", "that expires"; pronoun_verb_s, which also reads "it applies"). */
static int relative_verb_s(const tctx *c, size_t p)
{
    if (p > c->first && relative_at(c, p - 1) && !word_is(c, p - 1, "which")) {
        const cd_token *t = tok(c, p);
        size_t n = t->len;
        return t->type == TOK_WORD && !(t->flags & TF_CAP) && n >= 4 && c->doc->text[cd_tok_stop(t) - 1] == 's' &&
               c->doc->text[cd_tok_stop(t) - 2] != 's';
    }
    return pronoun_verb_s(c, p);
}

/* Whether the present at token p speaks of what is set to happen: a present verb of
 * data/time_present.tsv that is no "is", "are" or "has" (those tell as often where a past month's
 * figures stand: "the gap is put at 4 pct in January", "the index has climbed to 98 in March"), no
 * verb of belief, whose clause after it has a verb of its own ("traders believe April is turning
 * out slow"), and no noun after a determiner ("on a visit to Oslo in May"); a verb in -s after a
 * relative pronoun (relative_verb_s: "the fair, which runs from 3 to 6 May"); or "to be" and a
 * participle ("the pier, to be reopened on Friday"; not "to be a small surplus in June"). A word in
 * capitals is a headline's ("HARBOUR TRAVEL CO 1ST QTR FEB 28"). */
static int set_present_at(const tctx *c, size_t p)
{
    if (word_is(c, p, "to")) {
        const cd_token *t = tok(c, p + 2);
        size_t n = t && t->type == TOK_WORD ? t->len : 0;
        return word_is(c, p + 1, "be") && n > 3 &&
               (tense_of_word(c, p + 2) < 0 || memcmp(c->doc->text + cd_tok_stop(t) - 2, "en", 2) == 0);
    }
    if (relative_verb_s(c, p)) return 1;
    if (word_is(c, p, "is") || word_is(c, p, "are") || word_is(c, p, "am") || word_is(c, p, "'re") ||
        word_is(c, p, "’re") || word_is(c, p, "has") || word_is(c, p, "have") || word_is(c, p, "believe") ||
        word_is(c, p, "believes") || word_is(c, p, "hope") || word_is(c, p, "hopes"))
        return 0;
    const cd_token *t = tok(c, p);
    char second = t->len > 1 ? c->doc->text[t->start + 1] : 0;
    if (second >= 'A' && second <= 'Z') return 0;
    return present_verb(c, p) && !(p > c->first && determiner_at(c, p - 1));
}

/* Whether token p looks back from what follows it: a time after "since", "after", "following",
 * "follows", "despite" or "from" in its clause is over ("stays calm despite Monday's slump", "the
 * cut, which follows a strike on May 9, ..."). */
static int looks_back_at(const tctx *c, size_t p)
{
    return word_is(c, p, "since") || word_is(c, p, "after") || word_is(c, p, "following") ||
           word_is(c, p, "follows") || word_is(c, p, "despite") || word_is(c, p, "from");
}

/* The tense of the clause of a time at token first, which starts at token own_start
 * (own_clause_start), that no tense word in it tells: the future (1) where a present before the time
 * (and its preposition) speaks of what is set to happen (set_present_at) and no word that looks back
 * (looks_back_at) stands between; -1 where one does (the time is over, whatever the clause after
 * says); else 0. */
static int own_clause_present(const tctx *c, size_t first, size_t own_start)
{
    int set = 0;
    size_t lead = first > c->first && time_lead_at(c, first - 1) ? first - 1 : first; /* "takes effect from May 1" */
    for (size_t p = own_start; p < lead; p++) {
        if (looks_back_at(c, p)) return -1;
        set |= set_present_at(c, p);
    }
    return set;
}

/* The tense of the nearest marker after token last, within TENSE_WINDOW and before token end. A
 * promise's past before "to" (data/time_tense.tsv code 7) looks ahead only from the promise: a date
 * before it is the promise's own, a past ("On Thursday, Acme offered to buy the rest"). */
static int tense_after(const tctx *c, size_t last, size_t event, size_t end)
{
    for (size_t d = 1; d <= TENSE_WINDOW && last + d < end; d++) {
        size_t p = last + d;
        int w = tense_of_word(c, p);
        if (!w || w == 9) continue; /* a perfect after the time holds now: "mid-September has been set" */
        if (w == 7 && word_is(c, p + 1, "to")) return -1;
        int t = tense_marker(c, p, event, w);
        if (t) return t;
    }
    return 0;
}

/* Whether a clause break stands between tokens p and first: a perfect there is another clause's
 * ("has sought to paint him as a cheat and on Thursday grilled him"). */
static int break_between(const tctx *c, size_t p, size_t first)
{
    for (size_t k = p + 1; k < first; k++)
        if (clause_break(c, k)) return 1;
    return 0;
}

/* Whether token p looks ahead from a past: "would" with no "have" after it, or a past of intent of
 * data/time_tense.tsv (code 5) before "to" ("said it planned to buy back on May 15", "had planned
 * to launch evening sessions on April 2"), or one in -ing (code 6) after "was" or "were" ("was
 * planning to close in March"). A date it leads to is the nearest to the story date. */
static int ahead_from_past(const tctx *c, size_t p)
{
    if (word_is(c, p, "would")) return !have_after(c, p);
    const cd_token *t = tok(c, p);
    const cd_lexrec *r = t && t->type == TOK_WORD ? cd_lex_rec(cd_tok_entry(t), LX_TIME_TENSE) : NULL;
    if (!r || !word_is(c, p + 1, "to")) return 0;
    return r->num == 5 || r->num == 7 ||
           ((r->num == 6 || r->num == 8) && p > c->first && (word_is(c, p - 1, "was") || word_is(c, p - 1, "were")));
}

/* The tense of a verb further back than TENSE_WINDOW before token first in its clause, for a weekday
 * that tense_near gave none: a future marker, or a past form that is no participle of a passive or a
 * perfect and no adjective after "is" ("Vantek unveiled its newest line of its home audio speakers at
 * the Home Technology Fair in Chicago on Friday": the last Friday). A clause break, a
 * "would" that looks ahead from a past, "before" or "until" (a deadline: "were likely to scramble for
 * funds before the period closes on Monday"), or a speech verb (what was said may be of any day: "said
 * the market is unlikely to be affected by the report due Tuesday") between: 0; and a future across
 * "after", "since" or "following" ("will have surgery after fracturing his thumb on Saturday"). */
static int tense_far_before(const tctx *c, size_t first)
{
    int after = 0; /* "after", "since" or "following" passed: what follows is no later than the verb */
    for (size_t p = first; p > c->first; p--) {
        size_t k = p - 1;
        if (clause_break(c, k) || ahead_from_past(c, k) || word_is(c, k, "before") || word_is(c, k, "until") ||
            speech_verb_at(c, k))
            return 0;
        after |= word_is(c, k, "after") || word_is(c, k, "since") || word_is(c, k, "following");
        if (first - k <= TENSE_WINDOW) continue; /* tense_near read these */
        int t = tense_at(c, k, 0);
        if (t > 0 && after) return 0; /* "will undergo an operation on Monday after breaking his wrist on Saturday" */
        if (t < 0 && k > c->first && (word_is(c, k - 1, "be") || word_is(c, k - 1, "been") || word_is(c, k - 1, "being") ||
                                      word_is(c, k - 1, "is") || word_is(c, k - 1, "are") || perfect_at(c, k)))
            return 0; /* a passive's or a perfect's participle, or an adjective: "is determined to make" */
        if (t) return t;
    }
    return 0;
}

static int progressive_at(const tctx *c, size_t p);

/* Whether a present verb (present_verb) or a progressive (progressive_at: "said it is calling a
 * meeting for May 4") stands at tokens [from, to). Asked only at a speech verb's past: rare, where a
 * test at every word tense_around reads cost the pass 0.7% more. */
static int present_between(const tctx *c, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (present_verb(c, k) || progressive_at(c, k)) return 1;
    return 0;
}

/* Whether the word at token p modifies a noun after it rather than ends a subject: one joined by a
 * hyphen ("single-family starts") or a number ("six starts"; not "one", as often a pronoun: "the
 * current one expires"). A word in -ing does only before a form data/time_schedule.tsv marks "noun"
 * ("housing starts", "training runs"); before another it is a gerund subject ("trading resumes"). */
static int noun_modifier_at(const tctx *c, size_t p)
{
    const cd_token *t = tok(c, p);
    const char *w = c->doc->text + t->start;
    if (cd_tok_ing_form(c->doc, p))
        return cd_str_is(cd_tok_role(c->doc, p + 1, LX_TIME_SCHEDULE), "noun");
    if (memchr(w, '-', t->len) || (t->start > 0 && w[-1] == '-')) return 1;
    return cd_lex_has(cd_tok_entry(t), LX_NUM_WORD) && !word_is(c, p, "one"); /* "the current one expires" */
}

/* Whether token p is a present in -s of data/time_schedule.tsv after a noun subject, a verb that
 * names when something set in advance starts or ends ("the offer expires March 25", "the rule comes
 * into force in April", "the levy, agreed on Monday, takes effect in May"): the time is to come. The
 * word before is the subject's end, or the comma closing an aside in it; a determiner, a
 * preposition, a verb, "and"/"or" or a noun's modifier (noun_modifier_at) there make the word a
 * plural noun ("the ends", "housing starts", "fits and starts"), and so does "of" after it ("the
 * ends of"). */
static int schedule_verb_s(const tctx *c, size_t p)
{
    const cd_token *t = tok(c, p);
    if (p <= c->first || !t || t->type != TOK_WORD || (t->flags & TF_CAP) ||
        !cd_tok_rec(c->doc, p, LX_TIME_SCHEDULE) || word_is(c, p + 1, "of"))
        return 0;
    const cd_token *b = tok(c, p - 1);
    if (b->type == TOK_PUNCT) return b->cp == ',' || b->cp == ')';
    return b->type == TOK_WORD && !determiner_at(c, p - 1) &&
           !cd_str_is(cd_tok_role(c->doc, p - 1, LX_CLAIM_PHRASE_STOPS), "prep") && !tense_of_word(c, p - 1) &&
           !present_verb(c, p - 1) && !modal_at(c, p - 1) && !word_is(c, p - 1, "and") && !word_is(c, p - 1, "or") &&
           !noun_modifier_at(c, p - 1);
}

static int range_connector(const tctx *c, size_t j, int between);

/* Whether a range's "to", "until" or dash (range_connector) stands at tokens [from, to): a "from"
 * before it opens the range the date ends, no look back ("runs from 6 to 9 May"), as a "from" right
 * before the date does ("opens from early May"). */
static int range_between(const tctx *c, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (range_connector(c, k, 0)) return 1;
    return 0;
}

enum { RUN_OPENS = 1, RUN_LASTS = 2, RUN_STARTS_PERIOD = 4 }; /* data/time_runs.tsv's mask */
#define RUN_REACH 8 /* tokens from an opening's date to "and runs until": "on 28 May at the Tate and" */

/* Whether the word at token k is one of data/time_runs.tsv with `bit` (RUN_*) in its mask. */
static int runs_as(const tctx *c, size_t k, int bit)
{
    const cd_lexrec *r = cd_tok_rec(c->doc, k, LX_TIME_RUNS);
    return r && ((int)r->num & bit);
}

/* Whether the opening verb at token p (data/time_runs.tsv RUN_OPENS) dates a run whose end follows:
 * "and" or a comma, a verb of lasting (RUN_LASTS) and "until", "till", "through" or "to" within
 * RUN_REACH tokens after the date at tokens [first, last], no stop between ("opens on 28 May and
 * runs until 3 June", "which opens on 30 May, runs until 4 June").
 * Such a run holds in the story's present: its opening is the nearest date, which may be just
 * past, not next year's. Not a weekday, which names the coming one ("opens on Saturday"). */
static int run_opens_now(const tctx *c, size_t p, size_t first, size_t last)
{
    int flags;
    if (!runs_as(c, p, RUN_OPENS) || weekday_at(c, first, &flags) >= 0) return 0;
    for (size_t k = last + 2; k + 1 < c->lim && k <= last + RUN_REACH; k++) {
        const cd_token *t = tok(c, k - 1);
        if (t->type == TOK_PUNCT && t->cp != ',') return 0;
        if (!runs_as(c, k, RUN_LASTS) || !(word_is(c, k - 1, "and") || is_punct(c, k - 1, ','))) continue;
        return word_is(c, k + 1, "until") || word_is(c, k + 1, "till") || word_is(c, k + 1, "through") ||
               word_is(c, k + 1, "to");
    }
    return 0;
}

/* Whether "since" at token p leads the time at token first, a part of a period and a hyphen between
 * at most ("since May", "since late August", "since mid-February"): what it starts is past. */
static int since_at(const tctx *c, size_t p, size_t first)
{
    if (!word_is(c, p, "since")) return 0;
    for (size_t k = p + 1; k < first; k++)
        if (!has_role(c, k, R_PART) && !(is_dash(c, k) && glued(c, k))) return 0;
    return 1;
}

/* The tense the words around tokens [first, last] give their date. A speech verb's past with a
 * present verb of the clause it reports between (present_verb: "It said closing is expected on April
 * 30", "said the talks are set for May") says when it was said, not when the date falls: the
 * clause speaks from the story's time, and the date is the nearest (the past read April 30 of last
 * year in a story of March 30). So does a modal ("may", "could": modal_at) between a past and the
 * date: the past is the reporting clause's, and only a future marker further back
 * still reads. With no tense before it, the date's own clause after it tells (own_clause_end): a
 * past beyond its end is a reporting or main clause's ("may climb in May, officials said"), but a
 * future beyond it still reads, as a clause that goes on from the date's rarely speaks of the future
 * while the date is over ("the return is on 1 May and they will protest", "the deadline is 1 April,
 * when the rest will go on sale"); not where a word that looks back (looks_back_at) stands in the
 * date's clause ("the cut, which follows a strike on May 9, is expected to"). */
static int tense_around(const tctx *c, size_t first, size_t last, size_t event)
{
    int plan = 0, modal = 0; /* an intent noun passed: the future, if nothing else tells */
    int back = 0; /* a word that looks back passed: "closes on Friday after opening on Monday" */
    for (size_t d = 1; d <= TENSE_WINDOW && first >= c->first + d; d++) {
        size_t p = first - d;
        int t = tense_at(c, p, event);
        back |= looks_back_at(c, p) && !(word_is(c, p, "from") && (d <= 2 || range_between(c, p + 1, first)));
        /* "the offer expires March 25": the clause's start (own_clause_start, a walk back) is asked
         * only at a verb of a schedule, which few dates have before them */
        if (!t && !back && schedule_verb_s(c, p) && p >= own_clause_start(c, first))
            return run_opens_now(c, p, first, last) ? 0 : 1;
        if (t < 0 && modal) continue; /* a past before a modal is another clause's: "said it could ..." */
        if (!t && !plan && !event) plan = intent_noun_at(c, p);
        if (t < 0 && speech_verb_at(c, p) && present_between(c, p + 1, first)) return 0;
        if (t > 0 && did_before(c, p)) t = -1; /* "did not want" */
        if (t < 0)
            for (size_t k = 1; k <= 3 && p >= c->first + k; k++)
                if (tense_at(c, p - k, event) > 0 || to_be_done(c, p - k)) t = 1; /* "is to be paid" */
        if (t < 0 && p > c->first && (word_is(c, p - 1, "be") || word_is(c, p - 1, "being") ||
                                      word_is(c, p - 1, "is") || word_is(c, p - 1, "are")))
            continue; /* a passive's participle, no past: "to be heard on 5 May", "are being brought in",
                       * "when the tally is released on June 2" (a present passive) */
        if (since_at(c, p, first)) return -1; /* "has been on trial since May": the May before */
        if (t < 0 && perfect_until(c, p, first)) return 1; /* "has been adjourned until Friday" */
        if (t < 0 && perfect_at(c, p)) { /* "has called a meeting for July 23"; not "will have spent" */
            if (break_between(c, p, first)) return tense_after(c, last, event, c->lim);
            return perfect_done_in(c, p, first) ? -1 : 0;
        }
        if (!t && word_is(c, p, "to") && to_be_done(c, p)) t = 1; /* "is to meet on Monday" */
        if (t) return t;
        if (ahead_from_past(c, p)) return 0; /* before the story date or after: "said it would redeem on March 11" */
        if (modal_at(c, p) && !have_after(c, p)) modal = 1; /* "said the notes may be swapped until May 1" */
    }
    int own = own_clause_present(c, first, own_clause_start(c, first));
    if (own > 0) return 1;
    int after = tense_after(c, last, event, own_clause_end(c, first, last));
    if (!after && !own && tense_after(c, last, event, c->lim) > 0)
        after = 1; /* a future past the clause's end: "the deadline is 1 April, when the rest will go on sale" */
    if (modal && after < 0) return 0;
    return after || !plan ? after : 1;
}

static int tense_near(const tctx *c, size_t first, size_t last)
{
    return tense_around(c, first, last, 0);
}

/* A tense of month_tense's: the date in the story date's year, whether that is past or to come. */
#define TENSE_THIS_YEAR 2

/* Of the days a, b, c (ascending), the one the tense implies relative to ref. */
static long pick_by_tense(long ref, const long cand[3], int tense)
{
    if (tense == TENSE_THIS_YEAR) return cand[1];
    if (tense < 0) return cand[1] <= ref ? cand[1] : cand[0];
    if (tense > 0) return cand[1] >= ref ? cand[1] : cand[2];
    long best = cand[0];
    for (int k = 1; k < 3; k++) {
        long dk = cand[k] > ref ? cand[k] - ref : ref - cand[k];
        long db = best > ref ? best - ref : ref - best;
        if (dk < db) best = cand[k];
    }
    return best;
}

/* Of n ascending days, the one the tense picks relative to ref: past the last one up to ref,
 * future the first one from ref on, none the nearest (the earlier on a tie), into *out. 0 if none
 * fits (a day before 1970 is below zero: no day number can mark none). */
static int pick_among(long ref, const long *cand, int n, int tense, long *out)
{
    int found = 0;
    long bestd = 0;
    for (int k = 0; k < n; k++) {
        if ((tense < 0 && cand[k] > ref) || (tense > 0 && cand[k] < ref)) continue;
        long dist = cand[k] > ref ? cand[k] - ref : ref - cand[k];
        if (!found || dist < bestd) *out = cand[k], bestd = dist, found = 1;
    }
    return found;
}

/* Whether token k joins a month to the one after it in a range or a list: "to", a slash, a dash,
 * "and", "or", a comma. */
static int month_list_joint(const tctx *c, size_t k)
{
    return word_is(c, k, "to") || is_punct(c, k, '/') || is_dash(c, k) || word_is(c, k, "and") || word_is(c, k, "or") ||
           is_punct(c, k, ',');
}

/* The most months a list or range of months holds: a year's. A longer run of months joined so is no
 * list (and walking it from each of its months would take time growing with its square). */
#define MONTH_LIST_MAX 12

/* Whether a word of data/time_contracts.tsv follows token last, or follows the months (and days) that
 * a range or a list opened at last goes on to ("for May to September shipment", "for March/April
 * shipment", "for March 20 to April 5 delivery", "the October and December contracts", "for May, June
 * and July shipment"). */
static int contract_after(const tctx *c, size_t last)
{
    int flags, d, months = 1, comma = 0, closed = 0;
    size_t k = last + 1;
    while (k < c->lim && month_list_joint(c, k) && month_at(c, k + 1, &flags)) {
        if (++months > MONTH_LIST_MAX) return 0;
        comma |= is_punct(c, k, ',');
        closed = word_is(c, k, "and") || word_is(c, k, "or");
        k += 2;
        k += day_at(c, k, &d); /* "for March 20 to April 5 delivery" */
    }
    /* commas join months of a list only when "and" or "or" closes it: "exports climbed in March, June
     * contracts slipped" is two clauses, March no contract's */
    if (comma && !closed) return 0;
    if (k < c->lim && cd_tok_rec(c->doc, k, LX_TIME_CONTRACTS)) return 1;
    /* one word of what is traded between: "May crude futures", "the June soybean contract"; not a
     * determiner ("rejected in late January a contract proposal") */
    const cd_token *t = tok(c, k);
    return t && t->type == TOK_WORD && k + 1 < c->lim && cd_tok_rec(c->doc, k + 1, LX_TIME_CONTRACTS) &&
           !determiner_at(c, k);
}

/* Whether "payable" (perhaps with "on") stands right before token first: a payment to come ("a
 * dividend of 25 cts, payable May 15", "payable on April 2"); the record date after it is the nearest
 * one still ("payable March 27, record February 27"). */
static int payable_before(const tctx *c, size_t first)
{
    size_t k = first > c->first && word_is(c, first - 1, "on") ? first - 1 : first;
    return k > c->first && word_is(c, k - 1, "payable");
}

/* Whether a record date's "record" stands before the date at token first: "of record", perhaps with
 * "on" or "as of" between ("to shareholders of record March 17", "holders of record on March Nine"),
 * or "record" right after a date, perhaps with a comma ("Pay Oct 2 Record Sept 1", "payable March 30,
 * record March 13"). A record date is set near the announcement, before the story date or after; the
 * tense of the sentence ("it said the dividend is payable ...") tells nothing of it. Not "set a record
 * on March 17". */
static int record_before(const tctx *c, size_t first)
{
    size_t k = first;
    if (k > c->first && word_is(c, k - 1, "on")) k--;
    else if (k > c->first + 1 && word_is(c, k - 1, "of") && word_is(c, k - 2, "as")) k -= 2;
    if (k < c->first + 2 || !word_is(c, k - 1, "record")) return 0;
    size_t b = k - 2 - (k >= c->first + 3 && is_punct(c, k - 2, ','));
    return word_is(c, k - 2, "of") || (c->doc->toks[b].flags & TF_TIME);
}

/* Whether "maturing", "matures", "mature" or "redemption" stands before the date at token first,
 * perhaps with "on" or "in" between ("bills maturing in June", "a 21-day repo deal maturing on
 * April 24", "called for redemption on May one"): a maturity or a redemption, which a report names
 * near the story date, before it or after; the verb that bought, issued or called the paper ("the
 * central bank bought bills maturing in June", "Tamworth Group called for redemption on March 23") tells nothing of it. */
static int maturity_before(const tctx *c, size_t first)
{
    size_t k = first;
    if (k > c->first && (word_is(c, k - 1, "on") || word_is(c, k - 1, "in"))) k--; /* not a range's end */
    return k > c->first && (word_is(c, k - 1, "maturing") || word_is(c, k - 1, "matures") ||
                            word_is(c, k - 1, "mature") || word_is(c, k - 1, "redemption"));
}

/* Whether "forward to" after a verb of moving ("brought", "moved", "pulled", "bring", ...) stands
 * before the date at token first: a date moved earlier ("The coupon date was brought forward to March
 * 26 from March 31"), set near the story date, before it or after; the past of the move tells
 * nothing of it. "went forward to April 2" is no move. */
static int moved_forward_before(const tctx *c, size_t first)
{
    if (first < c->first + 3 || !word_is(c, first - 1, "to") || !word_is(c, first - 2, "forward")) return 0;
    size_t v = first - 3;
    return word_is(c, v, "brought") || word_is(c, v, "bring") || word_is(c, v, "brings") ||
           word_is(c, v, "bringing") || word_is(c, v, "moved") || word_is(c, v, "move") ||
           word_is(c, v, "pulled");
}

/* Whether "unless" follows the date that ends at token last, perhaps after a comma and a time of day
 * ("expire April Three unless extended", "expires April 9, unless extended", "at midnight April nine
 * unless", "April 22 at midnight EST unless"): a date set on a condition, an offer's or a strike's,
 * near the story date and mostly ahead; the verb that reports it ("said the offer ... expire", "voted
 * to strike on March 24 unless") tells nothing of it. */
static int unless_after(const tctx *c, size_t last)
{
    for (size_t k = last + 1; k <= last + 6 && k < c->lim; k++) {
        if (word_is(c, k, "unless")) return 1;
        if (!(is_punct(c, k, ',') || word_is(c, k, "at") || word_is(c, k, "midnight") || word_is(c, k, "noon") ||
              word_is(c, k, "time") || (tok(c, k)->type == TOK_WORD && is_cap(c, k))))
            return 0;
    }
    return 0;
}

/* Whether "record date" follows the date that ends at token last: the date names it ("by the June
 * eight record date", "held on June 5 record date"), near the story date as record_before's. */
static int record_date_after(const tctx *c, size_t last)
{
    return word_is(c, last + 1, "record") && word_is(c, last + 2, "date");
}

/* Whether token p tells the tense of a period's verb: a tense word that is no speech verb (what was
 * said may be of any period: "Lakeside Bedding Co said that its first quarter, ending February 28,
 * earnings may be under") and not "ago" ("to top that of the year-ago period" compares). */
static int period_verb_tense(const tctx *c, size_t p)
{
    if (cd_tok_rec(c->doc, p, LX_QUOTE_VERBS) || word_is(c, p, "ago")) return 0;
    int t = tense_at(c, p, 0);
    if (t < 0 && p > c->first && (word_is(c, p - 1, "be") || word_is(c, p - 1, "being") || perfect_at(c, p)))
        return 0; /* a passive's participle ("will be delivered during this fiscal year, ending"), a perfect */
    return t;
}

/* Whether the word before "ends" at token e opens its sentence or follows a colon or a dash spaced
 * on either side (a dateline's: "DALLAS, March 12 - Qtr ends Feb 28", "March 16 -Qtr ends"; not a
 * compound's hyphen), a noun alone: a results table's heading ("Qtr ends Jan 31 Shr 2.04 dlrs vs
 * 1.87 dlrs", "NOTE: Quarter ends January 31."), the period reported, where a sentence names its
 * period with a determiner or a possessive ("Its fiscal year ends September 30", "the current
 * quarter ends March 31"). */
static int table_heading(const tctx *c, size_t e)
{
    if (e <= c->first) return 0;
    return e - 1 == c->first || is_punct(c, e - 2, ':') || (is_dash(c, e - 2) && !(glued(c, e - 2) && glued(c, e - 1)));
}

/* The tense of a date after "ends" at token e: the present of the period's own verb, a period not
 * over ("Its fiscal year ends September 30" in March: the coming one, where the nearest end was last
 * September's), but a table's heading names the period its figures report: the nearest. */
static int ends_tense(const tctx *c, size_t e)
{
    return table_heading(c, e) ? 0 : 1;
}

/* The tense of a date that ends a period after "ending" (or "ends": ends_tense) at token e (the date up to token
 * last): the nearest tense word of the period's verb before, then after it ("expects profit in the
 * fourth quarter ending May 30 to top that of the year-ago period": to come; "Output growth eased to
 * 0.4% in the quarter ending September 30": past); none: the nearest end ("Qtr ends Jan 31 Shr 2.04
 * dlrs"). */
static int period_tense(const tctx *c, size_t e, size_t last)
{
    if (word_is(c, e, "ends")) return ends_tense(c, e);
    for (size_t d = 1; d <= TENSE_WINDOW && e >= c->first + d; d++) {
        int t = period_verb_tense(c, e - d);
        if (t) return t < 0 ? -1 : 1;
    }
    for (size_t d = 1; d <= TENSE_WINDOW && last + d < c->lim; d++) {
        int t = period_verb_tense(c, last + d);
        if (t) return t < 0 ? -1 : 1;
    }
    return 0;
}

/* Whether the month (and day) at tokens [first, last] names an event of data/time_events.tsv: the
 * noun within EVENT_REACH words after it ("the April 23 annual meeting", "the March 31 deadline") or
 * right before it, perhaps with "on" ("at the annual meeting April 23", "a meeting on March 11"). */
#define EVENT_REACH 3
static int event_code(const tctx *c, size_t k)
{
    const cd_lexrec *r = cd_tok_rec(c->doc, k, LX_TIME_EVENTS);
    return r ? (int)r->num : 0;
}

static int event_named(const tctx *c, size_t first, size_t last)
{
    for (size_t k = last + 1; k <= last + EVENT_REACH && k < c->lim && !clause_break(c, k); k++)
        if (event_code(c, k) == 1) return 1;
    size_t b = first > c->first && word_is(c, first - 1, "on") ? first - 1 : first;
    return b > c->first && event_code(c, b - 1) == 1;
}

/* Whether the date at token first is in the object of the verb at token p, only a determiner between
 * them: the event is the verb's own ("told the October GEPLACEA meeting": a past meeting). */
static int object_of(const tctx *c, size_t p, size_t first)
{
    for (size_t k = p + 1; k < first; k++)
        if (!determiner_at(c, k)) return 0;
    return 1;
}

/* Whether a word of data/time_prospects.tsv and "for" or "of" stand within PROSPECT_REACH words before
 * token first in its clause: the date is of what is looked forward to, to come whatever the verb says
 * of the prospect ("prospects for a price pact in October also looked dim", "Prospects for a June
 * election rose", "the chances of agreeing a full one by April 1 were slim"). */
#define PROSPECT_REACH 8
static int prospect_before(const tctx *c, size_t first)
{
    for (size_t d = 1; d <= PROSPECT_REACH && first >= c->first + d + 1; d++) {
        size_t p = first - d;
        if (clause_break(c, p)) return 0;
        if ((word_is(c, p, "for") || word_is(c, p, "of")) && cd_tok_rec(c->doc, p - 1, LX_TIME_PROSPECTS)) return 1;
    }
    return 0;
}

/* Whether the past that tense_around found for the date at tokens [first, last] is a report's: the
 * nearest tense word before it is a speech verb ("said the vote at the April 23 meeting") or a past
 * with "to" and a verb after it, whose act may be to come ("voted to propose to stockholders at
 * the annual meeting April 23"); with none before, the nearest after is a speech verb ("at the April
 * 23 annual meeting, the group said"). Not the event's own verb ("approved the plan at the annual
 * meeting April 23"). */
static int reported_past(const tctx *c, size_t first, size_t last)
{
    for (size_t d = 1; d <= TENSE_WINDOW && first >= c->first + d; d++) {
        size_t p = first - d;
        if (tense_at(c, p, 0))
            return to_verb_after(c, p) || (cd_tok_rec(c->doc, p, LX_QUOTE_VERBS) && !object_of(c, p, first));
    }
    for (size_t d = 1; d <= TENSE_WINDOW && last + d < c->lim; d++)
        if (tense_at(c, last + d, 0)) return cd_tok_rec(c->doc, last + d, LX_QUOTE_VERBS) != NULL;
    return 0;
}

/* Whether token p is a verb's present in -s after "it", "he", "she" or "which": "It applies, until
 * July 1, to copper scrap", "which runs until March 31". */
static int pronoun_verb_s(const tctx *c, size_t p)
{
    const cd_token *t = tok(c, p);
    if (p <= c->first || !t || t->type != TOK_WORD || (t->flags & TF_CAP) || t->len < 4 ||
        c->doc->text[cd_tok_stop(t) - 1] != 's' || c->doc->text[cd_tok_stop(t) - 2] == 's')
        return 0;
    return word_is(c, p - 1, "it") || word_is(c, p - 1, "he") || word_is(c, p - 1, "she") || word_is(c, p - 1, "which");
}

/* Whether the date at token first follows "until" or "till" in a clause whose verb is a present of
 * data/time_present.tsv ("banks have until April 16 to comment", "These loans are available until
 * March 31", "The note stays on offer until March 19", "is not due to convene again until September"): a
 * state that holds now and ends then, so the date is to come, where a past word further back read it
 * last year ("nothing had been settled so far and lenders have until April 16"). A past verb
 * nearer ("was not signed until November 5", "was chairman until June") or none keeps the tense. */
static int present_until(const tctx *c, size_t first)
{
    if (first <= c->first + 1 || !(word_is(c, first - 1, "until") || word_is(c, first - 1, "till"))) return 0;
    size_t u = first - 1;
    for (size_t d = 1; d <= TENSE_WINDOW && u >= c->first + d; d++) {
        size_t p = u - d;
        if (present_verb(c, p) || pronoun_verb_s(c, p)) return 1;
        if (tense_at(c, p, 0) || (clause_break(c, p) && !(d == 1 && is_punct(c, p, ',')))) return 0;
    }
    return 0;
}

/* The code of token p in data/time_deferrals.tsv (1 a verb, 2 a verb only before a particle, 3 a
 * particle), or 0. */
static int deferral_code(const tctx *c, size_t p)
{
    const cd_lexrec *r = cd_tok_rec(c->doc, p, LX_TIME_DEFERRALS);
    return r ? (int)r->num : 0;
}

/* Whether token p is a past verb of data/time_deferrals.tsv, a verb that moves a date forward
 * ("delayed", "extended", "given"; "put" with "off" or "back" after it). */
static int deferral_verb(const tctx *c, size_t p)
{
    int code = deferral_code(c, p);
    return code == 1 || (code == 2 && p + 1 < c->lim && deferral_code(c, p + 1) == 3);
}

/* The token of "until", "till" or "to" that opens the date at token first, perhaps with "the" and a
 * part of a period between ("until the end of April", "until late March"), or 0. */
#define DEFERRAL_LEAD 4
static size_t until_before(const tctx *c, size_t first)
{
    for (size_t d = 1; d <= DEFERRAL_LEAD && first > c->first + d; d++) {
        size_t p = first - d;
        if (word_is(c, p, "until") || word_is(c, p, "till") || word_is(c, p, "to")) return p;
        if (!word_is(c, p, "the") && !word_is(c, p, "of") && !has_role(c, p, R_PART)) return 0;
    }
    return 0;
}

/* Whether the date at token first follows "until", "till" or "to" after a past verb of
 * data/time_deferrals.tsv, the nearest tense word before it in its clause: a date moved forward, the
 * new one, to come ("the dividend was delayed until July 1", "the deadline was extended until November
 * 26", "had been given until April 22", "postponed the vote to May 5"). A past state that ends then
 * ("was chairman until June", "stayed open until 10 pm") has no such verb and keeps the past. */
static int deferred_until(const tctx *c, size_t first)
{
    size_t u = until_before(c, first);
    if (!u || has_role(c, u - 1, R_UNIT)) return 0; /* a span that ends then: "extended three months to December 31" */
    for (size_t d = 1; d <= TENSE_WINDOW && u >= c->first + d; d++) {
        size_t p = u - d;
        if (deferral_verb(c, p)) return 1;
        if (tense_at(c, p, 0) || clause_break(c, p)) return 0;
    }
    return 0;
}

static int deferred_until(const tctx *c, size_t first);

/* Whether the date at token first is the old date of a change that names the new one first: "from"
 * right after a day or month that follows "to", "until" or "till" ("extended to March 19 from March
 * 18", "shifting some promotions to March from April"). Both dates are of the one change, so the old
 * one is read by the new one, whatever the verb's tense: the nearest to it, or the last one up to it
 * where a verb of data/time_deferrals.tsv moved the date forward ("extended the warrants to December
 * 31 from March 31"). The new date's first day into *anchor, the tense relative to it into *tense. */
static int changed_from(const tctx *c, size_t first, long *anchor, int *tense)
{
    const when *w = &c->read->prev;
    if (first < c->first + 3 || c->read->prev_end != first - 1 || c->read->prev_first <= c->first || !word_is(c, first - 1, "from"))
        return 0;
    size_t u = c->read->prev_first - 1;
    if (!(word_is(c, u, "to") || word_is(c, u, "until") || word_is(c, u, "till"))) return 0;
    if (w->range || w->open || w->noyear || w->unknown || (w->g != G_DAY && w->g != G_MONTH)) return 0;
    *anchor = w->a;
    *tense = deferred_until(c, c->read->prev_first) ? -1 : 0;
    return 1;
}

/* The tense that picks the year of a month (and day) at tokens [first, last]. A month before a word of
 * data/time_contracts.tsv is a delivery month, to come (or this one); so is a payment's date after
 * "payable"; after "ending" or "ends" the period's verb decides (period_tense). Where it names an event,
 * after "the" and before a noun, a future tells of something else and the nearest such month is
 * meant: "Under the February 27 pact, Peru will repay" (in March), "Talking will not stop the
 * slide, and the February meeting ..." A past stays: "benefited from misuse of votes during the 10 June
 * election" is an election over, however far back; but a date right after "by" that a past reads is a
 * deadline reported, which is rarely a year old: the nearest ("It sought views on the draft rule by
 * April 20", "Completion was expected by March 31"). */
#define DATELINE_PLACE 6 /* tokens of a dateline's place: "HUNT VALLEY, Md.," */

/* Whether the month and day at tokens [first, last] are a dateline's: a line that opens with a
 * place in capitals and a comma, then the date and a dash with spaces around it ("NEW YORK, April 8
 * - The yen ..."). The date is the day the story was filed, whatever the tense of its first
 * sentence: the nearest to the story date. */
static int dateline_at(const tctx *c, size_t first, size_t last)
{
    const cd_token *dash = tok(c, last + 1), *next = tok(c, last + 2);
    if (!dash || !is_dash(c, last + 1) || !(dash->flags & TF_SPACE_BEFORE) || !next || !(next->flags & TF_SPACE_BEFORE))
        return 0;
    if (first < 2 || !is_punct(c, first - 1, ',')) return 0;
    for (size_t k = first - 1; k > 0 && first - k <= DATELINE_PLACE; k--) {
        const cd_token *t = &c->doc->toks[k - 1];
        if (t->type == TOK_WORD ? !(t->flags & TF_CAP) : !(is_punct(c, k - 1, ',') || is_punct(c, k - 1, '.')))
            return 0;
        if (k - 1 == 0 || (t->flags & (TF_NEWLINE_BEFORE | TF_PARA_BEFORE))) return t->type == TOK_WORD;
    }
    return 0;
}

static int had_in_clause(const tctx *c, size_t p);

/* Whether "ahead of" (perhaps "the") stands right before token first: "ahead of the March 31
 * year-end" looks forward to the date, whatever verb reports it; 0 if not, else the tense (a past
 * where "had" stands in the clause: "had sold ahead of the May 4 vote"). */
static int ahead_of_before(const tctx *c, size_t first)
{
    size_t k = first > c->first && word_is(c, first - 1, "the") ? first - 1 : first;
    if (k < c->first + 2 || !word_is(c, k - 1, "of") || !word_is(c, k - 2, "ahead")) return 0;
    return had_in_clause(c, k - 2) ? -1 : 1;
}

/* The codes of data/time_nearest.tsv: where its word stands before the date. */
enum { NEAREST_RIGHT_BEFORE = 1, NEAREST_BEFORE_FOR = 2, NEAREST_DATE_NOUN = 3 };

/* The code of data/time_nearest.tsv of the word at token p, or 0. */
static int nearest_code(const tctx *c, size_t p)
{
    const cd_lexrec *r = p < c->lim ? cd_tok_rec(c->doc, p, LX_TIME_NEAREST) : NULL;
    return r ? (int)r->num : 0;
}

/* Whether a plan's word of data/time_nearest.tsv and "for" stand right before token k ("scheduled
 * for", "set for"). */
static int plan_for_before(const tctx *c, size_t k)
{
    return k >= c->first + 2 && word_is(c, k - 1, "for") && nearest_code(c, k - 2) == NEAREST_BEFORE_FOR;
}

/* Whether a word of data/time_nearest.tsv stands before the date at token first, where its code
 * says: a date set near the time of writing, the nearest whatever verb reports it. */
static int nearest_before(const tctx *c, size_t first)
{
    if (first <= c->first) return 0;
    if (nearest_code(c, first - 1) == NEAREST_RIGHT_BEFORE) return 1;
    if (plan_for_before(c, first)) return 1;
    size_t k = word_is(c, first - 1, "is") || word_is(c, first - 1, "of") ? first - 1 : first;
    return k > c->first && nearest_code(c, k - 1) == NEAREST_DATE_NOUN;
}

static int month_tense(const tctx *c, size_t first, size_t last)
{
    if (dateline_at(c, first, last)) return 0;
    int ahead = ahead_of_before(c, first);
    if (ahead) return ahead;
    if (nearest_before(c, first)) return 0; /* "effective July 1", "scheduled for April 10": the nearest */
    if (contract_after(c, last) || payable_before(c, first))
        return 1; /* "rolled March futures over into June contracts", "for March shipment": months to come */
    if (record_before(c, first) || record_date_after(c, last) || maturity_before(c, first) ||
        moved_forward_before(c, first) || unless_after(c, last))
        return 0; /* "payable March 31 to investors of record March 17", "bills maturing in June" */
    if (first > c->first && (word_is(c, first - 1, "ending") || word_is(c, first - 1, "ends")))
        return period_tense(c, first - 1, last); /* "its first quarter, ending February 28, earnings may" */
    if (present_until(c, first)) return 1; /* "lenders have until April 16 to respond" */
    if (deferred_until(c, first)) return 1; /* "the dividend was delayed until July 1" */
    if (prospect_before(c, first)) return 1; /* "prospects for a quota accord in October looked bleak" */
    int tense = tense_near(c, first, last);
    if (tense < 0 && first > c->first && word_is(c, first - 1, "by"))
        return 0; /* a deadline a past reports, the nearest: "sought views on the draft rule by April 20" */
    if (tense < 0 && event_named(c, first, last) && reported_past(c, first, last))
        return TENSE_THIS_YEAR; /* "voted to propose to stockholders at the annual meeting April 23" */
    if (tense > 0 && first > c->first && word_is(c, first - 1, "the") && last + 1 < c->lim &&
        (noun_follows(c, last + 1) || has_role(c, last + 1, R_YEARNOUN))) /* "the 2016 accord"'s nouns */
        return 0;
    return tense;
}

/* Whether token k may stand between a fiscal year's claim and the verb of its start: the rest of its
 * name ("the 1987/88 fiscal year beginning"), a comma or a relative ("fiscal 1988, which began"). */
static int fiscal_start_link(const tctx *c, size_t k)
{
    return word_is(c, k, "fiscal") || word_is(c, k, "year") || is_punct(c, k, ',') || word_is(c, k, "which") ||
           word_is(c, k, "that");
}

/* The token right after the verb before a date at token first, past an "on" or "in" between
 * ("beginning in April": the token of "in"). */
static size_t past_on_in(const tctx *c, size_t first)
{
    return first > c->first && (word_is(c, first - 1, "on") || word_is(c, first - 1, "in")) ? first - 1 : first;
}

/* Whether the month (and day) at token first is the start of the fiscal year claimed just before it,
 * a verb of starting (data/time_runs.tsv RUN_STARTS_PERIOD) and perhaps "on" or "in" between: "fiscal
 * 1987 beginning in April", "fiscal 1988, which began Oct. 1", "the fiscal year 1991/92 beginning on
 * July 1". The fiscal year's name gives the start's year, whatever the tense: a split year's first; a
 * fiscal year named by one year holds most of its months in that year, so one that starts in the
 * first half of a year starts in the year it is named for (Japan's fiscal 1987 in April 1987), a
 * later one in the year before (a US fiscal 1988 on October 1, 1987). The year into *y. */
static int fiscal_start_year(const tctx *c, size_t first, int m, int *y)
{
    size_t v = past_on_in(c, first);
    if (v <= c->first || !runs_as(c, v - 1, RUN_STARTS_PERIOD) || !c->read->prev_end || c->read->prev_end >= v) return 0;
    for (size_t k = c->read->prev_end; k < v - 1; k++)
        if (!fiscal_start_link(c, k)) return 0;
    const when *w = &c->read->prev;
    cd_date a = civil(w->a), b = civil(w->b);
    if (w->fiscal && !w->fq) {
        *y = m <= 6 ? a.y : a.y - 1;
        return 1;
    }
    if (!w->range || w->g != G_YEAR || b.y != a.y + 1) return 0;
    int named = 0; /* "fiscal" in the split year's name, before it or after it */
    for (size_t k = c->read->prev_first >= c->first + 2 ? c->read->prev_first - 2 : c->first; k < v - 1; k++)
        named |= word_is(c, k, "fiscal");
    *y = a.y;
    return named;
}

#define FISCAL_START_GRACE 92 /* days a fiscal year's start may be past and still be the one meant */

/* Whether the month (and day) at token first starts a fiscal year that no year names, in a present or
 * an -ing form of starting (data/time_runs.tsv RUN_STARTS_PERIOD; not "began", a past): "its fiscal
 * year begins April one", "the fiscal year beginning Oct. 1". A company's year that starts is the one
 * under way, if it began within FISCAL_START_GRACE days, else the next: a year's budget is asked for
 * before it starts and spoken of while it is young (a past reads the last start, as the tense does). */
static int fiscal_start_now(const tctx *c, size_t first)
{
    size_t v = past_on_in(c, first);
    if (v < c->first + 3 || !runs_as(c, v - 1, RUN_STARTS_PERIOD) || tense_of_word(c, v - 1) < 0) return 0;
    return word_is(c, v - 2, "year") && word_is(c, v - 3, "fiscal") && !(c->doc->toks[v - 3].flags & TF_TIME);
}

/* Of the days cand (ascending), the first no more than FISCAL_START_GRACE days before ref. */
static long fiscal_start_pick(long ref, const long cand[3])
{
    for (int k = 0; k < 2; k++)
        if (cand[k] >= ref - FISCAL_START_GRACE) return cand[k];
    return cand[2];
}

/* A month and day without a year: the year from the story date and the tense. */
static void resolve_month_day(const tctx *c, when *w, int m, int d, size_t first, size_t last)
{
    w->nm = m;
    w->nd = d;
    if (!c->has_ref) {
        w->noyear = 1;
        return;
    }
    w->inferred = 1;
    int y = c->ref_date.y;
    long cand[3];
    if (m == 2 && d == 29) { /* the leap years around the story date */
        long leap[3];
        int n = 0;
        for (int k = -4; k <= 4 && n < 3; k++)
            if (cd_days_in_month(y + k, 2) == 29) leap[n++] = day_number(y + k, 2, 29);
        long z = c->ref; /* a leap year lies within four years either way: always found */
        pick_among(c->ref, leap, n, month_tense(c, first, last), &z);
        set_day(w, z);
        w->relative = 1;
        return;
    }
    for (int k = 0; k < 3; k++) {
        int dim = cd_days_in_month(y - 1 + k, m);
        cand[k] = day_number(y - 1 + k, m, d > dim ? dim : d);
    }
    long anchor;
    int old_tense, fy;
    if (fiscal_start_year(c, first, m, &fy)) set_day(w, cand[fy - y + 1 >= 0 && fy - y + 1 < 3 ? fy - y + 1 : 1]);
    else if (fiscal_start_now(c, first)) set_day(w, fiscal_start_pick(c->ref, cand));
    else if (changed_from(c, first, &anchor, &old_tense)) set_day(w, pick_by_tense(anchor, cand, old_tense));
    else set_day(w, pick_by_tense(c->ref, cand, month_tense(c, first, last)));
    w->relative = 1;
}

/* Months after a month's end within which its figures are reported (and a future may speak of it). */
#define MONTH_REPORTED_MONTHS 2
#define SERIES_REACH 20 /* how far before a month the month before it is looked for */

/* Whether the month before month m is named within SERIES_REACH tokens before token first in its
 * sentence ("narrowed to 13.6 billion in March and is expected to show improvement in April"), or
 * right after the month at token last, perhaps after a preposition ("a better reading in February
 * after January's jump"). */
#define SERIES_AFTER 3
static int series_around(const tctx *c, size_t first, size_t last, int m)
{
    int flags, before = (m + 10) % 12 + 1;
    for (size_t d = 1; d <= SERIES_REACH && first >= c->first + d; d++)
        if (month_at(c, first - d, &flags) == before) return 1;
    for (size_t d = 1; d <= SERIES_AFTER && last + d < c->lim; d++)
        if (month_at(c, last + d, &flags) == before) return 1;
    return 0;
}

static int year_possessive(const tctx *c, size_t k);

static int part_dash_before(const tctx *c, size_t i);

/* Whether a plan's word of data/time_nearest.tsv and "for" stand before a month named alone at token
 * first, perhaps with its early, middle or late part between ("scheduled for September", "set for
 * early June", "planned for mid-May"). */
static int planned_month(const tctx *c, size_t first)
{
    double part;
    size_t k = first;
    if (part_dash_before(c, k)) k -= 2;
    else if (k > c->first && role_at(c, k - 1, R_PART, &part) && part >= 1 && part <= 3) k--;
    return plan_for_before(c, k);
}

#define PLAN_OVER_MONTHS 2 /* months after a planned month within which a past reports it as over */

/* The year of month m, named alone for a plan (planned_month): a plan looks ahead, so the month is
 * the next from the story's month on, up to eleven months off ("a full council scheduled for
 * September" in March is this September, "elections set for December" in June this December, which
 * the nearest December would have put in the year before); only a past reporting a plan for a month
 * just over keeps that one ("the offering was scheduled for February", in March, slipped). */
static int planned_month_year(const tctx *c, int m, size_t first, size_t last)
{
    int y = c->ref_date.y, back = (c->ref_date.m - m + 12) % 12;
    if (back >= 1 && back <= PLAN_OVER_MONTHS && tense_near(c, first, last) < 0) return m > c->ref_date.m ? y - 1 : y;
    return m < c->ref_date.m ? y + 1 : y;
}

/* Whether the month at tokens [first, last] is named for its figures, by a noun of
 * data/time_data_nouns.tsv: within DATA_NOUN_REACH lower-case words after it ("February trade data",
 * "the January deficit", "its March retail sales figures") or before "for" right before it ("the
 * figures for February", "a price report for January"). Such figures come out weeks after
 * the month they measure (up to DATA_REPORTED_MONTHS), so a future that speaks of them awaits the
 * month just over, not the same month a year on. */
#define DATA_NOUN_REACH 3
#define DATA_REPORTED_MONTHS 3 /* trade figures come out up to ten weeks after their month, and are revised */
static int data_noun(const tctx *c, size_t k)
{
    return k < c->lim && cd_tok_rec(c->doc, k, LX_TIME_DATA_NOUNS) != NULL;
}

static int data_month(const tctx *c, size_t first, size_t last)
{
    for (size_t k = last + 1; k <= last + DATA_NOUN_REACH && k < c->lim; k++) {
        if (data_noun(c, k)) return 1;
        if (has_role(c, k, R_YEARNOUN)) continue; /* "the February budget deficit" */
        if (!noun_follows(c, k) || determiner_at(c, k) ||
            cd_tok_rec(c->doc, k, LX_CLAIM_PHRASE_STOPS))
            break; /* only the words of a compound noun between ("trade", "retail"), no "when" or "the" */
    }
    return first >= c->first + 2 && word_is(c, first - 1, "for") && data_noun(c, first - 2);
}

/* The year of month m written without one at tokens [first, last], from the story date and the tense. */
static int month_year(const tctx *c, int m, size_t first, size_t last)
{
    int y = c->ref_date.y, tense = month_tense(c, first, last), back = (c->ref_date.m - m + 12) % 12;
    long cand[3], ref_month = month_start(y, c->ref_date.m), anchor;
    int old_tense, fy;
    for (int k = 0; k < 3; k++) cand[k] = month_start(y - 1 + k, m);
    if (fiscal_start_year(c, first, m, &fy)) return fy; /* "fiscal 1987 beginning in April" */
    if (fiscal_start_now(c, first)) return civil(fiscal_start_pick(c->ref, cand)).y;
    if (changed_from(c, first, &anchor, &old_tense)) /* "shifting promotions to March from April" */
        return civil(pick_by_tense(anchor, cand, old_tense)).y;
    if (planned_month(c, first)) return planned_month_year(c, m, first, last);
    long start = pick_by_tense(ref_month, cand, tense);
    /* Read future, one of the months just over after the month before it in the sentence is the next
     * of a series of monthly figures, awaited: "The jobless rate eased in March and is expected to
     * show further easing in April" on 1 June. So is one with "'s" that names no event, its figures
     * ("is expected to climb from January's three pct record" in March; not "must wait for May's
     * annual meeting"), and one named for its figures (data_month: "February exports are expected to
     * fall" in March). Alone it may be an event's, ten months off:
     * "The minimum wage will rise in October" in December. */
    if (tense > 0 && back >= 1 &&
        ((back <= MONTH_REPORTED_MONTHS &&
          (series_around(c, first, last, m) || (year_possessive(c, last + 1) && !event_named(c, first, last + 1)))) ||
         (back <= DATA_REPORTED_MONTHS && data_month(c, first, last))))
        start = cand[m > c->ref_date.m ? 0 : 1];
    return y - 1 + (start == cand[0] ? 0 : start == cand[1] ? 1 : 2); /* the pick's year */
}

/* The month before a slash glued to month m at token first ("Aug/Sept", "June/July": two months
 * traded or shipped together), or 0. */
static int pair_opener(const tctx *c, size_t first)
{
    int flags;
    if (first < c->first + 2 || !is_punct(c, first - 1, '/') || !glued(c, first - 1) || !glued(c, first)) return 0;
    return month_at(c, first - 2, &flags);
}

/* The month before "and" or "or" before month m at token first ("in April and May", "in January
 * and December", "in April or May"), or 0. */
static int listed_after_month(const tctx *c, size_t first)
{
    int flags;
    if (first < c->first + 2 || !(word_is(c, first - 1, "and") || word_is(c, first - 1, "or"))) return 0;
    return month_at(c, first - 2, &flags);
}

/* The year of month m at token k, listed after month m0 of year y0: up to six months on, the one
 * after that m0 ("in April and May", "in November and February"); further on, a list in the
 * calendar's order ("in March and October") says nothing of the year, the tense tells it. */
static int year_near_month(const tctx *c, int m, int m0, int y0, size_t k)
{
    int ahead = (m - m0 + 12) % 12; /* months from m0 forward to m */
    return ahead <= 6 ? y0 + (m < m0) : month_year(c, m, k, k);
}

static void resolve_month(const tctx *c, when *w, int m, size_t first, size_t last);

/* The year of month m at token first, the last of months joined by "and" or "or" ("in April and
 * May", "in March or April and May"): the list's head is read alone, each month
 * after it near the one before. A longer run than a year's months is no list: m is read alone. */
static int listed_month_year(const tctx *c, int m, size_t first)
{
    int flags, months = 1;
    size_t head = first;
    while (listed_after_month(c, head)) {
        if (++months > MONTH_LIST_MAX) return month_year(c, m, first, first);
        head -= 2;
    }
    when w0 = {0};
    int prev = month_at(c, head, &flags);
    resolve_month(c, &w0, prev, head, head);
    int y = civil(w0.a).y;
    for (size_t k = head + 2; k <= first; k += 2) {
        int mk = k == first ? m : month_at(c, k, &flags);
        y = year_near_month(c, mk, prev, y, k);
        prev = mk;
    }
    return y;
}

/* The first year of a pair of years written before a bracket before token a ("1986/87 (Nov/Oct)": a
 * crop or fiscal year and its months), or 0. */
static int years_before_bracket(const tctx *c, size_t a)
{
    long y0, y1;
    int d0, d1;
    if (a < c->first + 4 || !is_punct(c, a - 1, '(') || !is_punct(c, a - 3, '/') || !int_at(c, a - 4, &y0, &d0) ||
        !int_at(c, a - 2, &y1, &d1) || d0 != 4 || (d1 != 2 && d1 != 4) || (y1 - y0 - 1) % 100 != 0)
        return 0;
    return (int)y0;
}

static void resolve_month(const tctx *c, when *w, int m, size_t first, size_t last)
{
    w->nm = m;
    w->nd = 0;
    if (!c->has_ref) {
        w->noyear = 1;
        return;
    }
    int y, m0 = pair_opener(c, first), flags, y0;
    if (m0 && (y0 = years_before_bracket(c, first - 2))) /* "in 1986/87 (Nov/Oct)": October 1987 */
        y = y0 + (m < m0);
    else if (m0) /* the second of a pair follows the first: "Aug/Sept" read apart were August 1987 and September 1986 */
        y = month_year(c, m0, first - 2, last) + (m < m0);
    else if (first == last && listed_after_month(c, first)) /* "in April and May": near the first */
        y = listed_month_year(c, m, first);
    else if (first == last && pair_opener(c, last + 2) && month_at(c, last + 2, &flags))
        y = (y0 = years_before_bracket(c, first)) ? y0 : month_year(c, m, first, last + 2); /* the first of a pair */
    else
        y = month_year(c, m, first, last);
    set_month(w, y, m);
    w->relative = 1;
    w->inferred = 1;
}

/* ---- the patterns ---------------------------------------------------------------------------- */

typedef struct match {
    size_t n;        /* tokens consumed from the start */
    when w;
    int weekday;     /* a weekday written before a date, or -1 */
    int past_day;    /* a day past its month's end ("November 31"): the day, claimed as its month; else 0 */
    int story_year;  /* the story date's year that made past_day one ("Feb 28-29" in 1987), else 0 */
    size_t date_tok; /* where the date after that weekday starts */
    int explicit_year;
    int seg;         /* which group of patterns read it (simple_expr) */
    int bare_day;    /* a day of the month written alone ("the 18th"): the day, else 0 */
    int annual;      /* a holiday whose year came from the story date */
    /* a range whose ends are dates after weekdays ("from Thursday, Dec. 28 to Sunday, Dec. 31"):
     * weekday and date_tok above are the first end's, ending at token a_last (0: not a range);
     * weekday_b (or -1), date_b, b_first, b_last and day_b the second's (range_weekdays) */
    size_t a_first, a_last, b_first, date_b, b_last;
    int weekday_b;
    long day_a, day_b;
    const cd_lexrec *undated; /* a lunar holiday outside its table's years: no day (lunar_undated) */
    int undated_year;         /* the year written after it, else 0 (near the story date) */
    int reversed;             /* a range written end first (reversed_in_year): its ends swapped */
} match;

static int valid_date(int y, int m, int d)
{
    return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= cd_days_in_month(y, m);
}

static int quantity_after(const tctx *c, size_t k);

/* Day d of month m past the month's end ("November 31", "Feb. 29, 2023"), tokens [first, last]: at
 * the top level and before no quantity ("November 31 percent"), it is read as its month, for a period
 * it ends ("the quarter ended November 31"); standing alone it is claimed with no value (emit), so
 * nothing false is asserted, and the day is kept for an error finding (past_end_finding); y is 0
 * when no year is written. Whether it was claimed (simple_expr takes none inside another expression). */
static int past_month_end(const tctx *c, match *mt, int y, int m, int d, size_t first, size_t last)
{
    if (m < 1 || m > 12 || d <= cd_days_in_month(y ? y : 2000, m) || d > 31 || quantity_after(c, last + 1)) return 0;
    if (y) set_month(&mt->w, y, m);
    else resolve_month(c, &mt->w, m, first, last);
    mt->past_day = d;
    return 1;
}

/* Day d of month m in year y, a year the story date gave the range's first day, past the month's
 * end there ("Feb 28-29", "between Feb 28 and 29" in 1987; in 1988 a range): read as past_month_end
 * reads a day, the error naming that year. Whether it was read. */
static int past_end_in_story_year(const tctx *c, match *mt, int y, int m, int d, size_t first, size_t last)
{
    if (!past_month_end(c, mt, y, m, d, first, last)) return 0;
    mt->story_year = y;
    mt->w.relative = 1;
    return 1;
}

/* Day d of month m with its year y written, tokens [first, last] ("May 5, 2017", "5 May next year":
 * shifted): the day, or a day past its month's end (past_month_end). Whether it was read. */
static int written_date(const tctx *c, match *mt, int y, int m, int d, size_t first, size_t last, int shifted)
{
    if (!valid_date(y, m, d) && !past_month_end(c, mt, y, m, d, first, last)) return 0;
    if (!mt->past_day) set_day(&mt->w, day_number(y, m, d));
    mt->explicit_year = 1;
    mt->w.relative = shifted;
    return 1;
}

/* Where the year of a date starts: after a comma, "of" or "in" ("July 4th of 1995", "28 June in
 * 2020"); "in" only before a year in digits. */
static size_t year_link(const tctx *c, size_t k)
{
    int y;
    if (is_punct(c, k, ',') || word_is(c, k, "of")) return k + 1;
    return word_is(c, k, "in") && year_at(c, k + 1, &y) ? k + 1 : k;
}

/* An ordinal day of the month: "9th", "ninth", "twenty-first". */
static int ordinal_day_at(const tctx *c, size_t i)
{
    double num;
    long v;
    int dg;
    if (int_at(c, i, &v, &dg)) return dg <= 2 && v >= 1 && v <= 31 && ordinal_suffix(c, i + 1);
    return role_at(c, i, R_ORDINAL, &num) && num >= 1 && num <= 31;
}

static int full_year(const tctx *c, long v, int digits);

static int year_possessive(const tctx *c, size_t k);

/* A scale word of data/num_word.tsv at token k ("hundred", "million", "billion"): the number before
 * it is part of an amount ("the sale on Tuesday, March 24 of 9 billion dlrs"), no year. */
static int scale_word_at(const tctx *c, size_t k)
{
    const char *role = k < c->lim ? cd_tok_role(c->doc, k, LX_NUM_WORD) : "";
    return role[0] == 's' || role[0] == 'h';
}

/* "last year", "this year", "next year" at token e, after a month or "of" ("December of last year",
 * "in January last year", "the 4th of July of next year"): the year from the story date, into *y;
 * its token count, or 0. */
static size_t shift_year(const tctx *c, size_t e, int *y)
{
    double shift;
    size_t k = c->has_ref ? role_at(c, e, R_SHIFT, &shift) : 0;
    if (!k || !(shift == -1 || shift == 0 || shift == 1) || !word_is(c, e + k, "year") || year_possessive(c, e + k + 1))
        return 0; /* not "In January last year's figures rose" */
    *y = c->ref_date.y + (int)shift;
    return k + 1;
}

/* A year after a date: in digits or words, or two digits after "of" ("April of 87", "of '87")
 * with no noun or scale word after them. */
static size_t year_after(const tctx *c, size_t e, int *y)
{
    size_t n = year_span(c, e, y), a;
    if (n || e == 0 || e <= c->first || !word_is(c, e - 1, "of")) return n;
    a = (is_punct(c, e, '\'') || is_punct(c, e, 0x2019)) && glued(c, e + 1);
    long v;
    int dg;
    if (!int_at(c, e + a, &v, &dg) || dg != 2 || noun_follows(c, e + a + 1) || scale_word_at(c, e + a + 1) ||
        is_punct(c, e + a + 1, '%') || is_punct(c, e + a + 1, '/') || is_dash(c, e + a + 1))
        return 0;
    *y = full_year(c, v, 2);
    return a + 1;
}

/* After a month abbreviation in lower case ("14 nov", "jan twenty two, 2018"), what makes it a
 * month: a day in digits, or a day in words with a year after it. */
static int lower_month_day(const tctx *c, size_t k)
{
    int d, y;
    size_t n = day_at(c, k, &d);
    if (!n) return 0;
    return int_at_digits(c, k) || year_after(c, year_link(c, k + n), &y);
}

/* What makes the number before token k a quantity: a counted noun ("20 stores") or a unit ("10
 * percent", "5%"). */
static int quantity_after(const tctx *c, size_t k)
{
    const cd_token *t = tok(c, k);
    if (!t) return 0;
    if (t->type == TOK_PUNCT) return t->cp == '%';
    return t->type == TOK_WORD && (cd_lex_has(cd_tok_entry(t), LX_NUM_UNIT) || cd_counted_noun(c->doc, k));
}

/* A part of a period glued by a dash before token i: "mid-2005", "mid-May". */
static int part_dash_before(const tctx *c, size_t i)
{
    double num;
    return i >= c->first + 2 && is_dash(c, i - 1) && glued(c, i - 1) && glued(c, i) && role_at(c, i - 2, R_PART, &num);
}

/* Days d to d2 of month m, with the token after d at `to` (a dash, "and") and d2 after it, then
 * perhaps a year: "Dec. 5-7", "Dec. 5-7, 2017", "Feb between 2-7 2018". The expression starts at
 * token j; its token count, 0 if none. */
static size_t days_of_month(const tctx *c, size_t j, size_t to, int m, int d, match *mt)
{
    int d2, y;
    size_t n2 = day_at(c, to + 1, &d2), e = to + 1 + n2, ny, yl;
    if (!n2 || d2 <= d || quantity_after(c, e)) return 0; /* "May between 5 and 10 percent" */
    if ((ny = year_after(c, (yl = year_link(c, e)), &y))) {
        if (!valid_date(y, m, d2)) /* "February 29-30, 1987": the first day that does not exist */
            return written_date(c, mt, y, m, valid_date(y, m, d) ? d2 : d, j, yl + ny - 1, 0) ? yl + ny - j : 0;
        set_range(&mt->w, day_number(y, m, d), day_number(y, m, d2), G_DAY);
        mt->explicit_year = 1;
        return yl + ny - j;
    }
    if (d2 > cd_days_in_month(2000, m)) return past_month_end(c, mt, 0, m, d2, j, e - 1) ? e - j : 0; /* "Nov 30-31" */
    resolve_month_day(c, &mt->w, m, d, j, e - 1);
    if (!mt->w.noyear) {
        cd_date s = civil(mt->w.a);
        if (valid_date(s.y, m, d2)) set_range(&mt->w, mt->w.a, day_number(s.y, m, d2), G_DAY);
        else past_end_in_story_year(c, mt, s.y, m, d2, j, e - 1); /* "Feb 28-29" in 1987 */
    }
    return e - j;
}

/* A month in lower case with no day after it: an abbreviation after a date preposition ("in dec",
 * "since sept"), and "may" or "march" there only before a punctuation mark or the sentence's end
 * ("It may be in may.": the verb is never followed by one). Its number, or 0. */
static int lower_month_alone(const tctx *c, size_t j)
{
    const cd_token *next = tok(c, j + 1);
    const cd_time_word *r = name_entry(c, j, LX_TIME_MONTHS);
    if (!r || !r->month || (c->doc->toks[j].flags & TF_CAP) || j <= c->first) return 0;
    if (!(word_is(c, j - 1, "in") || word_is(c, j - 1, "since") || word_is(c, j - 1, "until") ||
          word_is(c, j - 1, "during") || word_is(c, j - 1, "till")))
        return 0;
    int flags = r->month_flags;
    if (flags & MF_AMBIGUOUS) return !next || next->type == TOK_PUNCT ? r->month : 0;
    return flags & MF_ABBR ? r->month : 0;
}

#define PERSON_REACH 64 /* how many entities back a person's name is looked for: a story's */

/* Whether the entities pass found a person whose name ends in token j's word ("Theresa May" for
 * "May") among the last PERSON_REACH entities before it. */
static int person_named(const tctx *c, size_t j)
{
    const cd_doc *doc = c->doc;
    const cd_token *t = &doc->toks[j];
    size_t len = t->len, e = cd_entity_before(doc, j, 0, NULL);
    for (size_t k = 0; e != (size_t)-1 && k < PERSON_REACH && k <= e; k++) {
        const cd_tok_range *r = &doc->einfo[e - k];
        if (strcmp(doc->ents[e - k].type, "person") != 0 || !r->tok_count) continue;
        const cd_token *last = &doc->toks[r->tok_first + r->tok_count - 1];
        if (last->len == len && memcmp(doc->text + last->start, doc->text + t->start, len) == 0)
            return 1;
    }
    return 0;
}

/* Whether "that year" or "the same year" stands at token e, after a month ("in March of that year", "on
 * June 3 that year"): a year the story named before, not the story date's; the month is left unread. */
static int year_named_before(const tctx *c, size_t e)
{
    if (word_is(c, e, "that")) return word_is(c, e + 1, "year");
    return word_is(c, e, "the") && word_is(c, e + 1, "same") && word_is(c, e + 2, "year");
}

/* An ambiguous month's name alone at token j after "to", "on", "of", "by" or "from" and right
 * before a tense word ("A letter to May was sent", "Pressure on May grew", "Allies of May said") is
 * the person of that name the story has named ("Theresa May"), not the month. "It was moved to
 * May.", "Figures for May were" ("for" names a month's data), "from April to May was" stay months. */
static int person_not_month(const tctx *c, size_t j)
{
    if (!(word_is(c, j - 1, "to") || word_is(c, j - 1, "on") || word_is(c, j - 1, "of") || word_is(c, j - 1, "by") ||
          word_is(c, j - 1, "from")))
        return 0;
    int flags;
    if (!tense_of_word(c, j + 1) || (j >= c->first + 2 && month_at(c, j - 2, &flags))) return 0;
    return person_named(c, j);
}

static int counted_unit(const tctx *c, size_t i, long *count, size_t *n);

/* "a year ago", "one year earlier", "a year before" at token k, right after a month or a quarter
 * ("sales fell from the level of May a year ago", "in the first quarter a year earlier"): the
 * period is its namesake a year before the one it names alone, not this year's; not before "than"
 * ("in May a year earlier than planned"). The phrase's token count, or 0. */
static size_t year_back_after(const tctx *c, size_t k)
{
    long count;
    size_t n, an;
    double dir;
    if (counted_unit(c, k, &count, &n) != 365 || count != 1) return 0;
    if (word_is(c, k + n, "earlier") || word_is(c, k + n, "before"))
        return word_is(c, k + n + 1, "than") ? 0 : n + 1;
    an = role_at(c, k + n, R_AGO, &dir);
    return an && dir < 0 ? n + an : 0;
}

/* Whether an ambiguous month's name alone at token j ("May", "March") is the second of two months
 * joined by "and", "or", or a slash or dash glued to both ("in February and March", "in April or
 * May", "the January-March quarter", "for April/May shipment"): the month before it says what it
 * is. Not when the story named a person so and a tense word follows ("in April and May said"). */
static int month_joined_before(const tctx *c, size_t j)
{
    int flags;
    if (j < c->first + 2 || !month_at(c, j - 2, &flags)) return 0;
    int glued_mark = (is_punct(c, j - 1, '/') || is_dash(c, j - 1)) && glued(c, j - 1) && glued(c, j);
    if (!glued_mark && !listed_after_month(c, j)) return 0;
    return !(tense_of_word(c, j + 1) && person_named(c, j));
}

/* Whether an ambiguous month's name alone at token j, after a determiner or possessive, names a
 * month's figures: a noun of data/time_data_nouns.tsv in lower case after it (data_month: "its March
 * sales", "the May trade deficit"); the modal stands after no determiner ("prices May fall"), and a
 * title's capitals name no figures ("the May Fair"). Not a person the story named so ("the May
 * budget" of a minister May). */
static int month_of_figures(const tctx *c, size_t j)
{
    const cd_token *next = tok(c, j + 1);
    if (j <= c->first || !determiner_at(c, j - 1) || !next || next->type != TOK_WORD || (next->flags & TF_CAP))
        return 0;
    return data_month(c, j, j) && !person_named(c, j);
}

/* "Dec. 5, 2017", "December 5", "Dec 5th 2017", "Dec. 5-7", "March 2026", "June of 2016",
 * "September the 21st", "April of 87". */
static size_t month_first(const tctx *c, size_t j, match *mt, int alone_ok)
{
    int flags, m = month_at(c, j, &flags), d, y;
    size_t k = skip_dot(c, j + 1), n;
    if (m && word_is(c, k, "the") && ordinal_day_at(c, k + 1)) k++;
    if (!m && (m = month_at_loose(c, j, &flags)) && !lower_month_day(c, k)) m = 0;
    if (!m && alone_ok && (m = lower_month_alone(c, j))) {
        resolve_month(c, &mt->w, m, j, j);
        return 1;
    }
    if (!m) return 0;
    if ((is_dash(c, j + 1) || is_punct(c, j + 1, '/')) && glued(c, j + 1) && glued(c, j + 2) &&
        tok(c, j + 2)->type == TOK_NUM)
        return 0; /* "Oct-2", "Sep-23-2020": a numeric date */
    if ((n = day_at(c, k, &d)) && !year_at(c, k, &y)) {
        size_t after = k + n, e = year_link(c, after), ny;
        int shifted = 0;
        if ((ny = year_after(c, e, &y)) || (shifted = 1, ny = shift_year(c, e, &y))) {
            return written_date(c, mt, y, m, d, j, e + ny - 1, shifted) ? e + ny - j : 0;
        }
        if (is_dash(c, after) && glued(c, after) && (n = days_of_month(c, j, after, m, d, mt))) return n;
        if (year_named_before(c, e)) return 0;
        if (d > cd_days_in_month(2000, m)) return past_month_end(c, mt, 0, m, d, j, after - 1) ? after - j : 0;
        resolve_month_day(c, &mt->w, m, d, j, after - 1);
        return after - j;
    }
    if (word_is(c, k, "between") && (n = day_at(c, k + 1, &d)) && /* "November between 19 and 20" */
        (word_is(c, k + 1 + n, "and") || is_dash(c, k + 1 + n)) && (n = days_of_month(c, j, k + 1 + n, m, d, mt)))
        return n;
    size_t e = year_link(c, k);
    int shifted = 0;
    if ((n = year_after(c, e, &y)) || (shifted = 1, n = shift_year(c, e, &y))) {
        set_month(&mt->w, y, m);
        mt->explicit_year = 1;
        mt->w.relative = shifted;
        return e + n - j;
    }
    if (!alone_ok || year_named_before(c, e)) return 0;
    if (flags & MF_AMBIGUOUS) {
        double num;
        if (j == 0 || j <= c->first || !(role_at(c, j - 1, R_PREP, &num) || role_at(c, j - 1, R_PART, &num) ||
                                         role_at(c, j - 1, R_SHIFT, &num) || part_dash_before(c, j) ||
                                         month_joined_before(c, j) || month_of_figures(c, j)))
            return 0; /* "in May", "early March", "mid-May" */
        if (person_not_month(c, j)) return 0; /* "a letter to May was sent" */
    }
    resolve_month(c, &mt->w, m, j, j);
    if (c->has_ref && (n = year_back_after(c, k))) {
        set_month(&mt->w, civil(mt->w.a).y - 1, m);
        return k + n - j;
    }
    return 1;
}

/* A day in digits with an ordinal dot before a month, "16. November 2016", "16. Nov. 2016"; at the
 * start of a line ("1. March 2016 ...", a numbered list) only before an abbreviation's dot. */
static int day_dot(const tctx *c, size_t j)
{
    int flags;
    if (c->doc->toks[j].type != TOK_NUM || !is_punct(c, j + 1, '.') || !glued(c, j + 1)) return 0;
    if (!month_at_loose(c, j + 2, &flags)) return 0;
    int line_start = j == 0 || (c->doc->toks[j].flags & TF_NEWLINE_BEFORE);
    return !line_start || ((flags & MF_ABBR) && is_punct(c, j + 3, '.') && glued(c, j + 3));
}

/* "page", "pages" or "pp" (perhaps with its dot) right before token j: the numbers after it are pages
 * ("pages 3-5 March issue", "pp. 30-31 November"). */
static int pages_before(const tctx *c, size_t j)
{
    if (j <= c->first) return 0;
    size_t k = j - 1 - (j - 1 > c->first && is_punct(c, j - 1, '.'));
    return word_is(c, k, "page") || word_is(c, k, "pages") || word_is(c, k, "pp");
}

/* "5 December 2017", "the 5th of December", "first of May", "16. Nov. 2016". */
static size_t day_first(const tctx *c, size_t j, match *mt)
{
    int d, flags, y;
    size_t n = day_at(c, j, &d);
    if (!n || pages_before(c, j) || (j >= c->first + 2 && is_dash(c, j - 1) && pages_before(c, j - 2)))
        return 0; /* "page 5 March", "pages 3-5 March" */
    size_t k = j + n;
    if (word_is(c, k, "of")) k++;
    else if (n == 1 && day_dot(c, j)) k++; /* "16. Nov. 2016" */
    int m = c->doc->toks[j].type == TOK_NUM ? month_at_loose(c, k, &flags) : month_at(c, k, &flags);
    if (!m || ((flags & MF_AMBIGUOUS) && c->doc->toks[j].type != TOK_NUM)) return 0;
    if (j > c->first && c->doc->toks[j - 1].type == TOK_PUNCT && cd_is_currency_sign(c->doc->toks[j - 1].cp))
        return 0; /* "$12 December 27": an amount, then a date */
    size_t e = skip_dot(c, k + 1);
    size_t e2 = year_link(c, e), ny;
    int shifted = 0;
    if ((ny = year_after(c, e2, &y)) || (shifted = 1, ny = shift_year(c, e2, &y))) {
        return written_date(c, mt, y, m, d, j, e2 + ny - 1, shifted) ? e2 + ny - j : 0;
    }
    if (d > cd_days_in_month(2000, m)) return past_month_end(c, mt, 0, m, d, j, e - 1) ? e - j : 0;
    resolve_month_day(c, &mt->w, m, d, j, k);
    return k + 1 - j;
}

/* A two-digit year: the century that puts it at most 20 years after the story date. */
static int full_year(const tctx *c, long v, int digits)
{
    if (digits == 4) return (int)v;
    int pivot = (c->has_ref ? c->ref_date.y : 2000) + 20;
    int y = (int)(pivot - pivot % 100 + v);
    return y > pivot ? y - 100 : y;
}

typedef struct dpart {
    long v;
    int digits; /* 0: a month name */
} dpart;

/* Up to three parts (numbers or month names) joined by one separator without spaces:
 * "2017-12-05", "12/5/2017", "05-Aug-2016", "2019/aug/01". */
static int date_parts(const tctx *c, size_t j, dpart p[3], size_t *ntok)
{
    int parts = 0, flags;
    uint32_t sep = 0;
    size_t k = j, end = j;
    for (;;) {
        int m = k > j || (glued(c, k + 1) && tok(c, k + 1) && tok(c, k + 1)->type == TOK_PUNCT) ? month_at_loose(c, k, &flags)
                                                                                            : month_at(c, k, &flags);
        if (m) p[parts].v = m, p[parts].digits = 0;
        else if (!int_at(c, k, &p[parts].v, &p[parts].digits)) break;
        parts++;
        end = ++k;
        const cd_token *t = tok(c, k);
        if (parts == 3 || !t || t->type != TOK_PUNCT || !glued(c, k) || !glued(c, k + 1)) break;
        if (sep ? t->cp != sep : (t->cp != '/' && t->cp != '-' && t->cp != '.')) break;
        sep = t->cp;
        k++;
    }
    *ntok = end - j;
    return parts;
}

/* Which part is the year, the month, the day; 0 if they make no date. US order (month first)
 * unless the first number cannot be a month. */
static int assign_parts(const tctx *c, const dpart p[3], int parts, int *y, int *m, int *d)
{
    int named = -1, year = -1;
    for (int k = 0; k < parts; k++) {
        if (!p[k].digits) named = named < 0 ? k : 9;
        else if (p[k].digits == 4) year = year < 0 ? k : 9;
    }
    if (named == 9 || year == 9) return 0;
    if (parts == 3 && year < 0 && p[2].digits == 2) year = 2;
    *y = year >= 0 ? full_year(c, p[year].v, p[year].digits) : 0;
    int rest[3], nr = 0;
    for (int k = 0; k < parts; k++)
        if (k != year && k != named) rest[nr++] = k;
    if (named >= 0) {
        *m = (int)p[named].v;
        *d = nr == 1 ? (int)p[rest[0]].v : 0;
        return nr <= 1 && (nr == 0 ? year >= 0 : p[rest[0]].digits <= 2);
    }
    if (nr == 1) {
        *m = (int)p[rest[0]].v;
        *d = 0;
        return year >= 0 && p[rest[0]].digits <= 2;
    }
    if (nr != 2 || p[rest[0]].digits > 2 || p[rest[1]].digits > 2) return 0;
    *m = (int)p[rest[0]].v, *d = (int)p[rest[1]].v;
    if (year == 0) return 1; /* year first: y-m-d */
    if (*m > 12) *m = (int)p[rest[1]].v, *d = (int)p[rest[0]].v;
    return 1;
}

/* A single number token with inner dots: "13.5.2015" (day first), "2015.5.13". */
static size_t dotted_date(const tctx *c, size_t j, match *mt)
{
    const cd_token *t = tok(c, j);
    if (!t || t->type != TOK_NUM) return 0;
    long v[3] = {0, 0, 0};
    int p = 0, digits[3] = {0, 0, 0};
    for (uint32_t k = t->start; k < cd_tok_stop(t); k++) {
        char ch = c->doc->text[k];
        if (ch == '.') {
            if (++p > 2 || digits[p - 1] == 0) return 0;
        } else if (ch >= '0' && ch <= '9') {
            if (++digits[p] > 4) return 0; /* no date part has more than 4 digits (and v stays small) */
            v[p] = v[p] * 10 + (ch - '0');
        } else {
            return 0;
        }
    }
    if (p != 2) return 0;
    long y, m, d;
    if (digits[0] == 4 && digits[1] <= 2 && digits[2] <= 2) y = v[0], m = v[1], d = v[2];
    else if (digits[2] == 4 && digits[0] <= 2 && digits[1] <= 2) y = v[2], d = v[0], m = v[1];
    else return 0;
    if (m > 12) { /* "5.13.2015": month first, and the day must exist ("2.30.2015" may be a version) */
        long x = m;
        m = d, d = x;
        if (!valid_date((int)y, (int)m, (int)d)) return 0;
    }
    return written_date(c, mt, (int)y, (int)m, (int)d, j, j, 0); /* "31.11.1987": past the month's end too */
}

/* A month and day in digits with no "on" before them, "4/22", "22/04", "2/29": a date only where
 * a fraction or a ratio is unlikely -- a slash, a day above 12 (not after 1: "odds of 1/14") or a
 * part with a leading zero, no number before ("2 5/16") and no noun or "of" after ("7/15 shots",
 * "3/20 of them"). */
static int slashed_day(const tctx *c, size_t j, const dpart p[3], int d)
{
    if (!is_punct(c, j + 1, '/')) return 0;
    int zero = (p[0].digits == 2 && p[0].v < 10) || (p[1].digits == 2 && p[1].v < 10);
    if (!zero && (d <= 12 || p[0].v == 1)) return 0; /* "5/12", "1/14": fractions, odds */
    const cd_token *before = j > c->first ? tok(c, j - 1) : NULL;
    if (before && (before->type == TOK_NUM || (before->type == TOK_PUNCT && glued(c, j) && before->cp != '(')))
        return 0;
    const cd_token *after = tok(c, j + 3);
    if (after && after->type == TOK_PUNCT && glued(c, j + 3) && after->cp != ',' && after->cp != '.' &&
        after->cp != ')' && after->cp != ';')
        return 0; /* "4/22/..." , "4/22%" */
    return !noun_follows(c, j + 3) && !word_is(c, j + 3, "of");
}

/* A month of a year around a separator with a space on either side: "11 / 2016", "2016 - 11",
 * "11- 2016" (the glued forms are date_parts'). Not "2010 - 11": a season. */
static size_t spaced_year_month(const tctx *c, size_t j, match *mt)
{
    long v;
    int dg, y;
    if (!(is_punct(c, j + 1, '/') || is_dash(c, j + 1)) || (glued(c, j + 1) && glued(c, j + 2))) return 0;
    if (int_at(c, j, &v, &dg) && dg <= 2 && v >= 1 && v <= 12 && year_at(c, j + 2, &y)) {
        if (j > c->first && tok(c, j - 1)->type == TOK_NUM) return 0;
    } else if (year_at(c, j, &y) && int_at(c, j + 2, &v, &dg) && dg <= 2 && v >= 1 && v <= 12) {
        if (v == (y + 1) % 100) return 0; /* "2010 - 11" */
    } else {
        return 0;
    }
    const cd_token *after = tok(c, j + 3);
    if (after && (after->type == TOK_NUM || (after->type == TOK_PUNCT && glued(c, j + 3) &&
                                             (after->cp == '/' || after->cp == '-' || after->cp == '%'))))
        return 0;
    set_month(&mt->w, y, (int)v);
    mt->explicit_year = 1;
    return 3;
}

/* Eight digits, a year, month and day: "20161016". */
static size_t compact_date(const tctx *c, size_t j, match *mt)
{
    const cd_token *t = tok(c, j);
    if (!t || t->type != TOK_NUM || t->len != 8) return 0;
    long v;
    int dg;
    if (!int_at(c, j, &v, &dg)) return 0;
    int y = (int)(v / 10000), m = (int)(v / 100 % 100), d = (int)(v % 100);
    if (y < 1900 || y > 2099 || !valid_date(y, m, d)) return 0;
    set_day(&mt->w, day_number(y, m, d));
    mt->explicit_year = 1;
    return 1;
}

/* The year after a month and day in digits, at the comma at k: four digits ("5/7, 2020") or two
 * glued to the comma ("08/12,15"); 0 if none, else the tokens it takes (2). */
static int comma_year(const tctx *c, size_t k, int *y)
{
    long v;
    int dg;
    if (!is_punct(c, k, ',')) return 0;
    if (year_at(c, k + 1, y)) return 2;
    if (!glued(c, k) || !glued(c, k + 1) || !int_at(c, k + 1, &v, &dg) || dg != 2 || quantity_after(c, k + 2)) return 0;
    *y = full_year(c, v, 2);
    return 2;
}

/* A year, month and day in digits with single spaces between, "2016 10 16": the month and the day
 * in two digits each, no number before or after, no compound glued to the day. */
static size_t spaced_ymd(const tctx *c, size_t j, match *mt)
{
    long m, d;
    int y, dm, dd;
    if (!year_at(c, j, &y) || glued(c, j + 1) || glued(c, j + 2) || !int_at(c, j + 1, &m, &dm) ||
        !int_at(c, j + 2, &d, &dd) || dm != 2 || dd != 2 || !valid_date(y, (int)m, (int)d))
        return 0;
    if ((j > c->first && int_at_digits(c, j - 1)) || int_at_digits(c, j + 3) || quantity_after(c, j + 3)) return 0;
    if (glued(c, j + 3) && (is_dash(c, j + 3) || is_punct(c, j + 3, '/'))) return 0; /* "12 11-year-olds" */
    set_day(&mt->w, day_number(y, (int)m, (int)d));
    mt->explicit_year = 1;
    return 3;
}

/* Whether a numeric date may start at token j, from the tokens there: dotted_date and compact_date
 * read one number token with dots inside or of eight digits; date_parts two parts or more only with
 * a '/', '-' or '.' after the first (one token: a number or a month); spaced_ymd a number after a
 * year, spaced_year_month a '/' or a dash after its first number. So a token followed by none of
 * these (most numbers asked: "5 mln", "2016 and") starts none. */
static int numeric_date_may(const tctx *c, size_t j)
{
    const cd_token *t = tok(c, j), *next = tok(c, j + 1);
    if (!t) return 0;
    if (t->type == TOK_NUM && (t->len == 8 || memchr(c->doc->text + t->start, '.', t->len)))
        return 1;
    if (!next) return 0;
    if (next->type == TOK_NUM) return t->type == TOK_NUM;
    return next->type == TOK_PUNCT && (next->cp == '/' || next->cp == '.' || cd_is_hyphen_or_dash(next->cp));
}

/* Whether a slash and a denominator of halves to 64ths glued to it stand at token k, over the
 * numerator num: after "7-1" the "1/4" is a fraction's ("7-1/4 pct", "101-1/4", "8-5/8": a whole
 * number and a fraction, as US prices and rates are written). "12-25/26" may be two days. */
static int fraction_follows(const tctx *c, size_t k, long num)
{
    long den;
    int digits;
    if (!is_punct(c, k, '/') || !glued(c, k) || !glued(c, k + 1) || !int_at(c, k + 1, &den, &digits)) return 0;
    return den >= 2 && den <= 64 && (den & (den - 1)) == 0 && num < den;
}

/* Whether a numeric date's parts p, from token j, write its year so that no other reading is likely:
 * in four digits, or after a month's name or a slash ("11/31/87"; "2-30-31" may be a score). */
static int year_written(const tctx *c, size_t j, const dpart p[3])
{
    return p[0].digits == 4 || p[2].digits == 4 || !p[0].digits || !p[1].digits || is_punct(c, j + 1, '/');
}

/* "2017-12-05", "12/5/2017", "05-Aug-2016", "2016-11", "11/2016", "5/12" (only after "on" or a
 * weekday: "5/12" alone may be a ratio). "2011-12" is a season, left to year_expr. */
static size_t numeric_date(const tctx *c, size_t j, match *mt, int context)
{
    dpart p[3];
    size_t n;
    int y, m, d;
    if (!ALL_PATTERNS(c) && !numeric_date_may(c, j)) return 0; /* the cross-check's reference reads on */
    if (dotted_date(c, j, mt) || compact_date(c, j, mt)) return 1;
    int parts = date_parts(c, j, p, &n);
    if (parts == 2 && fraction_follows(c, j + n, p[1].v)) return 0; /* "from 7-1/4 pct": seven and a quarter */
    if (parts >= 2 && assign_parts(c, p, parts, &y, &m, &d) && m >= 1 && m <= 12) {
        if (parts == 2 && p[0].digits == 4 && p[1].digits == 2 && p[1].v == (p[0].v + 1) % 100) return 0;
        /* "2005-6", "1987/8": a split year too (left to year_expr); a month in figures after a
         * year is written in two digits */
        if (parts == 2 && p[0].digits == 4 && p[1].digits == 1 && p[1].v == (p[0].v + 1) % 10) return 0;
        if (y && d) /* "11/31/1987", "1987-11-31", "31-Nov-1987": a day past its month's end too */
            return (valid_date(y, m, d) || year_written(c, j, p)) && written_date(c, mt, y, m, d, j, j + n - 1, 0) ? n : 0;
        if (y) {
            set_month(&mt->w, y, m);
            mt->explicit_year = 1;
            return n;
        }
        int named = !p[0].digits || !p[1].digits, past = d > cd_days_in_month(2000, m);
        /* "on 4-6 March", "from 10-12 June": two days of the month named after them (range_expr
         * reads them), not April 6 */
        if (parts == 2 && !named && is_dash(c, j + 1)) {
            if (month_at(c, j + n, &(int){0})) return 0;
            /* "from 5-2 down", "until 3-3 in the first set", "from 10-15 years ago": after "from",
             * "until" or "till" two numbers with a dash are a score or a range, not a month and day */
            if (j > c->first && has_role(c, j - 1, R_PREP) && !word_is(c, j - 1, "on") &&
                !(range_connector(c, j + n, 0) && int_at_digits(c, j + n + 1)))
                return 0; /* ("from 6-14 to 6-20" is two dates) */
        }
        if (d < 1 || (past && !(context || named))) return 0; /* "on 11/31", "Nov-31"; not "fell 4/31" */
        if (!(context || named || past || slashed_day(c, j, p, d))) return 0;
        if (comma_year(c, j + n, &y)) /* "5/7, 2020", "08/12,15", "on 2/29, 1987" */
            return written_date(c, mt, y, m, d, j, j + n + 1, 0) ? n + 2 : 0;
        if (past) return past_month_end(c, mt, 0, m, d, j, j + n - 1) ? n : 0;
        resolve_month_day(c, &mt->w, m, d, j, j + n - 1);
        return n;
    }
    return (n = spaced_ymd(c, j, mt)) ? n : spaced_year_month(c, j, mt);
}

static long written_day(int y, int m, int d, int last);
static int bare_number(const tctx *c, size_t i);

/* "this 5/12", "next 6th of April", "last March 3": a month and day after a shift, in the story's
 * year (this), the year after (next) or before (last); after "past" or "coming" the nearest one
 * before or after the story date. */
static size_t shifted_date(const tctx *c, size_t i, size_t k, double shift, match *mt)
{
    size_t j = i + k, n = month_first(c, j, mt, 0);
    if (!n) n = day_first(c, j, mt);
    if (!n && is_punct(c, j + 1, '/')) n = numeric_date(c, j, mt, 1); /* not "the next 12-18 months" */
    if (!n || !mt->w.inferred || mt->w.g != G_DAY || mt->w.range || !mt->w.nd) return 0;
    if (noun_follows(c, j + n) || has_role(c, j + n, R_UNIT)) return 0;
    int y = c->ref_date.y, m = mt->w.nm, d = mt->w.nd;
    if (shift == 1) y++;
    long z = written_day(y, m, d, 0);
    if (shift == 2 && z <= c->ref) z = written_day(y + 1, m, d, 0);
    /* "last" as "past": the last such day before the story date, as "last January" is the last
     * January ("pleaded guilty last February 13" in April is this year's) */
    if ((shift == -2 || shift == -1) && z >= c->ref) z = written_day(y - 1, m, d, 0);
    set_day(&mt->w, z);
    return k + n;
}

/* A numeric date after weekday wd, read month first ("Monday 4/12/2017": April 12, a Wednesday):
 * where the day first gives wd and the month first does not, in the same year, the writer put the day
 * first (4 December 2017 is a Monday), and the weekday is no mismatch. Only where both numbers can
 * be a month and the year does not come first. */
static void weekday_orders(const tctx *c, size_t j, match *mt, int wd)
{
    dpart p[3];
    size_t n;
    int parts = date_parts(c, j, p, &n);
    if (mt->w.g != G_DAY || mt->w.range || mt->w.noyear || weekday_of(mt->w.a) == wd || parts < 2) return;
    for (int k = 0; k < 2; k++)
        if (!p[k].digits || p[k].digits > 2 || p[k].v < 1 || p[k].v > 12) return; /* a year or a named month */
    cd_date d = civil(mt->w.a);
    if (d.m != p[0].v || d.d != p[1].v || d.m == d.d) return; /* not read month first */
    long swapped = day_number(d.y, d.d, d.m);
    if (weekday_of(swapped) != wd) return;
    set_day(&mt->w, swapped);
    mt->w.nm = d.d, mt->w.nd = d.m;
}

/* A calendar date, possibly after a weekday: "Monday, Dec. 5, 2017". */
static size_t calendar_date(const tctx *c, size_t i, match *mt)
{
    double shift = 0;
    int number = bare_number(c, i), flags = 0; /* no shift, weekday or month there (see bare_number) */
    size_t j = i, k = number ? 0 : role_at(c, i, R_SHIFT, &shift); /* "this Friday 5/12": the date decides */
    int wd = number ? -1 : weekday_at(c, i + k, &flags);
    mt->weekday = -1;
    if (wd < 0 && k) return shifted_date(c, i, k, shift, mt);
    int paren = 0; /* "Friday (June 15)": the date in brackets */
    if (wd >= 0) {
        j = flags ? skip_dot(c, i + k + 1) : i + k + 1;
        if (is_punct(c, j, ',')) j++;
        else if (is_punct(c, j, '(')) j++, paren = 1;
        else if (is_dash(c, j) && glued(c, j) && glued(c, j + 1)) j++; /* "Friday-Jun-15" */
        mt->weekday = wd;
    }
    mt->date_tok = j;
    double num;
    int context = wd >= 0 || (i > c->first && role_at(c, i - 1, R_PREP, &num) && num == 1);
    size_t n = number ? 0 : month_first(c, j, mt, wd < 0);
    if (!n) n = day_first(c, j, mt);
    if (!n && wd >= 0 && !paren && word_is(c, j, "the") && (n = day_first(c, j + 1, mt)))
        mt->date_tok = j++; /* "Monday the 4th of December", "Friday, the 13th of October 2017" */
    if (k && !n) n = numeric_date(c, j, mt, 1);
    if (k && !n) return 0;
    if (!n && (n = numeric_date(c, j, mt, context)) && wd >= 0) weekday_orders(c, j, mt, wd);
    if (!n || (paren && !is_punct(c, j + n, ')'))) return 0;
    return j + n + paren - i;
}

/* "this day" (at token i) as the story date: "I hope this day will focus people"; not "to this day"
 * (still), "this day in 1945" or "this day last year" (an anniversary), "this day of mourning",
 * "in this day and age" (nowadays). */
static int this_day(const tctx *c, size_t i)
{
    if (i > c->first && (word_is(c, i - 1, "to") || word_is(c, i - 1, "until") || word_is(c, i - 1, "till")))
        return 0;
    if (word_is(c, i + 2, "and") && word_is(c, i + 3, "age")) return 0;
    return !(word_is(c, i + 2, "in") || word_is(c, i + 2, "of") || has_role(c, i + 2, R_SHIFT));
}

/* "today", "yesterday", "the day after tomorrow", "last night", "this day". */
static size_t relative_day(const tctx *c, size_t i, match *mt)
{
    double off;
    size_t n = role_at(c, i, R_DAY, &off);
    if (!n || (c->doc->toks[i].flags & TF_ENTITY)) return 0; /* "USA Today" */
    if (n == 2 && word_is(c, i + 1, "day") && !this_day(c, i)) return 0;
    set_day(&mt->w, c->ref + (long)off);
    mt->w.relative = 1;
    return n;
}

#define WEEK_CLAIM_TOKENS 6 /* how far back the claim of a weekday joined by "or"/"and" may start */

/* The Monday of the week of the weekday claimed just before token i and joined to it by "or" or
 * "and" ("next week Mon or Tue", "next Monday and Tuesday"), when that claim named its week (a
 * shift or "week" in it); -1 if none. Only the last claim emitted can end there. */
static long week_before(const tctx *c, size_t i)
{
    const cd_doc *doc = c->doc;
    if (i < c->first + 2 || !(word_is(c, i - 1, "or") || word_is(c, i - 1, "and")) || !doc->n_claims) return -1;
    size_t e = i - 2, b = e, w = is_punct(c, e, '.') && e > c->first ? e - 1 : e; /* "Mon." */
    int named = 0, flags;
    if (!(doc->toks[e].flags & TF_TIME) || weekday_at(c, w, &flags) < 0) return -1;
    while (b > c->first && b + WEEK_CLAIM_TOKENS > e && (doc->toks[b - 1].flags & TF_TIME)) b--;
    for (size_t k = b; k <= e; k++) named |= has_role(c, k, R_SHIFT) || word_is(c, k, "week");
    const cd_claim *cl = &doc->claims[doc->n_claims - 1];
    cd_date d;
    if (!named || cl->kind != CD_CLAIM_TIME || cl->span.tstop != cd_tok_stop(&doc->toks[e]) || !cl->time.value ||
        !cd_date_parse(cl->time.value, &d))
        return -1;
    return monday_of(day_number(d.y, d.m, d.d));
}

/* The tense of a weekday with "'s" at tokens [i, last]: it names an event ("Monday's attack",
 * "Friday's vote"), and news reports events that happened far more often than coming ones. The
 * words before it decide first ("after", "since", "following", "despite", "in the wake of" read
 * past; "ahead of" coming; not "until": "unbeaten until Sunday's defeat"), then a present verb of
 * the subject before it (present_before: coming), then a tense marker (an intent is none for an
 * event: "want to question a man over Monday's attack"); with none, the latest such day up to the
 * story date. */
#define PRESENT_REACH 8 /* how far before a weekday's event a present verb previews it */

/* A word that ends a clause or joins two: a present verb before it is another clause's ("what they
 * say are the sums behind the policy and Wednesday's address did not..."). The tense scans ask it
 * at every word they pass: the token is read once, its length picks the words it may be. */
static int clause_break(const tctx *c, size_t p)
{
    const cd_token *t = tok(c, p);
    if (!t) return 0;
    if (t->type == TOK_PUNCT) return t->cp == ',' || t->cp == ';' || t->cp == ':';
    switch (t->len) {
    case 2: return word_is(c, p, "or");
    case 3: return word_is(c, p, "and") || word_is(c, p, "but");
    case 4: return word_is(c, p, "that");
    case 5: return word_is(c, p, "while");
    default: return 0;
    }
}

/* Whether "is", "are" or "am" at token p begins a progressive: a verb's -ing form after it is the
 * clause's verb, and says itself whether the event is coming ("are investigating Monday's attack":
 * no; "is going to miss": yes). */
static int progressive_at(const tctx *c, size_t p)
{
    const cd_token *t = tok(c, p + 1);
    if (!(word_is(c, p, "is") || word_is(c, p, "are") || word_is(c, p, "am") || word_is(c, p, "'re") ||
          word_is(c, p, "’re")))
        return 0;
    return t && t->type == TOK_WORD && !(t->flags & TF_CAP) && !word_is(c, p + 1, "going") &&
           cd_tok_ing_form(c->doc, p + 1);
}

/* A present verb of data/time_present.tsv at token p; "has", "have" not as a perfect ("has been",
 * "have cancelled"), "is", "are" not as a progressive (progressive_at). */
static int present_verb(const tctx *c, size_t p)
{
    const cd_token *t = tok(c, p);
    const cd_lexrec *r = t && t->type == TOK_WORD ? cd_lex_rec(cd_tok_entry(t), LX_TIME_PRESENT) : NULL;
    if (!r || r->num != 1 || progressive_at(c, p)) return 0; /* code 2 is a participle */
    if (!(word_is(c, p, "has") || word_is(c, p, "have"))) return 1;
    return !word_is(c, p + 1, "been") && tense_of_word(c, p + 1) >= 0;
}

/* Whether token p is a participle after a present auxiliary: "is", "are", "am", "'re", "is being",
 * "has been", "have been" (not "was", "had been": a tense word before it reads past). */
static int present_passive(const tctx *c, size_t p)
{
    if (p <= c->first) return 0;
    size_t a = p - 1;
    if (a > c->first && (word_is(c, a, "been") || word_is(c, a, "being"))) {
        if (word_is(c, a, "been")) return word_is(c, a - 1, "has") || word_is(c, a - 1, "have");
        a--;
    }
    return word_is(c, a, "is") || word_is(c, a, "are") || word_is(c, a, "am") || word_is(c, a, "'re") ||
           word_is(c, a, "’re");
}

/* A present passive that previews an event: of a verb that picks someone for it or keeps them out
 * (data/time_present.tsv code 2: "is nominated for best film at Sunday's Oscars", "has been ruled out of
 * Saturday's match", "are being rested for Saturday's match"), one before "fit" ("has been passed fit
 * for Sunday's match") or before "to" and a verb ("has been called to testify at Tuesday's hearing"). Another passive says what the event did: "has been charged
 * over Monday's attack", "have been damaged in Saturday's storm". */
static int passive_preview(const tctx *c, size_t p, int tense)
{
    const cd_token *t = tok(c, p);
    const cd_lexrec *r = t && t->type == TOK_WORD ? cd_lex_rec(cd_tok_entry(t), LX_TIME_PRESENT) : NULL;
    int picks = (r && r->num == 2) || (tense < 0 && word_is(c, p + 1, "fit")); /* "has been passed fit for" */
    if (!picks && !(tense < 0 && to_verb_after(c, p))) return 0; /* not "are trying to" */
    return present_passive(c, p);
}

/* Whether the word before the weekday at token i names a cause or an agent: a passive before it says
 * what the event did ("has been suspended over Monday's brawl", "is backed by Monday's vote"). */
static int cause_before(const tctx *c, size_t i)
{
    return i > c->first && (word_is(c, i - 1, "over") || word_is(c, i - 1, "by") || word_is(c, i - 1, "about"));
}

/* Whether "for" after a word of blame stands before the weekday at token i: the event is what someone
 * answers for, done ("is responsible for Sunday's attack", "is to blame for Saturday's crash"), no
 * preview of a coming one. */
static int blame_before(const tctx *c, size_t i)
{
    if (i < c->first + 2 || !word_is(c, i - 1, "for")) return 0;
    return word_is(c, i - 2, "responsible") || word_is(c, i - 2, "blame") || word_is(c, i - 2, "accountable") ||
           word_is(c, i - 2, "responsibility");
}

/* Whether a present verb of the clause's subject stands before the weekday at token i, with no
 * word of data/time_tense.tsv ("is due to Monday's storm": a cause) or clause break between: "Kane
 * is fit for Wednesday's match", "Voters go to the polls in Thursday's election", "misses
 * Wednesday's tie" preview a coming event. A present verb after the weekday has the event for its
 * subject and tells nothing ("Friday's lawsuit argues"). */
static int present_before(const tctx *c, size_t i)
{
    if (blame_before(c, i)) return 0;
    int cause = cause_before(c, i);
    for (size_t d = 1; d <= PRESENT_REACH && i >= c->first + d; d++) {
        size_t p = i - d;
        int tense = tense_of_word(c, p);
        if (tense <= 0 && !cause && passive_preview(c, p, tense)) return 1;
        if (clause_break(c, p) || tense) return 0; /* a marker decides, "due to" a cause */
        if (present_verb(c, p)) return 1;
    }
    return 0;
}

/* Whether "had" stands within TENSE_WINDOW tokens before token p in its clause: a past perfect tells
 * of a time before a past one ("analysts had forecast ahead of Friday's release": the release
 * is past too). */
static int had_in_clause(const tctx *c, size_t p)
{
    for (size_t d = 1; d <= TENSE_WINDOW && p >= c->first + d; d++) {
        if (clause_break(c, p - d)) return 0;
        if (word_is(c, p - d, "had")) return 1;
    }
    return 0;
}

/* Whether the event after the weekday's "'s" at token last + 1 is a publication (data/time_publications.tsv,
 * perhaps after one adjective): "is named in Saturday's report", "is quoted in Sunday's paper". A present verb
 * speaks of one already out, no preview ("will be published in Saturday's paper" is still coming). */
static int publication_after(const tctx *c, size_t last)
{
    for (size_t k = last + 2; k <= last + 3 && k < c->lim; k++) {
        const cd_token *t = tok(c, k);
        if (!t || t->type != TOK_WORD) return 0;
        if (cd_lex_has(cd_tok_entry(t), LX_TIME_PUBLICATIONS)) return 1;
    }
    return 0;
}

/* Whether the event after the weekday's "'s" at token last + 1 is one reported when over (code 2 of
 * data/time_events.tsv), perhaps after a score or an adjective: "during Wednesday's 2-1 loss",
 * "Saturday's shock defeat". */
static int result_after(const tctx *c, size_t last)
{
    for (size_t k = last + 2; k <= last + 6 && k < c->lim; k++) {
        const cd_token *t = tok(c, k);
        if (t->type == TOK_NUM || is_dash(c, k)) continue;
        if (t->type != TOK_WORD || cd_tok_in(c->doc, k, LX_CLAIM_PHRASE_STOPS)) return 0;
        if (event_code(c, k) == 2) return 1;
    }
    return 0;
}

static int event_tense(const tctx *c, size_t i, size_t last)
{
    if (result_after(c, last)) return -1;
    size_t p = i - 1;
    if (i > c->first) {
        if (word_is(c, p, "after") || word_is(c, p, "since") || word_is(c, p, "following") || word_is(c, p, "despite"))
            return -1;
        if (p > c->first && word_is(c, p, "of")) {
            if (word_is(c, p - 1, "ahead")) return had_in_clause(c, p - 1) ? -1 : 1;
            if (word_is(c, p - 1, "wake") || word_is(c, p - 1, "aftermath")) return -1;
        }
    }
    if (!publication_after(c, last) && present_before(c, i)) return 1;
    int t = tense_around(c, i, last, i + 1);
    return t ? t : -1;
}

#define ANY_DAY_LIST 8 /* how far back a list of weekdays after "a" may start */

/* Whether the weekday at i ends a list of weekdays after "a" or "an", joined by "or" or commas:
 * "on a Friday or Saturday night", "a Monday, Tuesday or Wednesday" name no day, as "a Friday" alone. */
static int any_day_list(const tctx *c, size_t i)
{
    int flags;
    for (size_t k = i; k >= c->first + 2 && k + ANY_DAY_LIST > i; k -= 2) {
        if (!word_is(c, k - 1, "or") && !is_punct(c, k - 1, ',')) return 0;
        if (weekday_at(c, k - 2, &flags) < 0) return 0;
        if (k - 2 > c->first && (word_is(c, k - 3, "a") || word_is(c, k - 3, "an"))) return 1;
    }
    return 0;
}

/* Whether token k opens a clause: the sentence's first word, or one after a comma, a colon, a
 * semicolon, a bracket or a quotation mark. */
static int clause_opens(const tctx *c, size_t k)
{
    if (k <= c->first) return 1;
    const cd_token *t = tok(c, k - 1);
    return t->type == TOK_PUNCT && (t->cp == ',' || t->cp == ':' || t->cp == ';' || t->cp == '(' ||
                                    t->cp == '"' || t->cp == 0x201C);
}

/* Whether the paper's name at tokens [k, i] is the subject of a speech verb right after it
 * (data/quote_verbs.tsv kind 1), at the start of its clause: "Scotland on Sunday reported", ", Wales on
 * Sunday said". After another word the place is in a clause of its own: "Police in Scotland on Sunday
 * reported a rise", "England beat Scotland on Sunday". */
static int paper_speaks(const tctx *c, size_t k, size_t i)
{
    const cd_lexrec *r = i + 1 < c->lim ? cd_tok_rec(c->doc, i + 1, LX_QUOTE_VERBS) : NULL;
    return r && r->num == 1 && clause_opens(c, k);
}

/* Whether the weekday at i ends a newspaper's name (data/time_mastheads.tsv), written with
 * capitals: "The Mail on Sunday", "the Independent on Sunday". A name that is also a place's
 * ("Scotland on Sunday") is a paper only after "told", before "newspaper" or as the subject of a
 * speech verb (paper_speaks): "England beat Scotland on Sunday" dates the game. "The Times on Monday
 * said" is no such name: only listed ones are. */
static int masthead_before(const tctx *c, size_t i)
{
    const cd_lexrec *r = NULL;
    if (i < c->first + 2 || !word_is(c, i - 1, "on") || !is_cap(c, i) || !is_cap(c, i - 2) ||
        cd_lex_match(c->doc, i - 2, LX_TIME_MASTHEADS, &r) != 3 || !r)
        return 0;
    if (r->num < 2) return 1;
    return (i - 2 > c->first && word_is(c, i - 3, "told")) || word_is(c, i + 1, "newspaper") ||
           paper_speaks(c, i - 2, i);
}

/* Whether a plan's word of data/time_nearest.tsv and "for" stand right before the weekday at token
 * i, not after "was", "were" or "had": "the hearing is scheduled for Monday", "talks set for Friday"
 * name a day ahead (a plan looks forward); "was scheduled for Monday" may tell of one gone by. */
static int planned_weekday(const tctx *c, size_t i)
{
    if (!plan_for_before(c, i)) return 0;
    if (i < c->first + 3) return 1;
    size_t v = i - 3;
    if (word_is(c, v, "been")) { /* "had been scheduled for" */
        if (v == c->first) return 1;
        v--;
    }
    return !(word_is(c, v, "was") || word_is(c, v, "were") || word_is(c, v, "had"));
}

static int cap_word_of_no_time(const tctx *c, size_t k);
static int sport_near(const tctx *c, size_t i);

/* Whether the word right before the weekday at token i may be a club's first word: a capitalized
 * word of no time, of three letters or more, no preposition and none of data/ent_stopwords.tsv
 * ("Every", "During"). */
static int club_word_before(const tctx *c, size_t i)
{
    size_t k = i - 1;
    return cap_word_of_no_time(c, k) && tok(c, k)->len >= 3 && !has_role(c, k, R_PREP) &&
           !cd_tok_rec(c->doc, k, LX_ENT_STOPWORDS);
}

/* Whether what stands before the club word at token k lets a club's name start there: the sentence
 * start, punctuation, a preposition ("at home to", "between"), "and", "the" or "against". After
 * another word, often a verb, the weekday is the day of the deed told of the name before it
 * ("the coach told Kelby Radio Monday", "Kelby beat Carrow Tuesday"). */
static int club_start_before(const tctx *c, size_t k)
{
    if (k <= c->first || tok(c, k - 1)->type == TOK_PUNCT) return 1;
    size_t p = k - 1;
    return has_role(c, p, R_PREP) || word_is(c, p, "and") || word_is(c, p, "the") || word_is(c, p, "against");
}

/* Whether the weekday at token i is the end of a name, not a day: it follows a capitalized word
 * and that word is a given name inside the sentence ("Tom Friday", a person), or a role noun
 * follows ("Kelby Wednesday manager", "Ashby Sunday striker": a club), or a word of sport
 * stands near it and the name may start where it does (sport_near, club_start_before: "a league
 * draw at home to Dunmore Wednesday", a club). A capitalized
 * word alone is not enough: wire copy puts the day right after a name ("Reagan Friday announced",
 * "talks in London Monday"). Words in capitals (headlines) say nothing of names. */
static int weekday_in_name(const tctx *c, size_t i)
{
    double num;
    if (i < c->first + 1 || !is_cap(c, i - 1) || !is_cap(c, i)) return 0;
    const cd_token *prev = tok(c, i - 1), *day = tok(c, i);
    if (prev->type != TOK_WORD || ((prev->flags | day->flags) & TF_ALLCAPS) || glued(c, i)) return 0;
    if (i - 1 > c->first && cd_tok_rec(c->doc, i - 1, LX_ENT_FIRST_NAMES)) return 1;
    if (club_word_before(c, i) && club_start_before(c, i - 1) && sport_near(c, i)) return 1;
    /* a club's name may open the sentence; "On Friday striker ..." does not make one */
    return i + 1 < c->lim && !is_cap(c, i + 1) && !role_at(c, i - 1, R_PREP, &num) &&
           (cd_tok_rec(c->doc, i + 1, LX_PERSON_NOUNS) || cd_tok_rec(c->doc, i + 1, LX_ENT_TITLES));
}

/* A weekday alone or after last/this/next/past/coming. */
static size_t weekday_expr(const tctx *c, size_t i, match *mt)
{
    double shift = 0;
    int flags;
    size_t k = role_at(c, i, R_SHIFT, &shift);
    int wd = weekday_at(c, i + k, &flags);
    if (wd < 0 || (flags & MF_AMBIGUOUS)) return 0;
    if (!k && i > c->first && (word_is(c, i - 1, "a") || word_is(c, i - 1, "an")))
        return 0; /* any one such day, none named: "held on a Thursday", "on a Saturday morning" */
    if (!k && (any_day_list(c, i) || masthead_before(c, i) || weekday_in_name(c, i))) return 0;
    size_t last = flags & MF_ABBR ? skip_dot(c, i + k + 1) - 1 : i + k;
    long mon = monday_of(c->ref), idx = (wd + 6) % 7, rwd = weekday_of(c->ref), z, week;
    if (!k && (week = week_before(c, i)) >= 0) { /* "next week on Monday or Tuesday", "Mon or Tue" */
        set_day(&mt->w, week + idx);
        mt->w.relative = 1;
        return last + 1 - i;
    }
    if ((flags & MF_ABBR) && last == i + k && !k) return 0; /* a bare "Mon" or "Fri" needs its period */
    if (!k) {
        long back = c->ref - ((rwd - wd + 7) % 7), fwd = c->ref + ((wd - rwd + 7) % 7);
        int tense = 0;
        if (back != fwd) { /* the story date's own weekday is the story date, back or on: no tense to read */
            tense = year_possessive(c, last + 1) ? event_tense(c, i, last)
                    : deferred_until(c, i)       ? 1 /* "the talks were postponed until Thursday" */
                    : planned_weekday(c, i)      ? 1
                                                 : tense_near(c, i, last);
            if (!tense) tense = tense_far_before(c, i);
        }
        z = tense < 0 ? back : tense > 0 ? fwd : (c->ref - back <= fwd - c->ref ? back : fwd);
    } else if (shift == -2) {
        z = c->ref - ((rwd - wd + 6) % 7 + 1);
    } else if (shift == 2) {
        z = c->ref + ((wd - rwd + 6) % 7 + 1);
    } else {
        z = mon + 7 * (long)shift + idx;
    }
    set_day(&mt->w, z);
    mt->w.relative = 1;
    return last + 1 - i;
}

/* A unit word in the plural: "weeks", "years" (after a count written before the shift). */
static int plural_unit(const tctx *c, size_t i)
{
    const cd_token *t = tok(c, i);
    double d;
    return t && role_at(c, i, R_UNIT, &d) == 1 && t->len > 0 && (c->doc->text[cd_tok_stop(t) - 1] | 0x20) == 's';
}

static int unit_days(const tctx *c, size_t i, size_t *n)
{
    double d;
    *n = role_at(c, i, R_UNIT, &d);
    return *n ? (int)d : 0;
}

/* The unit id of a business (working, trading) day in data/time_words.tsv: weekdays only. */
#define U_BUSINESS 5

/* z moved by n business days (Monday to Friday; public holidays are not known): "in four
 * business days" from a Tuesday is the Monday after. */
static long business_days(long z, long n)
{
    long step = n < 0 ? -1 : 1;
    for (long k = n < 0 ? -n : n; k > 0; k--) {
        z += step;
        while (weekday_of(z) == 0 || weekday_of(z) == 6) z += step;
    }
    return z;
}

/* ref moved by count units (days, business days, weeks, months, quarters, years, decades). */
static long move(long ref, int unit, long count)
{
    switch (unit) {
    case 1: return ref + count;
    case U_BUSINESS: return business_days(ref, count);
    case 7: return ref + 7 * count;
    case 14: return ref + 14 * count;
    case 30: return add_months(ref, count);
    case 91: return add_months(ref, 3 * count);
    case 365: return add_months(ref, 12 * count);
    default: return add_months(ref, 120 * count);
    }
}

/* The calendar unit (week, month, quarter, year, decade) that holds z, moved by k units. */
static void calendar_unit(when *w, long z, int unit, long k)
{
    cd_date d = civil(z);
    switch (unit) {
    case 7: w->a = monday_of(z) + 7 * k, w->b = w->a + 6, w->g = G_WEEK, w->range = 0; break;
    case 30: {
        cd_date m = civil(add_months(month_start(d.y, d.m), k));
        set_month(w, m.y, m.m);
        break;
    }
    case 91: {
        long q = month_start(d.y, (d.m - 1) / 3 * 3 + 1);
        long a = add_months(q, 3 * k);
        set_range(w, a, add_months(a, 3) - 1, G_MONTH);
        break;
    }
    case 365: set_year(w, d.y + (int)k); break;
    case U_BUSINESS: set_day(w, business_days(z, k)); break;
    case 3650: {
        int y0 = d.y - d.y % 10 + 10 * (int)k;
        set_range(w, day_number(y0, 1, 1), day_number(y0 + 9, 12, 31), G_YEAR);
        break;
    }
    default: set_day(w, z + k * unit); break;
    }
}

static size_t count_at(const tctx *c, size_t i, long *count)
{
    long v;
    int digits;
    double num;
    if (int_at(c, i, &v, &digits) && digits <= 3) {
        *count = v;
        return 1;
    }
    int big;
    size_t n = spelled_at(c, i, &v, &big);
    if (n && v >= 1) {
        *count = v;
        return n;
    }
    n = role_at(c, i, R_COUNT, &num);
    if (n) *count = (long)num;
    return n;
}

/* More counted units after a counted period, "the last 3 months and 2 weeks", "the next two
 * years, three months": *far moved on by each (dir: -1 back); their token count. None when they
 * end in "ago" or "from now": "for the last 4 months and 3 days ago they found" starts anew. */
static size_t more_units(const tctx *c, size_t k, int dir, long *far)
{
    size_t start = k, cn, un;
    long count, moved = *far;
    double ago;
    for (int parts = 0; parts < 3; parts++) {
        size_t sep = word_is(c, k, "and") || is_punct(c, k, ',');
        int unit = (cn = count_at(c, k + sep, &count)) ? unit_days(c, k + sep + cn, &un) : 0;
        if (!unit || count < 1 || count > 500) break;
        moved = move(moved, unit, dir * count);
        k += sep + cn + un;
    }
    if (k == start || role_at(c, k, R_AGO, &ago)) return 0;
    *far = moved;
    return k - start;
}

/* "last" at token i as a verb, before a count: after "to" or a modal ("is expected to last six
 * weeks", "could last two years"); "in the last six weeks" is a time. */
static int verb_last(const tctx *c, size_t i)
{
    if (i <= c->first || !word_is(c, i, "last")) return 0;
    const cd_token *t = tok(c, i - 1);
    return word_is(c, i - 1, "to") || (t && t->type == TOK_WORD && cd_lex_has(cd_tok_entry(t), LX_TIME_MODALS));
}

/* "last week", "next month", "this year", "the past week" (the 7 days before the story date),
 * "the last 3 months", "next weekend". */
static size_t shifted_unit(const tctx *c, size_t i, match *mt)
{
    double shift;
    long count = 0;
    size_t lead = count_at(c, i, &count); /* "the 3 next weeks", "5 past years" */
    size_t k = role_at(c, i + lead, R_SHIFT, &shift), n;
    if (lead && !plural_unit(c, i + lead + k)) lead = 0, k = role_at(c, i, R_SHIFT, &shift);
    if (!k) return 0;
    size_t j = i + lead + k;
    size_t cn = shift && !lead ? count_at(c, j, &count) : 0;
    if ((cn || lead) && count < 1) return 0;
    if (cn && verb_last(c, i)) return 0;
    int unit = unit_days(c, j + cn, &n);
    if (lead && (!unit || !shift)) return 0;
    if (lead) cn = 1; /* counted */
    /* "the coming months", "the past weeks": a plural unit without a count is a few of them, as in
     * "the next few months" (not one month; and not "the last days of the regime") */
    int few = !cn && shift && unit && plural_unit(c, j) && !word_is(c, j + n, "of");
    if (few) count = 3;
    /* "the last months of 1986", "the last weeks of the war": of that other period, never the
     * story's last month or week */
    if (!cn && shift && unit && plural_unit(c, j) && word_is(c, j + n, "of")) return 0;
    if (word_is(c, j, "weekend")) {
        long sat = monday_of(c->ref) + 5 + 7 * (long)(shift > 0 ? 1 : shift < 0 ? -1 : 0);
        set_range(&mt->w, sat, sat + 1, G_DAY);
        mt->w.relative = 1;
        return j + 1 - i;
    }
    if (!unit || unit == 1) { /* "last day" is no date; "the next 3 days" and "the past day" are */
        if (!(unit == 1 && (cn || few || shift == -2))) return 0;
        if (!cn && !few) { /* "the past day": the day before the story date */
            set_day(&mt->w, c->ref - 1);
            mt->w.relative = 1;
            return j + n - i;
        }
    }
    long span = cn || few ? count : 1;
    if ((unit == 91 || unit == 3650) && (cn || few || shift == 2 || shift == -2)) {
        /* quarters and decades are counted whole: "the last 2 quarters", "the next 3 decades" */
        when first, last;
        calendar_unit(&first, c->ref, unit, shift < 0 ? -span : 1);
        calendar_unit(&last, c->ref, unit, shift < 0 ? -1 : span);
        set_range(&mt->w, first.a, last.b, unit == 91 ? G_MONTH : G_YEAR);
    } else if (cn || few || shift == -2 || unit == 14) { /* "the next fortnight": the 14 days, no calendar unit */
        /* "the next 4 business days" start on the first business day after the story date */
        long next = unit == U_BUSINESS ? move(c->ref, unit, 1) : c->ref + 1;
        long prev = unit == U_BUSINESS ? move(c->ref, unit, -1) : c->ref - 1;
        long far = move(c->ref, unit, shift < 0 ? -span : span);
        size_t more = cn && !lead ? more_units(c, j + cn + n, shift < 0 ? -1 : 1, &far) : 0;
        if (shift < 0) set_range(&mt->w, far, prev, G_DAY);
        else set_range(&mt->w, next, far, G_DAY);
        mt->w.relative = 1;
        return (lead ? j : j + cn) + n + more - i;
    } else {
        calendar_unit(&mt->w, c->ref, unit, shift == 2 ? 1 : (long)shift); /* "the coming week": the next one */
    }
    mt->w.relative = 1;
    return (lead ? j : j + cn) + n - i;
}

/* "this time last year", "this time next week": the story date a unit back or on. */
static size_t this_time(const tctx *c, size_t i, match *mt)
{
    double shift;
    size_t k, n;
    if (!word_is(c, i, "this") || !word_is(c, i + 1, "time") || !(k = role_at(c, i + 2, R_SHIFT, &shift))) return 0;
    int unit = unit_days(c, i + 2 + k, &n);
    if ((shift != 1 && shift != -1) || unit < 7 || unit == 14 || unit > 365 || n != 1) return 0;
    set_day(&mt->w, move(c->ref, unit, (long)shift));
    mt->w.relative = 1;
    return 2 + k + n;
}

/* Whether "after (the) next" or "before (the) last" follows at token j (unit_after_next): returns
 * the token after it and sets *dir to +1 or -1, or returns 0. Not when a time word, a number or a
 * name goes on ("the day after next Tuesday's vote": that is "next Tuesday"). */
static size_t two_steps_at(const tctx *c, size_t j, int *dir)
{
    int after = word_is(c, j, "after");
    if (!after && !word_is(c, j, "before")) return 0;
    size_t k = j + 1 + word_is(c, j + 1, "the");
    if (after ? !word_is(c, k, "next") : !word_is(c, k, "last")) return 0;
    const cd_token *t = tok(c, k + 1);
    const uint64_t goes_on = LXM(LX_TIME_WORDS) | LXM(LX_TIME_MONTHS) | LXM(LX_TIME_WEEKDAYS) | LXM(LX_NUM_WORD);
    if (t && (t->type == TOK_NUM || (t->type == TOK_WORD && (cd_tok_classes(t) & goes_on)))) return 0;
    *dir = after ? 1 : -1;
    return k + 1;
}

/* "the week after next", "the year after the next", "the day after next", "the week before last":
 * two units on or back. */
static size_t unit_after_next(const tctx *c, size_t i, match *mt)
{
    size_t n, j;
    int dir, unit = unit_days(c, i, &n);
    int weekend = word_is(c, i, "weekend");
    if (!unit && !weekend) return 0;
    if (weekend) n = 1;
    if (!(j = two_steps_at(c, i + n, &dir))) return 0;
    if (weekend) {
        long sat = monday_of(c->ref) + 5 + 14 * dir;
        set_range(&mt->w, sat, sat + 1, G_DAY);
    } else if (unit == 1) {
        set_day(&mt->w, c->ref + 2 * dir);
    } else {
        calendar_unit(&mt->w, c->ref, unit, 2 * dir);
    }
    mt->w.relative = 1;
    return j - i;
}

/* "Friday after next", "Monday before last": the weekday two on from the story date (the coming one,
 * then a week more) or two back (the last one before it, then a week less). */
static size_t weekday_two_steps(const tctx *c, size_t i, match *mt)
{
    int flags, dir, wd = weekday_at(c, i, &flags);
    size_t j;
    if (wd < 0 || !(j = two_steps_at(c, i + 1, &dir))) return 0;
    long gap = ((long)wd - weekday_of(c->ref) + 7) % 7;
    if (dir > 0) set_day(&mt->w, c->ref + (gap ? gap : 7) + 7);
    else set_day(&mt->w, c->ref - ((7 - gap) % 7 ? (7 - gap) % 7 : 7) - 7);
    mt->w.relative = 1;
    return j - i;
}

/* "the weekend", "over the weekend", "this weekend", "my weekend": the weekend of the story's week,
 * or the one before it when the verb is past. */
static int prep_before(const tctx *c, size_t i);

static size_t holiday(const tctx *c, size_t i, match *mt, double shift, int shifted);
static void weekend_around(when *w);

/* "my", "your", "our", "his", "her", "its", "their": "my weekend" is the weekend of the story's
 * week; "its 2004 dividend" names a year. */
static int possessive_word(const tctx *c, size_t i)
{
    return word_is(c, i, "my") || word_is(c, i, "your") || word_is(c, i, "our") || word_is(c, i, "his") ||
           word_is(c, i, "her") || word_is(c, i, "its") || word_is(c, i, "their");
}

static size_t weekend_expr(const tctx *c, size_t i, match *mt)
{
    if (!word_is(c, i, "weekend") || i == c->first) return 0;
    if (!(word_is(c, i - 1, "the") || word_is(c, i - 1, "on") || word_is(c, i - 1, "this") || possessive_word(c, i - 1)))
        return 0;
    size_t n;
    if (word_is(c, i + 1, "of") && (n = holiday(c, i + 2, mt, 0, 0))) { /* "the weekend of Halloween" */
        if (mt->w.g == G_DAY && !mt->w.range) weekend_around(&mt->w);
        return n + 2;
    }
    if (noun_follows(c, i + 1)) return 0;
    long sat = monday_of(c->ref) + 5;
    if (sat > c->ref && tense_near(c, i, i) < 0) sat -= 7;
    set_range(&mt->w, sat, sat + 1, G_DAY);
    mt->w.relative = 1;
    return 1;
}

/* "within 5 days", "within the next 3 years": from the story date to the end of the period. */
static size_t within_expr(const tctx *c, size_t i, match *mt)
{
    if (!word_is(c, i, "within")) return 0;
    size_t j = i + 1 + word_is(c, i + 1, "the"), cn, un;
    double shift;
    size_t k = role_at(c, j, R_SHIFT, &shift);
    if (k && shift <= 0) return 0;
    j += k;
    long base = c->ref, count;
    int steps = 0;
    while (steps < 4 && (cn = count_at(c, j, &count)) && count >= 1 && count <= 500) {
        int unit = unit_days(c, j + cn, &un);
        if (!unit) break;
        base = move(base, unit, count);
        j += cn + un;
        steps++;
        if (is_punct(c, j, ',') || word_is(c, j, "and")) {
            long more;
            if (!count_at(c, j + 1, &more)) break;
            j++;
        }
    }
    if (!steps || word_is(c, j, "of")) return 0; /* "within five days of the attack": not the story date */
    set_range(&mt->w, c->ref, base, G_DAY);
    mt->w.relative = 1;
    return j - i;
}

/* "the rest of the year", "the remainder of the week": from the story date to the period's end;
 * "year to date": from its start to the story date. */
static size_t rest_of(const tctx *c, size_t i, match *mt)
{
    size_t n, j;
    int unit;
    if ((unit = unit_days(c, i, &n)) && unit >= 7 && unit <= 365) {
        size_t k = i + n;
        k += is_dash(c, k);
        if (!word_is(c, k, "to")) return 0;
        k += 1 + is_dash(c, k + 1);
        if (!word_is(c, k, "date")) return 0;
        calendar_unit(&mt->w, c->ref, unit, 0);
        set_range(&mt->w, mt->w.a, c->ref, G_DAY);
        mt->w.relative = 1;
        return k + 1 - i;
    }
    if (!word_is(c, i, "rest") && !word_is(c, i, "remainder") && !word_is(c, i, "remaining")) return 0;
    j = i + 1 + word_is(c, i + 1, "of");
    if (word_is(c, j, "the") || word_is(c, j, "this") || word_is(c, j, "my")) j++;
    if (!(unit = unit_days(c, j, &n)) || unit < 7 || unit > 365 || n != 1) return 0;
    calendar_unit(&mt->w, c->ref, unit, 0);
    set_range(&mt->w, c->ref, mt->w.b, G_DAY);
    mt->w.relative = 1;
    return j + 1 - i;
}

/* The weekend nearest to the day in w (a holiday's weekend: Labor Day's the one before it, Good
 * Friday's the one after), as a range Saturday-Sunday. */
static void weekend_around(when *w)
{
    long sat = w->a - (weekday_of(w->a) + 1) % 7; /* the Saturday on or before */
    if (w->a - sat > sat + 7 - w->a) sat += 7;
    set_range(w, sat, sat + 1, G_DAY);
}

static long holiday_in(int y, const cd_lexrec *r)
{
    int v = (int)r->num;
    if (strncmp(r->str, "easter", 6) == 0) return easter_sunday(y) + v;
    if (strncmp(r->str, "orthodox", 8) == 0) return orthodox_easter(y) + v;
    if (strncmp(r->str, "nth", 3) == 0) /* "nth+1": a day after it */
        return nth_weekday(y, v / 100, v / 10 % 10, v % 10) + (r->str[3] == '+' ? atoi(r->str + 4) : 0);
    return day_number(y, v / 100, v % 100);
}

#define LUNAR_MAX 8 /* table days within two years either side of a story date: at most 6 */

/* The days of a holiday of the rule "lunar:T" (table T of data/time_lunar.tsv) from day lo to day
 * hi, ascending, into out (at most LUNAR_MAX); their count. */
static int lunar_days(const cd_lexrec *r, long lo, long hi, long *out)
{
    const char *table = r->str + 6;
    const cd_lexentry *e = cd_lex_lookup(table, strlen(table));
    int n = 0;
    for (uint32_t k = 0; e && k < e->nrec && n < LUNAR_MAX; k++) {
        if (e->recs[k].cls != LX_TIME_LUNAR) continue;
        long v = (long)e->recs[k].num;
        long z = day_number((int)(v / 10000), (int)(v / 100 % 100), (int)(v % 100));
        if (z >= lo && z <= hi) out[n++] = z;
    }
    return n;
}

/* The first and last years of the table of a lunar holiday's rule r, into *lo and *hi. */
static void lunar_years(const cd_lexrec *r, int *lo, int *hi)
{
    const char *table = r->str + 6;
    const cd_lexentry *e = cd_lex_lookup(table, strlen(table));
    *lo = *hi = 0;
    for (uint32_t k = 0; e && k < e->nrec; k++) {
        if (e->recs[k].cls != LX_TIME_LUNAR) continue;
        int y = (int)(e->recs[k].num / 10000);
        if (!*lo || y < *lo) *lo = y;
        if (y > *hi) *hi = y;
    }
}

/* A lunar holiday whose day the table does not hold (a year outside its years, written or near the
 * story date): the expression is read, with no day, so that no other pattern reads a wrong one in
 * its words ("Chinese New Year 1940" is no January 1), and emit says why (undated_finding). */
static size_t lunar_undated(const cd_lexrec *r, int year, match *mt, size_t n)
{
    mt->w.unknown = 1;
    mt->w.relative = !year;
    mt->undated = r;
    mt->undated_year = year;
    return n;
}

/* A holiday of a lunar calendar ("Eid al-Fitr", "Diwali 2016", "last Passover"; eve 1: its eve, the
 * day before), from its table: the one of the year written after it (the first of two), else the
 * one the shift or the tense picks near the story date (some years hold two). Token j is after its
 * name; outside the table's years, no day (lunar_undated). */
static size_t lunar_holiday(const tctx *c, size_t i, size_t j, const cd_lexrec *r, int eve, match *mt,
                            double shift, int shifted)
{
    long cand[LUNAR_MAX];
    int y, n;
    if (year_at(c, j, &y)) {
        if (!lunar_days(r, day_number(y, 1, 1), day_number(y, 12, 31), cand))
            return lunar_undated(r, y, mt, j + 1 - i);
        set_day(&mt->w, cand[0] - eve);
        mt->explicit_year = 1;
        return j + 1 - i;
    }
    n = lunar_days(r, c->ref - 730, c->ref + 730, cand);
    if (!n) return c->has_ref ? lunar_undated(r, 0, mt, j - i) : 0;
    for (int k = 0; k < n; k++) cand[k] -= eve; /* "Eid al-Fitr eve": the day before */
    int tense = shifted ? (shift < 0 ? -1 : shift > 0 ? 1 : 0) : tense_near(c, i, j - 1);
    long z = 0; /* set when pick_among finds one (gcc -O3 cannot tell) */
    if (!pick_among(c->ref, cand, n, tense, &z)) return 0;
    if (shifted && shift < 0 && z == c->ref && !pick_among(c->ref - 1, cand, n, -1, &z)) return 0;
    if (shifted && shift > 0 && z == c->ref && !pick_among(c->ref + 1, cand, n, 1, &z)) return 0;
    set_day(&mt->w, z);
    mt->w.relative = 1;
    mt->annual = !shifted;
    return j - i;
}

/* "Christmas", "Thanksgiving Day", "New Year's Eve", "Mother's Day", "Easter 2016", "Eid al-Fitr". */
/* Whether a holiday of the rule "none" (data/time_holidays.tsv: a calendar's New Year, whose day is
 * not known here) starts at the word before token i and goes on past it: "New Year" in "the Persian
 * New Year" is no January 1. */
static int inside_unknown_holiday(const tctx *c, size_t i)
{
    const cd_lexrec *r = NULL;
    if (i <= c->first || cd_lex_match(c->doc, i - 1, LX_TIME_HOLIDAYS, &r) < 2) return 0;
    return r && r->str && strcmp(r->str, "none") == 0;
}

/* How far from a holiday named alone a "this year", "last year" or "next year" may stand to say its
 * year ("Passover begins on a Monday this year", "Last year, Thanksgiving came early"). */
#define HOLIDAY_YEAR_REACH 12

/* The shift of a year (-1, 0, 1) named at token k: "last year", "this year", "next year" (also
 * before "'s"); 2 at a year in digits (the scan stops there: "Halloween trade in 2009 beat this
 * year's" is told by its tense), 3 if neither. */
static int holiday_year_word(const tctx *c, size_t k)
{
    double shift;
    int y;
    if (year_at(c, k, &y)) return 2;
    size_t n = role_at(c, k, R_SHIFT, &shift);
    if (!n || !(shift == -1 || shift == 0 || shift == 1) || !word_is(c, k + n, "year")) return 3;
    return (int)shift;
}

/* Whether token k ends the clause a holiday's year word is looked for in: a comma, semicolon or
 * colon, or a conjunction of data/claim_phrase_stops.tsv ("sales were weak and expect a rebound
 * next year" says nothing of the holiday's year). A comma before "which" or "who" opens a clause
 * on the holiday's own phrase ("the Easter trade, which comes later this year"). */
static int holiday_year_stop(const tctx *c, size_t k)
{
    const cd_token *t = tok(c, k);
    if (t && t->type == TOK_PUNCT)
        return t->cp == ';' || t->cp == ':' || (t->cp == ',' && !(k + 1 < c->lim && relative_at(c, k + 1)));
    return cd_str_is(cd_tok_role(c->doc, k, LX_CLAIM_PHRASE_STOPS), "conj");
}

/* The shift of the "this year", "last year" or "next year" that opens the sentence before a comma
 * ("This year, Diwali shoppers came early"), else 2. */
static int opening_year_word(const tctx *c)
{
    int w = holiday_year_word(c, c->first);
    return w >= -1 && w <= 1 ? w : 2;
}

/* The year a holiday named alone at tokens [i, j) takes from its sentence: the shift (-1, 0, 1) of
 * the nearest "last year", "this year" or "next year" after it within HOLIDAY_YEAR_REACH tokens
 * ("toy makers expect Christmas orders to peak in October this year"), else before it ("This year,
 * Diwali shoppers came early"); 2 if none, or a year in digits comes first. A story that sets one
 * year's holiday against another's says which it means so; the tense alone reads a past verb
 * before this year's day ("sales were hurt by a late Easter this year") as last year's. */
static int holiday_year_near(const tctx *c, size_t i, size_t j)
{
    for (size_t k = j; k < c->lim && k < j + HOLIDAY_YEAR_REACH && !holiday_year_stop(c, k); k++) {
        int w = holiday_year_word(c, k);
        if (w != 3) return w;
    }
    for (size_t k = i; k > c->first && k + HOLIDAY_YEAR_REACH > i; k--) {
        if (holiday_year_stop(c, k - 1)) return k - 1 == c->first + 2 ? opening_year_word(c) : 2;
        int w = holiday_year_word(c, k - 1);
        if (w != 3) return w;
    }
    return 2;
}

static size_t holiday(const tctx *c, size_t i, match *mt, double shift, int shifted)
{
    const cd_lexrec *r = NULL;
    size_t n = cd_lex_match(c->doc, i, LX_TIME_HOLIDAYS, &r);
    if (!n || !r || !r->str || i + n > c->lim) return 0;
    if (strcmp(r->str, "none") == 0 || inside_unknown_holiday(c, i)) return 0; /* "the Persian New Year" */
    size_t j = i + n;
    int poss = word_is(c, j, "’s") || word_is(c, j, "'s");
    if (strchr(r->str, '\'') && !(poss && word_is(c, j + 1, "day"))) return 0;
    if (poss) j++;
    int eve = 0, named = 1; /* followed by "Day" or "Eve" */
    if (word_is(c, j, "day")) j++;
    else if (word_is(c, j, "eve")) j++, eve = 1;
    else named = 0;
    /* "a new year", but "new year's day", and "before new year" (no article after a preposition) */
    if (strchr(r->str, '^') && !is_cap(c, i) && !named && !prep_before(c, i))
        return 0;
    if (strncmp(r->str, "lunar:", 6) == 0) return lunar_holiday(c, i, j, r, eve, mt, shift, shifted);
    int y, weekend = !eve && word_is(c, j, "weekend"); /* "Labor Day weekend", "Easter 2016 weekend" */
    j += weekend;
    if (year_at(c, j, &y)) {
        j++;
        if (!eve && !weekend && word_is(c, j, "weekend")) j++, weekend = 1;
        set_day(&mt->w, holiday_in(y, r) - eve);
        mt->explicit_year = 1;
        if (weekend) weekend_around(&mt->w);
        return j - i;
    }
    int ry = c->ref_date.y;
    long cand[3];
    for (int k = 0; k < 3; k++) cand[k] = holiday_in(ry - 1 + k, r) - eve;
    int near = shifted ? 2 : holiday_year_near(c, i, j);
    int tense = shifted ? (shift < 0 ? -1 : shift > 0 ? 1 : 0) : near != 2 ? 0 : tense_near(c, i, j - 1);
    long z = near != 2 ? cand[near + 1] : pick_by_tense(c->ref, cand, tense);
    if (shifted && shift == 0) z = cand[1];
    if (shifted && shift < 0 && z >= c->ref) z = cand[0];
    if (shifted && shift > 0 && z <= c->ref) z = cand[2];
    set_day(&mt->w, z);
    mt->w.relative = 1;
    mt->annual = !shifted;
    if (weekend) weekend_around(&mt->w);
    return j - i;
}

/* A season at token i (data/time_seasons.tsv): its first month, 0 if none; "fall" only when
 * shifted_ok. */
static int season_at(const tctx *c, size_t i, int shifted_ok)
{
    const cd_token *t = tok(c, i);
    const cd_lexrec *r = t && t->type == TOK_WORD ? cd_lex_rec(cd_tok_entry(t), LX_TIME_SEASONS) : NULL;
    return r && (shifted_ok || !r->str) ? (int)r->num : 0;
}

/* The season that starts in month m of year y: three months (a winter ends in the next year). */
static void set_season(when *w, int y, int m)
{
    long a = month_start(y, m);
    cd_date e = civil(add_months(a, 2));
    set_range(w, a, month_end(e.y, e.m), G_MONTH);
}

/* Of the seasons that start in month m, the one meant (into w). 0: the one of the story's year (a
 * winter: the one around the story date, else the one that starts in its December). After "last"
 * or "next" (shifted), dir < 0 the last one over before the story date, dir > 0 the first one to
 * start after it; by the tense alone, dir < 0 the last one begun, dir > 0 the first one not over. */
static void season_near(const tctx *c, when *w, int m, int dir, int shifted)
{
    cd_date r = c->ref_date;
    int y = m == 12 && r.m <= 2 ? r.y - 1 : r.y;
    set_season(w, y, m);
    if (dir < 0 && (shifted ? w->b >= c->ref : w->a > c->ref)) set_season(w, y - 1, m);
    if (dir > 0 && (shifted ? w->a <= c->ref : w->b < c->ref)) set_season(w, y + 1, m);
    w->relative = 1;
}

/* "the summer", "in the autumn", "summer 2004", "the winter of 2010", "fall 2016": a season; without
 * a year, the tense says which (not "the summer of love", "the Winter Olympics", "summer sales"). */
static size_t season_expr(const tctx *c, size_t i, match *mt)
{
    int m = season_at(c, i, 1), y;
    if (!m) return 0;
    size_t e = word_is(c, i + 1, "of") ? i + 2 : i + 1, ny = year_after(c, e, &y); /* not "a fall in 2005" */
    if (ny) {
        set_season(&mt->w, y, m);
        mt->explicit_year = 1;
        return e + ny - i;
    }
    if (!season_at(c, i, 0) || i == c->first || !(word_is(c, i - 1, "the") || has_role(c, i - 1, R_PART)))
        return 0; /* "the summer", "late summer" */
    if (noun_follows(c, i + 1) || is_cap(c, i + 1) || word_is(c, i + 1, "of")) return 0;
    season_near(c, &mt->w, m, tense_near(c, i, i), 0);
    return 1;
}

/* "last May", "next March", "this December", "last Christmas", "last summer" (the last one over). */
static size_t shifted_name(const tctx *c, size_t i, match *mt)
{
    double shift;
    size_t k = role_at(c, i, R_SHIFT, &shift);
    if (!k) return 0;
    int flags, m = month_at(c, i + k, &flags);
    if (!m) m = month_at_loose(c, i + k, &flags); /* "last sept": after a shift, an abbreviation is one */
    int season = m ? 0 : season_at(c, i + k, 1);
    if (season && is_cap(c, i) && i > c->first) return 0; /* a title: "Suddenly Last Summer" */
    if (season) {
        season_near(c, &mt->w, season, shift < 0 ? -1 : shift > 0 ? 1 : 0, 1);
        return k + 1;
    }
    if (!m) {
        size_t n = holiday(c, i + k, mt, shift, 1);
        return n ? k + n : 0;
    }
    cd_date r = c->ref_date;
    int y = r.y;
    if (shift < 0 && m >= r.m) y--;
    if (shift > 0 && m <= r.m) y++;
    set_month(&mt->w, y, m);
    mt->w.relative = 1;
    return k + 1;
}

static size_t simple_expr(const tctx *c, size_t i, match *mt);

/* "'s time", "' time", "time" after a duration ("in three weeks' time"): its token count, or 0. */
static size_t in_time(const tctx *c, size_t j)
{
    size_t k = j;
    if (word_is(c, k, "'s") || word_is(c, k, "’s") || ((is_punct(c, k, '\'') || is_punct(c, k, 0x2019)) && glued(c, k)))
        k++;
    return word_is(c, k, "time") ? k + 1 - j : 0;
}

/* The day of weekday wd nearest to day z (at most 3 days away). */
static long nearest_weekday(long z, int wd)
{
    int ahead = (wd - weekday_of(z) + 7) % 7;
    return ahead <= 3 ? z + ahead : z + ahead - 7;
}

/* "on Friday" (not "on Friday's"): its token count, the weekday into *wd; 0 if none. */
static size_t on_weekday(const tctx *c, size_t j, int *wd)
{
    int flags;
    if (!word_is(c, j, "on") || (*wd = weekday_at(c, j + 1, &flags)) < 0 || (flags & MF_AMBIGUOUS)) return 0;
    size_t e = flags & MF_ABBR ? skip_dot(c, j + 2) : j + 2;
    return word_is(c, e, "'s") || word_is(c, e, "’s") ? 0 : e - j;
}

static int range_connector(const tctx *c, size_t j, int between);

/* Before a duration, what makes it a period rather than a day: "for" (1: "for 3 days from today",
 * the three days from today), "less than" (-1: "less than 2 weeks from today", up to the day
 * reached); 0 none. */
static int period_before(const tctx *c, size_t i)
{
    if (i > c->first && word_is(c, i - 1, "for")) return 1;
    return i >= c->first + 2 && word_is(c, i - 1, "than") && word_is(c, i - 2, "less") ? -1 : 0;
}

/* "two Sundays from now", "3 Fridays ago": the nth of that weekday after (before) the story date. */
static size_t counted_weekdays(const tctx *c, size_t i, match *mt)
{
    long count;
    double dir;
    size_t cn = count_at(c, i, &count), an;
    int wd = cn ? weekdays_at(c, i + cn) : -1;
    if (wd < 0 || count < 1 || count > 52 || !(an = role_at(c, i + cn + 1, R_AGO, &dir))) return 0;
    int rwd = weekday_of(c->ref);
    long first = dir > 0 ? c->ref + ((wd - rwd + 6) % 7 + 1) : c->ref - ((rwd - wd + 6) % 7 + 1);
    set_day(&mt->w, first + (dir > 0 ? 7 : -7) * (count - 1));
    mt->w.relative = 1;
    return cn + 1 + an;
}

/* "two weeks ago", "1 month and 21 days ago", "three weeks from tomorrow", "in 3 days" (future
 * tense only: "the highest in three years" is no date). A weekday after it names the day of that
 * weekday nearest the day the count reaches: "in 3 days on Friday", "3 weeks after Christmas on
 * Friday". */
/* The size of a unit, to tell a period in parts from a list of periods (a business day is a day). */
static int unit_size(int unit)
{
    return unit == U_BUSINESS ? 1 : unit;
}

/* The counted unit ("2 weeks") at token i: its unit and, in *n, its token count; 0 if none. */
static int counted_unit(const tctx *c, size_t i, long *count, size_t *n)
{
    size_t cn = count_at(c, i, count), un;
    int unit = cn ? unit_days(c, i + cn, &un) : 0;
    if (!unit || *count < 1 || *count > 500) return 0;
    *n = cn + un;
    return unit;
}

#define LIST_PARTS 4 /* the counted units of a list read at most */

/* The tokens joining two parts of a period or a list at token j: ",", "and", ", and"; 0 none. */
static size_t list_sep(const tctx *c, size_t j)
{
    if (word_is(c, j, "and")) return 1;
    if (!is_punct(c, j, ',')) return 0;
    return word_is(c, j + 1, "and") ? 2 : 1;
}

/* Where a list of counted units that goes on at token j ends ("a year and two months ago": at
 * "and"): the token after its last unit. */
static size_t list_end(const tctx *c, size_t j)
{
    long count;
    size_t n;
    for (int parts = 0; parts < LIST_PARTS; parts++) {
        size_t sep = list_sep(c, j);
        if (!sep || !counted_unit(c, j + sep, &count, &n)) break;
        j += sep + n;
    }
    return j;
}

/* Whether token i follows a counted unit already read as a time, with ",", "and" or ", and" between: a
 * part of a list of periods ("a week, a year and two months ago": at "a year"). */
static int list_member(const tctx *c, size_t i)
{
    size_t un;
    if (i < c->first + 2 || !(word_is(c, i - 1, "and") || is_punct(c, i - 1, ','))) return 0;
    size_t u = i - 2 > c->first && word_is(c, i - 1, "and") && is_punct(c, i - 2, ',') ? i - 3 : i - 2;
    return (c->doc->toks[u].flags & TF_TIME) && unit_days(c, u, &un) && un == 1;
}

#define RANK_NEAR 4   /* words before "in" where "the first ... in 11 years" may stand */
#define RANK_WINDOW 8 /* and further within its noun phrase: "a second visit to the Stadium in three years" */

/* Whether a superlative, an ordinal or a record (data/compare_words.tsv) stands within RANK_NEAR
 * words before token p ("in"), or within RANK_WINDOW where no verb stands between: "for the first
 * time in 11 years", "their biggest win in three years", "a record in two years", "a second trip to
 * the National Arena in four years" rank against the years before the story date, whatever the
 * tense ("they will travel to Paris ... for the first time in 11 years" is no day 11 years on). */
static int ranked_before(const tctx *c, size_t p)
{
    int verb_between = 0; /* a verb or a clause break: beyond RANK_NEAR words the phrase has ended */
    for (size_t d = 1; d <= RANK_WINDOW && p >= c->first + d; d++) {
        if (d > RANK_NEAR && verb_between) return 0; /* "The first phase will be completed in two years" */
        verb_between |= tense_at(c, p - d, 0) || clause_break(c, p - d);
        const cd_lexrec *r = cd_tok_rec(c->doc, p - d, LX_COMPARE_WORDS);
        if (r && r->str && (strcmp(r->str, "superlative") == 0 || strcmp(r->str, "most") == 0 ||
                            strcmp(r->str, "ordinal") == 0 || strcmp(r->str, "record") == 0))
            return 1;
    }
    return 0;
}

/* The words at token j that count a duration from a date after them: "from", or a turn of
 * cd_time_turn ("after", "before", "ahead of", "prior to"): their token count (the direction into
 * *dir), or 0. */
static size_t turn_at(const tctx *c, size_t j, double *dir)
{
    if (word_is(c, j, "from")) {
        *dir = 1;
        return 1;
    }
    int d;
    size_t n = cd_time_turn(c->doc, j, c->lim, &d);
    *dir = d;
    return n;
}

/* An event of data/time_events.tsv and its date at token p, after a duration and its turn word
 * (turn_at): "the vote next week", "the summit on Friday" (the event, perhaps "on" or "in", then the
 * date: those tokens into *lead), "the 14 May summit" ("the" into *lead, the event right after the
 * date into *tail). The date into mt: its token count, or 0. */
static size_t event_anchor(const tctx *c, size_t p, match *mt, size_t *lead, size_t *tail)
{
    if (!word_is(c, p, "the")) return 0;
    size_t n;
    if (event_code(c, p + 1)) {
        *lead = 2 + (word_is(c, p + 2, "on") || word_is(c, p + 2, "in"));
        return simple_expr(c, p + *lead, mt);
    }
    if ((n = simple_expr(c, p + 1, mt)) && event_code(c, p + 1 + n)) {
        *lead = 1;
        *tail = 1;
        return n;
    }
    return 0;
}

/* Whether token j joins the two counts of a span ("10-15", "10 to 15", "two or three"): a dash,
 * "to" or "or"; the connector is one token. */
static int span_connector(const tctx *c, size_t j)
{
    return is_dash(c, j) || word_is(c, j, "to") || word_is(c, j, "or");
}

/* "10-15 years ago", "two or three years ago", "5 to 7 months from now": a count, a connector and a
 * counted unit read back (or on) by "ago" is a span between the two days its counts reach, not the
 * day of the second count alone. The first count must be the smaller ("5-2 years ago" is no span).
 * After "between" (between_ago) the connector is "and" and no other. */
static size_t span_counts_ago(const tctx *c, size_t i, int between, match *mt)
{
    long lo, hi;
    double dir;
    size_t cn = count_at(c, i, &lo), sn, un, an;
    if (!cn || lo < 1 || !(between ? word_is(c, i + cn, "and") : span_connector(c, i + cn))) return 0;
    sn = 1;
    int unit = counted_unit(c, i + cn + sn, &hi, &un);
    if (!unit || hi <= lo || !(an = role_at(c, i + cn + sn + un, R_AGO, &dir))) return 0;
    long near = move(c->ref, unit, (long)dir * lo), far = move(c->ref, unit, (long)dir * hi);
    set_day(&mt->w, near < far ? near : far);
    mt->w.b = near < far ? far : near;
    mt->w.range = 1;
    mt->w.relative = 1;
    return cn + sn + un + an;
}

static size_t span_ago(const tctx *c, size_t i, match *mt)
{
    return span_counts_ago(c, i, 0, mt);
}

/* "between 10 and 15 years ago", "between two and three weeks from now": the span of span_ago,
 * its counts joined by "and" after "between" (a range word: top_expr tries it at the top level). */
static size_t between_ago(const tctx *c, size_t i, match *mt)
{
    if (!word_is(c, i, "between")) return 0;
    size_t n = span_counts_ago(c, i + 1, 1, mt);
    return n ? n + 1 : 0;
}

/* Whether a span of span_ago may start at a count whose next token is j: "or" is no word after a
 * number that any other pattern reads (number_leads, spelled_leads). */
static int span_leads(const tctx *c, size_t j)
{
    long count;
    size_t n;
    return word_is(c, j, "or") && counted_unit(c, j + 1, &count, &n);
}

static size_t duration_expr(const tctx *c, size_t i, match *mt)
{
    long moves[4][2];
    /* counted_weekdays, span_ago and counted_unit each read a count at i first, and return 0
     * without one: most starts asked here have none ("the", "this", "week") */
    if (!count_at(c, i, &(long){0})) return 0;
    int nm = 0, list = 0, member = list_member(c, i);
    size_t j = counted_weekdays(c, i, mt), first_end = i;
    if (j) return j;
    if ((j = span_ago(c, i, mt))) return j;
    j = i;
    while (nm < 4) {
        long count;
        size_t n;
        int unit = counted_unit(c, j, &count, &n);
        if (!unit) break;
        moves[nm][0] = unit;
        moves[nm][1] = count;
        nm++;
        j += n;
        if (nm == 1) first_end = j;
        /* the next part: "2 years 1 month 21 days ago", "1 month, 21 days", "2 weeks and 2 days".
         * A period in parts runs from the largest unit down; units in another order joined by
         * "," or "and" make a list, each part a time of its own: "a week, a year and two months
         * ago" are three days. */
        size_t sep = list_sep(c, j), nn;
        int next = counted_unit(c, j + sep, &count, &nn);
        if (!next) break;
        if (member || (sep && unit_size(next) >= unit_size(unit))) { /* "1 month 2 years ago" is one */
            list = 1;
            break;
        }
        j += sep;
    }
    if (!nm) return 0;
    double dir;
    if (list) { /* the first part alone, moved as the list's end says: "ago", "later" */
        if (!role_at(c, list_end(c, j), R_AGO, &dir)) return 0;
        set_day(&mt->w, move(c->ref, (int)moves[0][0], (long)dir * moves[0][1]));
        mt->w.relative = 1;
        return first_end - i;
    }
    size_t an = role_at(c, j, R_AGO, &dir);
    long base = c->ref, base_b = 0; /* base_b: the last day of an event's period (event_anchor) */
    int relative = 1;
    size_t end = j + an, turn = an ? 0 : turn_at(c, j, &dir);
    if (turn && c->depth == 0) {
        tctx inner = *c;
        inner.depth = 1;
        match sub;
        memset(&sub, 0, sizeof sub);
        size_t at = j + turn, sn = simple_expr(&inner, at, &sub), lead = 0, tail = 0;
        if (!sn && (sn = event_anchor(&inner, at, &sub, &lead, &tail))) at += lead;
        if (!sn || sub.w.noyear || sub.w.unknown) return 0;
        int event = lead || tail || year_possessive(c, at + sn);
        if ((turn > 1 || event) && i > c->first && (word_is(c, i - 1, "than") || word_is(c, i - 1, "in")))
            return 0; /* a ranking's period: "its best in over a year ahead of next week's vote" */
        if (event && sub.w.b > sub.w.a) base_b = sub.w.b; /* "the vote next week": some day of it */
        if ((sub.annual || sub.w.inferred) && sub.w.g == G_DAY && !sub.w.range) {
            /* the tense places the day reached, not the holiday or date it is counted from: "we will
             * meet 2 weeks after Christmas" in a story of January 3 is January 8, not next year's.
             * So its year is read against the story date moved back by the count. */
            tctx back = inner;
            back.depth = 2; /* past the memo of depth-1 answers, which hold the story date's reading */
            long ref = back.ref;
            for (int k = nm - 1; k >= 0; k--) ref = move(ref, (int)moves[k][0], -(long)dir * moves[k][1]);
            set_ref(&back, ref);
            match again;
            if (simple_expr(&back, at, &again) == sn && again.w.g == G_DAY && !again.w.range) sub.w = again.w;
        }
        base = sub.w.a;
        relative = sub.w.relative;
        end = at + sn + tail;
        if (word_is(c, j, "from") && range_connector(c, end, 0))
            return 0; /* "the five months from 4 August to 23 December": the range says it */
    } else if (!an) {
        size_t own = in_time(c, j); /* "in a fortnight's time": ahead, whatever the tense */
        if (!(i > c->first && word_is(c, i - 1, "in") && (own || tense_near(c, i - 1, j - 1) > 0))) return 0;
        if (!own && ranked_before(c, i - 1)) return 0;
        dir = 1;
        end = j + own;
    }
    long anchor = base;
    for (int k = 0; k < nm; k++) base = move(base, (int)moves[k][0], (long)dir * moves[k][1]);
    mt->w.relative = relative;
    int period = period_before(c, i);
    if (base_b && !period) { /* the event's period moved: any day of it may be the event's */
        for (int k = 0; k < nm; k++) base_b = move(base_b, (int)moves[k][0], (long)dir * moves[k][1]);
        set_range(&mt->w, base, base_b, G_DAY);
        return end - i;
    }
    if (period) { /* the days between the anchor and the day reached; "for" counts the anchor in */
        int whole = period > 0;
        if (dir > 0) set_range(&mt->w, anchor, base - whole, G_DAY);
        else set_range(&mt->w, base, anchor - whole, G_DAY);
        return end - i;
    }
    int wd;
    size_t on = on_weekday(c, end, &wd);
    set_day(&mt->w, on ? nearest_weekday(base, wd) : base);
    return end + on - i;
}

/* The decade that holds the story's year or lies before it: "the '70s" in a 2017 story are the
 * 1970s, "the 20s" in 2023 the 2020s. */
static int decade_of(const tctx *c, int two_digits)
{
    int ref = c->has_ref ? c->ref_date.y : 1999;
    int y = ref - ref % 100 + two_digits;
    return y > ref ? y - 100 : y;
}

static void set_years(when *w, int y0, int y1)
{
    set_range(w, day_number(y0, 1, 1), day_number(y1, 12, 31), G_YEAR);
}

/* A preposition right before a decade in words ("in nineties", "during sixties"): no possessive
 * between ("in his sixties" is an age). */
static int decade_prep(const tctx *c, size_t i)
{
    if (i <= c->first) return 0;
    return word_is(c, i - 1, "in") || word_is(c, i - 1, "during") || word_is(c, i - 1, "since") ||
           word_is(c, i - 1, "throughout");
}

/* Decades: "the 1990s", "the 1970's", "the '70s", "70's", "the seventies", "the nineteen
 * seventies", "the twenty-tens". */
#define READINGS_NOUN 1   /* data/num_weather.tsv: a noun of readings ("temperatures", "highs") */
#define LEVEL_WORD 1      /* data/time_levels.tsv: a word of a level traded ("stock", "trade") */
#define LEVEL_ADJECTIVE 2 /* data/time_levels.tsv: "high", "low" right before a decade: a level */
#define LEVEL_PREP 3      /* data/time_levels.tsv: "in", "into" before "the" and a decade of a level */
#define HAS_READINGS 1    /* sentence_readings: the sentence holds a noun of readings */
#define HAS_LEVELS 2      /* sentence_readings: the sentence holds a word of a level traded */

/* Whether a unit of degrees stands at token k: "F" (capital), "fahrenheit", "celsius", "degrees". */
static int degrees_at(const tctx *c, size_t k)
{
    return (word_is(c, k, "f") && is_cap(c, k)) || word_is(c, k, "fahrenheit") || word_is(c, k, "celsius") ||
           word_is(c, k, "degrees");
}

/* Whether the sentence holds a noun of readings (data/num_weather.tsv, READINGS_NOUN: HAS_READINGS)
 * or a word of a level traded (data/time_levels.tsv, LEVEL_WORD: HAS_LEVELS): read once a sentence
 * into *tctx.readings, not at each decade (a sentence of many decades stays linear). */
static int readings_in_sentence(const tctx *c)
{
    int has = 0;
    for (size_t k = c->first; k < c->lim; k++) {
        if (c->doc->toks[k].type != TOK_WORD) continue;
        const cd_lexrec *r = cd_tok_rec(c->doc, k, LX_NUM_WEATHER), *level = cd_tok_rec(c->doc, k, LX_TIME_LEVELS);
        if (r && r->num == READINGS_NOUN) has |= HAS_READINGS;
        if (level && level->num == LEVEL_WORD) has |= HAS_LEVELS;
    }
    return has;
}

/* readings_in_sentence, read at the sentence's first two-digit decade only: most sentences have
 * none, and a walk of every sentence cost 0.7% of the analysis. */
static int sentence_readings(const tctx *c)
{
    if (*c->readings < 0) *c->readings = readings_in_sentence(c);
    return *c->readings;
}

/* The token before the decade at token i, past "the" and a part ("since the 80s", "during the
 * mid-70s", "of the early 90s"), or c->lim if there is none in the sentence. */
static size_t decade_lead(const tctx *c, size_t i)
{
    size_t k = i;
    if (k > c->first + 1 && is_dash(c, k - 1) && has_role(c, k - 2, R_PART)) k -= 2; /* "mid-" */
    else if (k > c->first && has_role(c, k - 1, R_PART)) k--;
    if (k > c->first && word_is(c, k - 1, "the")) k--;
    return k > c->first ? k - 1 : c->lim;
}

/* Whether a preposition of time alone stands before the decade at token i (decade_lead: "since the
 * 80s", "during the mid-70s", "until the early 90s"): there a noun of readings in the sentence does
 * not make the decade a temperature ("rates hit highs unseen since the 80s"). */
static int time_prep_before(const tctx *c, size_t i)
{
    size_t k = decade_lead(c, i);
    return word_is(c, k, "since") || word_is(c, k, "during") || word_is(c, k, "throughout") ||
           word_is(c, k, "until") || word_is(c, k, "till");
}

/* Whether a preposition of a level (data/time_levels.tsv, LEVEL_PREP) and "the" stand before the
 * decade at token i, past a part ("in the mid-40's", "into the 50s"): a word of a level traded in
 * the sentence makes only such a decade a price. Not after "of" ("the share boom of the 80s"), at
 * the head of the sentence ("The 50s saw a stock boom") or with no "the" ("70's songs at the trade
 * fair"). */
static int level_prep_before(const tctx *c, size_t i)
{
    size_t k = decade_lead(c, i);
    if (k >= c->lim || !word_is(c, k + 1, "the") || tok(c, k)->type != TOK_WORD) return 0;
    const cd_lexrec *r = cd_tok_rec(c->doc, k, LX_TIME_LEVELS);
    return r && r->num == LEVEL_PREP;
}

/* Whether an adjective of a level (data/time_levels.tsv, LEVEL_ADJECTIVE) stands right before the
 * decade at token i, or a dash glued to one: "in the high 60's", "the low-30's". */
static int level_adjective_before(const tctx *c, size_t i)
{
    if (i <= c->first) return 0;
    size_t k = i - 1;
    if (is_dash(c, k) && glued(c, k) && glued(c, i) && k > c->first) k--; /* "high-60's" */
    const cd_lexrec *r = tok(c, k)->type == TOK_WORD ? cd_tok_rec(c->doc, k, LX_TIME_LEVELS) : NULL;
    return r && r->num == LEVEL_ADJECTIVE;
}

/* Whether a decade in two digits at tokens [i, end) is no time: a temperature, before a unit of
 * degrees ("lows in the 90s F") or in a sentence with a noun of readings ("temperatures near the
 * 10s"), or a price in a sentence with a word of a level traded after a preposition of a level
 * (level_prep_before: "the stock may trade in the mid-40's"), but after a preposition of time alone
 * (time_prep_before); a level after an adjective of one ("in the high 60's",
 * level_adjective_before); or, written "70's" with no "the" right before it (bare), an age after
 * a possessive ("in her 80's", "their early 30's") or a name's number after a capitalized word that
 * is no stopword, or after a dash glued to one ("Live Pact 30's tour", "the RX-70's"), but for a capitalized word
 * after it (a title: "Lantern 60's Look"). A verb before it leaves a decade ("playing 70's songs"). */
static int decade_no_time(const tctx *c, size_t i, size_t end, int bare)
{
    int has = sentence_readings(c);
    if (has == HAS_LEVELS && !level_prep_before(c, i)) has = 0;
    if (degrees_at(c, end) || (has && !time_prep_before(c, i)) || level_adjective_before(c, i)) return 1;
    if (!bare || i <= c->first + 1) return 0;
    size_t k = i - 1;
    if (is_dash(c, k) && glued(c, k) && glued(c, i)) k--; /* "RX-70's"; "mid-30's" is a decade */
    else if (has_role(c, k, R_PART)) k--;                 /* "early 30's" */
    const cd_lexrec *own = cd_tok_rec(c->doc, k, LX_CLAIM_DETERMINERS);
    if (own && own->num == 1) return 1; /* "his", "her", "their" */
    return tok(c, k)->type == TOK_WORD && is_cap(c, k) && !cd_tok_rec(c->doc, k, LX_ENT_STOPWORDS) && !is_cap(c, end);
}

static size_t decade_expr(const tctx *c, size_t i, match *mt)
{
    long v;
    int dg, big;
    double num;
    int apos = (is_punct(c, i, '\'') || is_punct(c, i, 0x2019)) && glued(c, i + 1);
    size_t j = apos ? i + 1 : i;
    if (int_at(c, j, &v, &dg) && (dg == 4 || dg == 2) && v % 10 == 0 && !(apos && dg == 4)) {
        int quoted = (is_punct(c, j + 1, '\'') || is_punct(c, j + 1, 0x2019)) && glued(c, j + 1);
        size_t k = quoted ? j + 2 : j + 1;
        if (!word_is(c, k, "s") || !glued(c, k)) return 0;
        /* two digits: "the 70s", "'70s", "70's" (not "70s" alone: "in his 70s") */
        int the = i > c->first && word_is(c, i - 1, "the");
        if (dg == 2 && !(apos || quoted || the)) return 0;
        if (dg == 2 && !apos && decade_no_time(c, i, k + 1, !the)) return 0;
        int y = dg == 4 ? (int)v : decade_of(c, (int)v);
        if (y < 1000 || y > 2190) return 0;
        set_years(&mt->w, y, y + 9);
        mt->w.relative = dg == 2;
        return k + 1 - i;
    }
    size_t n = spelled_at(c, i, &v, &big);
    int the = i > c->first && word_is(c, i - 1, "the");
    if (n == 1 && the && v == 2 && word_is(c, i + 1, "thousands") && !word_is(c, i + 2, "of")) {
        set_years(&mt->w, 2000, 2009); /* "the two thousands", as "the 2000s" */
        return 2;
    }
    /* a century before the decade: "nineteen seventies", "two thousand and tens" */
    if (n && (big ? v % 100 != 0 || v < 1000 || v > 2100 : v < 10 || v > 20)) return 0;
    size_t and = n && big && word_is(c, i + n, "and");
    size_t dash = n && is_dash(c, i + n) && glued(c, i + n) && glued(c, i + n + 1); /* "the twenty-tens" */
    if (!role_at(c, i + n + and + dash, R_DECADE, &num)) return 0;
    /* "in the sixties", "in nineties", not "in his sixties" */
    if (!n && !(the || decade_prep(c, i))) return 0;
    if (!n && num == 10) return 0; /* "the tens of thousands": "tens" only after a century */
    int y = n ? (int)(big ? v + num : v * 100 + num) : num == 0 ? 2000 : decade_of(c, (int)num);
    set_years(&mt->w, y, y + 9);
    mt->w.relative = n == 0 && num != 0;
    return n + and + dash + 1;
}

/* "the 21st century", "the nineteenth century". */
static size_t century_expr(const tctx *c, size_t i, match *mt)
{
    long v;
    int dg;
    double num;
    size_t n;
    if (int_at(c, i, &v, &dg) && dg <= 2 && ordinal_suffix(c, i + 1)) n = 2;
    else if ((n = role_at(c, i, R_ORDINAL, &num)) && num >= 1) v = (long)num;
    else return 0;
    if (!word_is(c, i + n, "century") || v < 1 || v > 22) return 0;
    set_years(&mt->w, (int)(v - 1) * 100 + (v == 1), (int)v * 100 - 1);
    if (v > 1) set_years(&mt->w, (int)(v - 1) * 100, (int)(v - 1) * 100 + 99);
    return n + 1;
}

/* A half named in words with its year, "first half of 2016", "second half of next year": returns its
 * length from i and sets *h and *y, or 0. Only with a year named: a bare "the first half" is as often a
 * match's or a session's as a year's. */
static size_t half_in_words(const tctx *c, size_t i, long *h, int *y)
{
    double num;
    size_t k = role_at(c, i, R_ORDINAL, &num), n;
    if (!k || (num != 1 && num != 2) || !word_is(c, i + k, "half") || !word_is(c, i + k + 1, "of")) return 0;
    size_t e = i + k + 2;
    *h = (long)num;
    if ((n = year_span(c, e, y))) return e + n - i;
    n = role_at(c, e, R_SHIFT, &num); /* "of last year", "of this year", "of next year" */
    if (!n || (num != -1 && num != 0 && num != 1) || !word_is(c, e + n, "year")) return 0;
    *y = c->ref_date.y + (int)num;
    return e + n + 1 - i;
}

/* Half years: "H1 2016", "2016 H2", "2016H2", "2019-H2", "the first half of 2016". */
static size_t half_expr(const tctx *c, size_t i, match *mt)
{
    long h;
    int dg, y;
    size_t j;
    if ((j = half_in_words(c, i, &h, &y))) {
        j += i;
        mt->w.relative = !int_at_digits(c, j - 1);
    } else if (word_is(c, i, "h") && glued(c, i + 1) && int_at(c, i + 1, &h, &dg) && (h == 1 || h == 2) &&
        year_at(c, i + 2, &y)) {
        j = i + 3;
    } else if (year_at(c, i, &y)) {
        j = is_dash(c, i + 1) && glued(c, i + 1) ? i + 2 : i + 1;
        if (!word_is(c, j, "h") || !glued(c, j + 1) || !int_at(c, j + 1, &h, &dg) || (h != 1 && h != 2)) return 0;
        j += 2;
    } else {
        return 0;
    }
    set_range(&mt->w, month_start(y, (int)h * 6 - 5), month_end(y, (int)h * 6), G_MONTH);
    return j - i;
}

/* Calendar years: "CY2008", "CY 2008", "cy18" (two digits only glued to it). */
static size_t calendar_year(const tctx *c, size_t i, match *mt)
{
    long v;
    int dg, y;
    if (!word_is(c, i, "cy")) return 0;
    if (year_at(c, i + 1, &y)) {
        /* a year */
    } else if (glued(c, i + 1) && int_at(c, i + 1, &v, &dg) && dg == 2) {
        y = full_year(c, v, 2);
    } else {
        return 0;
    }
    if (is_punct(c, i + 2, '%')) return 0;
    set_year(&mt->w, y); /* a label: "CY2008 revenue" */
    mt->explicit_year = 1;
    return 2;
}

/* "2014 to 2018": a year before "to" (or "through", "until") and a later year at most 30 years on,
 * with no noun after it ("2014 to 2018 points"). */
static int years_to_year(const tctx *c, size_t i, int y)
{
    int y2;
    if (!(word_is(c, i + 1, "to") || word_is(c, i + 1, "through") || word_is(c, i + 1, "until"))) return 0;
    return y >= 1900 && year_at(c, i + 2, &y2) && y2 > y && y2 - y <= 30 && !noun_follows(c, i + 3) &&
           !is_punct(c, i + 3, '%');
}

/* A noun after a number at k, or after a second number joined to it: "1500 troops", "1000 to 1500
 * people" (before 1900 these are counts, not years). */
static int counted_after(const tctx *c, size_t k)
{
    long v;
    int dg;
    if (cd_counted_noun(c->doc, k)) return 1;
    int joined = word_is(c, k, "to") || word_is(c, k, "and") || word_is(c, k, "or") || is_dash(c, k);
    return joined && int_at(c, k + 1, &v, &dg) && cd_counted_noun(c->doc, k + 2);
}

/* A year of three digits right after "year": "the year 800", "year 247", "Year two hundred and
 * sixty seven" (not "Year 10 pupils", "year 500 students"). */
static size_t early_year(const tctx *c, size_t i, match *mt)
{
    long v;
    int dg, big;
    size_t n = 1;
    if (i <= c->first || !word_is(c, i - 1, "year")) return 0;
    if (int_at(c, i, &v, &dg) ? dg != 3 : !(n = spelled_at(c, i, &v, &big)) || !big) return 0;
    if (v < 100 || v > 999 || noun_follows(c, i + n) || is_punct(c, i + n, '%')) return 0;
    set_year(&mt->w, (int)v);
    return n;
}

/* "'s" after a year at token k: a possessive token ("2004’s") or an apostrophe and "s" glued to the
 * number ("2004's": the tokenizer makes "'s" a token only after a word). */
static int year_possessive(const tctx *c, size_t k)
{
    if (word_is(c, k, "’s") || word_is(c, k, "'s")) return 1;
    return (is_punct(c, k, '\'') || is_punct(c, k, 0x2019)) && glued(c, k) && word_is(c, k + 1, "s") && glued(c, k + 1);
}

/* A year set against a date before it by "not": "in 2004, not 2005", "before 2000 but not 1998" (a
 * comma or "but"/"and"/"or" may stand between); not a count ("in May, not 2000 points"). */
static int negated_year(const tctx *c, size_t i)
{
    if (i < c->first + 2 || !word_is(c, i - 1, "not")) return 0; /* not "but" alone: "in 2004 but 2000 were" */
    size_t k = i - 2;
    if (k > c->first && (is_punct(c, k, ',') || word_is(c, k, "but") || word_is(c, k, "and") || word_is(c, k, "or")))
        k--;
    return (c->doc->toks[k].flags & TF_TIME) && !quantity_after(c, i + 1); /* not "but 2000 people" */
}

/* A year where a year is meant: after a date preposition ("in 2016", "of 2017", "in nineteen
 * ninety-six", "into 2005", "beyond 2009"), after "year" ("the year 2008"), before "'s", in "the
 * 2016 U.S. election" and "its 2004 dividend", in brackets after a name ("Airport (1968)"), and
 * "2016-17", "2014-2018", "2014~2018". */
static size_t year_expr(const tctx *c, size_t i, match *mt)
{
    int y, y2;
    size_t n = year_span(c, i, &y);
    if (!n) return early_year(c, i, mt);
    double num;
    int prev = i > c->first, digits = c->doc->toks[i].type == TOK_NUM;
    /* the noun a year names comes after it, or after its second year: "the 2006/07 season" */
    size_t noun = digits && glued(c, i + 1) && glued(c, i + 2) && tok(c, i + 1)->type == TOK_PUNCT &&
                  int_at_digits(c, i + 2) ? i + 3 : i + 1;
    int ctx = (prev && (role_at(c, i - 1, R_PREP, &num) || role_at(c, i - 1, R_PART, &num) ||
                        word_is(c, i - 1, "year"))) ||
              part_dash_before(c, i) || /* "mid-2005" */
              (digits && year_possessive(c, i + 1)) ||
              (digits && prev && (word_is(c, i - 1, "the") || possessive_word(c, i - 1)) && /* "its 2004 dividend" */
               (is_cap(c, noun) || has_role(c, noun, R_YEARNOUN))) ||
              (digits && prev && (word_is(c, i - 1, "into") || word_is(c, i - 1, "beyond"))) ||
              (digits && i >= c->first + 2 && is_punct(c, i - 1, '(') && is_punct(c, i + 1, ')') && is_cap(c, i - 2)) ||
              (i >= c->first + 2 && (word_is(c, i - 1, "and") || word_is(c, i - 1, "or") || is_dash(c, i - 1)) &&
               ((c->doc->toks[i - 2].flags & TF_TIME) || year_at(c, i - 2, &y2))) ||
              negated_year(c, i) ||
              (digits && years_to_year(c, i, y));
    long v;
    int dg;
    int slash = is_punct(c, i + 1, '/'); /* "in 2005/06": a split year (a fiscal year, a season) */
    if (digits && (is_dash(c, i + 1) || slash || is_punct(c, i + 1, '~')) && glued(c, i + 1) && glued(c, i + 2) &&
        int_at(c, i + 2, &v, &dg) && (dg == 2 || dg == 4 || (dg == 1 && v == (y + 1) % 10 && v))) {
        y2 = dg == 1 ? y + 1 : dg == 2 ? y - y % 100 + (int)v : (int)v; /* "2005-6": the next year only */
        if (dg == 2 && y2 < y && v == (y + 1) % 100) y2 = y + 1; /* "1999/00", "1999-00" */
        /* "2016-17" needs a date context; "2014-2018" (two full years, a short span) does not */
        /* a year and the next year's last digit ("the 2005-6 target") has no other reading */
        int split = dg == 1 && y >= 1900;
        if (y2 > y && y2 - y < 100 && (!slash || split || (ctx && y2 == y + 1)) &&
            (ctx || split || (dg == 4 && y >= 1900 && y2 - y <= 30))) {
            set_years(&mt->w, y, y2);
            return 3;
        }
    }
    int flags, m, d;
    size_t k = i + n + (digits && is_punct(c, i + n, ','));
    if (digits && (m = month_at_loose(c, k, &flags)) && !(flags & MF_AMBIGUOUS) && !day_at(c, skip_dot(c, k + 1), &d)) {
        set_month(&mt->w, y, m); /* "2016 June", "2016, nov" */
        return k + 1 - i;
    }
    if (!ctx || (digits && y < 1900 && counted_after(c, i + n))) return 0;
    set_year(&mt->w, y);
    return n;
}

/* Days after a quarter's end within which its figures are reported (and a future may speak of it). */
#define QUARTER_REPORTED_DAYS 92
/* Days after a quarter's end within which news still speaks of it by its name alone: two quarters. */
#define QUARTER_RECALLED_DAYS 184

/* The nearest year in digits before token first in its sentence, into *y; whether there is one. */
static int year_before(const tctx *c, size_t first, int *y)
{
    for (size_t k = first; k > c->first; k--)
        if (c->doc->toks[k - 1].type == TOK_NUM && year_at(c, k - 1, y)) return 1;
    return 0;
}

/* A year in the possessive right before token i, "1986's", "last year's", "this year's" (a shift of
 * one year at most), into *y: 1, or 2 for a fiscal year's ("fiscal 1987's"); 0 if none. */
static int possessive_year_before(const tctx *c, size_t i, int *y)
{
    double num;
    size_t k = i; /* the possessive's first token: "'s", or "'" before "s" */
    if (i > c->first && (word_is(c, i - 1, "'s") || word_is(c, i - 1, "’s"))) k = i - 1;
    else if (i >= c->first + 2 && word_is(c, i - 1, "s") && (is_punct(c, i - 2, '\'') || is_punct(c, i - 2, 0x2019)) &&
             year_possessive(c, i - 2))
        k = i - 2;
    if (k == i || k == c->first) return 0;
    if (year_at(c, k - 1, y)) return k - 1 > c->first && word_is(c, k - 2, "fiscal") ? 2 : 1;
    if (!word_is(c, k - 1, "year") || k - 1 == c->first || role_at(c, k - 2, R_SHIFT, &num) != 1 ||
        !(num == -1 || num == 0 || num == 1))
        return 0;
    *y = c->ref_date.y + (int)num;
    return 1;
}

/* "Q4 2016", "the third quarter of 2017", "the first quarter". */
/* The year of quarter q written without one at tokens [first, last]: the story's, but for a quarter
 * not yet begun by the story date, read past or with no tense, and over at most two quarters before
 * it: then last year's ("For the fourth quarter, the bank reported that earnings rose", "Fourth quarter
 * net", "after growing 0.8 pct in the third quarter" in March 1987: 1986; news reports a quarter's
 * figures once it is over, and sets them against the quarter before). With no tense, a quarter over
 * longer ago is the coming one ("has raised its schedule for the second quarter" in March, "said it
 * would slash output in the second quarter", "a ceiling for the third quarter" in June: a past
 * quarter that old is named with its year), unless a year before it in its sentence is past ("For
 * all of 1986, productivity rose 0.5 pct in the second quarter"). A future keeps the story's year ("will rise in the fourth quarter"; "due to publish its estimate of
 * third quarter growth" is a quarter past). */
static int quarter_year(const tctx *c, int q, size_t first, size_t last)
{
    int ry = c->ref_date.y, y;
    if (month_start(ry, q * 3 - 2) > c->ref) {
        int tense = tense_near(c, first, last);
        if (tense < 0 || (!tense && month_end(ry - 1, q * 3) + QUARTER_RECALLED_DAYS >= c->ref)) return ry - 1;
        return !tense && year_before(c, first, &y) && y < ry ? ry - 1 : ry;
    }
    /* Read future, a quarter over for more than a quarter (whose figures are out) is next year's:
     * "Sales will rise in the first quarter" in December; "will report third-quarter results" in
     * November is the one just over. */
    if (month_end(ry, q * 3) + QUARTER_REPORTED_DAYS < c->ref && tense_near(c, first, last) > 0) return ry + 1;
    return ry;
}

/* Whether "ending" or "ended" (perhaps after a comma) and a month stand at token j, after a quarter:
 * the quarter is named by its end, a fiscal one ("its first quarter, ending February 28"), which
 * period_to reads from the date. */
static int end_named_after(const tctx *c, size_t j)
{
    int flags;
    size_t k = j + is_punct(c, j, ',');
    return (word_is(c, k, "ending") || word_is(c, k, "ended")) && month_at(c, k + 1, &flags);
}

enum { FISCAL_NONE, FISCAL_NAMED, FISCAL_OFF_CALENDAR };

/* Whether, at token k, the story names a fiscal period ("fiscal 1987", "fiscal year", "fiscal
 * quarter", "fiscal second quarter"): FISCAL_NAMED; or ends a quarter or year in a month the
 * calendar's does not ("the second quarter ended January 31", "the year, ending May 30"; k at
 * "ended" or "ending"): FISCAL_OFF_CALENDAR; else FISCAL_NONE. Asked of every token of a story that
 * has a quarter without its year: the rare words first, by length. */
static int fiscal_at(const tctx *c, size_t k)
{
    double num;
    int y, flags;
    if (word_is(c, k, "fiscal"))
        return year_at(c, k + 1, &y) || word_is(c, k + 1, "year") || word_is(c, k + 1, "quarter") ||
                       (role_at(c, k + 1, R_ORDINAL, &num) && word_is(c, k + 2, "quarter"))
                   ? FISCAL_NAMED
                   : FISCAL_NONE;
    if (!(word_is(c, k, "ended") || word_is(c, k, "ending")) || k < c->first + 2) return FISCAL_NONE;
    int m = month_at(c, k + 1, &flags);
    size_t p = k - 1 - is_punct(c, k - 1, ','); /* the period's word */
    if (!m || p <= c->first) return FISCAL_NONE;
    if (word_is(c, p, "year")) return m != 12 ? FISCAL_OFF_CALENDAR : FISCAL_NONE;
    size_t n = word_is(c, p, "quarter") ? role_at(c, p - 1, R_ORDINAL, &num) : 0;
    return n == 1 && num >= 1 && num <= 4 && m != (int)num * 3 ? FISCAL_OFF_CALENDAR : FISCAL_NONE;
}

/* The lex_id of word w (which data/cw_words.tsv holds), or one no token has. */
static uint32_t word_lex_id(const char *w)
{
    uint32_t id = cd_lex_id(cd_lex_lookup(w, strlen(w)));
    return id ? id : UINT32_MAX;
}

/* The first of tokens [k, n) whose lexicon entry is one of the three, or n. */
static size_t next_word_of(const cd_token *toks, size_t k, size_t n, const uint32_t ids[3])
{
    const uint32_t a = ids[0], b = ids[1], c = ids[2];
    for (; k < n; k++) {
        uint32_t id = toks[k].lex_id;
        if (id == a || id == b || id == c) return k;
    }
    return n;
}

/* What the story around token i says of a company's fiscal year: the most of fiscal_at over the
 * tokens within FISCAL_REACH of it (a story's length: in a file of many stories, another story's
 * fiscal year is not this one's). The pass asks in the order of its tokens, so the tokens are read
 * once, as far as the last question reaches, and the last place of each answer kept (fiscal_memo). */
static int story_fiscal(const tctx *c, size_t i)
{
    fiscal_memo *m = c->fiscal;
    size_t lo = i > FISCAL_REACH ? i - FISCAL_REACH : 0, hi = i + FISCAL_REACH;
    if (hi > c->doc->n_toks) hi = c->doc->n_toks;
    if (!m->ids[0]) {
        m->ids[0] = word_lex_id("fiscal"), m->ids[1] = word_lex_id("ended"), m->ids[2] = word_lex_id("ending");
        m->hi = lo;
    }
    if (m->hi < lo) m->hi = lo; /* no question reached the tokens between */
    tctx all = *c;
    all.first = 0;
    all.lim = c->doc->n_toks;
    for (size_t k = m->hi; (k = next_word_of(c->doc->toks, k, hi, m->ids)) < hi; k++) {
        int f = fiscal_at(&all, k);
        if (f) m->last[f - 1] = k + 1;
    }
    if (hi > m->hi) m->hi = hi;
    if (m->last[FISCAL_OFF_CALENDAR - 1] > lo) return FISCAL_OFF_CALENDAR;
    return m->last[FISCAL_NAMED - 1] > lo ? FISCAL_NAMED : FISCAL_NONE;
}

/* Whether the quarter at token i is owned: "its", "their" or a name's possessive ("the company's",
 * "Acme's") before it. */
static int owned_quarter(const tctx *c, size_t i)
{
    if (i <= c->first) return 0;
    if (word_is(c, i - 1, "its") || word_is(c, i - 1, "their")) return 1;
    return word_is(c, i - 1, "'s") || word_is(c, i - 1, "’s") ||
           (i >= c->first + 2 && word_is(c, i - 1, "s") && (is_punct(c, i - 2, '\'') || is_punct(c, i - 2, 0x2019)));
}

/* A quarter at tokens [i, j) with no year written, of a company's fiscal year whose months the story
 * does not give: "fiscal" before it ("the company's fiscal second quarter"), or owned ("its first
 * quarter") in a story that names a fiscal period, or any in a story whose quarters end off the
 * calendar's ("the second quarter ended January 31"). A calendar value would be wrong. */
static int fiscal_quarter_alone(const tctx *c, size_t i)
{
    if (i > c->first && word_is(c, i - 1, "calendar")) return 0; /* "will then report calendar first quarter results" */
    if (i > c->first && word_is(c, i - 1, "fiscal")) return 1;
    int f = story_fiscal(c, i);
    return f == FISCAL_OFF_CALENDAR || (f == FISCAL_NAMED && owned_quarter(c, i));
}

/* Quarter q of fiscal year y into mt ("FY1986-Q1": its months are the company's); returns n. */
static size_t fiscal_quarter(match *mt, int y, int q, size_t n)
{
    set_year(&mt->w, y);
    mt->w.fiscal = 1;
    mt->w.fq = q;
    return n;
}

/* Whether "year-ago", "year ago", "year-earlier" or "year earlier" stands right before token i, a
 * quarter's ordinal ("in the year-ago first quarter"): that quarter a year before the one it names
 * alone. 1 or 0. */
static int year_ago_before(const tctx *c, size_t i)
{
    if (i < c->first + 2 || !(word_is(c, i - 1, "ago") || word_is(c, i - 1, "earlier"))) return 0;
    size_t k = i - 2;
    if (is_dash(c, k) && glued(c, k) && glued(c, k + 1) && k > c->first) k--;
    return word_is(c, k, "year");
}

static size_t quarter_expr(const tctx *c, size_t i, match *mt)
{
    long q;
    int dg, y;
    double num;
    size_t j;
    if (word_is(c, i, "q") && glued(c, i + 1) && int_at(c, i + 1, &q, &dg) && q >= 1 && q <= 4) {
        j = i + 2;
    } else if ((j = role_at(c, i, R_ORDINAL, &num)) && num >= 1 && num <= 4 && word_is(c, i + j, "quarter")) {
        q = (long)num;
        j = i + j + 1;
    } else {
        return 0;
    }
    if (j > i + 1 && end_named_after(c, j)) return 0; /* period_to reads "first quarter, ending February 28" */
    size_t e = word_is(c, j, "of") || (word_is(c, j, "in") && int_at_digits(c, j + 1)) ||
                       (is_dash(c, j) && glued(c, j) && glued(c, j + 1))
                   ? j + 1
                   : j,
           ny;
    if ((ny = year_span(c, e, &y))) { /* "Q3 2016", "third quarter of 2016", "third quarter in 1986", "q1-2019" */
        set_range(&mt->w, month_start(y, (int)q * 3 - 2), month_end(y, (int)q * 3), G_MONTH);
        return e + ny - i;
    }
    if (word_is(c, e, "fiscal") && (ny = year_span(c, e + 1, &y))) /* "first quarter (of) fiscal 1986" */
        return fiscal_quarter(mt, y, (int)q, e + 1 + ny - i);
    if (is_dash(c, j)) e = j;
    size_t k = role_at(c, e, R_SHIFT, &num);
    int shifted = k && (num == -1 || num == 0 || num == 1) && word_is(c, e + k, "year"); /* "of last year" */
    size_t b = i > c->first && word_is(c, i - 1, "the") ? i - 1 : i; /* "2016 the third quarter" */
    int owner = 0, alone = 0, ago = 0;
    size_t yk = b - 1 - (b > c->first && is_dash(c, b - 1) && b - 1 > c->first); /* "2016 Q3", "2019-Q1" */
    if (shifted) y = c->ref_date.y + (int)num;
    else if (b > c->first && year_at(c, yk, &y))
        owner = yk > c->first && word_is(c, yk - 1, "fiscal") ? 2 : 0; /* "fiscal 1987 second quarter" */
    else if (!(owner = possessive_year_before(c, i, &y))) /* "last year's third quarter" */
        y = quarter_year(c, (int)q, i, j - 1) - (ago = year_ago_before(c, i)), alone = 1;
    if (owner == 2) return fiscal_quarter(mt, y, (int)q, j - i); /* "fiscal 1987's third quarter" */
    size_t back = alone && c->has_ref && !ago ? year_back_after(c, j) : 0;
    y -= back ? 1 : 0; /* "the first quarter a year ago" */
    set_range(&mt->w, month_start(y, (int)q * 3 - 2), month_end(y, (int)q * 3), G_MONTH);
    mt->w.relative = 1;
    mt->w.unknown = alone && fiscal_quarter_alone(c, i); /* "its first quarter" of a fiscal year */
    return shifted ? e + k + 1 - i : j + back - i;
}

/* Of the decade from year y0, the years of part 1 (its first three), 2 (the four between) or 3 (its
 * last three). */
static void set_decade_part(when *w, int y0, int part)
{
    int from = part == 1 ? 0 : part == 2 ? 3 : 7;
    set_years(w, y0 + from, y0 + from + (part == 2 ? 3 : 2));
}

/* Whether the range mt read after a part word of value part (1 early, 2 mid, 3 late) is a decade
 * ("the early 1980s", "the late 1970's", "mid-1990s"): it becomes that part of it
 * (set_decade_part), as "the end of the decade" does. */
static int decade_part(match *mt, double part)
{
    cd_date a = civil(mt->w.a), b = civil(mt->w.b);
    if (mt->w.g != G_YEAR || part < 1 || part > 3 || a.y % 10 || b.y != a.y + 9 || a.m != 1 || a.d != 1) return 0;
    set_decade_part(&mt->w, a.y, (int)part);
    return 1;
}

/* Part `part` of the period after it, the part word at token i and the period's words from token j
 * ("early 2016", "mid-November", "the end of the year", "earlier this month"): the token after the
 * period, or 0. */
static size_t part_of_period(const tctx *c, size_t i, double part, size_t j, match *mt)
{
    int dashed = is_dash(c, j) && glued(c, j), hyphened = dashed && glued(c, j + 1); /* "end-March", "mid-May" */
    if (dashed) j++;
    int of = word_is(c, j, "of") || (part >= 4 && word_is(c, j, "in") && word_is(c, j + 1, "the")); /* "later in the year" */
    if (of) j++;
    /* "the end of the year", "end of year" (not "the 2003 end of year charts") */
    size_t the = word_is(c, j, "the");
    int bare_ok = the || (!noun_follows(c, j + 2) && !(i > c->first && int_at_digits(c, i - 1)));
    if (of && the && part <= 3 && word_is(c, j + 1, "decade") && !is_dash(c, j + 2)) { /* not "decade-long" */
        /* "the end of the decade": its last three years (the beginning its first three, the middle
         * the four between) */
        set_decade_part(&mt->w, c->ref_date.y / 10 * 10, (int)part);
        mt->w.relative = 1;
        return j + 2;
    }
    if (of && bare_ok && (word_is(c, j + the, "year") || word_is(c, j + the, "month") || word_is(c, j + the, "week")) &&
        !int_at_digits(c, j + the + 1)) {
        int unit = word_is(c, j + the, "year") ? 365 : word_is(c, j + the, "month") ? 30 : 7;
        calendar_unit(&mt->w, c->ref, unit, 0);
        mt->w.relative = 1;
        j += the + 1;
    } else {
        /* "start" or "end" needs "of" or a hyphen joining it to the period: "end-March" is "the end
         * of March", a bare "end" before a month or a year mostly is not a part word at all */
        if ((part == 1 || part == 3) && !of && !hyphened && !word_is(c, i, "early") && !word_is(c, i, "late")) return 0;
        tctx inner = *c;
        inner.depth = c->depth + 1;
        size_t n = simple_expr(&inner, j, mt);
        if (!n || mt->w.noyear || mt->w.g == G_DAY) return 0;
        if (mt->w.range && decade_part(mt, part)) return j + n; /* "the early 1980s" */
        if (mt->w.range) { /* "late summer", "early Q3": a month of a three-month span */
            cd_date a = civil(mt->w.a), b = civil(mt->w.b);
            if (mt->w.g != G_MONTH || part > 3 || (b.y * 12 + b.m) - (a.y * 12 + a.m) != 2) return 0;
            cd_date m = civil(add_months(mt->w.a, (long)part - 1));
            set_month(&mt->w, m.y, m.m);
            return j + n;
        }
        j += n;
    }
    when *w = &mt->w;
    long a = w->a, b = w->b;
    int g = w->g == G_YEAR && part <= 3 ? G_MONTH : G_DAY;
    if (part == 4 && c->has_ref && c->ref > a && c->ref <= b) b = c->ref - 1, w->relative = 1;
    else if (part == 5 && c->has_ref && c->ref >= a && c->ref <= b) {
        /* "later this week": the late part of the period, or from the story date when that is later */
        long late = w->g == G_YEAR ? month_start(civil(a).y, 9) : w->g == G_MONTH ? a + 15 : a + 3;
        a = c->ref > late ? c->ref : late, w->relative = 1;
    }
    else if (w->g == G_YEAR) {
        cd_date s = civil(a);
        int m0 = part == 1 ? 1 : part == 2 ? 5 : part == 3 ? 9 : 1, m1 = part == 1 ? 4 : part == 2 ? 8 : 12;
        a = month_start(s.y, m0), b = month_end(s.y, m1);
    } else if (part <= 3 && w->g == G_MONTH) { /* early 1-15, mid 10-20, late 16-end */
        long a0 = a;
        a = part == 1 ? a0 : part == 2 ? a0 + 9 : a0 + 15;
        b = part == 1 ? a0 + 14 : part == 2 ? a0 + 19 : b;
    } else if (part <= 3) { /* a week: Monday-Wednesday, Tuesday-Thursday, Thursday-Sunday */
        long a0 = a;
        a = part == 1 ? a0 : part == 2 ? a0 + 1 : a0 + 3;
        b = part == 1 ? a0 + 2 : part == 2 ? a0 + 3 : b;
    }
    int of_month_or_year = w->g == G_MONTH || w->g == G_YEAR; /* not of a week */
    if (part <= 3 || w->relative) set_range(w, a, b, g);
    w->part = part <= 3 && of_month_or_year;
    return j;
}

/* The tokens linking two parts of one period at token j: "to", "-to-", "- to" ("mid-to-late April",
 * "early to mid 1990s"), or 0. */
static size_t part_link(const tctx *c, size_t j)
{
    size_t k = j + (is_dash(c, j) && glued(c, j));
    if (!word_is(c, k, "to")) return 0;
    return k + 1 + (is_dash(c, k + 1) && glued(c, k + 2)) - j;
}

static void reset(match *mt);

/* Part of a period: "early 2016", "mid-November", "the end of the year", "earlier this month"; two
 * parts of one period joined by "to" ("mid-to-late 1980s", "early to mid April") run from the start
 * of the first to the end of the second. */
static size_t part_expr(const tctx *c, size_t i, match *mt)
{
    double part, part2;
    size_t k = role_at(c, i, R_PART, &part), link, k2, end;
    if (!k) return 0;
    if (part >= 1 && part < 3 && (link = part_link(c, i + k)) &&
        (k2 = role_at(c, i + k + link, R_PART, &part2)) && part2 > part && part2 <= 3) {
        size_t i2 = i + k + link;
        match first;
        reset(&first);
        if ((end = part_of_period(c, i2, part2, i2 + k2, mt)) && mt->w.range &&
            part_of_period(c, i, part, i2 + k2, &first) == end && first.w.a < mt->w.a) {
            mt->w.a = first.w.a;
            return end - i;
        }
        reset(mt);
    }
    end = part_of_period(c, i, part, i + k, mt);
    return end ? end - i : 0;
}

/* A match emptied: every field 0 but the weekdays (-1). The patterns empty one some 100,000 times
 * in 2 MB of news, and gcc writes a memset of its 184 bytes as "rep stosq", whose start alone takes
 * tens of cycles (and a loop of stores it turns back into that memset): with GNU C's vectors the
 * bytes are zeroed by sixteen at a time, in stores written out one by one. */
#if defined(__GNUC__)
typedef unsigned char block16 __attribute__((vector_size(16), aligned(8), may_alias));
#define ZERO_BLOCK(p, k) \
    if (((k) + 1) * sizeof(block16) <= sizeof *(p)) ((block16 *)(void *)(p))[k] = (block16){0};
_Static_assert(sizeof(match) < 13 * sizeof(block16) && _Alignof(match) >= 8, "reset zeroes twelve blocks");
static void reset(match *mt)
{
    ZERO_BLOCK(mt, 0) ZERO_BLOCK(mt, 1) ZERO_BLOCK(mt, 2) ZERO_BLOCK(mt, 3) ZERO_BLOCK(mt, 4) ZERO_BLOCK(mt, 5)
    ZERO_BLOCK(mt, 6) ZERO_BLOCK(mt, 7) ZERO_BLOCK(mt, 8) ZERO_BLOCK(mt, 9) ZERO_BLOCK(mt, 10) ZERO_BLOCK(mt, 11)
    size_t whole = sizeof *mt / sizeof(block16) * sizeof(block16);
    memset((unsigned char *)mt + whole, 0, sizeof *mt - whole);
    mt->weekday = mt->weekday_b = -1;
}
#else
static void reset(match *mt)
{
    memset(mt, 0, sizeof *mt);
    mt->weekday = mt->weekday_b = -1;
}
#endif

static int is_calendar_week(const match *mt)
{
    return mt->w.g == G_WEEK && !mt->w.range && !mt->w.noyear;
}

/* A weekday name at k (not "Sat", "Sun", "Wed"): its number and, in *after, the token after it (and
 * after an abbreviation's period); -1 if none. */
static int weekday_word(const tctx *c, size_t k, size_t *after)
{
    int flags, wd = weekday_at(c, k, &flags);
    if (wd < 0 || (flags & MF_AMBIGUOUS)) return -1;
    *after = flags & MF_ABBR ? skip_dot(c, k + 1) : k + 1;
    return wd;
}

/* "next week on Tuesday", "this week Friday": a weekday inside the week just read; "next week
 * between Wednesday and Friday", "this week from Tue to Thur": days of it. */
static size_t weekday_in_week(const tctx *c, size_t j, match *mt)
{
    if (!is_calendar_week(mt)) return 0;
    int between = word_is(c, j, "between"), from = word_is(c, j, "from");
    size_t k = j + (between || from || word_is(c, j, "on")), e, e2;
    int wd = weekday_word(c, k, &e), wd2;
    if (wd < 0) return 0;
    long a = mt->w.a + (wd + 6) % 7;
    if (between || from) {
        if (!range_connector(c, e, between) || (wd2 = weekday_word(c, e + 1, &e2)) < 0) return 0;
        long b = mt->w.a + (wd2 + 6) % 7;
        if (b <= a) return 0;
        set_range(&mt->w, a, b, G_DAY);
        return e2 - j;
    }
    set_day(&mt->w, a);
    return e - j;
}

/* "Tuesday next week", "Friday of last week". */
static size_t weekday_of_week(const tctx *c, size_t i, match *mt)
{
    int flags, wd = weekday_at(c, i, &flags);
    double shift;
    if (wd < 0 || (flags & MF_AMBIGUOUS)) return 0;
    size_t j = word_is(c, i + 1, "of") ? i + 2 : i + 1, k = role_at(c, j, R_SHIFT, &shift);
    if (!k || shift == 2 || shift == -2 || !word_is(c, j + k, "week")) return 0;
    calendar_unit(&mt->w, c->ref, 7, (long)shift);
    set_day(&mt->w, mt->w.a + (wd + 6) % 7);
    mt->w.relative = 1;
    return j + k + 1 - i;
}

/* An ordinal: "third", "last" (-1), "3rd", "15th". Returns its token count. */
static size_t ordinal_at(const tctx *c, size_t i, double *nth)
{
    long v;
    int dg;
    if (int_at(c, i, &v, &dg) && dg <= 3 && ordinal_suffix(c, i + 1)) {
        *nth = (double)v;
        return 2;
    }
    return role_at(c, i, R_ORDINAL, nth);
}

/* What nth_of counts: weeks, a weekday, days or months. */
enum { NTH_WEEK, NTH_WEEKDAY, NTH_DAY, NTH_MONTH };

/* The nth (or the first/last `count`) of a kind inside the period w, into w; 0 if it has none. */
static int nth_in(when *w, int kind, int wd, long nth, long count)
{
    long a = w->a, b = w->b, z;
    cd_date s = civil(a);
    if (kind == NTH_DAY) {
        if (w->g != G_MONTH || nth < 1 || nth > cd_days_in_month(s.y, s.m)) return 0;
        set_day(w, a + nth - 1);
        return 1;
    }
    if (kind == NTH_MONTH) {
        if (w->g != G_YEAR || nth > 12 || count > 12) return 0;
        long m0 = nth < 0 ? 13 - count : nth;
        if (count > 1) set_range(w, month_start(s.y, (int)m0), month_end(s.y, (int)(m0 + count - 1)), G_MONTH);
        else set_month(w, s.y, (int)m0);
        return 1;
    }
    int target = kind == NTH_WEEK ? 4 : wd; /* weeks: by their Thursday */
    if (nth > 5 && kind == NTH_WEEKDAY) return 0;
    if (nth < 0) z = b - (weekday_of(b) - target + 7) % 7 - 7 * (count - 1);
    else z = a + (target - weekday_of(a) + 7) % 7 + 7 * (nth - 1);
    if (z > b || z < a) return 0;
    if (kind == NTH_WEEKDAY) set_day(w, z);
    else if (count > 1) set_range(w, monday_of(z), monday_of(z) + 7 * count - 1, G_DAY);
    else calendar_unit(w, z, 7, 0);
    return 1;
}

static int day_alone_ends(const tctx *c, size_t j);

/* "every month", "each year" at token j: sets *n to its length and returns 1. */
static int every_period(const tctx *c, size_t j, size_t *n)
{
    size_t u;
    if (!word_is(c, j, "every") && !word_is(c, j, "each")) return 0;
    if (!unit_days(c, j + 1, &u) || !u) return 0;
    *n = 1 + u;
    return 1;
}

/* Whether token j, right after "the month" or "the year", makes it some other period: "the month
 * before", "the year of the flood", "the year that ...", "the year's", "the year 2019". */
static int names_other_period(const tctx *c, size_t j)
{
    static const char *const words[] = {"of",    "before", "after", "earlier", "later", "ahead", "prior",
                                        "ending", "ended",  "that",  "when",    "which", "in",    "to",
                                        "preceding", "following", "since", "until"};
    const cd_token *t = tok(c, j);
    if (!t) return 0;
    if (t->type == TOK_PUNCT) return is_dash(c, j) || t->cp == '\'' || t->cp == 0x2019 || t->cp == '/';
    if (t->type == TOK_NUM || word_is(c, j, "'s") || word_is(c, j, "’s")) return 1;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (word_is_n(c, j, words[k], strlen(words[k]))) return 1;
    return 0;
}

/* Whether the claim at token first is what something is compared with: "from", "against", "than"
 * or "with" stands within five tokens before it in its clause ("up from 1.61 mln in December"). */
static int compared_base(const tctx *c, size_t first)
{
    for (size_t k = first; k > c->first && first - k < 6; k--) {
        size_t p = k - 1;
        if (c->doc->toks[p].type == TOK_PUNCT) return 0;
        if (word_is(c, p, "from") || word_is(c, p, "against") || word_is(c, p, "than") || word_is(c, p, "with"))
            return 1;
    }
    return 0;
}

/* The claim of tokens [first, end) with value w, read: the one a later phrase may count from. */
static void note_claim(tctx *c, size_t first, size_t end, const when *w)
{
    c->read->prev_first = first;
    c->read->prev_end = end;
    c->read->prev = *w;
    if (!compared_base(c, first)) c->read->lead_end = end, c->read->lead = *w;
}

/* Whether token j opens its sentence: only punctuation (a quote mark), a joining word or a
 * preposition before it ("And on the following day"). */
static int opens_sentence(const tctx *c, size_t j)
{
    static const char *const lead[] = {"and", "but", "then", "on", "in", "by", "at", "during", "over", "within", "the"};
    for (size_t k = c->first; k < j; k++) {
        int ok = c->doc->toks[k].type == TOK_PUNCT;
        for (size_t w = 0; !ok && w < sizeof lead / sizeof *lead; w++) ok = word_is_n(c, k, lead[w], strlen(lead[w]));
        if (!ok) return 0;
    }
    return 1;
}

/* The date a phrase at token j that counts from an earlier one ("the following year", "the 19th of
 * the month", "two days later") counts from: the nearest time claim before it in its sentence, else,
 * when the phrase opens its sentence, the last claim of the sentence right before. Nearest, because
 * a story names the date it goes on from just before it ("In 2009 ..., and the following year");
 * claims in quotes and after "but" count too: the words do not tell a quote's dates apart. Only a
 * date the story fixes serves (not a recurring one, one with no year, an open period or a fiscal
 * year). Returns 1 and the anchor into *a, else 0. */
static int anchor_of(const tctx *c, size_t j, int look_back, when *a)
{
    if (c->read->lead_end && c->read->lead_end <= j) *a = c->read->lead; /* "trips in May, up from 9 in April and 7 a
                                                        * year earlier": May's */
    else if (c->read->prev_end && c->read->prev_end <= j) *a = c->read->prev;
    else if (look_back && c->read->has_last && opens_sentence(c, j)) *a = c->read->last;
    else return 0;
    return !a->unknown && !a->noyear && !a->open && !a->fiscal;
}

/* "the month" or "the year" at token j, closing an ordinal's phrase that starts at token i ("the
 * first Monday of the month", "the last week of the year"): the month or year of the date before it
 * (anchor_of), else the story's own, even when the day it names is already past (the bare weekday
 * is not read as the next one). Nothing may follow that makes it another period ("the month
 * before", "the year of the flood"). Returns its token count. */
static size_t current_period(const tctx *c, size_t i, size_t j, when *w)
{
    size_t u;
    int days = word_is(c, j, "the") ? unit_days(c, j + 1, &u) : 0;
    if ((days != 30 && days != 365) || u != 1 || names_other_period(c, j + 2)) return 0;
    when a;
    /* not from the sentence before: there a year is mostly the one compared with ("down from 1994.
     * In the first half of the year sales ..."), and "the year" alone is the story's */
    if (anchor_of(c, i, 0, &a)) { /* "in February ... on the 19th of the month": February's */
        cd_date s = civil(a.a), e = civil(a.b);
        if (days == 365 && s.y == e.y) {
            set_year(w, s.y);
            w->relative = a.relative;
            return 2;
        }
        if (days == 30 && s.y == e.y && s.m == e.m && a.g != G_YEAR) {
            set_month(w, s.y, s.m);
            w->relative = a.relative;
            return 2;
        }
    }
    cd_date r = c->ref_date;
    if (days == 30) set_month(w, r.y, r.m);
    else set_year(w, r.y);
    w->relative = 1;
    w->unknown = !c->has_ref;
    return 2;
}

/* "the year" at token j right before a number ("the last week of the year 2015"): returns 2, the
 * words to skip so that the number is read as the year counted in; current_period leaves this
 * form alone (a number after "the year" makes it another year than the story's), and unskipped
 * the ordinal fell back to "last week" counted from the story date. Else 0. */
static size_t year_named(const tctx *c, size_t j)
{
    size_t u;
    const cd_token *t = tok(c, j + 2);
    if (!word_is(c, j, "the") || unit_days(c, j + 1, &u) != 365 || u != 1) return 0;
    return t && t->type == TOK_NUM ? 2 : 0;
}

/* "the first week of 2015", "the last week of July", "the second Monday of next month", "the 15th
 * day of next month", "the 20th of next month", "the 21st this month", "the third month of 2021",
 * "the first 2 weeks of 2021", "the last four months of 2021"; "the second Sunday" alone is of the
 * story's month. A week of a period is counted as ISO weeks are: the first is the one holding the
 * period's first Thursday. */
static size_t nth_of(const tctx *c, size_t i, match *mt)
{
    double nth;
    long count = 1;
    int flags, wd = -1, kind;
    size_t k = ordinal_at(c, i, &nth), cn = 0, n;
    if (!k || nth == 0 || nth > 31) return 0;
    size_t j = i + k;
    if ((nth == 1 || nth == -1) && (cn = count_at(c, j, &count)) && plural_unit(c, j + cn)) j += cn;
    else count = 1, cn = 0;
    if (word_is(c, j, "week") || word_is(c, j, "weeks")) kind = NTH_WEEK, j++;
    else if (word_is(c, j, "month") || word_is(c, j, "months")) kind = NTH_MONTH, j++;
    else if (word_is(c, j, "day")) kind = NTH_DAY, j++;
    else if ((wd = weekday_at(c, j, &flags)) >= 0 && !(flags & MF_AMBIGUOUS)) kind = NTH_WEEKDAY, j++;
    else kind = NTH_DAY; /* "the 20th of next month" */
    if (cn && kind != NTH_WEEK && kind != NTH_MONTH) return 0;
    /* "the last months of 1986": how many is not said, so no week or month can be named (it was
     * read as December alone); the year after it stays a claim of its own */
    if (!cn && (word_is(c, j - 1, "weeks") || word_is(c, j - 1, "months"))) return 0;
    double shift;
    if (kind == NTH_WEEKDAY && nth >= 1 && c->has_ref && !word_is(c, j, "of") && !word_is(c, j, "in") &&
        !role_at(c, j, R_SHIFT, &shift) && day_alone_ends(c, j)) {
        cd_date r = c->ref_date; /* "the second Sunday": of the story's month */
        set_month(&mt->w, r.y, r.m);
        mt->w.relative = 1;
        /* a fifth Sunday the month has not: the words are one claim still, of no date (not the bare
         * "Sunday" after it, which would name a day the story never gave) */
        if (!nth_in(&mt->w, kind, wd, (long)nth, 1)) set_month(&mt->w, r.y, r.m), mt->w.unknown = 1;
        return j - i;
    }
    if (word_is(c, j, "of") || word_is(c, j, "in")) j++;
    else if (!role_at(c, j, R_SHIFT, &shift)) return 0; /* "the 21st this month", "the third week next year" */
    if (every_period(c, j, &n)) { /* "the first Monday of every month": a rule that recurs, no date */
        set_month(&mt->w, c->ref_date.y, c->ref_date.m);
        mt->w.unknown = 1;
        return j + n - i;
    }
    if ((n = current_period(c, i, j, &mt->w))) {
        if (mt->w.unknown || nth_in(&mt->w, kind, wd, (long)nth, count)) return j + n - i;
        if (kind != NTH_WEEKDAY) return 0; /* "the first of the year": no day counted so */
        mt->w.unknown = 1; /* a fifth Sunday the month has not: no date */
        return j + n - i;
    }
    j += year_named(c, j); /* "of the year 2015": the year the number names */
    tctx inner = *c;
    inner.depth = c->depth + 1;
    n = simple_expr(&inner, j, mt);
    if (!n || mt->w.noyear || mt->w.unknown || (mt->w.g != G_MONTH && mt->w.g != G_YEAR) || mt->w.range) return 0;
    if (!nth_in(&mt->w, kind, wd, (long)nth, count)) return 0;
    size_t e = skip_dot(c, j + n), on = kind == NTH_WEEK ? weekday_in_week(c, e, mt) : 0; /* "of Oct. on Friday" */
    return on ? e + on - i : j + n - i;
}

static size_t meridiem(const tctx *c, size_t i);

#define DAY_MONTHS 14 /* how many months either side a weekday-and-day may look: "Sunday 31" */

/* Day d of a month near the story date (wd >= 0: the month where it falls on that weekday),
 * chosen by the tense around tokens [first, last]; 0 if none fits. */
static int resolve_bare_day(const tctx *c, when *w, int d, int wd, size_t first, size_t last)
{
    long cand[2 * DAY_MONTHS + 1];
    int n = 0, span = wd >= 0 ? DAY_MONTHS : 2;
    cd_date r = c->ref_date;
    for (int k = -span; k <= span; k++) {
        long mi = (long)r.y * 12 + (r.m - 1) + k;
        int y = (int)(mi / 12), m = (int)(mi % 12) + 1;
        if (d > cd_days_in_month(y, m)) continue;
        long z = day_number(y, m, d);
        if (wd < 0 || weekday_of(z) == wd) cand[n++] = z;
    }
    long z = 0; /* set when pick_among finds one (gcc -O3 cannot tell) */
    if (!pick_among(c->ref, cand, n, tense_near(c, first, last), &z)) return 0;
    set_day(w, z);
    w->relative = 1;
    return 1;
}

/* What may follow a day of the month standing alone: the end of the sentence, a punctuation mark
 * (no dash: "the 18th-century"; no slash: odds "from 4/1 to 5/2", "the 9/11 attacks"), a clock time
 * or a joining word; never a noun ("the 5th district", "Monday 21 people"). */
static int day_alone_ends(const tctx *c, size_t j)
{
    const cd_token *t = tok(c, j);
    if (!t) return 1;
    if (t->type == TOK_PUNCT) return !is_dash(c, j) && t->cp != ':' && t->cp != '%' && t->cp != '/';
    return word_is(c, j, "at") || word_is(c, j, "and") || word_is(c, j, "or") || word_is(c, j, "to") ||
           word_is(c, j, "through") || word_is(c, j, "until") || word_is(c, j, "till");
}

/* An ordinal past any day of a month at token i ("67th", "fortieth"): a rank, so a day before it
 * joined to it is one too ("in the 23rd and 67th minutes"). */
static int rank_past_days(const tctx *c, size_t i)
{
    long v;
    int digits;
    double num;
    if (int_at(c, i, &v, &digits)) return v > 31 && ordinal_suffix(c, i + 1);
    return role_at(c, i, R_ORDINAL, &num) && num > 31;
}

/* A day standing alone at token j (of n tokens) opens a range of ranks, not of days, when a
 * joining word ("and", "to", "or", "through") and another ordinal follow it (not bare digits: "the
 * 4th to 6 people" counts people), and after that a word that no day takes: "between the 10th
 * and 15th centuries", "the 12th to the 14th laps", "between the tenth and fifteenth places". A
 * range of days ends as a day does (day_alone_ends) or goes on with "of" or a month ("the 10th
 * and 15th of May", "the 10th to 15th December"). */
static int ranks_range(const tctx *c, size_t j, size_t n)
{
    size_t k = j + n, n2;
    int d, flags;
    if (!(word_is(c, k, "and") || word_is(c, k, "to") || word_is(c, k, "or") || word_is(c, k, "through"))) return 0;
    k++;
    if (word_is(c, k, "the")) k++;
    if (rank_past_days(c, k)) return 1; /* "in the 23rd and 67th minutes" */
    if (!(n2 = day_at(c, k, &d)) || (n2 == 1 && tok(c, k)->type == TOK_NUM)) return 0; /* "the 4th to 6 people" */
    k += n2;
    const cd_token *t = tok(c, k);
    return t && t->type == TOK_WORD && !day_alone_ends(c, k) && !word_is(c, k, "of") && !month_at(c, k, &flags);
}

/* A verb of rank right before the day, or before "between" or "from" before it (num_context.tsv
 * code 10): "ranks between the tenth and the fifteenth", "ranked the 10th" name places in a
 * ranking, not days of the month. */
static int after_rank_verb(const tctx *c, size_t i)
{
    size_t k = i > c->first && (word_is(c, i - 1, "between") || word_is(c, i - 1, "from")) ? i - 1 : i;
    if (k <= c->first) return 0;
    const cd_lexrec *r = cd_tok_rec(c->doc, k - 1, LX_NUM_CONTEXT);
    return r && (int)r->num == 10;
}

#define ELLIPSIS_REACH 30 /* how far before "the third" an ordinal that counts a noun is looked for */
#define ELLIPSIS_STEP 4   /* how far an elided ordinal's number may be from the counted one's */

/* Whether an ordinal at token k counts a noun in lower case right after it ("the fourth quarter",
 * "the first year", "the 2nd round"), not a day ("the first of May", "the 3rd and 4th"); its number
 * into *nth. */
static int ordinal_counts(const tctx *c, size_t k, long *nth)
{
    long v;
    int digits, flags, in_digits = int_at(c, k, &v, &digits);
    double num = 0;
    size_t n = in_digits ? (ordinal_suffix(c, k + 1) ? 2 : 0) : role_at(c, k, R_ORDINAL, &num);
    const cd_token *t = n && k + n < c->lim ? tok(c, k + n) : NULL;
    if (!t || t->type != TOK_WORD || (t->flags & TF_CAP) || month_at(c, k + n, &flags)) return 0;
    *nth = in_digits ? v : (long)num;
    return !(word_is(c, k + n, "of") || word_is(c, k + n, "and") || word_is(c, k + n, "or") ||
             word_is(c, k + n, "to"));
}

/* Whether an ordinal before token j in its sentence counts a noun (ordinal_counts) of which the
 * day number d at j may be the next few: then "the third" at j is that noun's third, left unsaid ("a
 * deficit of 2.27 billion in the fourth quarter from 1.94 billion in the third", "six pct in the
 * first year, four in the second and three in the third"). A series goes on in small steps: "the
 * 23rd" after "the first quarter" is a day ("sales rose in the first quarter and it reports on the
 * 23rd"). */
static int counted_before(const tctx *c, size_t j, int d)
{
    for (size_t back = 1; back <= ELLIPSIS_REACH && j >= c->first + back; back++) {
        long nth = 0;
        if (ordinal_counts(c, j - back, &nth) && labs(nth - d) <= ELLIPSIS_STEP) return 1;
    }
    return 0;
}

/* A day of the month without a month: after a weekday ("Friday the 15th", "Mon 13th", "Monday
 * 21") or as "the 18th", "on the 27", "by the second" -- the month is the one near the story date
 * (where the weekday fits). */
static size_t day_alone(const tctx *c, size_t i, match *mt)
{
    int flags, d, wd = weekday_at(c, i, &flags);
    size_t j = i;
    if (wd >= 0) {
        j = skip_dot(c, i + 1);
        if (is_punct(c, j, ',')) j++;
    }
    int the = word_is(c, j, "the");
    if (the) j++;
    /* "on 29th": an ordinal in digits after "on" needs no "the" */
    int on_nth = wd < 0 && !the && j > c->first && word_is(c, j - 1, "on") && int_at_digits(c, j) &&
                 ordinal_suffix(c, j + 1);
    if (wd < 0 && !the && !on_nth) return 0;
    size_t n = day_at(c, j, &d);
    /* a dash with a space before it ends the day ("on 29th - meet at 2pm"); not after a weekday,
     * where "Saturday 21 - 14" may be a score */
    int spaced_dash = wd < 0 && is_dash(c, j + n) && !glued(c, j + n);
    if (!n || !(spaced_dash || day_alone_ends(c, j + n)) || meridiem(c, j + n)) return 0;
    /* "on the 5th" in digits is a day even after "the second quarter": an elided ordinal is written
     * out ("in the third", "on the second" floor) */
    int on_digits = i > c->first && word_is(c, i - 1, "on") && c->doc->toks[j].type == TOK_NUM;
    if (wd < 0 && (ranks_range(c, j, n) || after_rank_verb(c, i) || (!on_digits && counted_before(c, j, d))))
        return 0;
    /* "one of the first to get involved", "the second to leave": a rank; "on the 3rd to visit" a day */
    if (wd < 0 && to_verb_after(c, j + n - 1) && !(i > c->first && word_is(c, i - 1, "on"))) return 0;
    const cd_token *t = &c->doc->toks[j];
    int digits_only = t->type == TOK_NUM && n == 1;
    double num;
    int after_prep = i > c->first && role_at(c, i - 1, R_PREP, &num);
    if (wd < 0 && t->type != TOK_NUM && !after_prep) return 0;     /* "he was the first" */
    const cd_token *next = tok(c, j + n);
    if (wd < 0 && digits_only && (!after_prep || (next && next->type != TOK_PUNCT))) return 0; /* "on the 27." */
    if (!c->has_ref) {
        mt->w.relative = 1;
        mt->w.unknown = 1;
        return j + n - i;
    }
    if (!resolve_bare_day(c, &mt->w, d, wd, i, j + n - 1)) return 0;
    if (wd < 0) mt->bare_day = d;
    return j + n - i;
}

/* ISO week numbers: "week 31" (of the story's year), "week 3 of 2027", "week 27 of last year".
 * A capitalized "Week 3" alone is left alone: sports seasons count their own weeks, and the NFL's
 * stay under 20 ("Week 31" is a calendar week). A week alone in a sentence of sport is a season's
 * week at any number: Premier League and MLS match weeks pass 30. */
#define SEASON_WEEKS 20
#define SPORT_WINDOW 40 /* tokens either side of "Week 31" where a word of sport is looked for */

/* Whether a word of data/time_sports.tsv stands within SPORT_WINDOW tokens of token i in its
 * sentence: "Week 31" there counts a season's weeks ("the Premier League's Week 31"). A season of no
 * sport (code 1: "the flu season", "the hurricane season") is none: its weeks are the year's. */
static int sport_near(const tctx *c, size_t i)
{
    size_t from = i > c->first + SPORT_WINDOW ? i - SPORT_WINDOW : c->first;
    size_t to = c->lim - i > SPORT_WINDOW ? i + SPORT_WINDOW : c->lim;
    for (size_t k = from > c->first ? from - 1 : from; k < to; k++) { /* "flu season" across the edge */
        const cd_lexrec *r = NULL;
        size_t n = c->doc->toks[k].type == TOK_WORD ? cd_lex_match(c->doc, k, LX_TIME_SPORTS, &r) : 0;
        if (!n) continue;
        if (r && r->num == 1) k += n - 1; /* "the flu season": its "season" is no sport's */
        else if (k >= from) return 1;
    }
    return 0;
}

static size_t week_number(const tctx *c, size_t i, match *mt)
{
    long wn;
    int dg;
    if (!word_is(c, i, "week") || !int_at(c, i + 1, &wn, &dg) || dg > 2 || wn < 1 || wn > 53) return 0;
    if (noun_follows(c, i + 2)) return 0;
    size_t n = 2;
    int y;
    if (word_is(c, i + 2, "of")) {
        tctx inner = *c;
        inner.depth = c->depth + 1;
        size_t m = simple_expr(&inner, i + 3, mt);
        if (!m || mt->w.g != G_YEAR || mt->w.range || mt->w.open || mt->w.unknown) return 0;
        y = civil(mt->w.a).y;
        n = 3 + m;
    } else {
        if ((is_cap(c, i) && wn <= SEASON_WEEKS) || !c->has_ref || sport_near(c, i)) return 0;
        y = c->ref_date.y;
        mt->w.relative = 1;
    }
    long jan4 = day_number(y, 1, 4), monday = jan4 - (weekday_of(jan4) + 6) % 7 + 7 * (wn - 1);
    if (civil(monday + 3).y != y) return 0; /* no week 53 this year */
    int relative = mt->w.relative;
    calendar_unit(&mt->w, monday, 7, 0);
    mt->w.relative = relative;
    return n;
}

/* "the week of Dec. 18", "the week beginning February 4", "w/c Feb 4", "a week starting tomorrow". */
static size_t week_of(const tctx *c, size_t i, match *mt)
{
    /* "w/c Feb 4": week commencing */
    int wc = word_is(c, i, "w") && is_punct(c, i + 1, '/') && glued(c, i + 1) && word_is(c, i + 2, "c") && glued(c, i + 2);
    if (!wc && !word_is(c, i, "week")) return 0;
    size_t j = wc ? i + 2 : i + 1;
    int starting = wc || word_is(c, j, "commencing") || word_is(c, j, "beginning") || word_is(c, j, "starting");
    if (!(word_is(c, j, "of") || starting)) return 0;
    j++;
    if (word_is(c, j, "on")) j++;
    tctx inner = *c;
    inner.depth = c->depth + 1;
    size_t n = simple_expr(&inner, j, mt);
    if (!n || mt->w.noyear || mt->w.g != G_DAY || mt->w.range) return 0;
    /* a week starting a day counted from the story date ("a week starting tomorrow", "starting
     * Thursday") is the seven days from it; a written date names the calendar week around it (when
     * it is no Monday, the year read for it may be the wrong one: "the week beginning February 4") */
    if (starting && mt->w.relative && !mt->w.inferred && weekday_of(mt->w.a) != 1)
        set_range(&mt->w, mt->w.a, mt->w.a + 6, G_DAY);
    else calendar_unit(&mt->w, mt->w.a, 7, 0);
    return j + n - i;
}

/* The start of a range written with a bare day: "from 4 to 22 January", "between the 3rd and
 * the 12th of September". */
static size_t bare_day(const tctx *c, size_t j, int *d)
{
    size_t k = word_is(c, j, "the") ? j + 1 : j;
    size_t n = day_at(c, k, d);
    return n ? k + n - j : 0;
}

/* The end of a range that began with a bare day: a day of a month read as an expression, "22 this
 * month", "23 of next month" (a month name after the day is day_first's). */
static size_t day_of_month_expr(const tctx *c, size_t k, match *b)
{
    int d;
    size_t n = bare_day(c, k, &d), j = k + n;
    if (!n) return 0;
    /* "23 of next month", "23 in next month"; "in" only before a shift: "lost 1-2 in March" is a score */
    j += word_is(c, j, "of") || (word_is(c, j, "in") && has_role(c, j + 1, R_SHIFT));
    size_t m = simple_expr(c, j, b);
    if (!m || b->w.g != G_MONTH || b->w.range || b->w.noyear || b->w.unknown || b->w.open) return 0;
    cd_date s = civil(b->w.a);
    if (d > cd_days_in_month(s.y, s.m)) return 0;
    set_day(&b->w, b->w.a + d - 1);
    b->w.nm = s.m;
    b->w.nd = d;
    b->weekday = -1;
    return j + m - k;
}

/* Two month/day dates joined by a dash, all glued: "10/1-11/7", "2/29-3/1", "10/1-11/2/2017". */
static int slashed_pair(const tctx *c, size_t j)
{
    for (size_t k = j; k < j + 7; k++) {
        const cd_token *t = tok(c, k);
        if (!t || (k > j && !glued(c, k))) return 0;
        int want_num = (k - j) % 2 == 0;
        if (want_num ? t->type != TOK_NUM : !(k == j + 3 ? is_dash(c, k) : is_punct(c, k, '/'))) return 0;
    }
    return 1;
}

static int range_connector(const tctx *c, size_t j, int between)
{
    return (word_key(c, j) & (between ? KEY_AND : KEY_TO)) || is_dash(c, j); /* "and"; RANGE_TO_WORDS */
}

/* Start A of a range gets what only its end B says: "from May to Oct 2020", "Nov-Feb 2017". */
static void inherit_year(match *a, const match *b)
{
    if (!(a->w.inferred || a->w.noyear) || b->w.noyear || b->w.inferred || b->w.relative) return;
    cd_date e = civil(b->w.a);
    int y = e.y;
    if (a->w.nm > e.m || (a->w.nm == e.m && a->w.nd > e.d)) y--;
    int d = a->w.nd > cd_days_in_month(y, a->w.nm) ? cd_days_in_month(y, a->w.nm) : a->w.nd;
    int g = a->w.g;
    if (a->w.nd) set_day(&a->w, day_number(y, a->w.nm, d));
    else set_month(&a->w, y, a->w.nm);
    if (g == G_DAY && a->w.nd == 0) a->w.g = G_DAY;
    a->w.noyear = a->w.inferred = a->w.relative = 0;
}

/* The first (or last) day of a month, or of month and day, in year y. */
static long written_day(int y, int m, int d, int last)
{
    if (!d) return last ? month_end(y, m) : month_start(y, m);
    return day_number(y, m, d > cd_days_in_month(y, m) ? cd_days_in_month(y, m) : d);
}

/* Both ends without a year ("from August to October"): when the story date falls inside the
 * range of this year (or the one that started last year: "November to February"), that one. */
static void around_story_date(const tctx *c, match *a, match *b)
{
    int ry = c->ref_date.y;
    for (int y = ry - 1; y <= ry; y++) {
        int wraps = b->w.nm < a->w.nm || (b->w.nm == a->w.nm && b->w.nd && b->w.nd < a->w.nd);
        long first = written_day(y, a->w.nm, a->w.nd, 0), last = written_day(y + wraps, b->w.nm, b->w.nd, 1);
        if (first <= c->ref && c->ref <= last) {
            a->w.a = first, a->w.b = a->w.nd ? first : month_end(y, a->w.nm);
            b->w.b = last, b->w.a = b->w.nd ? last : month_start(y + wraps, b->w.nm);
            return;
        }
    }
}

/* Whether the weekday written before day m fits it, after moving a date without its year to the
 * year before or after where that one fits (within 200 days of the story date). */
static int weekday_fits_year(const tctx *c, match *m)
{
    long z = m->w.a;
    if (weekday_of(z) == m->weekday) return 1;
    if (m->explicit_year || m->w.range) return 0;
    cd_date d = civil(z);
    for (int dy = -1; dy <= 1; dy += 2)
        if (valid_date(d.y + dy, d.m, d.d) && weekday_of(day_number(d.y + dy, d.m, d.d)) == m->weekday &&
            labs(day_number(d.y + dy, d.m, d.d) - c->ref) < 200) {
            set_day(&m->w, day_number(d.y + dy, d.m, d.d));
            return 1;
        }
    return 0;
}

/* Whether end m of a range is a day after a weekday of another day (mismatch). */
static int weekday_misses(const match *m)
{
    return m->weekday >= 0 && m->w.g == G_DAY && !m->w.range && !m->w.noyear && weekday_of(m->w.a) != m->weekday;
}

/* The day of m's date dy years on (the last of the month when it has no such day). */
static void move_years(match *m, int dy)
{
    cd_date d = civil(m->w.a);
    int y = d.y + dy, day = d.d > cd_days_in_month(y, d.m) ? cd_days_in_month(y, d.m) : d.d;
    if (m->w.g == G_DAY && !m->w.range) set_day(&m->w, day_number(y, d.m, day));
    else m->w.a = day_number(y, d.m, 1), m->w.b = add_months(m->w.a, 1) - 1; /* a month */
}

/* An end whose year came from the story date more than a year after a start written with its year or
 * a shift moves back within a year of it: "the last May to September shipment" (a delivery month
 * reads future alone, month_tense). */
static void close_ends(match *a, match *b)
{
    if (a->w.noyear || b->w.noyear || a->w.inferred || !b->w.inferred) return;
    for (int k = 0; k < 3 && b->w.a > a->w.b + 366; k++) move_years(b, -1);
}

/* Both ends of a range took their year from the story date ("from Thursday, Dec. 28 to Sunday, Dec.
 * 31"): where their weekdays miss in that year and fit the year before or after (within 200 days of
 * the story date, as check_weekday asks of one date), both ends move there. */
static void weekdays_pick_year(const tctx *c, match *a, match *b)
{
    if (!(weekday_misses(a) || weekday_misses(b)) || a->w.noyear || b->w.noyear) return;
    for (int dy = -1; dy <= 1; dy += 2) {
        match a2 = *a, b2 = *b;
        move_years(&a2, dy);
        move_years(&b2, dy);
        if (weekday_misses(&a2) || weekday_misses(&b2) || labs(a2.w.a - c->ref) >= 200) continue;
        *a = a2, *b = b2;
        return;
    }
}

/* A range's ends with their weekdays, for check_weekday: the first end's tokens [a_first, a_last],
 * the second's [b_first, b_last] (b NULL: an open range, "after Monday, Dec. 4"). */
static void range_weekdays(match *mt, const match *a, const match *b, size_t a_first, size_t a_last,
                           size_t b_first, size_t b_last)
{
    mt->weekday = a->weekday >= 0 && a->w.g == G_DAY && !a->w.range ? a->weekday : -1;
    mt->date_tok = a->date_tok;
    mt->day_a = a->w.a;
    mt->a_first = a_first;
    mt->a_last = a_last;
    mt->weekday_b = b && b->weekday >= 0 && b->w.g == G_DAY && !b->w.range ? b->weekday : -1;
    mt->date_b = b ? b->date_tok : 0;
    mt->day_b = b ? b->w.a : 0;
    mt->b_first = b_first;
    mt->b_last = b_last;
}

/* "May" or "March" alone starts a range before a connector and another month's name ("May to
 * March", not "May to meet"): its token count (1), or 0. */
static size_t ambiguous_month_start(const tctx *c, size_t j, int between, match *a)
{
    int flags, f2, m = month_at(c, j, &flags);
    if (!m || !(flags & MF_AMBIGUOUS) || !range_connector(c, j + 1, between) || !month_at(c, j + 2, &f2)) return 0;
    reset(a);
    resolve_month(c, &a->w, m, j, j);
    return 1;
}

/* A range from day A to day d past the end of A's month, tokens [first, last] ("between November 30
 * and 31", "from Nov. 30 to 31"): into mt, the month, claimed with no value and an error
 * (past_month_end). Whether it was read. */
static int past_end_range(const tctx *c, const match *a, int d, size_t first, size_t last, match *mt)
{
    cd_date s = civil(a->w.a);
    *mt = *a;
    mt->weekday = -1;
    if (a->w.inferred) return past_end_in_story_year(c, mt, s.y, s.m, d, first, last);
    return past_month_end(c, mt, a->explicit_year ? s.y : 0, s.m, d, first, last);
}

/* What may follow the day that ends a range begun by a month and day (a, "from March 3 to 5 in
 * Geneva", "between Dec. 5 and 12 when"): what ends a day alone, a determiner but "a" and "an" (a
 * price: "to 3 a share"), or a preposition, conjunction or relative of data/claim_phrase_stops.tsv
 * but those a count takes ("5 of", "5 per", "5 than"; no qualifier: "today to 10 over July" is a
 * price); no unit or counted noun. */
static int range_day_ends(const tctx *c, const match *a, size_t k)
{
    if (day_alone_ends(c, k)) return 1;
    if (!a->w.nd || quantity_after(c, k)) return 0;
    if (determiner_at(c, k)) /* "from March 6 to 10 the settlement date"; not "to 3 a share" */
        return !word_is(c, k, "a") && !word_is(c, k, "an");
    const char *role = cd_tok_role(c->doc, k, LX_CLAIM_PHRASE_STOPS);
    if (!(cd_str_is(role, "prep") || cd_str_is(role, "conj") || cd_str_is(role, "rel"))) return 0;
    return !word_is(c, k, "of") && !word_is(c, k, "than") && !word_is(c, k, "per");
}

static size_t past_end_inside(const tctx *c, size_t i, match *mt);

/* Bare day d at token j, then at token k a day past its month's end ("30-31 November", "from 30 to
 * 31 November 1987", "on 30 and 31 November"): into mt, that month, claimed with no value and an
 * error (past_month_end), after "from" or "between" (led) or with both days in digits. The tokens
 * read from k, or 0. */
static size_t days_past_end(const tctx *c, size_t j, size_t k, int d, int led, match *mt)
{
    match b;
    size_t nb = past_end_inside(c, k, &b);
    if (!nb || b.past_day <= d || !(led || (int_at_digits(c, j) && int_at_digits(c, k)))) return 0;
    *mt = b;
    mt->weekday = -1;
    return nb;
}

/* B, February 29 in a year that came from the story date (the leap year nearest it: "29 February"
 * alone), ending a range from day d of February: the range's year is the one the story date gives
 * its first day ("28-29 February" in 1987 is 1987's, which has no February 29: into mt, claimed with
 * no value and an error; in 1988 a range). Whether mt took the range. */
static int leap_day_end(const tctx *c, match *b, int d, size_t first, size_t last, match *mt)
{
    if (!b->w.inferred || b->w.nm != 2 || b->w.nd != 29 || d >= 29) return 0;
    when start = b->w;
    resolve_month_day(c, &start, 2, d, first, last);
    int y = civil(start.a).y;
    if (valid_date(y, 2, 29)) {
        set_day(&b->w, day_number(y, 2, 29));
        return 0;
    }
    reset(mt);
    return past_end_in_story_year(c, mt, y, 2, 29, first, last);
}

/* Whether a comma at token j + na closes start A at tokens [j, j + na), a date written with a
 * comma of its own: "between April 1, 1985, and March 31, 1986", "from Monday, June 1, to ...". */
static int closing_comma(const tctx *c, size_t j, size_t na)
{
    if (!na || !is_punct(c, j + na, ',')) return 0;
    for (size_t k = j + 1; k < j + na; k++)
        if (is_punct(c, k, ',')) return 1;
    return 0;
}

/* How far end m of a range at token first may move when it lies on the wrong side of the other
 * end: a year when its year came from the story date ("June"), a week for a weekday alone
 * ("Thursday"), else 0 (written in full, after a weekday, or counted from the story date: "today"). */
static int end_step(const tctx *c, const match *m, size_t first)
{
    int flags;
    if (m->w.noyear || m->w.range || m->w.open || (m->w.g != G_DAY && m->w.g != G_MONTH)) return 0;
    if (m->weekday >= 0) return 0; /* "Monday, June 1": its weekday holds its year */
    if (m->w.inferred) return 365;
    return m->w.relative && m->w.g == G_DAY && weekday_at(c, first, &flags) >= 0 ? 7 : 0;
}

/* End m moved by one step (end_step) forward (dir 1) or back (-1). */
static void step_end(match *m, int step, int dir)
{
    if (step == 365) move_years(m, dir);
    else set_day(&m->w, m->w.a + 7 * dir);
}

/* Whether range ends A and B, each a day after its weekday with its year from the story date, were
 * written end first: in the year where A's weekday fits (weekday_fits_year: its own, or the one
 * before or after near the story date), B's weekday fits too and B falls before A. "from Friday, June 5
 * to Monday, June 1" in a year where both weekdays hold is a slip in the copy (days swapped, or one
 * mistyped), not a range of a year less four days into the next: both ends move to that year (the
 * caller swaps them and an error tells, reversed_finding). */
static int reversed_in_year(const tctx *c, match *a, match *b)
{
    if (!a->w.inferred || !b->w.inferred || a->w.noyear || b->w.noyear || a->weekday < 0 || b->weekday < 0 ||
        a->w.g != G_DAY || b->w.g != G_DAY || a->w.range || b->w.range || !b->w.nm || !b->w.nd)
        return 0;
    match a2 = *a;
    if (!weekday_fits_year(c, &a2)) return 0;
    int y = civil(a2.w.a).y;
    if (!valid_date(y, b->w.nm, b->w.nd)) return 0;
    long z = day_number(y, b->w.nm, b->w.nd);
    if (z >= a2.w.a || weekday_of(z) != b->weekday) return 0;
    *a = a2;
    set_day(&b->w, z);
    return 1;
}

/* Each end of a range read alone takes its own year or week from the story date and the tense, so
 * that B may come before A: "from June to December" in April, where the nearest December is the
 * last; "from Sunday to Thursday" read past; "between today and March 6" where the past tense took
 * last year's March 6. Then an end moves (end_step): A back when both ends are before the story
 * date (the past the tense read), B forward when both are after it; else the one that leaves the
 * range nearer the story date, as each end alone was read (B on a tie: a range reads on). Both
 * ends must be of one kind (two months or days, two weekdays), or the range led by "from" or
 * "between" (led): a dash may join a dateline to the story ("March 2 - Last week", "Oct 20 -
 * Monday's crash").
 * "between" names no order: its ends swap when that gives the shorter range ("between February
 * this year and February, 1986"). Ends at tokens ja and jb; whether they swapped. */
static int order_ends(const tctx *c, match *a, match *b, size_t ja, size_t jb, int led, int between)
{
    if (a->w.noyear || b->w.noyear || b->w.b >= a->w.a) return 0;
    int sa = end_step(c, a, ja), sb = end_step(c, b, jb);
    if (sa != sb && ((sa && sb) || !led)) sa = sb = 0;
    int back = sa && (!sb || a->w.b < c->ref || (b->w.a <= c->ref && c->ref - b->w.b < a->w.a - c->ref));
    match a2 = *a, b2 = *b, *m = back ? &a2 : &b2;
    for (int k = 0; k < 3 && (sa || sb) && b2.w.b < a2.w.a; k++) step_end(m, back ? sa : sb, back ? -1 : 1);
    int moved = b2.w.b >= a2.w.a;
    if (between && (!moved || a->w.b - b->w.a < b2.w.b - a2.w.a)) {
        match t = *a;
        *a = *b, *b = t;
        return 1;
    }
    if (moved) *a = a2, *b = b2;
    return 0;
}

/* Whether "and" at token k, after a day of the month A (one day with its month: "on June 24"), leads
 * to the day after A's written alone and ending there (range_day_ends): "on June 24 and 25", days
 * in a row as "on 24 and 25 June" are; not "June 20 and 27" (two days) nor "March 2 and 3 pct", nor
 * before a year ("June 24 and 25, 2015": the range would not take it). */
static int next_day_after_and(const tctx *c, const match *a, size_t k)
{
    int d2, y;
    size_t bd;
    if (!word_is(c, k, "and") || a->w.g != G_DAY || a->w.range || a->w.noyear || a->bare_day) return 0;
    if (!(bd = bare_day(c, k + 1, &d2)) || d2 != civil(a->w.a).d + 1) return 0;
    return range_day_ends(c, a, k + 1 + bd) && !year_after(c, year_link(c, k + 1 + bd), &y);
}

/* "from May to October 2020", "between 2015 and 2016", "Nov. 18-Dec. 19, 2015", "Monday to
 * Friday": one claim from the start of A to the end of B. */
static size_t range_expr(const tctx *c, size_t i, match *mt)
{
    unsigned key = word_key(c, i);
    int between = (key & KEY_BETWEEN) != 0, from = (key & KEY_FROM) != 0, d = 0;
    size_t j = i + (between || from);
    if ((between || from) && word_is(c, j, "the") && has_role(c, j + 1, R_PART)) j++; /* "from the end of 2007" */
    tctx inner = *c;
    inner.depth = c->depth + 1;
    match a, b;
    /* "from 4-23 in next month", days of the month named after them: no April 23 (after "from" or
     * "between" only: "lost 1-2 in March" is a score) */
    int days_then_month = (from || between) && int_at_digits(c, j) && is_dash(c, j + 1) && glued(c, j + 1) && glued(c, j + 2) &&
                          int_at_digits(c, j + 2) && (word_is(c, j + 3, "in") || word_is(c, j + 3, "of"));
    size_t na = days_then_month ? 0 : simple_expr(&inner, j, &a);
    if (!na) na = ambiguous_month_start(c, j, between, &a); /* "May to March" */
    int pair = slashed_pair(c, j); /* "10/1-11/7": two dates, though neither alone would be one */
    if (!na && pair && (na = numeric_date(&inner, j, &a, 1)) && a.past_day) return 0; /* "11/31-12/5" */
    int bare_start = !na; /* "from 4 to 22 this month", "9 to 12 of June" */
    if (bare_start && pages_before(c, j)) return 0; /* "pages 3-5 March issue": pages, not days */
    if (bare_start) {
        reset(&a);
        na = bare_day(c, j, &d);
    }
    int slash = d && is_punct(c, j + na, '/') && glued(c, j + na) && glued(c, j + na + 1); /* "19/20 February" */
    int and = d && !between && !from && word_is(c, j + na, "and"); /* "on 18 and 19 June": days in a row */
    int and_next = na && !d && !between && !from && next_day_after_and(c, &a, j + na); /* "on June 18 and 19" */
    size_t comma = (between || from) && closing_comma(c, j, na); /* "between April 1, 1985, and ..." */
    if (!na || !(range_connector(c, j + na + comma, between) || slash || and || and_next)) return 0;
    if (!between && !from && dateline_at(c, j, j + na - 1)) return 0; /* "TOKYO, March 3 - Jan 31 ..." */
    size_t k = j + na + comma + 1;
    if (word_is(c, k, "the")) k++;
    size_t nb = simple_expr(&inner, k, &b);
    if (!nb && d) nb = day_of_month_expr(&inner, k, &b);
    size_t past;
    if (!nb && d && (past = days_past_end(&inner, j, k, d, between || from, mt))) return k + past - i;
    if (!nb && pair && (nb = numeric_date(&inner, k, &b, 1)) && b.past_day) return 0;
    int d2;
    size_t bd;
    if (!nb && !d && a.w.g == G_DAY && !a.w.range && !a.w.noyear && (bd = bare_day(c, k, &d2)) &&
        range_day_ends(c, &a, k + bd)) { /* "from Dec. 5 to 12", "from April the 9th till the 17th" */
        b = a;
        b.bare_day = d2;
        b.weekday = -1; /* A's */
        nb = bd;
    }
    /* a part of a period at either end, "between the end of 2009 and the end of 2011", "from the middle
     * of 2009 to late 2011": in the years written (a year read from the story date could move one
     * end's part to the other year) */
    int parts = has_role(c, j, R_PART) || has_role(c, k, R_PART);
    if (!nb || (b.w.range && !has_role(c, k, R_PART))) return 0;
    if (parts && (a.w.inferred || a.w.noyear || b.w.inferred || b.w.noyear || d)) return 0;
    /* without "from" or "between", a bare day starts a range only before a day with its month */
    if (bare_start && !(between || from) && !(int_at_digits(c, j) && int_at_digits(c, k) && b.w.g == G_DAY))
        return 0;
    if (and && (b.w.noyear ? b.w.nd : civil(b.w.a).d) != d + 1) return 0; /* "20 and 27 April": two days */
    if (!d && a.bare_day && !b.bare_day && (b.w.nm || (!b.w.noyear && b.w.g == G_DAY)))
        d = a.bare_day; /* "between the 3rd and the 12th of September": the month is B's */
    if (!d && b.bare_day && a.w.g == G_DAY && !a.w.range && !a.w.noyear) {
        /* "from April the 9th till the 17th", "from the 4th to the 6th": B's month is A's (or the
         * one after); B was read as a copy of A with only its day */
        cd_date s = civil(a.w.a);
        if (b.bare_day > cd_days_in_month(a.explicit_year || a.w.inferred ? s.y : 2000, s.m)) /* "between November 30 and 31" */
            return past_end_range(c, &a, b.bare_day, j, k + nb - 1, mt) ? k + nb - i : 0;
        long end = day_number(s.y, s.m, 1) + b.bare_day - 1;
        if (b.bare_day <= s.d) end = add_months(end, 1);
        if (b.bare_day > cd_days_in_month(civil(end).y, civil(end).m)) return 0;
        set_day(&b.w, end);
    }
    if (d) { /* a bare day takes B's month and year */
        if (!b.w.nm && (b.w.noyear || b.w.g != G_DAY)) return 0;
        if (leap_day_end(c, &b, d, j, k + nb - 1, mt)) return k + nb - i; /* "28-29 February" in 1987 */
        cd_date e = civil(b.w.a);
        int m = b.w.noyear ? b.w.nm : e.m, y = e.y;
        if (d > (b.w.noyear ? b.w.nd : e.d) && --m == 0) m = 12, y--;
        if (d > cd_days_in_month(y, m)) return 0;
        a = b;
        a.weekday = -1; /* B's */
        a.w.nm = m;
        a.w.nd = d;
        if (!b.w.noyear) set_day(&a.w, day_number(y, m, d));
    } else {
        inherit_year(&a, &b);
        if (a.w.inferred && b.w.inferred && !a.w.noyear && !b.w.noyear) around_story_date(c, &a, &b);
        close_ends(&a, &b);
    }
    if (a.w.inferred && b.w.inferred) weekdays_pick_year(c, &a, &b);
    int reversed = reversed_in_year(c, &a, &b), swapped = reversed;
    if (reversed) { /* the days named, in their order: an error tells of the slip */
        match t = a;
        a = b, b = t;
    } else swapped = order_ends(c, &a, &b, j, k, between || from, between);
    *mt = a;
    mt->reversed = reversed;
    if (!a.w.noyear && !b.w.noyear && b.w.b >= a.w.a) {
        set_range(&mt->w, a.w.a, b.w.b, a.w.g == b.w.g ? a.w.g : G_DAY);
        mt->w.relative = a.w.relative || b.w.relative;
    }
    if (swapped) range_weekdays(mt, &a, &b, k, k + nb - 1, j, j + na - 1);
    else range_weekdays(mt, &a, &b, j, j + na - 1, k, k + nb - 1);
    return k + nb - i;
}

/* Whether token p is a finite verb in -s in lower case ("falls", "opens"; not "ss": "press") that
 * a preposition a time leads with, an article or "late" or "early" follows ("falls on", "opens
 * the", "begins late"): a plural subject has its verb after it ("prices have risen", "costs fell"). */
static int verb_s_at(const tctx *c, size_t p)
{
    const cd_token *t = tok(c, p);
    if (!t || t->type != TOK_WORD || (t->flags & TF_CAP) || t->len < 4) return 0;
    const char *s = c->doc->text + t->start;
    if (s[t->len - 1] != 's' || s[t->len - 2] == 's' || s[t->len - 2] == 'u' || s[t->len - 2] == 'i') return 0;
    size_t n = p + 1;
    return time_lead_at(c, n) || word_is(c, n, "the") || word_is(c, n, "a") || word_is(c, n, "an") ||
           word_is(c, n, "late") || word_is(c, n, "early");
}

/* Whether "since" at token i opens a clause of reason, no time: at its clause's start, the time
 * at tokens [j, end) holds no figure (a holiday's, a weekday's or a month's name), and a finite
 * verb right after it has the time for its subject ("Since the fair opens on a Friday, ...", ",
 * since Lent begins late"). In "prices rose since June was" the verb after the time is the
 * clause's own, so only a clause's start counts. */
static int since_reason(const tctx *c, size_t i, size_t j, size_t end)
{
    if (!clause_opens(c, i) || end >= c->lim) return 0;
    for (size_t k = j; k < end; k++)
        if (tok(c, k)->type == TOK_NUM) return 0;
    return present_verb(c, end) || tense_of_word(c, end) != 0 || verb_s_at(c, end);
}

/* "after 2016" (from 2017 on), "since May", "before 2010" (up to 2009), "later than 2020": a
 * range open at one end. "after Monday's meeting" names the meeting: only the date is read. */
static size_t open_expr(const tctx *c, size_t i, match *mt)
{
    int after = word_is(c, i, "after"), since = word_is(c, i, "since"), before = word_is(c, i, "before");
    size_t j = i + 1;
    if (!after && !since && !before) {
        if (!(word_is(c, i, "later") || word_is(c, i, "earlier")) || !word_is(c, i + 1, "than")) return 0;
        after = word_is(c, i, "later"), before = !after, j = i + 2;
    }
    int y;
    if (word_is(c, j, "the") && word_is(c, j + 1, "year") && year_at(c, j + 2, &y)) j += 2;
    tctx inner = *c;
    inner.depth = c->depth + 1;
    size_t n = simple_expr(&inner, j, mt);
    if (!n && j == i + 2 && year_at(c, j, &y) && !noun_follows(c, j + 1)) { /* "later than 2020" */
        reset(mt);
        set_year(&mt->w, y);
        n = 1;
    }
    if (!n || mt->w.noyear || mt->w.open || word_is(c, j + n, "’s") || word_is(c, j + n, "'s")) return 0;
    if (since && since_reason(c, i, j, j + n)) return 0; /* "Since the fair opens on a Friday," */
    if (mt->weekday >= 0) { /* "later than Wednesday, April 15": the weekday is April 15's */
        weekday_fits_year(c, mt);
        match day = *mt;
        range_weekdays(mt, &day, NULL, j, j + n - 1, 0, 0);
    }
    when *w = &mt->w;
    if (after) w->a = w->b + 1;
    w->open = before ? -1 : 1;
    if (before) w->b = w->a - 1;
    return j + n - i;
}

/* "between now and November 15th", "from now until May": from the story date on. */
static size_t now_range(const tctx *c, size_t i, match *mt)
{
    if (!(word_is(c, i, "between") || word_is(c, i, "from")) || !word_is(c, i + 1, "now")) return 0;
    if (!range_connector(c, i + 2, word_is(c, i, "between")) && !word_is(c, i + 2, "until")) return 0;
    tctx inner = *c;
    inner.depth = c->depth + 1;
    size_t n = simple_expr(&inner, i + 3, mt);
    if (!n || mt->w.noyear || mt->w.open || mt->w.b < c->ref) return 0;
    set_range(&mt->w, c->ref, mt->w.b, G_DAY);
    mt->w.relative = 1;
    return n + 3;
}

/* The patterns, in the order simple_expr tries them, come in groups: those that read no nested
 * expression give the same answer at every depth; those that do (part_expr, nth_of, week_of,
 * week_number) and duration_expr (top level only) may not. */
enum { S_NONE, S_FLAT1, S_NESTED, S_FLAT2, S_WEEKNUM, S_FLAT3, S_DURATION };

static size_t flat_first(const tctx *c, size_t i, match *mt)
{
    size_t n;
    reset(mt);
    if ((n = calendar_date(c, i, mt))) return n;
    reset(mt);
    if ((n = day_alone(c, i, mt))) return n;
    reset(mt);
    if ((n = decade_expr(c, i, mt)) || (n = century_expr(c, i, mt)) || (n = half_expr(c, i, mt)) ||
        (n = calendar_year(c, i, mt)) ||
        (n = year_expr(c, i, mt)) || (n = quarter_expr(c, i, mt)))
        return n;
    return 0;
}

/* Whether token i is one of n lower-case words, whose first letters are the set firsts and whose
 * lengths the set lens (most words are ruled out by those before any word is compared: "to",
 * "of", "in"). */
static int word_in_text(const tctx *c, const cd_token *t, const char *const *words, size_t n, uint32_t firsts);

static inline int word_in(const tctx *c, size_t i, const char *const *words, size_t n, uint32_t firsts, uint32_t lens)
{
    const cd_token *t = tok(c, i); /* most tokens asked are ruled out here, inline: no call */
    if (!t || t->type != TOK_WORD) return 0;
    size_t len = t->len;
    if (len >= 32 || !(lens & (1u << len))) return 0;
    return word_in_text(c, t, words, n, firsts);
}

/* word_in at word t of a length of the set: its first letter, then its text. */
static int word_in_text(const tctx *c, const cd_token *t, const char *const *words, size_t n, uint32_t firsts)
{
    size_t i = (size_t)(t - c->doc->toks);
    char first = c->doc->text[t->start];
    if (first >= 'A' && first <= 'Z') first = (char)(first + 32);
    if (first < 'a' || first > 'z' || !(firsts & LETTER(first))) return 0;
    for (size_t k = 0; k < n; k++)
        if (words[k][0] == first && cd_tok_is(c->doc, i, words[k])) return 1;
    return 0;
}

/* Which patterns can start at a bare number (a TOK_NUM token without a lexicon entry), read
 * from each pattern's first test of token i. At such a token role_at is 0 for every role (no
 * entry: no phrase; not a word: no word roles), month_at is 0, weekday_at is -1, word_is(i, W)
 * fails for every word W, and no holiday phrase starts there (data/time_holidays.tsv has no key
 * that starts with a digit). So:
 *   may start there: calendar_date (day_first, numeric_date), day_alone, decade_expr,
 *     century_expr, half_expr, year_expr, nth_of ("3rd week"), shifted_unit ("5 past years"),
 *     duration_expr, range_expr.
 *   return 0 at once, before touching mt: quarter_expr ("q", R_ORDINAL), calendar_year ("cy"),
 *     part_expr (R_PART),
 *     week_of and week_number ("week"), relative_day (R_DAY), unit_after_next (R_UNIT, "weekend"),
 *     weekend_expr, within_expr, rest_of (R_UNIT, "rest"), shifted_name (R_SHIFT),
 *     weekday_of_week (a weekday), weekday_expr (R_SHIFT, a weekday), holiday (no phrase),
 *     open_expr and now_range (their words).
 * The bare-number paths below skip the second list: since those return 0 with mt untouched, the
 * answer (and mt) is the same. */
static int bare_number(const tctx *c, size_t i)
{
    const cd_token *t = tok(c, i);
    return t && t->type == TOK_NUM && !cd_tok_lex(t);
}

/* Where only one or two patterns can start (holiday_or_the): a word with no month, weekday or
 * number word, no data/time_words.tsv role of its own and no phrase of that file starting there,
 * and none of the words the patterns compare token i with but "the" ("h", "q", "cy", "week", "weekend",
 * "within", "rest", "remainder", "remaining"; open_expr's, now_range's and range_expr's are read
 * before single_expr). Then every pattern's first test fails as at a bare number (role_at 0,
 * month_at 0, weekday_at -1, word_is false), and these also: int_at, year_at and dotted/compact
 * dates (no number), spelled_at and so day_at, count_at, year_span (no number word), date_parts
 * (no month, no number). So all return 0 with mt untouched (calendar_date sets mt->weekday and
 * date_tok, then flat_first resets mt) but holiday ("Christmas", "New Year's Eve") and, at "the",
 * day_alone ("the 18th"; elsewhere it needs a weekday, "the" or digits after "on"). */
/* A shift word (W_SHIFT: "this", "next", "previous"; W_SHIFT_ORD also an ordinal: "last") is such a
 * word with the role shift (and ordinal) of its own and no other role. The same first tests fail
 * there, and these also: relative_day, decade_expr (no day or decade role), unit_after_next,
 * rest_of (no unit), duration_expr (no count), part_expr (no part); century_expr, quarter_expr
 * and nth_of fail unless it is an ordinal. So only calendar_date ("this Friday 5/12"),
 * this_time ("this time last year"), shifted_unit, shifted_name, weekday_expr, holiday and the ordinal
 * ones are tried. The cross-check's reference tries every pattern at these words and at "the" and a
 * holiday's head too (word_class says W_ANY), and this_time at every token (flat_second): this_time
 * is the one pattern only shift_word asks. */
/* A count word (W_COUNT: count_only, "a", "an", "few", "couple", where no phrase of
 * data/time_words.tsv starts: not "a few", "a couple of") has the role count and no other, no name,
 * no holiday and no number that spelled_read reads. At such a word the first test of every pattern
 * fails (no number, day, month, weekday, season, holiday, shift, ordinal, unit, part, decade, and
 * none of MAY_BEGIN_WORDS or "the") but shifted_unit's and duration_expr's, which read a count
 * there ("a next weeks", "a week ago"); those that fail return 0 with mt untouched. So single_expr
 * tries those two alone (count_word), in its order. The cross-check's reference takes every
 * pattern there (word_class says W_ANY). */
/* A month's or a weekday's name with nothing else time.c reads (W_MONTH, W_WEEKDAY: name_only,
 * none of key_table's words): no number, no role, no holiday, no phrase of time.c's classes, none
 * of MAY_BEGIN_WORDS. There every pattern's first test fails (and returns 0 with mt untouched) but
 * calendar_date's (month_first, numeric_date: "Dec. 5", "Aug-05-2016"; a weekday before a date)
 * and, at a weekday, day_alone's ("Monday the 5th"), weekday_of_week's and weekday_expr's; the top
 * level's weekday_duration and range_expr read them as before. So single_expr tries those alone
 * (name_word), in its order. The cross-check's reference takes every pattern there. */
/* An ordinal (W_ORDINAL: ordinal_only, "first", "third", "twentieth") has the role ordinal and no
 * other, no name, no holiday, no phrase of data/time_words.tsv it heads and none of key_table's
 * words. There every pattern's first test fails (no number, count, shift, unit, part, day, decade,
 * name or holiday; see ordinal_leads) and returns 0 with mt untouched but calendar_date's (day_first:
 * "first of May"), century_expr's, quarter_expr's and nth_of's (the nested group: "the third week
 * of"). So single_expr tries those alone (ordinal_word), in its order, and the nested group nth_of
 * as at "last" (W_SHIFT_ORD). A number word (W_SPELLED: spelled_only, "three", "twenty") has no
 * role but perhaps count: there every pattern's first test fails as well (see spelled_leads) but
 * calendar_date's, decade_expr's, year_expr's (spelled_year), shifted_unit's and duration_expr's
 * ("two past years", "three weeks ago"); the nested group's fail at once, as at any word but
 * W_ANY's. So single_expr tries those alone (spelled_word). The cross-check's reference takes every
 * pattern at both (word_class says W_ANY). */
enum { W_ANY, W_HOLIDAY, W_THE, W_SHIFT, W_SHIFT_ORD, W_COUNT, W_MONTH, W_WEEKDAY, W_ORDINAL, W_SPELLED };

static int word_class(const tctx *c, size_t i)
{
    const cd_token *t = tok(c, i);
    if (!t || t->type != TOK_WORD || ALL_PATTERNS(c)) return W_ANY; /* the reference: every pattern */
    const cd_time_word *r = cd_tok_lex(t) ? token_word(t) : NULL;
    if (r) {
        if (r->month_only) return W_MONTH;
        if (r->weekday_only) return W_WEEKDAY;
        if (r->count && memo_at(c, i)->n < 2) return W_COUNT;
        if (r->ordinal) return W_ORDINAL;
        if (r->spelled) return W_SPELLED;
    }
    const uint64_t names = LXM(LX_TIME_MONTHS) | LXM(LX_TIME_WEEKDAYS) | LXM(LX_NUM_WORD) | LXM(LX_TIME_SEASONS);
    if (cd_tok_mask(t) & names) return W_ANY;
    const tokmemo *m = memo_at(c, i);
    const unsigned shift = 1u << R_SHIFT, ordinal = 1u << R_ORDINAL;
    if (m->n >= 2 || (m->word_roles & ~(shift | ordinal)) || (m->word_roles && !(m->word_roles & shift))) return W_ANY;
    static const char *const words[] = {MAY_BEGIN_WORDS(WORD_TEXT)};
    /* a word with an entry is one of them exactly when its entry's key is (KEY_BEGINS) */
    if (r ? (r->key & KEY_BEGINS) != 0 : word_in(c, i, WORD_SET(MAY_BEGIN_WORDS))) return W_ANY;
    if (m->word_roles) return m->word_roles & ordinal ? W_SHIFT_ORD : W_SHIFT;
    return word_is(c, i, "the") ? W_THE : W_HOLIDAY;
}

/* Remembered answers of simple_expr at depth 1 in the current sentence: range_expr reads the
 * expression at token i at depth 1 before the top level reads it again at depth 0, and the
 * flat groups answer the same at both depths. Cleared whenever tokens are marked (the tense
 * reads TF_TIME). Also where the nested group found nothing without reading an expression
 * (nested_parts). */
typedef struct expr_memo {
    size_t tok[8]; /* token index + 1; 0: empty */
    size_t n[8];
    match mt[8];
    int deep[8];   /* whether the read stopped at nested_parts' depth limit (deep_reads) */
    size_t reads;       /* simple_expr calls so far */
    size_t nested_none; /* token index + 1 where nested_parts found none and read no expression */
    size_t deep_reads;  /* nested_parts calls at depth 2 or deeper so far */
} expr_memo;

static void forget_exprs(expr_memo *m)
{
    memset(m->tok, 0, sizeof m->tok);
    m->nested_none = 0;
}

static size_t nested_read(const tctx *c, size_t i, match *mt)
{
    size_t n;
    if (c->depth < 2 && bare_number(c, i)) return nth_of(c, i, mt);
    int wc = word_class(c, i);
    if ((wc == W_SHIFT_ORD || wc == W_ORDINAL) && c->depth < 2) {
        reset(mt);
        if ((n = nth_of(c, i, mt))) return n;
        reset(mt);
        return 0;
    }
    if (wc != W_ANY) return 0;
    if (c->depth < 2 && ((n = part_expr(c, i, mt)) || (reset(mt), n = nth_of(c, i, mt)) ||
                         (reset(mt), n = week_of(c, i, mt))))
        return n;
    return 0;
}

/* The nested group at token i (0 at depth 2 and deeper; mt reset by the caller after a 0). Its
 * patterns (part_expr, nth_of, week_of) read token i and those after it, then perhaps an expression
 * one level deeper (simple_expr): where they found none at depth 1 without reading one (their first
 * tests failed, on tokens alone), they find none at depth 0 either, which the top level asks next
 * (top_single, after depth1_expr). The cross-check's reference asks again. */
static size_t nested_parts(const tctx *c, size_t i, match *mt)
{
    expr_memo *m = c->exprs;
    if (c->depth >= 2) {
        m->deep_reads++; /* one level up it might have read more (top_single) */
        return 0;
    }
    if (m->nested_none == i + 1 && !ALL_PATTERNS(c)) return 0;
    size_t reads = m->reads, n = nested_read(c, i, mt);
    if (!n && m->reads == reads) m->nested_none = i + 1;
    return n;
}

static size_t flat_second(const tctx *c, size_t i, match *mt)
{
    size_t n;
    if (bare_number(c, i)) {
        n = shifted_unit(c, i, mt);
        return n ? n + weekday_in_week(c, i + n, mt) : 0;
    }
    if (ALL_PATTERNS(c) && (n = this_time(c, i, mt))) return n; /* shift_word's; the reference tries it anywhere */
    if ((n = relative_day(c, i, mt))) return n;
    if ((n = shifted_unit(c, i, mt))) return n + weekday_in_week(c, i + n, mt);
    if ((n = unit_after_next(c, i, mt)) || (n = weekend_expr(c, i, mt))) return n;
    return 0;
}

static size_t flat_third(const tctx *c, size_t i, match *mt)
{
    size_t n;
    if (bare_number(c, i)) return 0;
    if ((n = within_expr(c, i, mt)) || (n = rest_of(c, i, mt)) || (n = shifted_name(c, i, mt)) ||
        (n = weekday_of_week(c, i, mt)) || (n = weekday_expr(c, i, mt)) || (n = holiday(c, i, mt, 0, 0)) ||
        (n = season_expr(c, i, mt)))
        return n;
    return 0;
}

static size_t with_seg(match *mt, size_t n, int seg)
{
    mt->seg = n ? seg : S_NONE;
    return n;
}

/* Whether a number token may start a date: only digits (at most 4, or 8: "20161016") or digits
 * with two inner dots ("13.5.2015"); not "1.5", "3,000", "12345". */
static int number_may_begin(const tctx *c, const cd_token *t)
{
    size_t len = t->len, dots = 0;
    for (uint32_t k = t->start; k < cd_tok_stop(t); k++) {
        char ch = c->doc->text[k];
        if (ch == '.') dots++;
        else if (ch < '0' || ch > '9') return 0;
    }
    return dots == 2 || (dots == 0 && (len <= 4 || len == 8));
}

/* A bare number of at most four digits before '%' ("5%", "2016 %") is a percentage, never the
 * start of a date. Of the patterns that may start at a bare number (bare_number), each needs
 * something else right after it, and '%' is none of it: day_first a month, numeric_date a '/',
 * '-' or '.' (and dotted_date and compact_date other number tokens), day_alone, century_expr and
 * nth_of an ordinal suffix, decade_expr an "s" or an apostrophe, shifted_unit a shift or a unit,
 * duration_expr a unit, range_expr a connector, a slash or "and"; year_at (year_expr, half_expr)
 * and early_year refuse a number before '%'. */
static int percentage(const tctx *c, size_t i)
{
    const cd_token *t = &c->doc->toks[i];
    return !cd_tok_lex(t) && t->len <= 4 && is_punct(c, i + 1, '%');
}

/* The words after a bare number that may continue a date, a range or a count (number_leads; "of"
 * only before a month). */
#define NUMBER_NEXT_WORDS(X) X(st) X(nd) X(rd) X(th) X(s) X(and) RANGE_TO_WORDS(X)

/* Whether the word at token j, after a number, may be what shifted_unit, duration_expr or (after a
 * number word) decade_expr read there: a word of data/time_words.tsv with the role shift, unit or
 * decade, or one where a phrase of that file may start (it heads one and the tokenizer saw a phrase
 * start: role_at may find a phrase's role). Its prepositions and counts ("in", "of", "a") are
 * none: "one of them", "5 in 10". */
static int time_word_follows(const tctx *c, size_t j)
{
    const cd_token *t = tok(c, j);
    if (!t || t->type != TOK_WORD || !(cd_tok_classes(t) & LXM(LX_TIME_WORDS))) return 0;
    if ((cd_tok_lex(t)->heads & LXM(LX_TIME_WORDS)) && t->phrases != CD_PHRASES_KNOWN) return 1;
    const unsigned follows = 1u << R_SHIFT | 1u << R_UNIT | 1u << R_DECADE;
    return (token_word(t)->roles & follows) != 0;
}

/* "of" at token j before a month's name: day_first's "5 of December", "fifth of May". */
static int of_month(const tctx *c, size_t j)
{
    const cd_token *m = tok(c, j + 1);
    return word_is(c, j, "of") && m && m->type == TOK_WORD && cd_lex_has(cd_tok_entry(m), LX_TIME_MONTHS);
}

static int may_begin(const tctx *c, size_t i);

/* Whether the word at token i, of none of the time classes (no TF_TIME_START), is one of may_begin's
 * words: of those (MAY_BEGIN_WORDS), "q", "h", "w" and "cy" have no entry of those classes ("week",
 * "weekend", "within", "rest" and the rest are longer): letter_words. */
static inline int letter_word(const tctx *c, size_t i)
{
    if (c->doc->toks[i].len > 2) return 0;
    for (size_t k = 0; k < N_LETTER_WORDS; k++) /* cd_tok_is tells a word of another length */
        if (cd_tok_is(c->doc, i, letter_words[k])) return 1;
    return 0;
}

/* Whether token i is a count word that can start nothing here (W_COUNT's count_only: "a", "an";
 * r its word's record): where no phrase starts (cd_token.phrases) it reads as the count alone, and
 * may_begin then asks role_at for a shift or a unit at the next token, which must be a word of
 * data/time_words.tsv or head one of its phrases (time_word_at): "a new", "a lot", "an hour" is
 * left to that. (may_begin_range says no there: count_only is none of key_table's words.) */
static inline int count_alone(const tctx *c, size_t i, const cd_time_word *r)
{
    return r->count && c->doc->toks[i].phrases == CD_PHRASES_KNOWN && !ALL_PATTERNS(c) && !time_word_at(c, i + 1);
}

/* After a bare number, whether the '.' at token j may continue a date: day_first's day_dot wants a
 * month after it ("16. November"), date_parts a part glued to it, a number or a month ("5.12.2016"
 * in tokens); at the sentence's end it is a full stop ("rose to 5."). */
static int dot_leads(const tctx *c, size_t j)
{
    const cd_token *t = tok(c, j + 1);
    if (!glued(c, j) || !t) return 0;
    if (t->type == TOK_WORD && cd_lex_has(cd_tok_entry(t), LX_TIME_MONTHS)) return 1;
    return t->type == TOK_NUM && glued(c, j + 1);
}

/* After a bare number, whether the dash at token j may continue a date or a range: date_parts and
 * spaced_year_month want a number or a month after it ("5-12-2016", "05-Aug-2016", "11 - 2016"),
 * range_expr an end there, which starts with "the", a day (day_at) or an expression (simple_expr
 * asks may_begin there first): "4-6 June", "5 - the 9th". Not "a 10-year bond", "5-strong". A number
 * after the dash is taken at once, so may_begin never runs along a chain of numbers. */
static int dash_leads(const tctx *c, size_t j)
{
    const cd_token *t = tok(c, j + 1);
    int d;
    if (!t) return 0;
    if (t->type == TOK_NUM) return 1;
    return word_is(c, j + 1, "the") || day_at(c, j + 1, &d) || may_begin(c, j + 1);
}

/* Whether bare number t of fewer than four digits may be a decade before "'s" ("70's", "00's"):
 * decade_expr reads two digits there, a multiple of ten (not "Radio 4's", "Maroon 5's"). */
static int decade_digits(const tctx *c, const cd_token *t)
{
    return t->len == 2 && c->doc->text[cd_tok_stop(t) - 1] == '0';
}

static int ordinal_leads(const tctx *c, size_t i);

/* Whether an expression may start at bare number i before a glued ordinal suffix ("15th"), from
 * the token after the suffix, as an ordinal word's (ordinal_leads at the suffix): each pattern
 * that reads a suffix after a number wants something there -- day_first "of" or a month ("5th of
 * May", "5th May"), century_expr "century", nth_of a count, a unit, a weekday, a shift, "of" or
 * "in" ("3rd week of", "20th of next month"), range_expr a connector, "and", a slash or a dash
 * ("5th to the 9th") -- but day_alone, which takes a day in digits alone after "on" ("on 29th").
 * Not "the 15th anniversary", "his 100th goal", "3rd place". */
static int suffix_leads(const tctx *c, size_t i)
{
    return (i > c->first && word_is(c, i - 1, "on")) || ordinal_leads(c, i + 1);
}

/* Whether an expression may start at bare number i (bare_number; number_may_begin holds), from
 * what stands around it. A number that is no year in digits (four digits), no dotted date
 * ("13.5.2015", one token) and no compact date (eight digits) starts one only with the help of the
 * token after it, as each pattern that may start at a bare number reads it:
 *   calendar_date: day_first a month, "of" before a month or an ordinal suffix after the number
 *     ("5 December", "5 of May", "5th of May"), or a '.' before a month (dot_leads); numeric_date
 *     a '/', '-' or '.' (date_parts) or a '/' or a dash with spaces around it (spaced_year_month:
 *     "11 / 2016"), a number or a month after the dash or the '.' (dash_leads, dot_leads);
 *   day_alone, century_expr, nth_of: an ordinal suffix ("on 29th", "19th century", "3rd week");
 *   decade_expr: "s", or an apostrophe glued before a glued "s" ("70s", "70's");
 *   half_expr, year_expr: a year (four digits); early_year three digits after "year" ("year 800");
 *   shifted_unit, duration_expr: a word of data/time_words.tsv, a shift or a unit ("5 past
 *     years", "3 days ago"), or the head of one of its phrases (time_word_follows); counted_weekdays
 *     a weekday in the plural ("3 Fridays ago");
 *   range_expr: an expression starting at the number (one of the above), or a day and a connector
 *     (RANGE_TO_WORDS, a dash), a slash or "and" after it or after its ordinal suffix ("4 to 22
 *     January", "19/20 February", "18 and 19 June");
 *   the others return 0 at once at a bare number (see bare_number).
 * So a next token that is none of these -- a word with no month or weekday entry, no time word of
 * time_word_follows, no "of" before a month and none of NUMBER_NEXT_WORDS, another number, any
 * other punctuation, the end of the sentence -- rules them all out: "5 mln", "3 cts", "7 pct",
 * "12 billion", "45 people", "5, 6", "3 of them", "5 in 10". Guarded by
 * tests/c/test_time_dispatch.c, which compares with every pattern at every token. */
static int number_leads(const tctx *c, size_t i)
{
    const cd_token *t = &c->doc->toks[i], *next = tok(c, i + 1);
    size_t len = t->len;
    if (len == 4 || len == 8 || memchr(c->doc->text + t->start, '.', len)) return 1;
    if (len == 3 && i > c->first && word_is(c, i - 1, "year")) return 1;
    if (!next) return 0;
    if (next->type == TOK_PUNCT) {
        if (next->cp == '.') return dot_leads(c, i + 1);
        if (next->cp == '\'' || next->cp == 0x2019) /* "70's": decade_expr's "s" glued after a decade */
            return decade_digits(c, t) && glued(c, i + 1) && word_is(c, i + 2, "s") && glued(c, i + 2);
        return next->cp == '/' || (is_dash(c, i + 1) && dash_leads(c, i + 1));
    }
    if (next->type != TOK_WORD) return 0;
    if (ordinal_suffix(c, i + 1)) return suffix_leads(c, i);
    const uint64_t names = LXM(LX_TIME_MONTHS) | LXM(LX_TIME_WEEKDAYS);
    if ((cd_tok_classes(next) & names) || time_word_follows(c, i + 1)) return 1;
    if (of_month(c, i + 1)) return 1;
    static const char *const words[] = {NUMBER_NEXT_WORDS(WORD_TEXT)};
    return word_in(c, i + 1, WORD_SET(NUMBER_NEXT_WORDS)) || span_leads(c, i + 1);
}


/* The words after a spelled number that may continue a date, a range or a count (spelled_leads;
 * "of" only before a month). */
#define SPELLED_NEXT_WORDS(X) X(and) X(oh) X(o) X(zero) RANGE_TO_WORDS(X)

/* Whether an expression may start at a number word i (spelled_only, none of key_table's words),
 * from the token after the number it spells (spelled_at: "twenty - five" is one). With no time
 * role but count, no name and no holiday of its own, the first tests of calendar_date (but day_first), day_alone,
 * century_expr, half_expr, calendar_year, quarter_expr, part_expr, nth_of, week_of,
 * relative_day, unit_after_next, weekend_expr, week_number and every pattern of flat_third fail
 * there, and open_expr and now_range are not tried (no range word). The rest need, after the
 * number:
 *   day_first: "of" before a month, or a month ("fifth of May", "twenty-one May");
 *   decade_expr: a decade word, a dash before one, or (after a number with "hundred" or
 *     "thousand", *big) "and" ("nineteen seventies", "twenty-tens", "two thousand and tens");
 *     "the two thousands" a number word;
 *   year_expr (spelled_year): a number with "hundred" or "thousand" may be a year with anything
 *     after it; any other year needs a second number word or "oh", "o", "zero" ("nineteen
 *     ninety-six", "nineteen oh five");
 *   shifted_unit, duration_expr: a shift or a unit ("two past years", "two weeks ago"), or the
 *     head of a phrase of data/time_words.tsv (time_word_follows, which takes decade words too);
 *     counted_weekdays a weekday in the plural ("two Sundays from now");
 *   range_expr: an expression starting there (the above), or a day and a connector
 *     (RANGE_TO_WORDS, a dash), a slash or "and" ("four to six May"); after a dash, the range's
 *     end: "the", a day or an expression (dash_leads, as after a bare number).
 * So a next token that is none of these rules them all out: "two companies", "three people",
 * "one, two", "one of them", "one in five", "a two-year deal". Guarded by
 * tests/c/test_time_dispatch.c. */
static int spelled_leads(const tctx *c, size_t i)
{
    long v;
    int big;
    size_t n = spelled_at(c, i, &v, &big);
    if (!n) return 0; /* never at a number word of at least one (spelled_only); no count, day or year */
    if (big) return 1;
    const cd_token *next = tok(c, i + n);
    if (!next) return 0;
    if (next->type == TOK_PUNCT) /* a dash: "twenty-tens", "four - six May"; not "two-year" */
        return next->cp == '/' || (is_dash(c, i + n) && (has_role(c, i + n + 1, R_DECADE) || dash_leads(c, i + n)));
    if (next->type != TOK_WORD) return 0;
    const uint64_t names = LXM(LX_TIME_MONTHS) | LXM(LX_NUM_WORD) | LXM(LX_TIME_WEEKDAYS);
    if ((cd_tok_classes(next) & names) || time_word_follows(c, i + n)) return 1;
    if (of_month(c, i + n)) return 1;
    static const char *const words[] = {SPELLED_NEXT_WORDS(WORD_TEXT)};
    return word_in(c, i + n, WORD_SET(SPELLED_NEXT_WORDS)) || span_leads(c, i + n);
}

/* The words after a day of the month that may end it alone (day_alone_ends) or join it to the
 * end of a range (range_connector, "and"). */
#define DAY_END_WORDS(X) X(at) X(and) X(or) RANGE_TO_WORDS(X)

/* Whether an expression may start at "the" (a word with no role, heading no phrase of time.c's
 * classes: word_class W_THE), where only day_alone ("the 18th", "the twenty-first") and
 * range_expr ("the 3rd to the 12th of May") may start: both need a day after it (day_at) and,
 * after the day, what day_alone_ends lets end it (the end of the sentence, a punctuation mark, "at",
 * "and", "or", "to", "through", "until", "till"; a spaced dash) or what joins a range (a dash, a
 * slash, "and", RANGE_TO_WORDS). Not "the 2016 election" (no day), "the first time", "the two
 * companies" (a spelled day is none before a noun), "the 5 mln". */
static int day_follows(const tctx *c, size_t i)
{
    int d;
    size_t n = day_at(c, i + 1, &d);
    if (!n) return 0;
    const cd_token *after = tok(c, i + 1 + n);
    if (!after || after->type == TOK_PUNCT) return 1;
    static const char *const words[] = {DAY_END_WORDS(WORD_TEXT)};
    return word_in(c, i + 1 + n, WORD_SET(DAY_END_WORDS));
}


/* The words after an ordinal that may continue a date, a range or an nth (ordinal_leads). */
#define ORDINAL_NEXT_WORDS(X) X(of) X(in) X(and) X(century) X(quarter) X(half) X(week) X(weeks) X(month) X(months) X(day) \
    RANGE_TO_WORDS(X)

/* Whether an expression may start at ordinal word i (ordinal_only, none of key_table's words), from
 * the token after it. With no role there but ordinal, the first tests of calendar_date (but
 * day_first), day_alone, decade_expr, half_expr, calendar_year, year_expr, part_expr, week_of,
 * shifted_unit, relative_day, unit_after_next, weekend_expr, week_number, duration_expr and every
 * pattern of flat_third fail there (no number, count, shift, unit, part, day, decade, name or
 * holiday), and open_expr and now_range are not tried (no range word). The rest need next:
 *   day_first: "of" or a month ("first of May", "third May");
 *   century_expr: "century"; quarter_expr: "quarter" ("the third quarter");
 *   nth_of: a count ("first two weeks"), "week(s)", "month(s)", "day", a weekday, "of", "in" or
 *     a shift ("the second Monday", "the third week of", "the 20th of next month", "the 21st
 *     this month");
 *   range_expr: an expression starting there (the above), or a day and a connector
 *     (RANGE_TO_WORDS, a dash), a slash or "and" ("the second through the fourth").
 * So a next token that is none of these -- no number, no word of data/time_words.tsv (counts,
 * units, shifts) or of the month, weekday and number-word lists, none of ORDINAL_NEXT_WORDS, no
 * slash or dash -- rules them all out: "the first time", "the third party", "second, the". */
/* ordinal_leads' test of the word at token j: a number, a word of data/time_words.tsv or of the
 * month, weekday and number-word lists, or one of ORDINAL_NEXT_WORDS. */
static int ordinal_next_word(const tctx *c, size_t j)
{
    const cd_token *next = tok(c, j);
    if (!next) return 0;
    if (next->type == TOK_NUM) return 1;
    const uint64_t continues = LXM(LX_TIME_WORDS) | LXM(LX_TIME_MONTHS) | LXM(LX_TIME_WEEKDAYS) | LXM(LX_NUM_WORD);
    if (next->type == TOK_WORD && (cd_tok_classes(next) & continues)) return 1;
    static const char *const words[] = {ORDINAL_NEXT_WORDS(WORD_TEXT)};
    return word_in(c, j, WORD_SET(ORDINAL_NEXT_WORDS));
}

/* After a dash the same word must follow ("the first - third May", "first-quarter", "twentieth-century"),
 * or "the": the range's end or the pattern's next word. Not "second-largest", "first-hand". */
static int ordinal_leads(const tctx *c, size_t i)
{
    const cd_token *next = tok(c, i + 1);
    if (!next) return 0;
    if (next->type == TOK_PUNCT)
        return next->cp == '/' || (is_dash(c, i + 1) && (word_is(c, i + 2, "the") || ordinal_next_word(c, i + 2)));
    return ordinal_next_word(c, i + 1);
}




/* Whether an expression may start at an ambiguous month's name in lower case ("may", "march":
 * lower_month, no TF_CAP). month_at says no there, so of the patterns only month_first reads it:
 * month_at_loose with digits glued after it ("may3"), or lower_month_alone after "in", "since",
 * "until", "during" or "till" and before a punctuation mark or the sentence's end ("in may.");
 * date_parts reads it only with digits glued after it too, day_at, weekday_at and every role say
 * no, and range_expr's ambiguous_month_start asks month_at. Not "it may be", "they march on". */
static int lower_month_leads(const tctx *c, size_t i)
{
    const cd_token *next = tok(c, i + 1);
    if (next && next->type == TOK_NUM && glued(c, i + 1)) return 1;
    if (i <= c->first || (next && next->type != TOK_PUNCT)) return 0;
    return word_is(c, i - 1, "in") || word_is(c, i - 1, "since") || word_is(c, i - 1, "until") ||
           word_is(c, i - 1, "during") || word_is(c, i - 1, "till");
}

/* Whether an expression may start at a season that is also a word ("fall": word_season): only
 * season_expr reads it (season_at with shifted_ok; the other patterns' first tests fail there), and
 * alone it needs a year after it or after "of" (year_after: digits, a number word, or after "of" an
 * apostrophe before two digits): "fall 2016", "fall of '16"; not "prices fall in May", "the fall of
 * the wall". After a shift ("last fall") the shift word starts it. */
static int word_season_leads(const tctx *c, size_t i)
{
    size_t e = i + 1 + word_is(c, i + 1, "of");
    const cd_token *t = tok(c, e);
    if (!t) return 0;
    if (t->type == TOK_NUM) return 1;
    if (t->type == TOK_WORD) return cd_lex_has(cd_tok_entry(t), LX_NUM_WORD);
    return e > i + 1 && t->type == TOK_PUNCT && (t->cp == '\'' || t->cp == 0x2019);
}


/* Whether a single expression may start at part word i ("end", "early", "late", "start", and the
 * range words "later", "earlier": r->part, no phrase of data/time_words.tsv starting there (it may
 * head one: part_only), none of key_table's words but a range word's). Only part_expr reads it (no other role, name or number:
 * every other pattern's first test fails, range_expr's bare day too; a range word's open_expr and
 * range_expr are asked apart, may_begin_range and range_follows), and after the word, a glued dash, then "of" or "in the", it wants "the", "year", "month" or
 * "week", or an expression one level deeper, which simple_expr starts only where may_begin holds.
 * A number or another part word there is taken at once (no may_begin along a chain of them).
 * Not "the end.", "later, he said", "start to". */
static int part_leads(const tctx *c, size_t i)
{
    size_t j = i + 1, link = part_link(c, j);
    if (link && has_role(c, j + link, R_PART)) return 1; /* "mid-to-late April" */
    if (is_dash(c, j) && glued(c, j)) j++;
    if (word_is(c, j, "of") || (word_is(c, j, "in") && word_is(c, j + 1, "the"))) j++;
    const cd_token *t = tok(c, j);
    if (!t) return 0;
    if (t->type == TOK_NUM || (t->type == TOK_WORD && cd_tok_lex(t) && token_word(t)->part)) return 1;
    return word_is(c, j, "the") || word_is(c, j, "year") || word_is(c, j, "month") || word_is(c, j, "week") ||
           may_begin(c, j);
}

/* The words after a shift word that may continue an expression and have no entry of time.c's
 * classes (shift_leads). */
#define SHIFT_NEXT_WORDS(X) X(time) X(weekend) X(century) X(half) X(of) X(in)

/* Whether an expression may start at shift word i (shift_only, none of key_table's words, no phrase
 * of data/time_words.tsv starting there: word_class's W_SHIFT or W_SHIFT_ORD), from the token after
 * it. There single_expr tries shift_word's patterns, which need next:
 *   calendar_date: a weekday ("this Friday 5/12"), or shifted_date's month (month_first), day
 *     (day_at: a number, a time word or a number word) or numeric date (a number);
 *   century_expr, quarter_expr (an ordinal): "century", "quarter";
 *   nth_of (an ordinal, "last"): a count, "week(s)", "month(s)", "day", a weekday, "of", "in" or
 *     a shift ("the last two weeks", "the last Friday of", "last of next month");
 *   this_time: "time"; shifted_unit: a count or a unit ("next two weeks", "last year"), "weekend";
 *   shifted_name: a month, a season or a holiday; weekday_expr: a weekday;
 *   holiday at the word itself: none (no holiday; where no phrase starts, none of several tokens);
 * range_expr starts nothing else there (no bare day: its ordinal, "last", is -1; no month, no
 * number), and at the top level nested_parts is nth_of, week_number needs "week" and duration_expr
 * a count at the word itself. So a next token that is no number, no word of those classes
 * (data/time_words.tsv's counts, units, shifts and prepositions, months, weekdays, seasons,
 * holidays and number words) and none of SHIFT_NEXT_WORDS rules them all out: "this is", "the
 * current account", "next to", "the previous government". */
static int shift_leads(const tctx *c, size_t i)
{
    const cd_token *next = tok(c, i + 1);
    if (!next) return 0;
    if (next->type == TOK_NUM) return 1;
    if (next->type != TOK_WORD) return 0;
    const uint64_t continues = LXM(LX_TIME_WORDS) | LXM(LX_TIME_MONTHS) | LXM(LX_TIME_WEEKDAYS) |
                               LXM(LX_TIME_SEASONS) | LXM(LX_TIME_HOLIDAYS) | LXM(LX_NUM_WORD);
    if (cd_tok_classes(next) & continues) return 1;
    static const char *const words[] = {SHIFT_NEXT_WORDS(WORD_TEXT)};
    return word_in(c, i + 1, WORD_SET(SHIFT_NEXT_WORDS));
}

/* Whether a duration may start at count word i ("a", "a couple of": a count and no number, so no
 * pattern but duration_expr, at the top level, reads a count and a unit there), its unit ending
 * before token j: "in" before the count ("in a week", "in a fortnight's time"), or after the unit a
 * word of data/time_words.tsv (an "ago" word), "from", "after", "before", or "and" or a comma
 * before the next part ("a year and two months ago"). Not "a year in which", "a week of talks". */
static int count_unit_leads(const tctx *c, size_t i, size_t j)
{
    if (i > c->first && word_is(c, i - 1, "in")) return 1;
    const cd_token *t = tok(c, j);
    if (!t) return 0;
    if (t->type == TOK_PUNCT) return t->cp == ',';
    if (t->type != TOK_WORD) return 0;
    if (cd_tok_classes(t) & LXM(LX_TIME_WORDS)) return 1;
    return word_is(c, j, "from") || word_is(c, j, "after") || word_is(c, j, "before") || word_is(c, j, "and");
}


/* entry_begins at token t (r: its word's record). Where the tokenizer saw no key of several tokens
 * start (cd_token.phrases), every phrase lookup there (cd_lex_match: holiday's, memo_fill's) finds
 * the word alone at most, so the phrases it heads are left out: "new" heads "New Year", "good"
 * "Good Friday", and before "jobs" or "news" they start nothing. */
static inline int entry_verdict(const cd_time_word *r, const cd_token *t)
{
    return t->phrases == CD_PHRASES_KNOWN ? r->begins_alone : r->begins;
}

/* After a unit ending before token j, whether what unit_after_next or rest_of reads follows:
 * "after" and "next" ("the year after (the) next"), or "to date" ("year to date", "year-to-date"). */
static int unit_leads(const tctx *c, size_t j)
{
    if (word_is(c, j, "after")) return word_is(c, j + 1 + word_is(c, j + 1, "the"), "next");
    if (word_is(c, j, "before")) return word_is(c, j + 1 + word_is(c, j + 1, "the"), "last");
    size_t k = j + is_dash(c, j);
    return word_is(c, k, "to") && word_is(c, k + 1 + is_dash(c, k + 1), "date");
}

/* Whether a phrase of time.c's classes starts at token i, a word that heads some (a holiday's:
 * "New Year", "International Women's Day"; or one of data/time_words.tsv) where the tokenizer saw a
 * key of several tokens start, perhaps of another class ("New York", "International Monetary
 * Fund"). Where none does, every phrase lookup there (holiday's cd_lex_match, memo_fill's) finds
 * the word alone at most, as where the tokenizer saw none start: entry_verdict's begins_alone is
 * the entry's verdict. */
static int time_phrase_starts(const tctx *c, size_t i)
{
    const cd_token *t = &c->doc->toks[i];
    if (cd_lex_match(c->doc, i, LX_TIME_HOLIDAYS, NULL) >= 2) return 1;
    return (cd_tok_lex(t)->heads & LXM(LX_TIME_WORDS)) && memo_at(c, i)->n >= 2;
}

/* Whether some pattern may start at token i: what the first token of each asks for. Most words
 * that reach here are prepositions ("in", "of", "to") that only matter before an expression: their
 * lexicon entry says no at once (entry_begins, key_words). */
static int may_begin(const tctx *c, size_t i)
{
    const cd_token *t = tok(c, i);
    if (!t) return 0;
    if (ALL_PATTERNS(c)) return 1;
    if (t->type == TOK_NUM) return number_may_begin(c, t) && !percentage(c, i) && (cd_tok_lex(t) || number_leads(c, i));
    if (t->type == TOK_PUNCT) /* "the '70s" */
        return (t->cp == '\'' || t->cp == 0x2019) && glued(c, i + 1) && tok(c, i + 1)->type == TOK_NUM;
    if (t->type != TOK_WORD) return 0;
    /* a word of no time class ("China", "and"): its entry says no (entry_begins 0), and of the words
     * below only may_begin's own may start; its entry is not read (nor its record) */
    if (!(t->flags & TF_TIME_START)) return letter_word(c, i);
    const cd_time_word *r = cd_tok_lex(t) ? token_word(t) : NULL;
    int begins = r ? entry_verdict(r, t) : 0;
    if (begins > 0 && r->begins_alone <= 0 && !time_phrase_starts(c, i)) begins = r->begins_alone;
    if (begins > 0) {
        if (r->spelled) return spelled_leads(c, i);
        if (r->ordinal) return ordinal_leads(c, i);
        if (r->lower_month && !(t->flags & TF_CAP)) return lower_month_leads(c, i);
        if (r->word_season) return word_season_leads(c, i);
        if (r->part && t->phrases == CD_PHRASES_KNOWN) return part_leads(c, i);
        return !r->shift || t->phrases != CD_PHRASES_KNOWN || shift_leads(c, i);
    }
    if (begins == 0 && r && !r->key) return 0; /* none of the words below */
    if (r && count_alone(c, i, r)) return 0;
    double num;
    /* a word with no role of its own where the tokenizer saw no phrase start ("the" before most
     * words) has no role here either: memo_fill would find none */
    if (begins < 0 && (r->roles || t->phrases != CD_PHRASES_KNOWN)) {
        const tokmemo *m = memo_at(c, i);
        unsigned roles = m->word_roles | (m->n >= 2 && i + m->n <= c->lim ? 1u << m->phrase_role : 0);
        if (roles & BEGIN_ROLES & ~(1u << R_UNIT)) return 1;
        size_t n; /* role_at(c, i, R) is nonzero exactly where roles holds R */
        /* a unit starts unit_after_next ("the year after next") and rest_of ("year to date",
         * "year-to-date"; not "year-on-year", "year-old", "months to December", "years after the
         * war": unit_leads) */
        if ((roles & (1u << R_UNIT)) && (n = role_at(c, i, R_UNIT, &num)) && unit_leads(c, i + n)) return 1;
        if ((roles & (1u << R_COUNT)) && (n = role_at(c, i, R_COUNT, &num))) { /* "a week ago", "a few days", "a next weeks" */
            size_t un;
            if (!time_word_at(c, i + n)) return 0; /* role_at's first test there: "a lot" */
            if (role_at(c, i + n, R_SHIFT, &num)) return 1;
            return (un = role_at(c, i + n, R_UNIT, &num)) && count_unit_leads(c, i, i + n + un);
        }
    }
    if (r ? (r->key & KEY_THE) != 0 : cd_tok_is(c->doc, i, "the")) return day_follows(c, i);
    if (r) return (r->key & KEY_BEGINS) != 0;
    static const char *const words[] = {MAY_BEGIN_WORDS(WORD_TEXT)};
    return word_in(c, i, WORD_SET(MAY_BEGIN_WORDS));
}

/* Whether a range or an open range may start at range word i (may_begin_range) where no single
 * expression may (may_begin says no): open_expr, now_range and range_expr read what follows it --
 * an expression (may_begin at i + 1; after "the year": "after the year 2015"), a number (a day, a
 * date of slashed_pair's), a day (bare_day: "from 4 to 22", "between the 3rd and"), "now"
 * ("between now and"), "than" ("later than 2020"), "the" and a part ("from the end of 2007").
 * range_expr reads an expression at the word itself only after other words than "between" and
 * "from": there may_begin said no. Not "from the company", "after a vote". */
static int range_follows(const tctx *c, size_t i)
{
    int d;
    size_t j = i + 1;
    const cd_token *t = tok(c, j);
    if (!t) return 0;
    if (t->type == TOK_NUM || may_begin(c, j) || day_at(c, j, &d)) return 1;
    if (word_is(c, j, "the")) return day_at(c, j + 1, &d) || word_is(c, j + 1, "year") || has_role(c, j + 1, R_PART);
    return word_is(c, j, "now") || word_is(c, j, "than");
}

/* The words that start a range or an open range at the top level (range_expr, now_range, open_expr). */
static inline int may_begin_range(const tctx *c, size_t i)
{
    const cd_token *t = tok(c, i);
    if (!t || t->type != TOK_WORD) return 0; /* a number (word_in's first test, without its call) */
    if (cd_tok_lex(t)) return (token_word(t)->key & KEY_RANGE) != 0;
    static const char *const words[] = {RANGE_WORDS(WORD_TEXT)};
    return word_in(c, i, WORD_SET(RANGE_WORDS));
}

/* single_expr at a shift word (word_class): the patterns that may start there, in single_expr's
 * order and with its resets. */
static size_t shift_word(const tctx *c, size_t i, match *mt, int ordinal)
{
    size_t n;
    reset(mt);
    if ((n = calendar_date(c, i, mt))) return with_seg(mt, n, S_FLAT1);
    reset(mt);
    if (ordinal && ((n = century_expr(c, i, mt)) || (n = quarter_expr(c, i, mt)) || (n = half_expr(c, i, mt))))
        return with_seg(mt, n, S_FLAT1);
    if ((n = nested_parts(c, i, mt))) return with_seg(mt, n, S_NESTED);
    reset(mt);
    if ((n = this_time(c, i, mt))) return with_seg(mt, n, S_FLAT2);
    if ((n = shifted_unit(c, i, mt))) return with_seg(mt, n + weekday_in_week(c, i + n, mt), S_FLAT2);
    if ((n = shifted_name(c, i, mt)) || (n = weekday_expr(c, i, mt)) || (n = holiday(c, i, mt, 0, 0)))
        return with_seg(mt, n, S_FLAT3);
    return with_seg(mt, 0, S_DURATION);
}

/* single_expr at a count word (W_COUNT): the two patterns that may start there, in its order. */
static size_t count_word(const tctx *c, size_t i, match *mt)
{
    size_t n;
    reset(mt);
    if ((n = shifted_unit(c, i, mt))) return with_seg(mt, n + weekday_in_week(c, i + n, mt), S_FLAT2);
    return with_seg(mt, c->depth == 0 ? duration_expr(c, i, mt) : 0, S_DURATION);
}

/* single_expr at an ordinal (W_ORDINAL): the patterns that may start there, in its order and with
 * its resets. */
static size_t ordinal_word(const tctx *c, size_t i, match *mt)
{
    size_t n;
    reset(mt);
    if ((n = calendar_date(c, i, mt))) return with_seg(mt, n, S_FLAT1);
    reset(mt);
    if ((n = century_expr(c, i, mt)) || (n = quarter_expr(c, i, mt)) || (n = half_expr(c, i, mt)))
        return with_seg(mt, n, S_FLAT1);
    reset(mt);
    if ((n = nested_parts(c, i, mt))) return with_seg(mt, n, S_NESTED);
    reset(mt);
    return with_seg(mt, 0, S_DURATION);
}

/* single_expr at a number word (W_SPELLED): the patterns that may start there, in its order and
 * with its resets. */
static size_t spelled_word(const tctx *c, size_t i, match *mt)
{
    size_t n;
    reset(mt);
    if ((n = calendar_date(c, i, mt))) return with_seg(mt, n, S_FLAT1);
    reset(mt);
    if ((n = decade_expr(c, i, mt)) || (n = year_expr(c, i, mt))) return with_seg(mt, n, S_FLAT1);
    reset(mt);
    if ((n = shifted_unit(c, i, mt))) return with_seg(mt, n + weekday_in_week(c, i + n, mt), S_FLAT2);
    return with_seg(mt, c->depth == 0 ? duration_expr(c, i, mt) : 0, S_DURATION);
}

/* single_expr at a month's or a weekday's name (W_MONTH, W_WEEKDAY): the patterns that may start
 * there, in its order and with its resets. */
static size_t name_word(const tctx *c, size_t i, match *mt, int weekday)
{
    size_t n;
    reset(mt);
    if ((n = calendar_date(c, i, mt))) return with_seg(mt, n, S_FLAT1);
    reset(mt);
    if (weekday && (n = day_alone(c, i, mt))) return with_seg(mt, n, S_FLAT1);
    reset(mt);
    if (weekday && ((n = weekday_two_steps(c, i, mt)) || (n = weekday_of_week(c, i, mt)) || (n = weekday_expr(c, i, mt))))
        return with_seg(mt, n, S_FLAT3);
    return with_seg(mt, c->depth == 0 ? duration_expr(c, i, mt) : 0, S_DURATION);
}

/* The single expressions (no range, no open range) at token i, every group in order. */
static size_t single_expr(const tctx *c, size_t i, match *mt)
{
    size_t n;
    if (c->begins_at != i + 1 && !may_begin(c, i)) {
        reset(mt);
        return with_seg(mt, 0, S_NONE);
    }
    int wc = word_class(c, i);
    if (wc == W_SHIFT || wc == W_SHIFT_ORD) return shift_word(c, i, mt, wc == W_SHIFT_ORD);
    if (wc == W_COUNT) return count_word(c, i, mt);
    if (wc == W_ORDINAL) return ordinal_word(c, i, mt);
    if (wc == W_SPELLED) return spelled_word(c, i, mt);
    if (wc == W_MONTH || wc == W_WEEKDAY) return name_word(c, i, mt, wc == W_WEEKDAY);
    if (wc != W_ANY) { /* the two patterns that may start there, in order, each on a reset mt */
        reset(mt);
        if (wc == W_THE && (n = day_alone(c, i, mt))) return with_seg(mt, n, S_FLAT1);
        reset(mt);
        return (n = holiday(c, i, mt, 0, 0)) ? with_seg(mt, n, S_FLAT3) : with_seg(mt, 0, S_DURATION);
    }
    if ((n = flat_first(c, i, mt))) return with_seg(mt, n, S_FLAT1);
    reset(mt);
    if ((n = nested_parts(c, i, mt))) return with_seg(mt, n, S_NESTED);
    reset(mt);
    if ((n = flat_second(c, i, mt))) return with_seg(mt, n, S_FLAT2);
    if ((n = week_number(c, i, mt))) return with_seg(mt, n, S_WEEKNUM);
    if ((n = flat_third(c, i, mt))) return with_seg(mt, n, S_FLAT3);
    return with_seg(mt, c->depth == 0 ? duration_expr(c, i, mt) : 0, S_DURATION);
}


static size_t depth1_expr(const tctx *c, size_t i, match *mt)
{
    expr_memo *m = c->exprs;
    size_t slot = i & 7;
    if (m->tok[slot] == i + 1) {
        *mt = m->mt[slot];
        return m->n[slot];
    }
    size_t deep = m->deep_reads, n = single_expr(c, i, mt);
    m->tok[slot] = i + 1;
    m->n[slot] = n;
    m->mt[slot] = *mt;
    m->deep[slot] = m->deep_reads != deep;
    return n;
}

/* A weekday before a duration that reaches a day, "Monday two weeks from now", "Thursday, two
 * years from now", "Sunday 3 weeks after January 15th": the day of that weekday nearest it. */
static size_t weekday_duration(const tctx *c, size_t i, match *mt)
{
    int flags, wd = weekday_at(c, i, &flags);
    if (wd < 0 || (flags & MF_AMBIGUOUS)) return 0;
    size_t j = flags & MF_ABBR ? skip_dot(c, i + 1) : i + 1;
    j += is_punct(c, j, ',');
    reset(mt);
    size_t n = duration_expr(c, j, mt);
    if (!n || mt->w.g != G_DAY || mt->w.range) return 0;
    set_day(&mt->w, nearest_weekday(mt->w.a, wd));
    return j + n - i;
}

/* The single expression at token i at the top level, from its answer at depth 1: the same when a
 * flat group read it and no nested group before it reads more at the top level. single_expr at
 * depth 1 and at depth 0 differ only in what they read one level deeper, where nested_parts stops
 * at depth 2 (and in duration_expr, at depth 0 only, which top_single asks itself): where the
 * depth-1 read never came to that limit (expr_memo.deep), every read in it, nested ones too, went
 * as it goes one level up, so a nested group's or week_number's answer is the top level's as it is,
 * and a nested group that found none finds none (not asked again). */
static size_t top_single(const tctx *c, size_t i, match *mt)
{
    tctx one = *c;
    one.depth = 1;
    match base;
    size_t nb = depth1_expr(&one, i, &base), n;
    int seg = nb ? base.seg : S_NONE, same = !c->exprs->deep[i & 7] && !ALL_PATTERNS(c);
    if ((seg == S_NESTED || seg == S_WEEKNUM) && same) {
        *mt = base;
        return nb;
    }
    if (seg == S_NESTED || seg == S_WEEKNUM) return single_expr(c, i, mt);
    if (seg == S_FLAT1) {
        *mt = base;
        return nb;
    }
    reset(mt); /* the first flat group failed here as it did at depth 1 */
    if (!same && (n = nested_parts(c, i, mt))) return with_seg(mt, n, S_NESTED);
    reset(mt);
    if (seg == S_FLAT2) {
        *mt = base;
        return nb;
    }
    if ((n = week_number(c, i, mt))) return with_seg(mt, n, S_WEEKNUM);
    if (seg == S_FLAT3) { /* a weekday may begin a duration at the top level */
        if ((n = weekday_duration(c, i, mt))) return with_seg(mt, n, S_DURATION);
        *mt = base;
        return nb;
    }
    return with_seg(mt, duration_expr(c, i, mt), S_DURATION);
}

/* Whether token j is a unit of data/time_words.tsv and nothing else time.c reads there ("years",
 * "months", "week"): a word with the role unit alone, no phrase of that file starting there, no month,
 * weekday, season, holiday or number word. */
static int unit_only(const tctx *c, size_t j)
{
    const cd_token *t = tok(c, j);
    const uint64_t names = LXM(LX_TIME_MONTHS) | LXM(LX_TIME_WEEKDAYS) | LXM(LX_TIME_SEASONS) | LXM(LX_NUM_WORD) |
                           LXM(LX_TIME_HOLIDAYS);
    if (!t || t->type != TOK_WORD || !time_word_at(c, j) || (cd_tok_classes(t) & names)) return 0;
    const tokmemo *m = memo_at(c, j);
    return m->n < 2 && m->word_roles == 1u << R_UNIT;
}

/* Whether at token i only duration_expr may find an expression: a count right before a unit and
 * nothing else (unit_only) -- a bare number of at most three digits (not after "year": early_year's
 * "year 800"), a number word (spelled_only, no "hundred" or "thousand": a year may follow one of
 * those), or a count word alone (W_COUNT: "a", "an") -- "5 years", "three months", "a year". The
 * unit is none of what the other patterns ask after a count (bare_number, spelled_leads,
 * ordinal_leads): no month, weekday, "of", ordinal suffix, "s", decade, shift, connector, "and",
 * slash, dash or dot. So calendar_date, day_alone, decade_expr, century_expr, half_expr, year_expr,
 * nth_of and shifted_unit fail at i, at every depth; range_expr reads no expression at i and no
 * connector after the count; the rest fail at their first test, as at any count. The top level
 * then comes to duration_expr on a reset match, as top_single does last. Guarded by
 * tests/c/test_time_dispatch.c ("5 years ago", "in three months", "a year from now"). */
static int duration_only(const tctx *c, size_t i)
{
    const cd_token *t = &c->doc->toks[i];
    size_t len = t->len, n = 1;
    if (t->type == TOK_NUM) {
        if (cd_tok_lex(t) || len > 3 || !number_may_begin(c, t) || (i > c->first && word_is(c, i - 1, "year"))) return 0;
    } else if (t->type == TOK_WORD && cd_tok_lex(t)) {
        const cd_time_word *r = token_word(t);
        long v;
        int big = 0;
        if (r->spelled) {
            if (!(n = spelled_at(c, i, &v, &big)) || big) return 0;
        } else if (!r->count || memo_at(c, i)->n >= 2) return 0;
    } else
        return 0;
    return unit_only(c, i + n);
}

/* An expression at the top level starting at token i, or 0, where may_begin(c, i) is begins and
 * may_begin_range(c, i) is ranged (one of them set). */
static size_t top_expr(const tctx *c, size_t i, match *mt, int begins, int ranged)
{
    size_t n;
    reset(mt);
    if (i >= c->first + 2 && is_punct(c, i - 1, '/') && glued(c, i - 1) && glued(c, i) &&
        c->doc->toks[i - 2].type == TOK_NUM)
        return 0; /* inside "10/1-11/2": a date starts at its first number */
    tctx known = *c; /* the nested reads of token i (range_expr, top_single) need not ask again */
    known.begins_at = begins ? i + 1 : 0;
    c = &known;
    if (begins && !ALL_PATTERNS(c) && duration_only(c, i)) { /* "5 years", "three months", "a year" */
        reset(mt);
        return with_seg(mt, duration_expr(c, i, mt), S_DURATION);
    }
    if (ranged && ((n = open_expr(c, i, mt)) || (reset(mt), n = now_range(c, i, mt)) ||
                   (reset(mt), n = between_ago(c, i, mt))))
        return n;
    if (ranged) reset(mt);
    if ((n = range_expr(c, i, mt))) return n;
    /* where may_begin says no (a range word alone: "from", "after"), no single expression starts:
     * top_single would read depth 1 (single_expr, which stops at may_begin) and then nested_parts,
     * week_number and duration_expr at the top level, whose first tests may_begin holds too (a
     * number, an ordinal, a part, "week", a count before a unit or shift) */
    return begins || ALL_PATTERNS(c) ? top_single(c, i, mt) : 0;
}

/* One expression starting at token i, or 0. */
static size_t simple_expr(const tctx *c, size_t i, match *mt)
{
    c->exprs->reads++; /* nested_parts asks whether an expression was read */
    if (c->depth >= 1) { /* read inside another: a holiday with no day gives it none ("from Diwali 1930 to") */
        size_t n = c->depth == 1 ? depth1_expr(c, i, mt) : single_expr(c, i, mt);
        return n && (mt->undated || mt->past_day) ? 0 : n; /* nor a day past its month's end ("from November 31 to") */
    }
    /* open_expr and now_range start only at may_begin_range's words (after, since, before, later,
     * earlier; between, from): elsewhere they return 0 with mt untouched, and are not tried */
    int begins = may_begin(c, i), ranged = may_begin_range(c, i);
    if (!begins && !ranged) return 0; /* mt untouched: the caller reads it only on a match */
    return top_expr(c, i, mt, begins, ranged);
}

/* A day past its month's end read inside another expression ("31 November" ending "30-31
 * November"), which simple_expr there turns down: its token count, or 0. */
static size_t past_end_inside(const tctx *c, size_t i, match *mt)
{
    c->exprs->reads++;
    reset(mt);
    size_t n = c->depth == 1 ? depth1_expr(c, i, mt) : single_expr(c, i, mt);
    return n && mt->past_day ? n : 0;
}

/* ---- clock times: marked, not claimed ------------------------------------------------------ */

static size_t meridiem(const tctx *c, size_t i)
{
    if (word_is(c, i, "am") || word_is(c, i, "pm")) return 1;
    if ((word_is(c, i, "a") || word_is(c, i, "p")) && is_punct(c, i + 1, '.') && glued(c, i + 1) &&
        word_is(c, i + 2, "m") && glued(c, i + 2))
        return is_punct(c, i + 3, '.') && glued(c, i + 3) ? 4 : 3;
    return 0;
}

#define CLOCK_CONTEXT 5 /* data/num_context.tsv: a clock word right after the digits ("6 pm", "1125 GMT") */

/* Whether token k is a time zone: a clock word of data/num_context.tsv ("GMT", "EST") that is no
 * "am", "pm" nor "o'clock" (of the 12-hour clock: "1230 pm" is no time). */
static int zone_word(const tctx *c, size_t k)
{
    const cd_lexrec *r = k < c->lim ? cd_tok_rec(c->doc, k, LX_NUM_CONTEXT) : NULL;
    return r && r->num == CLOCK_CONTEXT && !meridiem(c, k) && !word_is(c, k, "o'clock") && !word_is(c, k, "o’clock");
}

/* Whether token i is four digits that read as hours and minutes of the 24-hour clock ("1500"). */
static int clock_digits(const tctx *c, size_t i)
{
    long v;
    int dg;
    return int_at(c, i, &v, &dg) && dg == 4 && v / 100 <= 23 && v % 100 <= 59;
}

/* What follows four digits at j - 1 to make them a clock time: a time zone ("by 1125 GMT"), "hrs"
 * ("1615 hrs", "0845 hrs EDT"), "hours" before a zone or "local", or "local" before "time" or a
 * punctuation mark ("0645 local time", "till 1745 local (2245 GMT)"). Not "hours" alone ("logged
 * 1800 hours of flying" counts them) nor "local" before a noun ("1500 local jobs"). Its token
 * count, or 0. */
static size_t clock_suffix(const tctx *c, size_t j)
{
    if (zone_word(c, j)) return 1;
    if (word_is(c, j, "hrs")) return 1 + (size_t)zone_word(c, j + 1);
    if (word_is(c, j, "hours")) return zone_word(c, j + 1) || word_is(c, j + 1, "local") ? 2 : 0;
    if (!word_is(c, j, "local")) return 0;
    if (word_is(c, j + 1, "time")) return 2;
    const cd_token *t = tok(c, j + 1);
    return !t || t->type == TOK_PUNCT ? 1 : 0;
}

/* A time of the 24-hour clock in four digits, its hour and minutes, before what clock_suffix
 * reads: no year. Two joined by "to", "and", "or" or a dash are read as one, the suffix after the
 * second ("from 2245 to 0115 GMT"); no longer chain (a walk on a long list of numbers stays
 * linear). Not before a zone alone where a year stands (the sentence start, "in", "during"). Its
 * token count, or 0. */
static size_t four_digit_clock(const tctx *c, size_t i)
{
    if (!clock_digits(c, i)) return 0;
    size_t at = i + 1, n = clock_suffix(c, at); /* at: where the suffix starts */
    if (!n) {
        if (!(span_connector(c, i + 1) || word_is(c, i + 1, "and")) || !clock_digits(c, i + 2)) return 0;
        at = i + 3;
        n = clock_suffix(c, at);
        if (!n) return 0;
        n += 2;
    }
    /* a zone alone after digits at the sentence start or after "in"/"during" (which take years,
     * not hours) is a word of its own: "In 1921 CET was adopted" */
    if (zone_word(c, at) && (i <= c->first || word_is(c, i - 1, "in") || word_is(c, i - 1, "during"))) return 0;
    return 1 + n;
}

static size_t clock_time(const tctx *c, size_t i)
{
    long h, m;
    int dg, dm;
    /* an hour of one or two digits before ':', a word ("am", "p.m.", "o'clock") or nothing of these:
     * at a longer number ("2016", "1,200": half the numbers the walk comes to) and before other
     * punctuation ("5,", "12%") the number is read no further; four digits may be a time of the
     * 24-hour clock (four_digit_clock) */
    const cd_token *t = &c->doc->toks[i], *next = tok(c, i + 1);
    if (t->len == 4) return four_digit_clock(c, i);
    if (t->len > 2 || !next || (next->type != TOK_WORD && !(next->type == TOK_PUNCT && next->cp == ':')))
        return 0;
    if (!int_at(c, i, &h, &dg) || dg > 2 || h > 24) return 0;
    size_t j = i + 1;
    if (is_punct(c, j, ':') && glued(c, j) && glued(c, j + 1) && int_at(c, j + 1, &m, &dm) && dm == 2 && m < 60)
        j += 2;
    size_t mer = meridiem(c, j);
    if (mer && h >= 1 && h <= 12) return j + mer - i;
    if (word_is(c, j, "o'clock") || word_is(c, j, "o’clock")) return j + 1 - i;
    return j > i + 1 ? j - i : 0;
}

/* ---- claims and findings --------------------------------------------------------------------- */

static const char *const weekday_names[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                           "Thursday", "Friday", "Saturday"};

static void mark(const tctx *c, size_t first, size_t n)
{
    cd_doc *doc = c->doc;
    forget_exprs(c->exprs);
    for (size_t k = first; k < first + n; k++) doc->toks[k].flags |= TF_TIME;
}

/* A weekday written before a date must be that date's weekday. Without a year of its own, a date
 * may take the neighbouring year whose weekday fits. */
/* An error finding on tokens [first, last], whose date starts at token date: day z is no weekday wd. */
static const char *const month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};

static void weekday_finding(const tctx *c, size_t first, size_t date, size_t last, long z, int wd, int year_written)
{
    cd_date d = civil(z);
    cd_span whole = cd_tokspan(c->doc, first, last);
    int len = (int)cd_utf8_cut(c->doc->text + whole.tstart, whole.tstop - whole.tstart, 80);
    cd_finding *f = cd_add_finding(c->doc, "weekday-mismatch", CD_SEV_ERROR, whole, "'%.*s': %s %d, %d%s is a %s, not a %s",
                                   len, c->doc->text + whole.tstart, month_names[d.m - 1], d.d, d.y,
                                   year_written ? "" : " (its year from the story date)", weekday_names[weekday_of(z)],
                                   weekday_names[wd]);
    cd_finding_relate(c->doc, f, cd_tokspan(c->doc, date, last));
}

/* A day past its month's end, claimed as its month (past_month_end): an error on the claim's span
 * cl, "'November 31, 1987': November 31 does not exist (November has 30 days)". February's length
 * is its year's when one is written or inferred. */
static void past_end_finding(const tctx *c, const cd_claim *cl, const match *mt)
{
    int m = mt->w.noyear ? mt->w.nm : civil(mt->w.b).m; /* the last month: "quarter ended November 31" */
    const char *s = c->doc->text + cl->span.tstart, *month = month_names[m - 1];
    int len = (int)cd_utf8_cut(s, cl->span.tstop - cl->span.tstart, 80);
    char length[48];
    if (m != 2) snprintf(length, sizeof length, "%s has %d days", month, cd_days_in_month(2001, m));
    else if (!mt->explicit_year && !mt->story_year) snprintf(length, sizeof length, "February has 28 or 29 days");
    else {
        int y = civil(mt->w.b).y;
        snprintf(length, sizeof length, "February %d has %d days", y, cd_days_in_month(y, 2));
    }
    cd_add_finding(c->doc, "impossible-date", CD_SEV_ERROR, cl->span, "'%.*s': %s %d does not exist (%s)", len, s,
                   month, mt->past_day, length);
}

/* A range written end first, whose weekdays fit one year (reversed_in_year), at tokens [i, i + n):
 * an error on its span, naming both days, related to the end written second, "'from Friday, June 5
 * to Monday, June 1': it ends on June 1, 2026, before it starts on June 5, 2026". The claim holds
 * the days named, in their order. mt's ends are swapped: a is the end written second. Asked by
 * check_weekday's range branch, not at every claim. */
static void reversed_finding(const tctx *c, size_t i, const match *mt)
{
    cd_span whole = cd_tokspan(c->doc, i, i + mt->n - 1);
    const char *s = c->doc->text + whole.tstart;
    int len = (int)cd_utf8_cut(s, whole.tstop - whole.tstart, 80);
    cd_date end = civil(mt->day_a), start = civil(mt->day_b);
    cd_finding *f = cd_add_finding(c->doc, "reversed-range", CD_SEV_ERROR, whole,
                                   "'%.*s': it ends on %s %d, %d, before it starts on %s %d, %d", len, s,
                                   month_names[end.m - 1], end.d, end.y, month_names[start.m - 1], start.d, start.y);
    cd_finding_relate(c->doc, f, cd_tokspan(c->doc, mt->a_first, mt->a_last));
}

/* A weekday written before a date that is another weekday: an error, naming both. A date without
 * its year moves first to the year before or after when that one fits (within 200 days of the story
 * date); a range's ends moved together (weekdays_pick_year) and are checked each. */
static void check_weekday(const tctx *c, size_t i, match *mt)
{
    if (mt->a_last) { /* a range */
        if (mt->reversed) reversed_finding(c, i, mt);
        if (mt->weekday >= 0 && weekday_of(mt->day_a) != mt->weekday)
            weekday_finding(c, mt->a_first, mt->date_tok, mt->a_last, mt->day_a, mt->weekday, mt->explicit_year);
        if (mt->weekday_b >= 0 && weekday_of(mt->day_b) != mt->weekday_b)
            weekday_finding(c, mt->b_first, mt->date_b, mt->b_last, mt->day_b, mt->weekday_b, !mt->w.inferred);
        return;
    }
    if (mt->weekday < 0 || mt->w.noyear || mt->w.g != G_DAY) return;
    if (weekday_fits_year(c, mt)) return;
    weekday_finding(c, i, mt->date_tok, i + mt->n - 1, mt->w.a, mt->weekday, mt->explicit_year);
}

/* ", 2017-12-18 to 2017-12-24": a week's first and last days into extra (at least 64 bytes), as
 * snprintf's "%04d-%02d-%02d" writes them; by hand (put_unit) for the years 1-9999. */
static void week_days(char *extra, size_t cap, const when *w)
{
    char a[16], b[16];
    if (put_unit(a, sizeof a, w->a, G_DAY) == 10 && put_unit(b, sizeof b, w->b, G_DAY) == 10) {
        memcpy(extra, ", ", 2);
        memcpy(extra + 2, a, 10);
        memcpy(extra + 12, " to ", 4);
        memcpy(extra + 16, b, 11); /* with its NUL */
        return;
    }
    cd_date da = civil(w->a), db = civil(w->b);
    snprintf(extra, cap, ", %04d-%02d-%02d to %04d-%02d-%02d", da.y, da.m, da.d, db.y, db.m, db.d);
}

/* n bytes of s at buf + o: the end. */
static size_t put_bytes(char *buf, size_t o, const char *s, size_t n)
{
    memcpy(buf + o, s, n);
    return o + n;
}

/* "'<text>' means <value><extra> (story date <date>)", written here as cd_add_finding's "'%.*s' means
 * %s%s (story date %s)" would write it (the text cut at 80 bytes and at a NUL, as %.*s cuts it): one
 * finding for each relative date, of the pass's costliest parts when its format was read. At most
 * 1 + 80 + 8 + 47 (value) + 63 (extra) + 13 + 15 (date_str) + 1 bytes. */
static void relative_finding(const tctx *c, const cd_claim *cl, const char *value, const when *w)
{
    const char *s = c->doc->text + cl->span.tstart;
    size_t len = cd_utf8_cut(s, cl->span.tstop - cl->span.tstart, 80);
    const char *nul = memchr(s, 0, len);
    if (nul) len = (size_t)(nul - s);
    char extra[64] = "";
    if (!w->range && w->g == G_DAY) {
        const char *name = weekday_names[weekday_of(w->a)];
        memcpy(extra, ", a ", 4);
        memcpy(extra + 4, name, strlen(name) + 1);
    } else if (w->g == G_WEEK) {
        week_days(extra, sizeof extra, w);
    }
    char msg[256];
    size_t o = put_bytes(msg, 0, "'", 1);
    o = put_bytes(msg, o, s, len);
    o = put_bytes(msg, o, "' means ", 8);
    o = put_bytes(msg, o, value, strnlen(value, 47));
    o = put_bytes(msg, o, extra, strnlen(extra, sizeof extra - 1));
    o = put_bytes(msg, o, " (story date ", 13);
    o = put_bytes(msg, o, c->doc->date_str, strnlen(c->doc->date_str, sizeof c->doc->date_str - 1));
    o = put_bytes(msg, o, ")", 1);
    cd_add_finding_text(c->doc, "relative-date", CD_SEV_INFO, cl->span, msg, o);
}

/* Why a lunar holiday has no day: "'Chinese New Year 1940': its day is known here for 1950 to 2077
 * only, not 1940" (or "not near the story date 1940-03-02"). */
static void undated_finding(const tctx *c, const cd_claim *cl, const match *mt)
{
    const char *s = c->doc->text + cl->span.tstart;
    int len = (int)cd_utf8_cut(s, cl->span.tstop - cl->span.tstart, 80), lo, hi;
    lunar_years(mt->undated, &lo, &hi);
    char when_text[48];
    if (mt->undated_year) snprintf(when_text, sizeof when_text, "%d", mt->undated_year);
    else snprintf(when_text, sizeof when_text, "near the story date %s", c->doc->date_str);
    cd_add_finding(c->doc, "holiday-date-unknown", CD_SEV_INFO, cl->span,
                   "'%.*s': the day of this holiday is known here for %d to %d only, not %s", len, s, lo, hi,
                   when_text);
}

/* Whether x and y write the same ISO value (neither unknown): the fields format_when reads. */
static int same_value(const when *x, const when *y)
{
    return x->a == y->a && x->b == y->b && x->g == y->g && x->range == y->range && x->open == y->open &&
           x->noyear == y->noyear && x->nm == y->nm && x->nd == y->nd && x->fiscal == y->fiscal && x->fq == y->fq;
}

/* The slot of w's value: its fields mixed by multiplying with large odd constants, the slot from the
 * top bits. (A sum 37a + 11b + ... kept for a single day, a = b, 48a: the low four bits zero, so the
 * days of a story met in one slot of sixteen.) */
static size_t value_slot(const when *w)
{
    uint64_t h = (uint64_t)w->a * 0x9E3779B97F4A7C15u ^ (uint64_t)w->b * 0xC2B2AE3D27D4EB4Fu ^
                 (uint64_t)(w->g | w->nm << 2 | w->nd << 6 | w->range << 11) * 0x165667B19E3779F9u;
    return (size_t)(h >> (64 - VALUE_SLOT_BITS));
}

/* The interned ISO value of w, or NULL (unknown, no value, OOM: doc->oom set), from the values memo
 * where an equal when was written before. */
static const char *value_of(const tctx *c, const when *w)
{
    if (w->unknown) return NULL;
    value_memo *vm = c->values;
    size_t slot = value_slot(w);
    if (vm->value[slot] && same_value(&vm->w[slot], w)) return vm->value[slot];
    char buf[48];
    if (!format_when(w, buf, sizeof buf)) return NULL;
    const char *v = cd_intern(c->doc, buf, strlen(buf));
    if (!v) {
        c->doc->oom = 1;
        return NULL;
    }
    vm->w[slot] = *w;
    vm->value[slot] = v;
    return v;
}

static void emit(const tctx *c, size_t i, match *mt)
{
    cd_doc *doc = c->doc;
    mark(c, i, mt->n);
    check_weekday(c, i, mt);
    cd_claim *cl = cd_add_claim(doc, CD_CLAIM_TIME, cd_tokspan(doc, i, i + mt->n - 1), c->sentence);
    if (!cl) return;
    if (mt->w.relative && !c->has_ref) mt->w.unknown = 1;
    if (mt->past_day && mt->w.g == G_MONTH && !mt->w.range) mt->w.unknown = 1; /* "Feb 30": not resolved */
    cl->time.value = value_of(c, &mt->w);
    cl->time.relative = mt->w.relative;
    cd_claim_reason(doc, cl, mt->w.relative ? "relative-date" : "date");
    if (mt->w.relative && cl->time.value) relative_finding(c, cl, cl->time.value, &mt->w);
    if (mt->undated) undated_finding(c, cl, mt);
    if (mt->past_day) past_end_finding(c, cl, mt);
}

/* Only numbers and words of the time lexicons (or heads of phrases) can start an expression:
 * everything else is skipped before any pattern is tried. So is a word whose entry alone tells
 * may_begin no and that is none of the words may_begin and may_begin_range compare ("in", "of",
 * "to": a preposition only), where simple_expr would return 0 at its first test. */

static int entry_may_start(const tctx *c, size_t i, const cd_token *t, const cd_time_word *r)
{
    switch (r->start[t->phrases == CD_PHRASES_KNOWN]) {
    case START_YES: return 1;
    case START_COUNT: return time_word_at(c, i + 1);
    case START_THE: return may_be_day(c, i + 1);
    default: return 0;
    }
}

static inline int may_start(const tctx *c, size_t i)
{
    const cd_doc *doc = c->doc;
    const cd_token *t = &doc->toks[i];
    if (t->type == TOK_WORD) { /* most tokens: one test of the token's flags */
        /* a word of a time or number class, or heading a phrase of one (CD_TIME_START_CLASSES: the
         * tokenizer marked it, TF_TIME_START, while it had the entry at hand; the entries of the
         * other words, mostly rare and long out of the cache, are not read): most phrase heads
         * ("to", "of", "in") start none, and the pattern search is the costly part */
        if (t->flags & TF_TIME_START) return entry_may_start(c, i, t, token_word(t));
        return letter_word(c, i);
    }
    if (t->type == TOK_NUM) return 1;
    /* "the '70s": an apostrophe glued to a number, as may_begin asks (may_begin_range says no at any
     * punctuation): elsewhere expr_at would return 0 */
    return t->type == TOK_PUNCT && (t->cp == '\'' || t->cp == 0x2019) && glued(c, i + 1) && tok(c, i + 1)->type == TOK_NUM;
}

/* Whether a word of one or two bytes at token t may be one of letter_word's ("q", "h", "w", "cy"),
 * told by its lex_id: a word has the entry of its lower case, so one of theirs where they have one
 * (c->letter_ids), and then none other. A word without an entry may be one that has none. */
static inline int may_be_letter(const tctx *c, const cd_token *t)
{
    const uint32_t *ids = c->letter_ids;
    uint32_t id = t->lex_id;
    if (!id) return 1;
    for (size_t k = 0; k < N_LETTER_WORDS; k++)
        if (id == ids[k]) return 1;
    return 0;
}

/* Whether may_start says no at token t from its fields alone: a word of no time or number class
 * heading no phrase of one (no TF_TIME_START) of three bytes or more (letter_word holds at one or two
 * letters only: "q", "h", "w", "cy"), or of fewer that is none of those by its lex_id ("of", "is",
 * "he"), or punctuation but an apostrophe. Nine tokens of ten are such: the sentence's walk
 * (read_sentence) passes them without anchored_at's and may_start's tests. */
static inline int passed_over(const tctx *c, const cd_token *t)
{
    if (t->type == TOK_WORD) return !(t->flags & TF_TIME_START) && (t->len > 2 || !may_be_letter(c, t));
    return t->type == TOK_PUNCT && t->cp != '\'' && t->cp != 0x2019;
}

/* Whether token k is a capitalized word that no date reads: no month, weekday, holiday or word of
 * data/time_words.tsv ("Carter", "Hernych"; not "Day", "March"). */
static int cap_word_of_no_time(const tctx *c, size_t k)
{
    if (k >= c->lim || !is_cap(c, k)) return 0;
    const cd_token *t = &c->doc->toks[k];
    uint64_t timely = LXM(LX_TIME_WORDS) | LXM(LX_TIME_MONTHS) | LXM(LX_TIME_WEEKDAYS) | LXM(LX_TIME_HOLIDAYS);
    return t->type == TOK_WORD && !(cd_tok_mask(t) & timely); /* "Business" heads "business day" */
}

/* Whether a weekday at token i follows a lower-case word that is no determiner and not "and": a verb,
 * most often, as US news writes the day with no "on" ("said Sunday Johnson would", "ruled Monday
 * Apple must"). A paper's or a show's name begins after "the", "and", a possessive or a capital. */
static int weekday_after_verb(const tctx *c, size_t i)
{
    int flags;
    const cd_token *p = i > c->first ? tok(c, i - 1) : NULL;
    if (!p || p->type != TOK_WORD || (p->flags & TF_CAP) || weekday_at(c, i, &flags) < 0) return 0;
    return !determiner_at(c, i - 1) && !word_is(c, i - 1, "and");
}

/* Whether the n tokens from i, read as a time, begin a name that the entities pass found going on
 * after them with a capitalized word of no time ("the Sunday Telegraph", "said Jan Egeland"): a
 * part of the name, no time. After a preposition the time stands ("on Tuesday Sir Alan said", "in
 * October Tory leader Michael Howard", where the name pass took both), so does a weekday after a
 * verb (weekday_after_verb: "said Sunday Johnson would"; a month may begin a first name), and a
 * name that ends in the time ("Group A on Saturday") keeps it. */
/* A preposition right before token i: a time's role "prep" ("until", "by", "since"), or "at" or
 * "over", which data/time_words.tsv does not list. A time put before its clause's subject stands
 * there ("Over Easter Parliament is in recess"), not a name's first word. */
static int prep_before(const tctx *c, size_t i)
{
    return i > c->first && (has_role(c, i - 1, R_PREP) || word_is(c, i - 1, "at") || word_is(c, i - 1, "over"));
}

static int name_goes_on(const tctx *c, size_t i, size_t n)
{
    const cd_doc *doc = c->doc;
    size_t k = i + n;
    if (k >= c->lim || !(doc->toks[i].flags & TF_ENTITY) || !(doc->toks[k].flags & TF_ENTITY)) return 0;
    if (prep_before(c, i) || weekday_after_verb(c, i) || !cap_word_of_no_time(c, k)) return 0;
    const cd_entity *e = cd_entity_at(doc, i);
    return e && e == cd_entity_at(doc, k);
}

/* Whether "the" or a possessive ("Radio 4's", "Ant & Dec’s") stands right before token i. */
static int the_or_possessive_before(const tctx *c, size_t i)
{
    if (i <= c->first) return 0;
    if (word_is(c, i - 1, "the") || year_possessive(c, i - 1)) return 1;
    return i - 1 > c->first && year_possessive(c, i - 2) && word_is(c, i - 1, "s"); /* "4's": "'", "s" */
}

/* Whether the one word at token i, read as a time, names a paper or a programme after "the" or a
 * possessive: a capitalized "Today" or "Tomorrow" there ("BBC Radio 4's Today programme", "The
 * Tomorrow People": the day itself is written in lower case within a sentence), or a weekday
 * before a capitalized word that no date goes on with ("the Sunday Times", "Ant & Dec's Saturday
 * Night Takeaway"; not "the Sunday 5 March edition"). */
static int title_word(const tctx *c, size_t i, size_t n)
{
    int flags;
    if (n != 1 || !is_cap(c, i) || !the_or_possessive_before(c, i)) return 0;
    if (has_role(c, i, R_DAY)) return 1;
    return weekday_at(c, i, &flags) >= 0 && cap_word_of_no_time(c, i + 1);
}

/* Whether the word before token i is in capitals too (or, opening the sentence, the word after): a
 * headline or a story written in capitals ("SALES FELL IN JUNE", "JAN EXPORTS ROSE"). */
/* The nearest word of two letters or more before token i (dir -1) or after it (dir 1) within the
 * sentence, over at most four tokens of punctuation or single letters ("U.S. JAN", "OIL - DEC"),
 * or NULL. A full stop ends the walk but after a single letter ("U.S."): the splitter may leave
 * "the DEC. DEC's site" one sentence. */
static const cd_token *word_beside(const tctx *c, size_t i, int dir)
{
    for (size_t d = 1; d <= 5; d++) {
        if (dir < 0 ? i < c->first + d : i + d >= c->lim) return NULL;
        size_t k = dir < 0 ? i - d : i + d;
        const cd_token *t = tok(c, k);
        if (t->type == TOK_WORD && t->len >= 2) return t;
        if (t->type != TOK_PUNCT && t->type != TOK_WORD) return NULL;
        int stop = is_punct(c, k, '.') || is_punct(c, k, '!') || is_punct(c, k, '?');
        if (stop && (dir > 0 || k == c->first || tok(c, k - 1)->type != TOK_WORD ||
                     tok(c, k - 1)->len != 1))
            return NULL;
    }
    return NULL;
}

static int in_capitals_text(const tctx *c, size_t i)
{
    const cd_token *t = word_beside(c, i, -1);
    if (!t) t = word_beside(c, i, 1);
    return t && (t->flags & TF_ALLCAPS);
}

/* Whether token k reads as a surname: a capitalized word of no time, of three letters or more, not
 * in capitals and with no hyphen glued after it ("Hernych"; not "T-bonds", "M-1A", "CFTC"). */
static int name_like(const tctx *c, size_t k)
{
    if (!cap_word_of_no_time(c, k)) return 0;
    const cd_token *t = &c->doc->toks[k];
    return !(t->flags & TF_ALLCAPS) && t->len >= 3 && !(is_dash(c, k + 1) && glued(c, k + 1));
}

/* Whether the one word at token i, read as a month, is a name or an acronym: an abbreviation
 * written in capitals in a sentence of mixed case ("the DEC", "DEC's site": a date line's "DEC" has
 * its day or year beside it; "IN JAN", "DECEMBER" are months: in_capitals_text); an abbreviation
 * before a name-like word (name_like) with no date preposition or "the" before it ("defeated Jan
 * Hernych", "Jan Bolz, EA's"; not "in Jan Labour won"; a month's full name stays: Reuters writes
 * "September T-bonds", "August Dubai", "April M-1A rose" for a month's contract or figure); an
 * abbreviation joined by "and" or "&" to a capitalized word that is no month ("Ant and Dec"). */
static int month_name_word(const tctx *c, size_t i, size_t n)
{
    int flags;
    if (n != 1 || !month_at(c, i, &flags)) return 0;
    if (c->doc->toks[i].flags & TF_ALLCAPS) return (flags & MF_ABBR) && !in_capitals_text(c, i);
    if (!(flags & MF_ABBR)) return 0;
    int dated = i > c->first && (has_role(c, i - 1, R_PREP) || has_role(c, i - 1, R_SHIFT) || word_is(c, i - 1, "the"));
    if (!dated && name_like(c, i + 1)) return 1;
    if (i < c->first + 2 || !(word_is(c, i - 1, "and") || is_punct(c, i - 1, '&'))) return 0;
    return cap_word_of_no_time(c, i - 2);
}

/* Whether the n tokens from i are a holiday's name alone before a capitalized word of no time: a
 * name's first words ("the 1973 Yom Kippur War", "Christmas Island", "the Easter Rising"), no day.
 * A year's noun goes on with it too ("the 1973 Yom Kippur War": cap_year_noun).
 * "Christmas Day", "Easter Monday", "New Year's Eve" are read with the holiday. Not right after a
 * preposition (prep_before: "By Thanksgiving Congress will vote", "At Christmas Britain spends"). */
/* A capitalized word that a year may name but that is no time itself, only a "yearnoun" of
 * data/time_words.tsv ("War", "Crisis", "Summit"): after a holiday it goes on with a name. */
static int cap_year_noun(const tctx *c, size_t k)
{
    if (k >= c->lim || !is_cap(c, k) || !time_word_at(c, k)) return 0;
    uint64_t named = LXM(LX_TIME_MONTHS) | LXM(LX_TIME_WEEKDAYS) | LXM(LX_TIME_HOLIDAYS);
    return !(cd_tok_lex(&c->doc->toks[k])->mask & named) && memo_at(c, k)->word_roles == (1u << R_YEARNOUN);
}

static int holiday_in_name(const tctx *c, size_t i, size_t n)
{
    if (c->doc->toks[i].type != TOK_WORD || cd_lex_match(c->doc, i, LX_TIME_HOLIDAYS, NULL) != n ||
        !(cap_word_of_no_time(c, i + n) || cap_year_noun(c, i + n)))
        return 0;
    return !prep_before(c, i);
}

#define NAMED_DAY_REACH 2 /* the words of a named day (data/time_named_days.tsv) before its weekday */

/* Whether the expression at token i (n tokens) lies in a name with a weekday in it that is no day
 * (data/time_named_days.tsv): "Bloody Sunday", "Super Tuesday", "Saturday Night Live". Every word
 * of the name must be capitalized: "a black Monday for shares" is a Monday. */
static int weekday_named(const tctx *c, size_t i, size_t n)
{
    for (size_t k = i > c->first + NAMED_DAY_REACH ? i - NAMED_DAY_REACH : c->first; k <= i; k++) {
        size_t m = c->doc->toks[k].type == TOK_WORD ? cd_lex_match(c->doc, k, LX_TIME_NAMED_DAYS, NULL) : 0;
        if (!m || k + m <= i || k + m < i + n) continue; /* the name must hold the whole expression */
        size_t w = k;
        while (w < k + m && is_cap(c, w) && !(c->doc->toks[w].flags & TF_ALLCAPS)) w++;
        if (w == k + m) return 1;
    }
    return 0;
}

/* The expression starting at token i at the top level, or 0, where may_start holds: the rest of
 * the dispatch (may_begin, may_begin_range) first, then the patterns it leaves. */
static size_t expr_at(const tctx *c, size_t i, match *mt)
{
    int begins = may_begin(c, i), ranged = may_begin_range(c, i); /* simple_expr at depth 0 */
    if (!begins && (!ranged || !range_follows(c, i))) return 0;
    return top_expr(c, i, mt, begins, ranged);
}

#ifdef CD_TIME_CROSSCHECK
/* Test builds only (tests/c/test_time_dispatch.c compiles this file with CD_TIME_CROSSCHECK): at
 * every token the top level reads, every pattern is tried as well, with no dispatch (top_expr told
 * that a single expression and a range may both start there, and tctx.all: may_begin says yes at
 * every token, here and in every nested read) and on memos of its own, so that nothing the fast
 * path remembered answers for it. The two must agree on the token
 * count and the value; a disagreement becomes a "time-dispatch-mismatch" finding, and each token
 * compared counts in one "time-dispatch-checked" finding at the end of the pass. */
static size_t reference_expr(const tctx *c, size_t i, match *mt)
{
    phrase_memo memo;
    expr_memo exprs;
    memset(&memo, 0, sizeof memo);
    memset(&exprs, 0, sizeof exprs);
    tctx ref = *c;
    ref.memo = &memo;
    ref.exprs = &exprs;
    ref.begins_at = 0;
    ref.all = 1;
    return top_expr(&ref, i, mt, 1, 1);
}

static void crosscheck(const tctx *c, size_t i, size_t n, const match *mt)
{
    match ref;
    size_t rn = reference_expr(c, i, &ref);
    char fast[48] = "", all[48] = "";
    if (n) format_when(&mt->w, fast, sizeof fast);
    if (rn) format_when(&ref.w, all, sizeof all);
    if (rn == n && strcmp(fast, all) == 0 && (!n || (mt->w.relative == ref.w.relative && mt->weekday == ref.weekday)))
        return;
    cd_add_finding(c->doc, "time-dispatch-mismatch", CD_SEV_ERROR, cd_tokspan(c->doc, i, i),
                   "dispatch: %zu tokens '%s'; every pattern: %zu tokens '%s'", n, fast, rn, all);
}
#endif

/* ---- periods that end on a date: "the year to March 31", "the three months to December" ----- */

/* The first token of a period of one unit (its unit at token u, of the given days): "fiscal" or
 * "financial" before it, and an ordinal before a quarter ("its first quarter, ending February 28",
 * "fiscal second quarter ending December 31": a fiscal quarter named by its end). */
static size_t one_period_start(const tctx *c, size_t u, double days)
{
    double nth;
    size_t k = u;
    if (days == 91 && k > c->first && role_at(c, k - 1, R_ORDINAL, &nth) == 1 && nth >= 1 && nth <= 4) k--;
    if (k > c->first && (word_is(c, k - 1, "fiscal") || word_is(c, k - 1, "financial"))) k--;
    return k;
}

#define PERIOD_MONTHS_MAX 24 /* the longest period of months counted before "to": "the 24 months to" */

/* The months of the period named before "to", "ending" or "ended" at token j, or 0: "year" (after
 * "fiscal", "financial" or nothing) 12, "quarter" 3, a count of months ("three months", "12 months")
 * or years ("two years"); the period's first token in *start. Weeks and days name no report's
 * period ("two weeks to Friday" is a wait). */
static int period_months(const tctx *c, size_t j, size_t *start)
{
    double days;
    long count = 1;
    int digits;
    size_t u = j - 1 - (j >= c->first + 3 && is_punct(c, j - 1, ',') && !word_is(c, j, "to")); /* "quarter, ending" */
    if (j < c->first + 2 || role_at(c, u, R_UNIT, &days) != 1 || (days != 30 && days != 91 && days != 365)) return 0;
    if (plural_unit(c, u)) { /* a count before it: one token ("three", "12") */
        int big;
        if (u == c->first || !(int_at(c, u - 1, &count, &digits) || spelled_at(c, u - 1, &count, &big) == 1)) return 0;
        *start = u - 1;
    } else {
        *start = one_period_start(c, u, days);
    }
    long months = count * (days == 30 ? 1 : days == 91 ? 3 : 12);
    return count >= 1 && months <= PERIOD_MONTHS_MAX ? (int)months : 0;
}

/* The word at k, right before a period's count, makes it time left, a wait ("The firm has five months
 * to June 30 to repay", "were given two years to"): a form of "have" or "give". */
static int time_left_before(const tctx *c, size_t k)
{
    return word_is(c, k, "has") || word_is(c, k, "have") || word_is(c, k, "had") || word_is(c, k, "having") ||
           word_is(c, k, "given") || word_is(c, k, "give") || word_is(c, k, "gives");
}

/* Whether a present perfect of a verb of change (data/change_verbs.tsv) stands before token start,
 * within TENSE_WINDOW and its clause: the change is done, "Shares have gained 12% in the three months
 * to June", "Profits have risen in the year to". Not a forecast or a statement, whose period may be
 * to come ("has forecast a profit for the year to March"). */
static int changed_before(const tctx *c, size_t start)
{
    for (size_t d = 1; d <= TENSE_WINDOW && start >= c->first + d; d++) {
        size_t p = start - d;
        if (clause_break(c, p)) return 0;
        const cd_token *t = tok(c, p);
        if (t && t->type == TOK_WORD && cd_lex_has(cd_tok_entry(t), LX_CHANGE_VERBS) && perfect_at(c, p))
            return 1; /* after "has" or "have" a verb of change is its participle: "risen", "gained" */
    }
    return 0;
}

/* Whether a past verb of data/change_verbs.tsv stands within TENSE_WINDOW of tokens [first, last] in
 * the sentence: the period's figures are reported, so it is over ("Pre-tax earnings for the six months
 * ending 31 December climbed 17%"). */
static int change_reported(const tctx *c, size_t first, size_t last)
{
    size_t a = first >= c->first + TENSE_WINDOW ? first - TENSE_WINDOW : c->first;
    for (size_t p = a; p <= last + TENSE_WINDOW && p < c->lim; p++) {
        const cd_token *t = tok(c, p);
        if ((p < first || p > last) && t->type == TOK_WORD && cd_lex_has(cd_tok_entry(t), LX_CHANGE_VERBS) && tense_at(c, p, 0) < 0)
            return 1;
    }
    return 0;
}

/* The end of a period named by it after "ending" at tokens [first, last], whose year the story date gave
 * (end): the one a year on where a past verb picked one over for more than the period's length while
 * the next is in progress at the story date and no change is reported of it ("forecast net of nine
 * mln dlrs in its second quarter ending June 30" on 29 June: this June's, not last year's;
 * "Profit rose in the year ending March 31" in May keeps this March's). */
static long period_in_progress(const tctx *c, long end, int months, size_t first, size_t last)
{
    long next = add_months(end + 1, 12) - 1;
    if (end < add_months(c->ref, -months) && next >= c->ref && add_months(next + 1, -months) <= c->ref &&
        !change_reported(c, first, last))
        return next;
    return end;
}

/* The second year of a split year written right before a period's first token, which names the
 * period and so the year it ends in ("the 1991/92 year to March 31": March 31, 1992; "its 1991-92
 * financial year ending June", "the 1996/7 year to May"), or 0. The two years follow each other. */
static int split_year_end(const tctx *c, size_t start)
{
    long v;
    int dg, y;
    size_t k = start - 1; /* the second year */
    if (start < c->first + 3 || !int_at(c, k, &v, &dg) || dg == 3 || dg > 4 || !glued(c, k) || !glued(c, k - 1) ||
        !(is_punct(c, k - 1, '/') || is_dash(c, k - 1)) || !year_at(c, k - 2, &y))
        return 0;
    long unit = dg == 1 ? 10 : 100, /* "1996/7", "1999/00" */
        y2 = dg == 4 ? v : y - y % unit + v + (v < y % unit ? unit : 0);
    return y2 == y + 1 ? (int)y2 : 0;
}

/* Day d of month m in year y, or the month's last day where it has fewer (February 29). */
static long day_in_year(int y, int m, int d)
{
    int last_day = cd_days_in_month(y, m);
    return day_number(y, m, d > last_day ? last_day : d);
}

/* The second year of the split year that names a period of a year at token start, written before
 * it or before the one lower-case word that tells the year's trade ("the 1986/87 year", "its 1987/88
 * crop year", "the 1985/86 sugar year"), or 0. */
static int split_year_of_period(const tctx *c, size_t start)
{
    int y = split_year_end(c, start);
    if (y || !word_is(c, start, "year") || start < c->first + 4) return y;
    const cd_token *t = tok(c, start - 1);
    return t->type == TOK_WORD && !(t->flags & (TF_CAP | TF_TIME)) ? split_year_end(c, start - 1) : 0;
}

/* A day or month at token i, right after a split year and "ending" or "ended" (perhaps after a comma:
 * "1986/87, ending June 30", "in 1987/88 ending March"), whose year the story date gave: it ends that
 * split year, so it takes the second year whatever the verb's tense. */
static void split_year_ending(const tctx *c, size_t i, match *mt)
{
    when *w = &mt->w;
    if (mt->explicit_year || !w->relative || w->range || w->open || w->noyear || w->unknown || mt->weekday >= 0 ||
        (w->g != G_DAY && w->g != G_MONTH) || i < c->first + 5 ||
        !(word_is(c, i - 1, "ending") || word_is(c, i - 1, "ended")))
        return;
    int y = split_year_end(c, i - 1 - is_punct(c, i - 2, ','));
    if (!y) return;
    cd_date e = civil(w->b);
    if (w->g == G_MONTH) set_month(w, y, e.m);
    else set_day(w, day_in_year(y, e.m, e.d));
}

/* A day or month read at token i after a period and "to", "ending" or "ended" ("the year to March 31",
 * "the three months to December", "the quarter ending June 30, 1987", "the financial year to March")
 * ends that period: the claim becomes the period, from its first token. A day or month whose year
 * came from the story date keeps the year its tense gave it: past the last one ("Profit rose 10% in
 * the year to March 31" in May), future the next, none the nearest ("The rules allow a cap of
 * three mln tonnes in the year to March 31" in February: this March). Returns the period's first
 * token, or i where there is none. */
static size_t period_to(const tctx *c, size_t i, match *mt)
{
    when *w = &mt->w;
    size_t start;
    int months;
    if (i <= c->first || w->range || w->open || w->noyear || w->unknown || mt->weekday >= 0 ||
        (w->g != G_DAY && w->g != G_MONTH))
        return i;
    if (!(word_is(c, i - 1, "to") || word_is(c, i - 1, "ending") || word_is(c, i - 1, "ended")) ||
        !(months = period_months(c, i - 1, &start)) || (start > c->first && time_left_before(c, start - 1)))
        return i;
    for (size_t k = start; k < i; k++)
        if (c->doc->toks[k].flags & TF_TIME) return i; /* part of a time before */
    long end = w->b;
    int split_end_year = mt->explicit_year ? 0 : split_year_of_period(c, start);
    if (split_end_year) { /* the period's name gives its end's year, whatever the tense */
        cd_date e = civil(end);
        end = day_in_year(split_end_year, e.m, e.d);
    }
    /* a report's period a present perfect of change tells of is over: a year the story date gave moves back */
    if (!split_end_year && w->relative && end > c->ref && changed_before(c, start)) end = add_months(end + 1, -12) - 1;
    if (!split_end_year && w->relative && word_is(c, i - 1, "ending"))
        end = period_in_progress(c, end, months, start, i + mt->n - 1);
    if (w->g == G_DAY) { /* back from the day after a month's end; else from the end ("May 30": from March 1) */
        set_range(w, civil(end + 1).d == 1 ? add_months(end + 1, -months) : add_months(end, -months) + 1, end, G_DAY);
    } else {
        cd_date e = civil(end);
        set_range(w, add_months(month_start(e.y, e.m), 1 - months), end, G_MONTH);
    }
    return start;
}

/* A year read at tokens [i, i + mt->n) that "fiscal" (perhaps with "year") names, before it ("fiscal
 * 1987", "fiscal year 1988") or after it ("its 1987 fiscal year"): a fiscal year, whose months are
 * the company's, not January to December. Marks it (its value "FY1987") and returns the claim's first
 * token; its token count into mt->n. */
static size_t fiscal_year(const tctx *c, size_t i, match *mt)
{
    when *w = &mt->w;
    if (w->g != G_YEAR || w->range || w->open || w->relative || w->unknown) return i;
    size_t k = i > c->first && word_is(c, i - 1, "year") ? i - 1 : i, last = i + mt->n;
    if (k > c->first && word_is(c, k - 1, "fiscal") && !(c->doc->toks[k - 1].flags & TF_TIME)) {
        w->fiscal = 1;
        mt->n += i - (k - 1);
        return k - 1;
    }
    if (word_is(c, last, "fiscal")) {
        w->fiscal = 1;
        mt->n += 1 + word_is(c, last + 1, "year");
    }
    return i;
}

/* The expression or clock time at token i (may_start holds there), claimed or marked: the tokens
 * it took (1 where there is none). */
static size_t read_at(tctx *c, size_t i)
{
    const cd_doc *doc = c->doc;
    size_t n = doc->toks[i].type == TOK_NUM ? clock_time(c, i) : 0;
    if (n) {
        mark(c, i, n);
        return n;
    }
    match mt;
    n = expr_at(c, i, &mt);
#ifdef CD_TIME_CROSSCHECK
    crosscheck(c, i, n, &mt);
#endif
    if (!n || name_goes_on(c, i, n) || title_word(c, i, n) || month_name_word(c, i, n) || holiday_in_name(c, i, n) ||
        weekday_named(c, i, n))
        return 1;
    size_t from = period_to(c, i, &mt);
    if (from == i) split_year_ending(c, i, &mt);
    mt.n = n + (i - from);
    from = fiscal_year(c, from, &mt);
    emit(c, from, &mt);
    note_claim(c, from, from + mt.n, &mt.w);
    forget_exprs(c->exprs); /* reads there may have counted from the claim before (anchor_of) */
    return n;
}

/* The when-unit (G_DAY .. G_YEAR) a unit of days (1, 7, 30, 365) is; -1 for the others. */
static int grain_of_days(int days)
{
    switch (days) {
    case 1: return G_DAY;
    case 7: return G_WEEK;
    case 30: return G_MONTH;
    case 365: return G_YEAR;
    default: return -1;
    }
}

/* The way word j after "the" counts from a date (next_unit_dir), told by its length first: 1
 * "following", "next"; -1 "previous", "preceding", "prior"; else 0. */
static int unit_dir_after_the(const tctx *c, size_t j)
{
    if (j >= c->lim) return 0;
    switch (c->doc->toks[j].len) {
    case 4: return word_is(c, j, "next");
    case 5: return -word_is(c, j, "prior");
    case 8: return -word_is(c, j, "previous");
    case 9: return word_is(c, j, "following") ? 1 : -word_is(c, j, "preceding");
    default: return 0;
    }
}

/* The way "the" and token i + 1 count from a date: 1 "the following", "the next"; -1 "the previous",
 * "the preceding", "the prior"; else 0. */
static int next_unit_dir(const tctx *c, size_t i)
{
    return word_is(c, i, "the") ? unit_dir_after_the(c, i + 1) : 0;
}

/* "the following year", "the next day", "the previous week", "the prior month": the unit before or
 * after the anchor's, in that unit. Returns its token count; the value into *w. */
static size_t next_unit_of(const tctx *c, size_t i, const when *a, when *w)
{
    int dir = next_unit_dir(c, i);
    size_t u;
    int days = dir ? unit_days(c, i + 2, &u) : 0, g = grain_of_days(days);
    if (g < 0 || u != 1 || plural_unit(c, i + 2) || g < a->g) return 0; /* no day counted from a year */
    calendar_unit(w, dir > 0 ? a->b : a->a, days, dir);
    return 3;
}

/* "a day later", "two years earlier", "three weeks later": the anchor moved by that many units, in
 * the anchor's own unit ("two years later" than March 3, 2015 is March 3, 2017; than 2012, 2014).
 * Not before "than" ("two years earlier than planned") or another date. Returns its token count; the value into *w. */
static size_t units_later(const tctx *c, size_t i, const when *a, when *w)
{
    long count = 1;
    size_t cn = word_is(c, i, "a") || word_is(c, i, "an") ? 1 : count_at(c, i, &count), un;
    int days = cn ? unit_days(c, i + cn, &un) : 0, g = grain_of_days(days);
    size_t after = i + cn + 2; /* "three weeks later this year than last": a gap between two dates */
    if (g < 0 || un != 1 || count < 1 || g < a->g || word_is(c, after, "than") || word_is(c, after, "this") ||
        word_is(c, after, "next") || word_is(c, after, "last"))
        return 0;
    int dir = word_is(c, i + cn + 1, "later") ? 1 : word_is(c, i + cn + 1, "earlier") ? -1 : 0;
    if (!dir) return 0;
    long z = move(dir > 0 ? a->b : a->a, days, dir * count);
    if (a->g == G_DAY) set_day(w, z);
    else calendar_unit(w, z, a->g == G_WEEK ? 7 : a->g == G_MONTH ? 30 : 365, 0);
    return cn + 2;
}

/* The first token of the sentence at or after k that is "later" or "earlier" (told by lex_id: a
 * word token normalizes to one of them only when its text is one, in any case), else c->lim. Most
 * sentences hold neither, so that may_anchor need not read a count before every unit that no such
 * word follows. The tokens asked about move on through the sentence: the answer is kept
 * (later_from, later_at; reset for each sentence) and a question past it walks on from there, so a
 * sentence is walked at most once. */
static size_t later_word_from(tctx *c, size_t k)
{
    if (k >= c->later_from && k <= c->later_at) return c->later_at;
    const cd_token *toks = c->doc->toks;
    size_t j = k;
    while (j < c->lim && toks[j].lex_id != c->later_id && toks[j].lex_id != c->earlier_id) j++;
    c->later_from = k;
    c->later_at = j < c->lim ? j : c->lim;
    return c->later_at;
}

/* Whether token k is "later" or "earlier" (told by lex_id, as later_word_from tells them): where
 * a count of one token at k - 2 ends a phrase's shape, no walk ahead is needed. */
static inline int later_word_at(const tctx *c, size_t k)
{
    const cd_token *toks = c->doc->toks;
    return k < c->lim && (toks[k].lex_id == c->later_id || toks[k].lex_id == c->earlier_id);
}

/* Whether count_at may read a count at the word at token t: a number word (spelled_at), a word of
 * the role count, or one heading a phrase of data/time_words.tsv where the tokenizer saw a phrase
 * start (role_at: memo_fill looks up no phrase elsewhere); all three are words of TF_TIME_START
 * (CD_TIME_START_CLASSES holds both classes). Not a month, a unit or a shift word ("May", "years",
 * "last"): may_anchor need not look ahead for "later" there. */
static inline int may_count(const cd_token *t)
{
    if (!(t->flags & TF_TIME_START)) return 0;
    const cd_time_word *r = token_word(t);
    return r->num_word || (r->roles & 1u << R_COUNT) ||
           (t->phrases != CD_PHRASES_KNOWN && (cd_tok_entry(t)->heads & LXM(LX_TIME_WORDS)));
}

/* Whether the words at token i have the shape of a phrase counting from an earlier date, before
 * anchor_of looks back for one: "the" and next_unit_dir's word, or "a", "an" or a count and a unit
 * word before "later" or "earlier" (units_later; both words of data/time_words.tsv, so never passed
 * over). The words are told by their lex_ids first (a token's own field; the text is far away), then
 * by next_unit_of and units_later themselves. count_at reads digits, and words of TF_TIME_START
 * alone (number words are among them). Out of line: asked only where the sentence has a claim to
 * count from, and inlined it made gcc spill the sentence walk's index (read_sentence) at every token. */
CD_NOINLINE static int may_anchor(tctx *c, size_t i)
{
    const cd_token *t = &c->doc->toks[i];
    size_t cn = 0;
    if (t->type == TOK_WORD) {
        if (t->lex_id && t->lex_id == c->the_id) return unit_dir_after_the(c, i + 1) != 0; /* next_unit_dir */
        int article = t->lex_id == c->a_id || t->lex_id == c->an_id;
        if (article) { /* "a year later": a count of one token */
            if (!later_word_at(c, i + 2)) return 0;
            cn = 1;
        } else {
            if (!may_count(t)) return 0;
            if (later_word_from(c, i + 2) >= c->lim) return 0; /* a count of several words: "twenty-one" */
            cn = count_at(c, i, &(long){0});
        }
    } else if (t->type == TOK_NUM) {
        if (!later_word_at(c, i + 2)) return 0; /* count_at reads a number as one token (int_at) or none */
        cn = count_at(c, i, &(long){0});
    }
    const cd_token *v = cn ? tok(c, i + cn + 1) : NULL;
    return v && !passed_over(c, v) && (word_is(c, i + cn + 1, "later") || word_is(c, i + cn + 1, "earlier"));
}

/* The period a later phrase counts from when the date before it is a part of one month or one year
 * (part_of_period: "end-March", "mid-1986"): that whole month or year, as if the date were written
 * without its part word ("a year earlier" than the end of March 2017 is March 2016). Other ranges
 * (a quarter, "March 3-5", "1985-87") lend no date: 0. */
static int whole_period_of(when *a)
{
    if (!a->part) return 0;
    cd_date s = civil(a->a);
    if (a->g == G_DAY) set_month(a, s.y, s.m);
    else set_year(a, s.y);
    a->part = 0;
    return 1;
}

/* A phrase at token i that counts from a date named just before it (anchor_of; "In 2009 the plant
 * closed, and the following year it reopened": 2010), claimed; its token count, else 0. With no
 * such date the phrase is left to the patterns as before (most read none; "previous week" counts
 * from the story date). */
static size_t anchored_at(tctx *c, size_t i)
{
    when a;
    match mt;
    if (!c->read->prev_end && !c->read->has_last) return 0;
    if (!may_anchor(c, i)) return 0;
    reset(&mt);
    if (!anchor_of(c, i, 1, &a) || (a.range && !whole_period_of(&a))) return 0; /* anchor_of gives no fiscal year */
    size_t n = next_unit_of(c, i, &a, &mt.w), first = i + 1; /* the claim leaves out "the" */
    if (!n) n = units_later(c, i, &a, &mt.w), first = i;
    if (!n) return 0;
    mt.w.relative = a.relative;
    mt.n = i + n - first;
    emit(c, first, &mt);
    note_claim(c, first, i + n, &mt.w);
    return n;
}

/* Whether the word at token t, of TF_TIME_START, reads as nothing: no pattern starts there (its
 * entry's verdict there is START_NO, where may_start says no) and no phrase counting from an earlier
 * date (may_anchor: it is not "the", "a" or "an", and count_at reads no count at a word of no number
 * class: a word with the role count, or heading a phrase of data/time_words.tsv where one may start,
 * has another verdict). Eight in ten such words are "to", "of", "in", "for", "on" or "by". */
static inline int reads_nothing(const tctx *c, const cd_token *t)
{
    const cd_time_word *r = token_word(t);
    uint32_t id = t->lex_id;
    return r->start[t->phrases == CD_PHRASES_KNOWN] == START_NO && !r->num_word && id != c->the_id &&
           id != c->a_id && id != c->an_id;
}

/* Whether the walk steps over token t: passed over, or a word of TF_TIME_START that reads nothing
 * (a word without the flag, "q" or "h", has no entry of a time class to tell). */
static inline int stepped_over(const tctx *c, const cd_token *t)
{
    return passed_over(c, t) || (t->type == TOK_WORD && (t->flags & TF_TIME_START) && reads_nothing(c, t));
}

#ifdef CD_TIME_CROSSCHECK
/* Test builds: the checks of token i, which the walk comes to (next_read) -- stepped over, it reads
 * nothing -- and a comparison with the reference where may_start says no. */
static void check_walk_token(tctx *c, size_t i)
{
    const cd_token *t = &c->doc->toks[i];
    if (stepped_over(c, t) && may_start(c, i))
        cd_add_finding(c->doc, "time-dispatch-mismatch", CD_SEV_ERROR, cd_tokspan(c->doc, i, i),
                       "stepped over, but may_start holds");
    if (stepped_over(c, t) && (c->read->prev_end || c->read->has_last) && may_anchor(c, i))
        cd_add_finding(c->doc, "time-dispatch-mismatch", CD_SEV_ERROR, cd_tokspan(c->doc, i, i),
                       "stepped over, but may_anchor holds");
    c->checked++;
    if (!may_start(c, i)) crosscheck(c, i, 0, NULL);
}
#endif

/* The first token from i on, before lim, that the walk does not step over (stepped_over), or lim.
 * Most tokens are stepped over, in runs of five or six, so they get a loop of their own, over the
 * tokens' addresses: read_sentence's loop kept the index, and the token's address made from it,
 * at every token. A token stepped over starts no phrase, nor one counting from an earlier date:
 * "the" heads phrases of data/time_words.tsv ("the day after tomorrow"), so it is never stepped
 * over. */
static inline size_t next_read(tctx *c, size_t i, size_t lim)
{
    const cd_token *toks = c->doc->toks, *t = toks + i, *end = toks + lim;
#ifdef CD_TIME_CROSSCHECK /* every token the walk comes to, the one it stops at too */
    for (const cd_token *k = t; k < end; k++) {
        check_walk_token(c, (size_t)(k - toks));
        if (!stepped_over(c, k)) break;
    }
#endif
    while (t < end && stepped_over(c, t)) t++;
    return (size_t)(t - toks);
}

/* The expressions of the sentence c->first .. c->lim, claimed or marked, left to right. */
static void read_sentence(tctx *c)
{
    /* no pattern moves the tokens or the sentence's end */
    for (size_t lim = c->lim, i = next_read(c, c->first, lim); i < lim; i = next_read(c, i, lim)) {
        size_t n = anchored_at(c, i);
        i += n ? n : may_start(c, i) ? read_at(c, i) : 1;
    }
}

void cd_find_times(cd_doc *doc)
{
    tctx c;
    phrase_memo memo;
    expr_memo exprs;
    value_memo values;
    fiscal_memo fiscal = {0};
    claims_read read;
    int readings = -1;
    memset(&c, 0, sizeof c);
    memset(&read, 0, sizeof read);
    c.read = &read;
    c.fiscal = &fiscal;
    c.readings = &readings;
    memset(&memo, 0, sizeof memo);
    memset(values.value, 0, sizeof values.value);
    c.doc = doc;
    c.memo = &memo;
    c.exprs = &exprs;
    c.values = &values;
    exprs.reads = exprs.deep_reads = 0;
    c.the_id = cd_lex_id(cd_lex_lookup("the", 3));
    c.a_id = cd_lex_id(cd_lex_lookup("a", 1));
    c.an_id = cd_lex_id(cd_lex_lookup("an", 2));
    for (size_t k = 0; k < N_LETTER_WORDS; k++)
        c.letter_ids[k] = cd_lex_id(cd_lex_lookup(letter_words[k], strlen(letter_words[k])));
    c.later_id = cd_lex_id(cd_lex_lookup("later", 5));
    c.earlier_id = cd_lex_id(cd_lex_lookup("earlier", 7));
    c.has_ref = doc->date.y != 0;
    set_ref(&c, c.has_ref ? day_number(doc->date.y, doc->date.m, doc->date.d) : day_number(2000, 1, 1));
    for (size_t s = 0; s < doc->n_sinfo; s++) {
        c.first = doc->sinfo[s].tok_first;
        c.lim = c.first + doc->sinfo[s].tok_count;
        c.sentence = s;
        readings = -1;
        read.has_last = read.prev_end != 0; /* only the sentence right before lends its last date (anchor_of) */
        read.last = read.prev;
        read.prev_first = read.prev_end = read.lead_end = 0;
        forget_exprs(&exprs);
        c.later_from = SIZE_MAX, c.later_at = 0; /* later_word_from knows nothing of this sentence */
        read_sentence(&c);
    }
#ifdef CD_TIME_CROSSCHECK
    if (doc->n_toks) cd_add_finding(doc, "time-dispatch-checked", CD_SEV_INFO, cd_tokspan(doc, 0, 0), "%zu", c.checked);
#endif
}
