/* Quantity and change claims, and the phrase helpers that events.c and compare.c share.
 *
 * A change claim is a change word (data/change_verbs.tsv: "shrank", "rose", "doubled"; or an
 * adverb of data/claim_change_adverbs.tsv: "up", "down") with the numbers that state the change
 * after it: "from N", "to N", "by N", or N right after the word ("rose 5%"). Its fields:
 *   from, to   the stated start and end values (NaN when not stated);
 *   by         the stated amount of change, signed (negative for a decrease) and in the terms of
 *              its own number: a count or money amount for "fell by 300", the percentage for
 *              "rose 5%", percentage points for "rose 3 points" (the claim's numbers tell which
 *              by their kind), a fraction for "cut by half" (-0.5); NaN when not stated;
 *   percent    the relative change in percent: from from and to when both are stated, else from a
 *              stated percent or fraction, else from from (or to) and an absolute by, else from the
 *              word's own factor ("doubled" = +100);
 *   direction  "increase" or "decrease" (the word's, or read from from and to for neutral words
 *              such as "went", which make a claim only with both: "went from 10 to 20").
 * A quantity claim is a number that states a fact, with its counted noun: "three consulates".
 * Numbers a change claim carries are not quantity claims of their own.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- helpers shared with events.c and compare.c ------------------------------------------- */

size_t cd_number_search(const cd_doc *doc, size_t tok)
{
    size_t n = doc->n_nums;
    if (doc->n_ninfo != n || tok >= doc->n_toks) return n;
    size_t lo = 0, hi = n; /* the last number whose first token is <= tok */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->ninfo[mid].tok_first <= tok) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return n;
    const cd_tok_range *r = &doc->ninfo[lo - 1];
    return tok < r->tok_first + r->tok_count ? lo - 1 : n;
}

void cd_claim_take_numbers(const cd_doc *doc, cd_claim *c)
{
    size_t lo = 0, hi = doc->n_nums; /* the first number starting at or after the span */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->nums[mid].span.tstart < c->span.tstart) lo = mid + 1;
        else hi = mid;
    }
    size_t k = lo;
    while (k < doc->n_nums && doc->nums[k].span.tstop <= c->span.tstop) k++;
    c->number_first = lo;
    c->number_count = k - lo;
}

/* A token that may sit inside a noun phrase besides words: "$", "%", "-" and the apostrophe
 * joined to the words around it ("San Francisco-based", "$3 million"). */
static int np_punct(const cd_doc *doc, size_t i)
{
    const cd_token *t = &doc->toks[i];
    if (cd_is_currency_sign(t->cp) || t->cp == '%') return 1;
    return (t->cp == '-' || t->cp == '&') && !(t->flags & TF_SPACE_BEFORE) && i + 1 < doc->n_toks &&
           !(doc->toks[i + 1].flags & TF_SPACE_BEFORE);
}

/* A word ending in "-ed" after a noun is the next verb ("60 diplomats angered Washington"), not
 * part of the phrase; after a determiner, an adverb or a hyphen it is an adjective ("the
 * newly opened consulate", "San Francisco-based"). */
static int verb_after_noun(const cd_doc *doc, size_t k)
{
    const cd_token *p = &doc->toks[k - 1];
    size_t pn = p->len;
    if (!cd_tok_ed_form(doc, k)) return 0;
    if (p->type == TOK_PUNCT || cd_tok_in(doc, k - 1, LX_CLAIM_DETERMINERS)) return 0;
    return !(p->type == TOK_WORD && pn > 2 && memcmp(doc->text + cd_tok_stop(p) - 2, "ly", 2) == 0);
}

size_t cd_phrase_end(const cd_doc *doc, size_t i, size_t last, size_t max)
{
    size_t k = i;
    while (k <= last && k - i < max) {
        const cd_token *t = &doc->toks[k];
        if (t->type == TOK_PUNCT) {
            if (!np_punct(doc, k)) break;
        } else if (t->type == TOK_WORD && (cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS) || (t->flags & TF_TIME) ||
                                           (k > i && verb_after_noun(doc, k)))) {
            break;
        }
        k++;
    }
    while (k > i && doc->toks[k - 1].type == TOK_PUNCT && doc->toks[k - 1].cp == '-') k--;
    return k;
}

int cd_tok_possessive(const cd_doc *doc, size_t i)
{
    if (i >= doc->n_toks || doc->toks[i].type != TOK_WORD) return 0;
    unsigned char c = (unsigned char)doc->text[doc->toks[i].start];
    return (c == '\'' || c == 0xE2) && cd_tok_in(doc, i, LX_CLAIM_DETERMINERS);
}

const char *cd_tok_text(cd_doc *doc, size_t first, size_t end)
{
    if (end <= first) return NULL;
    size_t a = doc->toks[first].start, b = cd_tok_stop(&doc->toks[end - 1]);
    return cd_intern_line(doc, doc->text + a, b - a);
}

/* ---- numbers in phrases ---------------------------------------------------------------------- */

#define NONE ((size_t)-1)

static size_t num_last_tok(const cd_doc *doc, size_t k)
{
    return cd_range_stop(&doc->ninfo[k]) - 1;
}

/* The last word of a unit ("consulates" of "Russian consulates"). */
static const char *unit_last_word(const char *unit)
{
    const char *sp = strrchr(unit, ' ');
    return sp ? sp + 1 : unit;
}

/* Token i's text equals w (of length len), ignoring ASCII case. */
static int tok_is_unit(const cd_doc *doc, size_t i, const char *w, size_t len)
{
    const cd_token *t = &doc->toks[i];
    size_t n = t->len;
    if (len != n) return 0;
    for (size_t k = 0; k < n; k++) {
        char a = doc->text[t->start + k], b = w[k];
        if (a >= 'A' && a <= 'Z') a = (char)(a + 32);
        if (b >= 'A' && b <= 'Z') b = (char)(b + 32);
        if (a != b) return 0;
    }
    return 1;
}

/* The last token of number k with its counted noun: "1,200 personnel", "three Russian
 * consulates" (the unit within three words after the number). */
static size_t number_phrase_last(const cd_doc *doc, size_t k, size_t last)
{
    size_t end = num_last_tok(doc, k);
    const char *unit = doc->nums[k].unit;
    if (!unit) return end;
    const char *w = NULL;
    size_t len = 0;
    for (size_t j = end + 1; j <= last && j <= end + 3; j++) {
        if (doc->toks[j].type != TOK_WORD || cd_tok_in(doc, j, LX_CLAIM_PHRASE_STOPS)) break;
        if (!w) w = unit_last_word(unit), len = strlen(w);
        if (tok_is_unit(doc, j, w, len)) return j;
    }
    return end;
}

/* A word that may stand between a marker and its number: "to just over 450", "by nearly 5%".
 * Determiners, names and prepositions other than the qualifying ones ("over", "about") may not. */
static int qualifier_word(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    if (t->type != TOK_WORD || (t->flags & TF_CAP) || cd_tok_in(doc, k, LX_CLAIM_DETERMINERS)) return 0;
    const cd_lexrec *stop = cd_tok_rec(doc, k, LX_CLAIM_PHRASE_STOPS); /* its role, as cd_tok_role reads it */
    return !stop || (stop->str && cd_str_is(stop->str, "qual"));
}

/* The number that starts at token j, or right after up to two qualifier words; NONE if there is
 * none or it is an ordinal. */
static size_t number_from(const cd_doc *doc, size_t j, size_t last)
{
    for (size_t k = j; k <= last && k <= j + 2; k++) {
        size_t n = cd_number_at(doc, k);
        if (n < doc->n_nums && doc->ninfo[n].tok_first >= j)
            return doc->nums[n].kind == CD_NUM_ORDINAL ? NONE : n;
        if (n < doc->n_nums || qualifier_word(doc, k)) {
            if (n < doc->n_nums) break;
            continue;
        }
        /* a qualifier the number reader took in: "to more than $60bn", "by less than 2%" (not
         * "cut up to 450 jobs": "up to" bounds the number) */
        if (cd_tok_in(doc, j, LX_CLAIM_CHANGE_ADVERBS)) break;
        for (size_t q = k + 1; q <= last && q <= j + 2; q++) {
            size_t m = cd_number_at(doc, q);
            if (m >= doc->n_nums) continue;
            if (doc->ninfo[m].tok_first == q && doc->nums[m].kind != CD_NUM_ORDINAL &&
                cd_number_stated_span(doc, m).tstart == doc->toks[j].start)
                return m;
            break;
        }
        break;
    }
    return NONE;
}

/* ---- change claims ----------------------------------------------------------------------- */

typedef struct change_parts {
    size_t from, to, by; /* number indices, NONE when not stated */
    size_t last;         /* the last token read */
    const char *dir;     /* the change word's direction (data/change_verbs.tsv), NULL if none */
    int from_earlier;    /* from is a level stated earlier: "from a previously reported 12" */
} change_parts;

#define RANGE_BEFORE_FROM 8 /* data/num_context.tsv: a word before "from" that opens a range */

/* The range number n after "from" at token j is how much the change is, not its old level: the word
 * before "from" makes it open a range ("climb anywhere from 3 to 5 pct", "an increase of from 3 to
 * 5 pct", "increases ranging from"). */
static int range_as_amount(const cd_doc *doc, size_t j, size_t n)
{
    if (j == 0 || !doc->nums[n].is_range || (doc->toks[j].flags & TF_SENT_START)) return 0;
    const cd_lexrec *r = cd_tok_rec(doc, j - 1, LX_NUM_CONTEXT);
    return r && r->num == RANGE_BEFORE_FROM;
}

static int plain_number(const cd_number *x);
static int pair_half_after(const cd_doc *doc, size_t k);
static int spelled_out(const cd_doc *doc, size_t k);

