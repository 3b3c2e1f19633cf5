/*
 * Numbers: every numeric mention of the text, read as a value.
 *
 * One left-to-right pass over the tokens. At each token that can start a number, parse_expr reads
 * at most a few tokens ahead: a currency before, a sign, the value (digits with grouping, decimals,
 * exponents, fractions; or spelled-out words with scales, "and", hyphens, fractions, ordinals),
 * then what may follow it (a scale letter, a currency, percent, a unit of measure, a counted noun,
 * a range to a second number, a qualifier such as "or more"), and looks back a few tokens for a
 * qualifier such as "just over". Labels, dates, clock times, phone numbers and identifiers are
 * read too, but consumed without being reported, so that their parts are not taken for numbers.
 *
 * The span covers the value with its currency, scale, percent and measure words ("$3.8 million",
 * "40%", "3 feet"); a counted noun goes to `unit` outside the span ("1,200" personnel), and
 * qualifiers go to `approx` outside the span. Word lists are data/num_*.tsv.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* What the value reader saw last (the grammar of spelled-out numbers). */
enum { L_NONE, L_ART, L_UNIT, L_TEEN, L_TENS, L_DIGITS, L_HUND, L_SCALE, L_AND };

enum {
    NF_DIGITS = 1 << 0,   /* digits were read */
    NF_WORDS = 1 << 1,    /* number words were read */
    NF_DECIMAL = 1 << 2,  /* written with a decimal part */
    NF_SCALED = 1 << 3,   /* multiplied by a scale word or letter */
    NF_ORD = 1 << 4,      /* an ordinal */
    NF_FRAC = 1 << 5,     /* a fraction word or slash */
    NF_PLAIN = 1 << 6,    /* one token of bare digits, no separators */
    NF_LEAD0 = 1 << 7,    /* digits with a leading zero ("01") */
    NF_BETWEEN = 1 << 8,  /* "between" right before */
    NF_FROM = 1 << 9,     /* "from" or "by" right before: "X to Y" is a change, not a range */
    NF_BY = 1 << 10       /* that word was "by": see by_range */
};

/* ---- tokens ---------------------------------------------------------------------------------- */

static int is_type(const cd_doc *d, size_t i, int type)
{
    return i < d->n_toks && d->toks[i].type == type;
}

/* Token i touches token i-1 (no space between). */
static int attached(const cd_doc *d, size_t i)
{
    return i > 0 && i < d->n_toks && !(d->toks[i].flags & TF_SPACE_BEFORE);
}

/* Token i may start an expression: not a time, not read already. */
static int startable(const cd_doc *d, size_t i)
{
    return i < d->n_toks && !(d->toks[i].flags & (TF_TIME | TF_NUMBER));
}

/* Token i may continue an expression: startable and not past a paragraph break or the end of
 * the sentence ("3.25\n %" where the line break ends the sentence is one number and no percent). */
static int usable(const cd_doc *d, size_t i)
{
    return startable(d, i) && !(d->toks[i].flags & (TF_PARA_BEFORE | TF_SENT_START));
}

static int is_punct(const cd_doc *d, size_t i, uint32_t cp)
{
    return cd_tok_is_punct(d, i, cp);
}

static int is_dash(const cd_doc *d, size_t i)
{
    return is_punct(d, i, '-') || is_punct(d, i, 0x2010) || is_punct(d, i, 0x2011);
}

static int is_range_dash(const cd_doc *d, size_t i)
{
    return is_dash(d, i) || is_punct(d, i, '~') || (i < d->n_toks && d->toks[i].type == TOK_PUNCT && cd_is_dash(d->toks[i].cp));
}

static size_t tok_len(const cd_doc *d, size_t i)
{
    return d->toks[i].len;
}

/* Whether cd_lex_normalize keeps s[0..n) as it is and the key fits in the first of cd_lex_probe16's
 * words: 1 to 7 bytes, none an ASCII capital or a space, no no-break space (C2 A0) and no curly
 * single quote (E2 80 98, E2 80 99), the bytes it changes. */
static int plain_key(const unsigned char *s, size_t n)
{
    if (n == 0 || n > 7) return 0;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = s[k];
        if ((c >= 'A' && c <= 'Z') || c == ' ' || c == '\t' || c == '\n' || c == '\r') return 0;
        if (c == 0xC2 && k + 1 < n && s[k + 1] == 0xA0) return 0;
        if (c == 0xE2 && k + 2 < n && s[k + 1] == 0x80 && (s[k + 2] == 0x98 || s[k + 2] == 0x99)) return 0;
    }
    return 1;
}

/* The lexicon entry of the key of n bytes (1 to 7) held in lo, as cd_lex_load_le64 reads them,
 * zero-padded: its hash and key are the bytes' own (cd_lex_key_hash), probed without cd_lex_lookup's
 * copy and normalizing pass. A phrase prefix's entry is no key's (as cd_lex_lookup). */
static const cd_lexentry *plain_entry(uint64_t lo, size_t n)
{
    const cd_lexentry *e = cd_lex_probe16(cd_lex_key_finish(cd_lex_key_step(0, lo), n), lo, 0, n);
    return e && e->mask != LXM(LX_PHRASE_PREFIX) ? e : NULL;
}

/* The lexicon entry of a sign beyond ASCII ('£', '€', '½', '≥'), as cd_lex_lookup finds it:
 * plain_entry where normalizing keeps its bytes (plain_key), rec_of asking for '£' at most amounts
 * in pounds. */
static const cd_lexentry *sign_entry(const char *s, size_t n)
{
    if (!plain_key((const unsigned char *)s, n)) return cd_lex_lookup(s, n);
    uint64_t lo = 0;
    for (size_t k = 0; k < n; k++) lo |= (uint64_t)(unsigned char)s[k] << (8 * k);
    return plain_entry(lo, n);
}

/* A lexicon record of a word (words carry their entry), or of a punctuation token (looked up). */
static const cd_lexrec *rec_of(const cd_doc *d, size_t i, int cls)
{
    if (i >= d->n_toks) return NULL;
    const cd_token *t = &d->toks[i];
    if (t->type == TOK_WORD) return cd_lex_rec(cd_tok_entry(t), cls);
    if (t->type == TOK_PUNCT && t->cp >= 0x7E) return cd_lex_rec(sign_entry(d->text + t->start, t->len), cls);
    /* an ASCII sign that is no letter: normalizing keeps its byte ('$' and '%' at most amounts) */
    if (t->type == TOK_PUNCT && (t->cp == '$' || t->cp == '%' || t->cp == '<' || t->cp == '>'))
        return cd_lex_rec(plain_entry(t->cp, 1), cls);
    return NULL;
}

/* Longest phrase of class cls at token i (words), or the punctuation token alone. */
static size_t match(const cd_doc *d, size_t i, int cls, const cd_lexrec **rec)
{
    if (!startable(d, i)) return 0;
    if (d->toks[i].type == TOK_WORD) return cd_lex_match(d, i, cls, rec);
    *rec = rec_of(d, i, cls);
    return *rec != NULL;
}

/* The n tokens of a phrase at i, read after a value, stay in its sentence: no later word opens a
 * sentence or a paragraph, as usable says ("lost 2.50 N.Z.\nDlrs" where the splitter ends a
 * sentence after "N.Z.": 2.50 stays a bare figure rather than a span across two sentences, which
 * no sentence could hold). Returns n, or 0. */
static size_t within_sentence(const cd_doc *d, size_t i, size_t n)
{
    for (size_t t = 1; t < n; t++)
        if (!usable(d, i + t)) return 0;
    return n;
}

static int role_of(const cd_doc *d, size_t i, double *v)
{
    const cd_lexrec *r = is_type(d, i, TOK_WORD) ? cd_lex_rec(cd_tok_entry(&d->toks[i]), LX_NUM_WORD) : NULL;
    if (!r || !r->str) return 0;
    *v = r->num;
    return r->str[0];
}

static int context_code(const cd_doc *d, size_t i)
{
    const cd_lexrec *r = NULL;
    return i < d->n_toks && match(d, i, LX_NUM_CONTEXT, &r) && r ? (int)r->num : 0;
}

static int noun_code(const cd_doc *d, size_t i)
{
    const cd_lexrec *r = rec_of(d, i, LX_NUM_NOUN);
    return r ? (int)r->num : -1;
}

/* Token i ends in the two letters ab (lower case). */
static int last_two_are(const cd_doc *d, size_t i, const char *ab)
{
    size_t n = tok_len(d, i);
    const char *w = d->text + d->toks[i].start;
    return n > 2 && (w[n - 2] | 0x20) == ab[0] && (w[n - 1] | 0x20) == ab[1];
}

static int last_char_is(const cd_doc *d, size_t i, char c)
{
    size_t n = tok_len(d, i);
    char x = d->text[d->toks[i].start + n - 1];
    return n && (x | 0x20) == c;
}

/* A fraction may end before token k: nothing, punctuation (not a hyphen: "fifth-grade"), "of", a
 * function word or preposition, "more"/"less", or a verb ("a third said"); a noun there makes the
 * word an ordinal ("a third term", "one twenty-first birthday"). */
static int fraction_ends(const cd_doc *d, size_t k)
{
    if (k >= d->n_toks || (d->toks[k].flags & TF_PARA_BEFORE)) return 1;
    if (d->toks[k].type == TOK_PUNCT) return !(is_dash(d, k) && attached(d, k));
    if (d->toks[k].type != TOK_WORD) return 0;
    const cd_lexentry *lex = cd_tok_lex(&d->toks[k]);
    if (cd_tok_is(d, k, "of") || noun_code(d, k) == 0 || cd_lex_has(lex, LX_CLAIM_PHRASE_STOPS) ||
        cd_lex_has(lex, LX_QUOTE_VERBS) || cd_tok_is(d, k, "more") || cd_tok_is(d, k, "less") || cd_tok_is(d, k, "fewer"))
        return 1; /* "a third of", "a third by 2006", "a third more", "a third said" */
    size_t n = tok_len(d, k);
    const char *w = d->text + d->toks[k].start;
    return n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd';
}

/* A whole number (no conversion to an integer type: values may be huge or infinite). */
static int is_whole(double v)
{
    return isfinite(v) && v == floor(v);
}

/* ---- digits ---------------------------------------------------------------------------------- */

/* s[0..n) is digit groups separated by g: 1-3 digits then groups of 3, or the Indian 1-2, 2..., 3. */
static int groups_ok(const char *s, size_t n, char g)
{
    size_t len[64], ng = 0, cur = 0;
    for (size_t k = 0; k < n; k++) {
        if (s[k] == g) {
            if (ng == 63) return 0;
            len[ng++] = cur;
            cur = 0;
        } else {
            cur++;
        }
    }
    len[ng++] = cur;
    if (ng == 1) return 1;
    if (len[0] < 1 || len[0] > 3 || len[ng - 1] != 3) return 0;
    int western = 1, indian = len[0] <= 2;
    for (size_t k = 1; k + 1 < ng; k++) {
        western &= len[k] == 3;
        indian &= len[k] == 2;
    }
    return western || indian;
}

/* The value of a digit token ("1,200", "3.8", "1.111,11"). Returns 0 for a token that is not one
 * number: a version or an address ("1.2.3"), a list ("22,24,26"). *decimal: written with a
 * decimal part. */
static int digits_value(const char *s, size_t n, double *v, int *decimal)
{
    size_t ncomma = 0, ndot = 0, lastc = 0, lastd = 0;
    for (size_t k = 0; k < n; k++) {
        if (s[k] == ',') ncomma++, lastc = k;
        if (s[k] == '.') ndot++, lastd = k;
    }
    char dec = 0, grp = 0;
    if (ncomma && ndot) {
        dec = lastc > lastd ? ',' : '.';
        grp = dec == ',' ? '.' : ',';
        if ((dec == ',' ? ncomma : ndot) != 1) return 0;
    } else if (ndot == 1) {
        dec = '.';
    } else if (ncomma == 1 && !groups_ok(s, n, ',')) {
        dec = ',';
    } else {
        grp = ncomma ? ',' : ndot ? '.' : 0;
    }
    size_t int_end = n;
    if (dec) int_end = dec == ',' ? lastc : lastd;
    if (grp && !groups_ok(s, int_end, grp)) return 0;
    /* all the digits as one whole number, then one division by a power of ten: "2.450" is 2450 / 1000,
     * the double nearest 2.45 as strtod reads it (a sum of 2, 0.4, 0.05 ends a bit below) */
    double x = 0, scale = 1;
    for (size_t k = 0; k < int_end; k++)
        if (s[k] >= '0' && s[k] <= '9') x = x * 10 + (s[k] - '0');
    for (size_t k = int_end + 1; dec && k < n; k++) {
        scale *= 10;
        x = x * 10 + (s[k] - '0');
    }
    *v = x / scale;
    *decimal = dec != 0;
    return 1;
}

static int space_between(const cd_doc *d, size_t a, size_t b)
{
    /* exactly one space, NBSP, thin space or narrow NBSP between tokens a and b */
    size_t gap = d->toks[b].start - cd_tok_stop(&d->toks[a]);
    const char *p = d->text + cd_tok_stop(&d->toks[a]);
    if (gap == 1) return p[0] == ' ';
    if (gap == 2) return memcmp(p, "\xC2\xA0", 2) == 0;
    if (gap == 3) return memcmp(p, "\xE2\x80\xAF", 3) == 0 || memcmp(p, "\xE2\x80\x89", 3) == 0;
    return 0;
}

static double vulgar_fraction(uint32_t cp)
{
    switch (cp) {
    case 0xBD: return 0.5;
    case 0xBC: return 0.25;
    case 0xBE: return 0.75;
    case 0x2153: return 1.0 / 3;
    case 0x2154: return 2.0 / 3;
    case 0x2155: return 0.2;
    case 0x2156: return 0.4;
    case 0x2157: return 0.6;
    case 0x2158: return 0.8;
    case 0x2159: return 1.0 / 6;
    case 0x215A: return 5.0 / 6;
    case 0x215B: return 0.125;
    case 0x215C: return 0.375;
    case 0x215D: return 0.625;
    case 0x215E: return 0.875;
    default: return 0;
    }
}

static double vulgar_at(const cd_doc *d, size_t i)
{
    return is_type(d, i, TOK_PUNCT) ? vulgar_fraction(d->toks[i].cp) : 0;
}

/* An integer token of plain digits (callers that continue an expression check usable or attached:
 * the first token of a paragraph may start a fraction, "3/4 of voters"). */
static int plain_int(const cd_doc *d, size_t i, double *v)
{
    if (!is_type(d, i, TOK_NUM) || !startable(d, i)) return 0;
    const char *s = d->text + d->toks[i].start;
    size_t n = tok_len(d, i);
    if (n > 15) return 0;
    double x = 0;
    for (size_t k = 0; k < n; k++) {
        if (s[k] < '0' || s[k] > '9') return 0;
        x = x * 10 + (s[k] - '0');
    }
    *v = x;
    return 1;
}

/* "p/q" at token i (attached, 0 < p < q, not a date "5/17/2018"); returns tokens read. No fraction
 * is written with a zero above the line: "0/85" names a plan or a rule, as a ratio's digits do. */
static size_t slash_fraction(const cd_doc *d, size_t i, double *v)
{
    double p, q;
    /* the slash first: most digits have none after them */
    if (!is_punct(d, i + 1, '/') || !attached(d, i + 1) || !attached(d, i + 2) || !plain_int(d, i, &p) ||
        !plain_int(d, i + 2, &q) || q <= 0 || p <= 0 || p >= q)
        return 0;
    if (is_punct(d, i + 3, '/') && attached(d, i + 3)) return 0;
    *v = p / q;
    return 3;
}

#define EVENT_PREPOSITION 24 /* data/num_context.tsv: "following", "post" before an event's digits */

/* A preposition of time before token k+1: "after 9/11", "since 9/11" (code 4 words), "a post 9/11
 * slump" (code 24). */
static int event_preposition(const cd_doc *d, size_t k)
{
    return cd_tok_is(d, k, "after") || cd_tok_is(d, k, "since") || cd_tok_is(d, k, "before") ||
           cd_tok_is(d, k, "until") || context_code(d, k) == EVENT_PREPOSITION;
}

static int title_word(const cd_doc *d, size_t k);
static size_t counted_noun(const cd_doc *d, size_t k);

/* Token k is a title's word (title_word) inside its sentence and line, right before a title's
 * digits ("the film Brimstone 9/11"; the digits end before token after): no person's name (a first
 * name, or the last word of a person entity of two words or more: "gave Ann 5/12", "gave Ann Roe
 * 5/12"; the entity pass types a lone capitalized word as a person on weaker cues, a title's too),
 * and no noun after the digits that they count ("gave Tamsin 5/12 shares": a name before a
 * fraction of something is whom it goes to). */
static int inner_title_word(const cd_doc *d, size_t k, size_t after)
{
    if ((d->toks[k].flags & (TF_SENT_START | TF_NEWLINE_BEFORE | TF_PARA_BEFORE)) || !title_word(d, k)) return 0;
    const cd_entity *e = cd_entity_at(d, k);
    if ((e && e->type == cd_type_person && d->einfo[e - d->ents].tok_first < k) || rec_of(d, k, LX_ENT_FIRST_NAMES))
        return 0;
    return !counted_noun(d, after);
}

/* Token k opens its sentence with a title's word (title_word), no word that opens sentences
 * (data/sentence_starters.tsv): "Brimstone" of "Brimstone 9/12 opened in May". */
static int opening_title_word(const cd_doc *d, size_t k)
{
    return (k == 0 || (d->toks[k].flags & TF_SENT_START)) && title_word(d, k) &&
           !cd_lex_has(cd_tok_entry(&d->toks[k]), LX_SENTENCE_STARTERS);
}

/* Token k is "of" or "to" after a noun of data/num_event_nouns.tsv, and the digits after it end
 * their phrase (no word after them, token after): "a response to 9/11.", "the shadow of 9/12," name
 * the day; after another word ("cut to 5/12.", "odds of 4/11") they are a fraction. */
static int event_object(const cd_doc *d, size_t k, size_t after)
{
    if (k == 0 || (!cd_tok_is(d, k, "of") && !cd_tok_is(d, k, "to")) || !cd_tok_in(d, k - 1, LX_NUM_EVENT_NOUNS))
        return 0;
    return !(usable(d, after) && is_type(d, after, TOK_WORD));
}

/* "the 9/11 attacks", "after 9/11": a bare "p/q" shaped like a month and day, between "the" and a
 * word, after a preposition of time or after a title's word (inner_title_word), whose denominator
 * is not one a fraction in prose uses (halves to tenths, sixteenths), names an event or a title,
 * not a fraction; so after a title's word that opens the sentence when a word follows ("Brimstone
 * 9/12 opened"), and after an event's noun and "of" or "to" where it ends its phrase (event_object). Else it stays one,
 * as the time pass leaves it ("made 7/15 shots", "odds of 1/14", "5/12 agreed"), and so before
 * "of" or a unit ("the 5/12 inch gap", "after 5/12 of the votes"). */
static int date_shaped_fraction(const cd_doc *d, size_t i)
{
    double p, q;
    if (!plain_int(d, i, &p) || !plain_int(d, i + 2, &q)) return 0;
    if (p < 1 || p > 12 || q <= 10 || q > 31 || q == 16 || i == 0) return 0;
    if (event_object(d, i - 1, i + 3)) return 1;
    int the = cd_tok_is(d, i - 1, "the"), opening = opening_title_word(d, i - 1);
    if (!the && !opening && !event_preposition(d, i - 1) && !inner_title_word(d, i - 1, i + 3)) return 0;
    const cd_lexrec *rec = NULL;
    size_t k = i + 3;
    int word_after = usable(d, k) && is_type(d, k, TOK_WORD);
    if (word_after && (cd_tok_is(d, k, "of") || match(d, k, LX_NUM_UNIT, &rec))) return 0;
    return word_after || (!the && !opening);
}