/* "by" at token j after a participle ("up from 2.0 bln dlrs earned by 70 pct of the firms", "held
 * by", "driven by") names who or what did it, not the amount of a change whose level came before. */
static int agent_by(const cd_doc *doc, size_t j)
{
    if (j == 0 || doc->toks[j - 1].type != TOK_WORD || cd_tok_rec(doc, j - 1, LX_CHANGE_VERBS)) return 0;
    const cd_token *w = &doc->toks[j - 1];
    const char *s = doc->text + w->start;
    return w->len > 3 && (memcmp(s + w->len - 2, "ed", 2) == 0 || memcmp(s + w->len - 2, "en", 2) == 0);
}

/* An amount after "a" or "an" and one word in lower case at token j ("by a further 2 pct", "by an
 * estimated 40,000", "by a massive $3bn"): the number, or NONE; not when a change word follows it,
 * whose amount it is ("helped by a sharp 9 pct rise", "by a record two-week fall"). */
static size_t number_after_article(const cd_doc *doc, size_t j, size_t last)
{
    if (j + 2 > last || !(cd_tok_is(doc, j, "a") || cd_tok_is(doc, j, "an"))) return NONE;
    const cd_token *w = &doc->toks[j + 1];
    if (w->type != TOK_WORD || (w->flags & TF_CAP) || cd_number_at(doc, j + 1) < doc->n_nums) return NONE;
    size_t n = number_from(doc, j + 2, last);
    if (n == NONE || doc->ninfo[n].tok_first != j + 2) return NONE;
    size_t after = number_phrase_last(doc, n, last) + 1;
    return after <= last && cd_tok_in(doc, after, LX_CHANGE_VERBS) ? NONE : n;
}

/* "grew 12.6 pct from a revised 11.2 pct", "by 6.2 pct from a revised 5.8": a change of percent `by`
 * against the last period's rate n (a percent, or a bare figure), not a move from that level. */
static int rate_against_rate(const cd_doc *doc, size_t by, size_t n)
{
    const cd_number *y = &doc->nums[n];
    return doc->nums[by].kind == CD_NUM_PERCENT && (y->kind == CD_NUM_PERCENT || (plain_number(y) && !y->unit));
}

static int levels_agree(const cd_doc *doc, size_t a, size_t b);
static int levels_move(const cd_doc *doc, size_t was, size_t now, const char *dir);

#define SET_NAMED_BELOW 100 /* a small count in words under this after a bare "the" names a set: earlier_level */

/* The figure at token k after a lead of an earlier level ("from the previous", "from an initial":
 * data/claim_level_leads.tsv "old" and "bare"), at most two words on ("a previously reported 1.4
 * pct") or, with `word_of`, one word and "of" ("an initial estimate of 12 mln"; not after a bare
 * "the": "from the sale of three units"), of the change p read so far: NONE when there is
 * none, or it is a year, a date, a length of time ("from the previous 12 months" tells when) or a
 * range, or it does not agree with p's new level or move to it the change word's way (a revision:
 * "gain revised to 120,000 from a previously reported 150,000"). */
static size_t earlier_level(const cd_doc *doc, size_t k, size_t last, int word_of, const change_parts *p)
{
    if (word_of && k + 1 <= last && cd_tok_is(doc, k, "of")) /* "from the record of 41" */
        k++;
    else if (word_of && k + 2 <= last && doc->toks[k].type == TOK_WORD && !(doc->toks[k].flags & TF_CAP) &&
             cd_tok_is(doc, k + 1, "of"))
        k += 2;
    if (k > last) return NONE;
    size_t n = number_from(doc, k, last);
    if (n == NONE || (doc->toks[doc->ninfo[n].tok_first].flags & TF_TIME) || cd_number_is_duration(doc, n) ||
        doc->nums[n].is_range)
        return NONE;
    /* after a bare "the", a small count in words is mostly a set named ("from the seven largest
     * nations", "the year ago quarter"); "the present seven mln" is a level */
    const cd_number *x = &doc->nums[n];
    if (!word_of && spelled_out(doc, n) && plain_number(x) && fabs(x->value) < SET_NAMED_BELOW) return NONE;
    if (p->to == NONE) return n;
    /* two sums of money: "dlrs" after "Australian dlrs" names the same currency */
    int sums = doc->nums[n].kind == CD_NUM_MONEY && doc->nums[p->to].kind == CD_NUM_MONEY;
    if (!sums && !levels_agree(doc, n, p->to)) return NONE;
    return !p->dir || cd_str_is(p->dir, "change") || levels_move(doc, n, p->to, p->dir) ? n : NONE;
}

#define OWNER_TIME_TOKENS 4 /* tokens of a time in the possessive: "the previous month's" */

/* The token after a possessive "'s" at token j, or 0: the tokenizer's own token after a word, an
 * apostrophe and "s" glued to a figure ("1986's"). */
static size_t past_possessive(const cd_doc *doc, size_t j, size_t last)
{
    if (cd_tok_possessive(doc, j)) return j + 1;
    const cd_token *a = &doc->toks[j];
    if (j + 1 >= last || a->type != TOK_PUNCT || (a->cp != '\'' && a->cp != 0x2019) || (a->flags & TF_SPACE_BEFORE) ||
        (doc->toks[j + 1].flags & TF_SPACE_BEFORE) || !cd_tok_is(doc, j + 1, "s"))
        return 0;
    return j + 2;
}

/* The token after a time in the possessive that opens at token k ("December's", "last week's", "the
 * previous month's", "1986's": at most a determiner, tokens time.c read, then "'s"), or k when none
 * does. */
static size_t past_time_owner(const cd_doc *doc, size_t k, size_t last)
{
    size_t j = k;
    if (j <= last && cd_tok_in(doc, j, LX_CLAIM_DETERMINERS) && !cd_tok_possessive(doc, j)) j++;
    size_t t = j;
    /* a time time.c does not read: "the prior year's" (data/claim_level_leads.tsv "owner") */
    const cd_lexrec *r = NULL;
    size_t owner = j <= last ? cd_lex_match(doc, j, LX_CLAIM_LEVEL_LEADS, &r) : 0;
    if (owner && r && r->str && cd_str_is(r->str, "owner")) j += owner;
    while (j <= last && j - t < OWNER_TIME_TOKENS && (doc->toks[j].flags & TF_TIME) && !cd_tok_possessive(doc, j)) j++;
    size_t after = j > t && j < last ? past_possessive(doc, j, last) : 0;
    return after ? after : k;
}

/* Reads "from N", "to N" or "by N" at token j into parts; returns 1 if it did. */
static int read_marker(const cd_doc *doc, size_t j, size_t last, int allow_of, change_parts *p)
{
    size_t *slot = NULL;
    if (cd_tok_is(doc, j, "from")) slot = &p->from;
    else if (cd_tok_is(doc, j, "to")) slot = &p->to;
    else if (cd_tok_is(doc, j, "by") || (allow_of && cd_tok_is(doc, j, "of"))) slot = &p->by;
    if (!slot || *slot != NONE || j >= last) return 0;
    if (slot == &p->to && j > 0 && cd_lex_match(doc, j - 1, LX_CLAIM_OLD_LEVELS, NULL) == 2) return 0; /* "compared to" */
    if (slot == &p->by && (p->from != NONE || p->to != NONE) && agent_by(doc, j)) return 0;
    /* "cut up to 500 jobs": a bound; not after the old level ("rose from 30 up to 45": level_particle) */
    if (slot == &p->to && j > 0 && cd_tok_is(doc, j - 1, "up") && !(p->from != NONE && num_last_tok(doc, p->from) + 2 == j))
        return 0;
    size_t n = number_from(doc, j + 1, last);
    if (n == NONE && slot != &p->by) { /* "to a seasonally adjusted 740 mln", "to as many as 75" */
        const cd_lexrec *r = NULL;
        size_t lead = cd_lex_match(doc, j + 1, LX_CLAIM_LEVEL_LEADS, &r);
        size_t owner = slot == &p->from ? past_time_owner(doc, j + 1, last) : j + 1;
        if (owner != j + 1) n = earlier_level(doc, owner, last, 1, p); /* "from November's 1.2 pct" */
        else if (lead && r && r->str && (cd_str_is(r->str, "old") || cd_str_is(r->str, "bare")))
            n = slot == &p->from ? earlier_level(doc, j + 1 + lead, last, cd_str_is(r->str, "old"), p) : NONE;
        else if (lead && j + 1 + lead <= last) n = number_from(doc, j + 1 + lead, last);
        if (n != NONE && slot == &p->from && p->by != NONE && rate_against_rate(doc, p->by, n)) n = NONE;
        if (n != NONE && slot == &p->from) p->from_earlier = 1;
    }
    if (n == NONE && slot == &p->by) n = number_after_article(doc, j + 1, last); /* "by a further 2 pct" */
    if (n == NONE) return 0;
    /* "cut the lead to 21-17", "odds cut to 6-1": a score or odds, no level (quantity_claims keeps
     * the pair) */
    if (slot != &p->by && pair_half_after(doc, n)) return 0;
    if (slot == &p->from && range_as_amount(doc, j, n)) {
        if (p->by != NONE) return 0;
        slot = &p->by;
    }
    *slot = n;
    p->last = number_phrase_last(doc, n, last);
    return 1;
}

/* A token that stops the search for the next part: the end of a clause or another change. */
static int ends_change(const cd_doc *doc, size_t j)
{
    const cd_token *t = &doc->toks[j];
    if (t->type == TOK_PUNCT) return t->cp == ';' || t->cp == ':' || t->cp == '.' || t->cp == '?';
    if (!cd_tok_lex(t)) return 0; /* no class at all */
    if (cd_tok_lex(t)->mask & (LXM(LX_CHANGE_VERBS) | LXM(LX_CLAIM_CHANGE_ADVERBS))) return 1;
    /* cd_tok_role's record, read here: the walks of a change's object ask every word they pass,
     * and most have no role at all (the mask tells, without a call) */
    const cd_lexrec *r = cd_lex_rec(cd_tok_lex(t), LX_CLAIM_PHRASE_STOPS);
    return r && r->str && cd_str_is(r->str, "conj");
}

#define CHANGE_OBJECT_GAP 4 /* words between a verb and its "from": "cut its staff from" */
#define CHANGE_PART_GAP 12  /* tokens between two parts: "from 1,200, including ..., to 450" */
#define CHANGE_OBJECT_LONG 10/* tokens of a longer object before "from X to Y": see long_object_from */

/* Token j may sit inside the object a change word takes before its "from", "to" or "by": a word
 * (with `joiners`, also a joiner inside a word and an inner "to": "debt-to-equity"), neither one of
 * those three markers nor a token that ends a change, or a year time.c read ("doubled in 2019 to"). */
static int in_change_object(const cd_doc *doc, size_t j, int joiners)
{
    const cd_token *t = &doc->toks[j];
    if (t->type == TOK_NUM && (t->flags & TF_TIME)) return 1; /* a year: "cut its 1987 budget" */
    if (joiners ? !cd_word_or_joiner(t) : t->type != TOK_WORD) return 0;
    if (cd_tok_is(doc, j, "from") || cd_tok_is(doc, j, "by") || ends_change(doc, j)) return 0;
    if (cd_tok_is(doc, j, "to")) return joiners && !(t->flags & TF_SPACE_BEFORE);
    return 1;
}

/* The first token at or after `after` (up to last + 1) past the object of a change word: at most
 * `max` tokens of in_change_object. read_change walks a short object of words ("cut its staff
 * from") and long_object_from a longer one, with joiners. */
static size_t change_object_end(const cd_doc *doc, size_t after, size_t last, size_t max, int joiners)
{
    size_t j = after;
    while (j <= last && j - after < max && in_change_object(doc, j, joiners)) j++;
    return j;
}

/* The end of a longer object after a change word: words and the joiners inside a word, up to
 * CHANGE_OBJECT_LONG + 1 tokens from `after`, none ending a change nor "to" or "by". The tokens
 * [after, walked) are a short object already (change_object_end without joiners): each is in the
 * longer one too (in_change_object with joiners differs on joiners and "to" only, which end a
 * short one), so the walk goes on from `walked`. */
static size_t long_object_end(const cd_doc *doc, size_t after, size_t walked, size_t last)
{
    return change_object_end(doc, walked, last, CHANGE_OBJECT_LONG + 1 - (walked - after), 1);
}

/* A longer object between a change word and "from" ("increase in the authorized common stock
 * from", "lowered the company's debt-to-equity ratio from"), ending at `end` (long_object_end).
 * Returns the "from" token, or NONE. The caller keeps it only when a "to" follows too: both ends
 * tie the figures to the word. */
static size_t long_object_from(const cd_doc *doc, size_t after, size_t end, size_t last)
{
    return end <= last && end - after <= CHANGE_OBJECT_LONG && cd_tok_is(doc, end, "from") ? end : NONE;
}

static int same_unit(const char *a, const char *b);

/* Numbers a and b can be two levels of one thing: a bare figure takes the other's measure ("to
 * 308,200 from 342,900 tonnes"); else both plain or of one kind, in one unit, and neither a
 * length of time ("to 1990 from 1987 levels" tells when). */
static int levels_agree(const cd_doc *doc, size_t a, size_t b)
{
    const cd_number *x = &doc->nums[a], *y = &doc->nums[b];
    if (x->kind == CD_NUM_LABEL || y->kind == CD_NUM_LABEL || cd_number_is_duration(doc, a) ||
        cd_number_is_duration(doc, b))
        return 0;
    if ((plain_number(x) && !x->unit) || (plain_number(y) && !y->unit)) return 1;
    return (x->kind == y->kind || (plain_number(x) && plain_number(y))) && same_unit(x->unit, y->unit);
}

/* Numbers `was` and `now`, the old and new level of one move, go the way of direction dir. */
static int levels_move(const cd_doc *doc, size_t was, size_t now, const char *dir)
{
    double was_by, now_by;
    cd_shared_scale(doc, was, now, &was_by, &now_by);
    double a = doc->nums[was].value * was_by, b = doc->nums[now].value * now_by;
    return cd_str_is(dir, "increase") ? b > a : b < a;
}

/* Token j is "to" and a figure with "from" and another figure right after it, or "from" and a
 * figure with "to" and another: two levels of one measure, the new and the old level of a move
 * ("to 3.5 pct from 4 pct", "from 80 to 90"). */
static int level_pair(const cd_doc *doc, size_t j, size_t last, const char *dir)
{
    int to_first = cd_tok_is(doc, j, "to");
    if (j >= last || !(to_first || cd_tok_is(doc, j, "from"))) return 0;
    size_t n = number_from(doc, j + 1, last);
    if (n == NONE || doc->nums[n].is_range) return 0;
    size_t k = number_phrase_last(doc, n, last) + 1;
    if (k >= last || !cd_tok_is(doc, k, to_first ? "from" : "to")) return 0;
    size_t m = number_from(doc, k + 1, last);
    if (m == NONE || doc->nums[m].is_range || !levels_agree(doc, n, m)) return 0;
    if (!dir || cd_str_is(dir, "change")) return 1;
    /* far from the word, levels against its direction are another move's ("raise the permitted
     * cut to 10 pct from 5 pct") */
    return to_first ? levels_move(doc, m, n, dir) : levels_move(doc, n, m, dir);
}

/* A longer object or a time between a change word and "to N from M" ("trimmed its outlook for the
 * full year to 3.5 pct from 4 pct", "cut its 1987 budget to", "fell in calendar 1986, to"): up to
 * CHANGE_OBJECT_LONG tokens of words, joiners and figures, and a comma only right before the "to".
 * Returns the "to" token, or NONE. The two levels side by side tie them to the word: a lone "to N"
 * that far away may be anything ("cut jobs at the plant to save money"). The tokens [after, walked)
 * are a longer object (long_object_end): none is a "to" with a space before it, and each is a
 * figure or in_change_object, so the walk starts at `walked`. */
static size_t object_before_to_from(const cd_doc *doc, size_t after, size_t walked, size_t last, const char *dir)
{
    for (size_t j = walked; j <= last && j - after <= CHANGE_OBJECT_LONG; j++) {
        const cd_token *t = &doc->toks[j];
        if (cd_tok_is(doc, j, "to") && (t->flags & TF_SPACE_BEFORE)) return level_pair(doc, j, last, dir) ? j : NONE;
        if (cd_tok_is_punct(doc, j, ',') && j + 1 <= last && cd_tok_is(doc, j + 1, "to")) continue;
        if (t->type == TOK_NUM || cd_number_at(doc, j) < doc->n_nums) continue; /* a year, a date, a figure */
        if (!in_change_object(doc, j, 1)) return NONE;
    }
    return NONE;
}

/* Number n is a length of time: "four years", "a two-year" (data/claim_time_units.tsv). */
int cd_number_is_duration(const cd_doc *doc, size_t n)
{
    const cd_number *x = &doc->nums[n];
    if (x->kind != CD_NUM_MEASURE || !x->unit) return 0;
    return cd_lex_rec(cd_lex_lookup(x->unit, strlen(x->unit)), LX_CLAIM_TIME_UNITS) != NULL;
}

/* A length of time read right after the change word is when or how long the change runs
 * ("lowers payments over four years", "tumbled one day after"), not its amount -- unless what
 * changes is itself a length of time, which its old or new level then shows ("hours rose 0.4
 * hours to 38.5 hours"). A "by" states the amount and is kept ("extended by two years"). */
static void drop_duration_by(const cd_doc *doc, change_parts *p)
{
    if (p->by == NONE || !cd_number_is_duration(doc, p->by)) return;
    if ((p->from != NONE && cd_number_is_duration(doc, p->from)) || (p->to != NONE && cd_number_is_duration(doc, p->to))) return;
    p->by = NONE;
}

/* Token j is "to" or "from" before a name or a grade, not a figure: "to A-minus", "from Baa-2". */
static int marker_of_state(const cd_doc *doc, size_t j, size_t last)
{
    if (j >= last || !(cd_tok_is(doc, j, "to") || cd_tok_is(doc, j, "from"))) return 0;
    const cd_token *t = &doc->toks[j + 1];
    const uint64_t times = LXM(LX_TIME_MONTHS) | LXM(LX_TIME_WEEKDAYS) | LXM(LX_TIME_SEASONS) | LXM(LX_TIME_HOLIDAYS);
    if (cd_tok_classes(t) & times) return 0; /* "from December 1985 to December 1986": when, not what */
    return t->type == TOK_WORD && (t->flags & TF_CAP) && cd_number_at(doc, j + 1) >= doc->n_nums;
}

/* After an amount read right after the change word, the change runs "to" one name or grade "from"
 * another: what moved is a rating or a state and the amount is what it applies to ("lowered 90 mln
 * dlrs of its notes to B-plus from BB"), not how much something moved. */
static int change_between_states(const cd_doc *doc, size_t after_amount, size_t last)
{
    int to = 0, from = 0;
    for (size_t j = after_amount; j <= last && j < after_amount + CHANGE_PART_GAP; j++) {
        if (ends_change(doc, j)) break;
        if (marker_of_state(doc, j, last)) {
            if (cd_tok_is(doc, j, "to")) to = 1;
            else from = 1;
        }
    }
    return to && from;
}

#define TIME_LEAD_WORDS 5 /* words that open a time phrase: "by the end of its" third quarter */

/* Token i may open the time phrase after it: a determiner, a preposition or a word of time
 * (data/time_words.tsv: "end", "of") that is no figure, nor "to" or "from". */