/* A group of three digits after a space in "1 234 567.89"; the last may carry decimals. */
static int thousands_group(const cd_doc *d, size_t k, double *g, int *dec)
{
    if (!is_type(d, k, TOK_NUM)) return 0;
    const char *s = d->text + d->toks[k].start;
    size_t n = tok_len(d, k);
    if (n < 3 || !(s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9')) return 0;
    if (n == 3) return plain_int(d, k, g);
    if (s[3] != '.' || memchr(s + 4, '.', n - 4) || memchr(s + 4, ',', n - 4)) return 0;
    *dec = 1;
    return digits_value(s, n, g, dec);
}

static int plural_like(const cd_doc *d, size_t i);

/* The three digits at token k name a model, not a group of thousands, when a capitalized word
 * follows them ("387 737 Max jets", "50 747 Jumbo jets") or a hyphen joins them to more ("10
 * 737-800 planes"): news in English rarely groups thousands with a space, makers often number
 * their models so. A group that begins with 0 is never a model ("40 000 Labour members"), nor is
 * one before a plural name or a nationality ("40 125 Palestinians", "10 250 Syrian refugees"). */
static int group_is_model(const cd_doc *d, size_t k)
{
    if (d->text[d->toks[k].start] == '0' || tok_len(d, k) != 3) return 0;
    size_t j = k + 1;
    if (is_dash(d, j) && attached(d, j)) return attached(d, j + 1) && (is_type(d, j + 1, TOK_NUM) || is_type(d, j + 1, TOK_WORD));
    if (!usable(d, j) || !is_type(d, j, TOK_WORD) || !(d->toks[j].flags & TF_CAP)) return 0;
    return !plural_like(d, j) && !cd_lex_has(cd_tok_entry(&d->toks[j]), LX_ENT_DEMONYMS);
}

typedef struct atom {
    double v;
    size_t next; /* first token after */
    unsigned f;
} atom;

/* Exponent "e10", "e-3", "e+14" right after the digits ending at token i-1. */
static size_t exponent(const cd_doc *d, size_t i, double *v)
{
    if (!is_type(d, i, TOK_WORD) || !attached(d, i) || tok_len(d, i) != 1 || (d->text[d->toks[i].start] | 0x20) != 'e')
        return 0;
    size_t k = i + 1;
    double sign = 1, e;
    if ((is_punct(d, k, '-') || is_punct(d, k, '+') || is_punct(d, k, 0x2212)) && attached(d, k)) {
        sign = is_punct(d, k, '+') ? 1 : -1;
        k++;
    }
    if (!attached(d, k) || !plain_int(d, k, &e) || e > 300) return 0;
    *v *= pow(10, sign * e);
    return k + 1 - i;
}

static int is_minus(const cd_doc *d, size_t i)
{
    return is_punct(d, i, '-') || is_punct(d, i, 0x2212);
}

/* A power after the digits ending at token i-1: "^23", "^-1", "x10^6", "×10^-4", and "×10−5" (a
 * superscript flattened into the text: only a signed exponent right after "×10" reads so). */
static size_t power(const cd_doc *d, size_t i, double *v)
{
    size_t k = i;
    double base = 0, e;
    if (!attached(d, k)) return 0;
    int times10 = (cd_tok_is(d, k, "x") || is_punct(d, k, 0xD7)) && attached(d, k + 1) && plain_int(d, k + 1, &base) &&
                  base == 10 && attached(d, k + 2);
    if (times10 && is_punct(d, k + 2, '^')) {
        k += 2;
    } else if (times10 && is_minus(d, k + 2) && attached(d, k + 3) && is_type(d, k + 3, TOK_NUM)) {
        k += 1; /* the sign is read below, as after '^' */
    } else {
        base = 0;
    }
    if (!(is_punct(d, k, '^') || base == 10) || !attached(d, k + 1)) return 0;
    k++;
    double sign = 1;
    while ((is_punct(d, k, '-') || is_punct(d, k, '+') || is_punct(d, k, 0x2212)) && attached(d, k + 1) && k < i + 6) {
        if (!is_punct(d, k, '+')) sign = -sign;
        k++;
    }
    if (!plain_int(d, k, &e) || e > 300) return 0;
    *v = base == 10 ? *v * pow(10, sign * e) : pow(*v, sign * e);
    return k + 1 - i;
}

/* A number written in digits at token i: grouping, spaced thousands ("40 000"), exponent, slash
 * and vulgar fractions, mixed numbers ("2 1/2"). */
static int read_digits(const cd_doc *d, size_t i, atom *a)
{
    int decimal = 0;
    memset(a, 0, sizeof *a);
    if (vulgar_at(d, i) > 0) {
        a->v = vulgar_at(d, i);
        a->next = i + 1;
        a->f = NF_FRAC | NF_DIGITS;
        return 1;
    }
    if (!is_type(d, i, TOK_NUM)) return 0;
    size_t frac = slash_fraction(d, i, &a->v);
    if (frac && date_shaped_fraction(d, i)) return 0;
    if (frac) {
        a->next = i + frac;
        a->f = NF_FRAC | NF_DIGITS;
        return 1;
    }
    const char *s = d->text + d->toks[i].start;
    size_t n = tok_len(d, i), plain = 0;
    double x = 0;
    while (plain < n && s[plain] >= '0' && s[plain] <= '9') x = x * 10 + (s[plain++] - '0');
    if (plain == n) { /* digits alone, the commonest: digits_value's reading, without its scans */
        a->v = x;
        a->f = NF_DIGITS | NF_PLAIN;
    } else {
        if (!digits_value(s, n, &a->v, &decimal)) return 0;
        a->f = NF_DIGITS | (decimal ? NF_DECIMAL : 0);
        if (memchr(s, ',', n) == NULL && memchr(s, '.', n) == NULL) a->f |= NF_PLAIN;
    }
    if (n > 1 && s[0] == '0' && s[1] != '.' && s[1] != ',') a->f |= NF_LEAD0;
    size_t k = i + 1;
    /* spaced thousands: "40 000", "1 234 567" */
    if ((a->f & NF_PLAIN) && n <= 3) {
        double g;
        int dec = 0;
        while (!dec && usable(d, k) && space_between(d, k - 1, k) && thousands_group(d, k, &g, &dec) &&
               !(is_punct(d, k + 1, '/') && attached(d, k + 1)) && !group_is_model(d, k)) {
            a->v = a->v * 1000 + g;
            a->f &= ~(unsigned)NF_PLAIN;
            if (dec) a->f |= NF_DECIMAL;
            k++;
        }
    }
    k += exponent(d, k, &a->v);
    k += power(d, k, &a->v);
    if (!(a->f & NF_DECIMAL) && is_whole(a->v)) {
        double f;
        size_t m = 0, dash = 0;
        if (usable(d, k) && !attached(d, k)) m = slash_fraction(d, k, &f); /* "2 1/2" */
        else if (is_dash(d, k) && attached(d, k) && attached(d, k + 1) && (m = slash_fraction(d, k + 1, &f)) > 0)
            dash = 1; /* "31-1/2", "10-7/8": market prices */
        if (m) {
            a->v += f;
            a->f |= NF_FRAC;
            k += dash + m;
        } else if (vulgar_at(d, k) > 0 && usable(d, k)) { /* "2½" */
            a->v += vulgar_at(d, k);
            a->f |= NF_FRAC;
            k++;
        }
    }
    a->next = k;
    return 1;
}

/* ---- the value ----------------------------------------------------------------------------- */

typedef struct vstate {
    double total, group, scale_cap, value;
    double and_base, and_group; /* total+group and group when "and" was read */
    double frac_base, frac;     /* a fraction: value = frac_base + frac */
    double tens_after; /* a tens word read right after "hundred" or a scale ("one hundred thirty") */
    int last, and_frac_only, and_after, words, scaled_by, n_scales;
    size_t next, last_tok;
    unsigned f;
    const char *approx; /* "approximate" for "dozens of", "about" for "a couple" */
} vstate;

/* After the numerator: a fraction denominator ("three quarters", "two-thirds", "a fifth"). After
 * "hundred" or a scale the whole number is the numerator ("a hundred trillionths"), but a tens word
 * right after them joins the denominator ("one hundred thirty-fifths" = 100/35). "and" after units
 * starts the fraction ("twenty and three fifths"); after "hundred" or a scale it does so for a proper
 * fraction ("one hundred and three quarters" = 100.75), else all is the numerator ("one hundred and
 * thirty fifths" = 130/5). */
static int read_fraction(vstate *st, double den, size_t k)
{
    double num;
    st->frac_base = 0;
    if (den < 2) return 0;
    if (st->last == L_ART) {
        num = 1;
        st->frac_base = st->total;
    } else if (st->last == L_AND) {
        return 0;
    } else if (st->last == L_HUND || st->last == L_SCALE) {
        if (den == 2 || den == 4) return 0; /* "a hundred quarters" are coins */
        num = st->total + st->group;
    } else if (st->last == L_TENS && st->tens_after > 0 && den < 10) {
        num = st->total + st->group - st->tens_after;
        den += st->tens_after;
    } else if (st->and_base >= 0 && (st->and_frac_only || st->group - st->and_group < den)) {
        num = st->group - st->and_group; /* "twenty and three fifths", "one hundred and three quarters" */
        st->frac_base = st->and_base;
    } else { /* "twenty-three fifths", "one hundred and thirty-two fifths" (improper: all of it) */
        num = st->total + st->group;
    }
    st->frac = num / den;
    st->value = st->frac_base + st->frac;
    st->f |= NF_FRAC;
    st->next = k + 1;
    st->last_tok = k;
    return num > 0;
}

/* A fraction or value may still be scaled: "five and a half million", "two thirds of a million",
 * "half a dozen". */
static void scale_after_fraction(const cd_doc *d, vstate *st)
{
    size_t k = st->next;
    double v;
    if (cd_tok_is(d, k, "of") && cd_tok_is(d, k + 1, "a")) k += 2;
    else if (cd_tok_is(d, k, "a") || cd_tok_is(d, k, "an")) k += 1;
    else if (is_dash(d, k) && attached(d, k) && attached(d, k + 1)) k += 1; /* "a half-million", "a half-dozen" */
    int role = usable(d, k) ? role_of(d, k, &v) : 0;
    int of_scale = st->and_after == L_SCALE || st->and_after == L_HUND; /* "one billion and a half million" */
    if (role == 's' || role == 'h' || role == 'm') {
        st->value = of_scale ? st->frac_base + st->frac * v : (st->frac_base + st->frac) * v;
        st->scaled_by = (int)(v > 1e9 ? 1e9 : v);
        st->f = (st->f & ~(unsigned)NF_FRAC) | NF_SCALED;
        st->next = k + 1;
        st->last_tok = k;
    } else if (st->and_after == L_SCALE && st->frac_base > 0) { /* "one million and a half" */
        st->value = st->frac_base + st->frac * st->scale_cap;
        st->f = (st->f & ~(unsigned)NF_FRAC) | NF_SCALED;
    }
}

/* Digits after "point": "point zero three", "point seventy-one". */
static int read_point(const cd_doc *d, vstate *st, size_t k)
{
    double digits = 0, scale = 1, v;
    size_t j = k + 1;
    int any = 0;
    for (; usable(d, j); j++) {
        int role = role_of(d, j, &v);
        if (role == 'c' && v < 10) {
            digits = digits * 10 + v, scale *= 10;
        } else if (role == 'c' || role == 't') {
            double unit = 0, u;
            if (role == 't' && is_dash(d, j + 1) && role_of(d, j + 2, &u) == 'c' && u < 10) unit = u, j += 2;
            else if (role == 't' && role_of(d, j + 1, &u) == 'c' && u < 10 && u > 0) unit = u, j += 1;
            digits = digits * 100 + v + unit, scale *= 100;
        } else {
            break;
        }
        any = 1;
    }
    if (!any) return 0;
    st->group += digits / scale;
    st->value = st->total + st->group;
    st->f |= NF_DECIMAL;
    st->next = j;
    st->last_tok = j - 1;
    return 1;
}

/* An ordinal word after the number read so far ("twenty-first", "two hundredth"), or a fraction
 * with numerator one ("a third", "one fifth"). Returns 0 when it does not fit. */
static int read_ordinal(const cd_doc *d, vstate *st, double v, size_t k)
{
    int as_fraction = st->last == L_ART || (st->last == L_UNIT && st->group == 1 && !(st->f & NF_DIGITS) &&
                                            (st->and_frac_only || (st->total == 0 && st->words == 1)));
    if (st->last == L_ART && (v < 3 || !fraction_ends(d, k + 1))) { /* "a second", "a first", "a third term" */
        st->value = v;
        st->f |= NF_ORD;
    } else if (as_fraction) {
        if (v < 3 || (is_dash(d, k + 1) && attached(d, k + 1))) return 0; /* "one fifth-grade pupil" */
        st->frac_base = st->and_frac_only && st->and_base >= 0 ? st->and_base : 0;
        st->frac = 1 / v;
        st->value = st->frac_base + st->frac;
        st->f |= NF_FRAC;
    } else if (st->last == L_NONE) {
        st->value = v;
        st->f |= NF_ORD;
    } else if ((v >= 100 && (st->last == L_UNIT || st->last == L_TEEN || st->last == L_TENS || st->last == L_DIGITS)) ||
               (v >= 1000 && st->last == L_HUND)) { /* "twenty millionth", "two hundred thousandth" */
        st->value = st->total + st->group * v;
        st->f |= NF_ORD;
    } else if (v < 10 && st->last == L_TENS) {
        st->value = st->total + st->group + v;
        st->f |= NF_ORD;
    } else if (v < 100 && (st->last == L_HUND || st->last == L_SCALE || st->last == L_AND) &&
               fmod(st->group, 100) == 0) {
        st->value = st->total + st->group + v;
        st->f |= NF_ORD;
    } else {
        return 0;
    }
    st->next = k + 1;
    st->last_tok = k;
    return 1;
}

/* The fraction word at token k begins a compound word: a hyphen joins it to a word that is no
 * number word, no unit, no currency and no "of" or article ("half-time", "a half-hourly service",
 * "quarter-final", "half-marathon"; not "half-million", "half-dozen", "a half-mile", "a half-cent",
 * "a quarter-of-an-hour"). */
static int compound_word(const cd_doc *d, size_t k)
{
    double v;
    size_t w = k + 2;
    if (!is_dash(d, k + 1) || !attached(d, k + 1) || !attached(d, w) || !is_type(d, w, TOK_WORD)) return 0;
    if (cd_tok_is(d, w, "of") || cd_tok_is(d, w, "an") || cd_tok_is(d, w, "a")) return 0; /* "a quarter-of-an-hour" */
    return !role_of(d, w, &v) && !rec_of(d, w, LX_NUM_UNIT) && !rec_of(d, w, LX_NUM_CURRENCY);
}

/* "quarters" after a whole number and before a word that is neither "of" nor a scale are periods
 * counted, not a fraction: "the first two quarters will be stronger", "in 3 quarters last year"
 * (but "three quarters of voters", "three quarters billion", "one hundred and three quarters", and
 * "three quarters" at a clause's end stay fractions). */
static int quarters_counted(const cd_doc *d, const vstate *st, double den, size_t k)
{
    double v;
    if (den != 4 || !last_char_is(d, k, 's') || st->and_base >= 0 || attached(d, k)) return 0;
    if (!(st->last == L_UNIT || st->last == L_TEEN || st->last == L_TENS || st->last == L_DIGITS)) return 0;
    size_t w = k + 1;
    if (!is_type(d, w, TOK_WORD) || (d->toks[w].flags & (TF_PARA_BEFORE | TF_SENT_START)) || cd_tok_is(d, w, "of"))
        return 0; /* a word read as a time goes ("two quarters last year") */
    int role = role_of(d, w, &v);
    return role != 's' && role != 'h' && role != 'm';
}

static int suffix_role(const cd_doc *d, size_t k, double *mult);

static int currency_follows(const cd_doc *d, size_t k);

/* A scale of the digits' own follows them (they end before token k): letters written right after
 * them ("5bn", "5m"), or a scale word with a currency after it ("5 billion euros"). Such digits after
 * "and" are a second amount, not the tail of the first: "$4 trillion and 5bn euros" is two sums, each
 * with its currency and scale; "2 million and 500 thousand" stays one number. */
static int scale_after(const cd_doc *d, size_t k)
{
    double v;
    if (!usable(d, k)) return 0;
    if (role_of(d, k, &v) == 's') return usable(d, k + 1) && currency_follows(d, k + 1);
    int role = attached(d, k) ? suffix_role(d, k, &v) : 0;
    return role == 's' || role == 'S' || role == 'u' || role == 'G';
}

/* One number word, digit group or joiner at token k. Returns 1 to go on, 0 to stop, -1 to stop
 * and undo the pending "and". */
static int read_step(const cd_doc *d, vstate *st, size_t k)
{
    double v;
    int role = role_of(d, k, &v);
    int after_scale = st->last == L_HUND || st->last == L_SCALE || st->last == L_AND;
    if (role) st->f |= NF_WORDS;
    if (is_type(d, k, TOK_NUM) || vulgar_at(d, k) > 0) {
        atom a;
        if (!read_digits(d, k, &a)) return 0;
        if (st->last == L_AND && scale_after(d, a.next)) return -1; /* "$4 trillion and 5bn euros" */
        if (st->last == L_NONE) {
            st->group = a.v;
            st->f |= a.f;
        } else if (after_scale && !(a.f & (NF_DECIMAL | NF_FRAC)) && fmod(st->group, 100) == 0 && a.v > 0 &&
                   a.v < (st->last == L_HUND || (st->last == L_AND && st->group > 0) ? 100 : st->scale_cap)) {
            st->group += a.v;
            st->f |= NF_DIGITS;
        } else {
            return st->last == L_AND ? -1 : 0;
        }
        st->last = L_DIGITS;
        st->next = a.next;
        st->last_tok = a.next - 1;
        return !(a.f & NF_FRAC);
    }
    switch (role) {
    case 'c':
    case 't': {
        double g100 = fmod(st->group, 100); /* what the hundreds leave */
        if (role == 'c' && v < 10 && st->last == L_TENS && fmod(g100, 10) == 0) {
            st->group += v;
            st->last = L_UNIT;
        } else if ((st->last == L_NONE || (after_scale && v > 0)) && g100 == 0) { /* not "hundred and zero" */
            st->tens_after = role == 't' && (st->last == L_HUND || st->last == L_SCALE) ? v : 0;
            st->group += v;
            st->last = role == 't' ? L_TENS : v < 10 ? L_UNIT : L_TEEN;
        } else {
            return st->last == L_AND ? -1 : 0;
        }
        break;
    }
    case 'h':
    case 'm':
        if (role == 'm' && (st->and_after == L_HUND || st->and_after == L_SCALE) &&
            (st->last == L_UNIT || st->last == L_TEEN || st->last == L_TENS) && st->group - st->and_group < 100) {
            st->group = st->and_group + (st->group - st->and_group) * v; /* "three hundred and two dozen" */
            st->last = L_SCALE;
            st->scale_cap = v;
            break;
        }
        if (st->and_after == L_HUND) return -1; /* "3 hundred and 2 hundred": two numbers */
        if (role == 'm' && st->last == L_NONE) return 0; /* "dozen" needs a number or "a" before it ("DZ") */
        if (st->last == L_NONE || st->last == L_ART) {
            st->group = v;
        } else if ((st->last == L_DIGITS && st->group > 0) ||
                   ((st->last == L_UNIT || st->last == L_TEEN || st->last == L_TENS) && st->group > 0 &&
                    st->group < 100)) {
            st->group *= v;
        } else {
            return -1;
        }
        st->last = L_HUND;
        if (role == 'm') st->last = L_SCALE, st->scale_cap = 12;
        break;
    case 's':
        if (st->last == L_SCALE && st->n_scales == 1 && st->group == 0 && st->last_tok + 1 == k && v > st->scale_cap) {
            st->total *= v; /* a scale of a scale: "three lakh crore", "two thousand million" */
            st->scale_cap *= v;
            st->scaled_by = (int)(st->scale_cap > 1e9 ? 1e9 : st->scale_cap);
            break;
        }
        if (v >= st->scale_cap) return -1;
        /* a scale word spelled wrong (num_misspelt.tsv) is one only after a figure: "billon" alone is a word */
        if (st->last == L_NONE && cd_lex_has(cd_tok_entry(&d->toks[k]), LX_NUM_MISSPELT)) return 0;
        if (st->last == L_NONE || st->last == L_ART) st->group = 1;
        else if (st->group <= 0 || st->last == L_AND) return -1;
        st->total += st->group * v;
        st->group = 0;
        st->scale_cap = v;
        st->scaled_by = (int)(v > 1e9 ? 1e9 : v);
        st->n_scales++;
        st->last = L_SCALE;
        st->f |= NF_SCALED;
        st->and_base = -1;
        st->and_after = 0;
        break;
    case 'f':
        if (st->last == L_NONE && (!(v == 2 || v == 4) || last_char_is(d, k, 's'))) return 0;
        if (compound_word(d, k)) return 0; /* "a half-time lead", "a 19-5 half-time lead" */
        if (quarters_counted(d, st, v, k)) return 0;
        if (st->last == L_NONE) st->last = L_ART; /* "half", "quarter million" */
        if (!read_fraction(st, v, k)) return 0;
        st->words++;
        scale_after_fraction(d, st);
        return 2;
    case 'o':
        if (!read_ordinal(d, st, v, k)) return st->last == L_AND ? -1 : 0;
        st->words++;
        return 2;
    case 'p':
        if (st->last == L_NONE || st->last == L_ART || st->last == L_AND) return 0;
        return read_point(d, st, k) ? 2 : 0;
    default:
        return 0;
    }
    st->words++;
    st->next = k + 1;
    st->last_tok = k;
    return 1;
}

static int and_joins(const cd_doc *d, vstate *st, size_t next);

/* A joiner between number words: "-" in "twenty-five", "and" in "one hundred and five" or "one and
 * a half", "-and-" in "three-and-a-half". Returns the tokens to skip, 0 if the token at k joins
 * nothing. */
static size_t joiner(const cd_doc *d, vstate *st, size_t k)
{
    double v;
    if (is_dash(d, k)) {
        int tight = attached(d, k) && attached(d, k + 1);
        int loose = !attached(d, k) && !attached(d, k + 1);
        if (!tight && !loose) return 0;
        if (tight && cd_tok_is(d, k + 1, "and") && is_dash(d, k + 2) && attached(d, k + 2) && attached(d, k + 3) &&
            usable(d, k + 3))
            return and_joins(d, st, k + 3) ? 3 : 0; /* "three-and-a-half years" */
        int role = usable(d, k + 1) ? role_of(d, k + 1, &v) : 0;
        if (st->last == L_TENS && (role == 'c' || role == 'o') && v < 10) return 1;
        if ((st->last == L_UNIT || st->last == L_TEEN || st->last == L_TENS) && (role == 'f' || (role == 'o' && v >= 3)))
            return 1;
        if ((st->last == L_DIGITS || st->last == L_UNIT || st->last == L_TEEN || st->last == L_TENS) && tight &&
            (role == 's' || role == 'h'))
            return 1; /* "$3.8-million", "the one-million lira note", "two-hundred" */
        return 0;
    }
    if (!cd_tok_is(d, k, "and") || !usable(d, k + 1)) return 0;
    return (size_t)and_joins(d, st, k + 1);
}

/* "and" joins the number words read so far to the one at token next: 1, or 0 if it does not. */
static int and_joins(const cd_doc *d, vstate *st, size_t next)
{
    double v;
    int role = role_of(d, next, &v);
    if (st->last == L_HUND || st->last == L_SCALE) {
        st->and_frac_only = 0;
    } else if (st->last == L_UNIT || st->last == L_TEEN || st->last == L_TENS || st->last == L_DIGITS) {
        st->and_frac_only = 1; /* "one and a half", "twenty and three fifths" */
    } else {
        return 0;
    }
    if (role == 0 && !is_type(d, next, TOK_NUM)) return 0;
    st->and_after = st->last;
    if (st->and_frac_only) { /* the fraction's numerator starts afresh */
        st->total += st->group;
        st->group = 0;
    }
    st->and_base = st->total + st->group;
    st->and_group = st->group;
    return 1;
}

static size_t denominator(const cd_doc *d, size_t k, double *den, int *plural);

/* "a twenty-first": one over a compound ordinal (the simple ones, "a third", read_ordinal reads). */
static int one_over_compound(const cd_doc *d, size_t i, vstate *st)
{
    double den;
    int plural;
    size_t n = denominator(d, i + 1, &den, &plural);
    if (!n || plural || den < 21 || !fraction_ends(d, i + 1 + n)) return 0;
    st->value = 1 / den;
    st->f = NF_WORDS | NF_FRAC;
    st->last = L_UNIT;
    st->words = 1;
    st->next = i + 1 + n;
    st->last_tok = st->next - 1;
    return 1;
}

/* The common case of read_value, without its loop: digits or a vulgar fraction at token i that
 * nothing after continues. The token after is unusable, or a word that is no number word and not
 * "and", or punctuation that is no dash and no vulgar fraction (then joiner and read_step take
 * nothing more, and the loop would stop there). Returns 1 when it read the value, 0 when the loop
 * must (st is then as the loop begins it). */
static int digits_alone(const cd_doc *d, size_t i, vstate *st, int *read)
{
    atom a;
    *read = 0;
    if (!(is_type(d, i, TOK_NUM) || vulgar_at(d, i) > 0)) return 0;
    if (!startable(d, i) || !read_digits(d, i, &a)) return 1; /* the loop reads nothing either */
    size_t k = a.next;
    if (!(a.f & NF_FRAC) && usable(d, k)) {
        const cd_token *t = &d->toks[k];
        int word_ends = t->type == TOK_WORD && !cd_lex_has(cd_tok_entry(t), LX_NUM_WORD) && !cd_tok_is(d, k, "and");
        int mark_ends = t->type == TOK_PUNCT && !is_dash(d, k) && vulgar_fraction(t->cp) == 0;
        if (!word_ends && !mark_ends) return 0;
    }
    st->group = st->value = a.v;
    st->f = a.f;
    st->last = L_DIGITS;
    st->next = k;
    st->last_tok = k - 1;
    *read = 1;
    return 1;
}

/* Reads the value starting at token i into st. Returns 1 when a number was read. */
static int read_value(const cd_doc *d, size_t i, vstate *st)
{
    memset(st, 0, sizeof *st);
    st->scale_cap = 1e300;
    st->and_base = -1;
    st->next = i;
    int read;
    if (digits_alone(d, i, st, &read)) return read;
    double v;
    const cd_lexrec *rec = NULL;
    size_t n = cd_lex_match(d, i, LX_NUM_WORD, &rec);
    if (n == 2 && rec && rec->str && rec->str[0] == 'C') { /* "a couple" */
        st->value = rec->num;
        st->next = i + 2;
        st->last_tok = i + 1;
        st->f = NF_WORDS;
        st->approx = "about";
        return 1;
    }
    if (role_of(d, i, &v) == 'a') {
        int next = usable(d, i + 1) ? role_of(d, i + 1, &v) : 0;
        if (next == 't') return one_over_compound(d, i, st);
        if (next != 'h' && next != 's' && next != 'm' && next != 'f' && next != 'o') return 0;
        st->last = L_ART;
        st->group = 1;
        st->next = i + 1;
    }
    vstate saved = *st;
    int pending_and = 0;
    for (;;) {
        size_t k = st->next;
        if (k == i ? !startable(d, k) : !usable(d, k)) break;
        vstate before = *st;
        size_t skip = st->last == L_NONE ? 0 : joiner(d, st, k);
        if (skip) {
            int hyphens = is_dash(d, k); /* "three-and-a-half" */
            if (cd_tok_is(d, k, "and") || (hyphens && cd_tok_is(d, k + 1, "and"))) {
                saved = before;
                pending_and = 1;
                st->last = L_AND;
            }
            st->next = k + skip;
            if (st->last == L_AND && (cd_tok_is(d, st->next, "a") || cd_tok_is(d, st->next, "an"))) {
                size_t dash = hyphens && is_dash(d, st->next + 1) && attached(d, st->next + 1) && attached(d, st->next + 2);
                int r2 = role_of(d, st->next + 1 + dash, &v);
                if (r2 == 'f' || (r2 == 'o' && v >= 3)) { /* "and a half", "and a third" */
                    st->frac_base = st->and_base;
                    st->frac = 1 / v;
                    st->value = st->and_base + 1 / v;
                    st->f |= NF_FRAC;
                    st->next += 2 + dash;
                    st->last_tok = st->next - 1;
                    scale_after_fraction(d, st);
                    return 1;
                }
                *st = saved;
                break;
            }
            continue;
        }
        int r = read_step(d, st, k);
        if (r == 2) return st->words > 0 || (st->f & NF_DIGITS);
        if (r == -1 && pending_and) {
            *st = saved;
            break;
        }
        if (r <= 0) break;
        if (st->last == L_HUND || st->last == L_SCALE) pending_and = 0;
        if (st->and_frac_only && st->last != L_AND) { /* "one and" + number: must end in a fraction */
            double fv;
            size_t at = st->next + (is_dash(d, st->next) && attached(d, st->next) && attached(d, st->next + 1));
            int fr = usable(d, at) ? role_of(d, at, &fv) : 0; /* "one and three-quarters", "two and fifty-four hundredths", not "2 and 5-4" */
            if (fr != 'f' && !(fr == 'o' && fv >= 3) && !(st->last == L_TENS && fr == 'c' && fv < 10)) {
                *st = saved;
                break;
            }
        }
    }
    if (st->last == L_AND) *st = saved;
    if (st->last == L_NONE || st->last == L_ART) return 0;
    st->value = st->total + st->group;
    return 1;
}

/* A denominator written as an ordinal after its numerator: "twenty-first", "twenty-firsts", "thirty
 * fifths" (a tens word joins the fraction word), "one hundred fifth". Returns its tokens (0: none);
 * *plural: written as a fraction word ("fifths"). */
static size_t denominator(const cd_doc *d, size_t k, double *den, int *plural)
{
    double t, u;
    int role = usable(d, k) ? role_of(d, k, &t) : 0;
    if (role == 't') {
        size_t j = k + 1;
        if (is_dash(d, j) && attached(d, j) && attached(d, j + 1)) j++;
        int r = usable(d, j) ? role_of(d, j, &u) : 0;
        if ((r == 'o' || (r == 'f' && u != 2 && u != 4)) && u >= 1 && u < 10) {
            *den = t + u;
            *plural = r == 'f';
            return j + 1 - k;
        }
    }
    vstate st;
    if (!role || role == 'a' || !read_value(d, k, &st) || !(st.f & NF_ORD) || (st.f & NF_DIGITS) || st.value < 3) return 0;
    *den = st.value;
    *plural = 0;
    return st.next - k;
}

/* ---- the expression ------------------------------------------------------------------------ */

typedef struct nread {
    double v, hi;
    double scale; /* the last scale applied (for "3 to 4 million") */
    size_t first, last; /* tokens of the span, inclusive */
    size_t end;         /* first token after everything read, qualifiers after included */
    unsigned f;
    int is_range, emit;
    int bounded; /* read after a bound qualifier: "below 1500" */
    int label;   /* not emitted as a quantity, but a label (CD_NUM_LABEL) */
    cd_numkind kind;
    const char *unit, *approx;
    size_t noun; /* token of the counted noun, or 0 */
} nread;

/* A currency written before the amount at token i ("$", "US$", "USD", "£"); returns its tokens. */
static size_t currency_before(const cd_doc *d, size_t i, const char **iso)
{
    const cd_lexrec *rec = NULL;
    size_t n = match(d, i, LX_NUM_CURRENCY, &rec);
    if (!n || !rec->str || !((int)rec->num & 1)) return 0;
    if (!within_sentence(d, i, n)) return 0; /* "... would c" and "$2.1 billion" in the next paragraph: no "C $" */
    if (n > 1 && !attached(d, i + n - 1) && is_type(d, i + n - 2, TOK_WORD) && tok_len(d, i + n - 2) > 2)
        return 0;
    size_t k = i + n;
    if (is_punct(d, k, '.') && attached(d, k) && cd_currency_abbrev_shape(&d->toks[k - 1]))
        k++, n++; /* an abbreviation: "Rs. 500" (not "USD. 50": a code ends the sentence) */
    if ((is_punct(d, k, '-') || is_punct(d, k, 0x2212)) && usable(d, k) && attached(d, k + 1)) k++;
    if (!usable(d, k)) return 0;
    double v;
    if (!is_type(d, k, TOK_NUM) && !role_of(d, k, &v) && !vulgar_at(d, k)) return 0;
    if (is_type(d, i, TOK_WORD) && is_type(d, k, TOK_WORD) && !attached(d, k) && n == 1) return 0;
    *iso = rec->str;
    return n;
}

/* An ISO code with a scale letter before it, as business wires write amounts: "30 MUSD", "MEUR 12"
 * (millions), "500 kEUR" (thousands). Returns the code, or NULL. */
static const char *scaled_code(const cd_doc *d, size_t k, double *mult)
{
    if (!is_type(d, k, TOK_WORD) || tok_len(d, k) != 4 || !startable(d, k)) return NULL;
    const char *w = d->text + d->toks[k].start;
    if (w[0] != 'M' && w[0] != 'k' && w[0] != 'K') return NULL;
    for (int j = 1; j < 4; j++)
        if (w[j] < 'A' || w[j] > 'Z') return NULL;
    const cd_lexrec *rec = cd_lex_rec(cd_lex_lookup(w + 1, 3), LX_NUM_CURRENCY);
    if (!rec || !rec->str || strlen(rec->str) != 3 || memcmp(rec->str, w + 1, 3) != 0) return NULL;
    *mult = w[0] == 'M' ? 1e6 : 1e3;
    return rec->str;
}

/* "dozens of", "hundreds of thousands of", "several hundred": approximate values. */
static int read_plural(const cd_doc *d, size_t i, vstate *st)
{
    double v = 0, v2 = 0; /* role_of sets them where it holds (gcc -O3 cannot tell) */
    int role = role_of(d, i, &v);
    size_t k = i;
    if ((cd_tok_is(d, i, "several") || cd_tok_is(d, i, "few")) && usable(d, i + 1)) {
        role = role_of(d, i + 1, &v);
        if (role != 'h' && role != 's') return 0;
        k = i + 1;
        /* "several hundred million", "a few hundred thousand": a larger scale after it */
        if (usable(d, k + 1) && role_of(d, k + 1, &v2) == 's' && v2 > v && !last_char_is(d, k + 1, 's')) v *= v2, k++;
    } else {
        if (!(role == 'h' || role == 's' || role == 'm') || !last_char_is(d, i, 's') || !cd_tok_is(d, i + 1, "of"))
            return 0;
        int r2 = usable(d, i + 2) ? role_of(d, i + 2, &v2) : 0;
        /* "tens of thousands of people", "hundreds of thousands fled": a plural of plurals */
        if ((r2 == 'h' || r2 == 's') && last_char_is(d, i + 2, 's')) {
            v *= v2;
            k = i + 2;
        }
    }
    memset(st, 0, sizeof *st);
    st->value = v;
    st->next = k + 1;
    st->last_tok = k;
    st->f = NF_WORDS | NF_SCALED;
    st->last = L_SCALE;
    st->approx = "approximate";
    return 1;
}

static int suffix_role(const cd_doc *d, size_t k, double *mult)
{
    const cd_lexrec *r = is_type(d, k, TOK_WORD) && usable(d, k) ? cd_lex_rec(cd_tok_entry(&d->toks[k]), LX_NUM_SUFFIX) : NULL;
    if (!r || !r->str) return 0;
    *mult = r->num;
    return r->str[0];
}

static int noun_after(const cd_doc *d, size_t k);

static int currency_follows(const cd_doc *d, size_t k)
{
    const cd_lexrec *rec = NULL;
    size_t n = match(d, k, LX_NUM_CURRENCY, &rec);
    return n && ((int)rec->num & 2) && (!((int)rec->num & 8) || noun_after(d, k + n));
}

/* Token k continues the token before it: a word, digits or a hyphen written right after it ("G-7"). */
static int word_goes_on(const cd_doc *d, size_t k)
{
    return attached(d, k) && (is_type(d, k, TOK_WORD) || is_type(d, k, TOK_NUM) || is_dash(d, k));
}

static size_t counted_noun(const cd_doc *d, size_t k);

/* A lower-case "m" right after the digits is a million, not metres, before what a length cannot
 * measure: a unit ("1m barrels", "3m tonnes"), a counted noun after a decimal ("10.9m viewers"),
 * or, after a whole number, a counted noun that no length measures (num_length.tsv), right after it
 * or after adjectives num_noun.tsv lists ("3m new jobs"):
 * "4m people", "14m customers", "4m workers", as BBC and Reuters copy writes millions; not "the
 * 100m hurdles", "400m runners", "the 1500m AAAs" (a name) nor "the 100m men's final". A singular noun keeps the metre ("a 4m
 * wall", "the 100m final"): news writes a million of one thing with its currency ("a £2m fine"). */
static int million_m(const cd_doc *d, const nread *r, size_t k)
{
    const cd_lexrec *rec = NULL;
    size_t n = k + 1;
    if (tok_len(d, k) != 1 || d->text[d->toks[k].start] != 'm' || !usable(d, n) || attached(d, n) || !is_type(d, n, TOK_WORD))
        return 0;
    if (match(d, n, LX_NUM_UNIT, &rec) && rec && rec->str && strcmp(rec->str, "%") != 0) return 1;
    size_t noun = counted_noun(d, n);
    if (!noun) return 0;
    if (r->f & NF_DECIMAL) return 1;
    for (size_t a = n; a < noun; a++) /* only listed adjectives between: "3m new jobs", not "the 100m men's final" */
        if (noun_code(d, a) != 2) return 0;
    if (attached(d, noun + 1) && is_type(d, noun + 1, TOK_WORD)) return 0;
    if (noun_code(d, noun) == 1) return 1;
    return !(d->toks[noun].flags & TF_CAP) && !rec_of(d, noun, LX_NUM_LENGTH); /* "the 1500m AAAs" is a name */
}

static int label_before(const cd_doc *d, size_t f);

/* A lower-case "b" right after a decimal below 100 is a billion, as headlines write amounts ("lost
 * 1.2b", "12.5b users"): not after a capitalized name, which makes it a version or a standard
 * ("Firefox 3.5b", "802.11b" is above 100), nor after a label word ("clause 2.1b", "section 4.3b"),
 * nor before more letters or digits ("2.5b1"). */
static int billion_b(const cd_doc *d, const nread *r, size_t k)
{
    size_t f = r->first;
    if (tok_len(d, k) != 1 || d->text[d->toks[k].start] != 'b' || !(r->f & NF_DECIMAL) || fabs(r->v) >= 100) return 0;
    if (label_before(d, f)) return 0;
    if (f > 0 && is_type(d, f - 1, TOK_WORD) && (d->toks[f - 1].flags & TF_CAP) && !(d->toks[f].flags & TF_SENT_START))
        return 0;
    return !word_goes_on(d, k + 1);
}

static int name_word(const cd_doc *d, size_t k);

/* A capital letter glued to bare digits after a name's word, apart from it, is the letter of a
 * model or a satellite, no scale: "Insat 1B", "Boeing 747B" (not after a word in capitals, as
 * wire headlines write every word, nor a lexicon's word: "Sales 2B"). */
static int model_letter(const cd_doc *d, const nread *r, size_t k)
{
    size_t f = r->first;
    if (tok_len(d, k) != 1 || !(r->f & NF_PLAIN) || f == 0 || attached(d, f)) return 0;
    return name_word(d, f - 1) && !(d->toks[f - 1].flags & TF_ALLCAPS);
}

/* May the scale letter at token k (role from num_suffix.tsv) scale the number read so far? */
static int scale_letter_ok(const cd_doc *d, const nread *r, size_t k, int role, const char *iso)
{
    const cd_token *t = &d->toks[k];
    int upper = tok_len(d, k) == 1 ? (t->flags & TF_CAP) != 0 : (t->flags & TF_ALLCAPS) != 0;
    int money = iso || currency_follows(d, k + 1);
    if (!attached(d, k)) {
        if (role == 's') return 1;
        /* "2.33 k", "1,674.5 G": one letter after a space and a decimal, not part of a longer token */
        return tok_len(d, k) == 1 && (upper || role == 'S') && (r->f & NF_DECIMAL) && !word_goes_on(d, k + 1);
    }
    switch (role) {
    case 's':
    case 'S': return 1;
    case 'u': return (upper && !model_letter(d, r, k)) || money || million_m(d, r, k) || billion_b(d, r, k);
    case 'G': return upper && (money || r->v >= 10); /* "4G", "2.5G" name network generations */
    default: return 0;
    }
}

/* Letters right after the digits: "10k", "£2.1bn", "1.2B", "10G", "21st", "$5 bn". */
static void read_suffix(const cd_doc *d, nread *r, size_t *k, const char *iso)
{
    double mult;
    int role = suffix_role(d, *k, &mult);
    if (!role) return;
    if (role == 'o') {
        if (!attached(d, *k) || (r->f & (NF_DECIMAL | NF_FRAC | NF_WORDS)) || !(r->f & NF_DIGITS)) return;
        /* "st" only after a one that is no eleven ("21st", "2,271st"): "15st", "10st 4lb" weigh stones;
         * digits past double's range (v infinite, fmod NaN) end in no one: NaN to long is undefined */
        long n = isfinite(r->v) ? (long)fmod(r->v, 100) : -1;
        if (mult == 1 && (n % 10 != 1 || n == 11)) return;
        r->f |= NF_ORD;
    } else {
        if (!scale_letter_ok(d, r, *k, role, iso)) return;
        r->v *= mult;
        r->scale = mult;
        r->f |= NF_SCALED;
    }
    r->last = *k;
    (*k)++;
}

static int sentence_end(const cd_doc *d, size_t k)
{
    return k >= d->n_toks || is_punct(d, k, '.') || is_punct(d, k, '!') || is_punct(d, k, '?');
}

/* "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50." */
static void read_cents(cd_doc *d, nread *r, size_t *k)
{
    size_t j = *k;
    if (cd_tok_is(d, j, "and")) j++;
    vstate st;
    if (!usable(d, j) || !read_value(d, j, &st) || st.value >= 100 || !is_whole(st.value)) return;
    const cd_lexrec *rec = NULL;
    size_t n = usable(d, st.next) ? match(d, st.next, LX_NUM_CURRENCY, &rec) : 0;
    int cents = n && rec->str && (strcmp(rec->str, "cents") == 0 || strcmp(rec->str, "pence") == 0);
    if (!cents && !sentence_end(d, st.next)) return;
    if (!cents) n = 0;
    r->v += st.value / 100;
    r->last = st.next + n - 1;
    *k = st.next + n;
}

/* A currency's sub-unit in the singular with a capital after a figure other than one, at token j
 * ("50 Cent"): a common noun in prose ("50 cents"; num_currency.tsv's sub-units, no ISO code), so
 * the capital and the singular mark a name, and the figure is the name's: "50 Cent, at number 12 with
 * $18m". A table's "Dividend 5 Cents" stays money. */
static int subunit_name(const cd_doc *d, const nread *r, size_t j)
{
    const cd_lexrec *rec = NULL;
    const cd_token *t = j < d->n_toks ? &d->toks[j] : NULL;
    if (!t || t->type != TOK_WORD || !(t->flags & TF_CAP) || (t->flags & TF_ALLCAPS) || attached(d, j)) return 0;
    if (r->v == 1 || last_char_is(d, j, 's')) return 0;
    return match(d, j, LX_NUM_CURRENCY, &rec) == 1 && rec->str && rec->str[0] >= 'a' && rec->str[0] <= 'z';
}

/* Token k is a word that may begin a noun an amount qualifies: in its sentence, no time word and
 * none of the function words, tenses and modals names skip (a number word is the noun's count) ("a 250 mln mark bond", "the 21.6
 * billion mark surplus"; not "the 100 million mark in May", "the 1bn mark has"). */
static int noun_after(const cd_doc *d, size_t k)
{
    if (!usable(d, k) || !is_type(d, k, TOK_WORD) || (d->toks[k].flags & TF_TIME)) return 0;
    const cd_lexentry *e = cd_tok_entry(&d->toks[k]);
    if (cd_lex_has(e, LX_NUM_WORD)) return 1; /* the noun's own count: "a 250 mln mark five year bond" */
    return !cd_lex_has(e, LX_ENT_STOPWORDS) && !cd_lex_has(e, LX_TIME_TENSE) && !cd_lex_has(e, LX_TIME_MODALS);
}

#define MONEY_COUNTRY_BACK 2000
/* The record of data/num_money_country.tsv token w names, if it has a code: "Danish" (1, DKK). */
static const cd_lexrec *money_country(const cd_doc *d, size_t w)
{
    const cd_lexrec *c = NULL;
    if (!cd_tok_may_match(&d->toks[w], LX_NUM_MONEY_COUNTRY) || !cd_lex_match(d, w, LX_NUM_MONEY_COUNTRY, &c)) return NULL;
    return c && c->str ? c : NULL;
}

/* The code of the last country of `group` in tokens [stop, j), else `dflt`: read backwards, for a
 * group past the memo's or a token before what the memo has read. */
static const char *country_code_back(const cd_doc *d, int group, size_t stop, size_t j, const char *dflt)
{
    for (size_t w = j; w-- > stop;) {
        const cd_lexrec *c = money_country(d, w);
        if (c && (int)c->num == group) return c->str;
    }
    return dflt;
}

/* The code of the currency rec names at token j. A name several countries give their money (code
 * 16 and more: a group, code / 16, "50 mln crowns") takes the code of the country of its group the
 * story names last before it (num_money_country.tsv: "Danish", "Oslo"), at most MONEY_COUNTRY_BACK
 * tokens back; without one, the list's own. The
 * countries found are remembered (d->money_memo): each amount reads only the tokens after the
 * last one's. */
static const char *currency_code(cd_doc *d, const cd_lexrec *rec, size_t j)
{
    int group = (int)rec->num / 16;
    if (!group) return rec->str;
    size_t stop = j > MONEY_COUNTRY_BACK ? j - MONEY_COUNTRY_BACK : 0;
    cd_money_memo *m = &d->money_memo;
    if (group >= CD_MONEY_GROUPS || j < m->scanned) return country_code_back(d, group, stop, j, rec->str);
    for (size_t w = m->scanned > stop ? m->scanned : stop; w < j; w++) { /* the tokens not read yet */
        const cd_lexrec *c = money_country(d, w);
        int g = c ? (int)c->num : 0;
        if (g > 0 && g < CD_MONEY_GROUPS) {
            m->at[g] = w + 1;
            m->code[g] = c->str;
        }
    }
    m->scanned = j;
    return m->at[group] > stop ? m->code[group] : rec->str; /* the last one within the window */
}

static void read_currency_after(cd_doc *d, nread *r, size_t *k)
{
    const cd_lexrec *rec = NULL;
    size_t j = *k;
    int hyphen = is_dash(d, j) && attached(d, j) && attached(d, j + 1);
    if (hyphen) j++;
    size_t n = usable(d, j) ? match(d, j, LX_NUM_CURRENCY, &rec) : 0;
    if (n > 1) n = within_sentence(d, j, n);
    double mult;
    const char *code = !n && !hyphen && !(r->f & NF_SCALED) && !r->unit ? scaled_code(d, j, &mult) : NULL;
    if (code) { /* "30 MUSD" */
        r->v *= mult;
        r->f |= NF_SCALED;
        r->kind = CD_NUM_MONEY;
        r->unit = code;
        r->last = j;
        *k = j + 1;
        return;
    }
    if (!n || !rec->str || !((int)rec->num & 2) || subunit_name(d, r, j)) return;
    if (hyphen && is_type(d, j, TOK_PUNCT)) return;
    if (is_type(d, j + n, TOK_NUM) && attached(d, j + n)) return; /* "3 USD50": a prefix of the next amount */
    if (((int)rec->num & 4) && !(r->f & NF_SCALED) && r->kind != CD_NUM_MONEY) return; /* pounds of mass */
    if (((int)rec->num & 8) && !noun_after(d, j + n)) return; /* "broke the 100 million mark." */
    const char *iso = currency_code(d, rec, j);
    if (r->kind == CD_NUM_MONEY && r->unit && strcmp(r->unit, iso) != 0) return;
    r->kind = CD_NUM_MONEY;
    r->unit = iso;
    r->last = j + n - 1;
    *k = j + n;
    double v;
    if (!(r->f & NF_SCALED) && (d->toks[j].flags & TF_ALLCAPS) && usable(d, *k) && role_of(d, *k, &v) == 's') {
        r->v *= v; /* "75 USD million" */
        r->f |= NF_SCALED;
        r->last = (*k)++;
    }
    if (!hyphen && strcmp(rec->str, "cents") != 0 && strcmp(rec->str, "pence") != 0 && !(r->f & NF_SCALED))
        read_cents(d, r, k);
}

/* A straight double quote at token k closes a quotation: an odd number of them (inch marks read
 * already aside) stands before it in its sentence (at most 64 tokens back: a longer look-behind is no cheaper than a wrong guess). */
static int closes_quote(const cd_doc *d, size_t k)
{
    size_t s = cd_sentence_at(d, d->toks[k].start), first = s < d->n_sinfo ? d->sinfo[s].tok_first : k;
    int open = 0;
    for (size_t j = k; j > first && k - j < 64; j--) open ^= is_punct(d, j - 1, '"') && !(d->toks[j - 1].flags & TF_NUMBER);
    return open;
}

/* Inch and foot marks right after the digits: the primes "5′", "9″", and a straight double quote
 * that closes no quotation ('a 55" screen', not '"we paid 5"'). */
static int read_prime(const cd_doc *d, nread *r, size_t *k)
{
    size_t j = *k;
    if (!usable(d, j) || !attached(d, j) || !(r->f & NF_DIGITS) || !is_type(d, j, TOK_PUNCT)) return 0;
    uint32_t cp = d->toks[j].cp;
    if (cp == '"' && closes_quote(d, j)) return 0;
    if (cp != 0x2032 && cp != 0x2033 && cp != '"') return 0;
    if (attached(d, j + 1) && (is_type(d, j + 1, TOK_WORD) || is_type(d, j + 1, TOK_NUM))) return 0;
    r->kind = CD_NUM_MEASURE;
    r->unit = cp == 0x2032 ? "feet" : "inches";
    r->last = j;
    *k = j + 1;
    return 1;
}

/* Plain degrees (no C or F) are an angle before a word such as "angle" or "turn", or after one
 * such as "rotate" (data/num_angle.tsv): "a 45-degree angle", "rotate 90°", "a 180-degree turn". */
static void angle_degrees(const cd_doc *d, nread *r, size_t k)
{
    if (!r->unit || strcmp(r->unit, "degrees") != 0) return;
    const cd_lexrec *after = usable(d, k) && is_type(d, k, TOK_WORD) ? cd_lex_rec(cd_tok_entry(&d->toks[k]), LX_NUM_ANGLE) : NULL;
    size_t f = r->first;
    const cd_lexrec *before = f > 0 && is_type(d, f - 1, TOK_WORD) ? cd_lex_rec(cd_tok_entry(&d->toks[f - 1]), LX_NUM_ANGLE) : NULL;
    if ((after && ((int)after->num & 1)) || (before && ((int)before->num & 2))) r->unit = "degrees of arc";
}

/* "°", "°C", "° F". */
static int read_degree(const cd_doc *d, nread *r, size_t *k)
{
    if (!is_punct(d, *k, 0xB0) || !usable(d, *k)) return 0;
    r->kind = CD_NUM_MEASURE;
    r->unit = "degrees";
    r->last = *k;
    (*k)++;
    if (usable(d, *k) && is_type(d, *k, TOK_WORD)) {
        if (cd_tok_is(d, *k, "c") || cd_tok_is(d, *k, "celsius")) r->unit = "°C";
        else if (cd_tok_is(d, *k, "f") || cd_tok_is(d, *k, "fahrenheit")) r->unit = "°F";
        if (r->unit[0] != 'd') r->last = (*k)++;
    }
    return 1;
}

/* A mark that may end a temperature's letter: a sentence's or a clause's end, a closing bracket. */
static int ends_letter(const cd_doc *d, size_t k)
{
    return is_punct(d, k, '.') || is_punct(d, k, ',') || is_punct(d, k, ';') || is_punct(d, k, ':') ||
           is_punct(d, k, ')') || is_punct(d, k, '!') || is_punct(d, k, '?');
}

/* Written one space after the digits, the letter is a temperature only where nothing names a thing
 * with it: the next token is no capitalized word ("1500 C Street"), no digits, no mark that goes
 * on ("172 F-110"): the end of the text, a lower-case word, a mark ending a clause or "(" of a
 * conversion ("40 C (104 F)"). */
static int spaced_letter_ends(const cd_doc *d, size_t j)
{
    if (!space_between(d, j - 1, j)) return 0;
    size_t n = j + 1;
    if (n >= d->n_toks || !usable(d, n)) return 1;
    if (attached(d, n)) return ends_letter(d, n);
    const cd_token *t = &d->toks[n];
    if (t->type == TOK_WORD) return !(t->flags & TF_CAP);
    return t->type == TOK_PUNCT && (ends_letter(d, n) || is_punct(d, n, '('));
}

/* A capital letter written apart before a plural counted noun is a class of that noun, no unit: "3 C
 * grades", "four C batteries" (a temperature stands before punctuation, a preposition or a singular
 * noun: "40 C (104 F)", "40 C in Delhi", "a 40 C heat"). */
static int letter_classes_noun(const cd_doc *d, size_t j)
{
    size_t n = j + 1;
    return usable(d, n) && !attached(d, n) && counted_noun(d, n) == n && plural_like(d, n);
}

#define WEATHER_REACH 6 /* how many tokens either side of "95F" a weather word may stand, in the sentence */

/* A Celsius figure ends at token k: a capital C glued to digits ("35C") or "Celsius". */
static int celsius_at(const cd_doc *d, size_t k)
{
    if (!is_type(d, k, TOK_WORD)) return 0;
    if (cd_tok_is(d, k, "celsius")) return 1;
    return tok_len(d, k) == 1 && d->text[d->toks[k].start] == 'C' && attached(d, k) && is_type(d, k - 1, TOK_NUM);
}

/* A weather word (data/num_weather.tsv) within WEATHER_REACH tokens of [f, j], in the sentence. */
static int weather_near(const cd_doc *d, size_t f, size_t j)
{
    for (size_t k = f; k > 0 && k + WEATHER_REACH > f && !(d->toks[k].flags & (TF_SENT_START | TF_PARA_BEFORE)); k--)
        if (is_type(d, k - 1, TOK_WORD) && cd_lex_has(cd_tok_entry(&d->toks[k - 1]), LX_NUM_WEATHER)) return 1;
    for (size_t k = j + 1; k < d->n_toks && k <= j + WEATHER_REACH && !(d->toks[k].flags & (TF_SENT_START | TF_PARA_BEFORE)); k++)
        if (is_type(d, k, TOK_WORD) && cd_lex_has(cd_tok_entry(&d->toks[k]), LX_NUM_WEATHER)) return 1;
    return 0;
}

/* "95F" glued (digits f, letter j) is Fahrenheit only where what is around says temperature: a
 * Celsius figure beside it in brackets ("35C (95F)", "95F (35C)") or a weather word in the clause
 * ("highs of 95F"); else F is a grade, a bra's size or a floor ("got 5F", "a 36F bra", "on 5F"). */
static int fahrenheit_beside(const cd_doc *d, size_t f, size_t j)
{
    if (f >= 2 && is_punct(d, f - 1, '(') && celsius_at(d, f - 2)) return 1;
    size_t k = j + 2;
    if (is_dash(d, k) || is_punct(d, k, 0x2212)) k++;
    if (is_punct(d, j + 1, '(') && is_type(d, k, TOK_NUM) && celsius_at(d, k + 1)) return 1;
    return weather_near(d, f, j);
}

/* "30C", "-5C", "40 C": a capital C after the digits of a temperature, as news writes it (Reuters
 * with a space, "40 C (104 F)"). Not after a capitalized word ("Room 12C", "Boeing 777C" are
 * names) other than a determiner opening the sentence ("The 35C heat"), nor after a label word
 * ("section 3 C of the act"), nor before a plural noun it classes ("3 C grades"), nor before a
 * slash or other mark that goes on ("14.7C/ per security": cents); an
 * identifier ("12C3") is caught later. A capital F names forms and models more often than
 * Fahrenheit ("13F filing", "172 F-110"): it is read only written apart inside the brackets of a
 * conversion ("(104 F)"), glued where a Celsius figure or a weather word stands by
 * (fahrenheit_beside), and else as "°F". */
static int temperature_letter(const cd_doc *d, nread *r, size_t *k)
{
    size_t j = *k, f = r->first;
    if (!usable(d, j) || !is_type(d, j, TOK_WORD) || tok_len(d, j) != 1 || !(r->f & NF_DIGITS)) return 0;
    char letter = d->text[d->toks[j].start];
    if (letter != 'C' && letter != 'F') return 0;
    if (label_before(d, f)) return 0; /* a part a label word names: "section 3 C of the act", "clause 14C" */
    if (f > 0 && is_type(d, f - 1, TOK_WORD) && (d->toks[f - 1].flags & TF_CAP) &&
        (attached(d, f) || !cd_lex_has(cd_tok_entry(&d->toks[f - 1]), LX_CLAIM_DETERMINERS)))
        return 0; /* a name's word, not "The 35C heat" */
    if (attached(d, j)) {
        if (letter == 'F' && !fahrenheit_beside(d, f, j)) return 0;
        if (attached(d, j + 1) && is_type(d, j + 1, TOK_PUNCT) && !ends_letter(d, j + 1)) return 0;
    } else {
        if (!spaced_letter_ends(d, j) || letter_classes_noun(d, j)) return 0;
        int in_brackets = f > 0 && is_punct(d, f - 1, '(') && attached(d, f) && is_punct(d, j + 1, ')') && attached(d, j + 1);
        if (letter == 'F' && !in_brackets) return 0;
    }
    r->kind = CD_NUM_MEASURE;
    r->unit = letter == 'C' ? "°C" : "°F";
    r->last = j;
    *k = j + 1;
    return 1;
}

/* "km2", "m²", "cm3": a length unit with a power is an area or a volume. */
static void square_or_cubic(const cd_doc *d, nread *r, size_t *k)
{
    static const char *const table[][3] = {
        {"kilometers", "square kilometers", "cubic kilometers"}, {"meters", "square meters", "cubic meters"},
        {"centimeters", "square centimeters", "cubic centimeters"}, {"miles", "square miles", "cubic miles"},
        {"feet", "square feet", "cubic feet"}};
    double p = 0;
    size_t used = 1;
    if (!usable(d, *k)) return;
    if (!attached(d, *k)) {
        p = cd_tok_is(d, *k, "squared") ? 2 : cd_tok_is(d, *k, "cubed") ? 3 : 0; /* "4 km squared" */
    } else if (is_punct(d, *k, '^') && attached(d, *k + 1) && plain_int(d, *k + 1, &p)) {
        used = 2; /* "km^2" */
    } else if (!plain_int(d, *k, &p)) {
        p = is_punct(d, *k, 0xB2) ? 2 : is_punct(d, *k, 0xB3) ? 3 : 0;
    }
    if (p != 2 && p != 3) return;
    if (attached(d, *k + used) && (is_type(d, *k + used, TOK_WORD) || is_type(d, *k + used, TOK_NUM))) return;
    for (size_t t = 0; t < sizeof table / sizeof *table; t++)
        if (strcmp(r->unit, table[t][0]) == 0) {
            r->unit = table[t][(int)p - 1];
            r->last = *k + used - 1;
            *k += used;
            return;
        }
}

/* "5 feet 2 inches", "12 ft 2 in", "10st 4lb", "7lb 8oz": one measure in the larger unit, the
 * smaller one below a whole larger one. */
static void compound_measure(const cd_doc *d, nread *r, size_t *k)
{
    static const struct {
        const char *big, *small;
        double per;
    } pairs[] = {{"feet", "inches", 12}, {"stone", "pounds", 14}, {"pounds", "ounces", 16}};
    size_t j = *k, p = 0;
    while (p < sizeof pairs / sizeof *pairs && strcmp(r->unit, pairs[p].big) != 0) p++;
    if (p == sizeof pairs / sizeof *pairs || r->is_range) return;
    if (cd_tok_is(d, j, "and")) j++;
    vstate st;
    if (!usable(d, j) || !read_value(d, j, &st) || st.value >= pairs[p].per || !usable(d, st.next)) return;
    const cd_lexrec *rec = NULL;
    int small = (p == 0 && cd_tok_is(d, st.next, "in")) ||
                (match(d, st.next, LX_NUM_UNIT, &rec) && rec->str && strcmp(rec->str, pairs[p].small) == 0);
    if (!small) return;
    r->v += st.value / pairs[p].per;
    r->hi = r->v;
    r->last = st.next;
    *k = st.next + 1;
}

/* "in" after a number is the inch when nothing it could govern follows: the sentence or clause
 * ends ("the pencil is 2 in."), or an adjective of size ("2 1/2 in thick"); not "1 in 5". */
static int inch_word(const cd_doc *d, size_t j)
{
    if (!usable(d, j) || attached(d, j) || !cd_tok_is(d, j, "in")) return 0;
    size_t k = j + 1;
    if (k >= d->n_toks || (d->toks[k].flags & (TF_PARA_BEFORE | TF_SENT_START))) return 1;
    if (d->toks[k].type == TOK_WORD) return context_code(d, k) == 7;
    return is_punct(d, k, '.') || is_punct(d, k, ',') || is_punct(d, k, ';') || is_punct(d, k, ')');
}

/* Token k makes "a year" before it a point in time: "a year earlier", "a month ago", "a week
 * before", "a day later" (words of time, data/time_words.tsv, and the prepositions of order). */
static int shifts_in_time(const cd_doc *d, size_t k)
{
    if (!is_type(d, k, TOK_WORD)) return 0;
    return cd_lex_has(cd_tok_entry(&d->toks[k]), LX_TIME_WORDS) || cd_tok_is(d, k, "before") || cd_tok_is(d, k, "after") ||
           cd_tok_is(d, k, "previously") || cd_tok_is(d, k, "prior");
}

/* A power written right after a unit at token k, as science copy writes areas, volumes and
 * accelerations: "2" or "3" ("m3", "s2"), a superscript ("m²", "cm³") or a caret ("m^2"), and nothing
 * glued after it. Returns 2 or 3 (0: none), its tokens in *used. */
static int unit_power(const cd_doc *d, size_t k, size_t *used)
{
    double p = 0;
    size_t n = 1;
    if (!usable(d, k) || !attached(d, k)) return 0;
    if (is_punct(d, k, '^') && attached(d, k + 1) && plain_int(d, k + 1, &p)) n = 2;
    else if (is_type(d, k, TOK_NUM) && tok_len(d, k) == 1) plain_int(d, k, &p);
    else p = is_punct(d, k, 0xB2) ? 2 : is_punct(d, k, 0xB3) ? 3 : 0;
    if (p != 2 && p != 3) return 0;
    if (attached(d, k + n) && (is_type(d, k + n, TOK_WORD) || is_type(d, k + n, TOK_NUM))) return 0;
    *used = n;
    return (int)p;
}

/* A rate after a unit of measure or an amount: "barrels per day", "10 l/km", "95g/km", "tonnes a
 * year", "$50 a barrel", "$15 an hour" (num_per.tsv): the unit becomes "barrels per day", "USD per
 * barrel". After a measure "a"/"an" takes only a unit of time, and a number of time takes none
 * ("5 hours a day" stays hours); percentages stay as read. */
static void per_unit(cd_doc *d, nread *r, size_t *k, size_t unit_tok)
{
    size_t j = *k, den;
    const cd_lexrec *rec = NULL, *own = NULL;
    int slash = is_punct(d, j, '/') && attached(d, j) && attached(d, j + 1);
    int article = cd_tok_is(d, j, "a") || cd_tok_is(d, j, "an");
    if (!(slash || article || cd_tok_is(d, j, "per")) || !usable(d, j) || !usable(d, j + 1)) return;
    if (match(d, unit_tok, LX_NUM_PER, &own) && own && ((int)own->num & 1)) return; /* "hours a day" */
    den = j + 1;
    size_t n = match(d, den, LX_NUM_PER, &rec);
    if (!n || !rec || !rec->str || (article && !((int)rec->num & 1) && r->kind != CD_NUM_MONEY)) return;
    if (article && ((int)rec->num & 2)) return; /* "m", "cm" only after "per" or "/": "a m" is no rate */
    size_t pw = 0;
    int p = unit_power(d, den + n, &pw); /* "m/s²", "kg/m3": a powered denominator */
    if (!p && attached(d, den + n) && (is_type(d, den + n, TOK_WORD) || is_type(d, den + n, TOK_NUM))) return;
    if (article && shifts_in_time(d, den + n)) return; /* "£125m a year earlier": then, not a rate */
    char buf[112];
    int w = snprintf(buf, sizeof buf, "%s per %s%s", r->unit, p == 2 ? "square " : p == 3 ? "cubic " : "", rec->str);
    if (w < 0 || (size_t)w >= sizeof buf) return;
    const char *unit = cd_intern(d, buf, (size_t)w);
    if (!unit) return;
    r->unit = unit;
    r->last = den + n + pw - 1;
    *k = den + n + pw;
}

/* A unit that holds a scale (num_unit.tsv flags 2, 4, 8, 16: thousand, million, billion,
 * trillion): "1.5 mb/d" is 1.5 million barrels per day, "55 bcm" 55 billion cubic meters. The
 * scale is the read's (r->scale), so that a range's first end takes it ("1.2-1.5 mb/d"). */
static void unit_scale(nread *r, int flags)
{
    double s = flags & 2 ? 1e3 : flags & 4 ? 1e6 : flags & 8 ? 1e9 : flags & 16 ? 1e12 : 1;
    if (s == 1) return;
    r->v *= s;
    r->hi *= s;
    r->scale = s;
    r->f |= NF_SCALED;
}

/* A unit of data written with a lower-case "b" after a capital prefix (K, M, G, T) counts bits, as
 * the SI writes them and broadband news uses them ("15Mb broadband", "2Mb and 3Mb services");
 * "MB", "KB" and the loosely written "kb", "mb", "gb" stay bytes (data/num_unit.tsv). Returns the
 * unit of the n tokens at j read as `unit`. */
static const char *bits_or_bytes(const cd_doc *d, size_t j, size_t n, const char *unit)
{
    static const char *const names[][2] = {
        {"kilobytes", "kilobits"}, {"megabytes", "megabits"}, {"gigabytes", "gigabits"}, {"terabytes", "terabits"}};
    const char *w = d->text + d->toks[j].start;
    if (n != 1 || tok_len(d, j) != 2 || w[1] != 'b' || !strchr("KMGT", w[0])) return unit;
    for (size_t t = 0; t < sizeof names / sizeof *names; t++)
        if (strcmp(unit, names[t][0]) == 0) return names[t][1];
    return unit;
}

/* "Mt" written so (a capital M, a small t) at token j. */
static int capital_mt(const cd_doc *d, size_t j)
{
    const char *w = d->text + d->toks[j].start;
    return tok_len(d, j) == 2 && w[0] == 'M' && w[1] == 't';
}

/* "Mt" is the SI's megatonne of climate and energy copy ("emissions of 12 Mt"); commodity copy's
 * "mt" and "MT" are metric tonnes ("20,000 mt of sugar"). Returns the unit of the n tokens at j
 * read as `unit`. */
static const char *megatonnes(const cd_doc *d, size_t j, size_t n, const char *unit)
{
    return n == 1 && strcmp(unit, "metric tons") == 0 && capital_mt(d, j) ? "megatons" : unit;
}

/* "Mt" before a capitalized word is a mountain's or a street's name, no unit: "12 Mt Pleasant Road". */
static int mount_name(const cd_doc *d, size_t j)
{
    size_t k = j + 1;
    if (is_punct(d, k, '.') && attached(d, k)) k++;
    return capital_mt(d, j) && is_type(d, k, TOK_WORD) && (d->toks[k].flags & TF_CAP);
}

/* Percent or a unit of measure after the value: "40%", "25 percent", "3 feet", "10km", "3-inch". */
static void read_unit_at(cd_doc *d, nread *r, size_t *k)
{
    if (read_degree(d, r, k)) {
        angle_degrees(d, r, *k);
        return;
    }
    if (temperature_letter(d, r, k) || read_prime(d, r, k)) return;
    size_t j = *k;
    int hyphen = is_dash(d, j) && attached(d, j) && attached(d, j + 1) && is_type(d, j + 1, TOK_WORD);
    if (hyphen) j++;
    const cd_lexrec *rec = NULL;
    size_t n = usable(d, j) ? match(d, j, LX_NUM_UNIT, &rec) : 0;
    if (n > 1) n = within_sentence(d, j, n);
    if (!n && !hyphen && inch_word(d, j)) {
        r->kind = CD_NUM_MEASURE;
        r->unit = "inches";
        r->last = j;
        *k = j + 1;
        return;
    }
    if (!n || !rec->str || (n == 1 && mount_name(d, j))) return;
    int att = attached(d, j) && !hyphen;
    if (((int)rec->num & 1) && !att) return;
    if (att && n == 1 && tok_len(d, j) == 1 && (d->toks[j].flags & TF_CAP) && !cd_tok_is(d, j, "l")) return;
    if (strcmp(rec->str, "%") == 0) {
        r->kind = CD_NUM_PERCENT;
    } else if (strcmp(rec->str, "percentage points") == 0) {
        r->kind = CD_NUM_PERCENT_POINTS;
    } else {
        r->kind = CD_NUM_MEASURE;
    }
    r->unit = megatonnes(d, j, n, bits_or_bytes(d, j, n, rec->str));
    r->last = j + n - 1;
    *k = j + n;
    unit_scale(r, (int)rec->num);
    square_or_cubic(d, r, k);
    compound_measure(d, r, k);
    if (r->kind == CD_NUM_MEASURE && *k == j + n) per_unit(d, r, k, j);
    angle_degrees(d, r, *k);
}

/* A word at k that read_unit_at reads nothing from: of three letters or more (no temperature's
 * letter, no "in" of inches), the lexicon's unit class neither in its entry nor heading a phrase
 * of it, where the tokenizer marked its phrases (cd_lex_match asks the entry alone then). Its other
 * readers ask for punctuation (a degree sign, a prime, a dash), so nothing is read there. */
static int no_unit_word(const cd_doc *d, size_t k)
{
    if (!is_type(d, k, TOK_WORD) || tok_len(d, k) < 3) return 0;
    return !cd_tok_may_match(&d->toks[k], LX_NUM_UNIT);
}

#ifdef CD_NUM_CROSSCHECK
/* Test builds only (test_number_starts.c): where a reader was skipped at token k, its read there
 * (read, ending before after) must have left r and k as they were; else a finding named what. */
static void skip_crosscheck(cd_doc *d, const nread *r, size_t k, const nread *read, size_t after, const char *what)
{
    if (after != k || read->v != r->v || read->hi != r->hi || read->is_range != r->is_range || read->last != r->last ||
        read->kind != r->kind || read->unit != r->unit || read->noun != r->noun || read->approx != r->approx ||
        read->f != r->f || read->bounded != r->bounded || read->scale != r->scale || read->first != r->first ||
        read->end != r->end || read->emit != r->emit || read->label != r->label)
        cd_add_finding(d, what, CD_SEV_ERROR, cd_tokspan(d, k, k), "a skipped reader reads here");
}
#endif

typedef void reader(cd_doc *d, nread *r, size_t *k);

/* Reads with read after the value ending before token *k, unless skip says it reads nothing there
 * (CD_NUM_CROSSCHECK builds read anyway and report a finding named what if it read anything). */
static void read_unless(cd_doc *d, nread *r, size_t *k, int skip, reader *read, const char *what)
{
    if (!skip) {
        read(d, r, k);
        return;
    }
#ifdef CD_NUM_CROSSCHECK
    nread copy = *r;
    size_t after = *k;
    read(d, &copy, &after);
    skip_crosscheck(d, r, *k, &copy, after, what);
#else
    (void)what;
#endif
}

/* A unit after the value ending before token *k ("40%", "3 feet", "30C"). Most values are followed
 * by a word of no unit ("5 people"): no_unit_word says so without the readers. */
static void read_unit(cd_doc *d, nread *r, size_t *k)
{
    read_unless(d, r, k, no_unit_word(d, *k), read_unit_at, "number-unit-mismatch");
}

/* A plural-looking word: "consulates", not "is", "this", "business", "bonus". */
static int plural_like(const cd_doc *d, size_t i)
{
    size_t n = tok_len(d, i);
    const char *s = d->text + d->toks[i].start;
    if (n < 3 || (s[n - 1] | 0x20) != 's') return 0;
    char p = (char)(s[n - 2] | 0x20);
    return p != 's' && p != 'u' && p != 'i' && p != '\'';
}

/* A capitalized plural at token k opens a name when another capitalized word follows it: "a 2-1
 * Champions League lead", "the Six Nations Championship" (no noun a number counts); a nationality
 * stays one ("40 Palestinians Tuesday"). */
static int name_goes_on(const cd_doc *d, size_t k)
{
    const cd_token *t = &d->toks[k];
    if (!(t->flags & TF_CAP) || cd_lex_has(cd_tok_entry(t), LX_ENT_DEMONYMS)) return 0;
    return usable(d, k + 1) && is_type(d, k + 1, TOK_WORD) && (d->toks[k + 1].flags & TF_CAP) && !attached(d, k + 1);
}

/* A line of scores at token k, right after a number: a capitalized word before that number and a
 * number after the capitalized word at k ("Jets 24 Bills 17", "Bears 24 Lions 17"): two sides and
 * their points, no noun the first number counts. */
static int score_line(const cd_doc *d, size_t k)
{
    if (k < 2 || k >= d->n_toks || !is_type(d, k - 1, TOK_NUM) || !is_type(d, k - 2, TOK_WORD) ||
        !(d->toks[k - 2].flags & TF_CAP))
        return 0;
    return (d->toks[k].flags & TF_CAP) && usable(d, k + 1) && is_type(d, k + 1, TOK_NUM);
}

/* The counted noun after a number: "1,200 personnel", "three new consulates". */
static size_t counted_noun(const cd_doc *d, size_t k)
{
    if (usable(d, k) && score_line(d, k)) return 0;
    for (int skipped = 0; skipped <= 2; skipped++, k++) {
        if (!usable(d, k) || !is_type(d, k, TOK_WORD) || (d->toks[k].flags & TF_ALLCAPS)) return 0;
        double v;
        if (role_of(d, k, &v) || rec_of(d, k, LX_NUM_APPROX) || rec_of(d, k, LX_NUM_UNIT)) return 0;
        int code = noun_code(d, k);
        if (code == 0) return 0;
        if (code == 1 || (code != 2 && plural_like(d, k) && !name_goes_on(d, k))) return k;
        int adjective = code == 2 || ((d->toks[k].flags & TF_CAP) && is_type(d, k + 1, TOK_WORD));
        if (!adjective) return 0;
    }
    return 0;
}

/* A lower-case word that may name the kind of the noun after it, as a noun used as a modifier or
 * an adjective the lexicon does not list: "radio" of "50 radio stations", "individual" of "170
 * individual stations". Not a word num_noun.tsv knows, nor one that ends a phrase (a preposition, a
 * conjunction), nor a verb the claims read; not a past form ("300 reported symptoms": the number is
 * who reported). */
static int kind_modifier(const cd_doc *d, size_t k)
{
    if (!usable(d, k) || !is_type(d, k, TOK_WORD) || (d->toks[k].flags & (TF_CAP | TF_ALLCAPS))) return 0;
    if (noun_code(d, k) != -1 || plural_like(d, k) || tok_len(d, k) < 3) return 0;
    const cd_token *t = &d->toks[k];
    if (cd_tok_mask(t) & (LXM(LX_CLAIM_PHRASE_STOPS) | LXM(LX_CHANGE_VERBS) | LXM(LX_EVENT_VERBS) |
                          LXM(LX_QUOTE_VERBS) | LXM(LX_NUM_APPROX) | LXM(LX_NUM_UNIT) | LXM(LX_CLAIM_DETERMINERS)))
        return 0;
    return !last_two_are(d, k, "ed");
}

/* The counted noun after a number, past one modifier of its kind that counted_noun stops at, at
 * token k or after one adjective it lets through: "50 radio stations", "12 Eurozone finance
 * ministers". The noun must follow the modifier at once. */
static size_t counted_noun_past_modifier(const cd_doc *d, size_t k)
{
    size_t noun = counted_noun(d, k);
    if (noun || !usable(d, k) || !is_type(d, k, TOK_WORD)) return noun;
    size_t m = k;
    int code = noun_code(d, k);
    if (code == 2 || ((d->toks[k].flags & TF_CAP) && !(d->toks[k].flags & TF_ALLCAPS) && code == -1 &&
                      !plural_like(d, k) && is_type(d, k + 1, TOK_WORD)))
        m = k + 1; /* "three new radio stations", "12 Eurozone finance ministers" */
    if (!kind_modifier(d, m) || counted_noun(d, m + 1) != m + 1) return 0;
    return m + 1;
}

size_t cd_counted_noun(const cd_doc *doc, size_t k)
{
    return doc ? counted_noun(doc, k) : 0;
}

/* A '>' that ends an arrow ("=>30", "->30") or a "not equal" ("<>30"): no qualifier. */
static int arrow_head(const cd_doc *d, size_t s)
{
    return is_punct(d, s, '>') && attached(d, s) && (is_punct(d, s - 1, '=') || is_dash(d, s - 1) || is_punct(d, s - 1, '<'));
}

/* A comparison written with '=' right before token f: ">=" (1), "<=" or "=<" (-1); 0 if none. "=>"
 * is an arrow ("=>30"), not a bound. */
static int comparison_before(const cd_doc *d, size_t f)
{
    if (f < 2 || !attached(d, f - 1)) return 0; /* the two marks touch; the number may stand apart */
    if (is_punct(d, f - 1, '=') && is_punct(d, f - 2, '>')) return 1;
    if (is_punct(d, f - 1, '=') && is_punct(d, f - 2, '<')) return -1;
    if (is_punct(d, f - 1, '<') && is_punct(d, f - 2, '=')) return -1;
    return 0;
}

/* Whether a qualifier of len tokens before a number ("more than", "about", ">") starts at token s
 * (*rec: its record). Most tokens before a number are surely none, answered without cd_lex_match:
 * a word whose entry neither holds nor heads LX_NUM_APPROX where the tokenizer marked its phrases
 * (cd_tok_may_match: cd_lex_match finds nothing there), or, for a key of len >= 2 tokens, a token
 * the tokenizer marked as starting no lexicon key of that length. */
static int approx_key_at(const cd_doc *d, size_t s, size_t len, const cd_lexrec **rec)
{
    const cd_token *t = &d->toks[s];
    if (t->flags & (TF_NUMBER | TF_TIME)) return 0;
    if (len >= 2 && len < CD_PHRASE_BITS && (t->phrases & CD_PHRASES_KNOWN) && !(t->phrases & (1u << len))) return 0;
    const cd_lexrec *r = NULL;
    size_t n;
    if (t->type == TOK_WORD) n = cd_tok_may_match(t, LX_NUM_APPROX) ? cd_lex_match(d, s, LX_NUM_APPROX, &r) : 0;
    else n = (r = rec_of(d, s, LX_NUM_APPROX)) != NULL;
    if (n != len || !r || !r->str || r->num != 0 || arrow_head(d, s)) return 0;
    *rec = r;
    return 1;
}

/* "up to" at tokens [s, first) after "from" and a figure (a unit word after it or not): the other
 * end of a move or a range ("rose from 30 up to 45", "ranged from 30 pct up to 45 pct"), no bound,
 * as "down to" is ("fell from 60 down to 45"). */
static int up_to_after_from(const cd_doc *d, size_t s, size_t first)
{
    if (first != s + 2 || !cd_tok_is(d, s, "up") || !cd_tok_is(d, s + 1, "to") || s < 2) return 0;
    size_t k = s - 1;
    if (is_type(d, k, TOK_WORD) && k > 1) k--; /* "30 pct up to" */
    if (!is_type(d, k, TOK_NUM)) return 0;
    if (k > 1 && is_type(d, k - 1, TOK_PUNCT) && attached(d, k)) k--; /* "from $30" */
    return k > 0 && cd_tok_is(d, k - 1, "from");
}

/* Qualifier phrase ending right before token `first` ("just over", "more than", ">"). */
static size_t approx_before(const cd_doc *d, size_t first, const char **approx)
{
    int cmp = comparison_before(d, first);
    if (cmp) { /* ">=30", "<=30", "=<30" */
        *approx = cmp > 0 ? "at least" : "at most";
        return first - 2;
    }
    if (d->toks[first].flags & TF_SENT_START) return first; /* not from the sentence before */
    /* one walk back from the token before the number, up to five tokens and not into the sentence
     * before (the sentence's first token may start a phrase; none before it); the longest key that
     * ends right before the number wins, so the walk keeps the furthest start it finds */
    const cd_lexrec *rec_found = NULL;
    size_t found = first;
    for (size_t len = 1; len <= 5 && len <= first; len++) {
        size_t s = first - len;
        if (approx_key_at(d, s, len, &rec_found)) found = s;
        if (d->toks[s].flags & TF_SENT_START) break;
    }
    if (found != first && up_to_after_from(d, found, first)) return first;
    if (found != first) *approx = rec_found->str;
    return found;
}

/* The first token of figure r with its qualifier ("nearly 2": "nearly"), when a word of its
 * sentence comes before it; 0 when it opens the sentence or the text. */
static size_t qualified_start(const cd_doc *d, const nread *r)
{
    const char *approx;
    size_t q = approx_before(d, r->first, &approx);
    return q > 0 && !(d->toks[q].flags & TF_SENT_START) ? q : 0;
}

/* A preposition that ends a qualifier after the number ("65 and over", "5 or under") starts a phrase
 * of its own before a determiner or a number: "rose 5% and over the year", "3 or under 2 rules". */
static int preposition_goes_on(const cd_doc *d, size_t last)
{
    static const char *const preps[] = {"over", "under", "above", "below"};
    static const char *const dets[] = {"a", "an", "its", "their", "his", "her", "our", "my", "your"};
    int prep = 0;
    for (size_t w = 0; w < sizeof preps / sizeof *preps; w++) prep |= cd_tok_is(d, last, preps[w]);
    if (!prep || !usable(d, last + 1)) return 0;
    if (is_type(d, last + 1, TOK_NUM) || context_code(d, last + 1) == 6) return 1;
    for (size_t w = 0; w < sizeof dets / sizeof *dets; w++)
        if (cd_tok_is(d, last + 1, dets[w])) return 1;
    return 0;
}

static size_t approx_after(const cd_doc *d, size_t k, const char **approx)
{
    const cd_lexrec *rec = NULL;
    size_t n = usable(d, k) && is_type(d, k, TOK_WORD) ? cd_lex_match(d, k, LX_NUM_APPROX, &rec) : 0;
    if (!n || !rec->str || rec->num != 1 || preposition_goes_on(d, k + n - 1)) return 0;
    *approx = rec->str;
    return n;
}

/* parse_expr depths: a whole expression, a part of one, a part after a bound ("and below 1500"). */
enum { EXPR_WHOLE = 0, EXPR_PART = 1, BOUNDED = 2 };

static size_t parse_expr(cd_doc *d, size_t i, nread *r, int depth);

static int lower_bound(const char *approx)
{
    return approx && (strcmp(approx, "over") == 0 || strcmp(approx, "at least") == 0);
}

static int upper_bound(const char *approx)
{
    return approx && (strcmp(approx, "under") == 0 || strcmp(approx, "at most") == 0);
}

/* A bare count or fraction: no unit, not an ordinal. */
static int plain_count(const nread *r)
{
    return (r->kind == CD_NUM_CARDINAL || r->kind == CD_NUM_FRACTION) && !r->unit;
}

/* May a and b, two bounds' values, be the ends of one range? Two ranks; two bare counts (or
 * fractions); else one kind and one unit, where a bare count with no noun of its own takes the
 * other end's ("more than 5 but less than 8%", "over 5% but under 8"). Not a count and a measure
 * of another thing ("more than 5 people but fewer than 8 km"). */
static int bounds_agree(nread *a, const nread *b)
{
    if ((a->f & NF_ORD) || (b->f & NF_ORD)) return (a->f & NF_ORD) && (b->f & NF_ORD);
    if (plain_count(a) && plain_count(b)) return 1;
    if (plain_count(a)) {
        if (a->noun) return 0;
        a->kind = b->kind;
        a->unit = b->unit;
        return 1;
    }
    if (plain_count(b)) return !b->noun;
    if (a->kind != b->kind) return 0;
    return a->unit && b->unit ? strcmp(a->unit, b->unit) == 0 : a->unit == b->unit;
}

/* A rank's bound is written with "the" before the rank: "higher than the tenth". Returns the
 * bound's approx, or NULL. Asked only where a second bound follows (read_bounds): alone, "more
 * than the first quarter" compares something else with the rank. */
static const char *rank_bound(const cd_doc *d, size_t first)
{
    const char *approx = NULL;
    if (first < 2 || !cd_tok_is(d, first - 1, "the") || (d->toks[first - 1].flags & TF_SENT_START)) return NULL;
    approx_before(d, first - 1, &approx);
    return approx;
}

/* "more than 10 and less than 20", "at most 100 and at least 20", "above one quarter and below a
 * half", "more than 5% but less than 8%", "over $2 million but under $3 million", "higher than the
 * twelfth but lower than the twentieth": two bounds of one quantity make a range. */
static int read_bounds(cd_doc *d, nread *r, size_t *k)
{
    size_t c = *k;
    if (!(cd_tok_is(d, c, "and") || cd_tok_is(d, c, "but") || is_punct(d, c, ','))) return 0;
    const char *approx = r->approx;
    if (!approx && (r->f & NF_ORD)) approx = rank_bound(d, r->first);
    if (!(lower_bound(approx) || upper_bound(approx))) return 0;
    const cd_lexrec *rec = NULL;
    size_t n = usable(d, c + 1) && is_type(d, c + 1, TOK_WORD) ? cd_lex_match(d, c + 1, LX_NUM_APPROX, &rec) : 0;
    if (!n || !rec->str || rec->num != 0) return 0;
    int up = lower_bound(approx) && upper_bound(rec->str), down = upper_bound(approx) && lower_bound(rec->str);
    size_t s = c + 1 + n;
    if ((r->f & NF_ORD) && cd_tok_is(d, s, "the")) s++; /* "but lower than the fifteenth" */
    nread b;
    if (!(up || down) || !usable(d, s) || !parse_expr(d, s, &b, BOUNDED) || !b.emit || b.is_range) return 0;
    if (!(b.f & NF_SCALED) || (r->f & NF_SCALED) || !(b.scale > 1) || r->v * b.scale > b.v) b.scale = 1;
    double a_v = r->v * b.scale; /* "more than 2 but less than 3 million": both in millions */
    if ((up ? b.v <= a_v : b.v >= a_v) || !bounds_agree(r, &b)) return 0;
    r->hi = up ? b.v : a_v;
    r->v = up ? a_v : b.v;
    r->is_range = 1;
    r->bounded = 1;
    r->approx = NULL;
    r->last = b.last;
    r->noun = b.noun ? b.noun : r->noun;
    *k = b.end;
    return 1;
}

/* "one in five", "two out of three": a ratio read as a fraction. "one over three" too, but only
 * where "over" cannot mean "more than": a proper fraction of two bare whole numbers, with no noun,
 * unit or qualifier after the second ("1 over 3", not "2 over 3 days" nor "5 over 10 percent"). */
static int read_ratio(cd_doc *d, nread *r, size_t *k)
{
    size_t c = *k, skip;
    int over = 0;
    if (r->kind != CD_NUM_CARDINAL || r->unit || fabs(r->v) < 1 || !is_whole(r->v) || (r->f & NF_SCALED))
        return 0;
    if (cd_tok_is(d, c, "out") && cd_tok_is(d, c + 1, "of")) skip = 2;
    else if (cd_tok_is(d, c, "in") && r->v <= 10 && r->v > 0) skip = 1;
    else if (cd_tok_is(d, c, "over") && !r->noun && !r->approx) skip = 1, over = 1;
    else return 0;
    nread b;
    if (!usable(d, c + skip) || !parse_expr(d, c + skip, &b, 1) || !b.emit || b.kind != CD_NUM_CARDINAL ||
        b.v <= fabs(r->v) || !is_whole(b.v))
        return 0;
    if (over && (b.noun || b.unit || b.approx || (b.f & (NF_SCALED | NF_DECIMAL)) || !fraction_ends(d, b.end)))
        return 0;
    r->v = r->hi = r->v / b.v;
    r->kind = CD_NUM_FRACTION;
    r->f |= NF_FRAC;
    r->last = b.last;
    r->noun = 0;
    *k = b.end;
    return 1;
}

/* May a and b (a range's ends, a value and its margin) be one figure? Then a takes their unit:
 * b's when a has none ("40 to 60 km"), or when b's is a's as a rate ("one gigabyte and 30
 * gigabytes a month"). Two typed ends must agree in kind and unit. joined: the two are written
 * joined by a dash ("$50-100,000"). */
static int join_units(nread *a, const nread *b, int joined)
{
    if (a->kind == CD_NUM_CARDINAL && !a->unit) {
        a->kind = b->kind;
        a->unit = b->unit;
        a->noun = b->noun;
        return 1;
    }
    if (a->kind == CD_NUM_CARDINAL) return 1;
    /* a bare second end takes the first's unit ("5% to 10", "$50-100,000"), but not a count of its
     * own or, written apart, a level of another size: "fell 1.2% to 7,000 points", "rose 3% to
     * 1,450" tell a change, not a range */
    if (b->kind == CD_NUM_CARDINAL) return !b->noun && (joined || fabs(b->v) <= 10 * fabs(a->v));
    if (a->kind != b->kind) return 0;
    if (!a->unit || !b->unit) return 1;
    size_t n = strlen(a->unit);
    if (strncmp(a->unit, b->unit, n) == 0 && strncmp(b->unit + n, " per ", 5) == 0) a->unit = b->unit;
    return strcmp(a->unit, b->unit) == 0;
}

/* "± 0.01", "+/- 3": the tokens of a plus-minus sign at c, or 0. */
static size_t plus_minus(const cd_doc *d, size_t c)
{
    if (is_punct(d, c, 0xB1)) return 1;
    if (is_punct(d, c, '+') && is_punct(d, c + 1, '/') && is_dash(d, c + 2) && attached(d, c + 1) && attached(d, c + 2))
        return 3;
    return 0;
}

/* A margin after the value: "2,000.45±0.01 pounds", "45% +/- 3": the range from value minus the
 * margin to value plus it; a unit after the margin is the value's too. */
static int read_margin(cd_doc *d, nread *r, size_t *k)
{
    size_t c = *k, n = plus_minus(d, c);
    nread b;
    if (!n || r->is_range || !usable(d, c + n) || !parse_expr(d, c + n, &b, EXPR_PART) || !b.emit || b.v <= 0 ||
        (b.f & (NF_ORD | NF_FROM)))
        return 0;
    if (!join_units(r, &b, 0)) return 0;
    double v = r->v;
    r->v = v - b.v;
    r->hi = v + b.v;
    r->is_range = 1;
    r->last = b.last;
    *k = b.end;
    return 1;
}

/* "between the tenth and the fifteenth", "between 10th and 15th": a range of ranks. */
static void ordinal_range(cd_doc *d, nread *r, size_t *k)
{
    size_t c = *k;
    if (!(r->f & NF_BETWEEN) || !cd_tok_is(d, c, "and")) return;
    if (cd_tok_is(d, c + 1, "the") && usable(d, c + 1)) c++; /* not a "the" that opens the next sentence */
    nread b;
    if (!usable(d, c + 1) || !parse_expr(d, c + 1, &b, EXPR_PART) || !b.emit || !(b.f & NF_ORD) || b.v <= r->v) return;
    r->hi = b.v;
    r->is_range = 1;
    r->last = b.last;
    *k = b.end;
}

/* "40-60", "40 to 60", "between 40 and 60", "two or three": joins a second number. */
static int name_label(const cd_doc *d, const nread *r);

static int yearish(double v)
{
    return v >= 1500 && v <= 2100;
}

/* "45 and 50 mg", "10 and 12 years", "5 and 10 percent": a bare count joined by "and" to a measure
 * or a percentage shares its unit (the two stay two numbers: no range without "between"), where
 * the two are of one size (neither above ten times the other) and one scale. Not a name's number
 * ("Windows 7 and 10"), a label's, a year, a count with a noun of its own, digits joined to what
 * is before them (a score's "6-4 and 18-year-old"), an age, counted in years ("aged 21 and 144
 * days"), nor the "from" end of a change, which "and" often leaves for another ("to 871.4 mln from
 * 702.6 mln and 16.5 pct to date"). */
static void shared_unit(cd_doc *d, nread *r, size_t c)
{
    if (r->kind != CD_NUM_CARDINAL || r->unit || r->noun || !(r->f & NF_DIGITS) || (r->f & (NF_WORDS | NF_FROM))) return;
    if (((r->f & NF_PLAIN) && tok_len(d, r->first) == 4 && yearish(r->v)) || attached(d, r->first)) return;
    if (label_before(d, r->first) || name_label(d, r) || !usable(d, c + 1) || !is_type(d, c + 1, TOK_NUM)) return;
    int age = r->first > 0 && context_code(d, r->first - 1) == 9;
    nread b;
    if (!parse_expr(d, c + 1, &b, EXPR_PART) || !b.emit || b.is_range || !b.unit || (b.f & NF_WORDS)) return;
    if (age && strncmp(b.unit, "years", 5) != 0) return; /* an age is in years: "aged 21 and 144 days" */
    if (b.kind != CD_NUM_MEASURE && b.kind != CD_NUM_PERCENT && b.kind != CD_NUM_PERCENT_POINTS) return;
    if (r->v <= 0 || b.v <= 0 || r->v > 10 * b.v || b.v > 10 * r->v || (r->f & NF_SCALED) != (b.f & NF_SCALED)) return;
    r->kind = b.kind;
    r->unit = b.unit;
}

/* "$779m-798m", "£5m to 6m", "$10-25m": after an amount in millions, or an amount with no scale,
 * the second end's "m" is a million too, not metres (read alone, "798m" has no currency to tell
 * it; bare_m leaves it metres or unknown); a scale the first end lacks is both ends'. */
static void million_after_money(const cd_doc *d, const nread *r, nread *b)
{
    size_t m = b->last;
    int metres = b->kind == CD_NUM_MEASURE && b->unit && strcmp(b->unit, "meters") == 0;
    int unknown = b->kind == CD_NUM_CARDINAL && !b->unit && !(b->f & NF_SCALED); /* bare_m could not tell */
    if (r->kind != CD_NUM_MONEY || (r->scale != 1e6 && (r->f & NF_SCALED)) || !(metres || unknown) || m == b->first || tok_len(d, m) != 1 ||
        d->text[d->toks[m].start] != 'm' || !attached(d, m))
        return;
    b->v *= 1e6;
    b->hi = b->v;
    b->kind = CD_NUM_CARDINAL;
    b->unit = NULL;
    b->f |= NF_SCALED;
    b->scale = 1e6;
}

/* Two whole numbers of at most three digits joined by a hyphen at tokens f and f + 2, with nothing
 * glued after the second but punctuation that ends a phrase ("3-1.", "6-4,"; not "15-20%"). */
static int small_pair(const cd_doc *d, size_t f, double *a, double *b)
{
    if (!is_type(d, f, TOK_NUM) || !is_type(d, f + 2, TOK_NUM) || tok_len(d, f) > 3 || tok_len(d, f + 2) > 3 ||
        !is_dash(d, f + 1) || !attached(d, f + 1) || !attached(d, f + 2) || !plain_int(d, f, a) || !plain_int(d, f + 2, b))
        return 0;
    if (!attached(d, f + 3)) return 1;
    return is_punct(d, f + 3, '.') || is_punct(d, f + 3, ',') || is_punct(d, f + 3, ';') || is_punct(d, f + 3, ':') ||
           is_punct(d, f + 3, ')') || is_punct(d, f + 3, '!') || is_punct(d, f + 3, '?');
}

static int score_word(const cd_doc *d, size_t k, int mask)
{
    const cd_lexrec *rec = usable(d, k) && is_type(d, k, TOK_WORD) ? rec_of(d, k, LX_NUM_SCORE) : NULL;
    return rec && ((int)rec->num & mask);
}

/* A noun of the result (num_score.tsv code 4) up to three words before the pair at f, words alone
 * between, within the sentence: "The score was 1-2", "the final score stood at 1-2". */
#define SCORE_NAMED_WINDOW 3
static int score_named_before(const cd_doc *d, size_t f)
{
    for (size_t k = f, n = 0; k > 0 && n < SCORE_NAMED_WINDOW; n++) {
        k--;
        if (!is_type(d, k, TOK_WORD)) return 0;
        if (score_word(d, k, 4)) return 1;
        if (d->toks[k].flags & TF_SENT_START) return 0;
    }
    return 0;
}

/* Words of a game's result around the pair at f (num_score.tsv): a verb right before it that counts
 * or measures nothing after it ("lost 1-3", "trailed 15-40"; not "won 15-20 seats", "lost 10-15
 * pounds", "lose 15-20 mln dlrs", "lost 2-3 million"), or a noun of a result one or two words after
 * it ("a 1-3 defeat", "a 2-3 home loss"). */
static int score_words(const cd_doc *d, size_t f)
{
    size_t n = f + 3;
    double scale;
    int measured = counted_noun(d, n) || rec_of(d, n, LX_NUM_UNIT) || rec_of(d, n, LX_NUM_CURRENCY) ||
                   rec_of(d, n, LX_NUM_SUFFIX) || role_of(d, n, &scale); /* "lose 15-20 mln dlrs" */
    if (f > 0 && !attached(d, f) && score_word(d, f - 1, 1) && !measured) return 1;
    if (!measured && score_named_before(d, f)) return 1; /* "The score was 1-2" */
    if (attached(d, n)) return 0;
    return score_word(d, n, 2) || (is_type(d, n, TOK_WORD) && !attached(d, n + 1) && score_word(d, n + 1, 2));
}

/* A tennis set's games: the winner's 6 or 7, the loser's fewer ("6-4", "7-6", "4-6"). */
static int set_games(double a, double b)
{
    double hi = a > b ? a : b;
    return a != b && (hi == 6 || hi == 7);
}

/* The pair at f is one set of a list of sets: a set right before or after it ("4-6 6-3 7-5"). */
static int set_list(const cd_doc *d, size_t f, double a, double b)
{
    double c, e;
    if (!set_games(a, b)) return 0;
    if (is_type(d, f + 3, TOK_NUM) && !attached(d, f + 3) && small_pair(d, f + 3, &c, &e) && set_games(c, e)) return 1;
    return f >= 3 && !attached(d, f) && small_pair(d, f - 3, &c, &e) && set_games(c, e);
}

/* "7-2", "5-4", "0-0": a score or a tally (small whole numbers, the first not smaller; an ascending
 * pair only among words of a result or in a list of sets, else it is a range), two counts rather than
 * an identifier or a range ("lost 1-3", "4-6 6-3"; "aged 15-40", "rose 15-20%" stay ranges). */
static int score_pair(const cd_doc *d, size_t f, size_t l)
{
    double a, b;
    if (f != l || !small_pair(d, f, &a, &b) || (attached(d, f) && is_type(d, f - 1, TOK_WORD))) return 0;
    return a >= b || score_words(d, f) || set_list(d, f, a, b);
}

/* The word at w is a verb of change (data/change_verbs.tsv: "rose", "fell") or, with `adverbs`, an
 * adverb of change too (claim_change_adverbs.tsv: "up", "down"): told_change and range_level_before. */
static int change_word(const cd_doc *d, size_t w, int adverbs)
{
    uint64_t want = LXM(LX_CHANGE_VERBS) | (adverbs ? LXM(LX_CLAIM_CHANGE_ADVERBS) : 0);
    return is_type(d, w, TOK_WORD) && (cd_tok_mask(&d->toks[w]) & want) != 0;
}

/* The word at w tells a change that happened: a verb or adverb of change (data/change_verbs.tsv,
 * claim_change_adverbs.tsv: "rose", "fell", "up", "down"), not one foreseen after "to", a modal
 * or "be" ("expects to rise 10 to 15 pct", "could drop", "could be down"), where a figure and
 * "to" give a range of outcomes. */
static int told_change(const cd_doc *d, size_t w)
{
    if (!change_word(d, w, 1)) return 0;
    if (w == 0 || (d->toks[w].flags & TF_SENT_START)) return 1;
    return !cd_tok_is(d, w - 1, "to") && !cd_tok_is(d, w - 1, "be") && !cd_lex_has(cd_tok_entry(&d->toks[w - 1]), LX_TIME_MODALS);
}

/* A told change right before token q, or before the object it changes ("raised its prices 0.50 cts
 * to 66 cts", "cut the rate 0.25 pct to 7.5 pct"): at most CHANGE_OBJECT_WORDS words between, none
 * a preposition or conjunction marked so in data/claim_phrase_stops.tsv ("rose in the 10 to 20
 * range" names a range), within the sentence. */
#define CHANGE_OBJECT_WORDS 3
#define STOP_ENDS_CHANGE_OBJECT 1 /* the number of such a word in data/claim_phrase_stops.tsv */
static int change_before(const cd_doc *d, size_t q)
{
    for (size_t w = q, n = 0; w > 0 && n <= CHANGE_OBJECT_WORDS; n++) {
        if (d->toks[w].flags & TF_SENT_START) return 0;
        w--;
        if (told_change(d, w)) return 1;
        if (!is_type(d, w, TOK_WORD)) return 0;
        const cd_lexrec *stop = cd_tok_rec(d, w, LX_CLAIM_PHRASE_STOPS);
        if (stop && stop->num == STOP_ENDS_CHANGE_OBJECT) return 0;
    }
    return 0;
}

/* A figure of money written whole, with its own currency sign or scale word ("$14.82", "610.5
 * mln", "£2bn"): a range writes these once, on its second end ("$3 to 5", "1.5 to 2 billion"). */
static int written_whole(const cd_doc *d, const nread *r)
{
    return (r->f & NF_DIGITS) && ((r->f & NF_SCALED) || (r->kind == CD_NUM_MONEY && !is_type(d, r->first, TOK_NUM)));
}

/* Digits written to the cent at token k: a decimal point and two digits after it ("10.70"). */
static int cent_digits(const cd_doc *d, size_t k)
{
    if (!is_type(d, k, TOK_NUM) || tok_len(d, k) < 4) return 0;
    const char *s = d->text + d->toks[k].start;
    size_t n = tok_len(d, k);
    return s[n - 3] == '.' && s[n - 2] >= '0' && s[n - 2] <= '9' && s[n - 1] >= '0' && s[n - 1] <= '9';
}

/* A whole figure, then a price written to the cent ("gained 10 to 10.70", "lost 5 to 4.85"): share
 * reports give the move in cents or pence and the level in whole units; the ends of a range of moves
 * are written alike ("rose 1.00 to 1.50 dlrs"). No percent (a range of percents: "up 2 to 2.25
 * pct"). */
static int whole_move_cent_level(const cd_doc *d, const nread *r, const nread *b)
{
    if (!(r->f & NF_PLAIN) || (r->f & (NF_DECIMAL | NF_FRAC | NF_SCALED)) || r->unit || r->noun) return 0;
    if (b->kind == CD_NUM_PERCENT || b->kind == CD_NUM_PERCENT_POINTS || (b->f & NF_SCALED)) return 0;
    size_t k = b->first;
    while (k < b->last && !is_type(d, k, TOK_NUM)) k++; /* past a currency sign: "to $10.70" */
    return cent_digits(d, k);
}

/* After a told change, "rose 2 dlrs to 18 dlrs", "dropped 2-3/8 to 31-5/8", "up 0.75 ct to 58 cts"
 * give the change and the level it reached, not a range: the second figure is over
 * CHANGE_LEVEL_RATIO times the first (a range of changes keeps its ends of one size: "climbed 1.25
 * to 2.75 dlrs", "were up six to seven pct", "fell 3 to 5 basis points"). One end at least is in
 * digits: a move in words takes a level in digits ("up one to 52-1/4", "fell four mln dlrs to
 * 310.5 billion"), while two ends in words stay a range ("rose two to three pct"). a_v is the
 * first end's value with the second's scale ("three to four billion"). */
#define CHANGE_LEVEL_RATIO 2.5

/* Also the second figure of any size when both are written whole (a share "fell $14.82 to $31.06",
 * a fund "fell 610.5 mln francs to 872.5 mln"): the first is the move, the second the level it
 * reached. A unit word after both ends ("up 12 cts to 15 cts") still reads as a range of moves. */
static int change_level(const cd_doc *d, const nread *r, const nread *b, double a_v)
{
    if (!((r->f | b->f) & NF_DIGITS) || a_v <= 0) return 0;
    if (b->v <= CHANGE_LEVEL_RATIO * a_v && !(written_whole(d, r) && written_whole(d, b)) &&
        !whole_move_cent_level(d, r, b))
        return 0;
    size_t q = qualified_start(d, r); /* past "about", "nearly": "rose nearly 2 dlrs to" */
    return q && change_before(d, q);
}

/* After "by", a figure and "to" are an amount and the new level ("rose by 3 to 14 pct", "rose by
 * 16 to 693 mln"), unless the second figure makes the first the low end of a range of the amount:
 * a percent after a bare count ("grow by 10 to 20 pct"), or a figure whose scale word the first
 * takes too ("cut by 30 to 40 billion dlrs", "by $3 to $5 billion"). The ends of a range are of one
 * size: the second at most BY_RANGE_SPREAD times the first ("by 2 to 18 pct" is two points up to
 * 18). This is the one place that decides it: claims.c reads the range as the change's amount. a_v
 * is the first figure with the second's scale. */
#define BY_RANGE_SPREAD 4
static int by_range(const nread *r, const nread *b, double a_v, int scaled_by_b)
{
    if ((r->f & NF_FRAC) || a_v <= 0 || b->v > BY_RANGE_SPREAD * a_v) return 0;
    int pct = b->kind == CD_NUM_PERCENT || b->kind == CD_NUM_PERCENT_POINTS;
    return scaled_by_b || (pct && r->kind == CD_NUM_CARDINAL && !r->unit && !r->noun);
}

/* r follows a "from" that opens a range (range_from: "ranged from 30"), not a change's. */
static int after_range_from(const cd_doc *d, const nread *r)
{
    if (r->f & NF_FROM) return 0;
    size_t q = qualified_start(d, r);
    return q && cd_tok_is(d, q - 1, "from");
}

/* A range's ends joined by "to" with a dash glued on each side: "4.25-to-4.60", "$6.50-to-$7". The
 * dash at c and the one after "to" are glued to the words beside them. */
static int dashed_to(const cd_doc *d, size_t c)
{
    return attached(d, c) && attached(d, c + 1) && cd_tok_is(d, c + 1, "to") && is_dash(d, c + 2) &&
           attached(d, c + 2) && attached(d, c + 3);
}

/* Whether the n characters at s are all "0". */
static int zeros_only(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != '0') return 0;
    return 1;
}

/* "2.0130-40", "17.15-20": a dealer's bid and offer joined by a dash or a slash, the second figure
 * giving only the last decimals of the first (token lo, digits and one point; token hi, digits):
 * two digits or more, no more than the first has decimals. *top is the first with those digits put
 * in (2.0140, 17.20), *low the first, *wrap what the top goes up by when the digits turn over past
 * the first's ("1.6195/05": 1.6105 + 0.01). */
#define QUOTE_DIGITS 24
static int tail_digits(const cd_doc *d, size_t lo, size_t hi, double *low, double *top, double *wrap)
{
    if (!is_type(d, lo, TOK_NUM) || !is_type(d, hi, TOK_NUM)) return 0;
    const char *s = d->text + d->toks[lo].start, *t = d->text + d->toks[hi].start;
    size_t n = tok_len(d, lo), m = tok_len(d, hi);
    const char *dot = memchr(s, '.', n);
    size_t decimals = dot ? (size_t)(s + n - dot - 1) : 0;
    if (!dot || n >= QUOTE_DIGITS || m < 2 || m > decimals) return 0;
    char buf[QUOTE_DIGITS];
    for (size_t i = 0; i < n; i++) {
        char c = i + m >= n ? t[i + m - n] : s[i];
        if ((c < '0' || c > '9') && s + i != dot) return 0;
        buf[i] = c;
    }
    buf[n] = '\0';
    int decimal;
    if (!digits_value(s, n, low, &decimal) || !digits_value(buf, n, top, &decimal)) return 0;
    *wrap = pow(10, (double)m - (double)decimals);
    return 1;
}

/* The dash form's top: above the first ("0.25-10" is no quote). Where the digits put in would
 * replace only zeros and the second figure read whole is above the first and at most twice it, the
 * range is plain ("13.00-14 pct": 13 to 14): a bid written with zeros rarely meets an offer of its
 * last decimals, while "18.25-30 dlrs", near a price quoted near 18, stays 18.25 to 18.30. */
static int quote_tail(const cd_doc *d, size_t lo, size_t hi, double *top)
{
    double low, wrap, whole;
    int decimal;
    if (!tail_digits(d, lo, hi, &low, top, &wrap) || *top <= low) return 0;
    size_t n = tok_len(d, lo), m = tok_len(d, hi);
    if (!digits_value(d->text + d->toks[hi].start, m, &whole, &decimal)) return 0;
    return !(whole > low && whole <= 2 * low && zeros_only(d->text + d->toks[lo].start + n - m, m));
}

/* "1.5650/60 dlrs", "3.85/95 pct": a quote with a slash at token c (tail_digits), its ends lower
 * first in *a and *b. Rates are quoted bid first, so a top below the first is the low end ("4.43/32
 * pct" is 4.32 to 4.43), unless the digits turned over ("1.6195/05" is 1.6195 to 1.6205): of the
 * two the reading nearer the first. */
static int slash_quote(const cd_doc *d, size_t c, double *a, double *b)
{
    double low, top, wrap;
    /* in much of the world's copy the point groups thousands: "Decree 2.417/88" numbers a law */
    if (d->language == CD_LANG_OTHER) return 0;
    if (!is_punct(d, c, '/') || !attached(d, c) || !attached(d, c + 1) || c == 0 ||
        !tail_digits(d, c - 1, c + 1, &low, &top, &wrap) || top == low)
        return 0;
    int turned = top < low && top + wrap - low < low - top;
    *a = top > low || turned ? low : top;
    *b = top > low ? top : turned ? top + wrap : low;
    return 1;
}

static void read_range_at(cd_doc *d, nread *r, size_t *k)
{
    size_t c = *k;
    int joined = is_range_dash(d, c) && attached(d, c) && attached(d, c + 1);
    if (!usable(d, c)) return;
    if (r->f & NF_ORD) {
        if (!read_bounds(d, r, k)) ordinal_range(d, r, k);
        return;
    }
    if (read_bounds(d, r, k) || read_ratio(d, r, k) || read_margin(d, r, k)) return;
    int conn_or = 0, after_by = 0, down = 0, quote = 0;
    double quote_lo = 0, quote_hi = 0;
    if (joined && (r->f & NF_PLAIN) && score_pair(d, r->first, r->last)) { /* "lost 1-3": two counts */
        d->toks[c].flags |= TF_SCORE_DASH;
        return;
    }
    if (is_range_dash(d, c)) {
        if (dashed_to(d, c)) {
            c += 2; /* "4.25-to-4.60", "$6.50-to-$7" */
        } else if (attached(d, c) != attached(d, c + 1)) {
            if (!(attached(d, c) && cd_tok_is(d, c + 1, "to"))) return;
            c++; /* "8- to 16-meter" */
        }
    } else if (cd_tok_is(d, c, "to") || cd_tok_is(d, c, "through") || cd_tok_is(d, c, "thru")) {
        if (r->f & NF_FROM) {
            if (!(r->f & NF_BY)) return;
            after_by = 1; /* by_range decides */
        }
    } else if (cd_tok_is(d, c, "and")) {
        if (!(r->f & NF_BETWEEN)) {
            shared_unit(d, r, c);
            return;
        }
    } else if (cd_tok_is(d, c, "or")) {
        conn_or = 1;
    } else if (!(r->f & NF_SCALED) && slash_quote(d, c, &quote_lo, &quote_hi)) {
        quote = 1;
    } else if ((cd_tok_is(d, c, "down") || cd_tok_is(d, c, "up")) && cd_tok_is(d, c + 1, "to") &&
               after_range_from(d, r)) {
        /* "ranged from 30 down to 20 pct": a range written from its top; "from 30 up to 45 pct":
         * up_to_after_from, no bound */
        down = cd_tok_is(d, c, "down");
        c++;
    } else {
        return;
    }
    nread b; /* the second end continues the expression: not past a paragraph or sentence start */
    /* a quote's tail, glued after a slash, is read as no quantity of its own (not_a_quantity) */
    if (!usable(d, c + 1) || !parse_expr(d, c + 1, &b, 1) || !(b.emit || quote) || (b.f & NF_ORD)) return;
    double top;
    if (joined && !((r->f | b.f) & NF_SCALED) && quote_tail(d, c - 1, c + 1, &top)) b.v = top;
    million_after_money(d, r, &b);
    if ((r->f & NF_FRAC) && r->v < 1 && b.v >= 1) return; /* "off 3/8 to 31-1/2": a fall and a price */
    double a_v = r->v;
    if (quote) {
        if (b.f & NF_SCALED) return;
        a_v = quote_lo;
        b.v = quote_hi;
    }
    int scaled_by_b = 0;
    if (!(r->f & NF_SCALED) && (b.f & NF_SCALED) && b.scale > 1 && r->v * b.scale <= b.v) {
        a_v = r->v * b.scale;
        scaled_by_b = 1;
    }
    if (after_by ? !by_range(r, &b, a_v, scaled_by_b)
                 : cd_tok_is(d, *k, "to") && change_level(d, r, &b, a_v)) /* "rose 2 dlrs to 18 dlrs" */
        return;
    /* "or" before a scale that both ends share makes a range ("two or three million", "1.5 or 2.5
     * billion") after a bare count; else decimals, fractions, scales and a unit before it are
     * alternatives ("1.5 or 2.5", "1.3x10^6 or 2^10", "3 million or 5 billion", "up 2.3 pct or 61.4
     * billion dlrs") */
    if (conn_or && scaled_by_b && plain_count(r) && !r->noun && !((r->f | b.f) & NF_FRAC)) conn_or = 0;
    /* below zero a range may be written by size ("ranged from -18 °C to -34 °C"), not in a change */
    int by_size = b.v < a_v && (down || (a_v < 0 && !(r->f & NF_FROM) && !is_range_dash(d, c) && !conn_or));
    if (down && !by_size) return; /* "from 20 down to 30" is no range */
    if (b.v <= a_v && !by_size) { /* no range; joined, two counts as after score_pair ("won 4-1", an en dash) */
        if (joined) d->toks[c].flags |= TF_SCORE_DASH;
        return;
    }
    if (conn_or && ((r->f | b.f) & (NF_DECIMAL | NF_FRAC | NF_SCALED))) return;
    if (!join_units(r, &b, joined)) return;
    r->v = by_size ? b.v : a_v;
    r->hi = by_size ? a_v : b.v;
    r->is_range = 1;
    r->last = b.last;
    *k = b.end;
}

/* The words read_range_at goes on at: "and" (ordinal_range, read_bounds, shared_unit and a range
 * after "between"), "but" (read_bounds), "out" (of), "in", "over" (read_ratio), "to", "through",
 * "thru", "or", "down" (before "to": a range from its top), "up" (before "to", after "from"). Its other readers ask for punctuation: a dash, a comma (read_bounds), a
 * plus-minus sign (read_margin). */
static int range_word(const cd_doc *d, size_t c)
{
    switch (tok_len(d, c)) {
    case 2: return cd_tok_is(d, c, "to") || cd_tok_is(d, c, "or") || cd_tok_is(d, c, "in") || cd_tok_is(d, c, "up");
    case 3: return cd_tok_is(d, c, "and") || cd_tok_is(d, c, "but") || cd_tok_is(d, c, "out");
    case 4: return cd_tok_is(d, c, "over") || cd_tok_is(d, c, "thru") || cd_tok_is(d, c, "down");
    case 7: return cd_tok_is(d, c, "through");
    default: return 0;
    }
}


/* A range, a ratio, a margin or bounds after the value ending before token *k. Most values are
 * followed by a word none of read_range_at's readers asks for ("5 people", "one of"): each of them
 * reads on only at one of range_word's words or at punctuation, so at any other word nothing is
 * read, and nothing is asked (read_unless). */
static void read_range(cd_doc *d, nread *r, size_t *k)
{
    read_unless(d, r, k, is_type(d, *k, TOK_WORD) && !range_word(d, *k), read_range_at, "number-range-mismatch");
}

/* The "'s" glued after the word of r's unit, which makes no identifier: wire copy writes "125.9
 * mln SDR's" and "40 mln dlr's" for the plural, and a possessive marks no code either ("£5m's
 * worth", "one month's notice"); a name's stays one ("3M's", "7-Eleven's": no unit). */
static int unit_possessive(const cd_doc *d, const nread *r)
{
    return r->unit && is_type(d, r->last, TOK_WORD) && attached(d, r->last + 1) && cd_tok_possessive(d, r->last + 1);
}

/* The value of the digits at token i, or after a dollar sign glued before them ("$3"). */
static int digits_at(const cd_doc *d, size_t i, double *v)
{
    int decimal;
    if (is_punct(d, i, '$') && attached(d, i + 1)) i++;
    return is_type(d, i, TOK_NUM) && digits_value(d->text + d->toks[i].start, tok_len(d, i), v, &decimal);
}

/* The figure at token f is the high end of a range written with "-to-" after a lower figure
 * ("4.25-to-4.60", "$6.50-to-$7"), no identifier; a lower one after it is the second term of a ratio
 * or a vote ("3.5-to-1"), left unread as before. */
static int dashed_to_end(const cd_doc *d, size_t f)
{
    double lo, hi;
    return f >= 4 && dashed_to(d, f - 3) && is_type(d, f - 4, TOK_NUM) && digits_at(d, f - 4, &lo) &&
           digits_at(d, f, &hi) && hi > lo;
}

/* What is glued before a value's first token f (attached to the one before): 1 a part of an
 * identifier ("F-16", "q=30", "1986/87"), -1 a bound's sign (">=30"), 0 neither. */
static int glued_start(const cd_doc *d, size_t f)
{
    const cd_token *p = &d->toks[f - 1];
    if (p->type != TOK_PUNCT && d->toks[f].type == TOK_NUM) return 1;
    if (p->type == TOK_PUNCT && p->cp == '=' && comparison_before(d, f)) return -1; /* ">=30" is a bound */
    if (p->type == TOK_PUNCT && (p->cp == '=' || p->cp == '/' || p->cp == '&' || p->cp == '#' || p->cp == '_' ||
                                 p->cp == '@' || p->cp == '+' || p->cp == ':' || p->cp == '%'))
        return 1;
    /* "F-16", but not the "k" of "5k-20k" nor the "to" of a range's "-to-" */
    return p->type == TOK_PUNCT && (p->cp == '-' || p->cp == '.') && attached(d, f - 1) && is_type(d, f - 2, TOK_WORD) &&
           !(attached(d, f - 2) && is_type(d, f - 3, TOK_NUM)) && !dashed_to_end(d, f);
}

/* An identifier: "F-16", "G7", "COVID-19", "11a", "q=30", "24/7". */
static int identifier(const cd_doc *d, size_t f, size_t l)
{
    int g = attached(d, f) ? glued_start(d, f) : 0;
    if (g) return g > 0;
    if (attached(d, l + 1) && (is_type(d, l + 1, TOK_WORD) || is_type(d, l + 1, TOK_NUM))) return 1;
    if (is_dash(d, l + 1) && attached(d, l + 1) && attached(d, l + 2) && is_type(d, l + 2, TOK_NUM))
        return !score_pair(d, f, l);
    return attached(d, l + 1) && (is_punct(d, l + 1, '%') || is_punct(d, l + 1, '/')) && attached(d, l + 2) &&
           is_type(d, l + 2, TOK_NUM);
}

static int month_at(const cd_doc *d, size_t i)
{
    return i < d->n_toks && context_code(d, i) == 3 && (d->toks[i].flags & TF_CAP);
}

/* A bare year ("in 1990", "the 2016 election", "1990-2000"), or a day beside a month ("Dec. 5"). */
static int date_part(const cd_doc *d, const nread *r)
{
    size_t f = r->first, l = r->last;
    if (!(r->f & NF_PLAIN)) return 0;
    if (!r->is_range && !r->noun && r->v >= 1 && r->v <= 31) {
        size_t p = f > 1 && is_punct(d, f - 1, '.') ? f - 2 : f - 1;
        if ((f > 0 && month_at(d, p)) || month_at(d, l + 1)) return 1;
    }
    if (tok_len(d, f) != 4 || !yearish(r->v) || (r->is_range && !yearish(r->hi))) return 0;
    if (r->bounded) return 0; /* "above 1000 and below 1500": a count */
    if (!r->noun) return 1;
    /* "in 2000 cases" counts; "the 2016 elections" is a year, as are "their 2004 earnings" (a noun
     * a year dates, num_context.tsv codes 14 and 15) and "the 2012 Games" (code 17, capitalized:
     * "sold 2000 games" counts) */
    const cd_lexrec *dated = rec_of(d, r->noun, LX_NUM_CONTEXT);
    if (dated && (dated->num == 14 || dated->num == 15)) return 1;
    if (dated && dated->num == 17 && (d->toks[r->noun].flags & TF_CAP)) return 1;
    return f > 0 && (context_code(d, f - 1) == 6 || cd_tok_is(d, f - 1, "'s") || cd_tok_is(d, f - 1, "\xE2\x80\x99s"));
}

/* Token k ends a name of capitalized words joined by a hyphen: "Spider-Man", "Half-Life" (known
 * words, but no word of prose is written so). */
static int hyphen_name(const cd_doc *d, size_t k)
{
    return k >= 2 && attached(d, k) && is_dash(d, k - 1) && attached(d, k - 1) && is_type(d, k - 2, TOK_WORD) &&
           (d->toks[k - 2].flags & TF_CAP) && (d->toks[k].flags & TF_CAP);
}

/* A capitalized name right before bare digits, with no unit after them, names a thing: "Pier 9",
 * "Apollo 11", "Windows 10", "Boeing 747", "iPhone 8" (a capital inside: camel_name). Not when the word opens its sentence ("Nearly 40 ...",
 * "Some 300 ...") or is a word the number reader or the time reader knows (months, scales,
 * qualifiers): those words are capitalized for other reasons. */
/* A word in lower case with a capital inside, as brands write names: "iPhone", "iPad", "eBay". */
static int camel_name(const cd_doc *d, const cd_token *w)
{
    const char *s = d->text + w->start;
    if (w->type != TOK_WORD || !(s[0] >= 'a' && s[0] <= 'z')) return 0;
    for (uint32_t k = 1; k < w->len && k < 8; k++)
        if (s[k] >= 'A' && s[k] <= 'Z') return 1;
    return 0;
}

/* A name in capitals after "the", as indices and bodies are named: "the FTSE 250", "the CAC 40",
 * "the S&P 500" (letters joined by "&"). A word in capitals that the lexicon knows is more often
 * a place or a body whose number counts ("in the UK 500 died"), so only unknown ones. */
static int capitals_name(const cd_doc *d, size_t w)
{
    const cd_token *t = &d->toks[w];
    size_t first = w;
    if (w >= 2 && tok_len(d, w) == 1 && (t->flags & TF_CAP) && attached(d, w) && is_punct(d, w - 1, '&') &&
        attached(d, w - 1) && is_type(d, w - 2, TOK_WORD) && (d->toks[w - 2].flags & TF_CAP))
        first = w - 2; /* "S&P", "AT&T" */
    else if (!(t->flags & TF_ALLCAPS) || cd_tok_lex(t))
        return 0;
    return first > 0 && cd_tok_is(d, first - 1, "the") && !attached(d, first);
}

/* Whether the digits at token l end a list's item: punctuation that ends a clause, "and" or "or",
 * or the sentence's end follow them ("the SNP 56 and", "Boeing 250."); not a verb ("the Boeing 747
 * was grounded": a subject, no item whose noun is left out). */
static int item_ends(const cd_doc *d, size_t l)
{
    size_t n = l + 1;
    if (!usable(d, n)) return 1;
    return is_punct(d, n, ',') || is_punct(d, n, '.') || is_punct(d, n, ';') || is_punct(d, n, ':') ||
           is_punct(d, n, ')') || cd_tok_is(d, n, "and") || cd_tok_is(d, n, "or");
}

/* A list whose verb and noun are left out after the first count ("Labour won 356 seats, the
 * Conservatives 198, the SNP 56 and the DUP 10"): the "the" at token the_tok follows a comma or
 * "and" that a count with a noun of its own ("356 seats") opens within the sentence, with only the
 * list's items between (names, "the", digits, commas, "and"), and the digits at token l end the
 * item (item_ends). There the name's digits count what the first count counts; "the CAC 40 and the
 * DAX 30" opens with no count. */
#define GAPPED_WINDOW 24 /* tokens back from the item to the count that opens its list */
static int gapped_count(const cd_doc *d, size_t the_tok, size_t l)
{
    size_t c = the_tok - 1; /* the_tok > 0: capitals_name asked for a word before it */
    if ((d->toks[the_tok].flags & TF_SENT_START) || !(is_punct(d, c, ',') || cd_tok_is(d, c, "and")) || !item_ends(d, l))
        return 0;
    for (size_t k = c, n = 0; k > 0 && n < GAPPED_WINDOW && !(d->toks[k].flags & TF_SENT_START); n++) {
        k--;
        const cd_token *t = &d->toks[k];
        if (t->type == TOK_NUM || is_punct(d, k, ',') || cd_tok_is(d, k, "and") || cd_tok_is(d, k, "the") ||
            (t->type == TOK_WORD && (t->flags & TF_CAP)))
            continue; /* an item of the list */
        /* anything else ends the walk: the noun of the count that opens the list ("356 seats,"), or not */
        if (!is_punct(d, k + 1, ',')) return 0;
        for (size_t m = k; m > 0 && k - m < 3; m--)
            if (is_type(d, m - 1, TOK_NUM)) return counted_noun(d, m) == k;
        return 0;
    }
    return 0;
}

/* The same list read more widely, for a maker's digits (maker_model: a known name, which no index
 * name is): the item at token item (a name, perhaps after "the") follows a comma or "and", its
 * digits at l end it, and any count with a noun of its own stands before it within GAPPED_WINDOW
 * tokens of the sentence ("Airbus won 300 orders last year and Boeing 250"). */
static int gapped_after_count(const cd_doc *d, size_t item, size_t l)
{
    if (item == 0 || (d->toks[item].flags & TF_SENT_START) || !item_ends(d, l)) return 0;
    size_t c = item - 1;
    if (!(is_punct(d, c, ',') || cd_tok_is(d, c, "and"))) return 0;
    for (size_t k = c, n = 0; k > 0 && n < GAPPED_WINDOW && !(d->toks[k].flags & TF_SENT_START); n++) {
        k--;
        if (is_type(d, k, TOK_NUM) && counted_noun(d, k + 1)) return 1;
    }
    return 0;
}

/* Whether the lexicon knows word w as a word, not only as one of another pass's topic words:
 * time.c's words of sport ("soccer", "rugby") tell a season's weeks, and a game's name
 * ("Pro Evolution Soccer 4") is still a name; the score's weights of words (cw_words.tsv, some
 * 5,000 words of debates) tell no sense either ("BBC News 24", "Bet 365", "Fortune 500"). A word
 * the lexicon holds only as the first word of a longer key ("Super" of "Super Tuesday", the phrase
 * bits) is no word it knows alone: "Super 12" is still a name. A lone letter so held heads an
 * abbreviation the lexicon does know ("S&P 500 companies" counts the index's firms). */
static int known_word(const cd_token *w)
{
    uint64_t topic = LXM(LX_TIME_SPORTS) | LXM(LX_CW_WORDS);
    if (w->len > 1) topic |= LXM(LX_PHRASE_HEAD) | LXM(LX_PHRASE_PREFIX);
    return (cd_tok_mask(w) & ~topic) != 0;
}

/* A title's word at token k: capitalized, not in capitals, no word the number reader knows as a
 * month, a label or a qualifier (num_context.tsv, num_approx.tsv) and not plural ("Story", "Life"). */
static int title_word(const cd_doc *d, size_t k)
{
    const cd_token *t = &d->toks[k];
    if (t->type != TOK_WORD || !(t->flags & TF_CAP) || (t->flags & TF_ALLCAPS)) return 0;
    int code = context_code(d, k); /* a role's noun names too: "Media Player 10" */
    return (!code || code == 18) && !rec_of(d, k, LX_NUM_APPROX) && !plural_like(d, k);
}

/* A rank or a seed before a player's name in a list: bare digits of one to three that open a line or
 * follow a comma, a semicolon or a colon, then two or three capitalized words apart (none in capitals,
 * no demonym; two joined by a hyphen are one, "Jo-Wilfried"), then a bracket with a capitalized word
 * ("1 Roger Federer (Switzerland)", "Seeds: 1 Roger Federer (Switzerland), 11 Joachim Johansson
 * (Sweden)", "3 Jo-Wilfried Tsonga (France)"): a ranking, not a count of people.
 * Not "3 British Soldiers (pictured)", "12 soldiers (Reuters)". */
static int ranked_name(const cd_doc *d, const nread *r)
{
    size_t f = r->first, k = r->last + 1, words = 0;
    if (!(r->f & NF_PLAIN) || r->is_range || r->last != f || tok_len(d, f) > 3) return 0;
    int opens = f == 0 || (d->toks[f].flags & (TF_NEWLINE_BEFORE | TF_PARA_BEFORE)) || is_punct(d, f - 1, ',') ||
                is_punct(d, f - 1, ';') || is_punct(d, f - 1, ':');
    if (!opens) return 0;
    for (; words < 4 && is_type(d, k, TOK_WORD) && !attached(d, k); k++, words++) {
        const cd_token *t = &d->toks[k];
        if (!(t->flags & TF_CAP) || (t->flags & TF_ALLCAPS) || cd_lex_has(cd_tok_entry(t), LX_ENT_DEMONYMS)) return 0;
        if (hyphen_name(d, k + 2)) k += 2; /* "Jo-Wilfried": one word of the name */
    }
    return words >= 2 && words <= 3 && is_punct(d, k, '(') && is_type(d, k + 1, TOK_WORD) &&
           (d->toks[k + 1].flags & TF_CAP);
}

/* The name whose first word is token k is a later item of a list of names and figures: after "and"
 * or a comma (and perhaps "the") that follow digits ("the Liberals 41 and the Farmers Party 33",
 * "... 38.75 dlrs on Friday, Harbour Gas 60 to 16.00" goes on a list of prices). */
static int tally_item(const cd_doc *d, size_t k)
{
    if (k > 0 && cd_tok_is(d, k - 1, "the")) k--;
    if (k < 2 || !(cd_tok_is(d, k - 1, "and") || is_punct(d, k - 1, ','))) return 0;
    for (size_t j = k - 1, n = 0; j > 0 && n < 4 && !(d->toks[j].flags & TF_SENT_START); n++)
        if (is_type(d, --j, TOK_NUM)) return 1;
    return 0;
}

/* Token k is a word of a place or a person the entity pass named. */
static int named_who_or_where(const cd_doc *d, size_t k)
{
    const cd_entity *named = cd_entity_at(d, k);
    return named && (named->type == cd_type_person || named->type == cd_type_place);
}

/* A possessive of a capitalized name right before token k, as a maker's or an author's name stands
 * before a title: "Tony Hawk's Underground", "Sid Meier's Civilization". */
static int owner_before(const cd_doc *d, size_t k)
{
    if (k < 2 || !attached(d, k - 1) || !(cd_tok_is(d, k - 1, "'s") || cd_tok_is(d, k - 1, "\xE2\x80\x99s"))) return 0;
    return is_type(d, k - 2, TOK_WORD) && (d->toks[k - 2].flags & TF_CAP) && !(d->toks[k - 2].flags & TF_ALLCAPS);
}

/* Token n is "to" or "from": after a figure, a change or a range goes on ("60 to 16.00", "3 from
 * 5"). */
static int to_or_from(const cd_doc *d, size_t n)
{
    return cd_tok_is(d, n, "to") || cd_tok_is(d, n, "from");
}

/* The punctuation at token n, right after a name's digits, ends the name: no comma, semicolon or
 * colon (a list or a score goes on), no range's dash, no slash. */
static int name_punct_ends(const cd_doc *d, size_t n)
{
    return !is_punct(d, n, ',') && !is_punct(d, n, ';') && !is_punct(d, n, ':') && !is_range_dash(d, n) &&
           !is_punct(d, n, '/');
}

/* A sequel's number: one digit from 2 to 9 after a title of two capitalized words or more ("Toy
 * Story 3", "Half Life 2 is", "Gran Turismo 4 for") or of one after its maker's name ("Tony Hawk's
 * Underground 2"), the last not its sentence's first, counting no
 * noun, before the sentence's end, punctuation that ends no list item or a word in lower case: not
 * "Manchester United 2, Chelsea 1", "United 2 Chelsea 1" (a line of scores) nor "World War 2
 * battlefronts" (a count). A name_label for the words the lexicon knows. */
static int maker_acronym(const cd_doc *d, size_t k);

static int sequel_number(const cd_doc *d, const nread *r)
{
    size_t f = r->first;
    if (f < 2 || r->last != f || tok_len(d, f) > 3 || r->v < 1 || r->noun) return 0;
    if ((d->toks[f - 1].flags & TF_SENT_START) || !title_word(d, f - 1) || attached(d, f - 1)) return 0;
    if (tok_len(d, f) > 1 || r->v < 2) { /* "Band Aid 20": a name of two words, no place's or person's */
        if (!(title_word(d, f - 2) || maker_acronym(d, f - 2))) return 0; /* "BBC News 24" */
        if (named_who_or_where(d, f - 1) || named_who_or_where(d, f - 2)) return 0;
        if (tally_item(d, f - 2) || to_or_from(d, f + 1)) return 0;
    } else if (!title_word(d, f - 2) && !owner_before(d, f - 1)) {
        return 0;
    }
    size_t n = f + 1;
    if (!usable(d, n)) return 1;
    if (is_type(d, n, TOK_PUNCT)) return name_punct_ends(d, n); /* "Toy Story 3." ends it; a list or a score goes on */
    return !attached(d, n) && is_type(d, n, TOK_WORD) && !(d->toks[n].flags & TF_CAP);
}

/* Token i is one to max digits and nothing else ("12", not "1,200" nor "12.5"). */
static int digits_upto(const cd_doc *d, size_t i, size_t max)
{
    if (!is_type(d, i, TOK_NUM) || tok_len(d, i) > max) return 0;
    const char *w = d->text + d->toks[i].start;
    for (size_t k = 0; k < tok_len(d, i); k++)
        if (w[k] < '0' || w[k] > '9') return 0;
    return 1;
}

/* Token i is one to three bare digits, as a note's number is written ("12", not "1,200" nor "2019"). */
static int note_digits(const cd_doc *d, size_t i)
{
    return digits_upto(d, i, 3);
}

/* Digits of one to max at token k, apart from the token before and glued to nothing after but
 * punctuation ("7", "7," but not "7th" nor "7m"). */
static int loose_digits(const cd_doc *d, size_t k, size_t max)
{
    if (attached(d, k)) return 0;
    if (attached(d, k + 1) && !is_type(d, k + 1, TOK_PUNCT)) return 0;
    return digits_upto(d, k, max);
}

/* Bare digits of one to three at token k: a side's points. */
static int side_points(const cd_doc *d, size_t k)
{
    return loose_digits(d, k, 3);
}

/* The value of side_points' digits at token k. */
static int points_of(const cd_doc *d, size_t k)
{
    int v = 0;
    for (size_t i = 0; i < tok_len(d, k); i++) v = v * 10 + (d->text[d->toks[k].start + i] - '0');
    return v;
}

static int name_word(const cd_doc *d, size_t k);
static int organization_word(const cd_doc *d, size_t k);

/* Two sides' points in a line of scores, the digits at token f among them: a capitalized word, its
 * points, a capitalized word, its points ("Chelsea 3 Arsenal 1", "Jets 24 Bills 17"), no counted
 * noun after the second. Both figures count goals or points; neither is a label of the name before
 * it. Not after a comma, where lists of scorers' minutes and of products are written ("Tamblin 68,
 * Orchard 75", "PlayStation 3, Xbox 2"), nor after a year ("In 1998 Arsenal 2"), nor a maker's model
 * and its variant ("Boeing 737 Max 8", maker_model's digits of three or more). f >= 2. */
static int score_line_points(const cd_doc *d, size_t f)
{
    if (!side_points(d, f)) return 0;
    size_t first = side_points(d, f - 2) && !attached(d, f - 1) ? f - 2 : f; /* the first side's points */
    if (first == 0 || !score_line(d, first + 1) || !side_points(d, first + 2)) return 0;
    if (attached(d, first + 1) || attached(d, first + 2) || counted_noun(d, first + 3)) return 0;
    return tok_len(d, first) < 3 || !name_word(d, first - 1) || !organization_word(d, first - 1);
}

#define LINE_OPENS (TF_SENT_START | TF_NEWLINE_BEFORE | TF_PARA_BEFORE)

/* A side's name that ends at token k: one to three capitalized words apart from each other, none a
 * person's (an age list: "Smith 45, Jones 38"). Its first word into *start; 0: none. */
static int side_name(const cd_doc *d, size_t k, size_t *start)
{
    int words = 0;
    for (; words < 3 && is_type(d, k, TOK_WORD) && (d->toks[k].flags & TF_CAP); words++, k--) {
        const cd_entity *named = cd_entity_at(d, k);
        if (named && named->type == cd_type_person) return 0;
        *start = k;
        if (k == 0 || (d->toks[k].flags & LINE_OPENS) || attached(d, k)) return 1;
    }
    return words > 0;
}

/* The second side's points in a score line written with a comma, the digits at token f: a name and
 * its points, a comma, a name and its points, alone in its sentence or line or after a colon, the
 * winner first as such lines are written ("Manchester United 2, Chelsea 1", "Final score: Arsenal 3,
 * Tottenham 0."). Not scorers and their minutes, which go up ("Vossler 9, Tamblin 87"), nor a list
 * that goes on ("Quake 4, Far Reach 2 and Orbit 2", "PlayStation 3, Xbox 2 (codename Xenon)"). */
static int comma_score_points(const cd_doc *d, size_t f)
{
    size_t second = 0, first; /* side_name sets second where it holds (gcc -O3 cannot tell) */
    if (!side_points(d, f) || (usable(d, f + 1) && !is_punct(d, f + 1, '.') && !is_punct(d, f + 1, '!'))) return 0;
    if (!side_name(d, f - 1, &second) || second < 3 || (d->toks[second].flags & LINE_OPENS) ||
        !is_punct(d, second - 1, ',') || !side_points(d, second - 2))
        return 0;
    size_t a = second - 2;
    if (a == 0 || !side_name(d, a - 1, &first) || points_of(d, a) < points_of(d, f)) return 0;
    return first == 0 || (d->toks[first].flags & LINE_OPENS) || is_punct(d, first - 1, ':');
}

/* Token k is set apart from the token before by a column's gap: a tab or two spaces. */
static int column_gap(const cd_doc *d, size_t k)
{
    const char *s = d->text;
    for (uint32_t i = cd_tok_stop(&d->toks[k - 1]); i < d->toks[k].start; i++)
        if (s[i] == '\t' || (s[i] == ' ' && i + 1 < d->toks[k].start && s[i + 1] == ' ')) return 1;
    return 0;
}

#define LINE_BREAK (TF_NEWLINE_BEFORE | TF_PARA_BEFORE)
#define SCORER_ITEMS 12

/* One scorer and the minute of a goal from token k: one to three capitalized words (none in capitals),
 * bare digits up to 130 (extra time included), perhaps "og" or "pen"; with bare, the digits may stand
 * alone. The token after it into *next and the minute into *minute; 0: no such item. */
static int scorer_item(const cd_doc *d, size_t k, int bare, size_t *next, int *minute)
{
    size_t words = 0;
    for (; words < 3 && is_type(d, k + words, TOK_WORD) && (d->toks[k + words].flags & TF_CAP) &&
           !(d->toks[k + words].flags & TF_ALLCAPS);
         words++)
        if (words && (d->toks[k + words].flags & LINE_BREAK)) return 0;
    size_t m = k + words;
    if ((!words && !bare) || !side_points(d, m) || (d->toks[m].flags & LINE_BREAK) || points_of(d, m) > 130) return 0;
    if (column_gap(d, m)) return 0; /* a table's cell: "Brazil      55" */
    *minute = points_of(d, m);
    *next = m + 1 + (cd_tok_is(d, m + 1, "og") || cd_tok_is(d, m + 1, "pen"));
    return 1;
}

/* The digits at token f may be a minute that scorer_item reads: side_points' digits after a
 * scorer's capitalized word (not in capitals), or alone after the comma that ends the item before.
 * scorers_line asks this first: an item holding f is one whose digits are at f, so elsewhere the
 * line before f need not be read. */
static int scorer_minute_at(const cd_doc *d, size_t f)
{
    if (f == 0 || !side_points(d, f) || (d->toks[f].flags & LINE_BREAK)) return 0;
    const cd_token *w = &d->toks[f - 1];
    return (w->type == TOK_WORD && (w->flags & TF_CAP) && !(w->flags & TF_ALLCAPS)) || is_punct(d, f - 1, ',');
}

/* Whether the word at token k names a scorer in a line of scorers: no place of the gazetteer, as a
 * line of places and their figures is written the same way ("Jordan 12, Kentucky 14."), and a word
 * the lexicon knows only as a name (name_word) or, first on the line (first), a first name. */
static int scorer_name(const cd_doc *d, size_t k, int first)
{
    if (cd_tok_rec(d, k, LX_GAZETTEER)) return 0;
    return (first && cd_tok_rec(d, k, LX_ENT_FIRST_NAMES)) || (is_type(d, k, TOK_WORD) && name_word(d, k));
}

/* The scorers of a line start at token k after a heading of scorers and its colon inside the line
 * ("Goals: Tamblin 74, Orchard 86.", "Scorers: Ellery 60."; num_context.tsv code 23), a match
 * report's entry that may follow others ("Booked: ...") in one line. */
static int scorers_heading(const cd_doc *d, size_t k)
{
    return k >= 2 && is_punct(d, k - 1, ':') && context_code(d, k - 2) == 23 && (d->toks[k - 2].flags & TF_CAP);
}

/* A line of scorers and their minutes, the digits at token f among them: the line holds nothing but
 * items of scorer_item joined by commas, then a full stop or the line's end, the minutes never going
 * down; after the first item one may be a minute alone, the same scorer's next goal ("Ilsley 12,
 * 40."). One scorer's word passes scorer_name, as surnames that are first names often do ("Tamblin
 * 74, Orchard 86.", "Vossler 79 og, Brennick 107, Ostrick 112.", "Ellery 60.", "Porter 3, Quarrie
 * 20."): each minute names a moment, no count. */
static int scorers_line(const cd_doc *d, size_t f)
{
    if (!scorer_minute_at(d, f)) return 0; /* most digits: no line is walked back to */
    size_t k = f, next;
    int headed = 0;
    while (k > 0 && f - k < SCORER_ITEMS * 5 && !(d->toks[k].flags & LINE_BREAK) && !(headed = scorers_heading(d, k)))
        k--;
    if (!headed && k > 0 && !(d->toks[k].flags & LINE_BREAK)) return 0;
    /* a line of its own, not one a wrapped sentence goes on in ("... -- the\nIlyushin 114.") */
    int own_line = headed || k == 0 || (d->toks[k].flags & TF_PARA_BEFORE) || is_punct(d, k - 1, '.') ||
                   is_punct(d, k - 1, ':');
    if (!own_line) return 0;
    int minute, last = 0, has_f = 0, named = headed;
    for (int items = 0; items < SCORER_ITEMS && scorer_item(d, k, items > 0, &next, &minute) && minute >= last; items++) {
        last = minute;
        named |= scorer_name(d, k, items == 0);
        has_f |= next > f && f >= k;
        if (next >= d->n_toks || (d->toks[next].flags & LINE_BREAK)) return has_f && named;
        if (is_punct(d, next, '.')) /* after a heading, a report's next entry may go on in the line */
            return has_f && named && (headed || next + 1 >= d->n_toks || (d->toks[next + 1].flags & LINE_BREAK));
        if (!is_punct(d, next, ',')) return 0;
        k = next + 1;
    }
    return 0;
}

/* The digits of r after a name are a row's figure, no label of the name: a change or a comparison
 * follows them ("Hk Electric 60 to 16.00", "Southern Farmers 20 to 8.40", "Ohio 29 vs 23", "Ohio 3
 * unch"), or
 * last year's figure in brackets ("Canary Islands 500 (300)"), or the name is a place's or an
 * organization's the entity pass knows, whose figures count ("New Haven 0", "The United Nations 5
 * were named"). */
static int row_figure(const cd_doc *d, const nread *r)
{
    size_t f = r->first, n = r->last + 1;
    int change = to_or_from(d, n) && is_type(d, n + 1, TOK_NUM);
    if (change || cd_tok_is(d, n, "vs") || cd_tok_is(d, n, "unch") || (is_punct(d, n, '(') && is_type(d, n + 1, TOK_NUM)))
        return 1;
    const cd_entity *named = cd_entity_at(d, f - 1);
    return named && (named->type == cd_type_place || named->type == cd_type_organization);
}

/* Digits inside a name, between two capitalized words on one line: "BBC 6 Music", "Fathers 4
 * Justice", "the Top 20 Countdown", "TFC 101 Tower". Bare digits of one to three; the word before
 * does not open its sentence or line ("Meanwhile 70 Hong Kong stars") and names no place ("In
 * Britain 60 Labour MPs"); the word after is apart,
 * not in capitals and no plural (a counted noun: "The Army 12 Marines"), and no figure follows it
 * (a line of scores: "Chelsea 3 Arsenal 1"). */
static int name_goes_through(const cd_doc *d, const nread *r)
{
    size_t f = r->first, n = r->last + 1;
    if (f != r->last || tok_len(d, f) > 3 || !is_type(d, f - 1, TOK_WORD) || !usable(d, n) || !is_type(d, n, TOK_WORD))
        return 0;
    if ((d->toks[f].flags | d->toks[n].flags) & LINE_BREAK) return 0; /* a table's rows: "Minneapolis Only\n 2 Yel Corn" */
    const cd_token *w = &d->toks[f - 1], *x = &d->toks[n];
    if (!(w->flags & TF_CAP) || (w->flags & LINE_OPENS) || !(x->flags & TF_CAP) || (x->flags & TF_ALLCAPS) || attached(d, n))
        return 0;
    const cd_entity *named = cd_entity_at(d, f - 1);
    if (named && named->type == cd_type_place) return 0;
    return !plural_like(d, n) && !(usable(d, n + 1) && is_type(d, n + 1, TOK_NUM));
}

/* The digits of r are the level an index reached, a value, for a word of data/num_context.tsv
 * (codes 19, 20) follows them: "above the Dow Jones Industrial 2500 level", "the Nikkei 17000
 * mark", "the Dow 3000 barrier" ("the FTSE 100 index" stays a label). */
static int level_after(const cd_doc *d, const nread *r)
{
    int code = context_code(d, r->last + 1);
    return code == 19 || code == 20;
}

/* The digits of r end a name that a possessive follows ("Maroon 5's album"): an age or a count
 * takes none. */
static int possessed_name(const cd_doc *d, const nread *r)
{
    size_t n = r->last + 1; /* digits' "'s" is two tokens: the mark and "s" */
    int mark = is_punct(d, n, '\'') || is_punct(d, n, 0x2019);
    return mark && attached(d, n) && attached(d, n + 1) && cd_tok_is(d, n + 1, "s") && !attached(d, n + 2);
}

/* The digits of r end one name of a list of names: a comma before the name's word, and after the
 * digits a comma and a capitalized word no figure follows ("Stevie Wonder, Maroon 5, Mary J
 * Blige"); an age list has its figures ("Jones 32, Smith 45, Brown 50", "Smith 45, a teacher"). */
static int listed_name(const cd_doc *d, const nread *r)
{
    size_t f = r->first, n = r->last + 1;
    if (f < 3 || !is_punct(d, f - 2, ',') || is_type(d, f - 3, TOK_NUM) || !is_punct(d, n, ',')) return 0;
    if (!usable(d, n + 1) || !is_type(d, n + 1, TOK_WORD) || !(d->toks[n + 1].flags & TF_CAP)) return 0;
    return !(usable(d, n + 2) && is_type(d, n + 2, TOK_NUM));
}

/* The one digit of r after a name, before a comma, numbers a model or an edition ("the Xbox 2,
 * codenamed ...", "Sony's PlayStation 3, which ..."): an age after a name, the comma's other use, is
 * an adult's of two digits, and a person the entity pass knows keeps it. Not a list of figures
 * (another figure right after the comma), a tally or a score line (a capitalized word and its
 * figure after the comma: "Leeds 2, Hull 1"), nor a side's goals after a result's word (num_score.tsv
 * code 1: "beat Leeds 5, Chelsea said"). */
static int model_before_comma(const cd_doc *d, const nread *r)
{
    size_t f = r->first, n = r->last + 1;
    if (f != r->last || tok_len(d, f) != 1 || !side_points(d, f) || r->v < 1) return 0;
    const cd_entity *named = cd_entity_at(d, f - 1);
    if (named && named->type == cd_type_person) return 0;
    if (f >= 2 && score_word(d, f - 2, 1)) return 0;
    if (!usable(d, n + 1) || is_type(d, n + 1, TOK_NUM)) return 0;
    return !(is_type(d, n + 1, TOK_WORD) && (d->toks[n + 1].flags & TF_CAP) && usable(d, n + 2) &&
             is_type(d, n + 2, TOK_NUM));
}

/* Token k is in the text and in the sentence of the token before (read or not). */
static int in_sentence(const cd_doc *d, size_t k)
{
    return k < d->n_toks && !(d->toks[k].flags & (TF_PARA_BEFORE | TF_SENT_START));
}

/* Bare digits of one to four at token k, in the sentence of the token before: one item of a list
 * of model numbers ("95", "2000"). */
static int series_digits(const cd_doc *d, size_t k)
{
    return in_sentence(d, k) && loose_digits(d, k, 4);
}

/* Token k joins two items of a list: a comma, "and" or "or". */
static int series_joint(const cd_doc *d, size_t k)
{
    return in_sentence(d, k) && (is_punct(d, k, ',') || cd_tok_is(d, k, "and") || cd_tok_is(d, k, "or"));
}

/* An item of a list ends before token k: the sentence's end, a joint, or punctuation that closes
 * a phrase (not a noun the figure would count: "38 others"). */
static int series_item_ends(const cd_doc *d, size_t k)
{
    if (!in_sentence(d, k)) return 1;
    return series_joint(d, k) || is_punct(d, k, '.') || is_punct(d, k, ';') || is_punct(d, k, ')');
}

/* The digits at token f and the four after its comma are a day and a year, the month before them
 * misspelt ("Octobr 12, 1990"): a date, no list of labels. */
static int day_and_year(const cd_doc *d, size_t f)
{
    double day, year;
    if (!is_punct(d, f + 1, ',') || tok_len(d, f + 2) != 4) return 0;
    if (!plain_int(d, f, &day) || !plain_int(d, f + 2, &year)) return 0;
    return day >= 1 && day <= 31 && year >= 1800 && year <= 2100;
}

/* The digits at token f head a list of labels: a capitalized word inside the sentence before them,
 * not in capitals, no month or weekday and no person or place the entity pass names, then a joint
 * and more bare digits that end their item ("runs on Zorbos 95, 98 and 2000"): a product's versions,
 * no age nor count. An age list names a person for each figure ("Garrow 47, Tamsin 38"). */
static int series_head(const cd_doc *d, size_t f)
{
    if (f < 2 || !series_digits(d, f) || !series_joint(d, f + 1) || !series_digits(d, f + 2)) return 0;
    if (!series_item_ends(d, f + 3) || day_and_year(d, f)) return 0;
    const cd_token *w = &d->toks[f - 1];
    if (w->type != TOK_WORD || !(w->flags & TF_CAP) || (w->flags & (TF_ALLCAPS | LINE_OPENS | TF_TIME))) return 0;
    return !named_who_or_where(d, f - 1);
}

#define SERIES_ITEMS 8

/* The digits of r are a label of a list series_head opens: its head, or bare digits after a joint
 * that end their item, each item before them back to the head the same ("Zorbos 95, 98, 2000"). */
static int series_label(const cd_doc *d, const nread *r)
{
    size_t f = r->first;
    if (r->last != f || r->is_range || r->unit || r->noun) return 0;
    if (series_head(d, f)) return 1;
    if (!series_digits(d, f) || !series_item_ends(d, f + 1)) return 0;
    for (int items = 0; items < SERIES_ITEMS && f >= 2 && series_joint(d, f - 1); items++) {
        f -= 2;
        if (!series_digits(d, f)) return 0;
        if (series_head(d, f)) return 1;
    }
    return 0;
}

/* The digits at token k were read as the latest label, the item of a list before a joint. */
static int latest_label_at(const cd_doc *d, size_t k)
{
    return d->n_labels > 0 && d->labels[d->n_labels - 1].span.tstart == d->toks[k].start &&
           d->labels[d->n_labels - 1].span.tstop == cd_tok_stop(&d->toks[k]);
}

/* The digits of r close a list of labels after "and", whatever word follows them ("Units
 * 3 and 4 were shut", "the Zorbos 95, 98 and 2000 machines"; series_label wants the list's end
 * there): the item before the joint was read as a label, and r is higher, as a name's numbers go
 * up. A pair wants its two of one length too, which a count after a model's number seldom is
 * ("the Skyhawk 340 and 120 staff"); a longer list is one of labels already. A word of more of the
 * kind after r makes it a count (num_context.tsv code 22: "Dallow 12 and 40 others"). */
static int list_tail_label(const cd_doc *d, const nread *r)
{
    size_t f = r->first;
    double lo, hi;
    if (r->last != f || r->is_range || r->unit || f < 3 || !series_digits(d, f)) return 0;
    if (!cd_tok_is(d, f - 1, "and") || !in_sentence(d, f - 1)) return 0; /* "or" joins a range */
    if (!series_digits(d, f - 2) || !latest_label_at(d, f - 2)) return 0;
    if (!plain_int(d, f - 2, &lo) || !plain_int(d, f, &hi) || hi <= lo) return 0;
    if (context_code(d, f + 1) == 22) return 0; /* "and 40 others": a count of more of the kind */
    return tok_len(d, f) == tok_len(d, f - 2) || series_joint(d, f - 3);
}

/* The digits of r end a name that "the" or an owner's possessive opens, its one word capitalized
 * inside the sentence though the lexicon knows it as a common word: "the Top 40", "the Hot 100
 * chart", "Billboard's Hot 100" (a chart's or a list's name; sequel_number wants a title of two
 * words). One to three bare digits, then the sentence's end, punctuation that ends no list or
 * range, or a word in lower case that is no plural ("the Senate 51 votes" counts) and no "to" or
 * "from" (a row's figure). */
static int article_name(const cd_doc *d, const nread *r)
{
    size_t f = r->first, n = r->last + 1;
    if (f < 2 || r->last != f || tok_len(d, f) > 3 || r->noun || plural_like(d, f - 1)) return 0;
    if (!cd_tok_is(d, f - 2, "the") && !owner_before(d, f - 1)) return 0;
    if (!usable(d, n)) return 1;
    if (is_type(d, n, TOK_PUNCT)) return name_punct_ends(d, n) && !is_punct(d, n, '(');
    if (!is_type(d, n, TOK_WORD) || attached(d, n) || (d->toks[n].flags & TF_CAP) || plural_like(d, n)) return 0;
    return !to_or_from(d, n);
}

/* A sequel's number after a title of one word that opens the sentence ("Zorblax 2 was delayed"):
 * one digit from 2 to 9, counting no noun, after a capitalized word no lexicon knows (not "Only 3
 * were", not a month) and no person the entity pass names, then a word in lower case apart from it
 * that the lexicon knows (a verb: a line of scores goes on with a capitalized side, "Leeds 2 Hull
 * 1"; a story in another language with a word the lexicon does not know). */
static int opening_title(const cd_doc *d, const nread *r)
{
    size_t f = r->first, n = r->last + 1;
    if (f == 0 || r->last != f || tok_len(d, f) != 1 || r->v < 2 || r->noun) return 0;
    const cd_token *w = &d->toks[f - 1];
    if (!(w->flags & TF_CAP) || cd_tok_lex(w) || named_who_or_where(d, f - 1)) return 0;
    if (!usable(d, n) || !is_type(d, n, TOK_WORD) || attached(d, n) || (d->toks[n].flags & TF_CAP)) return 0;
    return cd_tok_lex(&d->toks[n]) && !to_or_from(d, n) && !cd_tok_is(d, n, "and");
}

/* The bare digits of r (one to four) come after a capitalized word inside the sentence and before
 * a noun of data/num_context.tsv code 21, apart and in lower case: a product's, a chart's or a show's
 * name, no count ("the Hot 40 chart", "a Series 80 phone", "the Zorblax 2 console"). The word
 * before may be one the lexicon knows or in capitals, which name_label's other tests leave to
 * counts. */
static int product_after(const cd_doc *d, const nread *r)
{
    size_t f = r->first, n = r->last + 1;
    if (f < 2 || r->last != f || tok_len(d, f) > 4 || !usable(d, n) || attached(d, n)) return 0;
    const cd_token *w = &d->toks[f - 1];
    /* a month or a weekday a time read is no product's name: "In March 40 chip plants shut" */
    if (!(w->flags & TF_CAP) || (w->flags & (TF_PARA_BEFORE | TF_SENT_START | TF_TIME))) return 0;
    return !(d->toks[n].flags & TF_CAP) && context_code(d, n) == 21;
}

static int name_label(const cd_doc *d, const nread *r)
{
    size_t f = r->first;
    if (f == 0 || r->unit || r->is_range || !(r->f & NF_PLAIN)) return 0;
    if ((r->f & NF_SCALED) && r->last > f && !attached(d, r->last)) return 0; /* "Far East 57 mln": no label */
    const cd_token *w = &d->toks[f - 1];
    if (w->type != TOK_WORD || attached(d, f)) return 0;
    if (column_gap(d, f)) return 0; /* a table's cell: "End Stocks     538     574" */
    if (name_goes_through(d, r)) return 1; /* "BBC 6 Music" */
    if (product_after(d, r)) return 1; /* "the Hot 40 chart" */
    if (camel_name(d, w)) return 1; /* no surname: no age list ("Smith 45, a teacher") */
    if (!r->noun && capitals_name(d, f - 1)) return !gapped_count(d, f - 2, r->last);
    if (!(w->flags & TF_CAP) || (w->flags & TF_ALLCAPS)) return 0;
    /* a sentence's or a paragraph's first word: "Maroon 5's" (a line's inside a sentence is wrapped: "beating\nRoddick 6-2") */
    if (f < 2 || (w->flags & (TF_PARA_BEFORE | TF_SENT_START))) return possessed_name(d, r) || opening_title(d, r);
    if (hyphen_name(d, f - 1)) return 1; /* "Spider-Man 2", "Half-Life 2 keys" */
    if (score_line_points(d, f) || comma_score_points(d, f)) return 0; /* "Chelsea 3 Arsenal 1": goals */
    if (known_word(w)) return sequel_number(d, r) || article_name(d, r); /* "Toy Story 3", "the Top 40" */
    if (row_figure(d, r) || level_after(d, r)) return 0;
    if (possessed_name(d, r)) return 1; /* "Maroon 5's album" */
    const cd_token *before = &d->toks[f - 2];
    if (before->type == TOK_PUNCT && (before->cp == '.' || before->cp == '!' || before->cp == '?' ||
                                      before->cp == ':' || cd_is_quote(before->cp)))
        return 0;
    if (!is_punct(d, f + 1, ',')) return 1;
    return listed_name(d, r) || model_before_comma(d, r); /* "Smith 45, a teacher": an age list, keep it */
}

/* A label before token f: "Route 66", "No. 1", "#3". */
static int label_before(const cd_doc *d, size_t f)
{
    int code = f > 0 ? context_code(d, f - 1) : 0;
    if (code == 1 || code == 19) return 1;
    if (f > 1 && is_punct(d, f - 1, '.') &&
        (cd_tok_is(d, f - 2, "no") || cd_tok_is(d, f - 2, "nr") || cd_tok_is(d, f - 2, "nos") || cd_tok_is(d, f - 2, "nrs")))
        return 1;
    return f > 0 && is_punct(d, f - 1, '#') && !(attached(d, f - 1) && is_punct(d, f - 2, '&')); /* not "&#163;" */
}

/* A word of a maker's or a product's name: capitalized, and a word no lexicon knows or a known
 * name ("Boeing"), not a plural ("Republicans", a counted noun itself). The name's word right before
 * the digits may open the sentence ("Boeing 737 jets were grounded."). */
static int name_word(const cd_doc *d, size_t k)
{
    if (!startable(d, k) || !is_type(d, k, TOK_WORD) || !(d->toks[k].flags & TF_CAP) || plural_like(d, k)) return 0;
    const cd_lexentry *e = cd_tok_lex(&d->toks[k]);
    return !e || e->mask == LXM(LX_GAZETTEER) || e->mask == (LXM(LX_GAZETTEER) | LXM(LX_CW_WORDS));
}

/* The same inside an expression, where a sentence's start ends it ("12 Boeing 747 jets"). */
static int model_name_word(const cd_doc *d, size_t k)
{
    return usable(d, k) && name_word(d, k);
}

static int organization_word(const cd_doc *d, size_t k);

/* A maker's name in capitals at token k, no lexicon's word or an organization's: "ATR", "DHC"
 * (not "UK", a place). */
static int maker_acronym(const cd_doc *d, size_t k)
{
    if (!is_type(d, k, TOK_WORD) || !(d->toks[k].flags & TF_ALLCAPS) || tok_len(d, k) < 2 || tok_len(d, k) > 4) return 0;
    return !cd_tok_lex(&d->toks[k]) || organization_word(d, k);
}

/* A model and its variant joined by a hyphen, from token m: two groups of three digits ("737-800",
 * "747-400", the 7x7s of Boeing's copy), or after a maker's name in capitals a shorter model and a
 * variant in whole hundreds from 200 ("ATR 72-500"; a range of the same shape after such a name is
 * rare: "ATR 72-100" is no variant, and "50-100" often a range). Returns the variant's token (0: none). */
static size_t model_variant(const cd_doc *d, size_t m)
{
    size_t v = m + 2;
    double x;
    if (!usable(d, v) || !is_dash(d, m + 1) || !attached(d, m + 1) || !attached(d, v) || !is_type(d, v, TOK_NUM))
        return 0;
    if (tok_len(d, v) != 3 || attached(d, v + 1)) return 0;
    if (tok_len(d, m) == 3) return v;
    int hundreds = tok_len(d, m) <= 2 && plain_int(d, v, &x) && x >= 200 && fmod(x, 100) == 0;
    return hundreds && m > 0 && !attached(d, m) && maker_acronym(d, m - 1) ? v : 0;
}

/* A model and its variant with no maker's name before them, from token m: model_variant's two
 * groups of three digits when the model's last digit is neither 0 nor 5 and the variant is whole
 * hundreds ("the 727-600 has", "the 757-800"): the ends of a range are round ones ("150-200",
 * "325-400"), and a bigger figure before a smaller one is no range. Not among words of a result,
 * where the pair is a tally (num_score.tsv: "a 412-300 vote"). Returns the variant's token (0: none). */
static size_t bare_model_variant(const cd_doc *d, size_t m)
{
    size_t v = m > 0 && attached(d, m) ? 0 : model_variant(d, m);
    double a, b;
    if (!v || tok_len(d, m) != 3 || !plain_int(d, m, &a) || !plain_int(d, v, &b)) return 0;
    if (score_words(d, m)) return 0; /* a tally: "passed by a 412-300 vote" */
    double unit = fmod(a, 10);
    return unit != 0 && unit != 5 && fmod(b, 100) == 0 ? v : 0;
}

/* The other order, digits that group_is_model reads as a model then one or two name words, then a
 * counted noun ("387 737 Max jets", "50 747 Jumbo jets"). Returns the digits' token (0: none). */
static size_t model_number_first(const cd_doc *d, size_t k)
{
    if (!usable(d, k) || !is_type(d, k, TOK_NUM) || attached(d, k) || !group_is_model(d, k)) return 0;
    for (size_t m = k + 1; m <= k + 2 && model_name_word(d, m); m++)
        if (!attached(d, m) && counted_noun(d, m + 1) == m + 1) return k;
    return 0;
}

/* A model's code at token m: one to three capitals with digits written right after them ("A320",
 * "MD11"), apart from what follows. Returns the digits' token (0: none). */
static size_t model_code(const cd_doc *d, size_t m)
{
    size_t n = m + 1;
    if (!usable(d, m) || !is_type(d, m, TOK_WORD) || attached(d, m) || tok_len(d, m) > 3) return 0;
    if (tok_len(d, m) == 1 ? !(d->toks[m].flags & TF_CAP) : !(d->toks[m].flags & TF_ALLCAPS)) return 0;
    if (!usable(d, n) || !is_type(d, n, TOK_NUM) || !attached(d, n) || attached(d, n + 1)) return 0;
    return n;
}

/* A model's name and number between a count and its noun, from token k: one or two name words,
 * then bare digits apart from them and from what follows, then a counted noun ("12 Boeing 747
 * jets", "20 Embraer 190 aircraft"): the digits name the model, the count counts the noun. Returns
 * the digits' token (0: none). */
static size_t model_number(const cd_doc *d, size_t k)
{
    double v;
    for (size_t m = k + 1; m <= k + 2 && model_name_word(d, m - 1); m++) {
        size_t code = model_code(d, m);
        if (code) return counted_noun(d, code + 1) ? code : 0; /* "30 Airbus A320 planes" */
        if (!usable(d, m) || !is_type(d, m, TOK_NUM) || attached(d, m) || !plain_int(d, m, &v)) continue;
        size_t last = attached(d, m + 1) ? model_variant(d, m) : m; /* "12 Boeing 747-400 jets" */
        if (!last) continue;
        return counted_noun(d, last + 1) ? m : 0;
    }
    return model_number_first(d, k);
}

/* Token k is a word of the gazetteer's organizations: "Boeing", "Labour". */
static int organization_word(const cd_doc *d, size_t k)
{
    const cd_lexrec *rec = rec_of(d, k, LX_GAZETTEER);
    return rec && rec->str && strncmp(rec->str, "organization|", 13) == 0;
}

/* Plain digits of three or four at token k, apart from what is before them. */
static int model_digits(const cd_doc *d, size_t k)
{
    size_t len = is_type(d, k, TOK_NUM) ? tok_len(d, k) : 0;
    double v;
    return len >= 3 && len <= 4 && !attached(d, k) && plain_int(d, k, &v) && !(len == 4 && yearish(v));
}

/* Digits at token f continue a list of models that a maker's name opens: "Boeing 767, 757 and 747
 * airliners", "Boeing 737, 747, 757 and 767 aircraft" (each item digits of three or four, joined by
 * commas and "and", at most MODEL_LIST items back; a noun only after the last, after "and"). */
#define MODEL_LIST 6
static int model_list_item(const cd_doc *d, size_t f, size_t noun)
{
    size_t k = f;
    if (noun && !cd_tok_is(d, f - 1, "and")) return 0; /* "the Boeing 747, 300 people died": a count */
    for (int items = 0; items < MODEL_LIST; items++) {
        size_t c = k - 1; /* the joiner before item k: ",", "and" or ", and" */
        if (k < 3 || !(is_punct(d, c, ',') || cd_tok_is(d, c, "and"))) return 0;
        if (cd_tok_is(d, c, "and") && is_punct(d, c - 1, ',')) c--;
        if (c < 2 || (d->toks[c].flags & TF_SENT_START) || !model_digits(d, c - 1)) return 0;
        k = c - 1;
        if (name_word(d, k - 1) && organization_word(d, k - 1)) return 1;
    }
    return 0;
}

/* The digits of a model's variant at token k, after a word of its name ("Max 8", "Max 10"): bare
 * digits of one or two, no other side's points after them ("Labour 356 Greens 12 Tories 9" is a
 * tally's row). */
static int variant_digits(const cd_doc *d, size_t k)
{
    if (!side_points(d, k) || tok_len(d, k) > 2) return 0;
    return !(is_type(d, k + 1, TOK_WORD) && (d->toks[k + 1].flags & TF_CAP) && side_points(d, k + 2));
}

/* Digits of three or four after a maker's name that the gazetteer knows name its model, a noun after
 * them or not: "the Boeing 747 jumbo", "an airline's Boeing 747 that crashed with 300 people aboard",
 * "Boeing 767 airliners" (an unknown name is name_label's), as do the items of a list it opens
 * (model_list_item). Not a tally, where the name's digits count ("Labour 356, Conservatives
 * 198": another name and number follow; or a list a count opens, gapped_after_count), nor a year. */
static int maker_model(const cd_doc *d, const nread *r)
{
    size_t f = r->first, l = r->last, len = tok_len(d, f);
    if (f == 0 || f != l || !(r->f & NF_PLAIN) || len < 3 || len > 4 || (len == 4 && yearish(r->v))) return 0;
    if (attached(d, f)) return 0;
    if (!name_word(d, f - 1) || !organization_word(d, f - 1)) return model_list_item(d, f, r->noun);
    if (is_dash(d, l + 1) && attached(d, l + 1)) return 0; /* a variant is model_variant's ("747-400"), not "747-4" */
    if (gapped_after_count(d, f >= 2 && cd_tok_is(d, f - 2, "the") ? f - 2 : f - 1, l)) return 0;
    size_t n = l + 1 + (is_punct(d, l + 1, ',') || cd_tok_is(d, l + 1, "and"));
    if (n > l + 1 && cd_tok_is(d, n, "the")) n++;
    /* a tally names another name ("Labour 356, Conservatives 198"); the same maker again lists its
     * models ("the Boeing 777 and the Boeing 787"), and a word of the model's name right after its
     * digits goes on with it when a counted noun follows its own digits ("Boeing 737 Max 8 jets") or
     * they are a variant's ("The Boeing 737 Max 8 was grounded"), unless the word is another maker's
     * name: a table of counts ("Boeing 356 Airbus 12.") */
    if (n == l + 1 && is_type(d, n + 1, TOK_NUM) && !organization_word(d, n) &&
        (counted_noun(d, n + 2) || variant_digits(d, n + 1)))
        return 1;
    return !(is_type(d, n, TOK_WORD) && (d->toks[n].flags & TF_CAP) && is_type(d, n + 1, TOK_NUM) &&
             d->toks[n].hash != d->toks[f - 1].hash);
}

/* Digits at token f name a model between a count and its noun (model_number): the count before
 * the name, or right before the digits ("387 737 Max jets"), was read already. */
static int model_between(const cd_doc *d, size_t f)
{
    if (f > 0 && (d->toks[f - 1].flags & TF_NUMBER) && model_number_first(d, f) == f) return 1;
    for (size_t len = 1; len <= 3 && len < f; len++) { /* a name of one or two words, and a code's letters */
        size_t count = f - len - 1;
        if ((d->toks[count].flags & TF_NUMBER) && model_number(d, count + 1) == f) return 1;
    }
    return 0;
}

/* A number in words capitalized inside a sentence, before another capitalized word, is a word of a
 * name: "the Six Nations", "the Three Gorges Dam", "Million Dollar Baby", "Welsh First Minister",
 * "the Third World"; or right after a name: "BBC Two". Not where a capital is due: a sentence's first word (a line's inside
 * a sentence is a hard wrap: "and the\nMillion Dollar Baby"), after a
 * colon, a quotation mark or a bracket, or a text in capitals; nor before a month or a nationality
 * ("on Five May", "Two Americans" are no names). */
static int words_in_name(const cd_doc *d, const nread *r)
{
    size_t f = r->first, n = r->last + 1;
    const cd_token *t = &d->toks[f];
    if (!(r->f & NF_WORDS) || (r->f & NF_DIGITS) || t->type != TOK_WORD || !(t->flags & TF_CAP) || (t->flags & TF_ALLCAPS))
        return 0;
    if (f == 0 || (t->flags & (TF_SENT_START | TF_PARA_BEFORE))) return 0; /* a line's first word inside a sentence is wrapped */
    const cd_token *p = &d->toks[f - 1];
    if (p->type == TOK_PUNCT && (cd_is_quote(p->cp) || p->cp == '.' || p->cp == ':' || p->cp == '(' || p->cp == '!' ||
                                 p->cp == '?' || cd_is_hyphen_or_dash(p->cp)))
        return 0;
    if (usable(d, n) && is_type(d, n, TOK_WORD) && !attached(d, n) && (d->toks[n].flags & TF_CAP))
        return !month_at(d, n) && !cd_lex_has(cd_tok_entry(&d->toks[n]), LX_ENT_DEMONYMS);
    /* after a name, as channels and stations are named: "BBC Two", "on Channel Four", "Radio One"
     * (not a sentence's capitalized first word, "Only Two", a day, "on Monday Two", nor before a
     * counted noun: "GAFFES Three people", a heading run into its text) */
    /* a sentence's first word (the story's own has no TF_SENT_START, mark_sentence_starts, but starts a
     * paragraph); a line's may be wrapped ("at\nUnit Two") */
    const unsigned first_word = TF_SENT_START | TF_PARA_BEFORE;
    return p->type == TOK_WORD && (p->flags & TF_CAP) && (!(p->flags & first_word) || (p->flags & TF_ALLCAPS)) &&
           !month_at(d, f - 1) && !cd_lex_has(cd_tok_entry(p), LX_TIME_WEEKDAYS) && !counted_noun(d, n);
}

/* What digits that are not a quantity are: a label that names a thing (reported as CD_NUM_LABEL),
 * or something else, not reported: a date or a clock time (the time pass's), a piece of a path, a
 * query or a ratio. */
enum { QUANTITY = 0, LABEL, NOT_REPORTED, SCORE_AFTER_NAME };

/* Digits written right after '/', '=', '&', '_', '@', ':' or '%' are a piece of a path, a query, an
 * address or a ratio ("q=30%25", "the 9/11 attacks", "24/7"), not a name. */
static int path_piece(const cd_doc *d, size_t f)
{
    if (!attached(d, f) || !is_type(d, f - 1, TOK_PUNCT)) return 0;
    uint32_t cp = d->toks[f - 1].cp;
    return cp == '/' || cp == '=' || cp == '&' || cp == '_' || cp == '@' || cp == ':' || cp == '%';
}

/* An identifier (identifier) that names a thing, its digits a label: a capitalized word joined to
 * the digits ("G7", "MP3", "F-16", "COVID-19", "3D", "4G", "A380"), or "#3". Not lower-case words,
 * which write amounts, ages and periods ("9p", "over-55s", "mid-2005", "the 20s"), nor an HTML
 * entity ("&#163;"), a path or a ratio ("7/5", "1992/93", "q=30"). */
static int identifier_names(const cd_doc *d, size_t f, size_t l)
{
    if (attached(d, f)) {
        const cd_token *p = &d->toks[f - 1];
        if (p->type == TOK_WORD) return (p->flags & TF_CAP) != 0;
        if (p->type != TOK_PUNCT) return 0;
        if (p->cp == '#') return !(attached(d, f - 1) && is_punct(d, f - 2, '&'));
        if ((p->cp == '-' || p->cp == '.') && attached(d, f - 1) && is_type(d, f - 2, TOK_WORD))
            return (d->toks[f - 2].flags & TF_CAP) != 0;
        return 0;
    }
    if (attached(d, l + 1) && is_type(d, l + 1, TOK_WORD)) return (d->toks[l + 1].flags & TF_CAP) != 0;
    return attached(d, l + 1) && is_type(d, l + 1, TOK_NUM);
}

/* Four digits of a clock ("0930": hours below 24, minutes below 60) after a preposition of time,
 * perhaps with a qualifier ("at 0930", "by 0900", "at about 0200"), before "local" ("0200 local
 * time"), or as the second end of a span of two such ("between 2200 and 0700"). */
static int clock_digits(const cd_doc *d, const nread *r)
{
    size_t f = r->first, p = f;
    if (f == 0 || tok_len(d, f) != 4 || r->v >= 2400 || fmod(r->v, 100) >= 60) return 0;
    if (cd_tok_is(d, r->last + 1, "local")) return 1;
    if (p > 1 && (cd_tok_is(d, p - 1, "and") || is_range_dash(d, p - 1)) && is_type(d, p - 2, TOK_NUM) &&
        tok_len(d, p - 2) == 4)
        return 1;
    if (p > 1 && (cd_tok_is(d, p - 1, "about") || cd_tok_is(d, p - 1, "around") || cd_tok_is(d, p - 1, "approximately")))
        p--;
    static const char *const before[] = {"at", "by", "until", "till", "from", "before", "after", "since", "to"};
    for (size_t k = 0; k < sizeof before / sizeof *before; k++)
        if (cd_tok_is(d, p - 1, before[k])) return 1;
    return 0;
}

/* "No" with its capital and no full stop right before plain digits, as British copy shortens
 * "number": "No 10 did not disclose", "storms to No 1" (not "NO" nor "no" in lower case, nor before
 * a counted noun: "No 2 players are alike"). */
static int number_no_before(const cd_doc *d, const nread *r)
{
    size_t f = r->first;
    if (f == 0 || attached(d, f) || !is_type(d, f - 1, TOK_WORD) || tok_len(d, f - 1) != 2) return 0;
    const char *w = d->text + d->toks[f - 1].start;
    return w[0] == 'N' && w[1] == 'o' && (r->f & NF_PLAIN) && !r->is_range && !counted_noun(d, r->last + 1);
}

/* A weak label word (num_context.tsv code 11: "round", "lap", "stage") right before token f, not
 * after a word that points at it as a noun of its own ("at this stage 40 had been rescued", "in that
 * round 12 were out", "on every lap") or an ordinal that counts it ("lost in the third round 3-1"). */
static int weak_label_before(const cd_doc *d, size_t f)
{
    double v;
    if (f == 0 || context_code(d, f - 1) != 11) return 0;
    if (f > 1 && is_type(d, f - 2, TOK_WORD) && role_of(d, f - 2, &v) == 'o') return 0;
    static const char *const pointers[] = {"this", "that", "each", "every", "which", "what"};
    for (size_t k = 0; f > 1 && k < sizeof pointers / sizeof *pointers; k++)
        if (cd_tok_is(d, f - 2, pointers[k])) return 0;
    return 1;
}

/* A decimal whose part after the point is not two digits is no clock time before a clock word:
 * "9.45 pm" is a quarter to ten, "3.217 pm" or "0.5 am" a figure (picometres, attometres). */
static int decimal_no_clock(const cd_doc *d, const nread *r)
{
    if (!(r->f & NF_DECIMAL) || r->first != r->last) return 0;
    const char *w = d->text + d->toks[r->first].start;
    size_t n = tok_len(d, r->first);
    const char *dot = memchr(w, '.', n);
    return dot && (size_t)(w + n - dot - 1) != 2;
}

/* The token before a note's opening bracket at o ends a clause's words: a word in lower case that
 * no number owns ("binge eating (4)"; not "Cole (173)", a name's tally, nor "17.5 pct (15)" or
 * "nil (307)", last year's figure beside this year's) or a full stop; any word when a square
 * bracket touches it ("the shift[1]"). */
static int note_follows_words(const cd_doc *d, size_t o)
{
    if (o == 0) return 0;
    const cd_token *b = &d->toks[o - 1];
    if (b->type == TOK_PUNCT) return b->cp == '.';
    if (b->type != TOK_WORD || (b->flags & (TF_NUMBER | TF_NUM_START)) || (o > 1 && is_type(d, o - 2, TOK_NUM)))
        return 0;
    if (cd_tok_is(d, o - 1, "nil")) return 0; /* a table's zero: "maize nil (307)," */
    return !(b->flags & TF_CAP) || (is_punct(d, o, '[') && attached(d, o));
}

/* The clause ends right after token c: a stop, a comma, a semicolon, a colon, a line or the text. */
static int clause_ends_after(const cd_doc *d, size_t c)
{
    if (c + 1 >= d->n_toks) return 1;
    const cd_token *n = &d->toks[c + 1];
    if (n->flags & (TF_NEWLINE_BEFORE | TF_PARA_BEFORE | TF_SENT_START)) return 1;
    return n->type == TOK_PUNCT && (n->cp == '.' || n->cp == ',' || n->cp == ';' || n->cp == ':');
}

/* A note marker: bare digits alone in brackets, or a list of them ("(12)", "[3]", "(4, 5)"), after
 * a clause's last word and before its end. Web copy on health and science cites its sources so;
 * the digits count nothing. A figure in brackets before a word ("nil (216) tonnes") stays. */
static int note_marker(const cd_doc *d, const nread *r)
{
    size_t f = r->first, l = r->last;
    if (f != l || r->is_range || r->unit || r->kind != CD_NUM_CARDINAL || !note_digits(d, f) || f == 0) return 0;
    size_t o = f - 1, c = l + 1;
    while (o >= 2 && is_punct(d, o, ',') && note_digits(d, o - 1)) o -= 2;
    while (is_punct(d, c, ',') && note_digits(d, c + 1)) c += 2;
    int round = is_punct(d, o, '(') && is_punct(d, c, ')');
    int square = is_punct(d, o, '[') && is_punct(d, c, ']');
    return (round || square) && note_follows_words(d, o) && clause_ends_after(d, c);
}

/* A version's number after a product's name: one token of a whole number and ".0" ("Firefox 1.0",
 * "Opera 8.0 is due"), after a capitalized word inside its sentence that no lexicon knows (not a
 * month of a table's row, "Apr 10.0") and no place, person or organization the entity pass names
 * (whose figures count); no figure, "to" or "from" after it (a row's figures). A measure is seldom
 * written with a bare ".0" after a name. */
static int version_number(const cd_doc *d, const nread *r)
{
    size_t f = r->first, n = r->last + 1;
    if (f < 2 || r->last != f || r->unit || r->is_range || !(r->f & NF_DECIMAL) || (r->f & NF_SCALED)) return 0;
    size_t len = tok_len(d, f);
    const char *s = d->text + d->toks[f].start;
    if (len < 3 || len > 4 || s[len - 2] != '.' || s[len - 1] != '0' || attached(d, f)) return 0;
    const cd_token *w = &d->toks[f - 1];
    if (w->type != TOK_WORD || !(w->flags & TF_CAP) || (w->flags & (TF_ALLCAPS | LINE_OPENS)) || cd_tok_lex(w)) return 0;
    if (cd_entity_at(d, f - 1)) return 0;
    return !(usable(d, n) && (is_type(d, n, TOK_NUM) || to_or_from(d, n)));
}

/* Label words, dates, clock times and identifiers: the number is read but is no quantity. */
static int not_a_quantity(const cd_doc *d, const nread *r)
{
    size_t f = r->first, l = r->last;
    if (identifier(d, f, l) && !(unit_possessive(d, r) && !(attached(d, f) && glued_start(d, f) > 0))) { /* "G7"; "Section 11b" (the label word names it), not "season 1992/93" */
        int ratio = attached(d, l + 1) && (is_punct(d, l + 1, '/') || is_punct(d, l + 1, '%'));
        int named = identifier_names(d, f, l) || (label_before(d, f) && !ratio && !path_piece(d, f));
        return named && (r->f & NF_DIGITS) && !(r->f & NF_WORDS) ? LABEL : NOT_REPORTED;
    }
    if (words_in_name(d, r)) return LABEL; /* "the Six Nations", "Welsh First Minister", "Million Dollar Baby" */
    if (r->unit || (r->kind != CD_NUM_CARDINAL && r->kind != CD_NUM_ORDINAL)) return QUANTITY;
    if (r->f & NF_ORD)
        return (f > 0 && month_at(d, f - 1)) || ((r->f & NF_DIGITS) && month_at(d, l + 1)) ? NOT_REPORTED : QUANTITY;
    int grouped = (r->f & NF_DIGITS) && !(r->f & (NF_PLAIN | NF_DECIMAL)); /* "598,550": a quantity's way */
    /* "version 1.0", not "High grade 598,550" (tonnes) nor "the number 3 million" (a scale word apart
     * counts; a letter joined to the digits is a model's: "the type 629G lasers") */
    int scale_word = (r->f & NF_SCALED) && l > f && !attached(d, l);
    if (label_before(d, f) && !grouped && !scale_word) return LABEL;
    if (number_no_before(d, r)) return LABEL; /* "No 10" */
    if (weak_label_before(d, f) && !grouped && !r->is_range && !counted_noun(d, l + 1))
        return LABEL; /* "in round 4", not "round three Greek islands" */
    if (!(r->f & NF_DIGITS) || (r->f & NF_WORDS)) return QUANTITY;
    if (note_marker(d, r)) return NOT_REPORTED; /* "binge eating (4)." */
    if ((r->f & NF_PLAIN) && !r->is_range && model_between(d, f)) return LABEL; /* the 747 of "12 Boeing 747 jets" */
    size_t variant = f > 0 && !attached(d, f) && model_name_word(d, f - 1) ? model_variant(d, f) : bare_model_variant(d, f);
    if (variant && (l == f || l == variant)) /* "a Boeing 737-800 jet", "Qantas 747-300 jets": a model */
        return r->is_range ? NOT_REPORTED : LABEL; /* read as a range, no label either */
    if (maker_model(d, r)) return LABEL; /* "the Boeing 747 jumbo" */
    if ((r->f & NF_PLAIN) && !r->is_range && l == f && subunit_name(d, r, l + 1)) return LABEL; /* "50 Cent" */
    if (ranked_name(d, r)) return LABEL; /* "11 Joachim Johansson (Sweden)" */
    if ((r->f & NF_PLAIN) && !r->is_range && l == f && scorers_line(d, f)) return LABEL; /* "Tamblin 74, Graham 86." */
    if (version_number(d, r)) return LABEL; /* "Firefox 1.0" */
    if (name_label(d, r)) /* "Robredo 6-0": a score after a name, not reported (nor its second half) */
        return is_dash(d, l + 1) && attached(d, l + 1) && is_type(d, l + 2, TOK_NUM) ? SCORE_AFTER_NAME : LABEL;
    if ((r->f & NF_PLAIN) && (series_label(d, r) || list_tail_label(d, r))) return LABEL; /* "Zorbos 95, 98 and 2000" */
    /* clock times: "6 pm", "10:30", "0400 GMT" */
    if (context_code(d, l + 1) == 5 && !decimal_no_clock(d, r)) return NOT_REPORTED;
    if ((r->f & NF_LEAD0) && (r->f & NF_PLAIN) && tok_len(d, f) >= 3) /* codes: "0870", "007"; not "at 0930" */
        return clock_digits(d, r) ? NOT_REPORTED : LABEL;
    if (is_punct(d, l + 1, ':') && attached(d, l + 1) && is_type(d, l + 2, TOK_NUM)) return NOT_REPORTED;
    /* street numbers: "123 Main St." */
    for (size_t k = l + 1; k <= l + 4 && k < d->n_toks && (d->toks[k].flags & TF_CAP); k++)
        if (k > l + 1 && context_code(d, k) == 2) return LABEL;
    return date_part(d, r) ? NOT_REPORTED : QUANTITY;
}

/* A label is one whole value that names: no range, unit, scale or fraction ("F-16", "version two";
 * not "the 5km2x"). */
static int label_shaped(const nread *r)
{
    return !r->is_range && r->kind == CD_NUM_CARDINAL && !r->unit && !(r->f & (NF_SCALED | NF_FRAC)) &&
           isfinite(r->v) && r->v >= 0;
}

/* An ordinal in digits ends right before token f: "1st", "3rd" (digits and an attached suffix). */
static int digits_ordinal_before(const cd_doc *d, size_t f)
{
    if (f < 2 || !is_type(d, f - 1, TOK_WORD) || !attached(d, f - 1) || !is_type(d, f - 2, TOK_NUM)) return 0;
    const cd_lexrec *r = cd_lex_rec(cd_tok_entry(&d->toks[f - 1]), LX_NUM_SUFFIX);
    return r && r->str && r->str[0] == 'o';
}

/* Words that are numbers only sometimes: "one" as a pronoun, "half" in "the first half". */
/* "half" or "quarter" at token f names a part, not a fraction, after a determiner and a
 * capitalized word, with no "of" after it: "into the Italian half", "in the Leeds half" (a side's
 * half of the pitch); "the other half went", "the Italian half of the budget" stay fractions. */
static int part_named(const cd_doc *d, size_t f)
{
    double v;
    if (f < 2 || !is_type(d, f - 1, TOK_WORD) || !(d->toks[f - 1].flags & TF_CAP) || role_of(d, f - 1, &v) ||
        context_code(d, f - 2) != 6)
        return 0;
    return !cd_tok_is(d, f + 1, "of");
}

/* "one" at token f after an article and a word in lower case that is no number word: "a good
 * one", "the only one", "a big one" (a pronoun, when no counted noun follows); not "the number
 * one spot" (a rank), nor after another determiner ("that is one reason", "each produce one disc"). */
static int adjective_before_one(const cd_doc *d, size_t f)
{
    double v;
    if (f < 2 || !is_type(d, f - 1, TOK_WORD) || (d->toks[f - 1].flags & TF_CAP) || role_of(d, f - 1, &v) ||
        cd_tok_is(d, f - 1, "number"))
        return 0;
    return cd_tok_is(d, f - 2, "a") || cd_tok_is(d, f - 2, "an") || cd_tok_is(d, f - 2, "the");
}

/* "one" at token f moved a figure one point to a level in digits: "fell one to 47", "up one to
 * 52-1/4" (change_level); not "one to watch", "lost one to injury". */
static int one_point_moved(const cd_doc *d, size_t f)
{
    return f > 0 && !(d->toks[f].flags & TF_SENT_START) && change_word(d, f - 1, 1) && usable(d, f + 2) &&
           is_type(d, f + 2, TOK_NUM);
}

static int not_a_number_word(const cd_doc *d, const nread *r)
{
    size_t f = r->first;
    if (r->first != r->last || r->unit || !(r->f & NF_WORDS) || r->is_range) return 0;
    if (hyphen_name(d, f + 2)) return 1; /* "Half-Life", "One-Direction": a name's first word */
    int prev_det = f > 0 && (context_code(d, f - 1) == 6 || (role_of(d, f - 1, &(double){0}) == 'o') ||
                             digits_ordinal_before(d, f));
    if (cd_tok_is(d, f, "one")) {
        size_t k = f + 1;
        if (prev_det || !usable(d, k) || !is_type(d, k, TOK_WORD) || noun_code(d, k) == 0) return 1;
        if (adjective_before_one(d, f) && !counted_noun(d, k)) return 1; /* "a good one on Thursday" */
        if (cd_tok_is(d, k, "of") || cd_tok_is(d, k, "another") || cd_tok_is(d, k, "who") ||
            cd_tok_is(d, k, "that") || cd_tok_is(d, k, "which") || cd_tok_is(d, k, "you") ||
            (cd_tok_is(d, k, "to") && !one_point_moved(d, f)) || cd_tok_is(d, k, "and") || cd_tok_is(d, k, "or"))
            return 1;
    }
    if (cd_tok_is(d, f, "half") || cd_tok_is(d, f, "quarter")) return prev_det || part_named(d, f);
    if (cd_tok_is(d, f, "second") && f > 0 && cd_tok_is(d, f - 1, "per")) return 1; /* "(megabits per second)" */
    return 0;
}

/* "a second" is a second of time, unless a noun follows ("a second consulate"), a dash glued to it
 * makes a compound ("a second-round win", "a second- round win"), "or" or "and" and an ordinal
 * follow ("a second or third try"; "a second or two" is time), or it follows a figure's last word,
 * a rate's "per" ("60 pages a second"). */
static void second_of_time(const cd_doc *d, nread *r, vstate *st)
{
    if (st->last != L_ART || st->last_tok != r->first + 1 || !cd_tok_is(d, st->last_tok, "second")) return;
    size_t k = st->last_tok + 1;
    if (is_dash(d, k) && attached(d, k)) return;
    if ((cd_tok_is(d, k, "or") || cd_tok_is(d, k, "and")) && usable(d, k + 1) && role_of(d, k + 1, &(double){0}) == 'o')
        return;
    size_t a = r->first; /* the article; before it a figure, or a figure and the noun it counts */
    if ((a > 0 && (d->toks[a - 1].flags & TF_NUMBER)) ||
        (a > 1 && is_type(d, a - 1, TOK_WORD) && (d->toks[a - 2].flags & TF_NUMBER)))
        return;
    if (usable(d, k) && is_type(d, k, TOK_WORD) && noun_code(d, k) != 0 && !cd_tok_is(d, k, "later") &&
        !cd_tok_is(d, k, "ago") && !cd_tok_is(d, k, "or") && !cd_tok_is(d, k, "and"))
        return;
    r->v = 1;
    r->f &= ~(unsigned)NF_ORD;
    r->kind = CD_NUM_MEASURE;
    r->unit = "seconds";
}

/* "a"/"an" (role: role_of the word at i, which start_shape has read) with no number word after it
 * and heading no number phrase ("a couple"): no number. */
static int article_alone(const cd_doc *d, size_t i, int role)
{
    if (role != 'a') return 0;
    const cd_token *t = i + 1 < d->n_toks ? &d->toks[i + 1] : NULL;
    if (t && t->type == TOK_WORD && (t->flags & TF_NUM_START) && cd_lex_has(cd_tok_entry(t), LX_NUM_WORD)) return 0;
    return cd_lex_match(d, i, LX_NUM_WORD, NULL) < 2;
}


/* "MUSD", "kEUR": a scale letter and an upper-case code ("MUSD 30"; scaled_code checks the code). */
static int code_shaped(const cd_doc *d, const cd_token *t)
{
    const char *w = d->text + t->start;
    return t->len == 4 && (w[0] == 'M' || w[0] == 'k' || w[0] == 'K') && w[1] >= 'A' && w[1] <= 'Z';
}

/* Whether the word at token i, of CD_NUM_START_CLASSES (internal.h), may start an expression. A
 * number word may, but for a lone article ("a" with no number after it). The others start only in
 * the one shape parse_expr reads from them, checked here so that the read is not tried in vain at
 * every "US", "a" or "several": a quantifier ("several", "few") only before "hundred", "thousand"
 * (read_plural's reading: "several hundred"; read_value reads nothing from it); a currency word
 * only where currency_before reads a currency and an amount after it ("US$5", "A$5"; not "US
 * firms", "a lot": no sign and no value is read from such a word). Test builds with
 * CD_NUM_CROSSCHECK start at every such word and compare (cd_find_numbers). */
static int start_shape(const cd_doc *d, size_t i, const cd_lexentry *e)
{
    double v;
    int role = role_of(d, i, &v);
    if (role == 'q') {
        int next = usable(d, i + 1) ? role_of(d, i + 1, &v) : 0;
        return next == 'h' || next == 's';
    }
    /* an article ("a", "an": the commonest words there are) with no number word after it, heading no
     * phrase (the tokenizer marked none: no "a couple", no "A$") and itself no currency: alone */
    if (role == 'a' && d->toks[i].phrases == CD_PHRASES_KNOWN && !cd_lex_has(e, LX_NUM_CURRENCY)) {
        const cd_token *t = i + 1 < d->n_toks ? &d->toks[i + 1] : NULL;
        return t && t->type == TOK_WORD && (t->flags & TF_NUM_START) && cd_lex_has(cd_tok_entry(t), LX_NUM_WORD);
    }
    if (((e->mask | e->heads) & LXM(LX_NUM_WORD)) && !article_alone(d, i, role)) return 1;
    if ((e->mask | e->heads) & LXM(LX_NUM_CURRENCY)) {
        const char *iso;
        return currency_before(d, i, &iso) > 0;
    }
    return !((e->mask | e->heads) & LXM(LX_NUM_WORD));
}

static int start_word(const cd_doc *d, size_t i, const cd_lexentry *e)
{
#ifdef CD_NUM_CROSSCHECK
    (void)d, (void)i, (void)e;
    return 1;
#else
    return start_shape(d, i, e);
#endif
}

/* Token i may start an expression: digits; a word of CD_NUM_START_CLASSES or shaped like a scaled
 * code; a sign or a leading decimal point before digits; a currency sign or a vulgar fraction. */
static int start_token(const cd_doc *d, size_t i)
{
    const cd_token *t = &d->toks[i];
    if (t->type == TOK_WORD) {
        const cd_lexentry *e = cd_tok_lex(t);
        if (t->flags & TF_NUM_START) return start_word(d, i, e);
        return code_shaped(d, t);
    }
    if (t->type == TOK_NUM) return 1;
    if (t->cp == '-' || t->cp == '.') /* a sign or a leading decimal point: digits right after */
        return attached(d, i + 1) && (is_type(d, i + 1, TOK_NUM) || (t->cp == '-' && is_punct(d, i + 1, '$')));
    if (t->cp >= 0x2010 && t->cp <= 0x205E) return 0; /* dashes, quotes, bullets: no currency, no fraction */
    return t->cp == 0x2212 || t->cp == '$' || t->cp >= 0xA2;
}

/* start_token, with its common cases inline: it runs at every token, and most are words of no
 * starting class (the tokenizer marked those of one: TF_NUM_START, no lexicon entry read here) and
 * no code's shape (four letters, upper case but for a leading "k"), or ASCII punctuation other
 * than a sign, a point or a dollar. */
/* The lex_id of article w, or one no token has (no entry: never so, test_number_article_starts.c). */
static uint32_t article_id(const char *w)
{
    uint32_t id = cd_lex_id(cd_lex_lookup(w, strlen(w)));
    return id ? id : UINT32_MAX;
}

/* Token i is "a" or "an" (articles: their lex_ids) heading no phrase, before a word of no number
 * class ("a lot", "an hour"): start_shape says no (an article alone; read as a currency, "A", no
 * amount follows), here without its lexicon reads. Not in test builds, whose gate checks it. */
static inline int article_before_word(const cd_doc *d, size_t i, const uint32_t articles[2])
{
#ifdef CD_NUM_CROSSCHECK
    (void)d, (void)i, (void)articles;
    return 0;
#else
    const cd_token *t = &d->toks[i];
    if ((t->lex_id != articles[0] && t->lex_id != articles[1]) || t->phrases != CD_PHRASES_KNOWN || i + 1 >= d->n_toks)
        return 0;
    return d->toks[i + 1].type == TOK_WORD && !(d->toks[i + 1].flags & TF_NUM_START);
#endif
}

static inline int can_start(const cd_doc *d, size_t i)
{
    const cd_token *t = &d->toks[i];
    if (t->type == TOK_WORD) {
        if (t->flags & TF_NUM_START) return start_token(d, i);
        if (t->len == 4 && ((t->flags & TF_ALLCAPS) || d->text[t->start] == 'k')) return start_token(d, i);
        return 0;
    }
    if (t->type == TOK_NUM) return 1; /* start_token's answer for digits, without its call */
    if (t->cp < 0xA2 && t->cp != '-' && t->cp != '.' && t->cp != '$') return 0;
    if ((t->cp == '.' || t->cp == '-') && t->type == TOK_PUNCT && !attached(d, i + 1))
        return 0; /* a sentence's period, a dash: start_token wants the digits right after them */
    return start_token(d, i);
}

/* Sign, "minus", a leading decimal point: the tokens before the value itself. */
static size_t read_sign(const cd_doc *d, size_t k, double *sign)
{
    double v;
    *sign = 1;
    /* a sign: touching the digits, not the word before; not after other digits and a space, where
     * it joins two numbers ("lens of 75 -300mm") */
    if ((is_punct(d, k, '-') || is_punct(d, k, 0x2212)) && attached(d, k + 1) &&
        (is_type(d, k + 1, TOK_NUM) || is_punct(d, k + 1, '$')) &&
        (k == 0 || !attached(d, k) || is_type(d, k - 1, TOK_PUNCT)) &&
        !(k > 0 && !attached(d, k) && is_type(d, k - 1, TOK_NUM))) {
        *sign = -1;
        return 1;
    }
    if (role_of(d, k, &v) == 'n' && usable(d, k + 1) &&
        (is_type(d, k + 1, TOK_NUM) || (role_of(d, k + 1, &v) && role_of(d, k + 1, &v) != 'a'))) {
        *sign = -1;
        return 1;
    }
    return 0;
}

/* The value: a leading-dot decimal ".08", "dozens of", or digits and words. */
static int read_core(const cd_doc *d, size_t k, vstate *st)
{
    if (is_punct(d, k, '.') && attached(d, k + 1) && is_type(d, k + 1, TOK_NUM) && (k == 0 || !attached(d, k)) &&
        usable(d, k + 1)) {
        double v;
        if (!plain_int(d, k + 1, &v)) return 0;
        memset(st, 0, sizeof *st);
        st->value = v / pow(10, (double)tok_len(d, k + 1));
        st->next = k + 2;
        st->last_tok = k + 1;
        st->last = L_DIGITS;
        st->f = NF_DIGITS | NF_DECIMAL;
        return 1;
    }
    if (!is_type(d, k, TOK_NUM) && read_plural(d, k, st)) return 1; /* "dozens of": words only */
    return read_value(d, k, st);
}

static void fill_core(nread *r, const vstate *st, double sign)
{
    r->v = sign * st->value;
    r->hi = r->v;
    r->scale = st->scaled_by > 1 ? st->scaled_by : 1;
    r->f |= st->f;
    r->last = st->last_tok;
    if (st->f & NF_ORD) r->kind = CD_NUM_ORDINAL;
    else if (st->f & NF_FRAC) r->kind = CD_NUM_FRACTION;
}

/* A whole number in words before a scale abbreviation written apart, as Reuters writes amounts:
 * "two mln dlrs", "five bln yen", "twenty-five mln barrels" (num_suffix.tsv role s). */
static int words_take_scale(const cd_doc *d, const nread *r, size_t k)
{
    double mult;
    if (!(r->f & NF_WORDS) || (r->f & (NF_DIGITS | NF_SCALED | NF_ORD | NF_FRAC | NF_DECIMAL))) return 0;
    return !attached(d, k) && suffix_role(d, k, &mult) == 's';
}

/* A word at k that read_currency_after reads nothing from: its lexicon entry neither holds nor
 * heads a currency, where the tokenizer marked its phrases (cd_lex_match asks the entry alone then),
 * and it is not shaped like a scaled code ("MUSD": scaled_code); its other reader asks for a dash. */
static int no_currency_word(const cd_doc *d, size_t k)
{
    if (!is_type(d, k, TOK_WORD)) return 0;
    const cd_token *t = &d->toks[k];
    return !cd_tok_may_match(t, LX_NUM_CURRENCY) && !code_shaped(d, t);
}

/* A currency after the value ending before token *k ("5 dollars", "30 MUSD", "3-euro"); most values
 * are followed by a word of none ("5 people"): no_currency_word says so without the reader. */
static void read_currency(cd_doc *d, nread *r, size_t *k)
{
    read_unless(d, r, k, no_currency_word(d, *k), read_currency_after, "number-currency-mismatch");
}

/* What a bare "m" after a figure stands for, by the words of its sentence (num_context.tsv): news
 * writes millions ("ratings drop by 4m", "a peak of 15.3m at") and metres ("cleared 1.76m to win",
 * "2.5m high") alike. */
enum { M_UNKNOWN = 0, M_MILLION = 1, M_METRES = 2, M_WINDOW = 30 /* tokens each way, within the sentence */ };

/* The reading the word at i makes likely: a word of audience, money or people copy (code 12 or
 * 15), a currency sign or a scale of millions; a word of length, height or a race (code 13), a size
 * (code 7), a thing measured in metres (code 16: "the sea wall") or a noun lengths measure
 * (num_length.tsv). */
static int m_cue(const cd_doc *d, size_t i)
{
    const cd_token *t = &d->toks[i];
    const cd_lexrec *rec;
    double v;
    /* the words alone, by rec_of: those already read as part of a number are cues too ("20 seconds") */
    if (t->type == TOK_PUNCT) return (rec = rec_of(d, i, LX_NUM_CURRENCY)) && ((int)rec->num & 1) ? M_MILLION : 0;
    if (t->type != TOK_WORD || tok_len(d, i) == 1) return 0; /* another figure's "m", an initial's "M" */
    int code = (rec = rec_of(d, i, LX_NUM_CONTEXT)) ? (int)rec->num : 0;
    if (code == 12 || code == 15 || (role_of(d, i, &v) == 's' && v >= 1e6)) return M_MILLION;
    /* "1bn euros"; not a name of another sense ("won the 800m", "pounds" of weight) on its own */
    if ((rec = rec_of(d, i, LX_NUM_CURRENCY)) && rec->str && !((int)rec->num & 4)) return M_MILLION;
    if ((rec = rec_of(d, i, LX_NUM_SUFFIX)) && rec->num >= 1e6) return M_MILLION; /* "bn", "mln" */
    if ((code == 7 || code == 16) && (t->flags & TF_CAP)) return 0; /* a name: "the High Street", "Wall Street" */
    return code == 13 || code == 7 || code == 16 || rec_of(d, i, LX_NUM_LENGTH) ? M_METRES : 0;
}

/* A race's distance in metres: 50, 60, 110, or whole hundreds up to 10,000 ("the 800m", "the
 * 10,000m"); not "the 30m" or "the 5m", amounts of money copy ("Investors lost the 30m"). */
static int race_distance(double v)
{
    return v == 50 || v == 60 || v == 110 || (v >= 100 && v <= 10000 && fmod(v, 100) == 0);
}

/* The cues of the words around the figure r, up to M_WINDOW tokens each way within its sentence:
 * one kind alone decides; both or neither leave it unknown. */
static int m_reading(const cd_doc *d, const nread *r)
{
    /* a race by its distance: "won the 800m", "the women's 1500m", "her 1500m", "the final 400m" */
    static const char *const race_before[] = {"the", "'s", "\xE2\x80\x99s", "her", "his", "final"};
    size_t f = r->first;
    int seen = 0;
    for (size_t w = 0; f > 0 && race_distance(r->v) && w < sizeof race_before / sizeof *race_before; w++)
        if (cd_tok_is(d, f - 1, race_before[w])) seen = M_METRES;
    for (size_t i = r->first, n = 0; i > 0 && n < M_WINDOW && !(d->toks[i].flags & TF_SENT_START); n++)
        seen |= m_cue(d, --i);
    for (size_t i = r->last + 1, n = 0; i < d->n_toks && n < M_WINDOW && !(d->toks[i].flags & TF_SENT_START); i++, n++)
        seen |= m_cue(d, i);
    return seen == M_MILLION || seen == M_METRES ? seen : M_UNKNOWN;
}

/* A height fallen, the figure's "m" at token m: a verb of falling right before the figure and right
 * after it a word of direction ("fell 20m down a cliff", "plunged 30m into a ravine") or "from" and a
 * thing in lower case ("falling 6m from scaffolding", "fell 4m from a roof"): metres, whatever money
 * the sentence speaks of. Not a change from a figure or a time ("fell 2m from 8m", "fell 1.5m from
 * last year", "from the previous week"). */
static int fall_height(const cd_doc *d, size_t f, size_t m)
{
    static const char *const falls[] = {"fall",     "falls",    "fell",      "falling", "fallen",
                                        "plunged",  "plunging", "plummeted", "tumbled", "tumbling"};
    static const char *const directions[] = {"off", "down", "into", "onto", "through"};
    static const char *const owners[] = {"a", "an", "the", "his", "her", "their", "its"};
    int verb = 0;
    for (size_t w = 0; f > 0 && w < sizeof falls / sizeof *falls; w++) verb |= cd_tok_is(d, f - 1, falls[w]);
    if (!verb || !usable(d, m + 1)) return 0;
    for (size_t w = 0; w < sizeof directions / sizeof *directions; w++)
        if (cd_tok_is(d, m + 1, directions[w])) return 1;
    size_t p = m + 2;
    for (size_t w = 0; w < sizeof owners / sizeof *owners && cd_tok_is(d, m + 1, "from"); w++)
        if (cd_tok_is(d, p, owners[w])) p++;
    double v;
    if (!cd_tok_is(d, m + 1, "from") || !usable(d, p) || !is_type(d, p, TOK_WORD) || role_of(d, p, &v)) return 0;
    int time_after = p + 1 < d->n_toks && (d->toks[p + 1].flags & TF_TIME); /* "from a year earlier" */
    return !(d->toks[p].flags & (TF_CAP | TF_TIME_START)) && !time_after;
}

/* A measure in metres read from a lower-case "m" written right after the figure, with no noun after
 * it that tells a length from a count (million_m reads those: "4m workers", "a 4m wall"): only
 * punctuation (but a dash joined to it), the end, or a word that ends a noun phrase ("drop by 4m",
 * "15.3m at", "1.76m to").
 * The sentence decides (m_reading); where it does not, the figure is a bare count as written, with
 * no unit: unknown rather than a guess. */
static void bare_m(const cd_doc *d, nread *r, size_t k)
{
    size_t m = r->last;
    if (r->kind != CD_NUM_MEASURE || !r->unit || strcmp(r->unit, "meters") != 0 || k != m + 1 || m == r->first ||
        tok_len(d, m) != 1 || d->text[d->toks[m].start] != 'm' || !attached(d, m))
        return;
    if (usable(d, k) && is_type(d, k, TOK_WORD) && !cd_lex_has(cd_tok_entry(&d->toks[k]), LX_CLAIM_PHRASE_STOPS)) return;
    if (is_range_dash(d, k) && attached(d, k)) return; /* "a 5m-10m wall": what follows the range tells */
    if (fall_height(d, r->first, m)) return;
    int reading = m_reading(d, r);
    if (reading == M_METRES) return;
    r->kind = CD_NUM_CARDINAL;
    r->unit = NULL;
    r->f &= ~(unsigned)NF_PLAIN; /* a letter follows: "the 1500m" is no year */
    if (reading == M_UNKNOWN) return;
    r->v *= 1e6;
    r->hi = r->v;
    r->scale = 1e6;
    r->f |= NF_SCALED;
}

/* The unit of an age: num_unit.tsv's "years old" ("31-year-old"). */
static const char *years_old(void)
{
    const cd_lexrec *age = cd_lex_rec(cd_lex_lookup("years old", 9), LX_NUM_UNIT);
    return age ? age->str : NULL;
}

static int range_from(const cd_doc *d, size_t k);

/* Digits after a word of age (num_context.tsv code 9), or after "between", "of" or a range's "from"
 * after one, are an age in years: "women aged 50 or above", "aged 18 to 24", "aged between 18 and
 * 24", "aged from 18 to 24", "at age 50", "at the age of 10", "between the ages of 10 and 17" (a
 * unit after them is their own: "aged 21 and 144 days"). Not a count of a noun ("aged 50 men"). */
static void aged(const cd_doc *d, nread *r)
{
    size_t f = r->first;
    int skip = f > 1 && (cd_tok_is(d, f - 1, "between") || cd_tok_is(d, f - 1, "of") || range_from(d, f - 1));
    size_t w = skip ? f - 1 : f;
    if (r->kind != CD_NUM_CARDINAL || r->unit || r->noun || w == 0 || !(r->f & NF_DIGITS) || (r->f & NF_WORDS) ||
        r->v < 0 || r->v > 130 || !is_type(d, w - 1, TOK_WORD))
        return;
    const cd_lexrec *rec = cd_lex_rec(cd_tok_entry(&d->toks[w - 1]), LX_NUM_CONTEXT); /* a word alone: no phrase to match */
    if (!rec || rec->num != 9) return;
    r->kind = CD_NUM_MEASURE;
    r->unit = years_old();
    if (!r->unit) r->kind = CD_NUM_CARDINAL;
}

/* An age set off by commas after a name, as news gives one: "Kenteris, 31, who won", "Gray, 43, of
 * Tuxford": one or two digits (1 to 99) between a comma after a capitalized word (no month, no
 * day, no place or organization the entity pass named) or a noun of a person's role in lower case
 * (num_context.tsv code 18: "the Wales star, 30, said", "a man, 45, was arrested") and a comma. The unit is num_unit.tsv's "years old", as "31-year-old" reads. */
static void appositive_age(const cd_doc *d, nread *r, size_t k)
{
    size_t f = r->first;
    if (r->kind != CD_NUM_CARDINAL || r->unit || r->noun || k != f + 1 || !(r->f & NF_PLAIN) || tok_len(d, f) > 2 ||
        r->v < 1 || f < 2 || !is_punct(d, f - 1, ',') || !is_punct(d, k, ',') || !usable(d, k))
        return;
    const cd_token *w = &d->toks[f - 2];
    int role = w->type == TOK_WORD && !(w->flags & TF_CAP) && context_code(d, f - 2) == 18; /* "the Wales star, 30," */
    if (!role && (w->type != TOK_WORD || !(w->flags & TF_CAP) || (w->flags & TF_ALLCAPS) ||
                  cd_lex_has(cd_tok_entry(w), LX_TIME_MONTHS) || cd_lex_has(cd_tok_entry(w), LX_TIME_WEEKDAYS)))
        return;
    /* a place or an organization has no age: "Russia, 10, was ahead of Germany, 8" is a table */
    const cd_entity *named = cd_entity_at(d, f - 2);
    if (named && named->type != cd_type_person) return;
    r->unit = years_old();
    if (r->unit) r->kind = CD_NUM_MEASURE;
}

/* A unit of temperature written in the sentence of token j: a degree sign, or "Celsius",
 * "Fahrenheit", "centigrade", "kelvin" (a word of weather or "temperature" alone is not enough: "a 5K
 * run in the heat" is a distance). */
static int temperature_unit_in_sentence(const cd_doc *d, size_t j)
{
    size_t s = cd_sentence_at(d, d->toks[j].start);
    if (s >= d->n_sinfo) return 0;
    for (size_t k = d->sinfo[s].tok_first; k < d->n_toks && k < d->sinfo[s].tok_first + d->sinfo[s].tok_count; k++)
        if (is_punct(d, k, 0xB0) || cd_tok_is(d, k, "celsius") || cd_tok_is(d, k, "fahrenheit") ||
            cd_tok_is(d, k, "centigrade") || cd_tok_is(d, k, "kelvin") || cd_tok_is(d, k, "kelvins"))
            return 1;
    return 0;
}

/* A capital K after a figure is the kelvin, not a thousand, where its sentence speaks of
 * temperature in units ("300 °C (572 °F, 573.15K)", "cooled to 4 K, far below 0 Celsius"); not
 * after a currency, nor before more letters or digits glued to it ("32K2"). */
static void read_kelvin(const cd_doc *d, nread *r, size_t *k)
{
    size_t j = *k;
    if (!usable(d, j) || !is_type(d, j, TOK_WORD) || tok_len(d, j) != 1 || d->text[d->toks[j].start] != 'K') return;
    if (!(r->f & NF_DIGITS) || (r->f & NF_SCALED) || word_goes_on(d, j + 1)) return;
    if (!attached(d, j) && !spaced_letter_ends(d, j)) return;
    if (currency_follows(d, j + 1) || !temperature_unit_in_sentence(d, j)) return;
    r->kind = CD_NUM_MEASURE;
    r->unit = "kelvin";
    r->last = j;
    *k = j + 1;
}

/* The lines of a video picture, written with a "p" as pence are: "720p", "1080p". */
static int display_lines(double v)
{
    return v == 240 || v == 360 || v == 480 || v == 576 || v == 720 || v == 1080 || v == 1440 || v == 2160 ||
           v == 4320;
}

/* A lower-case "p" written right after digits is pence, as British copy writes prices and share
 * prices ("50p", "rose 4p to 345.5p"); not a longer token ("5p2") nor the lines of a picture. */
static void read_pence(const cd_doc *d, nread *r, size_t *k)
{
    size_t j = *k;
    if (!usable(d, j) || !attached(d, j) || tok_len(d, j) != 1 || d->text[d->toks[j].start] != 'p') return;
    if (word_goes_on(d, j + 1) || display_lines(r->v) || r->is_range) return;
    r->kind = CD_NUM_MONEY;
    r->unit = "pence";
    r->last = j;
    *k = j + 1;
}

/* What follows the value: scale letters, currency, percent, units, a counted noun. */
static void read_after(cd_doc *d, nread *r, size_t *k, const char *iso, int value_is_digits)
{
    if (!iso) read_kelvin(d, r, k);
    if (value_is_digits || words_take_scale(d, r, *k)) read_suffix(d, r, k, iso);
    if (r->f & NF_ORD) {
        r->kind = CD_NUM_ORDINAL;
        return;
    }
    if (iso) {
        r->kind = CD_NUM_MONEY;
        r->unit = iso;
    }
    if (value_is_digits && !iso && r->kind == CD_NUM_CARDINAL && !(r->f & NF_SCALED)) read_pence(d, r, k);
    read_currency(d, r, k);
    if (r->kind == CD_NUM_MONEY && r->unit) per_unit(d, r, k, r->last); /* "$50 a barrel", "$15 an hour" */
    if (r->kind == CD_NUM_CARDINAL || r->kind == CD_NUM_FRACTION) read_unit(d, r, k);
    bare_m(d, r, *k);
    if (r->kind == CD_NUM_CARDINAL && !r->unit) {
        size_t j = *k;
        if (r->approx && cd_tok_is(d, j, "of")) j++; /* "hundreds of protesters" */
        if (r->approx && r->approx[0] == 'a' && usable(d, j)) {
            const char *saved_iso = NULL;
            const cd_lexrec *rec = NULL;
            if (match(d, j, LX_NUM_CURRENCY, &rec) && ((int)rec->num & 2) && rec->str) saved_iso = currency_code(d, rec, j);
            if (saved_iso) {
                r->kind = CD_NUM_MONEY;
                r->unit = saved_iso;
                return;
            }
        }
        int year = (r->f & NF_PLAIN) && tok_len(d, r->first) == 4 && yearish(r->v); /* "1987 Audi 5000 series" */
        /* a year before a modifier names a period ("1987 cash deficits"), counting nothing */
        r->noun = year ? counted_noun(d, j) : counted_noun_past_modifier(d, j);
        size_t model = r->noun || year ? 0 : model_number(d, j);
        size_t variant = model ? model_variant(d, model) : 0;
        if (model) r->noun = counted_noun(d, (variant ? variant : model) + 1); /* "12 Boeing 747(-400) jets" */
        appositive_age(d, r, *k);
        aged(d, r);
    }
}

/* A whole number in words before a compound ordinal denominator: "one twenty-fifth", "three
 * twenty-firsts", "one one hundred fifth" (a plural denominator after more than one, a singular after
 * one; a proper fraction; no noun after it). Returns the denominator's tokens. */
static size_t compound_fraction(const cd_doc *d, nread *r, const vstate *st, size_t k)
{
    double den;
    int plural;
    if (!(st->f & NF_WORDS) || (st->f & (NF_DIGITS | NF_FRAC | NF_ORD | NF_SCALED | NF_DECIMAL)) || st->value < 1 ||
        !is_whole(st->value))
        return 0;
    size_t n = denominator(d, k, &den, &plural);
    if (!n || plural != (st->value > 1) || den <= st->value || !fraction_ends(d, k + n)) return 0;
    r->v /= den;
    r->hi = r->v;
    r->kind = CD_NUM_FRACTION;
    r->f |= NF_FRAC;
    r->last = k + n - 1;
    return n;
}

/* The words right before "from" at token k, back to a "to" and the new level it gives: the "from"
 * then names the level before ("cut it to 4 pct in May from 6 to 7 pct", "to between 8 and 9 from"),
 * a range, as the change's new level is already said. Figures, words and the marks inside a figure
 * only, at most LEVEL_BACK tokens, within the sentence. */
#define LEVEL_BACK 7
#define FROM_PAIR_BACK 4
/* The "to" at token w closes a "from X to" of its own: "from" within FROM_PAIR_BACK tokens before. */
static int from_pair_to(const cd_doc *d, size_t w)
{
    for (size_t j = w; j > 0 && w - j < FROM_PAIR_BACK; ) {
        if (d->toks[j].flags & TF_SENT_START) return 0;
        if (cd_tok_is(d, --j, "from")) return 1;
    }
    return 0;
}
static int new_level_before(const cd_doc *d, size_t k)
{
    for (size_t w = k, n = 0; w > 1 && n < LEVEL_BACK; n++) {
        if (d->toks[w].flags & TF_SENT_START) return 0;
        w--;
        const cd_token *t = &d->toks[w];
        if (t->type == TOK_PUNCT && !(attached(d, w) && attached(d, w + 1))) return 0; /* "6-1/8" goes on */
        if (!cd_tok_is(d, w, "to") || w + 2 >= k) continue;
        if (from_pair_to(d, w)) return 0; /* "from 5 to 7 in 1987 and from 8 to 9": changes side by side */
        if (is_type(d, w + 1, TOK_NUM)) return 1;
        return is_type(d, w + 2, TOK_NUM) && (cd_tok_is(d, w + 1, "between") || cd_tok_in(d, w + 1, LX_NUM_APPROX));
    }
    return 0;
}

/* The figure read last before "from" at token k is a range, at most LEVEL_BACK tokens back in the
 * sentence: a level given as a range ("to between 61 and 64 mln in 1990", "ranged from 4.1 to 4.5
 * mln bales, down") is set beside the level before it written the same way ("from 55 to 58 mln"),
 * a range too, not a change. Words, figures and commas between; a verb of change other than the
 * "up" or "down" right before "from" starts a change of its own ("and exports rose from"). */
static int range_level_before(const cd_doc *d, size_t k)
{
    if (d->n_nums == 0) return 0;
    size_t n = d->n_nums - 1;
    size_t end = cd_range_stop(&d->ninfo[n]); /* the token after the range */
    if (!d->nums[n].is_range || end > k || k - end > LEVEL_BACK) return 0;
    for (size_t w = end; w < k; w++) {
        if (d->toks[w].flags & TF_SENT_START) return 0;
        if (is_type(d, w, TOK_PUNCT) && !is_punct(d, w, ',')) return 0;
        if (change_word(d, w, w + 1 < k)) return 0; /* an adverb right before "from" is its own */
    }
    return 1;
}

/* "from" at token k opens a range, not a change (which a change verb makes: "shrank from"): after a
 * form of "be", a verb of range or price ("is from 200 to 300", "ranged from -18 to -34", "priced
 * from"; num_context.tsv code 8), also with what varies between ("ranged in size from"); after "at"
 * (a price, "sold at from 5 to 6 dlrs"); after "aged" or "ages" (code 9); or after a change's new
 * level (new_level_before). */
static int range_from(const cd_doc *d, size_t k)
{
    if (k == 0 || !cd_tok_is(d, k, "from") || (d->toks[k].flags & TF_SENT_START)) return 0;
    if (context_code(d, k - 1) == 8 || cd_tok_is(d, k - 1, "at")) return 1;
    /* people "aged from 20 to 30", "ages from 5 to 11"; the singular names what a change sets
     * ("raised the age from 60 to 65") */
    if (context_code(d, k - 1) == 9 && !cd_tok_is(d, k - 1, "age")) return 1;
    if (k > 2 && cd_tok_is(d, k - 2, "in") && is_type(d, k - 1, TOK_WORD) && context_code(d, k - 3) == 8 &&
        !((d->toks[k - 1].flags | d->toks[k - 2].flags) & TF_SENT_START))
        return 1;
    return new_level_before(d, k) || range_level_before(d, k);
}

/* The word at w asks for a value after it: a preposition of level ("fell to - 5 °C", "lows of - 10
 * °C") or a verb after "to" ("how to convert - 20 degrees"). After another word a hyphen written
 * apart is a dash, as news writes one ("a record high - 40 °C - on Monday", "this year - 35
 * degrees"). */
static int asks_for_value(const cd_doc *d, size_t w)
{
    static const char *const before[] = {"to", "at", "of", "from", "around", "about", "below", "under", "near", "than"};
    for (size_t k = 0; k < sizeof before / sizeof *before; k++)
        if (cd_tok_is(d, w, before[k])) return 1;
    return w > 0 && cd_tok_is(d, w - 1, "to") && !(d->toks[w].flags & TF_SENT_START);
}

/* "convert - 20 degrees Fahrenheit": a minus written apart from a temperature, after a lower-case
 * word of the same line that asks for a value (at a line's start a hyphen is a bullet; after
 * punctuation or another word, a dash). */
static int spaced_minus(const cd_doc *d, const nread *r)
{
    size_t f = r->first;
    if (f < 2 || r->kind != CD_NUM_MEASURE || !r->unit || r->v <= 0 || r->is_range) return 0;
    if (strcmp(r->unit, "°C") != 0 && strcmp(r->unit, "°F") != 0) return 0;
    if (!(is_punct(d, f - 1, '-') || is_punct(d, f - 1, 0x2212)) || attached(d, f) || attached(d, f - 1)) return 0;
    const cd_token *dash = &d->toks[f - 1], *word = &d->toks[f - 2];
    return word->type == TOK_WORD && !(word->flags & TF_CAP) && !(dash->flags & (TF_NEWLINE_BEFORE | TF_PARA_BEFORE)) &&
           startable(d, f - 1) && !(dash->flags & TF_SENT_START) && asks_for_value(d, f - 2);
}

/* "between the ages of" before token q: "between" before a noun naming what the range measures,
 * none of the words opening a sentence ("between the ages of 10 and 17", "between the hours of"). */
static int between_the_of(const cd_doc *d, size_t q)
{
    if (q < 4 || !cd_tok_is(d, q - 1, "of") || !is_type(d, q - 2, TOK_WORD) || !cd_tok_is(d, q - 3, "the") ||
        !cd_tok_is(d, q - 4, "between"))
        return 0;
    return !((d->toks[q - 1].flags | d->toks[q - 2].flags | d->toks[q - 3].flags) & TF_SENT_START);
}

/* parse_expr at a token i that may start an expression (startable and can_start: the caller asked). */
static size_t read_expr(cd_doc *d, size_t i, nread *r, int depth)
{
    memset(r, 0, sizeof *r);
    r->first = i;
    r->emit = 1;
    r->bounded = depth == BOUNDED;
    const char *iso = NULL;
    size_t k = i + currency_before(d, i, &iso);
    double code_mult = 1;
    if (k == i && is_type(d, i + 1, TOK_NUM) && usable(d, i + 1) && (iso = scaled_code(d, i, &code_mult)) != NULL)
        k++; /* "MAUD 60" */
    double sign;
    k += read_sign(d, k, &sign);
    if (!iso && sign < 0 && k > i) k += currency_before(d, k, &iso); /* "-$5" */
    vstate st;
    if ((k == i ? !startable(d, k) : !usable(d, k)) || !read_core(d, k, &st)) return 0;
    fill_core(r, &st, sign);
    if (code_mult > 1 && !(r->f & NF_SCALED)) {
        r->v = r->hi = r->v * code_mult;
        r->f |= NF_SCALED;
    }
    int between_the = 0; /* "between the" before the value: an ordinal's range ("between the tenth and") */
    if (depth == 0) {
        size_t q = approx_before(d, r->first, &r->approx);
        int q_starts = (d->toks[q].flags & TF_SENT_START) != 0;
        if (q > 0 && !q_starts && (cd_tok_is(d, q - 1, "between") || between_the_of(d, q))) r->f |= NF_BETWEEN;
        between_the = q > 1 && !q_starts && cd_tok_is(d, q - 1, "the") && !(d->toks[q - 1].flags & TF_SENT_START) &&
                      cd_tok_is(d, q - 2, "between");
        if (q > 0 && !q_starts && (cd_tok_is(d, q - 1, "from") || cd_tok_is(d, q - 1, "by")) && !range_from(d, q - 1))
            r->f |= NF_FROM | (cd_tok_is(d, q - 1, "by") ? NF_BY : 0);
    }
    if (st.approx) r->approx = st.approx;
    second_of_time(d, r, &st);
    k = st.next;
    k += compound_fraction(d, r, &st, k);
    read_after(d, r, &k, iso, st.last == L_DIGITS && !(st.f & NF_FRAC));
    if (between_the && (r->f & NF_ORD)) r->f |= NF_BETWEEN; /* "10th" is an ordinal once its suffix is read */
    if (depth == 0) read_range(d, r, &k);
    if (!r->approx) k += approx_after(d, k, &r->approx);
    if (depth == 0 && sign > 0 && spaced_minus(d, r)) {
        r->v = r->hi = -r->v;
        r->first--;
    }
    int what = not_a_quantity(d, r);
    /* the score's second half ("Olympiakos 3-1") is read with it, else it counted on its own */
    if (what == SCORE_AFTER_NAME && k == r->last + 1 && attached(d, k + 1) && usable(d, k + 1)) k += 2;
    /* a model's variant goes with the label ("12 Boeing 747-400 jets": no count of 400 jets) */
    if (what == LABEL && k == r->last + 1 && model_variant(d, r->last) == k + 1) k += 2;
    r->end = k;
    if (!isfinite(r->v) || !isfinite(r->hi) || what || not_a_number_word(d, r)) r->emit = 0;
    r->label = what == LABEL && label_shaped(r);
    return k - i;
}

/* Reads one numeric expression starting at token i. Returns the tokens consumed from i (0: none);
 * r->emit is 0 for digits that are a label, a date, a time or an identifier. */
static size_t parse_expr(cd_doc *d, size_t i, nread *r, int depth)
{
    if (!startable(d, i) || !can_start(d, i)) {
        memset(r, 0, sizeof *r);
        return 0;
    }
    return read_expr(d, i, r, depth);
}

/* A chain of digit groups names a thing (a phone number, a part number: its groups are labels)
 * unless it is a date ("12-26-2017", "5/17/2018", "2017-12-26": a middle group of one or two digits
 * between groups of one, two or four) or a period ("1995-01", "2013-14"). With a plus sign before it,
 * it is an international phone number. */
static int chain_names(const size_t *lens, size_t groups, int plus, int slash)
{
    if (plus) return 1;
    if (groups == 2) return lens[0] == 3 && lens[1] == 4; /* 555-1234 */
    if (groups == 3 && lens[1] <= 2 && (lens[0] <= 2 || lens[0] == 4) && (lens[2] <= 2 || lens[2] == 4)) return 0;
    return !slash;
}

/* An international number written with spaces, "+44 20 7946 0958": a country code of 1 to 3
 * digits after the plus, then at least two groups of 2 to 4 digits on the same line, 8 to 15
 * digits in all (E.164's longest). Returns its tokens, 0 if it is none. */
static size_t spaced_phone(const cd_doc *d, size_t i)
{
    if (!digits_upto(d, i, 3)) return 0;
    size_t digits = tok_len(d, i), j = i + 1;
    while (j - i < 6 && usable(d, j) && !attached(d, j) && !(d->toks[j].flags & TF_NEWLINE_BEFORE) &&
           digits_upto(d, j, 4) && tok_len(d, j) >= 2) {
        digits += tok_len(d, j);
        j++;
    }
    return j - i >= 3 && digits >= 8 && digits <= 15 ? j - i : 0;
}

/* Phone numbers and digit chains: "555-1234", "+1-222-2222", "(213) 555-1234", "1995-01". Returns the
 * tokens of the chain to pass over, or 0; *label: the chain names a thing (chain_names). */
static size_t digit_chain(const cd_doc *d, size_t i, int *label)
{
    size_t k = i, groups = 1, lens[8], n_spaced;
    int slash = 0;
    *label = 0;
    if (!is_type(d, i, TOK_NUM)) return 0;
    lens[0] = tok_len(d, i);
    for (k = i + 1; groups < 8 && (is_dash(d, k) || is_punct(d, k, '.') || is_punct(d, k, '/')) &&
                    attached(d, k) && attached(d, k + 1) && is_type(d, k + 1, TOK_NUM);
         k += 2) {
        slash |= is_punct(d, k, '/');
        lens[groups++] = tok_len(d, k + 1);
    }
    int plus = i > 0 && is_punct(d, i - 1, '+') && attached(d, i);
    if (plus && groups == 1 && (n_spaced = spaced_phone(d, i)) > 0) {
        *label = 1;
        return n_spaced;
    }
    int paren = is_punct(d, i + 1, ')') && attached(d, i + 1) && lens[0] == 3 && i > 0 && is_punct(d, i - 1, '(');
    if (paren && is_type(d, i + 2, TOK_NUM)) { /* the area code; the rest is a chain */
        *label = 1;
        return 2;
    }
    double f;
    if (groups == 3 && is_dash(d, i + 1) && slash_fraction(d, i + 2, &f)) return 0; /* a price: "31-1/2" */
    size_t n = 0;
    if (groups >= 3 || (plus && groups >= 2)) {
        n = k - i;
    } else if (groups == 2 && digits_upto(d, i, lens[0])) { /* not after a decimal: "5.63-65" is a quote */
        const char *b = d->text + d->toks[i + 2].start;
        if (lens[0] == 3 && lens[1] == 4) n = k - i;                            /* 555-1234 */
        else if (lens[1] >= 2 && b[0] == '0') n = k - i;                        /* 1995-01 */
        else if (lens[0] == 4 && lens[1] == 2 && is_dash(d, i + 1)) n = k - i; /* 2013-14 */
    }
    *label = n && chain_names(lens, groups, plus, slash);
    return n;
}

/* Digits spoken one by one, "nine-one-one", "three-nought-four": three or more words of one digit
 * joined by hyphens name a number (a phone number, a code, a score). Returns the chain's tokens, 0
 * if none; then *retry is the first token after i where a chain may start again: a start inside the
 * chain walked here meets the same word that ended it, so the caller asks no more before *retry
 * (else a long chain that ends badly, "one-one-...-ten", is walked again from each of its words). */
static size_t spelled_digits(const cd_doc *d, size_t i, size_t *retry)
{
    size_t k = i, words = 0;
    double v;
    *retry = i + 1;
    if (!is_type(d, i, TOK_WORD) || !is_dash(d, i + 1)) return 0;
    for (;;) {
        if (!(k == i ? startable(d, k) : usable(d, k)) || role_of(d, k, &v) != 'c' || v > 9) {
            *retry = k > i ? k : i + 1; /* k itself may start one (startable asks less than usable) */
            return 0;
        }
        words++;
        if (!(is_dash(d, k + 1) && attached(d, k + 1) && attached(d, k + 2))) break;
        k += 2;
    }
    *retry = k + 1; /* a start inside a chain too short has fewer words still */
    return words >= 3 ? k + 1 - i : 0;
}

static void fill_number(const cd_doc *d, const nread *r, cd_number *out)
{
    memset(out, 0, sizeof *out);
    out->span = cd_tokspan(d, r->first, r->last);
    out->value = r->v;
    out->value_hi = r->is_range ? r->hi : r->v;
    out->is_range = r->is_range;
    out->kind = r->kind;
    out->unit = r->unit;
    out->approx = r->approx;
    out->sentence = cd_sentence_at(d, out->span.tstart);
}

size_t cd_parse_number_at(cd_doc *doc, size_t i, cd_number *out)
{
    nread r;
    int label;
    if (!doc || !out || i >= doc->n_toks || digit_chain(doc, i, &label)) return 0;
    memset(&doc->money_memo, 0, sizeof doc->money_memo); /* the caller may have changed the tokens */
    size_t n = parse_expr(doc, i, &r, 0);
    if (!n || !r.emit) return 0;
    fill_number(doc, &r, out);
    if (r.noun) out->unit = NULL; /* the counted noun needs the arena: cd_find_numbers sets it */
    return n;
}

/* Whether tokens (first, last] hold a sentence or paragraph start. Every read that continues an
 * expression asks usable(), so this never holds; it is the net for a read that forgets to (four were
 * found by fuzzing): the reading is dropped rather than shown across two sentences. Fuzz builds
 * define CD_STRICT_SPANS and keep such readings, so that the invariant check finds the read. */
static int crosses_sentence(const cd_doc *d, size_t first, size_t last)
{
#ifdef CD_STRICT_SPANS
    (void)d, (void)first, (void)last;
    return 0;
#else
    for (size_t k = first + 1; k <= last && k < d->n_toks; k++)
        if (d->toks[k].flags & (TF_SENT_START | TF_PARA_BEFORE)) return 1;
    return 0;
#endif
}

/* Marks the first token of every sentence but the first: expressions stop there, so that no
 * number straddles two sentences. (The splitter keeps "Rs. 500" and "No. 5" together: an
 * abbreviation's period ends a sentence only where the amount after it is no longer read.) */
static void mark_sentence_starts(cd_doc *doc)
{
    for (size_t s = 1; s < doc->n_sinfo; s++) {
        size_t f = doc->sinfo[s].tok_first;
        if (f > 0 && f < doc->n_toks) doc->toks[f].flags |= TF_SENT_START;
    }
}

/* Adds a label (CD_NUM_LABEL) of value v over text [tstart, tstop). */
static void push_label(cd_doc *doc, size_t tstart, size_t tstop, double v)
{
    cd_number *num = CD_PUSH(doc, labels);
    if (!num) return;
    num->span = cd_tspan(tstart, tstop);
    num->value = num->value_hi = v;
    num->kind = CD_NUM_LABEL;
    num->sentence = cd_sentence_at(doc, tstart);
}

/* The labels of a chain of digit groups (digit_chain): one per group, its digits' value. */
static void chain_labels(cd_doc *doc, size_t i, size_t n)
{
    for (size_t k = i; k < i + n && k < doc->n_toks; k++) {
        double v;
        int decimal;
        const cd_token *t = &doc->toks[k];
        if (t->type == TOK_NUM && digits_value(doc->text + t->start, t->len, &v, &decimal))
            push_label(doc, t->start, cd_tok_stop(t), v);
    }
}

/* s[0..n) is at least three runs of 1 to max digits joined by sep: "22,24,26", "192.168.1.2". */
static int digit_runs(const char *s, size_t n, char sep, size_t max)
{
    size_t seps = 0, run = 0;
    for (size_t k = 0; k < n; k++) {
        if (s[k] == sep) {
            if (run == 0 || run > max) return 0;
            seps++, run = 0;
        } else if (s[k] >= '0' && s[k] <= '9') {
            run++;
        } else {
            return 0;
        }
    }
    return run > 0 && run <= max && seps >= 2;
}

/* A list written without spaces, "22,24,26,31" (one token, commas that group no number): each
 * item is a number of its own, spanning its digits, and no item has four digits (years:
 * "2014,2015"). After a label ("Nos. 22,24,26") or inside an identifier, the items are labels; so
 * are the parts of a dotted address or version ("192.168.1.2", "1.2.3"). Nothing in a path. */
static void digit_list(cd_doc *doc, size_t i)
{
    const cd_token *t = &doc->toks[i];
    const char *s = doc->text + t->start;
    size_t n = t->len;
    double v;
    int decimal, label = 1;
    char sep = ',';
    if (t->type != TOK_NUM || digits_value(s, n, &v, &decimal) || path_piece(doc, i)) return;
    if (digit_runs(s, n, ',', 3)) label = identifier(doc, i, i) || label_before(doc, i);
    else if (digit_runs(s, n, '.', 9)) sep = '.';
    else return;
    for (size_t a = 0; a < n && !doc->oom;) {
        size_t b = a;
        double x = 0;
        while (b < n && s[b] != sep) x = x * 10 + (s[b++] - '0');
        if (label) {
            push_label(doc, t->start + a, t->start + b, x);
        } else {
            cd_number *num = CD_PUSH(doc, nums);
            cd_tok_range *range = CD_PUSH(doc, ninfo);
            if (!num || !range) return;
            num->span = cd_tspan(t->start + a, t->start + b);
            num->value = num->value_hi = x;
            num->kind = CD_NUM_CARDINAL;
            num->sentence = cd_sentence_at(doc, num->span.tstart);
            range->tok_first = i;
            range->tok_count = 1;
        }
        a = b + 1;
    }
    if (!label) doc->toks[i].flags |= TF_NUMBER;
}

#define STARTS_AHEAD 16 /* the starts between a start's prefetch and its read */
#define TEXT_AHEAD 8     /* the same for the start's bytes (read_digits), from its token */

/* The first token from i on (before end) that may start a number, or end. Only the tokens the
 * tokenizer listed are read (num_starts, from *c on; *c moves past those before i): the listed
 * tokens are exactly those to pass cd_may_start_number, which every token can_start lets start
 * passes (a sign or a point only before digits, as start_token wants them), so none is missed
 * (test_text.c compares the list with every token's test). */
static size_t next_start(const cd_doc *d, size_t *c, size_t i, size_t end, const uint32_t articles[2])
{
    size_t k = *c;
    while (k < d->n_num_starts && d->num_starts[k] < i) k++;
    for (; k < d->n_num_starts; k++) {
        if (k + STARTS_AHEAD < d->n_num_starts) {
            /* the starts lie far apart in a chunk's tokens, which no cache holds by this pass: ask
             * for the lines a read from a start touches first, its own, the one before (the words
             * before a number: approx_before, currency_before) and the one after (its unit or noun).
             * Here, not in a function: gcc drops the call of one that only prefetches */
            size_t ahead = d->num_starts[k + STARTS_AHEAD];
            CD_PREFETCH(&d->toks[ahead]);
            CD_PREFETCH(&d->toks[ahead > 3 ? ahead - 3 : 0]);
            CD_PREFETCH(&d->toks[ahead + 2 < d->n_toks ? ahead + 2 : ahead]);
        }
        if (k + TEXT_AHEAD < d->n_num_starts) /* its token is in the cache by now: then its bytes */
            CD_PREFETCH(d->text + d->toks[d->num_starts[k + TEXT_AHEAD]].start);
        size_t t = d->num_starts[k];
        if (t >= end) break;
        if (!(d->toks[t].flags & (TF_TIME | TF_NUMBER)) && !article_before_word(d, t, articles) && can_start(d, t)) {
            *c = k;
            return t;
        }
    }
    *c = k;
    return end;
}

#ifdef CD_NUM_CROSSCHECK
/* Test builds only (tests/c/test_number_starts.c compiles this file with CD_NUM_CROSSCHECK, where
 * start_word lets every word of CD_NUM_START_CLASSES start): whether start_shape's gate would have
 * let token i start. Where it would not, the read must come to nothing, or the gate drops a
 * number: cd_find_numbers reports that as a "number-start-mismatch" finding, and counts the
 * tokens so compared in one "number-start-checked" finding at the end. (A nested read meets the
 * gate at a token the same way: what start_shape rules out fails before the depth is read.) */
static int gate_passes(const cd_doc *d, size_t i)
{
    const cd_token *t = &d->toks[i];
    if (t->type != TOK_WORD || !(t->flags & TF_NUM_START)) return 1;
    return start_shape(d, i, cd_tok_lex(t));
}
#endif

/* The currency of the sums in millions (or another scale) read in a sentence: a later bare sum in
 * digits of that scale in the same sentence counts in it ("earned $12 mln, against 9.5 mln a year
 * ago"). Two currencies in the sentence tell no one ("32 mln marks, or 18 mln dlrs, up from 29
 * mln"); a scaled figure that counts something else ("2 mln shares") or a semicolon ends it. */
typedef struct {
    const char *unit; /* NULL: no such sum yet, or one ended */
    uint32_t sentence;
    int mixed;   /* a second currency in the sentence */
    size_t last; /* the last token of the last scaled sum of money */
} scaled_currency;

/* A semicolon between tokens a and b: the sum's clause or list item ended. */
static int semicolon_between(const cd_doc *d, size_t a, size_t b)
{
    for (size_t k = a + 1; k < b; k++)
        if (is_punct(d, k, ';')) return 1;
    return 0;
}

/* A bare figure in digits with a scale, read at r (emitted as num), takes the sentence's currency;
 * a scaled sum of money sets it. Not before "of" ("4 mln of its shares" may count shares). */
static void sentence_currency(const cd_doc *d, const nread *r, cd_number *num, scaled_currency *sc)
{
    if (!(r->f & NF_SCALED)) return;
    if (sc->sentence != num->sentence) *sc = (scaled_currency){NULL, num->sentence, 0, 0};
    if (r->kind == CD_NUM_MONEY && r->unit) {
        if (sc->unit && strcmp(sc->unit, r->unit) != 0) sc->mixed = 1;
        sc->unit = r->unit;
        sc->last = r->last;
        return;
    }
    int bare = r->kind == CD_NUM_CARDINAL && !r->unit && !r->noun;
    if (bare && (r->f & NF_DIGITS) && sc->unit && !sc->mixed && !semicolon_between(d, sc->last, r->first) &&
        !(usable(d, r->end) && cd_tok_is(d, r->end, "of"))) {
        num->kind = CD_NUM_MONEY;
        num->unit = sc->unit;
        return;
    }
    if (!bare) sc->unit = NULL;
}

void cd_find_numbers(cd_doc *doc)
{
    scaled_currency currency = {NULL, 0, 0, 0};
#ifdef CD_NUM_CROSSCHECK
    size_t checked = 0;
#endif
    mark_sentence_starts(doc);
    memset(&doc->money_memo, 0, sizeof doc->money_memo); /* this chunk's tokens: none read yet */
    const size_t end = doc->n_toks;
    size_t spelled_retry = 0; /* spelled_digits: no chain starts before this token */
    size_t listed = 0; /* the cursor of next_start in num_starts */
    const uint32_t articles[2] = {article_id("a"), article_id("an")};
    for (size_t i = next_start(doc, &listed, 0, end, articles); i < end && !doc->oom;
         i = next_start(doc, &listed, i, end, articles)) {
        int label;
        size_t chain = digit_chain(doc, i, &label);
        if (chain) {
            if (label) chain_labels(doc, i, chain);
            i += chain;
            continue;
        }
        if (i >= spelled_retry && (chain = spelled_digits(doc, i, &spelled_retry)) > 0) {
            for (size_t k = i; k < i + chain; k += 2) {
                double v = 0; /* a chain holds number words: role_of sets it */
                role_of(doc, k, &v);
                push_label(doc, doc->toks[k].start, cd_tok_stop(&doc->toks[k]), v);
            }
            i += chain;
            continue;
        }
        nread r;
#ifdef CD_NUM_CROSSCHECK
        int gated = !gate_passes(doc, i);
#endif
        /* next_start found i startable and passing can_start, and digit_chain and spelled_digits, which
         * read nothing here, changed neither: parse_expr's gate would say the same again */
        size_t n = read_expr(doc, i, &r, 0);
#ifdef CD_NUM_CROSSCHECK
        if (gated) {
            checked++;
            if (n)
                cd_add_finding(doc, "number-start-mismatch", CD_SEV_ERROR, cd_tokspan(doc, i, i),
                               "the start gate drops a read of %zu tokens", n);
        }
#endif
        if (!n) {
            digit_list(doc, i);
            i++;
            continue;
        }
        if ((r.emit || r.label) && crosses_sentence(doc, r.first, r.last)) {
            i++; /* no number straddles two sentences: drop the reading (see crosses_sentence) */
            continue;
        }
        if (r.emit) {
            cd_number *num = CD_PUSH(doc, nums);
            cd_tok_range *range = CD_PUSH(doc, ninfo);
            if (!num || !range) return;
            fill_number(doc, &r, num);
            if (r.noun) {
                const cd_token *t = &doc->toks[r.noun];
                num->unit = cd_intern(doc, doc->text + t->start, t->len);
            }
            sentence_currency(doc, &r, num, &currency);
            range->tok_first = r.first;
            range->tok_count = r.last - r.first + 1;
            for (size_t k = r.first; k <= r.last; k++) doc->toks[k].flags |= TF_NUMBER;
        } else if (r.label) {
            push_label(doc, doc->toks[r.first].start, cd_tok_stop(&doc->toks[r.last]), r.v);
        }
        i += n;
    }
#ifdef CD_NUM_CROSSCHECK
    if (doc->n_toks) cd_add_finding(doc, "number-start-checked", CD_SEV_INFO, cd_tokspan(doc, 0, 0), "%zu", checked);
#endif
}

/* After every pass has read the numbers: the labels join them in text order. A claim's numbers
 * (number_first, number_count) keep pointing at the same quantities, and take in the labels between
 * its first and its last; a claim without numbers keeps its number_first (no index is read there). */
void cd_merge_labels(cd_doc *doc)
{
    size_t n = doc->n_nums, m = doc->n_labels;
    if (!m || doc->oom) return;
    uint32_t *moved = malloc((n ? n : 1) * sizeof *moved); /* where each quantity goes */
    if (!moved) {
        doc->oom = 1;
        return;
    }
    for (size_t j = 0; j < m; j++)
        if (!CD_PUSH(doc, nums)) {
            free(moved);
            return;
        }
    /* from the back, so that nothing is overwritten before it moves; a label after a quantity
     * starting at the same offset. The quantities before the first label stay where they are. */
    size_t a = n, b = m, out = n + m;
    while (b > 0) {
        if (a > 0 && doc->labels[b - 1].span.tstart < doc->nums[a - 1].span.tstart) {
            doc->nums[--out] = doc->nums[--a];
            moved[a] = (uint32_t)out;
        } else {
            doc->nums[--out] = doc->labels[--b];
        }
    }
    size_t in_place = a; /* quantities [0, a) did not move */
    for (size_t c = 0; c < doc->n_claims; c++) {
        cd_claim *cl = &doc->claims[c];
        size_t f = cl->number_first, l = f + cl->number_count - 1;
        if (!cl->number_count || f + cl->number_count > n) continue;
        uint32_t first = f < in_place ? (uint32_t)f : moved[f], last = l < in_place ? (uint32_t)l : moved[l];
        cl->number_first = first;
        cl->number_count = last - first + 1;
    }
    free(moved);
    doc->n_labels = 0;
}