static int time_lead_word(const cd_doc *doc, size_t i)
{
    if (cd_tok_is(doc, i, "to") || cd_tok_is(doc, i, "from") || cd_number_at(doc, i) < doc->n_nums) return 0;
    return cd_tok_in(doc, i, LX_CLAIM_DETERMINERS) || cd_tok_in(doc, i, LX_TIME_WORDS) ||
           cd_str_is(cd_tok_role(doc, i, LX_CLAIM_PHRASE_STOPS), "prep");
}

/* The last token before a time phrase that ends right before token k ("21.4 pct last month", "540
 * in the first quarter", "8.2 bln by the end of its third quarter": a run of tokens time.c read,
 * after at most TIME_LEAD_WORDS time_lead_word), or k - 1 when no time phrase ends there; never
 * before `first`. */
static size_t before_time_phrase(const cd_doc *doc, size_t k, size_t first)
{
    size_t j = k;
    while (j > first && (doc->toks[j - 1].flags & TF_TIME)) j--;
    if (j == k) return k - 1;
    for (size_t n = 0; n < TIME_LEAD_WORDS && j > first && time_lead_word(doc, j - 1); n++) j--;
    return j - 1;
}

/* Token j is an adverb of the same direction as the change (p, word direction dir) that stated its
 * new level and no old one, after a comma that ends that level or a time phrase after it, and "from"
 * and the old level follow: "rose to 21.4 pct last month, up from 17 pct" is one move from 17 to
 * 21.4 pct, and the adverb no change of its own. */
static int adverb_gives_from(const cd_doc *doc, const change_parts *p, size_t j, size_t last, const char *dir)
{
    if (p->to == NONE || p->from != NONE || j < 2 || j + 1 >= last || !cd_tok_is_punct(doc, j - 1, ',')) return 0;
    const char *way = cd_tok_role(doc, j, LX_CLAIM_CHANGE_ADVERBS);
    if (!*way || (dir && !cd_str_is(dir, "change") && !cd_str_is(dir, way)) || !cd_tok_is(doc, j + 1, "from")) return 0;
    if (before_time_phrase(doc, j - 1, doc->ninfo[p->to].tok_first) != p->last) return 0;
    size_t m = number_from(doc, j + 2, last);
    return m != NONE && !doc->nums[m].is_range && levels_agree(doc, m, p->to) && levels_move(doc, m, p->to, way);
}

/* A word of data/claim_level_words.tsv between the change word (ending at `after - 1`) and number
 * n: the figure is the level the change crossed or reached ("dipped below 145 yen"), not its amount. */
static int level_word_before(const cd_doc *doc, size_t after, size_t n)
{
    for (size_t k = after; k < doc->ninfo[n].tok_first; k++)
        if (cd_tok_in(doc, k, LX_CLAIM_LEVEL_WORDS)) return 1;
    return 0;
}

/* Token j is "down" or "up" right after the change's old level and right before "to" and a figure:
 * the particle of the same move ("fell from 30 down to 20 pct", "rose from 30 up to 45": the number
 * reader takes no bound there), not another change. */
static int level_particle(const cd_doc *doc, const change_parts *p, size_t j)
{
    if (p->from == NONE || p->to != NONE || num_last_tok(doc, p->from) + 1 != j) return 0;
    if (!cd_tok_is(doc, j, "down") && !cd_tok_is(doc, j, "up")) return 0;
    return cd_tok_is(doc, j + 1, "to") && cd_number_starting(doc, j + 2) < doc->n_nums;
}

/* Number n, after a word of winning or losing (data/claim_result_words.tsv, ending at token
 * `word`), is a bare count followed by "of", at most a determiner and one more word, and another
 * bare count: a share of a set ("lost nine of their 14 ties", "gained four of the last six
 * places"), a tally of results, not a level that went down by nine. Other change words keep the
 * move ("shed 300 of its 2,000 staff" is a cut), and so do a percent ("up 8 pct of 1985") and a
 * sum of money. */
static int share_of_set(const cd_doc *doc, size_t word, size_t n)
{
    const cd_number *x = &doc->nums[n];
    size_t j = num_last_tok(doc, n) + 1;
    if (!cd_tok_in(doc, word, LX_CLAIM_RESULT_WORDS)) return 0;
    if (x->kind != CD_NUM_CARDINAL || x->unit || j + 1 >= doc->n_toks || !cd_tok_is(doc, j, "of")) return 0;
    size_t k = j + 1;
    if (cd_tok_in(doc, k, LX_CLAIM_DETERMINERS)) k++;
    if (k < doc->n_toks && cd_number_at(doc, k) >= doc->n_nums && doc->toks[k].type == TOK_WORD &&
        !(doc->toks[k].flags & TF_CAP))
        k++; /* "of their last 14", "of the remaining six" */
    size_t m = cd_number_starting(doc, k);
    return m < doc->n_nums && doc->nums[m].kind == CD_NUM_CARDINAL;
}

/* Number n right after a change word is no amount of a move: the first half of a score the number
 * reader split ("lost 1-3", "lost 6-3 7-6": quantity_claims keeps the pair as one claim), a
 * count after "all" that names every one of a set ("lost all four", "lost all seven of its away
 * ties": games or players counted, not a level that went down by four), or a share of a set.
 * The change word ends at token `after - 1`. */
static int no_move_amount(const cd_doc *doc, size_t after, size_t n)
{
    size_t f = doc->ninfo[n].tok_first;
    if (pair_half_after(doc, n) || share_of_set(doc, after - 1, n)) return 1;
    return f > 0 && !(doc->toks[f].flags & TF_SENT_START) && cd_tok_is(doc, f - 1, "all");
}

/* Token k is a word of content: no stop word, determiner, figure or time ("a year before"). */
static int content_word(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    return t->type == TOK_WORD && !(t->flags & (TF_TIME | TF_NUMBER)) && !cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS) &&
           !cd_tok_in(doc, k, LX_CLAIM_DETERMINERS);
}

/* Old figure m is a bare count with a noun after it that does not follow the new level `to`: "to
 * 900 against 300 rebels" sets two counts side by side, not an old level ("to 900 troops against
 * 700 troops a year before" is one). A percent or a sum keeps its measure, and the noun after it
 * names what it measures ("16 pct, against 5.8 pct growth"). */
static int old_noun_differs(const cd_doc *doc, size_t m, size_t to, size_t last)
{
    if (!plain_number(&doc->nums[m])) return 0;
    size_t a = num_last_tok(doc, m) + 1, b = num_last_tok(doc, to) + 1;
    if (a > last || !content_word(doc, a)) return 0;
    const cd_token *x = &doc->toks[a], *y = &doc->toks[b];
    return b > last || !cd_word_eq(doc->text + x->start, x->len, doc->text + y->start, y->len);
}

/* Reads at token j a word that sets an old level against the change's new one (data/
 * claim_old_levels.tsv) and that level: "rose to 2.65 dlrs compared with 2.41 dlrs", "fell to 310
 * mln against 355 mln". Only for a change that stated its new level and no old one, with a figure
 * of the same measure on the near side of the change's direction (dir); returns 1 if it read one. */
static int old_level_after(const cd_doc *doc, size_t j, size_t last, const char *dir, change_parts *p)
{
    if (p->to == NONE || p->from != NONE || p->by != NONE) return 0;
    size_t len = cd_lex_match(doc, j, LX_CLAIM_OLD_LEVELS, NULL);
    if (!len || j + len > last) return 0;
    size_t m = number_from(doc, past_time_owner(doc, j + len, last), last); /* "compared with last year's 9" */
    if (m == NONE || doc->nums[m].is_range || !levels_agree(doc, m, p->to)) return 0;
    if (cd_str_is(cd_tok_role(doc, j, LX_CLAIM_OLD_LEVELS), "strict") && old_noun_differs(doc, m, p->to, last))
        return 0;
    if (dir && !cd_str_is(dir, "change") && !levels_move(doc, m, p->to, dir)) return 0;
    p->from = m;
    p->last = number_phrase_last(doc, m, last);
    return 1;
}

/* Token j is a comma right before a figure (not a date or a year) after a change that stated only
 * its amount: the figure opens the next item of a list ("two grades up 50 cts, a third grade to 18
 * dlrs"), whose "to" or "from" is no level of this change. */
static int list_item_after(const cd_doc *doc, const change_parts *p, size_t j)
{
    if (p->from != NONE || p->to != NONE || !cd_tok_is_punct(doc, j, ',') || j + 1 >= doc->n_toks) return 0;
    return cd_number_starting(doc, j + 1) < doc->n_nums && !(doc->toks[j + 1].flags & TF_TIME);
}

/* Token j is "or" right after the new level (p) with a comma or not, and a figure that restates that
 * level in other terms, no percent ("rose to 4.6 mln dlrs, or 61 cts a share, from 3.9 mln"): the token after
 * that figure, where the change's old level may follow; j when there is none. */
static size_t past_restated_level(const cd_doc *doc, const change_parts *p, size_t j, size_t last)
{
    if (p->to == NONE || p->from != NONE || j >= last || !cd_tok_is(doc, j, "or")) return j;
    size_t end = number_phrase_last(doc, p->to, last) + 1;
    if (j != end && !(j == end + 1 && cd_tok_is_punct(doc, end, ','))) return j;
    size_t n = number_from(doc, j + 1, last);
    /* not a percent: "to 36,000, or 2.6 pct of the total, from 52,000, or 5.5 pct" sets shares of a
     * whole beside both levels, which the arithmetic check would take for the move */
    if (n == NONE || doc->ninfo[n].tok_first != j + 1 || doc->nums[n].kind == CD_NUM_PERCENT) return j;
    return number_phrase_last(doc, n, last) + 1;
}

/* Reads the parts that follow the change word ending at token `after - 1`, whose direction is dir. */
static int read_change(const cd_doc *doc, size_t after, size_t last, int adverb, const char *dir, change_parts *p)
{
    p->from = p->to = p->by = NONE;
    p->last = after - 1;
    p->dir = dir;
    p->from_earlier = 0;
    size_t j = after;
    int long_object = 0;
    if (j > last) return 0;
    size_t n = number_from(doc, j, last);
    if (n != NONE && no_move_amount(doc, after, n)) return 0;
    int direct = n != NONE;
    if (direct) { /* "rose 5%", "up 5%", "rose nearly 5%"; "fell below 150 yen" is a new level */
        if (level_word_before(doc, after, n)) p->to = n;
        else p->by = n;
        p->last = number_phrase_last(doc, n, last);
    } else {
        j = change_object_end(doc, after, last, adverb ? 0 : CHANGE_OBJECT_GAP, 0);
        if (!read_marker(doc, j, last, j == after && !adverb, p)) {
            size_t end = adverb ? after : long_object_end(doc, after, j, last);
            size_t from = adverb ? NONE : long_object_from(doc, after, end, last);
            if (from == NONE && !adverb) from = object_before_to_from(doc, after, end, last, dir); /* its "to" */
            if (from == NONE || !read_marker(doc, from, last, 0, p)) return 0;
            long_object = 1;
        }
        if (adverb && p->to != NONE) return 0; /* "up to 500" is a bound, not a change */
    }
    for (j = p->last + 1; j <= last && j <= p->last + CHANGE_PART_GAP; j++) {
        /* "by 10 to 20 pct" is one number: numbers.c by_range */
        size_t past = past_restated_level(doc, p, j, last); /* "to 4.6 mln dlrs, or 61 cts a share, from" */
        if (past != j) {
            j = past - 1;
            continue;
        }
        if (ends_change(doc, j) && !level_particle(doc, p, j) && !adverb_gives_from(doc, p, j, last, dir)) break;
        if (list_item_after(doc, p, j)) break;
        if (read_marker(doc, j, last, 0, p) || old_level_after(doc, j, last, dir, p)) j = p->last;
    }
    if (direct) {
        if (p->from == NONE && p->to == NONE && change_between_states(doc, p->last + 1, last)) return 0;
        drop_duration_by(doc, p);
        if (p->by == NONE && p->from == NONE && p->to == NONE) return 0;
    }
    return !long_object || p->to != NONE;
}

/* "a 40% increase", "a $5 million cut": a percent or an amount after "a" just before the word. */
static size_t amount_before(const cd_doc *doc, size_t i, size_t first)
{
    if (i == 0 || i <= first) return NONE;
    size_t n = cd_number_at(doc, i - 1);
    if (n >= doc->n_nums || num_last_tok(doc, n) != i - 1) return NONE;
    const cd_number *x = &doc->nums[n];
    if (x->kind == CD_NUM_PERCENT || x->kind == CD_NUM_PERCENT_POINTS) return n;
    if (cd_number_is_duration(doc, n)) return NONE; /* "a two-year slump": how long it ran */
    size_t f = doc->ninfo[n].tok_first;
    if (x->kind != CD_NUM_ORDINAL && f > first && (cd_tok_is(doc, f - 1, "a") || cd_tok_is(doc, f - 1, "an")))
        return n;
    return NONE;
}

static double value_of(const cd_doc *doc, size_t n)
{
    return n == NONE ? NAN : doc->nums[n].value;
}

/* Number k is a share of the whole in words ("a third", "half"), not a figure in digits: "up
 * 4-1/8" and "fell 3/8" are moves of a price in points, not 412% and 37.5%. */
static int in_points(const cd_doc *doc, size_t k);

static int proportion_in_words(const cd_doc *doc, size_t k)
{
    return doc->nums[k].kind == CD_NUM_FRACTION && spelled_out(doc, k) && !in_points(doc, k);
}

static int plain_number(const cd_number *x)
{
    return x->kind == CD_NUM_CARDINAL || x->kind == CD_NUM_FRACTION;
}

/* Token k is "point" or "points", or opens "percentage point(s)" and its like (data/num_unit.tsv). */
static int point_word(const cd_doc *doc, size_t k)
{
    if (k >= doc->n_toks) return 0;
    if (cd_tok_is(doc, k, "point") || cd_tok_is(doc, k, "points")) return 1;
    const cd_lexrec *r = NULL;
    return cd_tok_rec(doc, k, LX_NUM_UNIT) && cd_lex_match(doc, k, LX_NUM_UNIT, &r) >= 2 && r && r->str &&
           cd_str_is(r->str, "percentage points");
}

/* Number k counts points of a rate or an index, not a share: it is in percentage points, or a plain
 * figure before "point(s)", "a point", "of a point" ("rose 1/4 point", "fell half a point", "by a
 * quarter of a percentage point"). A move of half a point is no move of half the level. */
static int in_points(const cd_doc *doc, size_t k)
{
    const cd_number *x = &doc->nums[k];
    if (x->kind == CD_NUM_PERCENT_POINTS) return 1;
    if (!plain_number(x)) return 0;
    if (x->unit) return strcmp(x->unit, "points") == 0;
    size_t j = num_last_tok(doc, k) + 1;
    if (j < doc->n_toks && cd_tok_is(doc, j, "of")) j++;
    if (j < doc->n_toks && (cd_tok_is(doc, j, "a") || cd_tok_is(doc, j, "an"))) j++;
    return point_word(doc, j);
}

/* Number k is in basis points ("22 basis points", "25 bps"; data/num_unit.tsv), each a hundredth
 * of a percentage point. */
static int in_basis_points(const cd_doc *doc, size_t k)
{
    const cd_number *x = &doc->nums[k];
    return x->kind == CD_NUM_MEASURE && x->unit && strcmp(x->unit, "basis points") == 0;
}

/* What one unit of a change's amount (number by) is worth in its level's (number level): a
 * hundredth for basis points against a percent ("fell 20 basis points to 4.5 pct" is 0.2 of a
 * point), else one. */
static double amount_scale(const cd_doc *doc, size_t by, size_t level)
{
    return level != NONE && doc->nums[level].kind == CD_NUM_PERCENT && in_basis_points(doc, by) ? 0.01 : 1;
}

/* The length of unit u before a rate's " per ...": "cents" of "cents per pound". */
static size_t unit_base_len(const char *u)
{
    const char *per = strstr(u, " per ");
    return per ? (size_t)(per - u) : strlen(u);
}

/* Units a and b name one unit once a rate's " per ..." is set aside: "cents" and "cents per pound"
 * ("by 0.5 cent to 71 cents a lb"). NULL matches anything. */
static int same_unit(const char *a, const char *b)
{
    if (!a || !b) return 1;
    size_t la = unit_base_len(a), lb = unit_base_len(b);
    return la == lb && strncmp(a, b, la) == 0;
}

/* A change's amount (number by) and its old or new level (number level) count in the same unit, so
 * that the amount can be a share of the level. A level with no unit takes the amount's ("rose 64
 * mln marks to 11.8 billion"), and a bare amount the level's ("rose 300 mln to 6.4 billion dlrs");
 * a percent level moves by points (in_points: "rose two points to 18 pct", "half a point to 5 pct",
 * not "grow by 25 to 30 pct": a range) or basis points ("20 basis points to 4.5 pct"); otherwise
 * both plain (cardinal or fraction) or of one kind, with no two different units ("20 cents" against
 * "24.90 dlrs"). */
static int same_measure(const cd_doc *doc, size_t by, size_t level)
{
    const cd_number *x = &doc->nums[by], *y = &doc->nums[level];
    if (plain_number(y) && !y->unit) return 1;
    if (y->kind == CD_NUM_PERCENT) return in_points(doc, by) || in_basis_points(doc, by);
    if (plain_number(x) && !x->unit) return 1;
    if (x->kind != y->kind && !(plain_number(x) && plain_number(y))) return 0;
    return same_unit(x->unit, y->unit);
}

/* An amount under this share of its level is no move a story reports: the figure lost its scale or
 * unit ("increased 16 to 693 mln dlrs", where 16 was a percent). */
#define LEAST_SHARE 1e-6

/* How many of number n's money unit make a whole one: 100 for "cents", "pence", "cents per share"
 * (data/claim_sub_units.tsv, a rate read by its first part); else 1. */
static double sub_unit_count(const cd_doc *doc, size_t n)
{
    const cd_number *x = &doc->nums[n];
    if (x->kind != CD_NUM_MONEY || !x->unit) return 1;
    const cd_lexrec *r = cd_lex_rec(cd_lex_lookup(x->unit, unit_base_len(x->unit)), LX_CLAIM_SUB_UNITS);
    return r && !isnan(r->num) && r->num > 0 ? r->num : 1;
}

/* Old level *from (number pf) and new level *to (number pt) in the whole unit when one of them is
 * written in a sub-unit: "to 1.27 dlrs from 83 cts" compares 0.83 with 1.27. A bare level takes the
 * other's unit ("to around nine from six cents"). */
static void in_whole_units(const cd_doc *doc, size_t pf, size_t pt, double *from, double *to)
{
    if (doc->nums[pf].kind != CD_NUM_MONEY || doc->nums[pt].kind != CD_NUM_MONEY) return;
    double in_from = sub_unit_count(doc, pf), in_to = sub_unit_count(doc, pt);
    if (in_from != in_to) *from /= in_from, *to /= in_to;
}

/* Number n is written as digits alone (a whole figure: "10"), or, cent 1, its figure ends in a
 * decimal point and two digits (a price written to the cent: "10.70", "$4.85", "4.85 dlrs"). */
static int written_as(const cd_doc *doc, size_t n, int cent)
{
    const cd_tok_range *r = &doc->ninfo[n];
    size_t k = r->tok_first, end = r->tok_first + r->tok_count;
    while (k < end && doc->toks[k].type != TOK_NUM) k++; /* past a currency sign */
    if (k == end || (!cent && r->tok_count != 1)) return 0;
    const char *s = doc->text + doc->toks[k].start;
    size_t len = doc->toks[k].len, d = 0;
    while (d < len && s[d] >= '0' && s[d] <= '9') d++;
    if (!cent) return d == len;
    return d > 0 && d + 3 == len && s[d] == '.' && s[d + 1] >= '0' && s[d + 1] <= '9' && s[d + 2] >= '0' && s[d + 2] <= '9';
}

/* A bare whole amount, in digits or words, against a level written to the cent ("gained 10 to
 * 10.70", "gained two to 6.45"): the amount is most often in cents or pence, so neither of its
 * readings gives a percent to state. */
static int cents_amount(const cd_doc *doc, size_t by, size_t level)
{
    const cd_number *x = &doc->nums[by];
    return x->kind == CD_NUM_CARDINAL && !x->unit && (written_as(doc, by, 0) || spelled_out(doc, by)) &&
           written_as(doc, level, 1);
}

/* The top of number n when it is a range ("5-6 pct", "between 8 and 9 mln"), times scale; NaN when
 * n is one figure or none. */
static double range_top(const cd_doc *doc, size_t n, double scale)
{
    return n != NONE && doc->nums[n].is_range ? doc->nums[n].value_hi * scale : NAN;
}

static void fill_change(const cd_doc *doc, cd_claim *c, const change_parts *p, const cd_lexrec *word)
{
    double from = value_of(doc, p->from), to = value_of(doc, p->to), by = value_of(doc, p->by);
    double from_by = 1, to_by = 1;
    if (p->from != NONE && p->to != NONE) {
        cd_shared_scale(doc, p->from, p->to, &from_by, &to_by);
        from *= from_by;
        to *= to_by;
    }
    double f = from, t = to; /* the levels in one unit, for the direction and the percent */
    if (p->from != NONE && p->to != NONE) in_whole_units(doc, p->from, p->to, &f, &t);
    const char *dir = word->str;
    if (!dir || cd_str_is(dir, "change"))
        dir = isnan(f) || isnan(t) || f == t ? NULL : t > f ? "increase" : "decrease";
    double sign = dir && cd_str_is(dir, "decrease") ? -1 : 1;
    cd_numkind by_kind = p->by == NONE ? CD_NUM_CARDINAL : doc->nums[p->by].kind;
    if (!isnan(by)) by = sign * fabs(by);
    double percent = NAN;
    /* two equal levels (NaN equals nothing) tell no size of the move: "slip under 20 mln from over
     * 20 mln" crossed a line, and 0 pct would say nothing moved */
    int same_levels = f == t;
    /* a level that is a range ("to 1.8 to 1.9 bln from 2.0 bln") gives its low end: no one percent */
    int range_level = (p->from != NONE && doc->nums[p->from].is_range) || (p->to != NONE && doc->nums[p->to].is_range);
    if (!isnan(f) && !isnan(t) && f != 0 && !same_levels && !range_level) percent = (t - f) / f * 100;
    else if (!isnan(by) && by_kind == CD_NUM_PERCENT) percent = by;
    else if (!isnan(by) && proportion_in_words(doc, p->by)) percent = by * 100;
    else if (!isnan(by) && !range_level && !doc->nums[p->by].is_range) {
        size_t other = !isnan(from) ? p->from : p->to;
        double step = by * amount_scale(doc, p->by, other); /* the amount in the level's unit */
        double base = !isnan(from) ? from : !isnan(to) ? to - step : NAN;
        if (!isnan(base) && base > 0 && same_measure(doc, p->by, other) && fabs(step) >= LEAST_SHARE * base &&
            !cents_amount(doc, p->by, other))
            percent = step / base * 100;
    }
    if (isnan(percent) && !isnan(word->num) && word->num > 0 && !same_levels) percent = (word->num - 1) * 100;
    c->change->from = from;
    c->change->to = to;
    c->change->from_hi = range_top(doc, p->from, from_by);
    c->change->to_hi = range_top(doc, p->to, to_by);
    c->change->by = by;
    c->change->percent = percent;
    c->change->direction = dir;
}

/* Number n is money or a percent: a price or a rate that moves. */
static int price_figure(const cd_doc *doc, size_t n)
{
    return doc->nums[n].kind == CD_NUM_MONEY || doc->nums[n].kind == CD_NUM_PERCENT;
}

/* A bare amount n before "to" and a price or rate, the level it moved to: "closed down four to 12
 * yen" (the amount counts that price's units). */
static int price_level_after(const cd_doc *doc, size_t n, size_t last)
{
    size_t j = num_last_tok(doc, n) + 1;
    if (!plain_number(&doc->nums[n]) || doc->nums[n].unit || j >= last || !cd_tok_is(doc, j, "to")) return 0;
    size_t m = number_from(doc, j + 1, last);
    return m != NONE && price_figure(doc, m);
}

/* "up" or "down" at token i is the particle of a verb, not a change: part of an event phrase
 * before anything but a price ("shut down 700 websites"), or after a verb and before a counted object ("set up two schools";
 * "sales were up 5%", "was down 20,000 people" stay changes) or a share of something ("make up 40% of
 * the total", "pay down $60 million of debt", "take up 300 million of the notes": a part, not a move). */
static int verb_particle(const cd_doc *doc, size_t i, size_t first, size_t last)
{
    if (i <= first) return 0;
    size_t n = number_from(doc, i + 1, last);
    int counted = n != NONE && doc->nums[n].kind == CD_NUM_CARDINAL && doc->nums[n].unit != NULL;
    int price = n != NONE && (price_figure(doc, n) || price_level_after(doc, n, last));
    const cd_lexrec *r; /* "closed down 6 pence" is a price that fell */
    if (!price && cd_tok_rec(doc, i - 1, LX_EVENT_VERBS) && cd_lex_match(doc, i - 1, LX_EVENT_VERBS, &r) >= 2) return 1;
    const cd_token *p = &doc->toks[i - 1];
    if (p->type != TOK_WORD || (p->flags & TF_CAP) || cd_tok_in(doc, i - 1, LX_CLAIM_PHRASE_STOPS) ||
        cd_str_is(cd_tok_role(doc, i - 1, LX_CLAIM_VERB_CUES), "be") || cd_number_at(doc, i - 1) < doc->n_nums)
        return 0;
    size_t after = n == NONE ? NONE : number_phrase_last(doc, n, last) + 1;
    return counted || (after != NONE && after <= last && cd_tok_is(doc, after, "of"));
}

#define RESULT_LEAST 1e5 /* a sum of money this large moves no price: a loss or a gain */

/* The change word at token i with amount `by` and no old or new level names a result: "Tamsin Oil
 * lost 36 mln dlrs", "net includes gain 740,000 dlrs" (data/claim_result_words.tsv), not "Shell lost
 * 10p" or "the fund lost 5 pct". */
static int names_result(const cd_doc *doc, size_t i, const change_parts *p)
{
    if (p->by == NONE || p->from != NONE || p->to != NONE || !cd_tok_in(doc, i, LX_CLAIM_RESULT_WORDS)) return 0;
    const cd_number *x = &doc->nums[p->by];
    return x->kind == CD_NUM_MONEY && fabs(x->value) >= RESULT_LEAST;
}

/* The change word at token i is a win or a loss (data/claim_result_words.tsv) of people that a role
 * names (data/person_nouns.tsv kind 1: a sport's position or a job): "Wales lost two props", "the
 * club gained a striker" tell of players gone or come, no quantity that moved. */
#define ROLE_NOUN 1
static int people_won_or_lost(const cd_doc *doc, size_t i, const change_parts *p)
{
    if (p->by == NONE || p->from != NONE || p->to != NONE || !cd_tok_in(doc, i, LX_CLAIM_RESULT_WORDS)) return 0;
    const cd_number *x = &doc->nums[p->by];
    if (x->kind != CD_NUM_CARDINAL || !x->unit) return 0;
    size_t len = strlen(x->unit);
    if (len > 1 && x->unit[len - 1] == 's') len--; /* the list holds the singular */
    const cd_lexrec *r = cd_lex_rec(cd_lex_lookup(x->unit, len), LX_PERSON_NOUNS);
    return r && r->num == ROLE_NOUN;
}

/* Number m, a level stated just before an adverb's comma or after "at", counts what the change's
 * own figure (its old level, else its amount) counts: a bare figure takes the other's measure
 * ("870,000 pounds, up from 833,000"); an amount in percent fits any level, one in points only a
 * percent, and money in cents or pence money in the whole unit. */
static int level_fits(const cd_doc *doc, size_t m, const change_parts *p)
{
    const cd_number *y = &doc->nums[m];
    if (p->from != NONE) return levels_agree(doc, p->from, m);
    cd_numkind k = doc->nums[p->by].kind;
    if (k == CD_NUM_PERCENT) return 1;
    if (k == CD_NUM_MONEY && y->kind == CD_NUM_MONEY && (sub_unit_count(doc, p->by) > 1 || sub_unit_count(doc, m) > 1))
        return 1; /* "12.40 dlrs, down 35 cts", "up 17 cents at $42.18": the cents of the level's money */
    if (k == CD_NUM_PERCENT_POINTS) return y->kind == CD_NUM_PERCENT;
    return same_measure(doc, p->by, m);
}

#define COUNTED_NOUN_GAP 3 /* tokens from a figure to its counted noun: number_phrase_last */

/* The number that ends at token e, alone or with its counted noun ("sold 6,400 cars"), or NONE. */
static size_t number_ending_at(const cd_doc *doc, size_t e, size_t first)
{
    for (size_t k = e + 1; k > first && e + 1 - k <= COUNTED_NOUN_GAP; k--) {
        size_t m = cd_number_at(doc, k - 1);
        if (m >= doc->n_nums) continue;
        return num_last_tok(doc, m) == e || number_phrase_last(doc, m, e) == e ? m : NONE;
    }
    return NONE;
}

#define LEVELS_APART 1000 /* two levels of one move this many times apart measure two things */

/* Number m, a figure before the comma of a move, counts per unit ("1.17 dlrs a share", "45 cts per
 * share") or in another unit than the move's old level (number from), or has a unit where the
 * level has none or the other way round, or is a share in words (the "quarter" of a period): a
 * figure that may measure something else than the sum that moved. */
static int other_measure(const cd_doc *doc, size_t m, size_t from)
{
    const char *u = doc->nums[m].unit, *v = doc->nums[from].unit;
    if (proportion_in_words(doc, m)) return 1;
    if (!u || !v) return u != v;
    return strstr(u, "per ") || strstr(v, "per ") || !same_unit(u, v);
}

/* Numbers a (an old level) and b (a figure before the comma of its move) are over LEVELS_APART
 * times apart and b counts in another measure (other_measure): "earned 2.1 mln dlrs, or 1.17 dlrs
 * a share, down from 2.4 mln dlrs" sets a share's earnings before the sum that moved
 * (level_before_comma then tries the figure it restates). Magnitude alone is no sign: "holds 2.5
 * billion dlrs, up from 1.9 mln dlrs" is one move of over 1,000 times. */
static int levels_far_apart(const cd_doc *doc, size_t a, size_t b)
{
    if (!other_measure(doc, b, a)) return 0;
    double a_by, b_by;
    cd_shared_scale(doc, a, b, &a_by, &b_by);
    double x = fabs(doc->nums[a].value * a_by), y = fabs(doc->nums[b].value * b_by);
    return x > 0 && y > 0 && (x > LEVELS_APART * y || y > LEVELS_APART * x);
}

/* Number m (in the sentence from token `first`) can be the level an adverb's move (p, word)
 * reached: no earlier change holds it (`carried`), no date, ordinal, label, range or length of
 * time, and it counts what the move does (level_fits), on the far side of its old level. */
static int level_of_move(const cd_doc *doc, size_t m, size_t first, const change_parts *p, const cd_lexrec *word,
                         const unsigned char *carried)
{
    if (carried[m] || doc->ninfo[m].tok_first < first) return 0;
    const cd_number *y = &doc->nums[m];
    if (y->kind == CD_NUM_ORDINAL || y->kind == CD_NUM_LABEL || y->is_range || cd_number_is_duration(doc, m)) return 0;
    /* "at six, up from 14": a rank, whose figure falls as it goes up; the levels must agree with
     * the adverb's direction */
    if (p->from != NONE && word->str && !levels_move(doc, p->from, m, word->str)) return 0;
    if (p->from != NONE && levels_far_apart(doc, p->from, m)) return 0;
    return level_fits(doc, m, p);
}

/* The figure that number m restates after "or", with a comma before it or not ("6.6 mln dlrs, or 45
 * cts a share", "4.2 bln dlrs or 8 pct of assets"), or NONE. */
static size_t restated_figure(const cd_doc *doc, size_t m, size_t first)
{
    size_t f = doc->ninfo[m].tok_first;
    if (f < first + 2 || !cd_tok_is(doc, f - 1, "or")) return NONE;
    size_t e = cd_tok_is_punct(doc, f - 2, ',') ? f - 3 : f - 2;
    return e + 1 > first ? number_ending_at(doc, e, first) : NONE;
}

/* "was 22, down from 26", "sold 4,000 tonnes, up 5 pct": a figure that ends right before the comma
 * of an adverb's change, with its counted noun or not ("sold 4,000 cars, up 5 pct"), or before a
 * time phrase there ("was 22 last year, down from 26"), is the level the move reached, its new
 * value; the story states one change, not a quantity and a move with no end. A figure restated
 * after "or" there leaves the one before it the level. Returns that number, or NONE: when the
 * change states its own new level, or no figure passes level_of_move. */
static size_t level_before_comma(const cd_doc *doc, size_t i, size_t first, const change_parts *p,
                                 const cd_lexrec *word, const unsigned char *carried)
{
    if (i < first + 2 || p->to != NONE || (p->from == NONE && p->by == NONE)) return NONE;
    if (!cd_tok_is_punct(doc, i - 1, ',')) return NONE;
    size_t e = before_time_phrase(doc, i - 1, first); /* "was 21.4 pct last month, up from 17 pct" */
    size_t m = e + 1 > first ? number_ending_at(doc, e, first) : NONE;
    if (m == NONE) return NONE;
    if (level_of_move(doc, m, first, p, word, carried)) return m;
    /* "earned 6.6 mln dlrs, or 45 cts a share, up from 5.1 mln dlrs": the figure that one restates */
    m = restated_figure(doc, m, first);
    return m != NONE && level_of_move(doc, m, first, p, word, carried) ? m : NONE;
}

/* "up 17 cents at $42.18", "7.8% higher at 16.60 euros": a figure right after "at" that ends a
 * change with only its amount (p) is the level the move closed at, its new value. Returns that
 * number, or NONE: a date, an ordinal, a label, a length of time or a range, or a figure that
 * counts what the amount does not (level_fits). */
static size_t level_after_at(const cd_doc *doc, const change_parts *p, size_t last)
{
    size_t j = p->last + 1;
    if (p->by == NONE || p->from != NONE || p->to != NONE || j >= last || !cd_tok_is(doc, j, "at")) return NONE;
    size_t m = number_from(doc, j + 1, last);
    if (m == NONE) return NONE;
    const cd_number *y = &doc->nums[m];
    if (y->kind == CD_NUM_LABEL || y->is_range || cd_number_is_duration(doc, m)) return NONE;
    size_t after = number_phrase_last(doc, m, last) + 1; /* "at three, six and 12 months": a list, of terms */
    if (after < last && cd_tok_is_punct(doc, after, ',') &&
        cd_number_starting(doc, after + 1) < doc->n_nums)
        return NONE;
    return level_fits(doc, m, p) ? m : NONE;
}

/* Adds the change claim of parts p and change word `word` from token start; 0 when memory ran out. */
static int add_change(cd_doc *doc, size_t si, size_t start, const change_parts *p, const cd_lexrec *word)
{
    cd_claim *c = cd_add_claim(doc, CD_CLAIM_CHANGE, cd_tokspan(doc, start, p->last), si);
    if (!c) return 0;
    fill_change(doc, c, p, word);
    cd_claim_take_numbers(doc, c);
    cd_claim_reason(doc, c, "change");
    if (c->number_count) cd_claim_reason(doc, c, "number");
    return 1;
}

/* The first token after a time phrase that opens at token j ("in 1999", "in the first half": a
 * preposition of time, at most a determiner, and tokens time.c read), or j when none opens there. */
static size_t past_time_phrase(const cd_doc *doc, size_t j, size_t last)
{
    size_t k = j;
    if (k > last || !cd_str_is(cd_tok_role(doc, k, LX_TIME_WORDS), "prep") || cd_tok_is(doc, k, "to") ||
        cd_tok_is(doc, k, "from"))
        return j;
    k++;
    if (k <= last && cd_tok_in(doc, k, LX_CLAIM_DETERMINERS)) k++;
    if (k > last || !(doc->toks[k].flags & TF_TIME)) return j;
    while (k <= last && (doc->toks[k].flags & TF_TIME)) k++;
    return k;
}

#define ELIDED_SUBJECT 4 /* words naming what else moved: "and exports", "and the rate for women" */

/* After a change that stated both its levels and ended at token `end` (and a time phrase), "and"
 * (or a comma, or both) and at most ELIDED_SUBJECT words, then two levels of one measure moving the
 * word's way (dir): a change of another thing, or of the same in another period, whose verb the
 * story left out ("imports rose to 220 from 160 and exports to 95 from 76"). Returns the first
 * marker of those levels, or NONE. */
static size_t elided_change(const cd_doc *doc, size_t end, size_t last, const char *dir)
{
    size_t joiner = past_time_phrase(doc, end + 1, last), j = joiner;
    if (j < last && cd_tok_is_punct(doc, j, ',')) j++;
    if (j < last && cd_tok_is(doc, j, "and")) j++;
    if (j == joiner) return NONE;
    j = change_object_end(doc, j, last, ELIDED_SUBJECT, 0);
    return level_pair(doc, j, last, dir) ? j : NONE;
}

/* A change word of the other direction whose object holds the change word at token i (`word`, a
 * noun then), with only determiners and other words of that object between, no figure, preposition,
 * conjunction or auxiliary (data/claim_phrase_stops.tsv): "boost the proposed tax cut by 5 bln"
 * moves the cut up, "cut the planned increase by 2 pct" moves the increase down. Returns that
 * word's token, or NONE ("a rise in fees cut profits by 2 pct" is the rise's subject). */
static size_t governing_change(const cd_doc *doc, size_t i, size_t first, const cd_lexrec *word)
{
    if (!word->str || (!cd_str_is(word->str, "increase") && !cd_str_is(word->str, "decrease"))) return NONE;
    for (size_t k = i, n = 0; k > first && n <= CHANGE_OBJECT_GAP; n++) {
        k--;
        const cd_lexrec *r = cd_tok_rec(doc, k, LX_CHANGE_VERBS);
        if (r) return r->str && !cd_str_is(r->str, word->str) &&
                      (cd_str_is(r->str, "increase") || cd_str_is(r->str, "decrease")) ? k : NONE;
        if (doc->toks[k].type != TOK_WORD || cd_number_at(doc, k) < doc->n_nums ||
            cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS) || ends_change(doc, k))
            return NONE;
    }
    return NONE;
}

/* Tries a change claim at token i of the sentence [first, last]; returns 1 and the last token it
 * covers in *end when there is one (or memory ran out while adding it). */
static int change_at(cd_doc *doc, size_t si, size_t i, size_t first, size_t last, size_t *end,
                     const unsigned char *carried)
{
    /* both lists are single words: no phrase lookup on every token */
    const cd_lexrec *word = cd_tok_rec(doc, i, LX_CHANGE_VERBS);
    int adverb = word == NULL;
    if (!word) word = cd_tok_rec(doc, i, LX_CLAIM_CHANGE_ADVERBS);
    if (!word || (adverb && verb_particle(doc, i, first, last))) return 0;
    size_t head = adverb ? NONE : governing_change(doc, i, first, word);
    if (head != NONE) word = cd_tok_rec(doc, head, LX_CHANGE_VERBS); /* "boost the tax cut by 2 bln" */
    else head = i;
    size_t len = 1;
    change_parts p;
    int stated = read_change(doc, i + len, last, adverb, word->str, &p);
    size_t before = amount_before(doc, i, first);
    if (stated && before != NONE && p.by == NONE) {
        p.by = before;
        /* "a 2.1 pct rise from an earlier 1.9 pct": the rise as first reported, no level */
        if (p.from_earlier && p.to == NONE && rate_against_rate(doc, before, p.from)) {
            p.from = NONE;
            p.last = i + len - 1;
        }
    }
    else if (!stated && before != NONE) {
        p.from = p.to = NONE;
        p.by = before;
        p.last = i + len - 1;
        stated = 1;
    }
    int factor = !isnan(word->num) && word->num > 0;
    int neutral = !word->str || cd_str_is(word->str, "change");
    if (!stated && !factor) return 0;
    if (stated && (names_result(doc, i, &p) || people_won_or_lost(doc, i, &p))) return 0;
    if (!stated) p.last = i + len - 1;
    if (neutral && (p.from == NONE || p.to == NONE)) return 0; /* "went to 3 schools" */
    size_t level = adverb && stated ? level_before_comma(doc, i, first, &p, word, carried) : NONE;
    if (level != NONE) p.to = level;
    size_t closed = stated ? level_after_at(doc, &p, last) : NONE;
    if (closed != NONE) {
        p.to = closed;
        p.last = number_phrase_last(doc, closed, last);
    }
    size_t start = level != NONE ? doc->ninfo[level].tok_first : before != NONE && p.by == before ? doc->ninfo[before].tok_first : head;
    *end = p.last;
    if (!add_change(doc, si, start, &p, word)) return 1;
    if (p.from == NONE || p.to == NONE) return 1;
    for (size_t j; (j = elided_change(doc, *end, last, word->str)) != NONE;) {
        change_parts q = {NONE, NONE, NONE, j, word->str, 0};
        read_marker(doc, j, last, 0, &q);
        read_marker(doc, q.last + 1, last, 0, &q);
        *end = q.last;
        if (!add_change(doc, si, j, &q, word)) return 1;
    }
    return 1;
}

/* ---- quantity claims --------------------------------------------------------------------- */

static int spelled_out(const cd_doc *doc, size_t k)
{
    const cd_tok_range *r = &doc->ninfo[k];
    for (size_t t = r->tok_first; t < r->tok_first + r->tok_count; t++)
        if (doc->toks[t].type == TOK_NUM) return 0;
    return 1;
}

/* Whether the last sentence asked about is a question: the numbers of a sentence come together. */
typedef struct question_memo {
    size_t sentence; /* SIZE_MAX: none yet */
    int is;
} question_memo;

static int sentence_is_question(const cd_doc *doc, size_t si)
{
    const cd_sent_info *s = &doc->sinfo[si];
    for (size_t t = s->tok_first + s->tok_count; t > s->tok_first; t--) {
        const cd_token *tk = &doc->toks[t - 1];
        if (tk->type != TOK_PUNCT || !cd_is_quote(tk->cp)) return tk->type == TOK_PUNCT && tk->cp == '?';
    }
    return 0;
}

/* A number states a fact when it counts something (a unit), is money, a percentage or a measure,
 * or is written in digits in a sentence that is not a question; ordinals rank, they do not count,
 * and a headline or page-chrome line needs a lower-case counted noun or a typed unit (money ...). Spelled-out numbers without a noun are
 * mostly idiom ("it takes two to tango"). */
static int states_fact(const cd_doc *doc, size_t k, question_memo *q)
{
    const cd_number *x = &doc->nums[k];
    if (x->kind == CD_NUM_ORDINAL || x->sentence >= doc->n_sents) return 0;
    if (doc->toks[doc->ninfo[k].tok_first].flags & TF_TIME) return 0;
    if (x->sentence != q->sentence) {
        q->sentence = x->sentence;
        q->is = sentence_is_question(doc, x->sentence);
    }
    if (q->is) return 0;
    int typed = x->unit != NULL || x->kind == CD_NUM_MONEY || x->kind == CD_NUM_PERCENT ||
                x->kind == CD_NUM_PERCENT_POINTS || x->kind == CD_NUM_MEASURE;
    if (doc->sents[x->sentence].headline) { /* "Copyright 2018 Example News" counts no news */
        const cd_sent_info *s = &doc->sinfo[x->sentence];
        size_t unit = number_phrase_last(doc, k, s->tok_first + s->tok_count - 1);
        if (unit != num_last_tok(doc, k)) return !(doc->toks[unit].flags & TF_CAP);
        return x->unit && x->kind != CD_NUM_CARDINAL;
    }
    return typed || !spelled_out(doc, k);
}

#define TOKENS_AHEAD 8 /* the tokens a loop asks the cache for this many items ahead */

/* Number k is a whole count of one digit token, with its counted noun or not: the second half of
 * "won 3-0" or of "ran out 6-5 winners". */
static int whole_count(const cd_doc *doc, size_t k)
{
    const cd_number *x = &doc->nums[k];
    const cd_tok_range *r = &doc->ninfo[k];
    return x->kind == CD_NUM_CARDINAL && !x->is_range && r->tok_count == 1 && doc->toks[r->tok_first].type == TOK_NUM;
}

/* A bare count in digits: one digit token, a whole cardinal, no range and no unit. */
static int bare_count(const cd_doc *doc, size_t k)
{
    return whole_count(doc, k) && !doc->nums[k].unit;
}

/* Number k + 1 is the other half of a score or a tally ("won 3-0", "6-4", "passed 8-1", "6-5
 * winners") that the number reader split at its dash into two counts, not a range (TF_SCORE_DASH),
 * the first a bare count: either half alone ("0") says nothing; the pair is one claim, with the
 * noun after it. */
static int pair_half_after(const cd_doc *doc, size_t k)
{
    if (k + 1 >= doc->n_nums || !bare_count(doc, k) || !whole_count(doc, k + 1)) return 0;
    size_t dash = num_last_tok(doc, k) + 1;
    return doc->ninfo[k + 1].tok_first == dash + 1 && (doc->toks[dash].flags & TF_SCORE_DASH);
}

static void quantity_claims(cd_doc *doc, const unsigned char *carried)
{
    question_memo q = {SIZE_MAX, 0};
    for (size_t k = 0; k < doc->n_nums; k++) {
        /* a number's first token is far from the last one's: ask for it while the loop works */
        if (k + TOKENS_AHEAD < doc->n_nums && doc->ninfo[k + TOKENS_AHEAD].tok_first < doc->n_toks)
            CD_PREFETCH(&doc->toks[doc->ninfo[k + TOKENS_AHEAD].tok_first]);
        if (carried[k] || !states_fact(doc, k, &q)) continue;
        size_t si = doc->nums[k].sentence, count = 1;
        /* a score's halves: both free, the pair is one claim over both ("3-0", not "3" and "0") */
        if (!carried[k + 1] && pair_half_after(doc, k) && states_fact(doc, k + 1, &q)) count = 2;
        const cd_sent_info *s = &doc->sinfo[si];
        size_t last = number_phrase_last(doc, k + count - 1, s->tok_first + s->tok_count - 1);
        cd_claim *c = cd_add_claim(doc, CD_CLAIM_QUANTITY, cd_tokspan(doc, doc->ninfo[k].tok_first, last), si);
        if (!c) return;
        c->number_first = k;
        c->number_count = count;
        k += count - 1;
        cd_claim_reason(doc, c, "number");
    }
}

void cd_find_claims(cd_doc *doc)
{
    if (doc->n_ninfo != doc->n_nums || doc->n_sinfo != doc->n_sents) return;
    unsigned char *carried = calloc(doc->n_nums + 1, 1);
    if (!carried) {
        doc->oom = 1;
        return;
    }
    /* the tokens tried are the cues (doc.c): change words among them, each in its sentence */
    for (size_t cue = 0, si = 0; cue < doc->n_cues;) {
        /* the cues are apart: ask for a cue token's line a few cues before the loop reads it */
        if (cue + TOKENS_AHEAD < doc->n_cues) CD_PREFETCH(&doc->toks[doc->cues[cue + TOKENS_AHEAD]]);
        size_t i = doc->cues[cue++];
        const cd_token *t = &doc->toks[i];
        /* change_at's first test inline: a change verb or adverb */
        if (t->type != TOK_WORD || !(cd_tok_mask(t) & (LXM(LX_CHANGE_VERBS) | LXM(LX_CLAIM_CHANGE_ADVERBS))))
            continue;
        size_t s = cd_cue_sentence(doc, &si, i);
        if (s >= doc->n_sents) continue;
        size_t first = doc->sinfo[s].tok_first, last = first + doc->sinfo[s].tok_count - 1;
        size_t before = doc->n_claims, end;
        if (!change_at(doc, s, i, first, last, &end, carried)) continue;
        for (size_t n = before; n < doc->n_claims; n++) { /* an elided change may follow the first */
            const cd_claim *c = &doc->claims[n];
            for (size_t k = 0; k < c->number_count; k++) carried[c->number_first + k] = 1;
        }
        cue = cd_cue_skip(doc, cue, end); /* go on after the claim */
    }
    quantity_claims(doc, carried);
    free(carried);
}
