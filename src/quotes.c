/*
 * Quote claims: direct quotes, partial quotes and indirect speech, each with its speaker; and the
 * findings `quote-marks` (unbalanced or mixed marks) and `unattributed-quote`.
 *
 * 1. Pairing, one pass with a small stack per paragraph (linear, bounded: MAX_DEPTH open marks).
 *    Curly marks say which way they face; a straight one faces by its neighbours (white space
 *    before and a word after: opening); a straight or curly single mark with no open single quote
 *    is an apostrophe ("the players' union"). A closing mark of the other style closes the open
 *    quote anyway (“...regrettable," is one quote) and is reported with both places. A quote left
 *    open at a paragraph's end continues when the next paragraph opens with a mark (the newsroom
 *    style for multi-paragraph quotes); otherwise it is reported. Quoted tokens get TF_QUOTED.
 * 2. Speakers of direct quotes: right after the quote ("..., Peskov said", "..., said Peskov",
 *    "... Kremlin says"), else a speech verb before it in the sentence ("Peskov told reporters that
 *    Moscow was “perplexed”"), else, for a quote that opens its paragraph, the last speaker of the
 *    paragraph before (the quote paragraph that follows an attributed one). Speakers are entities
 *    (their canonical names), pronouns ("he said": the last person speaker or the person who is
 *    the subject of a recent sentence, whichever is nearer), or descriptions headed by a title
 *    ("Russian President Vladimir Putin’s spokesman").
 * 3. Indirect speech: "X said/told reporters (that) CLAUSE" and "CLAUSE, X said." (direct = false,
 *    span and quote = the reported clause).
 * Scare quotes: one or two quoted words with no speech verb around them (“Russophobia”) are marked
 * quoted but make no claim. The same words quoted twice (a headline and the body) are one quote:
 * a person named for them in one place names the speaker of the other when that one had only an
 * organization or nobody ("'it takes two to tango,' Kremlin says" -> Dmitry Peskov).
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define ROLE_NOUN 2 /* data/ent_titles.tsv's kind of a plural role noun ("analysts"): a group of unnamed people */
#define MAX_DEPTH 8            /* open quote marks per paragraph; deeper ones are ignored */
#define MAX_MARK_FINDINGS 50   /* quote-marks findings per document (chunk); then a summary */
#define ATTRIB_AFTER 8         /* tokens after a closing mark searched for "Peskov said" */
#define SPEAKER_PHRASE 24      /* tokens of a speaker phrase before its verb ("..., Anna Berg, a
                                * senior analyst with Nordic Bank, told") */
#define VERB_BEFORE 40         /* tokens before an opening mark searched for a speech verb */
#define NP_MAX 8               /* tokens of a speaker description */
#define PRONOUN_WINDOW 400     /* tokens back searched for a pronoun's person */
#define CONTINUED_SENTENCES 3  /* sentences after an attributed quote whose quotes go on with it */
#define SHORTCODE_TOKENS 40     /* a shortcode's `[` before a value, and its value, are this near */
#define MISTYPED_CLOSE_TOKENS 8 /* `"naked warrants'`: a mistyped close this near its open mark */
#define SCARE_WORDS 2          /* this many words or fewer, no speech verb: scare quotes */
#define VERB_IN_QUOTE 12       /* tokens before a quote's sentence end searched for "..., she said." */
#define CLAUSE_MAX 160         /* tokens of a reported clause; longer is not prose (and stays linear) */

static const char DESCRIPTION[] = "description";

/* ---- 1. pairing ---------------------------------------------------------------------------- */

typedef struct qopen {
    size_t tok;
    int dbl;   /* a double mark */
    int curly; /* a typographic mark (“ ‘ „ «) */
} qopen;

typedef struct qpair {
    size_t open, close; /* marks; close is the paragraph's last token when open_end */
    int open_end;       /* continued in the next paragraph: no closing mark */
    size_t words;       /* the words quoted, counted while the pair's tokens are marked TF_QUOTED */
} qpair;

typedef struct pairing {
    qopen stack[MAX_DEPTH];
    size_t depth;
    qpair *pairs;
    size_t n_pairs, cap_pairs;
    size_t *paras; /* the tokens after the first that start a paragraph, in order (for para_of) */
    size_t n_paras, cap_paras;
    size_t findings, more;
    size_t single_closed; /* the last mark that closed a single quote, plus one (0: none yet) */
    int apostrophes;      /* a double mark was used as an apostrophe (reported once: copy that does
                           * it once does it for every apostrophe) */
    size_t *strays;       /* double marks after a word that close nothing (`farmers" incomes`), */
    size_t n_strays, cap_strays; /* reported at the end unless the document has such an apostrophe */
    size_t skip;          /* a mark that is none (a shortcode value's close), plus one (0: none) */
    size_t as_double;     /* the second mark of AP style's ’’, plus one (0: none) */
    int oom;
} pairing;

static int is_double(uint32_t cp)
{
    return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB;
}

static inline int is_mark(const cd_token *t)
{
    return t->type == TOK_PUNCT && cd_is_quote(t->cp);
}

/* A quote mark of a quote (cd_find_quotes marks its pairs' tokens), not an apostrophe left
 * unpaired ("Radio 4's", "the players' union"). */
static inline int paired_mark(const cd_token *t)
{
    return is_mark(t) && (t->flags & TF_QUOTED);
}

/* May token t be or start a speech verb? verb_at's first test, inline: the passes ask it of nearly
 * every token, and most words neither are nor start a speech verb. */
static inline int may_be_verb(const cd_token *t)
{
    return cd_tok_may_match(t, LX_QUOTE_VERBS);
}

static const cd_lexrec *verb_match(const cd_doc *doc, size_t i)
{
    if (i > 0 && !(doc->toks[i].flags & TF_SPACE_BEFORE) && cd_tok_is_punct(doc, i - 1, '-')) return NULL; /* so-called */
    const cd_lexrec *r;
    size_t n = cd_lex_match(doc, i, LX_QUOTE_VERBS, &r);
    /* "as one trader put it," speaks; "put it into training" does not: "put it" ends its clause */
    if (n && r->str && cd_str_is(r->str, "put") && i + n < doc->n_toks && doc->toks[i + n].type != TOK_PUNCT) return NULL;
    return n ? r : NULL;
}

/* The token after the speech verb that starts at token v: past all its words ("said", "points
 * out", "according to", "came the reply"). */
static size_t verb_end(const cd_doc *doc, size_t v)
{
    size_t n = cd_lex_match(doc, v, LX_QUOTE_VERBS, NULL);
    return v + (n ? n : 1);
}

/* The period of an abbreviation or an initial: "Sen.", "U.S.", "J." */
static int abbrev_dot(const cd_doc *doc, size_t i)
{
    const cd_token *w = cd_dot_word(doc, i);
    if (!w) return 0;
    /* a title's own word ("said the first official. The sources said") ends its sentence: only a
     * title of two letters not listed there ("Fr.") is an abbreviation */
    return w->len == 1 || cd_lex_has(cd_tok_entry(w), LX_ABBREVIATIONS) ||
           (w->len == 2 && cd_lex_has(cd_tok_entry(w), LX_ENT_TITLES));
}

/* White space (or a paragraph start, or an opening bracket or dash) before token i. */
static inline int space_before(const cd_doc *doc, size_t i)
{
    if (i == 0 || (doc->toks[i].flags & (TF_SPACE_BEFORE | TF_NEWLINE_BEFORE))) return 1;
    const cd_token *p = &doc->toks[i - 1];
    return p->type == TOK_PUNCT && (p->cp == '(' || p->cp == '[' || cd_is_dash(p->cp) ||
                                    (is_mark(p) && p->cp != '\'' && p->cp != 0x2019));
}

/* White space, the end, or closing punctuation after token i (not a currency sign or an opening
 * bracket: `"[Alastair] will act`, `"(It) appears`). */
static int space_after(const cd_doc *doc, size_t i)
{
    if (i + 1 >= doc->n_toks) return 1;
    const cd_token *n = &doc->toks[i + 1];
    if (n->flags & (TF_SPACE_BEFORE | TF_NEWLINE_BEFORE)) return 1;
    return n->type == TOK_PUNCT && !(cd_is_currency_sign(n->cp) || n->cp == '(' || n->cp == '[');
}

static void mark_finding(cd_doc *doc, pairing *p, size_t tok, const qopen *related, const char *fmt)
{
    if (p->findings >= MAX_MARK_FINDINGS) {
        p->more++;
        return;
    }
    p->findings++;
    cd_finding *f = cd_add_finding(doc, "quote-marks", CD_SEV_WARNING, cd_tokspan(doc, tok, tok), "%s", fmt);
    if (related) cd_finding_relate(doc, f, cd_tokspan(doc, related->tok, related->tok));
}

static void push_pair(pairing *p, size_t open, size_t close, int open_end)
{
    qpair *q = cd_vec_push_inline((void **)&p->pairs, &p->n_pairs, &p->cap_pairs, sizeof *q);
    if (!q) {
        p->oom = 1;
        return;
    }
    q->open = open;
    q->close = close;
    q->open_end = open_end;
}

/* The deepest open mark of the kind (double or single) on the stack, or depth if none. */
static size_t find_open(const pairing *p, int dbl)
{
    for (size_t k = p->depth; k > 0; k--)
        if (p->stack[k - 1].dbl == dbl) return k - 1;
    return p->depth;
}

/* The outermost open mark of the kind (double or single), or depth if none. */
static size_t find_outer(const pairing *p, int dbl)
{
    for (size_t k = 0; k < p->depth; k++)
        if (p->stack[k].dbl == dbl) return k;
    return p->depth;
}

static void close_quote(cd_doc *doc, pairing *p, size_t at, size_t tok, int curly)
{
    qopen o = p->stack[at];
    p->depth = at; /* marks opened inside and never closed were apostrophes or typos: dropped */
    if (o.curly != curly)
        mark_finding(doc, p, tok, &o,
                     curly ? "a straight opening quote mark is closed by a curly one"
                           : "a curly opening quote mark is closed by a straight one");
    if (p->depth == 0) push_pair(p, o.tok, tok, 0);
}

static void open_quote(pairing *p, size_t tok, int dbl, int curly)
{
    if (p->depth == MAX_DEPTH) return; /* nesting this deep is not prose */
    qopen o = {tok, dbl, curly};
    p->stack[p->depth++] = o;
}

static int ends_sentence(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    return t->type == TOK_PUNCT && (t->cp == '!' || t->cp == '?' || (t->cp == '.' && !abbrev_dot(doc, k)));
}

/* Token i follows a sentence's end: a full stop, `!` or `?`, or one that a single quote closes
 * (`say 'wow - that's interesting.' "My view is...`: the quote's paragraph ended there). A single
 * mark that closed nothing (`"...bandwidth.' "It`) is a mismatched closing mark, no end. */
static int after_sentence_end(const cd_doc *doc, const pairing *p, size_t i)
{
    if (i >= 2 && p->single_closed == i) i--; /* mark i - 1 closed a single quote */
    if (i == 0) return 0;
    const cd_token *t = &doc->toks[i - 1];
    return t->type == TOK_PUNCT && (t->cp == '.' || t->cp == '!' || t->cp == '?');
}

/* A sentence ends between tokens a and b. Asked of two open marks, it scans each stretch of
 * tokens once: the earlier mark leaves the stack. */
static int sentence_between(const cd_doc *doc, size_t a, size_t b)
{
    for (size_t k = a + 1; k < b; k++)
        if (ends_sentence(doc, k)) return 1;
    return 0;
}

static size_t subject_end(const cd_doc *doc, size_t first, size_t v);
static int speaker_phrase(const cd_doc *doc, size_t first, size_t v);

#define TEXT_VERB 4 /* data/quote_verbs.tsv kind 4: "the notice read"; "fun to read, fun to ..." is no attribution */
#define AFTER_QUOTE_VERB 5 /* data/quote_verbs.tsv kind 5: '"...," agreed Ross', not "Ross agreed to sell" */

/* Whether a speech verb at token k, after a comma inside a quote (comma: the token after the
 * comma, plus one), attributes the quote: right after the comma ("?, asked Ben Ode") or after its
 * subject ("Ana Cole said"), not a clause's ("but say they can't afford it", "Time will tell"); a
 * text's verb never ("fun to read"), a verb of kind 5 only right after a closing mark and the comma. */
static int verb_attributes_inside(const cd_doc *doc, size_t k, size_t comma)
{
    const cd_lexrec *v = verb_match(doc, k);
    if (!v || v->num == TEXT_VERB) return 0;
    if (v->num == AFTER_QUOTE_VERB) return k + 1 == comma && is_mark(&doc->toks[k - 1]);
    return k + 1 == comma || (speaker_phrase(doc, comma - 1, subject_end(doc, comma - 1, k)) &&
                              !cd_str_is(cd_tok_role(doc, k - 1, LX_CLAIM_VERB_CUES), "modal"));
}

/* `"We doubled the pay, Ana Cole said. "We will...`: a speech verb after a comma in the sentence
 * that ends at token end is the open quote's own attribution, so the quote lost its closing mark.
 * Without one the quote reads on into the next: `Ana Cole said: "We doubled the pay. "We will...`
 * is a quote of several paragraphs (each opens with a mark, only the last closes) whose paragraph
 * breaks were lost, as in copy whose paragraphs were joined. */
static int attributed_inside(const cd_doc *doc, size_t open, size_t end)
{
    size_t k = end > open + VERB_IN_QUOTE ? end - VERB_IN_QUOTE : open + 1;
    size_t comma = 0; /* the token after the last comma, "?" or "!", plus one (0: none) */
    for (; k < end; k++) {
        const cd_token *t = &doc->toks[k];
        if (t->type == TOK_PUNCT && (t->cp == ',' || t->cp == '?' || t->cp == '!'))
            comma = k + 2 + (k + 1 < end && is_mark(&doc->toks[k + 1])); /* `sides," the analyst told` */
        else if (t->type == TOK_PUNCT && t->cp == '.' && !abbrev_dot(doc, k)) comma = 0;
        else if (comma && may_be_verb(t) && verb_attributes_inside(doc, k, comma))
            return 1;
    }
    return 0;
}

static int glued(const cd_doc *doc, size_t i)
{
    return !(doc->toks[i].flags & (TF_SPACE_BEFORE | TF_NEWLINE_BEFORE));
}

/* A straight double mark glued to a number, with no quote open, is inches or seconds ('a 34" screen',
 * '5\' 10" tall', '22" long'): no quote mark at all. */
static int inch_mark(const cd_doc *doc, size_t i)
{
    return i > 0 && doc->toks[i - 1].type == TOK_NUM && !(doc->toks[i].flags & TF_SPACE_BEFORE);
}

/* A straight double mark inside a word before a contraction's ending: `Britain"s`, `don"t` (an
 * apostrophe typed, or encoded, as a double mark). */
static int apostrophe_mark(const cd_doc *doc, size_t i)
{
    if (i == 0 || i + 1 >= doc->n_toks || !glued(doc, i) || !glued(doc, i + 1)) return 0;
    /* after a word, a year (`1985"s result`) or a name's closing bracket (`<Qatar National Bank SAQ>"s`) */
    const cd_token *w = &doc->toks[i - 1];
    if (!(w->type == TOK_WORD || w->type == TOK_NUM || cd_tok_is_punct(doc, i - 1, '>') ||
          cd_tok_is_punct(doc, i - 1, ')')) ||
        doc->toks[i + 1].type != TOK_WORD)
        return 0;
    if (i + 2 < doc->n_toks && glued(doc, i + 2) && doc->toks[i + 2].type != TOK_PUNCT) return 0;
    static const char *const endings[] = {"s", "t", "re", "ve", "ll", "d", "m"};
    for (size_t k = 0; k < sizeof endings / sizeof *endings; k++)
        if (cd_tok_is(doc, i + 1, endings[k])) return 1;
    return 0;
}

/* A straight single mark before a word it shortens: `shoot 'em up`, `rock 'n' roll`, `'til`, an
 * apostrophe at a word's start, no opening mark. */
static int elision_mark(const cd_doc *doc, size_t i)
{
    if (i + 1 >= doc->n_toks || !glued(doc, i + 1) || doc->toks[i + 1].type != TOK_WORD) return 0;
    static const char *const words[] = {"em", "n", "til", "tis", "twas", "cos", "cause", "bout"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (cd_tok_is(doc, i + 1, words[k])) return 1;
    return 0;
}

/* Token i is glued to the token before it and is the punctuation cp. */
static inline int glued_after(const cd_doc *doc, size_t i, uint32_t cp)
{
    return i > 0 && i < doc->n_toks && glued(doc, i) && cd_tok_is_punct(doc, i - 1, cp);
}

/* A mark that opens an attribute's value in a shortcode a CMS left in the text (`[button
 * link=”http://...” type=”big”]`): glued after `=`, after a `[` on its line. Returns the mark that
 * closes the value (the next mark on the line), or i when it is no such mark. */
static size_t shortcode_value(const cd_doc *doc, size_t i)
{
    if (!glued_after(doc, i, '=')) return i;
    size_t k = i - 1;
    for (size_t n = 0; k > 0 && n < SHORTCODE_TOKENS; n++, k--) {
        if (cd_tok_is_punct(doc, k, '[')) break;
        if ((doc->toks[k].flags & TF_NEWLINE_BEFORE) || cd_tok_is_punct(doc, k, ']')) return i;
    }
    if (!cd_tok_is_punct(doc, k, '[')) return i;
    for (size_t j = i + 1; j < doc->n_toks && j <= i + SHORTCODE_TOKENS; j++) {
        if (doc->toks[j].flags & TF_NEWLINE_BEFORE) return i;
        if (is_mark(&doc->toks[j])) return j;
    }
    return i;
}

/* Two single marks that stand for a double one, as AP style closes a quote (’’) and some copy
 * types every double mark (''): the first of them is no mark, the second stands for the double. */
static inline int doubled_single(const cd_doc *doc, size_t i, uint32_t cp)
{
    if (!(cp == 0x2019 || cp == 0x2018 || cp == '\'') || i + 1 >= doc->n_toks || !cd_tok_is_punct(doc, i, cp) ||
        !glued(doc, i + 1) || !cd_tok_is_punct(doc, i + 1, cp))
        return 0;
    return space_before(doc, i) != space_after(doc, i + 1); /* a quote's edge, not `company''s` */
}

/* The first and last tokens inside a quote whose marks are tokens open and close (two single
 * marks that stand for a double one are both its mark). */
static size_t first_inside(const cd_doc *doc, size_t open)
{
    return open + 1 + (size_t)doubled_single(doc, open, doc->toks[open].cp);
}

static size_t last_inside(const cd_doc *doc, size_t close)
{
    return close - 1 - (size_t)(close >= 2 && doubled_single(doc, close - 1, doc->toks[close].cp));
}

/* The double mark two single marks stand for: '' for ", ’’ for ”, ‘‘ for “. */
static uint32_t as_double_mark(uint32_t cp)
{
    return cp == '\'' ? '"' : cp == 0x2019 ? 0x201D : 0x201C;
}

/* `players' union`: a single mark after a word in -s, before a word that may be the possessor's
 * thing (no function word: `"naked warrants' at 15 dlrs` is a close). */
static int plural_possessive(const cd_doc *doc, size_t i)
{
    const cd_token *w = &doc->toks[i - 1];
    if (w->type != TOK_WORD || (doc->text[cd_tok_stop(w) - 1] | 0x20) != 's') return 0;
    if (i + 1 >= doc->n_toks || doc->toks[i + 1].type != TOK_WORD) return 0;
    return !cd_lex_has(cd_tok_entry(&doc->toks[i + 1]), LX_CHECK_STOPWORDS);
}

/* `"naked warrants' at 15 dlrs`: a straight single mark that closes a straight double quote opened
 * a few words before, in a paragraph whose next double mark opens another quote or which has none:
 * the quote's close, mistyped (Reuters does it). A double mark that closes the quote later
 * (`"the players' union is strong," he said`) makes it an apostrophe. */
static int closes_double(const cd_doc *doc, const pairing *p, size_t i)
{
    if (!p->depth || doc->toks[i].cp != '\'' || !p->stack[p->depth - 1].dbl || p->stack[p->depth - 1].curly) return 0;
    size_t open = p->stack[p->depth - 1].tok;
    if (i > open + MISTYPED_CLOSE_TOKENS || sentence_between(doc, open, i) || plural_possessive(doc, i)) return 0;
    for (size_t j = i + 1; j < doc->n_toks && !(doc->toks[j].flags & TF_PARA_BEFORE); j++)
        if (is_mark(&doc->toks[j]) && is_double(doc->toks[j].cp)) return space_before(doc, j) && !space_after(doc, j);
    return 1;
}

static void on_mark(cd_doc *doc, pairing *p, size_t i)
{
    uint32_t cp = doc->toks[i].cp;
    if (i + 1 == p->skip) return;
    if (cp == '"' && apostrophe_mark(doc, i)) {
        if (!p->apostrophes++) mark_finding(doc, p, i, NULL, "a double quote mark is used as an apostrophe");
        return;
    }
    size_t value_end = i > 0 && doc->toks[i - 1].type == TOK_PUNCT ? shortcode_value(doc, i) : i;
    if (value_end != i) {
        p->skip = value_end + 1;
        return;
    }
    if (doubled_single(doc, i, cp) && (find_open(p, 0) == p->depth || find_open(p, 1) < p->depth)) {
        p->as_double = i + 2; /* the next mark, read as a double one */
        return;
    }
    size_t first = i; /* of the mark: the first of two single marks that stand for a double one */
    if (i + 1 == p->as_double) cp = as_double_mark(cp), first = i - 1;
    int dbl = is_double(cp), curly = cp != '"' && cp != '\'';
    int opening = space_before(doc, first) && !space_after(doc, i);
    int closing = !space_before(doc, first) && space_after(doc, i);
    size_t at = find_open(p, dbl);
    int can_close = at < p->depth;
    if (!dbl) { /* single marks: ’ and ' are apostrophes unless they close an open single quote */
        int left = cp == 0x2018 || cp == 0x201A;
        if (can_close && (closing || (!opening && cp != 0x2018))) {
            close_quote(doc, p, at, i, curly);
            p->single_closed = i + 1;
        } else if (closing && closes_double(doc, p, i)) {
            mark_finding(doc, p, i, &p->stack[p->depth - 1], "a quote opened with a double mark is closed with a single one");
            close_quote(doc, p, p->depth - 1, i, 0);
        } else if (left || (cp == '\'' && opening && !(i + 1 < doc->n_toks && doc->toks[i + 1].type == TOK_NUM) &&
                            !elision_mark(doc, i)))
            open_quote(p, i, 0, curly);
        return;
    }
    int left = cp == 0x201C || cp == 0x201E || cp == 0xAB;
    int right = cp == 0x201D || cp == 0xBB;
    if (can_close && opening && !right && after_sentence_end(doc, p, first)) {
        /* `...26 weeks. "We are...`: a new quote after a sentence while one is open ends the open
         * one, not that quotes nest */
        size_t outer = find_outer(p, 1);
        if (outer < at && sentence_between(doc, p->stack[outer].tok, p->stack[at].tok)) {
            /* `"I lost three years. He added: "They tried. "He was...`: a quote opened sentences
             * into another is a new one, so the first lost its closing mark; the new one runs on.
             * One opened in the first's sentence (`"...whether an "agreement' is...`) is inside it. */
            mark_finding(doc, p, p->stack[outer].tok, NULL, "a quote opened here is never closed");
            p->stack[0] = p->stack[at];
            at = 0;
        } else if (at > 0 || attributed_inside(doc, p->stack[at].tok, i - 1))
            mark_finding(doc, p, p->stack[at].tok, NULL, "a quote opened here is never closed");
        if (at == 0) push_pair(p, p->stack[0].tok, i - 1, 1); /* the quote runs to the new one */
        p->depth = at;
        can_close = 0;
    }
    if (can_close && (right || closing || (!opening && !left))) {
        /* „...“ is German and Czech: the low mark opens, the English opening mark closes */
        if (left && !(cp == 0x201C && doc->toks[p->stack[at].tok].cp == 0x201E))
            mark_finding(doc, p, i, &p->stack[at], "an opening quote mark “ is used to close a quote");
        close_quote(doc, p, at, i, left ? p->stack[at].curly : curly);
    } else if ((right || closing) && !opening && p->depth && !p->stack[p->depth - 1].dbl) {
        /* `'Networks like eDonkey facilitate illegal filesharing," it said`: no double quote is
         * open, so the double mark closes the open single quote, mistyped */
        mark_finding(doc, p, i, &p->stack[p->depth - 1], "a quote opened with a single mark is closed with a double one");
        close_quote(doc, p, p->depth - 1, i, p->stack[p->depth - 1].curly);
    } else if (right && !opening) {
        mark_finding(doc, p, i, NULL, "a closing quote mark with no opening mark");
    } else if (right) {
        mark_finding(doc, p, i, NULL, "a closing quote mark ” is used to open a quote");
        open_quote(p, first, 1, 1);
    } else if (cp == '"' && closing && p->depth == 0) {
        /* in copy that types apostrophes as double marks, `farmers" incomes` is one more, before
         * the first such apostrophe (`member states" contributions ... the EC"s`) as after it: the
         * end of the document tells */
        if (doc->toks[i - 1].type != TOK_WORD) {
            if (!inch_mark(doc, first)) mark_finding(doc, p, i, NULL, "a closing quote mark with no opening mark");
        } else if (!p->apostrophes) {
            size_t *stray = cd_vec_push_inline((void **)&p->strays, &p->n_strays, &p->cap_strays, sizeof *stray);
            if (!stray) p->oom = 1;
            else *stray = i;
        }
    } else {
        open_quote(p, first, 1, curly);
    }
}

/* At a paragraph's end: an open double quote continues if the next paragraph opens with a double
 * mark; anything else still open is reported. */
static void end_paragraph(cd_doc *doc, pairing *p, size_t last, size_t next)
{
    size_t outer = find_outer(p, 1);
    if (outer < p->depth) {
        const qopen *o = &p->stack[outer];
        int continued = next < doc->n_toks && is_mark(&doc->toks[next]) &&
                        (is_double(doc->toks[next].cp) || doubled_single(doc, next, doc->toks[next].cp)) &&
                        !space_after(doc, next + !is_double(doc->toks[next].cp));
        if (continued && outer == 0) push_pair(p, o->tok, last, 1);
        else mark_finding(doc, p, o->tok, NULL, "a quote opened here is never closed");
    }
    p->depth = 0;
}

/* `a bruising and bitter race. I\n\nwas\n\nthe leader and I wanted`: a paragraph that ends on a
 * word, before one that starts with a lower-case word, is a sentence broken by a lost emphasis
 * (a word set apart in the page), so a quote open across it goes on. */
static int broken_sentence(const cd_doc *doc, size_t last, size_t next)
{
    if (next >= doc->n_toks || doc->toks[last].type != TOK_WORD || doc->toks[next].type != TOK_WORD) return 0;
    char c = doc->text[doc->toks[next].start];
    return c >= 'a' && c <= 'z';
}

/* Token i in the pairing: a paragraph start (listed for para_of), a quote mark, or neither. */
static void pair_at(cd_doc *doc, pairing *p, size_t i)
{
    const cd_token *t = &doc->toks[i];
    if (i > 0 && (t->flags & TF_PARA_BEFORE)) {
        size_t *para = cd_vec_push_inline((void **)&p->paras, &p->n_paras, &p->cap_paras, sizeof *para);
        if (!para) p->oom = 1;
        else *para = i;
        if (p->depth && !broken_sentence(doc, i - 1, i)) end_paragraph(doc, p, i - 1, i);
    }
    if (is_mark(t)) on_mark(doc, p, i);
}

/* Pairs the marks, and lists the paragraph starts on the way, visiting only the tokens that may
 * change the pairing: the tokenizer's breaks (cd_doc.breaks: every punctuation token, so every
 * quote mark, and every token that ends a line) and the token after each break, where a paragraph
 * starts (a paragraph starts only after a line break, so right after a listed token). */
static void pair_marks(cd_doc *doc, pairing *p)
{
    for (size_t b = 0; b < doc->n_breaks && !p->oom; b++) {
        size_t i = doc->breaks[b], next = i + 1;
        if (i >= doc->n_toks) break;
        const cd_token *t = &doc->toks[i];
        if ((t->flags & TF_PARA_BEFORE) || is_mark(t)) pair_at(doc, p, i); /* most breaks are neither */
        /* the paragraph's first token, unless listed itself (then visited next) */
        if (next < doc->n_toks && (doc->toks[next].flags & TF_PARA_BEFORE) &&
            !(b + 1 < doc->n_breaks && doc->breaks[b + 1] == next))
            pair_at(doc, p, next);
    }
    if (doc->n_toks && p->depth) end_paragraph(doc, p, doc->n_toks - 1, doc->n_toks);
    for (size_t k = 0; k < p->n_strays && !p->apostrophes; k++)
        mark_finding(doc, p, p->strays[k], NULL, "a closing quote mark with no opening mark");
    if (p->more)
        cd_add_finding(doc, "quote-marks", CD_SEV_WARNING, cd_tspan(doc->text_len, doc->text_len),
                       "%zu more quote-mark problems not listed", p->more);
}

/* ---- 2. speakers --------------------------------------------------------------------------- */

typedef struct speaker {
    const char *name; /* canonical name or description; NULL: none found (or "they") */
    const char *type; /* entity type, DESCRIPTION, or NULL */
    int found;        /* an attribution was found, even if it names nobody ("they said") */
    int by_pronoun, from_context;
    int unnamed; /* no attribution found, but a speaker in common nouns ("the ministry said") */
    int newcomer; /* unnamed, and someone new ("said another", "one broker said"): no one from context;
                   * read of a speaker not found only, so set without asking found */
} speaker;

static const speaker NO_SPEAKER = {.name = NULL}; /* no attribution found */

#define RECENT_SPEAKERS 8 /* the speakers "it said" looks back over for an organisation */

/* A speaker named at a quote or an attribution, and where (recent_organization). */
typedef struct recent {
    speaker sp;
    size_t tok, para;
} recent;

typedef struct state {
    speaker last; /* the last speaker named, for pronouns and quote paragraphs */
    size_t last_tok, last_para;
    int last_heard; /* the last speaker spoke in a clause that made no claim (indirect's) */
    recent recent[RECENT_SPEAKERS]; /* the last speakers named, a ring (n_recent: how many ever) */
    size_t n_recent;
    speaker said;      /* the last claim's attribution, named or not ("the ministry said") */
    size_t said_sent;  /* its sentence */
    size_t said_para;  /* its paragraph (an index as para_of gives) */
    int said_ok;       /* the last claim was attributed */
    size_t para; /* paragraphs started up to the last token asked of para_of: an index of paras */
    const size_t *paras; /* pairing's list of paragraph starts */
    size_t n_paras;
    size_t cue; /* indirect_speech's cursor in doc->cues */
    size_t sent; /* the sentence being read (cd_find_quotes' walk) */
    int own_paragraph; /* attribution "paragraph": a quote paragraph needs an attribution of its own */
    size_t reported;   /* the last quote reported unattributed: its closing token, plus one (0: none) */
    size_t extracts;   /* the last quote paragraph of a document's extracts: its closing token, plus one */
    const struct sex_slot *sexes; /* the people whose sex the story tells (story_sexes), by name */
    size_t sexes_cap;             /* its slots, a power of two (0: none) */
    struct titled_memo *titled;   /* titled_person's last answers (np_before's, described_since's asks) */
} state;

/* Any speech verb at token i, a verb of kind 5 too (only attribution_at asks it, right after a quote). */
static inline const cd_lexrec *any_verb_at(const cd_doc *doc, size_t i)
{
    if (i >= doc->n_toks || (doc->toks[i].flags & TF_QUOTED) || !may_be_verb(&doc->toks[i])) return NULL;
    return verb_match(doc, i);
}

static inline const cd_lexrec *verb_at(const cd_doc *doc, size_t i)
{
    const cd_lexrec *r = any_verb_at(doc, i);
    return r && r->num != AFTER_QUOTE_VERB ? r : NULL;
}

static int filler(const cd_doc *doc, size_t i, int kind)
{
    const cd_lexrec *r = cd_tok_rec(doc, i, LX_QUOTE_FILLERS);
    return r && r->num == kind;
}

static int title_word(const cd_doc *doc, size_t i)
{
    return cd_lex_has(cd_tok_entry(&doc->toks[i]), LX_ENT_TITLES);
}

static int determiner(const cd_doc *doc, size_t i)
{
    return cd_tok_is(doc, i, "the") || cd_tok_is(doc, i, "a") || cd_tok_is(doc, i, "an");
}

/* Does token i open a phrase as someone or something new: a word of role "indef" in
 * data/claim_determiners.tsv ("a", "an", "another") or data/claim_quantifiers.tsv ("one")? */
static int indefinite(const cd_doc *doc, size_t i)
{
    return cd_str_is(cd_tok_role(doc, i, LX_CLAIM_DETERMINERS), "indef") ||
           cd_str_is(cd_tok_role(doc, i, LX_CLAIM_QUANTIFIERS), "indef");
}

/* Which possessive pronoun token i is: "his" and "her" point back to a person (POSS_PERSON), "its"
 * and "their" to an owner who may be no person (POSS_OTHER); 0 for any other word. */
enum { POSS_PERSON = 1, POSS_OTHER };
static int possessive_pronoun(const cd_doc *doc, size_t i)
{
    if (cd_tok_is(doc, i, "his") || cd_tok_is(doc, i, "her")) return POSS_PERSON;
    return cd_tok_is(doc, i, "its") || cd_tok_is(doc, i, "their") ? POSS_OTHER : 0;
}

/* cd_sentence_at(doc, toff) without its search when toff is in the sentence being read (most
 * asked are): the sentences' spans are in order and apart, so the one holding toff is the first
 * that ends after it, the one cd_sentence_at returns. */
static size_t sentence_of(const cd_doc *doc, const state *st, size_t toff)
{
    if (st->sent < doc->n_sents && doc->sents[st->sent].span.tstart <= toff && toff < doc->sents[st->sent].span.tstop)
        return st->sent;
    return cd_sentence_at(doc, toff);
}

static size_t sentence_first(const cd_doc *doc, const state *st, size_t tok)
{
    size_t s = sentence_of(doc, st, doc->toks[tok].start);
    return s < doc->n_sinfo ? doc->sinfo[s].tok_first : 0;
}

static speaker from_entity(const cd_entity *e)
{
    speaker s = {.name = e->name, .type = e->type, .found = 1};
    return s;
}

/* A hyphen glued between two words of a title or a name, the first capitalized, the second
 * capitalized or a title: "Vice-President", "Under-Secretary", "Vice-chairman", "Acme-Pacific". */
static int joining_hyphen(const cd_doc *doc, size_t i)
{
    if (i == 0 || i + 1 >= doc->n_toks || !cd_tok_is_punct(doc, i, '-') || !glued(doc, i) || !glued(doc, i + 1))
        return 0;
    const cd_token *a = &doc->toks[i - 1], *b = &doc->toks[i + 1];
    return a->type == TOK_WORD && b->type == TOK_WORD && (a->flags & (TF_CAP | TF_ALLCAPS)) &&
           ((b->flags & (TF_CAP | TF_ALLCAPS)) || title_word(doc, i + 1));
}

/* Tokens that may sit in a speaker description: "Russian President Vladimir Putin’s spokesman",
 * "Deputy Vice-Chancellor Ann Roe". */
static int np_token(const cd_doc *doc, size_t i)
{
    const cd_token *t = &doc->toks[i];
    if (t->type == TOK_WORD) return (t->flags & (TF_CAP | TF_ALLCAPS)) || title_word(doc, i) || cd_tok_possessive(doc, i);
    return abbrev_dot(doc, i) || joining_hyphen(doc, i);
}

static speaker description(cd_doc *doc, size_t first, size_t last)
{
    speaker s = {.type = DESCRIPTION, .found = 1};
    size_t a = doc->toks[first].start, b = cd_tok_stop(&doc->toks[last]);
    s.name = cd_intern_line(doc, doc->text + a, b - a); /* "senior USDA\nofficials" on one line */
    return s;
}

/* Is the entity the subject of its sentence: only titles, demonyms or "The" before it? */
static int subject_position(const cd_doc *doc, const state *st, size_t e)
{
    size_t first = doc->einfo[e].tok_first, k = sentence_first(doc, st, first);
    if (first - k > NP_MAX) return 0;
    for (; k < first; k++)
        if (!np_token(doc, k) && !determiner(doc, k)) return 0;
    return 1;
}

/* The entity type named by a pronoun's record ("person", "organization"), as the entities' own
 * string (cd_type_*), which cd_entity_before compares without strcmp; any other text as it is. */
static const char *entity_type(const char *type)
{
    if (cd_str_is(type, cd_type_person)) return cd_type_person;
    return cd_str_is(type, cd_type_organization) ? cd_type_organization : type;
}

/* Is a person e is not (another name) named from token min (the start of e's sentence) up to e?
 * With no subject or speaker to prefer, a pronoun after a sentence naming two people ("the board
 * thanked Ann Lee and Tom Kay ... he said") could mean either: it names nobody. */
static int other_person(const cd_doc *doc, size_t e, size_t min)
{
    const char *type = doc->ents[e].type;
    if (type != cd_type_person) return 0; /* "it said": a story names many companies, the nearest is meant */
    for (size_t o = cd_entity_before(doc, doc->einfo[e].tok_first, min, type); o != (size_t)-1;
         o = cd_entity_before(doc, doc->einfo[o].tok_first, min, type))
        if (!cd_str_is(doc->ents[o].name, doc->ents[e].name)) return 1;
    return 0;
}

/* ---- a person's sex, as the story tells it ---- */

typedef struct sex_slot {
    const char *name; /* an entity's canonical name; NULL: an empty slot */
    int sex;
} sex_slot;

static int sex_word(const cd_doc *doc, size_t k)
{
    const cd_lexrec *r = k < doc->n_toks ? cd_tok_rec(doc, k, LX_QUOTE_GENDER) : NULL;
    return r ? (int)r->num : 0;
}

/* The sex the words at a person's mention tell: a title or a noun right before the name, or its
 * first word ("Mr Lee", "Mr. Lee", "actress Ann Lee", "his wife Ann Lee"); 0: none. */
static int sex_at_mention(const cd_doc *doc, size_t first)
{
    int sex = sex_word(doc, first);
    if (sex || first == 0) return sex;
    size_t k = first - 1;
    if (k > 0 && abbrev_dot(doc, k)) k--;
    return doc->toks[k].type == TOK_WORD && !(doc->toks[k].flags & TF_QUOTED) ? sex_word(doc, k) : 0;
}

/* The sex the story tells of the person named `name` at any of its mentions (sex_at_mention: a
 * title or a noun right before the name), for ages.c's "he" and "she": a CD_SEX_ or 0.
 * A family name alone is no one person's ("Mr Reagan" and "Mrs Reagan"): 0. */
int cd_person_sex(const cd_doc *doc, const char *name)
{
    int told = 0;
    if (!name || !strchr(name, ' ')) return 0;
    for (size_t e = 0; e < doc->n_ents; e++) {
        if (doc->ents[e].type != cd_type_person || !cd_str_is(doc->ents[e].name, name)) continue;
        int sex = sex_at_mention(doc, doc->einfo[e].tok_first);
        if (sex) told = told && told != sex ? CD_SEX_BOTH : sex;
    }
    return told;
}

/* The story's people whose sex its words tell, by canonical name (a name told both ways is
 * CD_SEX_BOTH): an open-addressed table, built once, so a pronoun asks in constant time. Never from a
 * given name: a list of names' sexes guesses, and misreads the names of other languages. */
static void story_sexes(cd_doc *doc, state *st)
{
    size_t people = 0;
    for (size_t e = 0; e < doc->n_ents; e++) people += doc->ents[e].type == cd_type_person;
    if (!people) return;
    size_t cap = 8;
    while (cap < people * 2) cap *= 2;
    sex_slot *slots = calloc(cap, sizeof *slots);
    if (!slots) {
        doc->oom = 1;
        return;
    }
    for (size_t e = 0; e < doc->n_ents; e++) {
        /* a family name alone is no one person's: "President Reagan" and "Mrs Reagan" */
        if (doc->ents[e].type != cd_type_person || !doc->ents[e].name || !strchr(doc->ents[e].name, ' ')) continue;
        int sex = sex_at_mention(doc, doc->einfo[e].tok_first);
        if (!sex) continue;
        size_t i = cd_lex_fnv(doc->ents[e].name, strlen(doc->ents[e].name)) & (cap - 1);
        while (slots[i].name && !cd_str_is(slots[i].name, doc->ents[e].name)) i = (i + 1) & (cap - 1);
        slots[i].sex = slots[i].name && slots[i].sex != sex ? CD_SEX_BOTH : sex;
        slots[i].name = doc->ents[e].name;
    }
    st->sexes = slots;
    st->sexes_cap = cap;
}

/* The sex the story tells of the person named `name`: a CD_SEX_ or 0 (not told). */
static int sex_of(const state *st, const char *name)
{
    if (!name || !st->sexes_cap) return 0;
    size_t mask = st->sexes_cap - 1;
    for (size_t i = cd_lex_fnv(name, strlen(name)) & mask; st->sexes[i].name; i = (i + 1) & mask)
        if (cd_str_is(st->sexes[i].name, name)) return st->sexes[i].sex;
    return 0;
}

/* Is the person named `name` told to be of the other sex than `sex` (a pronoun's; 0: any)? */
static int other_sex(const state *st, const char *name, int sex)
{
    int told = sex ? sex_of(st, name) : 0;
    return told && told != CD_SEX_BOTH && told != sex;
}

/* The sex a description's head noun tells ("BBC spokeswoman", "his mother"): its last word's. Not
 * a title alone ("Mr", "King"): a name's first word cut from it, no description. */
static int described_sex(const char *description)
{
    const char *w = strrchr(description, ' ');
    if (!w && *description >= 'A' && *description <= 'Z') return 0;
    w = w ? w + 1 : description;
    const cd_lexrec *r = cd_lex_rec(cd_lex_lookup(w, strlen(w)), LX_QUOTE_GENDER);
    return r ? (int)r->num : 0;
}

/* Is e (an entity index; (size_t)-1: none) a person named outside quotes after the last speaker's
 * claim, whose sex the story or the mention tells to be `sex` ("Mr Roe")? */
static int named_since(const cd_doc *doc, const state *st, size_t e, int sex)
{
    if (e == (size_t)-1) return 0;
    size_t first = doc->einfo[e].tok_first;
    if (first <= st->last_tok || (doc->toks[first].flags & TF_QUOTED)) return 0;
    return sex_of(st, doc->ents[e].name) == sex || sex_at_mention(doc, first) == sex;
}

/* The paragraph of token tok (the paragraph starts up to it), without moving para_of's cursor. */
static size_t para_at(const state *st, size_t tok)
{
    size_t lo = 0, hi = st->n_paras;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (st->paras[mid] <= tok) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Remember sp (named at token tok) as the last speaker, and among the recent ones. */
static void set_last(state *st, const speaker *sp, size_t tok)
{
    st->last = *sp;
    st->last_tok = tok;
    st->last_para = st->para;
    st->last_heard = 0;
    recent *r = &st->recent[st->n_recent++ % RECENT_SPEAKERS];
    r->sp = *sp;
    r->tok = tok;
    r->para = st->para;
}

/* The i-th speaker back in st's ring of recent speakers (0: the last named), NULL past the oldest
 * one the ring still holds. */
static const recent *recent_back(const state *st, size_t i)
{
    size_t held = st->n_recent < RECENT_SPEAKERS ? st->n_recent : RECENT_SPEAKERS;
    return i < held ? &st->recent[(st->n_recent - 1 - i) % RECENT_SPEAKERS] : NULL;
}

/* The organisation that spoke last before token tok (at a quote or an attribution), from token min
 * on, in tok's paragraph or the one before: *out, and the token it was named at, *at; 0: none. */
static int recent_organization(const state *st, size_t tok, size_t min, speaker *out, size_t *at)
{
    size_t para = para_at(st, tok);
    const recent *r;
    for (size_t i = 0; (r = recent_back(st, i)); i++) {
        if (r->tok >= tok) continue;
        if (r->tok < min || r->para + 1 < para) return 0;
        if (r->sp.type != cd_type_organization) continue;
        *out = r->sp;
        *at = r->tok;
        return 1;
    }
    return 0;
}

/* '"...," the commission said. Rivals sold Acme Corp shares on Monday. "...," it added': "it" is the
 * organisation that spoke last (recent_organization) rather than the one named last (`s`), when no
 * organisation is the subject of a sentence since (subject_at: the subject's first token; 0:
 * none): "Acme Corp opened a plant. It said" is Acme's. On the corpora the same rule for "he" and
 * "she" was right about as often as wrong (many people speak in clauses no quote records), and a
 * pronoun the nearest name does not resolve ("" in `s`) stays unresolved. */
static speaker last_organization(const state *st, size_t tok, size_t min, size_t subject_at, speaker s)
{
    speaker spoke;
    size_t at;
    if (recent_organization(st, tok, min, &spoke, &at) && subject_at <= at) return spoke;
    return s;
}

/* Is a speech verb right before or right after entity e, quoted or not ("said Ann Roe", "Ann Roe
 * noted")? */
static int speech_verb_beside(const cd_doc *doc, size_t e)
{
    size_t first = doc->einfo[e].tok_first, stop = cd_range_stop(&doc->einfo[e]);
    if (first > 0 && may_be_verb(&doc->toks[first - 1]) && verb_match(doc, first - 1)) return 1;
    return stop < doc->n_toks && may_be_verb(&doc->toks[stop]) && verb_match(doc, stop);
}

/* A person named inside a quote (entity e): someone the speaker talks of, not whom the writer's
 * "he" or "she" after it means. Not one a speech verb stands beside: the writer's words that a
 * quote left open took in ('"... estimates, said Ann Roe, an analyst. Roe noted that ...'). */
static int quoted_person(const cd_doc *doc, size_t e)
{
    return doc->ents[e].type == cd_type_person && (doc->toks[doc->einfo[e].tok_first].flags & TF_QUOTED) &&
           !speech_verb_beside(doc, e);
}

/* The record in class cls of the singular of w (n bytes) when w is a plural of it: in -s, not -ss
 * ("princess", "witness"), its stem in cls ("officials": "official"; the lists hold singulars), and
 * no word of a sex ("Mrs", though "Mr" is a title); NULL else. */
static const cd_lexrec *plural_of(const char *w, size_t n, int cls)
{
    if (n < 3 || w[n - 1] != 's' || w[n - 2] == 's' || cd_lex_rec(cd_lex_lookup(w, n), LX_QUOTE_GENDER)) return NULL;
    return cd_lex_rec(cd_lex_lookup(w, n - 1), cls);
}

/* Is the title w (n bytes) a plural of a title of kind 1 (plural_of)? */
static int plural_title(const char *w, size_t n)
{
    const cd_lexrec *stem = plural_of(w, n, LX_ENT_TITLES);
    return stem && stem->num == 1;
}

/* Is the last speaker a group described by a plural role ("dealers", "senior officials": its last
 * word a plural role noun of data/ent_titles.tsv, kind 2, or a plural title: plural_title), who spoke in the
 * paragraph of token tok or the one before: whom "they said" goes on with? */
static int group_spoke(const state *st, size_t tok)
{
    if (!st->last.name || st->last.type != DESCRIPTION || tok <= st->last_tok || para_at(st, tok) > st->last_para + 1)
        return 0;
    const char *w = strrchr(st->last.name, ' ');
    w = w ? w + 1 : st->last.name;
    size_t n = strlen(w);
    const cd_lexrec *r = cd_lex_rec(cd_lex_lookup(w, n), LX_ENT_TITLES);
    return r && (r->num == ROLE_NOUN || (r->num == 1 && plural_title(w, n)));
}

typedef struct titled_memo titled_memo;
static speaker determined_description(cd_doc *doc, titled_memo *memo, size_t head, size_t min, size_t *np_first);

/* Is token k a lower-case word in -ed, the commonest form of a plain past ("attacked", "raised")? */
static int plain_past(const cd_doc *doc, size_t k)
{
    return doc->toks[k].type == TOK_WORD && !(doc->toks[k].flags & TF_ALLCAPS) && cd_tok_ed_form(doc, k);
}

/* A verb cue's role (data/claim_verb_cues.tsv) that makes a clause's verb: an auxiliary, a modal
 * or "be". */
static int clause_verb_role(const char *role)
{
    return cd_str_is(role, "be") || cd_str_is(role, "modal") || cd_str_is(role, "have");
}

/* Does a verb follow token k, the head of a subject: a speech verb, an auxiliary, a modal or "be"
 * (data/claim_verb_cues.tsv), or a plain past ("the coach attacked")? */
static int verb_after_subject(const cd_doc *doc, size_t k)
{
    if (k >= doc->n_toks || doc->toks[k].type != TOK_WORD || (doc->toks[k].flags & (TF_CAP | TF_ALLCAPS | TF_QUOTED)))
        return 0;
    if (verb_at(doc, k)) return 1;
    const char *role = cd_tok_role(doc, k, LX_CLAIM_VERB_CUES);
    return clause_verb_role(role) || plain_past(doc, k);
}

/* The subject of the sentence opening at token first when it is "the" and a description of one
 * person (a title or a person noun, no group's role) before its verb ("The club captain has
 * said", "The Tory leader attacked"): the person the description stands for (titled_person), or
 * the description; nobody found else, or when its noun tells the other sex than `sex`. */
static speaker described_opening(cd_doc *doc, titled_memo *memo, size_t first, int sex)
{
    speaker none = NO_SPEAKER;
    if (!cd_tok_is(doc, first, "the")) return none;
    for (size_t h = first + 1; h < doc->n_toks && h <= first + NP_MAX; h++) {
        if (!verb_after_subject(doc, h + 1) || cd_tok_possessive(doc, h)) continue;
        if (doc->toks[h].flags & (TF_CAP | TF_ALLCAPS)) return none; /* "The Scottish Executive has": a body */
        const cd_lexrec *r = cd_tok_rec(doc, h, LX_ENT_TITLES);
        const cd_token *t = &doc->toks[h];
        if (r && (r->num == ROLE_NOUN || (r->num == 1 && doc->text[t->start + t->len - 1] == 's')))
            return none; /* "the analysts have said", "the officials were": a group */
        size_t np_first = h;
        speaker sp = determined_description(doc, memo, h, first, &np_first);
        if (!sp.found || np_first != first) return none;
        int told = described_sex(description(doc, first + 1, h).name);
        return sex && told && told != sex ? none : sp;
    }
    return none;
}

/* 'Bill Ray, the party leader, spoke first. Tom Kay ... The party leader attacked the plan. He
 * declared': the pronoun at tok means the person a description that is the subject of a sentence
 * after token from (where the person the pronoun was given to is named) stands for, the latest
 * such sentence in tok's paragraph or the one before (described_opening); nobody found else. */
static speaker described_since(cd_doc *doc, const state *st, size_t from, size_t tok, int sex)
{
    /* the sentences from the start of the paragraph before tok's on (para_at(first) + 1 >= para) */
    size_t para = para_at(st, tok), min = para >= 2 ? st->paras[para - 2] : 0;
    for (size_t s = sentence_of(doc, st, doc->toks[tok].start); s < doc->n_sinfo; s--) {
        size_t first = doc->sinfo[s].tok_first;
        if (first <= from || first < min) break;
        if (first < tok) {
            speaker sp = described_opening(doc, st->titled, first, sex);
            if (sp.found) return sp;
        }
        if (s == 0) break;
    }
    return NO_SPEAKER;
}

/* Is a noun of lexicon entry head, between tokens min and tok, introduced as someone new: an
 * indefinite word opens its phrase ("a senior official", "one dealer")? "The Labour
 * leader" or "the British actor" with no such mention stands for a person the story named. */
static int introduced_unnamed(const cd_doc *doc, const cd_lexentry *head, size_t min, size_t tok)
{
    for (size_t k = min; k < tok; k++) {
        if (cd_tok_entry(&doc->toks[k]) != head) continue;
        for (size_t j = k; j-- > min && j + NP_MAX > k;) {
            if (indefinite(doc, j)) return 1;
            if (doc->toks[j].type != TOK_WORD || determiner(doc, j) || possessive_pronoun(doc, j)) break;
        }
    }
    return 0;
}

/* The head word of a description: its last word, or the word before the "to" or "for" that ties
 * it to someone ("aide to Kay", "spokesman for Roe"; *tied then 1), n bytes long (*n). */
static const char *description_head(const char *name, size_t *n, int *tied)
{
    const char *cut = strstr(name, " to "), *for_at = strstr(name, " for ");
    if (!cut || (for_at && for_at < cut)) cut = for_at;
    *tied = cut != NULL;
    const char *end = cut ? cut : name + strlen(name), *w = end;
    while (w > name && w[-1] != ' ') w--;
    *n = (size_t)(end - w);
    return w;
}

/* Is the person named at token k the one the last speaker's description ties itself to ("the aide
 * to Kay"): named within NP_MAX tokens after the description's head, in its sentence? */
static int tied_person(const cd_doc *doc, const state *st, size_t k)
{
    return k <= st->last_tok + NP_MAX &&
           sentence_of(doc, st, doc->toks[k].start) == sentence_of(doc, st, doc->toks[st->last_tok].start);
}

/* Is the last speaker one unnamed person a description gives by a noun of no sex ("a senior
 * official", "the aide": its head a title or a person noun, not a plural), who spoke from token
 * min on, with no person named outside quotes since (nearest: the entity the pronoun would take
 * first; (size_t)-1: none)? '"...," the aide said. He said' goes on with the aide, not with a man
 * named paragraphs before the aide spoke. A description tied to someone by "to" or "for" ("the aide
 * to Kay") is another person than the one it names, whether "a" or "the" opens it. */
static int unnamed_spoke_last(const cd_doc *doc, const state *st, size_t min, size_t tok, size_t nearest)
{
    if (!st->last.name || st->last.type != DESCRIPTION || st->last_tok < min || described_sex(st->last.name))
        return 0;
    size_t n;
    int tied;
    const char *w = description_head(st->last.name, &n, &tied);
    if (!n) return 0;
    if (nearest != (size_t)-1 && doc->einfo[nearest].tok_first > st->last_tok &&
        !(tied && tied_person(doc, st, doc->einfo[nearest].tok_first)))
        return 0;
    const cd_lexentry *e = cd_lex_lookup(w, n);
    const cd_lexrec *r = cd_lex_rec(e, LX_ENT_TITLES);
    if (r ? r->num != 1 || plural_title(w, n) : !cd_lex_has(e, LX_PERSON_NOUNS) || plural_of(w, n, LX_PERSON_NOUNS))
        return 0;
    return tied || introduced_unnamed(doc, e, min, tok);
}

static speaker resolve_pronoun(cd_doc *doc, const state *st, size_t tok, const char *type)
{
    speaker none = {.found = 1, .by_pronoun = 1};
    if (cd_str_is(type, "any")) { /* "they": the group that spoke last; else someone, but who is not safe to say */
        if (!group_spoke(st, tok)) return none;
        speaker group = {.name = st->last.name, .type = DESCRIPTION, .found = 1, .by_pronoun = 1};
        return group;
    }
    type = entity_type(type);
    /* "she" is no one the story calls "Mr", nor "he" anyone it calls "Ms" or "actress" (the people
     * of the other sex are passed, and as the nearest name the people named inside quotes) */
    int sex = type == cd_type_person ? sex_word(doc, tok) : 0;
    size_t min = tok > PRONOUN_WINDOW ? tok - PRONOUN_WINDOW : 0;
    size_t nearest = cd_entity_before(doc, tok, min, type), subject = (size_t)-1;
    for (size_t steps = 0; nearest != (size_t)-1 && steps < 16 &&
                           (other_sex(st, doc->ents[nearest].name, sex) || quoted_person(doc, nearest));
         steps++)
        nearest = nearest ? cd_entity_before(doc, doc->einfo[nearest].tok_first, min, type) : (size_t)-1;
    for (size_t e = nearest, steps = 0; e != (size_t)-1 && steps < 16; steps++) {
        if (subject_position(doc, st, e) && !other_sex(st, doc->ents[e].name, sex)) {
            subject = e;
            break;
        }
        e = e ? cd_entity_before(doc, doc->einfo[e].tok_first, min, type) : (size_t)-1;
    }
    int last_ok = st->last.name && st->last.type && cd_str_is(st->last.type, type) && st->last_tok >= min &&
                  !other_sex(st, st->last.name, sex);
    /* "A spokeswoman for the firm said ... She added": the last speaker, described by a noun of the
     * pronoun's sex, unless a person told to be of that sex is named since ('... said the man. In
     * May, Mr Roe quit over remarks he made': Mr Roe, though not found as a subject; one the
     * speaker names in a quote is not) */
    int described = sex && st->last.name && st->last.type == DESCRIPTION && st->last_tok >= min &&
                    described_sex(st->last.name) == sex && !named_since(doc, st, nearest, sex);
    described = described || (sex && unnamed_spoke_last(doc, st, min, tok, nearest));
    speaker s = none;
    size_t named_at = min; /* where the person s gives is named */
    if (subject != (size_t)-1 && ((!last_ok && !described) || doc->einfo[subject].tok_first > st->last_tok))
        s = from_entity(&doc->ents[subject]), named_at = doc->einfo[subject].tok_first;
    else if (last_ok || described) s = st->last, named_at = st->last_tok;
    else if (nearest != (size_t)-1 && !other_person(doc, nearest, sentence_first(doc, st, doc->einfo[nearest].tok_first)))
        s = from_entity(&doc->ents[nearest]), named_at = doc->einfo[nearest].tok_first;
    if (sex) {
        /* a description no one is named with may be the same person again ("Ann Lee ... The
         * 48-year-old actor said"): it replaces only a pronoun no one was found for */
        speaker desc = described_since(doc, st, named_at, tok, sex);
        if (desc.found && (desc.type == cd_type_person || !s.name) && !other_sex(st, desc.name, sex)) s = desc;
    }
    if (s.name && type == cd_type_organization)
        s = last_organization(st, tok, min, subject != (size_t)-1 ? doc->einfo[subject].tok_first : 0, s);
    s.found = s.by_pronoun = 1;
    s.from_context = 0;
    return s;
}

/* A noun that names a person by a role, a job, a sport's position or kin ("striker", "mother",
 * data/person_nouns.tsv), no title: with the titles, it heads a description of a speaker whom no
 * entity names ("the striker said"). */
static int person_noun(const cd_doc *doc, size_t i)
{
    return cd_lex_has(cd_tok_entry(&doc->toks[i]), LX_PERSON_NOUNS);
}

/* A lower-case word before a title or a person noun ("economy minister", "chairman and chief
 * executive", "veteran midfielder"): a word, or "and" between titles, with such a word right
 * after it or one word later. */
static int title_modifier(const cd_doc *doc, size_t k, size_t end)
{
    if (doc->toks[k].type != TOK_WORD) return 0;
    /* the first word of a title of several ("Under Secretary"), a preposition alone */
    if (cd_tok_may_match(&doc->toks[k], LX_ENT_TITLES) && cd_lex_match(doc, k, LX_ENT_TITLES, NULL) > 1) return 1;
    if (cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS) && !cd_tok_is(doc, k, "and")) return 0;
    if (cd_tok_is(doc, k, "and") && !(k > 0 && title_word(doc, k - 1))) return 0;
    return (k + 1 < end && (title_word(doc, k + 1) || person_noun(doc, k + 1))) ||
           (k + 2 < end && (title_word(doc, k + 2) || person_noun(doc, k + 2)));
}

/* A title ("the president") or a group's role ("analysts said"): the head of a description that
 * names no one. */
static int heads_description(const cd_doc *doc, size_t i)
{
    const cd_lexrec *r = cd_tok_rec(doc, i, LX_ENT_TITLES);
    return r && (r->num == 1 || r->num == ROLE_NOUN);
}

/* A determiner that may open a description of a person: "the", an indefinite one ("a", "another",
 * "one": indefinite) or a pronoun's possessive ("his mother"). */
static int opens_description(const cd_doc *doc, size_t i)
{
    const cd_lexrec *r = cd_tok_rec(doc, i, LX_CLAIM_DETERMINERS);
    return determiner(doc, i) || indefinite(doc, i) || (r && r->num == 1);
}

static int phrase_token(const cd_doc *doc, size_t k);

/* May token k sit between a determiner and the noun that heads its description: a word that is
 * neither a clause's (a verb, an auxiliary, a pronoun) nor a preposition or a conjunction ("the
 * coach and the striker said" is two people), a number, a possessive or a glued hyphen ("a company
 * spokesman", "the club's 19-year-old striker"). */
static int description_modifier(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    if (t->flags & TF_QUOTED) return 0;
    if (t->type == TOK_NUM) return 1;
    if (t->type == TOK_PUNCT) return t->cp == '-' && glued(doc, k);
    return cd_tok_possessive(doc, k) || (!cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS) && !verb_at(doc, k) &&
                                  !cd_tok_rec(doc, k, LX_QUOTE_PRONOUNS) && phrase_token(doc, k));
}

/* The determiner that opens the description headed by the title or person noun at `head`, past
 * the words that modify it, from min on: its token, or (size_t)-1 when none opens it. */
static size_t description_determiner(const cd_doc *doc, size_t head, size_t min)
{
    for (size_t k = head; k > min && head - k < NP_MAX; k--) {
        if (cd_tok_possessive(doc, k - 1) || !opens_description(doc, k - 1)) {
            if (!description_modifier(doc, k - 1)) return (size_t)-1;
            continue;
        }
        return k - 1;
    }
    return (size_t)-1;
}

#define TITLED_WINDOW 4000 /* tokens back searched for the person a bare title stands for */
#define TITLED_PEOPLE 64    /* people's mentions asked there */

static int same_word(const char *a, const char *b, size_t n);
static int quote_word(const cd_doc *doc, size_t k);
#define OTHER_OFFICE 7 /* data/quote_words.tsv: "shadow", "junior": before a title, another office */
#define HANDS_OFFICE 9 /* data/quote_words.tsv: "successor": the office changed hands */

/* A word of kind HANDS_OFFICE among tokens [from, to): "Her successor, Tom Kay," after the holder.
 * The span may run to thousands of tokens: a word's mask says first whether it is of
 * data/quote_words.tsv at all (quote_word's record is read only then). */
static int office_handed_on(const cd_doc *doc, size_t from, size_t to)
{
    for (size_t k = from; k < to && k < doc->n_toks; k++)
        if ((cd_tok_mask(&doc->toks[k]) & LXM(LX_QUOTE_WORDS)) && quote_word(doc, k) == HANDS_OFFICE) return 1;
    return 0;
}

/* The person entity before entity e (entities are in text order and never overlap: the one
 * cd_entity_before finds from e's first token) that starts at min or after, or (size_t)-1. */
static size_t person_before(const cd_doc *doc, size_t e, size_t min)
{
    while (e > 0 && doc->einfo[e - 1].tok_first >= min)
        if (doc->ents[--e].type == cd_type_person) return e; /* entities.c's strings: no strcmp */
    return (size_t)-1;
}

/* The person entity after entity e that ends at max or before, or (size_t)-1: as cd_entity_after
 * from e's end, without its search for where to start (entities are in text order, no overlap). */
static size_t person_after(const cd_doc *doc, size_t e, size_t max)
{
    while (++e < doc->n_einfo && cd_range_stop(&doc->einfo[e]) <= max)
        if (doc->ents[e].type == cd_type_person) return e; /* entities.c's strings: no strcmp */
    return (size_t)-1;
}

/* Tokens a and b are the same word, ignoring case. */
static int same_token_word(const cd_doc *doc, size_t a, size_t b)
{
    const cd_token *x = &doc->toks[a], *y = &doc->toks[b];
    return x->type == TOK_WORD && y->type == TOK_WORD && x->len == y->len &&
           same_word(doc->text + x->start, doc->text + y->start, x->len);
}

/* Is token k a modifier that makes a title another office: "former", "deputy" (data/ent_titles.tsv's
 * kind 0), "shadow", "ex" (data/quote_words.tsv's kind 7)? */
static int office_modifier(const cd_doc *doc, size_t k)
{
    const cd_lexrec *r = cd_tok_rec(doc, k, LX_ENT_TITLES);
    return (r && r->num == 0) || quote_word(doc, k) == OTHER_OFFICE;
}

/* Does a modifier that makes a title another office (office_modifier) stand at token k, the one before a title, or
 * before the words and glued hyphens there, up to a determiner or a preposition ("former Labour
 * chancellor", "ex-Tory minister", "deputy energy minister")? */
static int other_office_before(const cd_doc *doc, size_t k)
{
    for (size_t n = 0; n < 4; n++, k--) {
        if (office_modifier(doc, k)) return 1;
        int joiner = cd_tok_is_punct(doc, k, '-') && glued(doc, k);
        int word = doc->toks[k].type == TOK_WORD && !cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS) && !determiner(doc, k);
        if (k == 0 || !(joiner || word)) return 0;
    }
    return 0;
}

/* Do the words of the title [first, last] end the words that stop right before token `at` ("Finance
 * Minister" before "Ann Lee" ends with "minister"), and no modifier that makes it another office
 * comes before them (other_office_before)? */
static int title_ends_at(const cd_doc *doc, size_t first, size_t last, size_t at)
{
    size_t n = last - first + 1;
    if (at < n) return 0;
    for (size_t i = 0; i < n; i++)
        if (!same_token_word(doc, at - n + i, first + i)) return 0;
    return at == n || !other_office_before(doc, at - n - 1);
}

/* Is the person entity e named with the title [first, last]: after it ("Finance Minister Ann Lee",
 * "the minister, Ann Lee,") or set off after the name ("Ann Lee, the finance minister,")? */
static int named_with_title(const cd_doc *doc, size_t e, size_t first, size_t last)
{
    size_t ef = doc->einfo[e].tok_first, stop = cd_range_stop(&doc->einfo[e]);
    /* "Senate leader Robert Dole" read as "Robert": a name cut short is no one to name */
    if (stop < doc->n_toks && doc->toks[stop].type == TOK_WORD && (doc->toks[stop].flags & TF_CAP)) return 0;
    /* the title's last word right before the name, or before its comma, first by its length alone:
     * the walks of titled_person ask dozens of mentions, and few have a word of that length there */
    size_t len = doc->toks[last].len;
    if (ef > 0 && doc->toks[ef - 1].len == len && title_ends_at(doc, first, last, ef)) return 1;
    if (ef > 1 && cd_tok_is_punct(doc, ef - 1, ',') && doc->toks[ef - 2].len == len &&
        title_ends_at(doc, first, last, ef - 1))
        return 1;
    if (stop + 2 >= doc->n_toks || !cd_tok_is_punct(doc, stop, ',')) return 0;
    size_t k = stop + 1;
    if (determiner(doc, k)) k++;
    size_t end = k;
    while (end < doc->n_toks && end < k + NP_MAX && description_modifier(doc, end)) end++;
    return end < doc->n_toks && end - k >= last - first + 1 && doc->toks[end].type == TOK_PUNCT &&
           !cd_tok_possessive(doc, end) && title_ends_at(doc, first, last, end);
}

#define ONE_HOLDER 10   /* data/quote_words.tsv: "minister", "chancellor": an office one person holds */
#define STORY_NAMES 16  /* people story_person tells apart */

/* Do the title words at tokens a and b name the same office: the same word, or the same office of
 * data/check_offices.tsv ("Gov." and "governor")? */
static int same_office_word(const cd_doc *doc, size_t a, size_t b)
{
    if (same_token_word(doc, a, b)) return 1;
    const cd_lexrec *x = cd_tok_rec(doc, a, LX_CHECK_OFFICES), *y = x ? cd_tok_rec(doc, b, LX_CHECK_OFFICES) : NULL;
    return y && x->str && y->str && strcmp(x->str, y->str) == 0;
}

/* A title that names an office at token k: data/ent_titles.tsv's kind 1 but "Mr", "Mrs", "Ms". */
static int office_word(const cd_doc *doc, size_t k)
{
    const cd_lexrec *r = cd_tok_rec(doc, k, LX_ENT_TITLES);
    return r && r->num == 1 && !sex_word(doc, k);
}

enum { NO_OFFICE, OTHER_OFFICE_HELD, SAME_OFFICE_HELD };

/* The office at token w a mention is named with, against the bare title [first, last]: the same
 * (its head, and no lower-case word before the title's: "Gov. Ann Lee" for "the governor", "Ann
 * Lee, chairman of USX," for "the USX chairman") or another ("Home Secretary Ann Lee" for "the
 * prime minister", "shadow chancellor Ann Lee" for "the chancellor"). */
static int office_held(const cd_doc *doc, size_t w, size_t first, size_t last)
{
    if (w > 0 && other_office_before(doc, w - 1)) return OTHER_OFFICE_HELD; /* "shadow chancellor Ann Lee" */
    for (size_t k = first; k < last; k++) /* "the USX chairman": an owner's name is no other office */
        if (!(doc->toks[k].flags & (TF_CAP | TF_ALLCAPS))) return OTHER_OFFICE_HELD;
    /* "Ugandan President Ann Lee" holds no office of "the Kenyan president" */
    const cd_lexrec *ours = last > first ? cd_tok_rec(doc, last - 1, LX_ENT_DEMONYMS) : NULL;
    const cd_lexrec *theirs = ours && w > 0 ? cd_tok_rec(doc, w - 1, LX_ENT_DEMONYMS) : NULL;
    if (theirs && ours->str && theirs->str && strcmp(ours->str, theirs->str) != 0) return OTHER_OFFICE_HELD;
    return same_office_word(doc, w, last) ? SAME_OFFICE_HELD : OTHER_OFFICE_HELD;
}

/* Is the person's mention e named with an office (office_held), and which: a title right before
 * the name ("Home Secretary Ann Lee", "shadow chancellor Ann Lee", "Gov. Ann Lee"), or set off
 * after it ("Ann Lee, the home secretary,", "Ann Lee, a former minister,")? NO_OFFICE if not. A role
 * that is no office (data/person_nouns.tsv: "Tom Kay, a dairy farmer,") counts as another office. */
static int named_with_office(const cd_doc *doc, size_t e, size_t first, size_t last)
{
    size_t k = doc->einfo[e].tok_first, stop = cd_range_stop(&doc->einfo[e]);
    if (k > 0 && abbrev_dot(doc, k - 1)) k--; /* "Gov. Ann Lee", "Mr. Kay" */
    if (k > 0 && sex_word(doc, k - 1)) k--; /* "London mayor Mr Kay" */
    /* "The home secretary, Ann Lee, said"; not "... as US president, Ann Lee has said" */
    if (k > 0 && cd_tok_is_punct(doc, k - 1, ',') && stop < doc->n_toks && cd_tok_is_punct(doc, stop, ',')) k--;
    if (k > 0 && office_word(doc, k - 1)) return office_held(doc, k - 1, first, last);
    if (k > 0 && person_noun(doc, k - 1)) return OTHER_OFFICE_HELD; /* "the farmer Tom Kay": a role, no office */
    if (stop + 1 >= doc->n_toks || !cd_tok_is_punct(doc, stop, ',')) return NO_OFFICE;
    k = stop + 1;
    if (determiner(doc, k)) k++;
    for (size_t end = k; end < doc->n_toks && end < k + NP_MAX; end++) {
        if (office_word(doc, end)) return office_held(doc, end, first, last);
        if (person_noun(doc, end)) return OTHER_OFFICE_HELD; /* "Tom Kay, a dairy farmer,": a role, no office */
        if (!description_modifier(doc, end)) return NO_OFFICE;
    }
    return NO_OFFICE;
}

/* Does the person's mention e speak: a speech verb right after the name, perhaps after an
 * auxiliary, "also" or a time ("Ann Lee said", "Ann Lee has also warned", "Ann Lee on Monday told"),
 * or right before it after a comma ("..., said Ann Lee")? */
static int mention_speaks(const cd_doc *doc, size_t e)
{
    size_t first = doc->einfo[e].tok_first, k = cd_range_stop(&doc->einfo[e]);
    if (first > 1 && cd_tok_is_punct(doc, first - 2, ',') && verb_at(doc, first - 1)) return 1;
    for (size_t n = 0; k < doc->n_toks && n < 3; k++, n++) {
        if (verb_at(doc, k)) return 1;
        const char *role = cd_tok_role(doc, k, LX_CLAIM_VERB_CUES);
        if (!(cd_str_is(role, "have") || cd_tok_is(doc, k, "also") || (doc->toks[k].flags & TF_TIME))) return 0;
    }
    return 0;
}

typedef struct named_count {
    const char *name; /* a person's canonical name */
    size_t score;     /* mentions outside quotes up to the title, a mention that speaks counting twice */
    int office;       /* the office named with them at one of them (named_with_office), the same first */
} named_count;

#define OTHER_HOLDERS 2 /* other offices story_person gives holders to first */

/* The holder of the bare title [first, last] among the people named outside quotes from token min
 * up to it, not in others[0, n_others): the one named with its office ("Gov. Ann Lee" for "the
 * governor"); else the one named most (mention_speaks counting twice) of those never named with
 * an office. Their canonical name, or NULL when none, or two are so named or named most. */
static const char *most_named(const cd_doc *doc, size_t first, size_t last, size_t min, const char *const *others,
                              size_t n_others)
{
    named_count people[STORY_NAMES];
    size_t n = 0;
    /* the TITLED_PEOPLE latest mentions: a story asks this for each bare title it uses */
    for (size_t e = cd_entity_before(doc, first, min, cd_type_person), steps = 0; e != (size_t)-1 && steps < TITLED_PEOPLE;
         steps++, e = person_before(doc, e, min)) {
        const char *name = doc->ents[e].name;
        if ((doc->toks[doc->einfo[e].tok_first].flags & TF_QUOTED) || !name || !strchr(name, ' ')) continue;
        size_t i = 0;
        while (i < n && !cd_str_is(people[i].name, name)) i++;
        if (i == n) {
            if (n == STORY_NAMES) continue;
            people[n++] = (named_count){.name = name};
        }
        people[i].score += 1 + (size_t)mention_speaks(doc, e);
        int office = named_with_office(doc, e, first, last);
        if (office > people[i].office) people[i].office = office;
    }
    size_t best = 0, second = 0, pick = 0, same = 0, holder = 0;
    for (size_t i = 0; i < n; i++) {
        int other = 0;
        for (size_t o = 0; o < n_others; o++) other |= cd_str_is(others[o], people[i].name);
        if (other) continue;
        if (people[i].office == SAME_OFFICE_HELD) {
            same++;
            holder = i;
        }
        if (people[i].office) continue;
        if (people[i].score > best) {
            second = best;
            best = people[i].score;
            pick = i;
        } else if (people[i].score > second) {
            second = people[i].score;
        }
    }
    if (same) return same == 1 ? people[holder].name : NULL;
    return best && best > second ? people[pick].name : NULL;
}

/* Is [first, last] a bare title of an office one person holds: its head of data/quote_words.tsv's
 * kind 10, no modifier that makes it another office ("the former minister", "shadow chancellor")? */
static int one_holder_title(const cd_doc *doc, size_t first, size_t last)
{
    if (quote_word(doc, last) != ONE_HOLDER) return 0;
    for (size_t k = first; k < last; k++) {
        if (office_modifier(doc, k)) return 0;
    }
    return 1;
}

/* Are the titles [a, a_last] and [b, b_last] the same words, ignoring case? */
static int same_title(const cd_doc *doc, size_t a, size_t a_last, size_t b, size_t b_last)
{
    if (a_last - a != b_last - b) return 0;
    for (size_t i = 0; a + i <= a_last; i++)
        if (!same_token_word(doc, a + i, b + i)) return 0;
    return 1;
}

/* "Ann Lee has said ... The prime minister said": copy calls the person a story is about by an
 * office of one holder it never names them with (one_holder_title). When no one is named with the
 * bare title [first, last], it stands for the person named most from token min up to where the
 * story first uses it (most_named: never named with an office, as they hold another: "Home
 * Secretary Tom Kay"). A story of two such people gives each their office in turn ("Tom Kay ...
 * The chancellor ... Ann Lee ... the prime minister"): the bare offices are given holders in the
 * order the story first uses them, each to someone no office before it was given. Else the
 * description `desc`. */
static speaker story_person(const cd_doc *doc, size_t first, size_t last, size_t min, speaker desc)
{
    if (!one_holder_title(doc, first, last)) return desc;
    const char *holders[OTHER_HOLDERS];
    size_t office_first[OTHER_HOLDERS], office_last[OTHER_HOLDERS];
    size_t n_offices = 0, n_holders = 0;
    for (size_t k = min; k + 1 < first; k++) {
        if (quote_word(doc, k) != ONE_HOLDER || (doc->toks[k].flags & TF_QUOTED)) continue;
        size_t d = description_determiner(doc, k, min);
        if (d == (size_t)-1 || !cd_tok_is(doc, d, "the") || !one_holder_title(doc, d + 1, k)) continue;
        if (same_title(doc, d + 1, k, first, last)) { /* its first use */
            const char *holder = most_named(doc, d + 1, k, min, holders, n_holders);
            if (holder) return (speaker){.name = holder, .type = cd_type_person, .found = 1};
            break; /* no one yet: read where it stands now */
        }
        int seen = 0;
        for (size_t o = 0; o < n_offices; o++) seen |= same_title(doc, d + 1, k, office_first[o], office_last[o]);
        if (seen) continue;
        if (n_offices == OTHER_HOLDERS) break;
        office_first[n_offices] = d + 1;
        office_last[n_offices++] = k;
        /* asked only at a title's first use: a story may use it hundreds of times */
        const char *holder = most_named(doc, d + 1, k, min, holders, n_holders);
        if (holder) holders[n_holders++] = holder;
    }
    const char *name = most_named(doc, first, last, min, holders, n_holders);
    return name ? (speaker){.name = name, .type = cd_type_person, .found = 1} : desc;
}

#define DATELINE_WORDS 4 /* words in capitals of a dateline's place: "FORT WORTH, Texas (AP) -" */

/* Does the sentence after s open with a dateline: a place in capitals then a comma or a parenthesis
 * ("PARIS (Reuters) -", "FORT WORTH, Texas (AP) -")? */
static int dateline_follows(const cd_doc *doc, size_t s)
{
    size_t k = doc->sinfo[s + 1].tok_first, end = k + doc->sinfo[s + 1].tok_count, words = 0;
    while (k < end && words < DATELINE_WORDS && doc->toks[k].type == TOK_WORD && doc->toks[k].len > 1 &&
           (doc->toks[k].flags & TF_ALLCAPS))
        k++, words++;
    return words && k < end && (cd_tok_is_punct(doc, k, ',') || cd_tok_is_punct(doc, k, '('));
}

/* Does sentence s open a story of a digest (a page of several stories): a headline line, the next
 * sentence opening with a dateline (dateline_follows)? A person or a title's holder is the story's
 * own. Inline, the headline test first: story_first and story_stop ask it of every sentence they
 * walk over, and few are headlines. */
static inline int opens_story(const cd_doc *doc, size_t s)
{
    return s + 1 < doc->n_sinfo && doc->sents[s].headline && dateline_follows(doc, s);
}

/* The first token of the story that holds token tok (opens_story), min at the earliest. */
static size_t story_first(const cd_doc *doc, size_t tok, size_t min)
{
    size_t s = cd_sentence_at(doc, doc->toks[tok].start);
    for (; s < doc->n_sinfo && doc->sinfo[s].tok_first >= min; s--) {
        if (opens_story(doc, s)) return doc->sinfo[s].tok_first;
        if (s == 0) break;
    }
    return min;
}

/* The token where the story after the one that holds token tok starts, max at the latest. */
static size_t story_stop(const cd_doc *doc, size_t tok, size_t max)
{
    for (size_t s = cd_sentence_at(doc, doc->toks[tok].start) + 1; s < doc->n_sinfo && doc->sinfo[s].tok_first < max; s++)
        if (opens_story(doc, s)) return doc->sinfo[s].tok_first;
    return max;
}

/* "The home secretary said ... Home Secretary Ann Lee told": the one person the story names with the
 * bare title [first, last] after it (TITLED_PEOPLE mentions, TITLED_WINDOW tokens on), when it named
 * no one with it before; not after "successor" (the office changed hands). Else nobody. */
static speaker titled_later(const cd_doc *doc, size_t first, size_t last)
{
    speaker none = NO_SPEAKER;
    size_t max = story_stop(doc, last, last + TITLED_WINDOW < doc->n_toks ? last + TITLED_WINDOW : doc->n_toks);
    const cd_entity *pick = NULL;
    size_t steps = 0;
    for (size_t e = cd_entity_after(doc, last + 1, max, cd_type_person); e != (size_t)-1 && steps < TITLED_PEOPLE;
         steps++, e = person_after(doc, e, max)) {
        if ((doc->toks[doc->einfo[e].tok_first].flags & TF_QUOTED) || !named_with_title(doc, e, first, last)) continue;
        if (pick && !cd_str_is(pick->name, doc->ents[e].name)) return none; /* two hold it */
        if (!pick && office_handed_on(doc, last + 1, doc->einfo[e].tok_first)) return none;
        pick = &doc->ents[e];
    }
    return pick ? from_entity(pick) : none;
}

/* "the minister said": a bare title (its head a title, data/ent_titles.tsv's kind 1, at token last)
 * stands for the one person the story has named with it before ("Finance Minister Ann Lee", "Ann
 * Lee, the finance minister"); else, or when it names two with it, the description `desc` stays. */
static speaker title_holder(const cd_doc *doc, size_t first, size_t last, speaker desc)
{
    const cd_lexrec *r = cd_tok_rec(doc, last, LX_ENT_TITLES);
    if (!r || r->num != 1) return desc;
    /* "the analyst who wrote the second note" is someone else; "the mayor's office" is no person;
     * "the president of the nurses' union" holds another office than "President Ann Lee" */
    size_t after = last + 1;
    if (after < doc->n_toks && (cd_tok_is(doc, after, "who") || cd_tok_is(doc, after, "whose") ||
                                cd_tok_is(doc, after, "that") || cd_tok_possessive(doc, after) ||
                                cd_tok_is(doc, after, "of") || cd_tok_is(doc, after, "at") ||
                                cd_tok_is(doc, after, "for")))
        return desc;
    size_t min = story_first(doc, first, first > TITLED_WINDOW ? first - TITLED_WINDOW : 0);
    const cd_entity *pick = NULL;
    size_t picked = 0; /* the latest mention of pick */
    for (size_t e = cd_entity_before(doc, first, min, cd_type_person), steps = 0; e != (size_t)-1 && steps < TITLED_PEOPLE;
         steps++, e = person_before(doc, e, min)) {
        if ((doc->toks[doc->einfo[e].tok_first].flags & TF_QUOTED) || !named_with_title(doc, e, first, last)) continue;
        if (pick && !cd_str_is(pick->name, doc->ents[e].name)) return desc; /* two hold it: which is not told */
        if (!pick) picked = e;
        pick = &doc->ents[e];
    }
    if (pick && office_handed_on(doc, cd_range_stop(&doc->einfo[picked]), first)) return desc; /* a new holder */
    if (pick) return from_entity(pick);
    speaker later = titled_later(doc, first, last);
    return later.found ? later : story_person(doc, first, last, min, desc);
}

#define TITLED_MEMO 4 /* titled_person's answers kept: the asks again come from one verb or paragraph */

/* titled_person's answers to the last titles asked, a ring. An answer is the document's alone (its
 * tokens, entities and sentences, which the quotes pass does not change), and the pass asks again
 * at one title: the speech verb's subject, read for its indirect speech and then for a quote's
 * attribution ("the minister said, ..."), is the same description; and a description that opens a
 * sentence is read again for each pronoun after it in its paragraph (described_since). */
struct titled_memo {
    size_t first[TITLED_MEMO], last[TITLED_MEMO]; /* the title's tokens (last 0: none yet; a title follows "the") */
    speaker holder[TITLED_MEMO];                  /* the person; .found 0: none, the description stays */
    size_t next;                                  /* the slot the next answer takes */
};

/* title_holder's answer for the bare title [first, last], from memo (NULL: none kept) when it
 * holds it: the person, else the description `desc`. */
static speaker titled_person(const cd_doc *doc, titled_memo *memo, size_t first, size_t last, speaker desc)
{
    if (!memo) return title_holder(doc, first, last, desc);
    for (size_t i = 0; i < TITLED_MEMO; i++)
        if (memo->last[i] == last && memo->first[i] == first) return memo->holder[i].found ? memo->holder[i] : desc;
    size_t i = memo->next;
    memo->next = (i + 1) % TITLED_MEMO;
    memo->first[i] = first;
    memo->last[i] = last;
    memo->holder[i] = title_holder(doc, first, last, NO_SPEAKER); /* gives back NO_SPEAKER or a person */
    return memo->holder[i].found ? memo->holder[i] : desc;
}

/* The first token of the names and titles (np_token, no stop word: "the", "its") that run back
 * to token last, from min on, fewer than NP_MAX tokens: "Russian President Vladimir Putin's". */
static size_t np_run_start(const cd_doc *doc, size_t last, size_t min)
{
    size_t s = last;
    while (s > min && last - s + 1 < NP_MAX && np_token(doc, s - 1) &&
           !cd_lex_has(cd_tok_entry(&doc->toks[s - 1]), LX_ENT_STOPWORDS))
        s--;
    return s;
}

/* A description of a person after a determiner that ends at the title or person noun `head`: "the
 * striker", "a company spokesman", "his mother"; the words after the determiner are the speaker,
 * as "the minister said" gives "minister". Nobody found when no determiner opens it. */
static speaker determined_description(cd_doc *doc, titled_memo *memo, size_t head, size_t min, size_t *np_first)
{
    speaker none = NO_SPEAKER;
    /* one test of the mask first: most words before a speech verb are neither */
    if (!(cd_tok_mask(&doc->toks[head]) & (LXM(LX_ENT_TITLES) | LXM(LX_PERSON_NOUNS))) ||
        !(heads_description(doc, head) || person_noun(doc, head)))
        return none;
    size_t d = description_determiner(doc, head, min);
    if (d == (size_t)-1) return none;
    *np_first = d;
    speaker desc = description(doc, d + 1, head);
    return cd_tok_is(doc, d, "the") ? titled_person(doc, memo, d + 1, head, desc) : desc;
}

/* Is token k a lower-case word that modifies the description headed at `head` ("banking analysts",
 * "Canadian embassy officials": title_modifier), no stop word ("some", "two", "other":
 * data/ent_stopwords.tsv) and no time word ("last week")? */
static int modifies_head(const cd_doc *doc, size_t k, size_t head)
{
    return title_modifier(doc, k, head + 1) && !(doc->toks[k].flags & TF_TIME) &&
           !cd_lex_has(cd_tok_entry(&doc->toks[k]), LX_ENT_STOPWORDS);
}

/* Is token k an "and" that joins a group or a person to the description after it: a title or a
 * person noun before it ("traders and analysts", "bankers and diplomats")? */
static int joins_group(const cd_doc *doc, size_t k, size_t min)
{
    return k > min && cd_tok_is(doc, k, "and") && (heads_description(doc, k - 1) || person_noun(doc, k - 1));
}

/* The description that ends at token last, headed by the title at `head` (at or before last), with
 * the names and titles before the head ("Russian President Vladimir Putin's spokesman"), the
 * lower-case words that modify it (modifies_head) and a group joined to it (joins_group). */
static speaker description_before(cd_doc *doc, size_t head, size_t last, size_t min, size_t *np_first)
{
    size_t s = np_run_start(doc, head, min);
    while (s > min && head - s + 1 < NP_MAX && (modifies_head(doc, s - 1, head) || joins_group(doc, s - 1, min)))
        s = np_run_start(doc, s - 1, min);
    /* "the", "its", "his" before the description belong to the phrase but not to the name */
    *np_first = s > min && cd_lex_has(cd_tok_entry(&doc->toks[s - 1]), LX_ENT_STOPWORDS) ? s - 1 : s;
    return description(doc, s, last);
}

/* "Diplomatic sources in Bonn said", "officials in Washington said": a place after a preposition
 * after a title or a group's role says where the speaker is; the description is the speaker. The
 * head's token, or 0. */
static size_t described_at(const cd_doc *doc, size_t place_first, size_t min)
{
    if (place_first < min + 2 || !cd_str_is(cd_tok_role(doc, place_first - 1, LX_CLAIM_PHRASE_STOPS), "prep")) return 0;
    return heads_description(doc, place_first - 2) ? place_first - 2 : 0;
}

#define PREP_TO_PERSON 12 /* data/quote_words.tsv: "to": a role's preposition before a person only */
#define PREP_TO_ORG 13    /* "at", "with", "from": before an organization only */
#define PREP_TO_EITHER 14 /* "for", "of": before either */

/* A title or a person noun right before a preposition of the kind `kind` (PREP_TO_PERSON or
 * PREP_TO_ORG, or PREP_TO_EITHER) before token s, from min on ("an aide to", "a spokesman at"):
 * the head's token, or 0. */
static size_t role_before_preposition(const cd_doc *doc, size_t s, size_t min, int kind)
{
    if (s < min + 2) return 0;
    int code = quote_word(doc, s - 1);
    if (code != kind && code != PREP_TO_EITHER) return 0;
    return heads_description(doc, s - 2) || person_noun(doc, s - 2) ? s - 2 : 0;
}

/* "An aide to Senator Lee said", "a lawyer for Mr Roe said": a person (first: the name's first
 * token) named after "to", "for" or "of" (PREP_TO_PERSON, PREP_TO_EITHER), itself after a title or
 * a person noun, with titles between ("former party leader"), is whom the speaker works for or is
 * kin to; the description is the speaker. The head's token, or 0. */
static size_t described_for(const cd_doc *doc, size_t first, size_t min)
{
    size_t s = np_run_start(doc, first, min);
    /* the name or a title right after the preposition: "Secretary of State Ann Roe", "the envoy to
     * Peru Ann Roe": a word no title there is the head's, and the head is her title */
    if (s != first && !title_word(doc, s)) return 0;
    return role_before_preposition(doc, s, min, PREP_TO_PERSON);
}

/* "A spokesman for Acme Corp said", "one official at the Harbor Bank said": an organization (first:
 * its name's first token) named after "for", "at", "with", "from" or "of" (PREP_TO_ORG,
 * PREP_TO_EITHER; a determiner between), itself after a title or a person noun, is where the
 * speaker works; the description with it is the speaker, not the organization. The head's token,
 * or 0. */
static size_t described_in_org(const cd_doc *doc, size_t first, size_t min)
{
    size_t s = np_run_start(doc, first, min);
    if (s > min && determiner(doc, s - 1)) s--;
    return role_before_preposition(doc, s, min, PREP_TO_ORG);
}

/* "Kyodo quoted him as telling", "the paper quoted Yasuhiro Nakasone as saying": the one quoted,
 * named or by an object pronoun before `as` (token as), is the speaker (*sp, and its first token in
 * *np_first). */
static int quoted_as(cd_doc *doc, const state *st, size_t as, size_t min, size_t *np_first, speaker *sp)
{
    size_t k = as - 1; /* the name's or the pronoun's last token */
    const cd_entity *e = cd_entity_at(doc, k);
    size_t start = e ? doc->einfo[e - doc->ents].tok_first : k;
    if (start <= min || !cd_tok_is(doc, start - 1, "quoted")) return 0;
    if (e && cd_ent_stop(doc, e) == as) *sp = from_entity(e);
    else if (cd_tok_is(doc, k, "him") || cd_tok_is(doc, k, "her")) *sp = resolve_pronoun(doc, st, k, cd_type_person);
    else return 0;
    *np_first = start;
    return 1;
}

/* Token j - 1 is a weekday written in full after a name that ends right before it ("Clara Voss
 * Monday said"; not "Sun" of "Herald-Sun"). */
static int day_after_name(const cd_doc *doc, size_t j, size_t min)
{
    if (j < min + 2) return 0;
    const cd_token *d = &doc->toks[j - 1];
    const cd_entity *e = cd_entity_at(doc, j - 2);
    return d->len >= 6 && cd_lex_has(cd_tok_entry(d), LX_TIME_WEEKDAYS) && e &&
           cd_ent_stop(doc, e) == j - 1;
}

/* Is the speaker phrase that starts at token first joined by "and" or "or" to another person before
 * it, a name or a description ("Ann Lee and the club's lawyers said", "The winger and the coach
 * said"): two speakers, neither surely the one? Not a clause's "and" ("Talks ended and the coach
 * said"). */
static int joined_to_another(const cd_doc *doc, size_t first, size_t min)
{
    if (first < min + 2 || !(cd_tok_is(doc, first - 1, "and") || cd_tok_is(doc, first - 1, "or"))) return 0;
    size_t k = first - 2;
    return cd_entity_at(doc, k) || heads_description(doc, k) || person_noun(doc, k);
}

static int age_end(const cd_doc *doc, size_t k);

/* 'Ross Dunmore ... "It's a big market," the 52-year-old director said': a definite description with
 * an age (tokens det, "the", up to head) stands for a person the story has named, as "he" does.
 * When a person has spoken in the window a pronoun looks back over, the description is resolved
 * as "he said" is (that speaker, or a person who is a sentence's subject since); else it stays
 * `desc` (with no speaker before, the nearest name may be anyone's). */
static speaker aged_person(cd_doc *doc, const state *st, size_t det, size_t head, speaker desc)
{
    if (!desc.found || desc.type != DESCRIPTION || !cd_tok_is(doc, det, "the")) return desc;
    int aged = 0;
    for (size_t k = det + 1; k <= head && !aged; k++) aged = age_end(doc, k);
    size_t min = det > PRONOUN_WINDOW ? det - PRONOUN_WINDOW : 0;
    if (!aged || !st->last.name || st->last.type != cd_type_person || st->last_tok < min) return desc;
    speaker s = resolve_pronoun(doc, st, det, cd_type_person);
    if (!s.name || s.type != cd_type_person) return desc;
    s.by_pronoun = 0; /* resolved from a description, not a pronoun */
    return s;
}

/* The speaker that ends right before token `end` (exclusive; the speech verb), from min on:
 * "Peskov", "Dmitry Peskov, the Kremlin spokesman,", "he", "the president’s spokesman". */
#define STATEMENT_NOUN 5 /* data/quote_words.tsv: "statement", "communique": a quote after it gives its words */
static speaker statement_owner(cd_doc *doc, const state *st, size_t n, size_t min, size_t *np_first);

#define RELATIVE_WORDS 8 /* tokens back from a name searched for the "who" of its clause */

/* Is token k (a name's first) inside a relative clause set off by a comma before it, "who" or
 * "which" opening it ("Ann Roe, who represents Tom Kay,")? */
static int in_relative_clause(const cd_doc *doc, size_t k, size_t min)
{
    for (size_t i = k, n = 0; i > min && n < RELATIVE_WORDS; i--, n++) {
        if (cd_tok_is_punct(doc, i - 1, ',')) return 0;
        if (cd_tok_is(doc, i - 1, "who") || cd_tok_is(doc, i - 1, "which")) return i - 1 > min && cd_tok_is_punct(doc, i - 2, ',');
    }
    return 0;
}

/* A capitalized word that may open a firm's name before a place's ("Harbor" of "Harbor Ohio
 * Corp"): no title, demonym, possessive or stop word ("The", "But", "First" open sentences), and
 * not the last word of its line (a name that reaches the speech verb runs on in its line; a line's
 * last word is a heading's or a byline's). */
static int firm_word(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    return t->type == TOK_WORD && (t->flags & TF_CAP) && !title_word(doc, k) && !cd_tok_possessive(doc, k) &&
           !cd_lex_has(cd_tok_entry(t), LX_ENT_DEMONYMS) && !(doc->toks[k + 1].flags & TF_NEWLINE_BEFORE) &&
           !cd_lex_has(cd_tok_entry(t), LX_ENT_STOPWORDS);
}

/* Where a firm's name that reaches token p starts: back over its capitalized words (no stop word:
 * "The", "But"), its hyphens and an "of" between name words, from min on and over NP_MAX tokens at
 * most ("Harbor Ohio Corp", "Audio of Ohio Inc", "To-Fit Inc"; a headline in Title Case is no
 * firm's name). */
static size_t firm_name_start(const cd_doc *doc, size_t p, size_t min)
{
    size_t from = p;
    for (;;) {
        if (from - p >= NP_MAX) break;
        if (p > min && (joining_hyphen(doc, p - 1) || firm_word(doc, p - 1))) p--;
        else if (p > min + 1 && from - p + 2 <= NP_MAX && cd_tok_is(doc, p - 1, "of") && firm_word(doc, p - 2)) p -= 2;
        else break;
    }
    return p > min && joining_hyphen(doc, p) ? p - 1 : p; /* "To-Fit": a stop word the run left out, joined */
}

/* Does an organization entity lie among tokens [a, b)? */
static int organization_within(const cd_doc *doc, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++) {
        const cd_entity *e = cd_entity_at(doc, k);
        if (e && e->type == cd_type_organization) return 1;
    }
    return 0;
}

/* Does a hyphen join two words of a name among tokens [a, b)? */
static int hyphen_within(const cd_doc *doc, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (joining_hyphen(doc, k)) return 1;
    return 0;
}


/* Did an organisation that spoke lately (st's recent speakers) go by `name` and a legal form after
 * it ("Lark-Boston Inc" for "Lark-Boston")? The shorter name is then that company's. */
static int spoke_with_legal_form(const state *st, const char *name)
{
    size_t len = strlen(name);
    const recent *r;
    for (size_t i = 0; (r = recent_back(st, i)); i++) {
        const speaker *sp = &r->sp;
        if (sp->type != cd_type_organization || !sp->name || strncmp(sp->name, name, len) || sp->name[len] != ' ')
            continue;
        const char *w = sp->name + len + 1;
        const cd_lexrec *suffix = cd_lex_rec(cd_lex_lookup(w, strlen(w)), LX_ENT_ORG_SUFFIXES);
        if (suffix && suffix->num == CD_LEGAL_FORM) return 1;
    }
    return 0;
}

/* Do the capitalized words [p, first) before a place open a firm's name that ends in the place
 * ("Kestrel Canada said")? Their first word names no place or person of its own and is no given
 * name or sentence opener ("Ottawa Canada", "Ann Canada" and "Meanwhile Canada" stay apart). */
static int firm_before_place(const cd_doc *doc, size_t p, size_t first)
{
    if (p >= first) return 0;
    const cd_entity *e = cd_entity_at(doc, p);
    if (e && (e->type == cd_type_place || e->type == cd_type_person)) return 0;
    const cd_lexentry *w = cd_tok_entry(&doc->toks[p]);
    return !cd_lex_has(w, LX_ENT_FIRST_NAMES) && !cd_lex_has(w, LX_SENTENCE_STARTERS) && !cd_lex_has(w, LX_GAZETTEER);
}

/* Is the one-word name at token first, which the entity pass read as a person's (a capitalized word
 * before a speech verb: whole_firm_name asks), the second word of a firm's name after a demonym or "First" ("Boreal Ferries" is
 * no firm, but "Canadian Ferries", "First Harbor" are)? No given name goes with it in the story, and
 * no title before the demonym makes that a given name ("minister German Roe"). */
static int firm_after_modifier(const cd_doc *doc, size_t first, size_t min)
{
    const cd_token *t = &doc->toks[first - 1];
    if (t->type != TOK_WORD || !(t->flags & TF_CAP) || (doc->toks[first].flags & TF_NEWLINE_BEFORE)) return 0;
    if (first - 1 > min && title_word(doc, first - 2)) return 0; /* "minister German Kovac": a given name */
    return cd_lex_has(cd_tok_entry(t), LX_ENT_DEMONYMS) || cd_tok_is(doc, first - 1, "first");
}

static int after_preposition(const cd_doc *doc, size_t k, size_t min);

/* Where a paper's or firm's name starts whose place the article opens and whose last word the
 * entity pass read as a person's ("the Ohio Times said": place "Ohio", person "Times"): the
 * place's first token, or first when there is no such place. */
static size_t place_before_title(const cd_doc *doc, size_t first, size_t min)
{
    const cd_entity *place = cd_entity_at(doc, first - 1);
    if (!place || place->type != cd_type_place || cd_ent_stop(doc, place) != first) return first;
    size_t p = doc->einfo[place - doc->ents].tok_first;
    /* "In the U.S. Ann Roe said": the place is a preposition's object, the name a person's */
    return p > min && cd_tok_is(doc, p - 1, "the") && !after_preposition(doc, p - 1, min) ? p : first;
}

/* The speaker the entity e names as a subject whose names and titles run back to token *np_first:
 * the whole name of a firm or body the entity pass read in parts, whose first token *np_first
 * becomes. An organization with a place right
 * before it ("the Tokyo Timber Exchange said": place "Tokyo", organization "Timber Exchange") or a
 * hyphen ("Acme-Pacific Corp": "Pacific Corp"), unless the gazetteer knows the organization by
 * itself (a country's Federal Reserve is the Federal Reserve); a place after a hyphenated name
 * ("Acme Bank-Boston said"). Not across a possessive ("Japan's Timber Exchange") or a line. */
static speaker whole_firm_name(cd_doc *doc, const state *st, size_t min, const cd_entity *e, size_t *np_first)
{
    speaker sp = from_entity(e);
    size_t s = *np_first;
    size_t first = doc->einfo[e - doc->ents].tok_first, stop = cd_ent_stop(doc, e), p = first;
    size_t lead = first;
    /* a one-word person's name after min (firm_after_modifier, place_before_title) */
    if (e->type == cd_type_person && stop == first + 1 && first > min && !strchr(e->name, ' '))
        lead = firm_after_modifier(doc, first, min) ? first - 1 : place_before_title(doc, first, min);
    if (lead < first) {
        speaker firm = description(doc, lead, stop - 1);
        firm.type = cd_type_organization;
        if (lead < s) *np_first = lead;
        return firm;
    }
    if (s >= first || (doc->toks[first].flags & TF_NEWLINE_BEFORE)) return sp;
    if (e->type == cd_type_organization) {
        const cd_entity *place = cd_entity_at(doc, first - 1);
        if (place && place->type == cd_type_place && cd_ent_stop(doc, place) == first)
            p = doc->einfo[place - doc->ents].tok_first;
        else if (!joining_hyphen(doc, first - 1))
            return sp;
        if (p < s || cd_lex_match(doc, first, LX_GAZETTEER, NULL) >= stop - first) return sp;
        p = firm_name_start(doc, p, min);
    } else if (e->type == cd_type_place) {
        p = firm_name_start(doc, first, min);
        if (!hyphen_within(doc, p, first) && !firm_before_place(doc, p, first)) return sp;
    } else {
        return sp;
    }
    speaker whole = description(doc, p, stop - 1);
    /* an organization only when the entity pass read one in it ("Harbor Bank" of "Harbor
     * Bank-Boston") or a company spoke lately by it and a legal form, else a name of no known kind */
    if (organization_within(doc, p, stop) || (whole.name && spoke_with_legal_form(st, whole.name)))
        whole.type = cd_type_organization;
    if (p < s) *np_first = p; /* "Audio of Ohio Inc": callers ask where the speaker phrase starts */
    return whole;
}

static size_t next_word(const char *s, size_t n, size_t *at, size_t *len);

#define BODY_WINDOW 1000 /* tokens back searched for the organisation "the union said" means */
#define BODY_MENTIONS 64 /* organisations' mentions asked there */
#define BODY_MODIFIERS 2 /* words between "the" and a body's noun ("the state oil company") */
#define BODY_COMPANY 1   /* data/quote_org_kinds.tsv's kind of "company", "firm", "Inc" */
#define BODY_BANK 2      /* its kind of "bank", "lender" */
#define BODY_AGENCY 5    /* its kind of "agency" */
#define BODY_GROUP 14    /* its kind of "group" */
#define BODY_ASSOCIATION 19 /* its kind of "association": a savings and loan association is a firm */
#define BODY_LEAD 4 /* tokens from a sentence's start where a firm named in it opens its subject */

/* The kind of body (data/quote_org_kinds.tsv) an organisation's name says: its last word of a kind
 * before "of" ("Bank of Tarnia", "Ministry of Trade and Industry"), else the last of the name
 * ("Dock Workers Union", "Acme Holdings Corp"); 0 when no word says one; -1 for a name of such
 * words only ("Bank", "Inc"), which names no body of its own. */
static int body_kind(const char *name)
{
    int kind = 0, own = 0;
    size_t n = strlen(name), at = 0, len;
    for (size_t w; (w = next_word(name, n, &at, &len)) < n;) {
        if (len == 2 && same_word(name + w, "of", 2) && kind) return kind; /* "of Tarnia": its own */
        const cd_lexrec *r = cd_lex_rec(cd_lex_lookup(name + w, len), LX_QUOTE_ORG_KINDS);
        if (r) kind = r->num;
        else own = 1;
    }
    return own ? kind : -1;
}

/* Does the organisation named `name` fit a body's noun of kind `kind`: a name of that kind; for "the
 * company", one whose name says no kind, a group or an association ("Acme said ... the company said",
 * "Acme Group", "Acme Savings and Loan Association"): most are firms. */
static int body_fits(const char *name, int kind)
{
    int k = body_kind(name);
    return k == kind || (kind == BODY_COMPANY && (k == 0 || k == BODY_GROUP || k == BODY_ASSOCIATION));
}

/* The organisation fitting kind that spoke last (st's recent speakers) from token lo up to token
 * tok: 1 with it in *out and its token in *at; 0: none. */
static int body_spoke(const state *st, size_t tok, size_t lo, int kind, speaker *out, size_t *at)
{
    const recent *r;
    for (size_t i = 0; (r = recent_back(st, i)); i++) {
        if (r->tok >= tok || r->sp.type != cd_type_organization || !r->sp.name) continue;
        if (r->tok < lo) return 0;
        if (!body_fits(r->sp.name, kind)) continue;
        *out = r->sp;
        *at = r->tok;
        return 1;
    }
    return 0;
}

/* The first organisation of kind `kind` among tokens [a, b): its entity's index, or -1. */
static size_t body_within(const cd_doc *doc, size_t a, size_t b, int kind)
{
    for (size_t k = a; k < b; k++) {
        const cd_entity *e = cd_entity_at(doc, k);
        if (!e) continue;
        if (e->type == cd_type_organization && body_fits(e->name, kind)) return (size_t)(e - doc->ents);
        k = cd_ent_stop(doc, e) - 1;
    }
    return (size_t)-1;
}

/* The organisation of kind `kind` that "the <noun> said" in the sentence that starts at token min
 * means: one named before the sentence (one its clause names is what it talks of), the later of
 * the one that spoke last and the last one that was a sentence's subject, else the nearest; a
 * union's words are no company's. Nobody found (found 0) when none is named. */
static speaker body_before(cd_doc *doc, const state *st, int kind, size_t min)
{
    size_t lo = min > BODY_WINDOW ? min - BODY_WINDOW : 0, spoke_at = 0;
    speaker spoke;
    int said = body_spoke(st, min, lo, kind, &spoke, &spoke_at);
    size_t e = cd_entity_before(doc, min, lo, cd_type_organization), nearest = (size_t)-1;
    for (size_t steps = 0; e != (size_t)-1 && steps < BODY_MENTIONS; steps++) {
        /* it spoke after the subjects since; one that starts where its name does is a part of its
         * whole name ("Airbus" of "Airbus of Canada Ltd"), no other subject */
        if (said && doc->einfo[e].tok_first <= spoke_at) return spoke;
        if (body_fits(doc->ents[e].name, kind)) {
            if (subject_position(doc, st, e)) return from_entity(&doc->ents[e]);
            if (nearest == (size_t)-1) nearest = e;
        }
        e = e ? cd_entity_before(doc, doc->einfo[e].tok_first, lo, cd_type_organization) : (size_t)-1;
    }
    if (said) return spoke;
    return nearest != (size_t)-1 ? from_entity(&doc->ents[nearest]) : NO_SPEAKER;
}

/* The organisation "the <noun> said" means (kind `kind`, the sentence from token min, the speaker
 * phrase from token phrase): one named before the sentence (body_before); with none, the first
 * of its kind the sentence names before the phrase, its subject mostly ("Acme Bank raised its
 * rate, the bank said"); with none, the bank that spoke last by a firm's name ("Zeta Bancorp AG
 * said ... the bank said"), or the agency by a name of no kind ("the TBA said ... the agency
 * said"). Nobody found (found 0) when none is. */
/* Whether the sentence from token min opens with "the", up to BODY_MODIFIERS words and a body's
 * noun of kind `kind` in lower case, before token phrase ("The state bank lent 40 mln dlrs to Orvale
 * Savings Bank, the bank said"): its subject is a body of that kind left unnamed, which the speaker
 * phrase takes up, not a body its clause names further on. */
static int subject_is_body(const cd_doc *doc, int kind, size_t min, size_t phrase)
{
    if (!cd_tok_is(doc, min, "the")) return 0;
    for (size_t k = min + 1; k < phrase && k <= min + 1 + BODY_MODIFIERS; k++) {
        const cd_lexrec *r = cd_tok_rec(doc, k, LX_QUOTE_ORG_KINDS);
        if (r && r->num == kind && !(doc->toks[k].flags & (TF_CAP | TF_ALLCAPS))) return 1;
        if (cd_entity_at(doc, k) || !description_modifier(doc, k)) return 0;
    }
    return 0;
}

static speaker body_named(cd_doc *doc, const state *st, int kind, size_t min, size_t phrase)
{
    speaker named = body_before(doc, st, kind, min);
    if (named.found) return named;
    if (subject_is_body(doc, kind, min, phrase)) return NO_SPEAKER;
    /* a firm only where it opens the subject ("A Harbor Corp director resigned"): most names of
     * no kind fit "the company", and one further in is the clause's object */
    size_t stop = kind == BODY_COMPANY && min + BODY_LEAD < phrase ? min + BODY_LEAD : phrase;
    size_t e = body_within(doc, min, stop, kind), at = 0;
    if (e != (size_t)-1) return from_entity(&doc->ents[e]);
    /* a bank is a firm, one with a firm's legal form too ("Harbor Banking Corp"); an agency, a body
     * by a name that says no kind ("the TBA"), no company's */
    int firm = kind == BODY_BANK ? BODY_COMPANY : kind == BODY_AGENCY ? 0 : -1;
    size_t lo = min > BODY_WINDOW ? min - BODY_WINDOW : 0;
    if (firm >= 0 && body_spoke(st, min, lo, firm, &named, &at)) return named;
    return NO_SPEAKER;
}

/* Is the "the" at token k governed by a preposition ("an analyst at the bank said", "a spokesman
 * for the Bank said")? The body is then where the speaker works, not who speaks. */
static int after_preposition(const cd_doc *doc, size_t k, size_t min)
{
    return k > min && cd_str_is(cd_tok_role(doc, k - 1, LX_CLAIM_PHRASE_STOPS), "prep");
}

/* "CLAUSE, the union said": a body's noun (data/quote_org_kinds.tsv) at token head, lower case,
 * after "the" and up to BODY_MODIFIERS words ("the state oil company"), is the organisation of
 * its kind the story named (body_named); with none, the description itself ("oil company").
 * Nobody found when head is no such noun. */
static speaker body_description(cd_doc *doc, const state *st, size_t head, size_t min, size_t *np_first)
{
    const cd_lexrec *r = cd_tok_rec(doc, head, LX_QUOTE_ORG_KINDS);
    if (!r || (doc->toks[head].flags & (TF_CAP | TF_ALLCAPS | TF_QUOTED))) return NO_SPEAKER;
    size_t d = head;
    while (d > min && head - d < BODY_MODIFIERS && !cd_tok_is(doc, d - 1, "the") && description_modifier(doc, d - 1) &&
           !cd_entity_at(doc, d - 1) && !cd_tok_possessive(doc, d - 1))
        d--;
    if (d <= min || !cd_tok_is(doc, d - 1, "the") || after_preposition(doc, d - 1, min)) return NO_SPEAKER;
    *np_first = d - 1;
    speaker named = body_named(doc, st, r->num, min, d - 1);
    return named.found ? named : description(doc, d, head);
}

/* "CLAUSE, the Bank said": an organisation e named by a body's word alone, capitalised, after "the"
 * (the name's words are all of data/quote_org_kinds.tsv), is the one of its kind the story named
 * in full (body_named); found 0 when none is. */
static speaker body_by_name(cd_doc *doc, const state *st, const cd_entity *e, size_t min, size_t *np_first)
{
    size_t first = doc->einfo[e - doc->ents].tok_first, last = cd_ent_stop(doc, e) - 1;
    const cd_lexrec *r = cd_tok_rec(doc, last, LX_QUOTE_ORG_KINDS);
    if (!r || e->type != cd_type_organization || first <= min || !cd_tok_is(doc, first - 1, "the") ||
        after_preposition(doc, first - 1, min) || body_kind(e->name) != -1)
        return NO_SPEAKER;
    speaker named = body_named(doc, st, r->num, min, first - 1);
    if (named.found) *np_first = first - 1;
    return named;
}

static int document_noun(const cd_doc *doc, size_t k);
static speaker document_speaker(cd_doc *doc, const state *st, size_t first, size_t v);

static speaker np_before(cd_doc *doc, const state *st, size_t end, size_t min, size_t *np_first)
{
    speaker none = NO_SPEAKER;
    size_t j = end;
    for (int k = 0; k < 2 && j > min && filler(doc, j - 1, 1); k++) j--;
    if (j > min + 2 && cd_tok_is(doc, j - 2, "on") && cd_lex_has(cd_tok_entry(&doc->toks[j - 1]), LX_TIME_WEEKDAYS))
        j -= 2; /* "The Electoral Commission on Thursday said" */
    else if (day_after_name(doc, j, min))
        j -= 1; /* "Trade Secretary Clara Voss Monday warned": the day is no part of the name (entities.c) */
    speaker quoted;
    if (j > min + 2 && cd_tok_is(doc, j - 1, "as") && quoted_as(doc, st, j - 1, min, np_first, &quoted)) return quoted;
    if (j <= min) return none;
    j--;
    *np_first = j;
    const cd_lexrec *pr = cd_tok_rec(doc, j, LX_QUOTE_PRONOUNS);
    if (pr && pr->str) return resolve_pronoun(doc, st, j, pr->str);
    if (cd_tok_is_punct(doc, j, ',') && j > min + 1) { /* an appositive between commas */
        const cd_entity *named = cd_entity_at(doc, j - 1); /* "The Shadow Secretary, Theresa May, said" */
        /* "Ann Roe, who represents Tom Kay, said": a name in a relative clause is not the speaker */
        if (named && named->type == cd_type_person && !in_relative_clause(doc, doc->einfo[named - doc->ents].tok_first, min)) {
            *np_first = doc->einfo[named - doc->ents].tok_first;
            return from_entity(named);
        }
        for (size_t k = j - 1; k > min && k + 12 > j && !paired_mark(&doc->toks[k]); k--)
            if (cd_tok_is_punct(doc, k, ',')) {
                const cd_entity *e = cd_entity_at(doc, k - 1);
                *np_first = k - 1;
                if (e) *np_first = doc->einfo[e - doc->ents].tok_first;
                /* "The defender, who joined in May, said": a description set off the same way */
                return e ? from_entity(e) : determined_description(doc, st->titled, k - 1, min, np_first);
            }
        return none;
    }
    if (quote_word(doc, j) == STATEMENT_NOUN) { /* "the ministry's statement said": the ministry speaks */
        size_t owner_first = j;
        speaker owner = statement_owner(doc, st, j, min, &owner_first);
        if (owner.name) {
            *np_first = owner_first;
            return owner;
        }
    }
    const cd_entity *e = cd_entity_at(doc, j);
    if (e && cd_ent_stop(doc, e) == j + 1) {
        speaker body = body_by_name(doc, st, e, min, np_first);
        if (body.found) return body;
        size_t s = doc->einfo[e - doc->ents].tok_first; /* with its titles: "Labor Secretary Ruth Adeyemi" */
        size_t head = e->type == cd_type_place    ? described_at(doc, s, min)
                      : e->type == cd_type_person ? described_for(doc, s, min)
                                                  : described_in_org(doc, s, min);
        if (head) return description_before(doc, head, j, min, np_first);
        while (s > min && j - s + 1 < 2 * NP_MAX &&
               ((np_token(doc, s - 1) && !cd_lex_has(cd_tok_entry(&doc->toks[s - 1]), LX_ENT_STOPWORDS)) ||
                title_modifier(doc, s - 1, j + 1)))
            s--;
        *np_first = s;
        return whole_firm_name(doc, st, min, e, np_first);
    }
    /* "a company spokesman said", "the striker said": a description its determiner opens; else
     * one headed by a title, with the names and titles before it */
    speaker described = determined_description(doc, st->titled, j, min, np_first);
    if (described.found) return aged_person(doc, st, *np_first, j, described);
    if (heads_description(doc, j)) return description_before(doc, j, j, min, np_first);
    /* "CLAUSE, the report said": a document's words are its owner's, as after a quote */
    if (j > min + 1 && document_noun(doc, j) && cd_tok_is(doc, j - 1, "the")) {
        speaker owned = document_speaker(doc, st, j - 1, end);
        if (owned.found) {
            *np_first = j - 1;
            return owned;
        }
    }
    return body_description(doc, st, j, min, np_first);
}

/* A person named after a description in lower-case words and a comma: "said one of their
 * lawyers, Michalis Dimitrakopoulos" (the description of words only, NP_MAX tokens at most). */
static speaker person_in_apposition(const cd_doc *doc, size_t i, size_t end)
{
    speaker none = NO_SPEAKER;
    for (size_t k = i; k < end && k <= i + NP_MAX; k++) {
        if (cd_tok_is_punct(doc, k, ',') && k > i) {
            const cd_entity *e = k + 1 < end ? cd_entity_at(doc, k + 1) : NULL;
            return e && e->type == cd_type_person && doc->einfo[e - doc->ents].tok_first == k + 1 ? from_entity(e) : none;
        }
        if (doc->toks[k].type != TOK_WORD || cd_entity_at(doc, k)) return none;
    }
    return none;
}

#define DESCRIPTION_WORDS 4 /* lower-case words of a description before a name: "media and PR strategist" */

/* A person named after a few lower-case words of a description, no preposition among them:
 * "said silicosis sufferer Peter Dunlop", "according to media and PR strategist John Houlihan". */
static const cd_entity *person_after_words(const cd_doc *doc, size_t k, size_t end)
{
    for (size_t n = 0; k < end && n <= DESCRIPTION_WORDS; k++, n++) {
        const cd_entity *e = cd_entity_at(doc, k);
        if (e) return e->type == cd_type_person && doc->einfo[e - doc->ents].tok_first == k ? e : NULL;
        if (doc->toks[k].type != TOK_WORD || (doc->toks[k].flags & TF_PARA_BEFORE) ||
            (cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS) && !cd_tok_is(doc, k, "and")))
            return NULL;
    }
    return NULL;
}

/* Does a clause's verb follow a person noun at token k: a word that is no preposition, conjunction,
 * relative word or time word ("said the striker was tired": the striker is the clause's subject,
 * not the one who speaks; "said the striker after the game" is his attribution)? */
static int subject_of_clause(const cd_doc *doc, size_t k, size_t end)
{
    if (k >= end || k >= doc->n_toks || doc->toks[k].type != TOK_WORD) return 0;
    const char *role = cd_tok_role(doc, k, LX_CLAIM_PHRASE_STOPS);
    if (cd_str_is(role, "prep") || cd_str_is(role, "conj") || cd_str_is(role, "rel") || cd_str_is(role, "time"))
        return 0;
    return !cd_tok_in(doc, k, LX_TIME_WORDS) && !cd_tok_in(doc, k, LX_TIME_WEEKDAYS);
}

/* The speaker that starts at token i (after an inverted verb: "said Dmitry Peskov", "said the
 * Kremlin spokesman, Dmitry Peskov"); a person wins over an organization in the same phrase. */
static speaker np_after(cd_doc *doc, size_t i, size_t end)
{
    speaker none = NO_SPEAKER;
    const cd_entity *org = NULL, *owner = NULL;
    size_t k = i, desc_last = (size_t)-1, limit = i + NP_MAX;
    while (k < end && k < limit) {
        const cd_entity *e = cd_entity_at(doc, k);
        if (e) {
            size_t after = cd_ent_stop(doc, e);
            if (after + 1 < end && cd_tok_possessive(doc, after)) {
                /* "said The Libertine's executive producer Ann Lee", "said Tom Hale's lawyer": the
                 * owner of the description, not its speaker; the phrase goes on past it */
                if (!owner) owner = e;
                desc_last = (size_t)-1; /* "Mr" of "Mr Lee's" is the owner's title */
                limit += after + 1 - k;
                k = after + 1;
                continue;
            }
            if (e->type == cd_type_person) return from_entity(e);
            if (!org) org = e;
            k = after;
            /* "Moscow-based US lawyer Jamie Firestone": a place made a modifier */
            if (k + 1 < end && cd_tok_is_punct(doc, k, '-') && !(doc->toks[k].flags & TF_SPACE_BEFORE) &&
                doc->toks[k + 1].type == TOK_WORD && !(doc->toks[k + 1].flags & (TF_SPACE_BEFORE | TF_CAP))) {
                if (org == e) org = NULL;
                k += 2;
            }
            continue;
        }
        if (title_word(doc, k) || person_noun(doc, k)) desc_last = k;
        else if (!(determiner(doc, k) || np_token(doc, k) || title_modifier(doc, k, end) ||
                   (cd_tok_is_punct(doc, k, ',') && desc_last != (size_t)-1))) {
            /* "said asbestosis sufferer Bernie Banton"; "said the film's executive producer Ann Lee":
             * a job's word after a title, then the name */
            int leads = k == i || (k == i + 1 && determiner(doc, i)) || (desc_last != (size_t)-1 && k == desc_last + 1);
            const cd_entity *named = leads ? person_after_words(doc, k, end) : NULL;
            if (named) return from_entity(named);
            break;
        }
        k++;
    }
    if (!org && desc_last == (size_t)-1) {
        speaker named = person_in_apposition(doc, i, end);
        /* "said ABN Amro's Eddie Wong", a name the entities do not know: the owner, as before */
        return named.found || !owner ? named : from_entity(owner);
    }
    if (desc_last != (size_t)-1) {
        if (!title_word(doc, desc_last) && subject_of_clause(doc, desc_last + 1, end)) return none;
        size_t first = i;
        while (first < desc_last && opens_description(doc, first)) first++; /* "said one trader" */
        speaker desc = description(doc, first, desc_last);
        return first == i + 1 && cd_tok_is(doc, i, "the") ? titled_person(doc, NULL, first, desc_last, desc) : desc;
    }
    return org ? from_entity(org) : none;
}

/* The period inside a web address or a file name, glued to the words on both sides: "Computerandvideogames.com" */
static int glued_dot(const cd_doc *doc, size_t k)
{
    return doc->toks[k].cp == '.' && k > 0 && k + 1 < doc->n_toks && doc->toks[k - 1].type == TOK_WORD &&
           !(doc->toks[k].flags & TF_SPACE_BEFORE) && doc->toks[k + 1].type == TOK_WORD &&
           !(doc->toks[k + 1].flags & (TF_SPACE_BEFORE | TF_NEWLINE_BEFORE));
}

/* A terminal mark that ends a sentence (not the period of "Sen." or "U.S."). */
static int stops_search(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    if (paired_mark(t) || (t->flags & TF_PARA_BEFORE)) return 1;
    if (t->type != TOK_PUNCT || !(t->cp == '.' || t->cp == '!' || t->cp == '?' || t->cp == ';')) return 0;
    return !abbrev_dot(doc, k) && !glued_dot(doc, k);
}

/* A speaker described in common nouns after a determiner, named by no entity or title: `the
 * ministry`, `the report`, `its statement` in tokens [first, end) ("the defender told", "said the
 * radio station"). The quote is attributed, so no unattributed-quote finding, though no speaker is
 * named (the one named before, or from context, may still be); only words (and an apostrophe or
 * hyphen within one) may follow the determiner. */
static int unnamed_subject(const cd_doc *doc, size_t first, size_t end)
{
    if (first >= doc->n_toks || !cd_lex_has(cd_tok_entry(&doc->toks[first]), LX_CLAIM_DETERMINERS)) return 0;
    for (size_t k = first + 1; k < end && k < doc->n_toks; k++)
        if (!cd_word_or_joiner(&doc->toks[k])) return 0;
    return 1;
}

/* May token k sit in a speaker phrase before a speech verb ("Anna Berg, a senior analyst with
 * Nordic Bank,", "the 28-year-old", "Harwell and Co Ltd economist Carl Hoyt")?
 * Words, numbers and the punctuation of names and descriptions; no verb of a clause ("is",
 * "would"; speaker_phrase lets a relative clause have them: "Serena Williams, who is in Dubai,"). */
static int phrase_token(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    if (t->type == TOK_NUM) return 1;
    if (t->type == TOK_PUNCT)
        return t->cp == ',' || t->cp == '-' || t->cp == '\'' || t->cp == 0x2019 || t->cp == '&' || t->cp == '(' ||
               t->cp == ')' || abbrev_dot(doc, k) || glued_dot(doc, k);
    const char *role = cd_tok_role(doc, k, LX_CLAIM_VERB_CUES);
    return !(cd_str_is(role, "be") || cd_str_is(role, "modal") || cd_str_is(role, "do") || cd_str_is(role, "have"));
}

#define QUOTED_BY_MAX 8 /* tokens of the source in "was quoted by the Evening Courier as saying" */

/* Where the subject ends before a passive "was quoted as" or "was quoted by <source> as" that
 * ends at v (the "as"), or v itself. The one quoted is the subject, not the paper that quoted
 * them: in "Ann Vole was quoted by the Daily Planet as saying" the speaker is Ann Vole. */
static size_t passive_quoted(const cd_doc *doc, size_t first, size_t v)
{
    if (v < first + 3 || !cd_tok_is(doc, v - 1, "as")) return v;
    size_t q = v - 2; /* the word "quoted", or the source's last word */
    if (!cd_tok_is(doc, q, "quoted")) {
        size_t by = q;
        while (by > first + 1 && v - 1 - by <= QUOTED_BY_MAX && !cd_tok_is(doc, by, "by")) {
            if (cd_tok_is_punct(doc, by, ',') || verb_at(doc, by)) return v; /* a clause, not a source */
            by--;
        }
        if (!cd_tok_is(doc, by, "by") || by == v - 2) return v;
        q = by - 1;
    }
    if (q < first + 1 || !cd_tok_is(doc, q, "quoted") ||
        !cd_str_is(cd_tok_role(doc, q - 1, LX_CLAIM_VERB_CUES), "be"))
        return v;
    return q - 1;
}

/* Where the subject of the speech verb at v, from token first on, ends: before the verb's fillers
 * ("has said", "also told") and a passive "was quoted as" ("Paul Grafton, who is retiring, was
 * quoted as saying"; not the paper in "was quoted by the Daily Planet as"). */
static size_t subject_end(const cd_doc *doc, size_t first, size_t v)
{
    for (int k = 0; k < 2 && v > first && filler(doc, v - 1, 1); k++) v--;
    return passive_quoted(doc, first, v);
}

/* Are tokens [first, v) a speaker phrase, the whole subject (subject_end) of a speech verb: no
 * clause ("but officials in Washington", "the sign was replaced with a notice that")? */
static int speaker_phrase(const cd_doc *doc, size_t first, size_t v)
{
    if (v <= first || v - first > SPEAKER_PHRASE) return 0;
    if (cd_str_is(cd_tok_role(doc, first, LX_CLAIM_PHRASE_STOPS), "conj")) return 0;
    int relative = 0; /* in "who ..." or "which ...", up to its comma */
    for (size_t k = first; k < v; k++) {
        if (relative) {
            relative = !cd_tok_is_punct(doc, k, ',');
            continue;
        }
        const cd_entity *e = cd_entity_at(doc, k);
        if (e) { /* a name's words are its own ("Will Davies" has no modal) */
            k = cd_ent_stop(doc, e) - 1;
            continue;
        }
        /* "He noted that he had", "Mr Kilroy-Silk said the man claimed": a clause */
        if (!phrase_token(doc, k) || cd_tok_is(doc, k, "that") || verb_at(doc, k)) return 0;
        relative = cd_tok_is(doc, k, "who") || cd_tok_is(doc, k, "which");
    }
    return 1;
}

/* The speaker a speaker phrase [first, v) names: a person it opens ("Anna Berg, a senior analyst
 * with Nordic Bank,"), sets off by a comma ("the chairman of the steering group, Pat
 * Elmer,") or names after words of a description ("Harwell economist Carl Hoyt",
 * "producer Gil Cates", "Chairman of General Motors Roger Smith"); not one that is the object of a
 * preposition ("a lawyer for Tom Hale"), owns the speaker ("Tom Hale's lawyer") or is a description
 * after a determiner ("the West Virginia Democrat", "the Salford MP"). Else nobody named ("a
 * spokesman for one of the major roasters", "one trader"), though the quote is attributed. */
static speaker phrase_speaker(const cd_doc *doc, size_t first, size_t v)
{
    speaker unnamed = {.unnamed = 1};
    int after_prep = 0, described = 0; /* since the last comma */
    for (size_t k = first; k < v; k++) {
        const cd_entity *e = cd_entity_at(doc, k);
        if (e) {
            k = cd_ent_stop(doc, e) - 1;
            if (e->type != cd_type_person) after_prep = 0; /* "of General Motors": the preposition's object */
            else if (!after_prep && !described && !(k + 1 < v && cd_tok_possessive(doc, k + 1))) return from_entity(e);
            continue;
        }
        if (cd_tok_rec(doc, k, LX_QUOTE_PRONOUNS)) return unnamed; /* "He ... appointed Howard Baker and said" */
        if (cd_tok_is_punct(doc, k, ',')) after_prep = described = 0;
        else if (cd_str_is(cd_tok_role(doc, k, LX_CLAIM_PHRASE_STOPS), "prep")) after_prep = 1;
        else if (determiner(doc, k)) described = 1;
    }
    return unnamed;
}

/* Whether the tokens [first, v) before the speech verb at v are its subject, a speaker phrase;
 * then *s is the speaker it names. */
static int phrase_names(const cd_doc *doc, size_t first, size_t v, speaker *s)
{
    size_t end = subject_end(doc, first, v);
    if (!speaker_phrase(doc, first, end)) return 0;
    *s = phrase_speaker(doc, first, end);
    return 1;
}

/* always inline (here and below): a call, with its arguments and speaker passed through memory,
 * cost more than the loop when every quote asks it (out of line: +0.09% instructions in all) */
static CD_ALWAYS_INLINE speaker attribution_at(cd_doc *doc, const state *st, size_t p,
                                                                    int goes_on);

static speaker document_speaker(cd_doc *doc, const state *st, size_t first, size_t v);

#define APPOSITION_MAX 12 /* tokens of an apposition after a speaker named with no verb */

/* Does the apposition that starts at token k (after a name's comma) run to its sentence's end as
 * a description only: a determiner or a title first ("a trader in Oslo", "the club's coach"), then
 * no clause (no "be", no modal, no speech verb)? */
static int apposition_to_end(const cd_doc *doc, size_t k)
{
    if (k >= doc->n_toks || !(determiner(doc, k) || title_word(doc, k))) return 0;
    for (size_t n = 0; k < doc->n_toks && n < APPOSITION_MAX; k++, n++) {
        if (ends_sentence(doc, k)) return 1;
        if (paired_mark(&doc->toks[k]) || (doc->toks[k].flags & TF_PARA_BEFORE)) return 0;
        if (!phrase_token(doc, k) || cd_tok_is_punct(doc, k, ',') || verb_at(doc, k)) return 0;
    }
    return k >= doc->n_toks;
}

/* '"...," Mr Lee.' / '"...," Ann Lee, a trader in Oslo.': a person named right after a quote's
 * closing comma, ending the sentence or set off by an apposition to its end, is its speaker,
 * though the verb was left out (a slip of the copy, which the reader mends at once). */
static speaker name_without_verb(cd_doc *doc, size_t p)
{
    speaker none = NO_SPEAKER;
    size_t name = p; /* past the titles the entity leaves out: "Mr" of "Mr Lee" */
    while (name < doc->n_toks && name < p + 3 && (title_word(doc, name) || abbrev_dot(doc, name))) name++;
    const cd_entity *e = name < doc->n_toks ? cd_entity_at(doc, name) : NULL;
    if (!e || e->type != cd_type_person || doc->einfo[e - doc->ents].tok_first != name) return none;
    size_t after = name + doc->einfo[e - doc->ents].tok_count;
    if (after >= doc->n_toks || (doc->toks[after].flags & TF_PARA_BEFORE) || ends_sentence(doc, after))
        return from_entity(e);
    return cd_tok_is_punct(doc, after, ',') && apposition_to_end(doc, after + 1) ? from_entity(e) : none;
}

#define SAID_TAIL 16 /* tokens after a speech verb, up to its period, with nothing reported ("said in a
                      * letter to the council's chair.") */

/* Is speech verb record r (NULL: none) "tell", whose object is its listener ("told her")? */
static int is_tell(const cd_lexrec *r)
{
    return r && r->str && cd_str_is(r->str, "tell");
}

/* Does the speech verb at v end its sentence with nothing reported: only a place of saying or a
 * listener after it, then a period ("said in a statement.", "told bankers at a lunch.")? No
 * "that", no pronoun that opens a clause, no verb of a clause, no quote. */
static int reports_nothing(const cd_doc *doc, size_t v)
{
    size_t k = verb_end(doc, v);
    const cd_lexrec *verb = cd_tok_rec(doc, v, LX_QUOTE_VERBS);
    /* "told bankers at a lunch.": one word of a listener, then a place of saying */
    int tell = is_tell(verb) && k + 1 < doc->n_toks &&
               doc->toks[k].type == TOK_WORD && cd_str_is(cd_tok_role(doc, k + 1, LX_CLAIM_PHRASE_STOPS), "prep");
    if (k < doc->n_toks && !ends_sentence(doc, k) && !tell &&
        (!cd_str_is(cd_tok_role(doc, k, LX_CLAIM_PHRASE_STOPS), "prep") || cd_tok_is(doc, k, "to")))
        return 0; /* "said prices rose.", "promised to cut it." */
    for (size_t n = 0; k < doc->n_toks && n < SAID_TAIL; k++, n++) {
        if (ends_sentence(doc, k)) return 1;
        const cd_token *t = &doc->toks[k];
        if (is_mark(t) || (t->flags & TF_PARA_BEFORE) || cd_tok_is(doc, k, "that") ||
            cd_tok_rec(doc, k, LX_QUOTE_PRONOUNS) || !phrase_token(doc, k) || verb_at(doc, k))
            return 0;
    }
    return 0;
}

/* '"... by the board." Ann Lee told reporters in Oslo.', '"... this year." said analyst Ann Lee.':
 * after a quote that ends its sentence, a speech verb in lower case right after the mark (the
 * period a slip for a comma), or a sentence that is a speaker, a speech verb and nothing it
 * reports, attributes the quote. */
static speaker said_after_sentence(cd_doc *doc, const state *st, size_t close)
{
    speaker none = NO_SPEAKER;
    size_t p = close + 1;
    if (p >= doc->n_toks) return none;
    const cd_token *t = &doc->toks[p];
    if (t->type == TOK_WORD && !(t->flags & (TF_CAP | TF_ALLCAPS | TF_PARA_BEFORE)) && verb_at(doc, p))
        return attribution_at(doc, st, p, 1);
    for (size_t k = p; k < doc->n_toks && k < p + SPEAKER_PHRASE; k++) {
        if (k > p && stops_search(doc, k)) return none;
        const cd_lexrec *v = verb_at(doc, k);
        if (!v || v->num == 2 || cd_tok_ing_form(doc, k)) continue;
        /* a verb that reports ("said", "told"), not one that takes an object ("called for") */
        if (k == p || v->num != 1 || !reports_nothing(doc, k)) return none;
        size_t np_first = k;
        speaker s = np_before(doc, st, k, p, &np_first);
        if (s.found && np_first == p) return s;
        /* "Wagner sought a meeting, Reed said.", "Lee raised the tax and also promised": a clause,
         * not a speaker phrase */
        if (k - p > NP_MAX + 4) return none;
        for (size_t c = p; c < k; c++)
            if (cd_tok_is_punct(doc, c, ',') || cd_tok_is(doc, c, "and") || cd_tok_is(doc, c, "but")) return none;
        return phrase_names(doc, p, k, &s) ? s : none;
    }
    return none;
}

/* Do tokens [first, end) introduce someone new whom no name or known title describes: "one" or
 * "another", then words only, no "of" ("said another", "one grain merchant said"; not "one of the
 * dealers said", who are the group)? end == first + 1 or more; first < end. */
static int newcomer_phrase(const cd_doc *doc, size_t first, size_t end)
{
    if (first >= end || end > doc->n_toks || !(cd_tok_is(doc, first, "one") || cd_tok_is(doc, first, "another")))
        return 0;
    for (size_t k = first + 1; k < end; k++)
        if (!cd_word_or_joiner(&doc->toks[k]) || cd_tok_is(doc, k, "of")) return 0;
    return 1;
}

/* "…,” Peskov said" / "…,” said Peskov" / "…' Kremlin says" right after the closing mark. */
static CD_ALWAYS_INLINE speaker attribution_after(cd_doc *doc, const state *st, size_t close)
{
    speaker none = NO_SPEAKER;
    /* `...misdirected." She said her party...`: after a period inside the marks a new sentence
     * starts (an attribution would follow a comma, "?" or "!") */
    if (close == 0) return none;
    size_t last = last_inside(doc, close);
    if (cd_tok_is_punct(doc, last, '.')) return said_after_sentence(doc, st, close);
    size_t p = close + 1;
    if (p < doc->n_toks && cd_tok_is_punct(doc, p, ',') && !(doc->toks[p].flags & TF_PARA_BEFORE)) p++;
    /* `"...," said` or `"...", said`: the sentence goes on past the quote to its attribution */
    int goes_on = p > close + 1 || (doc->toks[last].type == TOK_PUNCT &&
                                    (doc->toks[last].cp == ',' || doc->toks[last].cp == '?' || doc->toks[last].cp == '!'));
    if (p < doc->n_toks && (doc->toks[close + 1].flags & TF_PARA_BEFORE)) return none;
    speaker s = attribution_at(doc, st, p, goes_on);
    return s.found || s.unnamed || !goes_on ? s : name_without_verb(doc, p);
}

/* The attribution that starts at token p, after a quote ("Peskov said", "said Peskov", "Anna
 * Berg, a senior analyst with Nordic Bank, told"); `goes_on`: the sentence went on past the
 * quote with a comma, "?" or "!", so a longer speaker phrase may come. */
static CD_ALWAYS_INLINE speaker attribution_at(cd_doc *doc, const state *st, size_t p,
                                                                    int goes_on)
{
    speaker none = NO_SPEAKER, unnamed = {.unnamed = 1};
    size_t window = goes_on ? SPEAKER_PHRASE : ATTRIB_AFTER;
    for (size_t k = p; k < doc->n_toks && k < p + window; k++) {
        if (stops_search(doc, k)) break;
        const cd_lexrec *v = k == p ? any_verb_at(doc, k) : verb_at(doc, k);
        if (!v) continue;
        size_t np_first = k;
        if (k == p || v->num == 2) {
            size_t after = verb_end(doc, k);
            speaker s = np_after(doc, after, doc->n_toks);
            unnamed.newcomer = newcomer_phrase(doc, after, after + 1);
            return s.found || (!unnamed_subject(doc, after, after + 1) && !(k == p && goes_on)) ? s : unnamed;
        }
        speaker s = np_before(doc, st, k, p, &np_first);
        /* not '"...," but officials in Washington said nothing': a new clause */
        if (np_first == p && s.found && !cd_str_is(cd_tok_role(doc, p, LX_CLAIM_PHRASE_STOPS), "conj")) return s;
        if (s.found && np_first > p && cd_tok_is(doc, np_first - 1, "quoted")) return s; /* "Kyodo quoted him as" */
        unnamed.newcomer = newcomer_phrase(doc, p, k); /* "one grain merchant said": no one known */
        speaker document = document_speaker(doc, st, p, k); /* '"...," the statement continued' */
        document.newcomer = unnamed.newcomer;
        if (document.found || document.unnamed) return document;
        if (goes_on && phrase_names(doc, p, k, &s)) {
            s.newcomer = unnamed.newcomer;
            return s;
        }
        return unnamed_subject(doc, p, k) || unnamed.newcomer ? unnamed : none;
    }
    return none;
}

/* The speaker of a participle at v: a person or a description right before it ("with finance
 * minister Hans Eichel saying", "with a spokesperson saying:"), or one "quoted as saying"; not a
 * comma's clause or an organization ("Alan Johnson said ... Mr Milburn, adding", "Conable said that
 * he ... on the Bank noting that"), whose speaker an earlier verb names. */
static speaker participle_speaker(cd_doc *doc, const state *st, size_t first, size_t v)
{
    speaker none = NO_SPEAKER;
    if (v > first && !cd_tok_is_punct(doc, v - 1, ',')) {
        size_t np_first = v;
        speaker s = np_before(doc, st, v, first, &np_first);
        if (s.found && (s.by_pronoun || s.type == cd_type_person || s.type == DESCRIPTION)) return s;
    }
    speaker s;
    return phrase_names(doc, first, v, &s) ? s : none;
}

static speaker sentence_subject(cd_doc *doc, const state *st, size_t first, size_t end, int opening);

/* 'He was in a combative mood last night, telling state radio:', 'He did not give details but said,': a
 * verb after a comma or a conjunction shares the sentence's subject (sentence_subject: the only
 * person who opens the sentence, or a person's pronoun); else `s` as it is. */
static speaker shared_subject(cd_doc *doc, const state *st, size_t first, size_t v, speaker s)
{
    if (v < first + 2 || (doc->toks[first].flags & TF_QUOTED) || /* '"He (Lyng) will not," the aide said, adding' */
        !(cd_tok_is_punct(doc, v - 1, ',') || cd_tok_is(doc, v - 1, "and") || cd_tok_is(doc, v - 1, "but")))
        return s;
    static const char *const opens_clause[] = {"when", "while", "whereas", "although", "though",
                                               "if",   "unless", "because"};
    for (size_t k = first + 1; k + 1 < v; k++) /* '... in 1934 when the host opened it and declared': a clause's own subject */
        for (size_t w = 0; w < sizeof opens_clause / sizeof *opens_clause; w++)
            if (cd_tok_is(doc, k, opens_clause[w])) return s;
    speaker subject = sentence_subject(doc, st, first, v - 1, 1);
    return subject.found ? subject : s;
}

/* Is the word after speech verb r its listener, never its speaker: "told Smith", "urged the
 * chancellor to admit" (the one urged is no speaker of the urger's words)? */
static int takes_listener(const cd_lexrec *r)
{
    return is_tell(r) || (r->str && cd_str_is(r->str, "urge"));
}

/* The speaker of speech verb v (record r) before a quote at open, in the sentence from first on. */
static speaker verb_speaker(cd_doc *doc, const state *st, const cd_lexrec *r, size_t first, size_t v, size_t open)
{
    if (r->num == 2) return np_after(doc, verb_end(doc, v), open);
    speaker s;
    if (cd_tok_ing_form(doc, v)) { /* "adding", "noting" */
        s = participle_speaker(doc, st, first, v);
    } else {
        size_t np_first = v;
        s = np_before(doc, st, v, first, &np_first);
        if (s.found) return s;
        if (!takes_listener(r)) s = np_after(doc, verb_end(doc, v), open); /* "told Smith": the listener */
        if (s.found) return s;
        /* "One currency dealer at a large overseas bank said, "...": all before the verb is its subject */
        if (phrase_names(doc, first, v, &s)) return s;
    }
    return s.found || s.unnamed ? s : shared_subject(doc, st, first, v, s);
}

/* Does the word at v end its clause right before the quote that opens at open, with a comma or a
 * colon between ('Ann Roe agreed, "..."')? A verb of kind 5 there introduces the quote, as after
 * one it attributes it; with anything between ("agreed a deal", "agreed to sell") it is no speech. */
static int right_before(const cd_doc *doc, size_t v, size_t open)
{
    return v + 2 == open && (cd_tok_is_punct(doc, v + 1, ',') || cd_tok_is_punct(doc, v + 1, ':'));
}

/* "Peskov told reporters that Moscow was “perplexed”": the nearest speech verb before the quote
 * in its sentence, and its subject (or its inverted speaker: "said Smith: “...”"). */
static speaker attribution_before(cd_doc *doc, const state *st, size_t open, int *saw_verb)
{
    speaker nearest = NO_SPEAKER; /* the nearest verb's, when no verb before it names a speaker */
    size_t first = sentence_first(doc, st, open);
    size_t min = open > first + VERB_BEFORE ? open - VERB_BEFORE : first;
    for (size_t k = open; k > min; k--) {
        size_t v = k - 1;
        if (paired_mark(&doc->toks[v])) { /* `a "high priority" and a "shared goal"`: the same speaker */
            if (st->last.name && st->last_tok >= first && st->last_tok < v) {
                speaker same = st->last;
                same.from_context = 1;
                return same;
            }
            break;
        }
        const cd_lexrec *r = verb_at(doc, v);
        if (!r && right_before(doc, v, open)) r = any_verb_at(doc, v); /* 'Ann Roe agreed, "..."' */
        if (!r) continue;
        speaker s = verb_speaker(doc, st, r, first, v, open);
        if (!*saw_verb) nearest = s;
        *saw_verb = 1;
        if (s.found || s.unnamed) return s; /* else "Lyng said he had no plans, adding, "...": on to an earlier verb */
    }
    return nearest;
}

#define OPENER_MAX 12 /* tokens of a phrase that opens a sentence before its subject ("In his talk to the panel,") */

/* The first token after a prepositional phrase that opens the sentence at `first` and ends at a
 * comma before a name ("In his evidence to the Budget Panel, Lintz repeated"), or `first`. The
 * phrase holds no verb, no -ing form and no person: "After Vole met Lintz," and "In addition to
 * requesting a loan," are clauses of their own. A pronoun after the phrase is left alone: on the
 * corpora the pronoun resolver picked the wrong man there ("At another point, he laughed"). */
static size_t after_opener(const cd_doc *doc, size_t first, size_t end)
{
    if (!cd_str_is(cd_tok_role(doc, first, LX_CLAIM_PHRASE_STOPS), "prep")) return first;
    for (size_t k = first + 1; k < end && k <= first + OPENER_MAX; k++) {
        if (cd_tok_is_punct(doc, k, ','))
            return k + 1 < end && !cd_tok_rec(doc, k + 1, LX_QUOTE_PRONOUNS) ? k + 1 : first;
        const cd_entity *e = cd_entity_at(doc, k);
        if ((e && e->type == cd_type_person) || verb_at(doc, k) || cd_tok_ing_form(doc, k) ||
            cd_tok_is(doc, k, "that") || cd_str_is(cd_tok_role(doc, k, LX_CLAIM_VERB_CUES), "be"))
            return first;
    }
    return first;
}

/* The only person named in tokens [first, end) who is the subject of its sentence (only titles,
 * determiners or a list's dash before), or a person's pronoun opening it; else nobody found. */
static speaker sentence_subject(cd_doc *doc, const state *st, size_t first, size_t end, int opening)
{
    speaker none = NO_SPEAKER;
    while (first < end && doc->toks[first].type == TOK_PUNCT) first++; /* "- Blackburn boss Mark Hughes" */
    first = after_opener(doc, first, end);
    const cd_lexrec *pr = first < end ? cd_tok_rec(doc, first, LX_QUOTE_PRONOUNS) : NULL;
    if (pr && pr->str && cd_str_is(pr->str, cd_type_person)) return resolve_pronoun(doc, st, first, pr->str);
    size_t e = end > first ? cd_entity_before(doc, end, first, cd_type_person) : (size_t)-1;
    if (e == (size_t)-1) return none;
    /* "Ann Lee thanked Tom Kay, saying", "... but added": before a verb that shares the sentence's
     * subject (`opening`), the first person opens the sentence as that subject when a lower-case
     * word (its verb) follows the name and no "but" or "and" opens a clause of the other person's;
     * else, of two people, whose is not told (a bare quote after "Ann Lee beat Tom Kay." is
     * either's) */
    size_t e0 = e;
    for (size_t p; (p = person_before(doc, e0, first)) != (size_t)-1;) e0 = p;
    size_t after = cd_range_stop(&doc->einfo[e0]);
    if (e0 != e && !(opening && after < end && doc->toks[after].type == TOK_WORD &&
                     !(doc->toks[after].flags & (TF_CAP | TF_ALLCAPS)) && !cd_tok_in(doc, after, LX_CLAIM_PHRASE_STOPS)))
        return none;
    for (size_t j = after; e0 != e && j < doc->einfo[e].tok_first; j++)
        if (cd_tok_is(doc, j, "but") || cd_tok_is(doc, j, "and")) return none; /* "A said X but B, ... told" */
    e = e0;
    size_t k = first;
    while (k < doc->einfo[e].tok_first && (np_token(doc, k) || determiner(doc, k))) k++;
    return k == doc->einfo[e].tok_first ? from_entity(&doc->ents[e]) : none;
}

#define INTRO_WORDS 10 /* words between a speech verb and the quote it introduces ("told reporters after
                        * meeting the envoy,") */

/* 'Said another trader, "..."', 'an observer said after a consumer meeting, "..."', 'one banker said
 * "...': a speech verb whose words run on to the quote's opening mark (a listener or a place of
 * saying, then a comma or a colon, or nothing) introduces the quote, which is attributed though no
 * speaker is named. A clause between them ('said the plan was "..."') introduces no quote. */
static int introduced_by_verb(const cd_doc *doc, size_t open)
{
    if (open < 2) return 0;
    size_t k = open - 1;
    if (cd_tok_is_punct(doc, k, ',') || cd_tok_is_punct(doc, k, ':')) k--;
    for (size_t n = 0; n <= INTRO_WORDS; n++, k--) {
        const cd_token *t = &doc->toks[k];
        if (t->type == TOK_WORD && verb_at(doc, k)) return 1;
        if (t->flags & TF_QUOTED) return 0;
        if (t->type == TOK_PUNCT ? !(cd_tok_is_punct(doc, k, '-') || abbrev_dot(doc, k)) : !phrase_token(doc, k))
            return 0;
        if (cd_tok_is(doc, k, "that") || k == 0 || (t->flags & TF_PARA_BEFORE)) return 0;
    }
    return 0;
}

/* 'The Tory leader went on: "..."', 'Mr Dean is confident though: "..."', 'BBC Two controller Roly
 * Keating: "..."': a sentence whose subject (from `first`, after a list's dash) is a description
 * headed by a title, or a title and the capitalized words of a name the entities do not know, and
 * whose words run on to the colon at `colon` with no comma, names the speaker of the quote the
 * colon opens; else `sp`. */
static speaker described_subject(cd_doc *doc, size_t first, size_t colon, speaker sp)
{
    while (first < colon && doc->toks[first].type == TOK_PUNCT) first++; /* "- Brentford boss Martin Allen:" */
    while (first < colon && determiner(doc, first)) first++;
    size_t k = first, title = (size_t)-1;
    for (; k < colon && np_token(doc, k) && !cd_tok_possessive(doc, k); k++)
        if (title_word(doc, k)) title = k;
    /* "Fellow guest and jazz pianist Ida Varga agreed:", "The chairman's slogan will be:":
     * the phrase goes on, or is another's */
    if (title == (size_t)-1 || k == first || (k < colon && cd_tok_possessive(doc, k)) ||
        cd_str_is(cd_tok_role(doc, k, LX_CLAIM_PHRASE_STOPS), "conj"))
        return sp;
    for (size_t j = title + 1; j < k; j++) /* after the title, a name's capitalized words only */
        if (!(doc->toks[j].flags & TF_CAP) || title_word(doc, j)) return sp;
    for (size_t j = k; j < colon; j++)
        if (doc->toks[j].type == TOK_PUNCT || (doc->toks[j].flags & TF_QUOTED)) return sp;
    return description(doc, first, k - 1);
}

/* '- Ashford boss Gary Tarrant "Dunmore are ..."': a label line, a dash, words describing a
 * person and the person named right before the quote's mark, with no colon: the person speaks. */
static speaker dash_label(cd_doc *doc, const state *st, size_t open, speaker sp)
{
    size_t first = sentence_first(doc, st, open);
    const cd_token *dash = &doc->toks[first];
    if (first + 2 >= open || dash->type != TOK_PUNCT || !cd_is_hyphen_or_dash(dash->cp))
        return sp;
    const cd_entity *e = cd_entity_at(doc, open - 1);
    if (!e || e->type != cd_type_person) return sp;
    size_t name = doc->einfo[e - doc->ents].tok_first;
    if (name - first > NP_MAX) return sp;
    for (size_t k = first + 1; k < name; k++) /* "Ashford boss": words of a description */
        if (doc->toks[k].type != TOK_WORD || cd_tok_is(doc, k, "and")) return sp;
    return from_entity(e);
}

/* 'Blackburn boss Mark Hughes: "..."', 'Mr Gardner agreed: "..."', 'He also praised the film
 * director: "..."': the colon that opens a quote with no speech verb before it names its speaker
 * when a person is named right before it (a list of reactions, an interview's transcript), or the
 * sentence's subject is its only person; else `sp` as it is. */
static speaker named_before_colon(cd_doc *doc, const state *st, size_t open, speaker sp)
{
    if (open >= 2 && !cd_tok_is_punct(doc, open - 1, ':')) return dash_label(doc, st, open, sp);
    if (open < 2) return sp;
    const cd_entity *e = cd_entity_at(doc, open - 2);
    if (e && e->type == cd_type_person &&
        cd_ent_stop(doc, e) == open - 1)
        return from_entity(e);
    size_t first = sentence_first(doc, st, open);
    speaker s = sentence_subject(doc, st, first, open - 1, 0);
    return s.found ? s : described_subject(doc, first, open - 1, sp);
}

/* The code of word k in data/quote_words.tsv, 0 for none. */
static int quote_word(const cd_doc *doc, size_t k)
{
    if (k >= doc->n_toks || doc->toks[k].type != TOK_WORD) return 0;
    const cd_lexrec *r = cd_tok_rec(doc, k, LX_QUOTE_WORDS);
    return r ? (int)r->num : 0;
}

#define NAMES_QUOTE 1       /* "the slogan", "billed as": a quote after it is a name */
#define NAMES_QUOTE_AFTER 2 /* "campaign": a quote right before it is a name */
#define PERSON_WORD 3       /* a person's pronoun ("he", "our") */
#define TOLD_STORY 4        /* "story", "joke": told, not told to */
#define CLAIMED_PRIZE 8     /* "title", "victory", "lives": claimed, as won or taken */
#define OBJECT_VERB 11      /* "announced": a speech verb whose object may be a noun */

static int title_function_word(const cd_doc *doc, size_t k);

/* Does a word name a person in a clause before a colon: a person's pronoun ("he", "his", "I",
 * "our"), a title or a person noun ("controller", "citizen")? Not "they", "them", "their" or "it":
 * they as often stand for a group, a poster or a document as for someone who speaks. */
static int names_person(const cd_doc *doc, size_t k)
{
    return quote_word(doc, k) == PERSON_WORD || title_word(doc, k) || person_noun(doc, k);
}

/* Does the sentence open, past a dash, with a capitalized word that is no function word, a
 * pronoun or a determiner, followed by a lower-case word or a comma: a name the entities do not
 * know as its subject ("Smith agreed:", "Buckley, who phoned in, had a similar experience:")? */
static int opens_with_name(const cd_doc *doc, size_t first, size_t end)
{
    while (first < end && doc->toks[first].type == TOK_PUNCT) first++;
    if (first + 1 >= end) return 0;
    const cd_token *t = &doc->toks[first], *n = &doc->toks[first + 1];
    if (t->type != TOK_WORD || !(t->flags & (TF_CAP | TF_ALLCAPS)) || (t->flags & TF_QUOTED) ||
        cd_lex_has(cd_tok_entry(t), LX_ENT_STOPWORDS) || title_function_word(doc, first) ||
        cd_tok_rec(doc, first, LX_QUOTE_PRONOUNS))
        return 0;
    return cd_tok_is_punct(doc, first + 1, ',') || (n->type == TOK_WORD && !(n->flags & (TF_CAP | TF_ALLCAPS)));
}

/* 'Osgood was calmer in her verdict: "..."', 'Her plea to the treasurer was:
 * "..."', 'the spry old farmer explains what his plan is: "..."': a colon
 * that ends a clause about a person opens that person's words. The person may be one the
 * entities do not know, or a pronoun's, so no speaker is named; but the quote is attributed, as
 * a reader takes it. Tokens [first, colon) are the clause, outside any quote. */
static int person_before_colon(const cd_doc *doc, size_t first, size_t colon)
{
    if (opens_with_name(doc, first, colon)) return 1;
    for (size_t k = first; k < colon; k++) {
        if (doc->toks[k].flags & TF_QUOTED) continue; /* a title's or a name's words */
        const cd_entity *e = cd_entity_at(doc, k);
        if ((e && e->type == cd_type_person) || (doc->toks[k].type == TOK_WORD && names_person(doc, k))) return 1;
    }
    return 0;
}

/* Is the token at `after` (before end) a lower-case word that can be the verb after a name: not
 * capitalized, not quoted, not a conjunction ("Ross and Kemp")? */
static int verb_follows(const cd_doc *doc, size_t after, size_t end)
{
    return after < end && doc->toks[after].type == TOK_WORD && !(doc->toks[after].flags & (TF_CAP | TF_QUOTED)) &&
           !cd_str_is(cd_tok_role(doc, after, LX_CLAIM_PHRASE_STOPS), "conj");
}

/* The sentence's only person, its subject after an opening phrase closed by a comma ('After three
 * wins in a row, Ross is sure of himself.'): no other name in the sentence before it, and a
 * lower-case word (its verb) after it. Another person named in the sentence might be the one who
 * speaks next ('... Ross beat Ida Kemp.'): nobody then. */
static speaker opening_subject(const cd_doc *doc, size_t first, size_t end)
{
    speaker none = NO_SPEAKER;
    size_t e = cd_entity_after(doc, first, end, NULL);
    if (e == (size_t)-1 || doc->ents[e].type != cd_type_person || cd_entity_before(doc, end, first, cd_type_person) != e)
        return none;
    size_t name = doc->einfo[e].tok_first, after = cd_range_stop(&doc->einfo[e]), lead = name;
    while (lead > first + 1 && (title_word(doc, lead - 1) || abbrev_dot(doc, lead - 1))) lead--; /* ", Mr Lee" */
    if (lead <= first + 1 || !cd_tok_is_punct(doc, lead - 1, ',') || !verb_follows(doc, after, end))
        return none; /* "In May, Ross and Kemp", "Ross, the coach," */
    return from_entity(&doc->ents[e]);
}

/* Do the tokens [first, name) only say who the person named at `name` is: titles, capitalized
 * words and determiners (sentence_subject's test), or a role of lower-case words ending in a title
 * or a person noun right before the name ("Former union leader Sir Ivo Marsh")? */
static int role_before(const cd_doc *doc, size_t first, size_t name)
{
    if (name - first > NP_MAX) return 0;
    int lower = 0;
    for (size_t k = first; k < name; k++) {
        if (np_token(doc, k) || determiner(doc, k)) continue;
        if (!description_modifier(doc, k)) return 0;
        lower = 1;
    }
    size_t head = name;
    while (head > first && (doc->toks[head - 1].flags & TF_CAP) && !person_noun(doc, head - 1) &&
           !title_word(doc, head - 1))
        head--; /* back past the name's capitalized titles ("Sir") to the role's head */
    return !lower || (head > first && (title_word(doc, head - 1) || person_noun(doc, head - 1)));
}

/* The token after the comma that closes an apposition starting at k ("leader of the county
 * group,"): words of a description, a preposition among them, no verb and no quote; end if none. */
static size_t past_apposition(const cd_doc *doc, size_t k, size_t end)
{
    for (size_t n = k; n < end && n < k + NP_MAX; n++) {
        if (cd_tok_is_punct(doc, n, ',')) return n > k ? n + 1 : end;
        const cd_token *t = &doc->toks[n];
        if ((t->flags & TF_QUOTED) || t->type == TOK_PUNCT || (t->type == TOK_WORD && verb_at(doc, n))) return end;
    }
    return end;
}

/* A word that opens a subordinate clause ("before an injury let Tom Kerr back in front"): a person
 * named after it is that clause's, not the main verb's object. */
static int subordinator(const cd_doc *doc, size_t k)
{
    static const char *const words[] = {"before", "after", "until", "since", "when", "while", "because", "although"};
    for (size_t w = 0; w < sizeof words / sizeof *words; w++)
        if (cd_tok_is(doc, k, words[w])) return 1;
    return 0;
}

/* 'Mr Voss spent five weeks on top before an injury let Tom Kerr back in front. "Since then ...':
 * the person who opens the sentence [first, end) as its subject (role_before) with a lower-case
 * word, its verb, right after. Others may be named only in a clause a subordinator opens after
 * that verb: one the main verb acts on ('Ann Lee beat Bill Kerr.') may be the one who speaks. */
static speaker leading_person(const cd_doc *doc, size_t first, size_t end)
{
    speaker none = NO_SPEAKER;
    while (first < end && doc->toks[first].type == TOK_PUNCT) first++;
    size_t e = cd_entity_after(doc, first, end, cd_type_person);
    if (e == (size_t)-1) return none;
    size_t name = doc->einfo[e].tok_first, after = cd_range_stop(&doc->einfo[e]);
    /* "His friend, Mia Gold, leader of the county group, puts ...": the name set off by commas
     * after a role, and a role set off after it */
    int set_off = name > first + 1 && cd_tok_is_punct(doc, name - 1, ',');
    if (!role_before(doc, first, set_off ? name - 1 : name)) return none;
    if (set_off && after < end && cd_tok_is_punct(doc, after, ',')) after = past_apposition(doc, after + 1, end);
    if (!verb_follows(doc, after, end) || cd_tok_possessive(doc, after)) return none;
    size_t other = cd_entity_after(doc, after, end, cd_type_person);
    if (other == (size_t)-1) return from_entity(&doc->ents[e]);
    for (size_t k = after; k < doc->einfo[other].tok_first; k++) /* a subordinator before the other */
        if (subordinator(doc, k)) return from_entity(&doc->ents[e]);
    return none;
}

/* Is the word at k the "old" of an age written as one word, "31-year-old" (glued tokens)? */
static int age_end(const cd_doc *doc, size_t k)
{
    return k >= 4 && cd_tok_is(doc, k, "old") && cd_tok_is_punct(doc, k - 1, '-') && cd_tok_is(doc, k - 2, "year") &&
           cd_tok_is_punct(doc, k - 3, '-') && doc->toks[k - 4].type == TOK_NUM && glued(doc, k) && glued(doc, k - 1) &&
           glued(doc, k - 2) && glued(doc, k - 3);
}

/* 'The 31-year-old insisted', 'The former Olympic coach added': a definite description opening
 * the sentence at `first` as the whole subject of the speech verb at v, "the" and lower-case
 * words, numbers or an age (capitalized words of a name or a place allowed), headed by a title
 * or containing an age, which marks a person. Its words after "the" are the speaker, as "the
 * minister said" gives "minister": the person it refers back to is the reader's guess, not ours. */
static speaker definite_subject(cd_doc *doc, size_t first, size_t v)
{
    speaker none = NO_SPEAKER;
    for (int k = 0; k < 2 && v > first && filler(doc, v - 1, 1); k++) v--; /* "also insisted" */
    if (v < first + 2 || v - first > NP_MAX || !cd_tok_is(doc, first, "the")) return none;
    int person = title_word(doc, v - 1);
    for (size_t k = first + 1; k < v; k++) {
        const cd_token *t = &doc->toks[k];
        if (t->type == TOK_PUNCT ? !(t->cp == '-' && glued(doc, k)) : !phrase_token(doc, k)) return none;
        if (t->type == TOK_WORD && (cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS) || verb_at(doc, k) ||
                                    cd_tok_rec(doc, k, LX_QUOTE_PRONOUNS)))
            return none; /* "the man who", "the board and he" */
        person |= age_end(doc, k);
    }
    return person ? description(doc, first + 1, v - 1) : none;
}

#define OPENING_PHRASE 10 /* tokens of an opening phrase before its comma ("Between training sessions,") */

/* 'Between sessions, she copies out old letters.': a person's pronoun right after an opening
 * phrase and its comma, the subject of the sentence [first, end); its person (resolve_pronoun). */
static speaker pronoun_after_opening(cd_doc *doc, const state *st, size_t first, size_t end)
{
    speaker none = NO_SPEAKER;
    for (size_t k = first + 1; k + 1 < end && k <= first + OPENING_PHRASE; k++) {
        if (doc->toks[k].flags & TF_QUOTED) return none;
        if (!cd_tok_is_punct(doc, k, ',')) continue;
        const cd_lexrec *pr = cd_tok_rec(doc, k + 1, LX_QUOTE_PRONOUNS);
        return pr && pr->str && cd_str_is(pr->str, cd_type_person) ? resolve_pronoun(doc, st, k + 1, pr->str) : none;
    }
    return none;
}

/* Does the sentence [first, end) name a statement in writing ('In a statement, the port authority
 * told ...', 'the mill said in a letter')? The quote that follows it gives that statement's words,
 * whoever issued it, a body too. */
static int states_in_writing(const cd_doc *doc, size_t first, size_t end)
{
    for (size_t k = first; k < end; k++)
        if (!(doc->toks[k].flags & TF_QUOTED) && quote_word(doc, k) == STATEMENT_NOUN) return 1;
    return 0;
}

/* "was asked", "were asked" at v: the subject is asked a question, which it answers. */
static int passive_ask(const cd_doc *doc, size_t first, size_t v)
{
    return v > first + 1 && cd_tok_is(doc, v, "asked") && (cd_tok_is(doc, v - 1, "was") || cd_tok_is(doc, v - 1, "were"));
}

/* Do the tokens [k, stop) only describe the person named at stop: words and commas, no
 * preposition, conjunction, verb or quote ("its owner", "the grower,"; not "to reporters")? */
static int describes_name(const cd_doc *doc, size_t k, size_t stop)
{
    if (stop - k > NP_MAX) return 0;
    for (; k < stop; k++) {
        const cd_token *t = &doc->toks[k];
        if (t->flags & TF_QUOTED) return 0;
        if (t->type == TOK_PUNCT ? t->cp != ',' : cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS) || any_verb_at(doc, k))
            return 0;
    }
    return 1;
}

/* The nearest person that ends before token stop and starts at min or later (cd_entity_before),
 * when it ends right at stop; (size_t)-1 if none. */
static size_t person_ending_at(const cd_doc *doc, size_t stop, size_t min)
{
    size_t e = cd_entity_before(doc, stop, min, cd_type_person);
    return e != (size_t)-1 && cd_range_stop(&doc->einfo[e]) == stop ? e : (size_t)-1;
}

/* The person the speech verb at v of the sentence [first, end) hands the floor to, named last
 * in it with only its period after: after an inverted verb (", explained its owner Ana Sibb."),
 * "according to" or a passive's "by" ("as explained by Dr Ana Sibb."), a description at most
 * between; the quote that opens the next sentence is theirs. NO_SPEAKER: none such. */
static speaker named_last(const cd_doc *doc, size_t first, size_t v, const cd_lexrec *r, size_t end)
{
    speaker none = NO_SPEAKER;
    size_t stop = end; /* the sentence's words, without its closing mark */
    while (stop > v + 1 && doc->toks[stop - 1].type == TOK_PUNCT && !cd_tok_is_punct(doc, stop - 1, ',')) stop--;
    size_t e = person_ending_at(doc, stop, v + 1);
    if (e == (size_t)-1) return none;
    size_t k = verb_end(doc, v);
    int hands = r->num == 2 || (v > first && cd_tok_is_punct(doc, v - 1, ','));
    if (!hands && k < stop && cd_tok_is(doc, k, "by")) hands = 1, k++;
    if (!hands || k > doc->einfo[e].tok_first || !describes_name(doc, k, doc->einfo[e].tok_first)) return none;
    return from_entity(&doc->ents[e]);
}

/* 'The method grew out of work done by the firm's research head Dr Ana Sibb.', 'I recall a line
 * attributed to Tom Paine.': the only person the sentence [first, end) names, last in it after
 * "by" or "attributed to" and a description at most; the quote that opens the next sentence is
 * theirs, as after named_last's verbs. NO_SPEAKER: none such. */
static speaker named_last_by(const cd_doc *doc, size_t first, size_t end)
{
    speaker none = NO_SPEAKER;
    size_t stop = end;
    while (stop > first + 1 && doc->toks[stop - 1].type == TOK_PUNCT) stop--;
    size_t e = person_ending_at(doc, stop, first);
    if (e == (size_t)-1) return none;
    size_t name = doc->einfo[e].tok_first;
    if (cd_entity_before(doc, name, first, cd_type_person) != (size_t)-1) return none; /* "Ross was sacked by Kemp" */
    for (size_t k = name; k > first + 1 && name - k <= NP_MAX; k--) {
        int by = cd_tok_is(doc, k - 1, "by") || (cd_tok_is(doc, k - 1, "to") && cd_tok_is(doc, k - 2, "attributed"));
        if (by) return describes_name(doc, k, name) ? from_entity(&doc->ents[e]) : none;
    }
    return none;
}

/* 'The prices were steep but Ann Lee said it was not deterring shoppers. "I have sold ...': the
 * speaker of the last speech verb of the sentence before a quote that opens its own, when no
 * person is named after that verb (but the one it hands the floor to: named_last); a person, a
 * pronoun's or one described ('..., market sources said. "..."': the quote is theirs as a reader
 * takes it). */
static speaker said_just_before(cd_doc *doc, const state *st, size_t open)
{
    speaker none = NO_SPEAKER;
    size_t s = sentence_of(doc, st, doc->toks[open].start);
    if (s == 0 || s >= doc->n_sinfo || doc->sents[s - 1].headline) return none;
    size_t first = doc->sinfo[s - 1].tok_first, end = first + doc->sinfo[s - 1].tok_count;
    /* 'Ann Holt was asked if she would say yes to Lord Ode. "I would ...': the one asked answers;
     * the speech verbs and persons after "asked" are the question's */
    for (size_t a = first + 2; a < end; a++) {
        if (!passive_ask(doc, first, a)) continue;
        size_t np_first = a - 1;
        speaker sp = np_before(doc, st, a - 1, first, &np_first);
        return sp.found && (sp.by_pronoun || sp.type == cd_type_person) ? sp : none;
    }
    for (size_t v = end; v > first; v--) {
        const cd_lexrec *r = verb_at(doc, v - 1);
        int ing = r && cd_tok_ing_form(doc, v - 1);
        if (!r || (ing && r->num != 2)) continue; /* "according to" is no participle */
        speaker last = named_last(doc, first, v - 1, r, end);
        if (last.found) return last;
        if (ing) continue;
        if (cd_entity_before(doc, open, v, cd_type_person) != (size_t)-1) return none;
        if (cd_tok_is(doc, verb_end(doc, v - 1), "nothing")) return none; /* "said nothing": no words to go on with */
        size_t np_first = v - 1;
        speaker sp = np_before(doc, st, v - 1, first, &np_first);
        if (sp.found && joined_to_another(doc, np_first, first)) return none;
        if (!sp.found) sp = aged_person(doc, st, first, v - 2, definite_subject(doc, first, v - 1));
        if (sp.found && sp.type == cd_type_organization && states_in_writing(doc, first, end)) return sp;
        return sp.found && (sp.by_pronoun || sp.type == cd_type_person || sp.type == DESCRIPTION) ? sp : none;
    }
    /* 'Ann Lee hit the front just before the bell ... "It felt good to have that one done and dusted."':
     * no speech verb, a sentence about one person named, who goes on to speak; not a sentence of a
     * quote ('"Giggs was a tremendous threat. "All we can do ...' are Ferguson's) */
    if (doc->toks[first].flags & TF_QUOTED) return none;
    speaker subject = sentence_subject(doc, st, first, end, 0);
    if (!subject.found) subject = opening_subject(doc, first, end);
    if (!subject.found) subject = pronoun_after_opening(doc, st, first, end);
    if (!subject.found) subject = leading_person(doc, first, end);
    if (!subject.found) subject = named_last_by(doc, first, end);
    /* 'She wanted to write from her teens ... "I used to dream on the bus."': a person's pronoun
     * as the subject names the person it stands for (resolve_pronoun), as in "he said"; that may
     * be the last speaker, described by a noun of the pronoun's sex ('says the Kerry man' ...
     * 'He then moved on to crutches.'), whom a profile quotes on and on */
    if (subject.by_pronoun && subject.type == DESCRIPTION && subject.name) return subject;
    return subject.type == cd_type_person && subject.name ? subject : none;
}

#define STATEMENT_GAP 4 /* words between a statement's noun and its quote ('in a statement on Sunday,') */

/* The statement noun whose words the quote at open gives: before the mark, past a comma or a colon
 * and "that" or "saying", and up to STATEMENT_GAP words of a time or a place ('a statement that
 * "..."', 'in a statement on Sunday: "..."', 'the ministry's statement "..."'); (size_t)-1: none. */
static size_t statement_noun(const cd_doc *doc, size_t first, size_t open)
{
    size_t k = open;
    if (k > first && (cd_tok_is_punct(doc, k - 1, ',') || cd_tok_is_punct(doc, k - 1, ':'))) k--;
    if (k > first && (cd_tok_is(doc, k - 1, "that") || cd_tok_is(doc, k - 1, "saying"))) k--;
    size_t stop = k; /* the token after the statement's words */
    for (size_t n = 0; k > first && n <= STATEMENT_GAP; n++, k--) {
        const cd_token *t = &doc->toks[k - 1];
        if (t->type != TOK_WORD || (t->flags & TF_QUOTED) || verb_at(doc, k - 1)) return (size_t)-1;
        if (quote_word(doc, k - 1) != STATEMENT_NOUN) continue;
        /* the words between are a time or a place ("on Sunday"), not a clause ('In a statement the
         * agency cited "..."': the clause's own words, a partial quote) */
        if (k == stop || cd_str_is(cd_tok_role(doc, k, LX_CLAIM_PHRASE_STOPS), "prep")) return k - 1;
        return (size_t)-1;
    }
    return (size_t)-1;
}

/* The owner of the statement whose noun is at n, from min on: an entity before "'s" ('the
 * Transport Ministry's statement', one modifier between: "Lee's joint statement") or the person
 * "his" or "her" stands for; someone not named for "its" or "their"; NO_SPEAKER: no owner said. */
static speaker statement_owner(cd_doc *doc, const state *st, size_t n, size_t min, size_t *np_first)
{
    speaker someone = {.found = 1};
    size_t owner = n; /* past one word that modifies the noun: "joint", "written" */
    if (n > min + 1 && !cd_tok_possessive(doc, n - 1) && !cd_tok_rec(doc, n - 1, LX_QUOTE_PRONOUNS) &&
        !possessive_pronoun(doc, n - 1) && !determiner(doc, n - 1) && description_modifier(doc, n - 1))
        owner = n - 1;
    *np_first = owner > min ? owner - 1 : owner;
    if (owner > min + 1 && cd_tok_possessive(doc, owner - 1)) {
        const cd_entity *e = cd_entity_at(doc, owner - 2);
        if (!e) return someone;
        size_t f = doc->einfo[e - doc->ents].tok_first; /* "the Transport Ministry's": from its determiner */
        *np_first = f > min && determiner(doc, f - 1) ? f - 1 : f;
        return from_entity(e);
    }
    if (owner > min && possessive_pronoun(doc, owner - 1) == POSS_PERSON) {
        speaker s = resolve_pronoun(doc, st, owner - 1, cd_type_person);
        return s.name ? s : someone;
    }
    return owner > min && possessive_pronoun(doc, owner - 1) == POSS_OTHER ? someone : NO_SPEAKER;
}

/* The organization that opens a sentence at token first, a determiner before it or not, before
 * token n ("The Bundesbank issued a statement"); NULL: none. */
static const cd_entity *opening_organization(const cd_doc *doc, size_t first, size_t n)
{
    const cd_entity *e = cd_entity_at(doc, first);
    if (!e && first + 1 < n && determiner(doc, first)) e = cd_entity_at(doc, first + 1);
    return e && e->type == cd_type_organization ? e : NULL;
}

/* The speaker of a quote a statement gives: the statement's owner ('Lee's statement', 'the
 * ministry's statement', 'his statement'), else its clause's subject when that is a name or a
 * person's pronoun opening the sentence ('Rostenkowski set the tone in a statement, "..."'); else
 * someone not named ('It issued a statement that "..."': "it" may be a country, which the
 * entities do not resolve): found, with no name. NO_SPEAKER: no statement gives the quote. */
static speaker statement_speaker(cd_doc *doc, const state *st, size_t open)
{
    size_t first = sentence_first(doc, st, open);
    /* '... the following statement:' closing a paragraph, the quote opening the next (a block quote) */
    if (first == open && open > 0 && cd_tok_is_punct(doc, open - 1, ':')) first = sentence_first(doc, st, open - 1);
    size_t n = statement_noun(doc, first, open);
    if (n == (size_t)-1) return NO_SPEAKER;
    speaker someone = {.found = 1};
    size_t owner_first = n;
    speaker s = statement_owner(doc, st, n, first, &owner_first);
    if (s.found) return s;
    s = sentence_subject(doc, st, first, n, 0);
    if (s.found && s.name) return s;
    const cd_entity *e = opening_organization(doc, first, n); /* "The Bundesbank issued a statement" */
    return e ? from_entity(e) : someone;
}

#define DOCUMENT_NOUN 6 /* data/quote_words.tsv: "report", "lawsuit": its words quoted when it is a verb's subject */
#define DOCUMENT_PLACE 5 /* tokens of a place after a document's noun: "the description on the website" */

static int document_noun(const cd_doc *doc, size_t k)
{
    int code = quote_word(doc, k);
    return code == STATEMENT_NOUN || code == DOCUMENT_NOUN;
}

/* The subject right before the speech verb at v, from min on: a name or a person's description
 * np_before finds, else a determiner and words ("the consortium", "the central bank"); NO_SPEAKER:
 * none. */
static speaker verb_subject(cd_doc *doc, const state *st, size_t v, size_t min)
{
    size_t np_first = v;
    speaker s = np_before(doc, st, v, min, &np_first);
    if (s.name) return s;
    for (size_t k = v; k > min && v - k < NP_MAX; k--) {
        if (determiner(doc, k - 1)) return k < v ? description(doc, k, v - 1) : NO_SPEAKER;
        if (!cd_word_or_joiner(&doc->toks[k - 1]) || (doc->toks[k - 1].flags & TF_QUOTED) ||
            *cd_tok_role(doc, k - 1, LX_CLAIM_PHRASE_STOPS))
            return NO_SPEAKER;
    }
    return NO_SPEAKER;
}

/* The owner of the document whose noun is at n, sentence from `min`: a name right before the noun
 * ("An IAAF statement", "the ADB report") or the one statement_owner finds ("Mr Tanzi's
 * statement", "his report"); with `subject`, else the named subject of n's sentence ("The league
 * issued a statement"). NO_SPEAKER: none named. */
static speaker document_owner(cd_doc *doc, const state *st, size_t n, size_t min, int subject)
{
    size_t first = n;
    const cd_entity *e = n > min ? cd_entity_at(doc, n - 1) : NULL;
    if (e && cd_ent_stop(doc, e) == n && (e->type == cd_type_organization || e->type == cd_type_person))
        return from_entity(e);
    speaker s = statement_owner(doc, st, n, min, &first);
    if (s.name || !subject) return s.name ? s : NO_SPEAKER;
    /* "Bofors said in a statement", "the consortium said in a communique": the speaker of the verb
     * before "in a"; "a statement by ENOF": the name after "by" */
    if (n >= min + 3 && (determiner(doc, n - 1) || possessive_pronoun(doc, n - 1)) && cd_tok_is(doc, n - 2, "in") &&
        verb_at(doc, n - 3)) {
        return verb_subject(doc, st, n - 3, min);
    }
    e = n + 2 < doc->n_toks && cd_tok_is(doc, n + 1, "by") ? cd_entity_at(doc, n + 2) : NULL;
    if (e && doc->einfo[e - doc->ents].tok_first == n + 2 && (e->type == cd_type_organization || e->type == cd_type_person))
        return from_entity(e);
    /* "In a statement issued on Monday, the central bank said": the subject after the opening phrase */
    size_t subject_first = after_opener(doc, min, doc->n_toks);
    if (subject_first > n) {
        for (size_t v = subject_first + 1; v < doc->n_toks && v < subject_first + NP_MAX + 1 && !stops_search(doc, v); v++)
            if (verb_at(doc, v)) return verb_subject(doc, st, v, subject_first);
    }
    /* "On Monday, the league issued a statement": a body that opens the sentence */
    e = opening_organization(doc, after_opener(doc, min, n), n);
    return e ? from_entity(e) : NO_SPEAKER;
}

/* The first of the capitalised words right before the document's noun at n, from `from` on: two
 * or more ("a Capital Markets statement") or one in capitals ("an IAAF statement"); one word with a
 * capital alone is as often an adjective ("the Republican report"). n: none. */
static size_t capitalised_owner(const cd_doc *doc, size_t from, size_t n)
{
    size_t c = n;
    while (c > from && (doc->toks[c - 1].flags & (TF_CAP | TF_ALLCAPS)) && !opens_description(doc, c - 1)) c--;
    if (c == n || (n - c == 1 && !(doc->toks[c].flags & TF_ALLCAPS))) return n;
    return c;
}

/* The first possessive after a capitalised word in tokens (from, n) ("Chelsea's statement"); n:
 * none. */
static size_t capitalised_possessive(const cd_doc *doc, size_t from, size_t n)
{
    for (size_t k = from + 1; k < n; k++)
        if (cd_tok_possessive(doc, k) && (doc->toks[k - 1].flags & (TF_CAP | TF_ALLCAPS))) return k;
    return n;
}

/* Do capitalised words or a possessive stand before the document's noun at n ("a Capital Markets
 * statement", "Chelsea's statement"): an owner named there, though no entity? */
static int described_words(const cd_doc *doc, size_t first, size_t n)
{
    return capitalised_possessive(doc, first, n) < n || capitalised_owner(doc, first, n) < n;
}

/* The speaker of a document whose owner no entity names, its noun at n, its words from `from`:
 * the words before a possessive ("Chelsea's statement": "Chelsea") or the capitalised words right
 * before the noun ("a Capital Markets statement"), else the noun phrase ("report", "lawsuit"). */
static speaker document_named_owner(cd_doc *doc, size_t from, size_t n)
{
    size_t k = capitalised_possessive(doc, from, n);
    if (k < n) return description(doc, from, k - 1);
    size_t c = capitalised_owner(doc, from, n);
    return c < n ? description(doc, c, n - 1) : description(doc, from, n);
}

/* '"...," the statement continued', '"...," the report says', 'The statement continued: "..."':
 * a document in tokens [first, v), the whole subject of the speech verb at v (a determiner, words,
 * its noun, perhaps a place: "the description on the website"), gives the quote's words. Its owner
 * speaks: one named with it, else, for "the" (a document named before), the owner of the last
 * mention of the same noun; else the noun phrase stands as the speaker ("lawsuit"). NO_SPEAKER:
 * no document is the subject. */
static speaker document_speaker(cd_doc *doc, const state *st, size_t first, size_t v)
{
    for (int k = 0; k < 2 && v > first && filler(doc, v - 1, 1); k++) v--; /* "has said", "also said" */
    /* a determiner or a name opens it: "the report", "Mr Lee's statement"; not "But the report" */
    int det = opens_description(doc, first);
    if (v <= first + 1 || !(det || ((doc->toks[first].flags & TF_CAP) && !*cd_tok_role(doc, first, LX_CLAIM_PHRASE_STOPS))))
        return NO_SPEAKER;
    size_t n = first + 1;
    while (n < v && !document_noun(doc, n)) {
        const cd_token *t = &doc->toks[n];
        if (t->flags & TF_QUOTED || !(cd_word_or_joiner(t) || cd_tok_possessive(doc, n)) || verb_at(doc, n) ||
            cd_str_is(cd_tok_role(doc, n, LX_CLAIM_PHRASE_STOPS), "prep") || /* "the committee in its report" */
            opens_description(doc, n)) /* "The crowd adopted a declaration": a clause and its object */
            return NO_SPEAKER;
        n++;
    }
    if (n >= v || (n + 1 < v && !cd_str_is(cd_tok_role(doc, n + 1, LX_CLAIM_PHRASE_STOPS), "prep")) ||
        v - n > DOCUMENT_PLACE)
        return NO_SPEAKER;
    for (size_t k = n + 1; k < v; k++)
        if ((doc->toks[k].flags & TF_QUOTED) || !cd_word_or_joiner(&doc->toks[k]) || verb_at(doc, k)) return NO_SPEAKER;
    speaker s = document_owner(doc, st, n, first, 0);
    if (s.name) return s;
    if (cd_tok_is(doc, first, "the")) { /* the mention before names its owner */
        size_t min = first > PRONOUN_WINDOW ? first - PRONOUN_WINDOW : 0;
        for (size_t k = first; k-- > min;) {
            const cd_token *t = &doc->toks[k];
            /* the same word: the lexicon's entry, one for "Statement" and "statement" */
            if (t->type != TOK_WORD || (t->flags & TF_QUOTED) || cd_tok_entry(t) != cd_tok_entry(&doc->toks[n]))
                continue;
            /* "..., the report said." before: the same document, whose owner an earlier mention names */
            if (k > min && cd_tok_is(doc, k - 1, "the")) continue;
            s = document_owner(doc, st, k, sentence_first(doc, st, k), 1);
            break;
        }
        if (s.name) return s;
    }
    /* no owner named: the noun phrase names the speaker, though as one not named (unnamed, not
     * found), so that the one who spoke before in the paragraph, the statement's owner most
     * often ('"...," Novo said in a statement. "...," the statement added'), is preferred */
    s = document_named_owner(doc, det ? first + 1 : first, n);
    if (!described_words(doc, first, n)) {
        s.found = 0;
        s.unnamed = 1;
    }
    return s;
}

/* ---- claims -------------------------------------------------------------------------------- */

typedef struct quote_ref {
    size_t claim;
    uint32_t hash;
    int person;
} quote_ref;

typedef struct quotes {
    quote_ref *refs;
    size_t n_refs, cap_refs;
    size_t *headline_quotes; /* claims of headline quotes with no speaker found: they wait for the story */
    size_t n_headline_quotes, cap_headline_quotes;
    const char **titles; /* titles quoted in the story (no claims), which a headline may quote too */
    size_t n_titles, cap_titles;
} quotes;

/* The paragraph number of token tok: the paragraph starts up to it (tok never decreases between
 * calls, so a cursor walks the list). */
static size_t para_of(state *st, size_t tok)
{
    while (st->para < st->n_paras && st->paras[st->para] <= tok) st->para++;
    return st->para;
}

/* The text of tokens [first, last], trailing commas dropped. */
static const char *tokens_text(cd_doc *doc, size_t first, size_t last)
{
    while (last > first && cd_tok_is_punct(doc, last, ',')) last--;
    size_t a = doc->toks[first].start, b = cd_tok_stop(&doc->toks[last]);
    return cd_arena_strndup(&doc->arena, doc->text + a, b - a);
}

/* ASCII letters (lower-cased) and digits as themselves; every other byte 0: what same_words reads. */
static const unsigned char WORD_CHAR[256] = {
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
    ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
    ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g',
    ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
    ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u',
    ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
    ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g',
    ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n',
    ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u',
    ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
};

#define QUOTE_HASH_CHARS 16 /* the letters and digits hashed: equal quotes share their start (and
                             * quotes that only start alike meet in same_words, which soon tells) */

/* A hash of the quote's first letters and digits (what same_words compares), for share_speakers'
 * table; *ok says whether it has any. */
static uint32_t quote_hash(const char *s, int *ok)
{
    uint32_t h = 2166136261u;
    size_t n = 0;
    for (; *s && n < QUOTE_HASH_CHARS; s++) {
        unsigned char c = WORD_CHAR[(unsigned char)*s];
        if (!c) continue;
        h = (h ^ c) * 16777619u;
        n++;
    }
    *ok = n > 0;
    return h;
}

static int same_words(const char *a, const char *b)
{
    for (;;) {
        while (*a && !((*a | 0x20) >= 'a' && (*a | 0x20) <= 'z') && !(*a >= '0' && *a <= '9')) a++;
        while (*b && !((*b | 0x20) >= 'a' && (*b | 0x20) <= 'z') && !(*b >= '0' && *b <= '9')) b++;
        if (!*a || !*b) return !*a && !*b;
        char x = *a, y = *b;
        if (x >= 'A' && x <= 'Z') x = (char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (char)(y + 32);
        if (x != y) return 0;
        a++, b++;
    }
}

/* Adds the quote claim of span, its speaker sp named at token tok; with keep_speaker, sp is the last
 * speaker a later "he said" or quote may go on with (a document speaking is not: "the lawsuit"). */
static cd_claim *add_quote(cd_doc *doc, state *st, cd_span span, const char *text, const speaker *sp, int direct,
                           int keep_speaker, size_t tok)
{
    cd_claim *c = cd_add_claim(doc, CD_CLAIM_QUOTE, span, sentence_of(doc, st, span.tstart));
    if (!c || !text) {
        doc->oom = 1;
        return NULL;
    }
    c->quote.quote = text;
    c->quote.speaker = sp->name;
    c->quote.direct = direct;
    if (sp->name && keep_speaker) set_last(st, sp, tok);
    st->said = *sp;
    st->said_ok = sp->found || sp->from_context || sp->unnamed;
    st->said_sent = c->sentence;
    st->said_para = st->para;
    return c;
}

static void remember(cd_doc *doc, quotes *qs, size_t claim, const speaker *sp)
{
    int ok;
    uint32_t h = quote_hash(doc->claims[claim].quote.quote, &ok);
    if (!ok) return;
    quote_ref *r = cd_vec_push_inline((void **)&qs->refs, &qs->n_refs, &qs->cap_refs, sizeof *r);
    if (!r) {
        doc->oom = 1;
        return;
    }
    r->claim = claim;
    r->hash = h;
    r->person = sp->type == cd_type_person; /* an entity's, DESCRIPTION or NULL */
}

#define HEADLINE_QUOTES_MAX 32 /* headline quotes per document (chunk) that wait for the story */

static void unattributed(cd_doc *doc, cd_span span)
{
    if (doc->language == CD_LANG_OTHER) return; /* its speech verbs are not ours to read (language.c) */
    cd_add_finding(doc, "unattributed-quote", CD_SEV_WARNING, span, "a direct quote with no speaker found");
}

/* With attribution "paragraph" (a desk's style: each quote paragraph says who speaks), a quote
 * whose speaker comes only from the paragraphs before. */
static void attributed_before(cd_doc *doc, cd_span span, const char *name)
{
    if (doc->language == CD_LANG_OTHER) return;
    if (name)
        cd_add_finding(doc, "unattributed-quote", CD_SEV_WARNING, span,
                       "quote paragraph has no attribution of its own (speaker from context: %s)", name);
    else
        cd_add_finding(doc, "unattributed-quote", CD_SEV_WARNING, span,
                       "quote paragraph has no attribution of its own (attributed before, to nobody named)");
}

static void wait_for_story(cd_doc *doc, quotes *qs, size_t claim)
{
    if (qs->n_headline_quotes == HEADLINE_QUOTES_MAX) { /* keeps the search linear in the story */
        unattributed(doc, doc->claims[claim].span);
        return;
    }
    size_t *w = cd_vec_push_inline((void **)&qs->headline_quotes, &qs->n_headline_quotes,
                                   &qs->cap_headline_quotes, sizeof *w);
    if (w) *w = claim;
    else doc->oom = 1;
}

/* The word of s[0..n) at or after *at: its start (returned, n when none) and, in *len, its length.
 * Letters and digits of any script make words; ASCII punctuation, Latin-1's signs (« » ¿) and
 * General Punctuation (’ “ ” –) part them. */
static size_t next_word(const char *s, size_t n, size_t *at, size_t *len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = *at, start = n;
    for (; i < n;) {
        uint32_t cp = u[i];
        int k = cp < 0x80 ? 1 : cd_utf8_decode(u, n, i, &cp);
        if (k <= 0) k = 1;
        int letter = cp < 0x80 ? WORD_CHAR[cp] != 0
                               : !(cp <= 0xBF || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) ||
                                   (cp >= 0x3000 && cp <= 0x303F));
        if (letter && start == n) start = i;
        if (!letter && start != n) break;
        i += (size_t)k;
    }
    *at = i;
    *len = start == n ? 0 : i - start;
    return start;
}

static int same_word(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x != y && (x >= 0x80 || WORD_CHAR[x] != WORD_CHAR[y])) return 0;
    }
    return 1;
}

#define EXCERPT_WORDS 64 /* words of a headline's quote looked for in the story's quotes */

/* Are the words of `excerpt` (in order, one after another) among the words of `quote`? Case is
 * ASCII's only: a headline in capitals quotes 'DANCING WITH THE STARS' and the story 'Dancing'. */
static int words_within(const char *excerpt, const char *quote)
{
    size_t want[EXCERPT_WORDS], wlen[EXCERPT_WORDS], nw = 0, en = strlen(excerpt), qn = strlen(quote), at = 0, len;
    for (size_t w; (w = next_word(excerpt, en, &at, &len)) < en;) {
        if (nw == EXCERPT_WORDS) return 0;
        want[nw] = w, wlen[nw++] = len;
    }
    size_t got[EXCERPT_WORDS], glen[EXCERPT_WORDS], ng = 0; /* the last nw words of quote, a ring */
    at = 0;
    for (size_t w; nw && (w = next_word(quote, qn, &at, &len)) < qn;) {
        got[ng % nw] = w, glen[ng % nw] = len, ng++;
        if (ng < nw) continue;
        size_t k = 0;
        for (size_t g = ng - nw; k < nw; k++, g++)
            if (glen[g % nw] != wlen[k] || !same_word(quote + got[g % nw], excerpt + want[k], wlen[k])) break;
        if (k == nw) return 1;
    }
    return 0;
}

/* A quote in a headline or subhead is the story's to attribute: with no speaker in the headline,
 * it is an excerpt of a quote the story gives ('"We made mistakes," boss says' over '"We made
 * mistakes ... we let our customers down," she said'), or a quote no one is found for. */
static void headline_quotes(cd_doc *doc, const quotes *qs)
{
    for (size_t i = 0; i < qs->n_headline_quotes; i++) {
        const cd_claim *h = &doc->claims[qs->headline_quotes[i]];
        int in_story = 0;
        for (size_t k = 0; k < doc->n_claims && !in_story; k++) {
            const cd_claim *c = &doc->claims[k];
            in_story = c->kind == CD_CLAIM_QUOTE && c->quote.direct && !doc->sents[c->sentence].headline &&
                       words_within(h->quote.quote, c->quote.quote);
        }
        for (size_t k = 0; k < qs->n_titles && !in_story; k++) in_story = words_within(h->quote.quote, qs->titles[k]);
        if (!in_story) unattributed(doc, h->span);
    }
}

/* The words among tokens [first, last], counted up to `enough` (a test needs no more). */
static size_t count_words(const cd_doc *doc, size_t first, size_t last, size_t enough)
{
    size_t n = 0;
    for (size_t k = first; k <= last && n < enough; k++) n += doc->toks[k].type == TOK_WORD;
    return n;
}

#define CHAIN_MAX 8 /* paragraphs of one quote searched for its attribution */

/* A quote that runs over several paragraphs is attributed where it finally closes. `across` 0: a
 * quote that runs on within its paragraph ('"The technology ... conjoined. "The film ... master,"
 * he says.': a new quote opened after a sentence of the open one). */
static CD_ALWAYS_INLINE speaker attribution_of_chain(cd_doc *doc, const state *st, const qpair *q,
                                                                          const qpair *stop, int across)
{
    speaker none = NO_SPEAKER;
    for (int k = 0; k < CHAIN_MAX && q + 1 < stop && q->open_end; k++) {
        q++;
        if (!(doc->toks[q->open].flags & TF_PARA_BEFORE) != !across) return none;
    }
    return q->open_end ? none : attribution_after(doc, st, q->close);
}

/* '"When we shot it, we were all tanned. "The make-up lines showed," explains Ida Roe.': quotes
 * that follow each other in a paragraph with nothing between them (one left open that runs on,
 * or closed and the next opened) are one speaker's words, attributed after the last of them. */
static speaker attribution_of_next(cd_doc *doc, const state *st, const qpair *q, const qpair *stop)
{
    speaker none = NO_SPEAKER;
    for (int k = 0; k < CHAIN_MAX && q + 1 < stop && q[1].open == q->close + 1; k++) {
        q++;
        if (doc->toks[q->open].flags & TF_PARA_BEFORE) return none;
        if (!q->open_end) return attribution_after(doc, st, q->close);
    }
    return none;
}

/* Does the sentence that starts at token first open with a description of someone unnamed as its
 * subject: a person noun or a group's role, after a determiner, one word that modifies it, or both
 * ("Police broke in", "The young tenant knocked", "Market sources said")? One word at most, as a
 * verb may come before a noun that is its object ("The chamber surveyed exporters"). Not a title,
 * which often stands for a person named before ("The prime minister also urged") or stands before
 * a name ("Mr Lee", "Queen" the band's). */
static int described_subject_at(const cd_doc *doc, size_t first, size_t end)
{
    size_t k = first + (first < end && opens_description(doc, first));
    for (size_t modifiers = 0; k < end && modifiers < 2; k++, modifiers++) {
        if ((doc->toks[k].flags & TF_QUOTED) || cd_entity_at(doc, k)) return 0;
        const cd_lexrec *role = cd_tok_rec(doc, k, LX_ENT_TITLES);
        if (person_noun(doc, k) || (role && role->num == ROLE_NOUN)) return 1;
        if (!description_modifier(doc, k)) return 0;
    }
    return 0;
}

/* Does a sentence after the one of token `from` and before the quote at `open` open with a
 * description of a person ("Police broke the door down.")? Someone else acted since the last
 * speaker spoke, so the quote is not surely theirs. At most CONTINUED_SENTENCES sentences back. */
static int described_between(const cd_doc *doc, const state *st, size_t from, size_t open)
{
    size_t s = sentence_of(doc, st, doc->toks[open].start);
    for (size_t n = 0; s > 0 && s <= doc->n_sinfo && n < CONTINUED_SENTENCES; n++) {
        s--;
        if (doc->sinfo[s].tok_first <= from) return 0;
        if (described_subject_at(doc, doc->sinfo[s].tok_first, open)) return 1;
    }
    return 0;
}

/* Does a quote opening a sentence at token open go on with the last claim's attribution: that
 * claim was attributed, at most CONTINUED_SENTENCES sentences before, and no headline, person but its
 * speaker (outside the quotes), nor speech verb is in the sentences between, none of which opens
 * with a description of a person ('Mr Frost said: "..." "We expect prices to fall"')? */
static int continues_said(const cd_doc *doc, const state *st, size_t open)
{
    size_t s = sentence_of(doc, st, doc->toks[open].start);
    if (!st->said_ok || s <= st->said_sent || s - st->said_sent > CONTINUED_SENTENCES || s >= doc->n_sinfo) return 0;
    for (size_t k = st->said_sent + 1; k < s; k++) /* a headline: a new story's, or a new section's; */
        if (doc->sents[k].headline || described_subject_at(doc, doc->sinfo[k].tok_first, open))
            return 0; /* "Police broke the door down.": others act */
    size_t min = doc->sinfo[st->said_sent + 1].tok_first;
    for (size_t e = cd_entity_before(doc, open, min, cd_type_person); e != (size_t)-1;
         e = cd_entity_before(doc, doc->einfo[e].tok_first, min, cd_type_person)) {
        if (doc->toks[doc->einfo[e].tok_first].flags & TF_QUOTED) continue; /* named by the speaker */
        if (!st->said.name || !cd_str_is(doc->ents[e].name, st->said.name)) return 0;
    }
    for (size_t k = min; k < open; k++) /* someone not recognized as a person speaks ("Dan Jolin says") */
        if (verb_at(doc, k)) return 0;
    return 1;
}

/* How far back a bare quote's speaker may be named: the carries found on the BBC, Reuters and Zyte
 * copy reach one paragraph and 105 tokens back, and limits of 8 and 900 carry no more there */
#define CARRY_PARAS 3
#define CARRY_TOKENS 250

/* Does the speech verb r at v have a speaker of its own, not the last one ('The ministry said',
 * 'Ann Roe added'; not 'Mr Dein said that ...' after Mr Dein's quote)? A verb that reports a clause
 * with no speaker found before it has someone unnamed speak ('the county council said'); one that
 * takes none may be no speech at all ('a thing called the internet'), unless a speaker is found. */
static int other_speaker(cd_doc *doc, const state *st, const cd_lexrec *r, size_t v, size_t first)
{
    size_t np_first = v;
    speaker sp = np_before(doc, st, v, first, &np_first);
    if (!sp.found) return r->num == 1 || r->num == 2;
    return !(sp.name && cd_str_is(sp.name, st->last.name));
}

#define BODY_WORD 4 /* data/ent_org_suffixes.tsv's kind of a word that closes a body's name ("council") */

/* Does the sentence [first, end) open with a body as its subject: an organization named, or a
 * determiner and a body's word, one word between at most ("The chamber surveyed exporters", "The
 * local council voted")? A body that acts may be the one whose words follow ("We expect ..."). */
static int body_subject_at(const cd_doc *doc, size_t first, size_t end)
{
    const cd_entity *e = cd_entity_at(doc, first);
    if (e && e->type == cd_type_organization) return 1;
    if (first >= end || !determiner(doc, first)) return 0;
    for (size_t k = first + 1; k < end && k < first + 3; k++) {
        if (doc->toks[k].flags & TF_QUOTED) return 0;
        e = cd_entity_at(doc, k);
        if (e) return e->type == cd_type_organization;
        const cd_lexrec *r = cd_tok_rec(doc, k, LX_ENT_ORG_SUFFIXES);
        if (r && r->num == BODY_WORD) return 1;
        if (!description_modifier(doc, k)) return 0;
    }
    return 0;
}

/* Is a person other than the last speaker named outside quotes from token from up to the quote at
 * open? */
static int other_person_between(const cd_doc *doc, const state *st, size_t from, size_t open)
{
    for (size_t e = cd_entity_before(doc, open, from, cd_type_person); e != (size_t)-1;
         e = cd_entity_before(doc, doc->einfo[e].tok_first, from, cd_type_person)) {
        if (doc->toks[doc->einfo[e].tok_first].flags & TF_QUOTED) continue; /* named by the speaker */
        if (!cd_str_is(doc->ents[e].name, st->last.name)) return 1;
    }
    return 0;
}

/* Is a person other than the last speaker named, outside quotes, in tokens [from, open), or does
 * a sentence there open with a person described or a body, or carry a speech verb of another
 * speaker (someone else acts or speaks: "Police broke the door down.", "A spokesman added")? */
static int someone_else_between(cd_doc *doc, const state *st, size_t from, size_t open)
{
    /* from: the last speaker's claim (a quote's mark, or the name of a "said" clause); its
     * sentence's verb is theirs, the sentences after it are read for others' */
    if (other_person_between(doc, st, from, open)) return 1;
    size_t s = st->said_sent + 1, q = sentence_of(doc, st, doc->toks[open].start);
    for (; s < q && s < doc->n_sinfo; s++) {
        size_t first = doc->sinfo[s].tok_first, end = first + doc->sinfo[s].tok_count;
        if (doc->sents[s].headline || described_subject_at(doc, first, end) || body_subject_at(doc, first, end))
            return 1;
        for (size_t k = first; k < end; k++) {
            const cd_lexrec *r = verb_at(doc, k);
            if (r && other_speaker(doc, st, r, k, first)) return 1;
        }
    }
    return 0;
}

/* News style: a run of quote paragraphs goes on with the last person who spoke, though the
 * writer's own sentences stand between ('Ann Roe said: "..."', a paragraph of figures, then a bare
 * quote paragraph that is hers). The quote opens its sentence; the last claim was that person's
 * (no one else spoke since), named at most CARRY_PARAS paragraphs and CARRY_TOKENS tokens back, and
 * no one else is named or described between. Returns that person (NO_SPEAKER: none). */
static speaker carried_speaker(cd_doc *doc, const state *st, size_t open, size_t para)
{
    speaker none = NO_SPEAKER;
    if (!st->last.name || st->last.type != cd_type_person || !st->said.name ||
        !cd_str_is(st->said.name, st->last.name))
        return none;
    if (para > st->last_para + CARRY_PARAS || open > st->last_tok + CARRY_TOKENS || open <= st->last_tok) return none;
    size_t s = sentence_of(doc, st, doc->toks[open].start);
    if (s <= st->said_sent || s >= doc->n_sinfo) return none;
    if (someone_else_between(doc, st, st->last_tok, open)) return none;
    speaker sp = st->last;
    sp.from_context = 1;
    sp.by_pronoun = 0;
    return sp;
}

/* Is the quote sentences of its own: it ends with its sentence's mark inside, or runs on into the
 * next paragraph ('"We expect prices to fall."', not '"Irreversible damage" will be caused')? */
static int whole_sentences(const cd_doc *doc, const qpair *q)
{
    if (q->open_end) return 1;
    const cd_token *t = &doc->toks[last_inside(doc, q->close)];
    return t->type == TOK_PUNCT && (t->cp == '.' || t->cp == '!' || t->cp == '?');
}

#define SIGNATURE_MAX 12 /* tokens of a signature line under a quote */

/* A quote that ends its paragraph, signed by the next: a short paragraph that opens with a dash
 * and a capitalized word ('— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019' under a tweet,
 * '– Man**' under a reader's review in a <blockquote>, an epigraph's author). */
static int signed_below(const cd_doc *doc, const qpair *q)
{
    size_t d = q->close + 1;
    if (q->open_end || d + 1 >= doc->n_toks || !(doc->toks[d].flags & TF_PARA_BEFORE)) return 0;
    const cd_token *dash = &doc->toks[d];
    if (dash->type != TOK_PUNCT || !cd_is_dash(dash->cp)) return 0;
    if (doc->toks[d + 1].type != TOK_WORD || !(doc->toks[d + 1].flags & TF_CAP)) return 0;
    size_t k = d + 1;
    while (k < doc->n_toks && k - d <= SIGNATURE_MAX && !(doc->toks[k].flags & TF_PARA_BEFORE)) k++;
    return k - d <= SIGNATURE_MAX;
}

/* Is the paragraph an interview's turn: does it open with its label and a colon, "Q:" or "A:"
 * ("Question:", "Answer:") or a person's name ("Jeremy Paxman: Your slogan was "..." Was that
 * fair?")? A quote inside a turn is quoted by the one whose turn it is: in 'A: ... One of its
 * rules, "Do the hard thing first", keeps ...' the one who answers quotes the habit. Who said it
 * first is not said: the quote is attributed, to nobody named. */
static int in_turn(const cd_doc *doc, const state *st, size_t para)
{
    size_t start = para ? st->paras[para - 1] : 0;
    /* ': "I joined the band in 1990 ..."': a turn whose label the page lost (a name in markup the
     * text kept none of); the turn is someone's, as every turn is */
    if (start + 1 < doc->n_toks && cd_tok_is_punct(doc, start, ':')) return 1;
    if (start >= doc->n_toks || !(doc->toks[start].flags & TF_CAP)) return 0;
    const cd_entity *e = cd_entity_at(doc, start);
    if (e && e->type == cd_type_person && doc->einfo[e - doc->ents].tok_first == start)
        return cd_tok_is_punct(doc, start + doc->einfo[e - doc->ents].tok_count, ':');
    return cd_tok_is_punct(doc, start + 1, ':') &&
           (cd_tok_is(doc, start, "q") || cd_tok_is(doc, start, "a") || cd_tok_is(doc, start, "question") ||
            cd_tok_is(doc, start, "answer"));
}

/* Does a quote closed with a comma go on to an auxiliary ('"We expect prices to fall," has had 900
 * replies': data/quote_fillers.tsv kind 1)? Then the quote is the subject of a sentence about it,
 * not the speaker's words there; other words go on with the speaker's sentence ('"...," or those
 * of other nations, Ann Roe said'). */
static int subject_quote(const cd_doc *doc, const qpair *q, size_t k)
{
    return cd_tok_is_punct(doc, last_inside(doc, q->close), ',') && filler(doc, k, 1);
}

/* '“Voters here are not buying” the inquiry, the senator said at a rally.': the quote's
 * sentence goes on past it to an attribution after a comma. Returns that attribution. A partial
 * quote that some words of the sentence go on from is the speaker's words all the same: the
 * attribution after the comma is its own (NO_SPEAKER: none). */
CD_NOINLINE static speaker later_in_sentence(cd_doc *doc, const state *st, const qpair *q)
{
    size_t s = sentence_of(doc, st, doc->toks[q->open].start);
    if (q->open_end || s >= doc->n_sinfo) return NO_SPEAKER;
    size_t end = doc->sinfo[s].tok_first + doc->sinfo[s].tok_count;
    for (size_t k = q->close + 1; k < end && k < doc->n_toks && k < q->close + CLAUSE_MAX; k++) {
        if (paired_mark(&doc->toks[k])) return NO_SPEAKER; /* another quote: its own attribution */
        if (k == q->close + 1 && subject_quote(doc, q, k)) return NO_SPEAKER;
        if (!cd_tok_is_punct(doc, k, ',')) continue;
        speaker sp = attribution_at(doc, st, k + 1, 1);
        if (sp.found || sp.unnamed) return sp;
    }
    return NO_SPEAKER;
}

static int attributed_later_in_sentence(cd_doc *doc, const state *st, const qpair *q)
{
    speaker sp = later_in_sentence(doc, st, q);
    return sp.found || sp.unnamed;
}

/* Is the quote attributed later in its paragraph: where the quote it runs into closes, or later in
 * its sentence? Asked only with attribution "paragraph", and out of line: the quotes' walk keeps
 * its registers for the default. */
CD_NOINLINE static int attributed_later_in_paragraph(cd_doc *doc, const state *st, const qpair *q,
                                                                   const qpair *stop)
{
    speaker later = attribution_of_chain(doc, st, q, stop, 0);
    return later.found || later.unnamed || attributed_later_in_sentence(doc, st, q);
}

/* Does the quote before q (`pairs`: the first pair), left open, run on into q? */
static int runs_into(const qpair *pairs, const qpair *q)
{
    return q > pairs && q[-1].open_end && q[-1].close + 1 == q->open;
}

/* Does the quote go on from the paragraph before (that paragraph's quote left open)? One quote,
 * attributed once. */
static int continues_paragraph(const cd_doc *doc, const qpair *pairs, const qpair *q)
{
    return runs_into(pairs, q) && (doc->toks[q->open].flags & TF_PARA_BEFORE);
}

/* A lower-case word a title keeps: an article, a preposition, a conjunction ("Room with a View",
 * "Children of a Lesser God", "Racketeer Influenced and Corrupt Organisations"). */
static int title_function_word(const cd_doc *doc, size_t k)
{
    if (determiner(doc, k) || cd_lex_has(cd_tok_entry(&doc->toks[k]), LX_CHECK_STOPWORDS)) return 1;
    const char *role = cd_tok_role(doc, k, LX_CLAIM_PHRASE_STOPS);
    return cd_str_is(role, "prep") || cd_str_is(role, "qual") || cd_str_is(role, "conj");
}

/* Are tokens [first, last] a title or a name in Title Case ("Free Mojtaba and Arash Day", "State
 * of Agricultural Commodity Markets 2004", "Takin' It to the Streets"): every word capitalized but
 * the function words a title keeps, no sentence ending before the last token and no question or
 * exclamation, some word not in capitals only? A quote of speech in Title Case is rare outside
 * headlines. */
static int title_case(const cd_doc *doc, size_t first, size_t last)
{
    int mixed = 0;
    for (size_t k = first; k <= last; k++) {
        const cd_token *t = &doc->toks[k];
        if (t->type == TOK_PUNCT) { /* a question or an exclamation is speech: "Is the Pope a Catholic?" */
            if ((k < last && ends_sentence(doc, k)) || t->cp == '?' || t->cp == '!') return 0;
            continue;
        }
        if (t->type != TOK_WORD) continue;
        if (k > first && glued(doc, k) && doc->toks[k - 1].type == TOK_PUNCT &&
            (doc->toks[k - 1].cp == '\'' || doc->toks[k - 1].cp == 0x2019))
            continue; /* a contraction's ending: "We're", "Takin'" */
        if (cd_tok_possessive(doc, k)) continue;
        if (!(t->flags & (TF_CAP | TF_ALLCAPS)) && !title_function_word(doc, k)) return 0;
        mixed |= !(t->flags & TF_ALLCAPS);
    }
    return mixed;
}

/* Does word k name a quote a slogan, a motto, a headline or a name: before it, or (after) only
 * right after it ("campaign")? */
static int quote_name(const cd_doc *doc, size_t k, int after)
{
    int code = quote_word(doc, k);
    return code == NAMES_QUOTE || (after && code == NAMES_QUOTE_AFTER);
}

/* Is the quote a name, not speech: a slogan, a motto, a headline or a name named right before it ('The
 * slogan "..."', 'a slogan of "..."', 'under the headline "..."', "Labour's election slogan will be:
 * "..."', a copula and a colon between; 'a fare named "..."', 'billed as "..."', 'the old maxim:
 * "..."') or right after it ('the "Make love not spam" campaign')? */
static int named_beside(const cd_doc *doc, const qpair *q)
{
    size_t k = q->open;
    if (k > 0 && cd_tok_is_punct(doc, k - 1, ':')) {
        k--;
        for (int n = 0; n < 3 && k > 0; n++, k--) { /* "will be", "is", "was" */
            const char *role = cd_tok_role(doc, k - 1, LX_CLAIM_VERB_CUES);
            if (!(cd_str_is(role, "be") || cd_str_is(role, "modal"))) break;
        }
    } else if (k > 0 && (cd_tok_is(doc, k - 1, "of") || cd_tok_is(doc, k - 1, "as"))) {
        k--; /* "a slogan of", "billed as", "known as" */
    }
    if (k > 0 && quote_name(doc, k - 1, 0)) return 1;
    return !q->open_end && quote_name(doc, q->close + 1, 1) && !(doc->toks[q->close + 1].flags & TF_PARA_BEFORE);
}

#define TERM_WORDS 6 /* words of a term quoted after an article: 'the "Eton of the valleys"' */

/* Is the quote a term: a few words after an article, no sentence's end inside ('the "Social
 * Security trust fund" - the money ...', 'A "Fed-Ex refund processor" was')? The article makes the
 * quoted words a noun phrase of the writer's sentence: a partial quote at most (someone's words,
 * 'a "flagrant and systematic breach"'), never a full one that needs its speaker named. */
static int term_after_article(const cd_doc *doc, const qpair *q, size_t words)
{
    if (q->open_end || q->open == 0 || words > TERM_WORDS || !determiner(doc, q->open - 1)) return 0;
    return !whole_sentences(doc, q);
}

/* Does the quote at q stand as speech with no one's name to it: does it open its sentence, follow
 * a colon ('The reason is simple: "..."'), come after a speech verb with no speaker ('Rates, it
 * was said, were "..."'), or make whole sentences after an article ('Then came the "..."')? One the
 * writer's sentence runs into otherwise, after a word or a comma ('under the words "...?"', 'and
 * people think, "..."'), is introduced by that sentence, which tells what the words are (a slogan,
 * a question put, a text, a thought). */
static int stands_alone(const cd_doc *doc, const qpair *q, int opens_sentence, int verb_before)
{
    if (opens_sentence || verb_before || q->open == 0) return 1;
    if (cd_tok_is_punct(doc, q->open - 1, ':')) return 1;
    return determiner(doc, q->open - 1) && whole_sentences(doc, q);
}

#define DOCUMENT_PART 15 /* data/quote_words.tsv: "excerpts": a document's words the story gives below */
#define PART_OF_WINDOW 5  /* tokens from "from" to the document's noun: "from the board's final statement" */

/* Does the sentence before the quote (or its own, up to a colon before it) say the story gives
 * parts of a document ("Below are excerpts from the board's statement.", "Excerpts of the report
 * follow: "...")? The quotes after it are the document's words, attributed though no one is named. */
static int extracts_announced(const cd_doc *doc, const state *st, size_t open)
{
    size_t s = sentence_of(doc, st, doc->toks[open].start);
    if (s >= doc->n_sinfo) return 0;
    if (doc->sinfo[s].tok_first >= open && s-- == 0) return 0; /* the quote opens its sentence: the one before */
    size_t first = doc->sinfo[s].tok_first, end = first + doc->sinfo[s].tok_count;
    if (end > open) end = open;
    for (size_t k = first; k + 1 < end; k++) {
        if ((doc->toks[k].flags & TF_QUOTED) || quote_word(doc, k) != DOCUMENT_PART) continue;
        if (!cd_tok_is(doc, k + 1, "from") && !cd_tok_is(doc, k + 1, "of")) continue;
        for (size_t n = k + 2; n < end && n < k + 2 + PART_OF_WINDOW; n++)
            if (document_noun(doc, n)) return 1;
    }
    return 0;
}

/* Is the quote, opening a line, one of a document's extracts: right after the sentence that
 * announces them, or right after the extract before it (no word between)? A line, not only a
 * paragraph: wire copy sets its paragraphs apart by an indent alone. */
static int in_extracts(const cd_doc *doc, const state *st, const qpair *q)
{
    if (!(doc->toks[q->open].flags & (TF_PARA_BEFORE | TF_NEWLINE_BEFORE))) return 0;
    return (st->extracts && st->extracts == q->open) || extracts_announced(doc, st, q->open);
}

static void direct_quote(cd_doc *doc, state *st, quotes *qs, const qpair *q, const qpair *pairs, const qpair *stop)
{
    size_t first = first_inside(doc, q->open), last = q->open_end ? q->close : last_inside(doc, q->close);
    if (first > last || first >= doc->n_toks) return;
    size_t words = q->words; /* count_words over [first, last]: the marks around them are no words */
    if (!words) return;
    size_t para = para_of(st, q->open);
    speaker sp = attribution_of_chain(doc, st, q, stop, 1);
    int unnamed = sp.unnamed; /* the speakers before and from context are looked for all the same */
    int newcomer = sp.newcomer; /* but not for someone new: "said another" is none of them */
    const char *document = unnamed ? sp.name : NULL; /* '"...," the lawsuit said': if no one else */
    int verb_before = 0;
    /* '"..." in May, said Ann Roe.': past the words the sentence goes on with (not for scare quotes:
     * a word or two quoted mid-sentence may be the writer's) */
    if (!sp.found && !unnamed && words > SCARE_WORDS) {
        sp = later_in_sentence(doc, st, q);
        unnamed = sp.unnamed;
    }
    if (!sp.found) {
        sp = attribution_before(doc, st, q->open, &verb_before);
        unnamed |= sp.unnamed;
    }
    if (!sp.found && !verb_before) sp = named_before_colon(doc, st, q->open, sp);
    if (!sp.found && !unnamed && words > SCARE_WORDS) sp = statement_speaker(doc, st, q->open);
    /* the quote the one before runs on into, in its paragraph: one quote with it */
    int runs_on = runs_into(pairs, q) && !(doc->toks[q->open].flags & TF_PARA_BEFORE);
    int title = !sp.found && words > SCARE_WORDS && (doc->toks[first].flags & TF_CAP) &&
                !doc->sents[sentence_of(doc, st, doc->toks[q->open].start)].headline && title_case(doc, first, last);
    title |= !sp.found && !verb_before && named_beside(doc, q); /* a slogan: a name, as a title is */
    /* a quote paragraph after an attributed paragraph, or a quote sentence after an attributed
     * sentence of the same paragraph, goes on with the same speaker */
    int opens_para = (doc->toks[q->open].flags & TF_PARA_BEFORE) != 0;
    int opens_sentence = runs_on || sentence_first(doc, st, q->open) == q->open;
    int earlier = 0; /* the speaker comes from a paragraph before the quote's */
    /* (after a clause that made no claim, not when someone else is named since: "Ann Lee said it
     * would not deter Tom Kay. "...": either may speak) */
    if (!sp.found && !newcomer && st->last.name &&
        ((opens_para && st->last_para + 1 >= para) || (opens_sentence && st->last_para == para)) &&
        !described_between(doc, st, st->last_tok, q->open) &&
        !(st->last_heard && other_person_between(doc, st, st->last_tok, q->open))) {
        sp = st->last;
        sp.from_context = 1;
        earlier = st->last_para < para;
    }
    if (!sp.found && !sp.from_context && words <= SCARE_WORDS && !verb_before) return; /* scare quotes */
    if (!sp.found && !sp.from_context && !unnamed && in_extracts(doc, st, q)) {
        unnamed = 1; /* a document's words: "Below are excerpts from the statement." */
        st->extracts = q->close + 1;
    }
    /* 'the report warned: "..."', 'a senior figure at the club told the Courier: "..."': introduced as
     * speech, though no speaker is named */
    if (!sp.found && verb_before &&
        ((q->open > 0 && cd_tok_is_punct(doc, q->open - 1, ':')) || introduced_by_verb(doc, q->open)))
        unnamed = 1;
    if (!sp.found && !verb_before && !title && q->open > 0 && cd_tok_is_punct(doc, q->open - 1, ':') &&
        person_before_colon(doc, sentence_first(doc, st, q->open), q->open - 1))
        unnamed = 1;
    if (!sp.found && signed_below(doc, q)) unnamed = 1;
    if (!sp.found && in_turn(doc, st, para)) {
        unnamed |= !sp.from_context;
        earlier = 0; /* the label attributes its paragraph */
    }
    /* a title or a name quoted, not speech: no claim, as scare quotes make none */
    if (title && !unnamed) {
        const char **t = cd_vec_push_inline((void **)&qs->titles, &qs->n_titles, &qs->cap_titles, sizeof *t);
        if (!t || !(*t = tokens_text(doc, first, last))) doc->oom = 1;
        return;
    }
    /* a term after an article is a partial quote however its words are written */
    int full = (doc->toks[first].flags & TF_CAP) && words >= 4 && !term_after_article(doc, q, words);
    if (!sp.found && !sp.from_context && !unnamed && full && opens_sentence && whole_sentences(doc, q) &&
        continues_said(doc, st, q->open)) {
        unnamed = !st->said.name; /* "..., the ministry said. "...": attributed, to nobody named */
        if (st->said.name) sp = st->said;
        sp.from_context = st->said.name != NULL;
        earlier = st->said_para < para;
    }
    if (!sp.found && !sp.from_context && !unnamed && !verb_before) { /* nothing else names a speaker */
        speaker next = attribution_of_next(doc, st, q, stop);
        if (next.found) sp = next;
        unnamed = next.unnamed;
    }
    if (!sp.found && !sp.from_context && !unnamed && full && opens_sentence) {
        speaker before = said_just_before(doc, st, q->open);
        if (before.found) {
            sp = before;
            sp.from_context = 1;
            earlier = opens_para; /* the sentence before is the paragraph before's */
        }
    }
    if (!sp.found && !sp.from_context && !unnamed && full && opens_sentence && !verb_before && !title) {
        speaker carried = carried_speaker(doc, st, q->open, para);
        if (carried.from_context) {
            sp = carried;
            earlier = st->last_para < para;
        }
    }
    int by_document = !sp.found && !sp.from_context && !sp.name && document;
    if (by_document) { /* the document speaks: "lawsuit" */
        sp.name = document;
        sp.type = DESCRIPTION;
    }
    sp.unnamed = unnamed;
    cd_span span = cd_tokspan(doc, q->open, q->close);
    cd_claim *c = add_quote(doc, st, span, tokens_text(doc, first, last), &sp, 1, !by_document, q->open);
    if (!c) return;
    cd_claim_reason(doc, c, full ? "direct quote" : "partial quote");
    if (sp.from_context) cd_claim_reason(doc, c, "speaker from context");
    if (sp.by_pronoun) cd_claim_reason(doc, c, "speaker by pronoun");
    if (!sp.found && !sp.from_context && !unnamed && full) {
        if (doc->sents[c->sentence].headline) {
            wait_for_story(doc, qs, (size_t)(c - doc->claims));
        } else if (stands_alone(doc, q, opens_sentence, verb_before) && !(runs_on && st->reported == q[-1].close + 1) &&
                   !(opens_para && st->reported && st->reported == q->open)) {
            /* a run is reported once: quotes that run on in a paragraph, or quote paragraphs that
             * follow each other with no word between (the one before reported) */
            unattributed(doc, span);
        }
        st->reported = q->close + 1;
    }
    if (earlier && full && st->own_paragraph && !doc->sents[c->sentence].headline &&
        !continues_paragraph(doc, pairs, q)) {
        if (!attributed_later_in_paragraph(doc, st, q, stop)) attributed_before(doc, span, sp.name);
    }
    remember(doc, qs, (size_t)(c - doc->claims), &sp);
}

/* ---- 3. indirect speech -------------------------------------------------------------------- */

#define LISTENER_MAX 10 /* tokens of a listener after "told" */

#define CLAUSE_VERB_WINDOW 8 /* tokens after a clause's start searched for its verb */

/* Token k is punctuation that ends a clause's search for its verb: any but a hyphen or a
 * possessive's mark. */
static int ends_clause_search(const cd_doc *doc, size_t k)
{
    return doc->toks[k].type == TOK_PUNCT && !cd_tok_is_punct(doc, k, '-') && !cd_tok_possessive(doc, k);
}

/* An auxiliary, a modal or "be" (data/claim_verb_cues.tsv) within CLAUSE_VERB_WINDOW tokens after
 * token a, no punctuation but a hyphen or a possessive's mark before it: a clause's verb. */
static int clause_verb_after(const cd_doc *doc, size_t a, size_t end)
{
    for (size_t k = a + 1; k < end && k < a + CLAUSE_VERB_WINDOW; k++) {
        if (ends_clause_search(doc, k)) return 0;
        if (clause_verb_role(cd_tok_role(doc, k, LX_CLAIM_VERB_CUES))) return 1;
    }
    return 0;
}

/* Is token k the lower-case noun that ends a listener ("reporters", "a news conference"): a word,
 * no determiner, possessive pronoun or preposition ("the BBC", "in London" go on)? */
static int listener_noun(const cd_doc *doc, size_t k)
{
    return doc->toks[k].type == TOK_WORD && !(doc->toks[k].flags & (TF_CAP | TF_ALLCAPS)) && !determiner(doc, k) &&
           !possessive_pronoun(doc, k) && !cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS);
}

/* Is token k a lower-case past form no "-ed" tells, as data/time_tense.tsv lists them (-1:
 * "took", "knew", "rose"), and no time word ("ago")? */
static int listed_past(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    if (t->type != TOK_WORD || (t->flags & (TF_CAP | TF_ALLCAPS)) || cd_tok_in(doc, k, LX_TIME_WORDS)) return 0;
    const cd_lexrec *r = cd_tok_rec(doc, k, LX_TIME_TENSE);
    return r && r->num == -1;
}

/* Does the reported clause's subject open at token k, after the listener of "told": a determiner
 * ("told the paper the plan was"), or a name after a lower-case noun ("told reporters Acme
 * would"), its clause's verb soon after with no phrase or subject of its own between? */
static int opens_subject(const cd_doc *doc, size_t k, size_t end)
{
    const cd_entity *e;
    int opens = determiner(doc, k) || possessive_pronoun(doc, k) ||
                ((e = cd_entity_at(doc, k)) && doc->einfo[e - doc->ents].tok_first == k && listener_noun(doc, k - 1));
    const char *before = cd_tok_role(doc, k - 1, LX_CLAIM_PHRASE_STOPS); /* "assets of the firm were": inside a phrase */
    if (!opens || cd_str_is(before, "prep") || cd_str_is(before, "conj") || cd_str_is(before, "rel") ||
        cd_tok_is(doc, k - 1, "to"))
        return 0;
    for (size_t j = k + 1; j < end && j < k + CLAUSE_VERB_WINDOW; j++) {
        if (ends_clause_search(doc, j)) return 0;
        const char *role = cd_tok_role(doc, j, LX_CLAIM_VERB_CUES);
        if (clause_verb_role(role)) return 1;
        /* "told reporters the bank raised its rates", "told the paper the firm took a loss": a past
         * right after the subject's noun */
        if (j > k + 1 && (plain_past(doc, j) || listed_past(doc, j)) && doc->toks[j - 1].type == TOK_WORD) return 1;
        /* "told a meeting of the board it would", "told the paper MPs would get a vote as ...":
         * a phrase of its own, or a subject of its own, comes first */
        const char *stop = cd_tok_role(doc, j, LX_CLAIM_PHRASE_STOPS);
        if (determiner(doc, j) || possessive_pronoun(doc, j) || cd_str_is(role, "subject") || cd_str_is(stop, "prep") ||
            cd_str_is(stop, "conj") || cd_str_is(stop, "rel"))
            return 0;
    }
    return 0;
}

/* Where the reported clause starts after verb v: past a listener ("told reporters"), "that", time
 * words ("today"); returns end if there is no clause. */
static size_t clause_start(const cd_doc *doc, size_t v, size_t end)
{
    size_t c = verb_end(doc, v); /* "pointed out that" */
    for (size_t k = c; k < end && k < c + 8; k++) {
        if (cd_tok_is_punct(doc, k, ',') || is_mark(&doc->toks[k])) break;
        if (cd_tok_is(doc, k, "that")) return k + 1;
    }
    const cd_lexrec *r, *verb = cd_tok_rec(doc, v, LX_QUOTE_VERBS);
    int tell = is_tell(verb); /* "told her", not "said her party" */
    size_t n = cd_lex_match(doc, c, LX_QUOTE_FILLERS, &r);
    int heard = n && r->num == 2 && tell; /* a listener read ("told reporters", "told Reuters"): the clause follows */
    if (heard) c += n;
    else if (c < end && cd_entity_at(doc, c) && cd_tok_is(doc, v, "told")) {
        c = cd_ent_stop(doc, cd_entity_at(doc, c));
        heard = 1;
    }
    while (c < end && (doc->toks[c].flags & TF_TIME)) c++;
    /* a listener of several words ("told the Radio Kent breakfast show Money Matters he") or a
     * place of saying ("said in a statement it", "said at a press conference he") */
    if (c < end && cd_str_is(cd_tok_role(doc, c, LX_CLAIM_VERB_CUES), "subject")) return c; /* "told the audience he" */
    if (tell || (c < end && cd_str_is(cd_tok_role(doc, c, LX_CLAIM_PHRASE_STOPS), "prep")))
        for (size_t k = c + 1; k < end && k < c + LISTENER_MAX; k++) {
            if (doc->toks[k].type == TOK_PUNCT && !cd_tok_possessive(doc, k)) break;
            const char *cue = cd_tok_role(doc, k, LX_CLAIM_VERB_CUES);
            if (cd_str_is(cue, "subject") && !cd_tok_is(doc, k, "who")) return k;
            if (clause_verb_role(cue)) heard = 1; /* its verb: begun */
            if (tell && !heard && opens_subject(doc, k, end)) return k;
        }
    return c;
}

/* The clause's last token: before the sentence's final punctuation and closing marks. */
static size_t clause_last(const cd_doc *doc, size_t first, size_t end)
{
    size_t last = end - 1;
    while (last > first && doc->toks[last].type == TOK_PUNCT &&
           (doc->toks[last].cp == '.' || doc->toks[last].cp == '!' || doc->toks[last].cp == '?'))
        last--;
    return last;
}

/* A reported clause: three words or more, and not longer than prose gets. */
static int clause_ok(const cd_doc *doc, size_t a, size_t b)
{
    return b >= a && b - a < CLAUSE_MAX && count_words(doc, a, b, 3) >= 3;
}

/* The subject at np_first opens the sentence, perhaps after a conjunction or a title ("But
 * Peskov said", "Mayor Karen Bass said"). */
/* Do tokens [first, np_first) describe the name at np_first, the subject of the speech verb at v,
 * in lower-case words after an article ("The ferry firm Kestrel said", "A bus maker Kestrel
 * said"): words only, no verb, preposition, conjunction or other word that ends a noun phrase? */
static int described_name(const cd_doc *doc, size_t first, size_t np_first, size_t v)
{
    if (np_first < first + 2 || !determiner(doc, first) || !cd_entity_at(doc, np_first)) return 0;
    /* "The plan Ann Roe announced is ...": the name's verb in a clause that qualifies the noun */
    size_t after = verb_end(doc, v);
    if (after < doc->n_toks && (clause_verb_role(cd_tok_role(doc, after, LX_CLAIM_VERB_CUES)) || verb_at(doc, after)))
        return 0;
    for (size_t k = first + 1; k < np_first; k++) {
        const cd_token *t = &doc->toks[k];
        if (t->type != TOK_WORD || (t->flags & (TF_CAP | TF_ALLCAPS)) || cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS) ||
            verb_at(doc, k) || cd_tok_rec(doc, k, LX_QUOTE_PRONOUNS))
            return 0;
    }
    return 1;
}

static int starts_sentence(const cd_doc *doc, size_t first, size_t np_first)
{
    if (np_first > first + NP_MAX) return 0;
    for (size_t k = first; k < np_first; k++)
        if (!cd_lex_has(cd_tok_entry(&doc->toks[k]), LX_ENT_STOPWORDS) && !np_token(doc, k)) return 0;
    return 1;
}

/* The speaker phrase after an inverted verb ends its clause: "..., said Peskov." or "..., warned
 * the bank, adding"; in "..., warned Mr Brown not to" Mr Brown is the listener. */
static int np_ends_clause(const cd_doc *doc, size_t i, size_t end)
{
    size_t k = i;
    while (k < end && k < i + 2 * NP_MAX &&
           (cd_entity_at(doc, k) || np_token(doc, k) || determiner(doc, k) || title_word(doc, k) ||
            title_modifier(doc, k, end)))
        k++;
    return k > i && (k >= end || doc->toks[k].type == TOK_PUNCT);
}

/* A listener and a colon after verb v: a direct quote follows, not a reported clause. */
static int listener_then_colon(const cd_doc *doc, size_t v, size_t end)
{
    for (size_t k = v + 1; k < end && k <= v + LISTENER_MAX; k++) {
        if (cd_tok_is_punct(doc, k, ':')) return 1;
        if (doc->toks[k].type == TOK_PUNCT && !cd_tok_possessive(doc, k) && !cd_tok_is_punct(doc, k, '-')) return 0;
    }
    return 0;
}

/* A reported clause follows verb v: "that", a subject pronoun, or an auxiliary soon after its
 * start ("BA warned that yields ... were expected"; "said the plan would"). "told GMTV's Sunday
 * programme." and "said on Friday." report no clause. */
static int clause_follows(const cd_doc *doc, size_t v, size_t end)
{
    size_t a = clause_start(doc, v, end);
    if (a >= end) return 0;
    if (a > v + 1 && cd_tok_is(doc, a - 1, "that")) return 1;
    if (cd_str_is(cd_tok_role(doc, a, LX_CLAIM_VERB_CUES), "subject")) return 1;
    return clause_verb_after(doc, a, end);
}

/* Is the word w (n bytes) plus the ending `end` a form of data/change_verbs.tsv? */
static int change_form(const char *w, size_t n, const char *end)
{
    char form[40];
    size_t m = strlen(end);
    if (n + m > sizeof form) return 0;
    memcpy(form, w, n);
    memcpy(form + n, end, m);
    return cd_lex_rec(cd_lex_lookup(form, n + m), LX_CHANGE_VERBS) != NULL;
}

/* Is token k a change verb's past form (data/change_verbs.tsv): one in -ed ("increased"), or one
 * that is no base form, as no form in -s, -es, -d or -ed is made from it ("rose", "fell"); not one
 * in -s, -ing or -tion, which may be a noun ("cuts", "a price rise", "the rule change", "a dip")? */
static int finite_change_verb(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    if (t->type != TOK_WORD || t->len < 3 || !cd_tok_in(doc, k, LX_CHANGE_VERBS)) return 0;
    const char *w = doc->text + t->start;
    size_t n = t->len;
    if (same_word(w + n - 2, "ed", 2)) return 1;
    if (w[n - 1] == 's' || same_word(w + n - 3, "ing", 3) || (n > 4 && same_word(w + n - 4, "tion", 4))) return 0;
    const char doubled[] = {w[n - 1], 'e', 'd', '\0'}; /* "dip": "dipped" */
    return !change_form(w, n, "s") && !change_form(w, n, "es") && !change_form(w, n, "d") && !change_form(w, n, "ed") &&
           !change_form(w, n, doubled);
}

static int plain_adverb(const cd_doc *doc, size_t k);

/* "Acme announced profits rose 10 pct": after a verb that takes an object, a change verb's finite
 * form soon after the next word (the clause's subject), with no punctuation, "to", determiner or
 * adverb right before it, tells a reported clause as an auxiliary does. */
static int change_clause_follows(const cd_doc *doc, size_t v, size_t end)
{
    size_t a = clause_start(doc, v, end);
    for (size_t k = a + 1; k < end && k < a + CLAUSE_VERB_WINDOW; k++) {
        if (ends_clause_search(doc, k)) return 0;
        if (finite_change_verb(doc, k)) /* "announced sharply increased dividends": a modifier's */
            return !cd_tok_is(doc, k - 1, "to") && !determiner(doc, k - 1) && doc->toks[k - 1].type == TOK_WORD &&
                   !plain_adverb(doc, k - 1);
    }
    return 0;
}

static int tells_a_story(const cd_doc *doc, size_t v, size_t after, size_t end);
static int claims_a_prize(const cd_doc *doc, size_t v, size_t after, size_t end);

/* The first token of a person's role set off by a comma before the name at np_first ("Its lawyer,
 * Ann Holt, said", "..., the club's new coach, Ivo Marek, told"), or np_first when no role is. */
static size_t role_before_name(cd_doc *doc, size_t first, size_t np_first)
{
    if (np_first < first + 2 || !cd_tok_is_punct(doc, np_first - 1, ',')) return np_first;
    const cd_entity *e = cd_entity_at(doc, np_first);
    size_t head = np_first - 2, d = head;
    if (!e || e->type != cd_type_person || !(heads_description(doc, head) || person_noun(doc, head))) return np_first;
    if (!determined_description(doc, NULL, head, first, &d).found) description_before(doc, head, head, first, &d);
    /* the role opens the sentence or is set off itself ("..., her lawyer, Ann Holt, said"); a title
     * inside a clause is the clause's ("... his term as US President, Ann Holt has said") */
    return d == first || (d > first && cd_tok_is_punct(doc, d - 1, ',')) ? d : np_first;
}

/* Does the speech verb at v close the clause whose report came before it ("CLAUSE, she said.",
 * "CLAUSE, a spokesman told Reuters on Monday.", "CLAUSE, he added, ...")? After it only a time,
 * a place of saying or (for "tell") a listener, up to a comma or the sentence's end. A verb with an
 * object or a clause of its own ("In a speech in May, Ann Roe predicted growth of 3%", "After the
 * vote, the firm announced a sale") reports that, and the phrase before its subject only sets the
 * scene: no one's words. A colon or a quote after it introduces a direct quote instead. */
/* A comma, a semicolon or a dash set off by spaces ("..., he said - falling short of"): the
 * attribution's clause ends at token k. */
static int closes_with(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    if (t->type != TOK_PUNCT) return 0;
    if (t->cp == ',' || t->cp == ';' || t->cp == 0x2014 || t->cp == 0x2013) return 1;
    return t->cp == '-' && !glued(doc, k);
}

/* A lower-case adverb that may follow a speech verb with nothing reported: "here", "there",
 * "again", "later" or a word in -ly ("said recently", "added quickly"). */
static int plain_adverb(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    if (t->type != TOK_WORD || (t->flags & (TF_CAP | TF_ALLCAPS | TF_QUOTED))) return 0;
    if (cd_tok_is(doc, k, "here") || cd_tok_is(doc, k, "there") || cd_tok_is(doc, k, "again") || cd_tok_is(doc, k, "later"))
        return 1;
    return t->len > 4 && memcmp(doc->text + t->start + t->len - 2, "ly", 2) == 0;
}

/* A word that opens a clause of when, why or what else after an attribution ("said while visiting
 * the fair", "added but gave no details", "said after the vote was counted"): no object of the
 * speech verb follows. */
static int opens_adjunct(const cd_doc *doc, size_t k)
{
    const char *role = cd_tok_role(doc, k, LX_CLAIM_PHRASE_STOPS);
    return cd_str_is(role, "conj") || cd_str_is(role, "rel") || cd_tok_is(doc, k, "after") ||
           cd_tok_is(doc, k, "before") || cd_tok_is(doc, k, "because") || cd_tok_is(doc, k, "since") ||
           cd_tok_is(doc, k, "until");
}

static int closes_report(const cd_doc *doc, size_t v, size_t end)
{
    size_t k = verb_end(doc, v);
    while (k < end && ((doc->toks[k].flags & TF_TIME) || cd_str_is(cd_tok_role(doc, k, LX_CLAIM_PHRASE_STOPS), "time") ||
                       plain_adverb(doc, k)))
        k++; /* "said on Monday", "said earlier", "said here", "said recently" */
    if (k >= end || ends_sentence(doc, k) || closes_with(doc, k)) return 1;
    /* "said while visiting the fair", "added but gave no details", "said after the vote was
     * counted": a clause of when, why or what else, no object of the verb */
    if (opens_adjunct(doc, k)) return 1;
    const cd_lexrec *verb = cd_tok_rec(doc, v, LX_QUOTE_VERBS);
    int tell = is_tell(verb); /* "told the BBC." */
    /* "replied to a query", "said to reporters"; not "promised to cut" */
    int to_listener = cd_tok_is(doc, k, "to") && k + 1 < end &&
                      (opens_description(doc, k + 1) || (doc->toks[k + 1].flags & TF_CAP));
    if (!tell && !to_listener && (!cd_str_is(cd_tok_role(doc, k, LX_CLAIM_PHRASE_STOPS), "prep") || cd_tok_is(doc, k, "to")))
        return 0; /* "predicted growth", "announced a deal", "said prices rose" */
    for (size_t n = 0; k < end && n < SAID_TAIL; k++, n++) {
        if (ends_sentence(doc, k) || closes_with(doc, k)) return 1;
        if (n > 0 && opens_adjunct(doc, k)) return 1; /* "told workers in a speech before driving ..." */
        const cd_token *t = &doc->toks[k];
        /* "told BBC Radio 4's Today programme.": a possessive, its mark glued on both sides */
        if (cd_tok_possessive(doc, k) ||
            (is_mark(t) && glued(doc, k) && k + 1 < end && (glued(doc, k + 1) || plural_possessive(doc, k))))
            continue; /* "told an investors' forum" too */
        /* "said in remarks prepared for delivery": a speech verb's word after a preposition or a
         * determiner is a noun */
        int noun = k > 0 && (cd_str_is(cd_tok_role(doc, k - 1, LX_CLAIM_PHRASE_STOPS), "prep") || determiner(doc, k - 1));
        if (is_mark(t) || cd_tok_is_punct(doc, k, ':') || cd_tok_is(doc, k, "that") ||
            cd_tok_rec(doc, k, LX_QUOTE_PRONOUNS) || !phrase_token(doc, k) || (!noun && verb_at(doc, k)))
            return 0;
    }
    return k >= end;
}

/* clause_follows(doc, v, end), asked once: *follows is -1 until it is asked, then its answer. */
static int clause_follows_once(const cd_doc *doc, size_t v, size_t end, int *follows)
{
    if (*follows < 0) *follows = clause_follows(doc, v, end);
    return *follows;
}

/* The indirect speech at the speech verb v (indirect's): 1 when it made a claim or kept its speaker
 * as the last one; else 0, with the speaker it found, if any, in *spoke and its first token in *at. */
static int report_indirect(cd_doc *doc, state *st, size_t first, size_t end, size_t v, speaker *spoke, size_t *at)
{
    if (v == first || cd_tok_is(doc, v - 1, "to")) return 0; /* "declined to say" */
    size_t verb_stop = verb_end(doc, v); /* the token after the verb's words ("pointed out") */
    size_t after = verb_stop;
    if (after < end && cd_tok_is_punct(doc, after, ',')) after++;
    if (after < end && (cd_tok_is_punct(doc, after, ':') || is_mark(&doc->toks[after]))) return 0; /* said: “...” */
    if (tells_a_story(doc, v, verb_stop, end) || claims_a_prize(doc, v, verb_stop, end)) return 0;
    size_t np_first = v;
    speaker sp = np_before(doc, st, v, first, &np_first);
    int inverted = 0;
    if (!sp.found && cd_tok_is_punct(doc, v - 1, ',') && np_ends_clause(doc, v + 1, end)) {
        sp = np_after(doc, verb_stop, end);
        inverted = 1;
        np_first = v;
    }
    if (!sp.found || np_first < first || (np_first > first && (doc->toks[np_first - 1].flags & TF_QUOTED))) return 0;
    *spoke = sp;
    *at = np_first;
    size_t a, b;
    /* "CLAUSE, her lawyer, Ann Holt, said": the clause ends before the role the name is set off
     * after; "The firm's lawyer, Ann Holt, said CLAUSE": no clause before the subject */
    size_t subject = inverted ? np_first : role_before_name(doc, first, np_first);
    if (subject > first && (doc->toks[subject - 1].flags & TF_QUOTED)) return 0; /* '"...," the aide, Ann Holt, said' */
    /* "CLAUSE, the Port Authority said": the article before a name opens the subject */
    if (!inverted && subject > first + 1 && cd_tok_is(doc, subject - 1, "the") && cd_tok_is_punct(doc, subject - 2, ','))
        subject--;
    int intro = subject > first + 3 && cd_tok_is_punct(doc, subject - 1, ',');
    /* "Yesterday the firm's lawyer, Ann Holt, said that ...": a name set off after its role opens
     * the reported clause's sentence as a subject does */
    int follows = -1; /* clause_follows, asked at most once below */
    int set_off = np_first > first + 3 && cd_tok_is_punct(doc, np_first - 1, ',') &&
                  clause_follows_once(doc, v, end, &follows);
    /* a verb of several words, or one of data/quote_words.tsv's kind 11, takes an object ("Melzer
     * pointed out the potential for a rise", "the band announced a concert"): what follows it is a
     * reported clause only when one is told ("pointed out that", "points out conditions will be") */
    if ((verb_stop > v + 1 || quote_word(doc, v) == OBJECT_VERB) && verb_stop < end &&
        doc->toks[verb_stop].type != TOK_PUNCT && !clause_follows_once(doc, v, end, &follows) &&
        !(verb_stop == v + 1 && change_clause_follows(doc, v, end)))
        return 0;
    if (intro && !(!inverted && clause_follows_once(doc, v, end, &follows))) { /* CLAUSE, X said. */
        if (!inverted && !closes_report(doc, v, end)) { /* "In May, X announced a sale": no report */
            if (sp.name) { /* still the last one named speaking, whom "he said" may mean next */
                set_last(st, &sp, np_first);
            }
            return 1;
        }
        a = first;
        b = subject - 2;
    } else if (!inverted && (intro || set_off || starts_sentence(doc, first, subject) ||
                                     described_name(doc, first, subject, v))) {
        /* X said (that) CLAUSE; "Earlier this week, X said (that) CLAUSE" */
        if (listener_then_colon(doc, v, end)) return 0; /* told the Reuters news agency: “...” */
        a = clause_start(doc, v, end);
        if (a >= end || is_mark(&doc->toks[a]) || doc->toks[a].type == TOK_PUNCT) return 0;
        b = clause_last(doc, a, end);
    } else {
        return 0;
    }
    if (!clause_ok(doc, a, b) || ((doc->toks[a].flags & TF_QUOTED) && is_mark(&doc->toks[a]))) return 0;
    cd_claim *c = add_quote(doc, st, cd_tokspan(doc, a, b), tokens_text(doc, a, b), &sp, 0, 1, np_first);
    if (!c) return 1;
    cd_claim_reason(doc, c, "indirect speech");
    if (sp.by_pronoun) cd_claim_reason(doc, c, "speaker by pronoun");
    return 1;
}

/* Indirect speech at the speech verb v: "X said (that) CLAUSE", "CLAUSE, X said". A person who speaks
 * in a clause that reports nothing the pass takes ("Ann Roe told reporters on Monday.", "But Ann
 * Roe, who chairs the board, said much was left to do") is still the last one speaking, whom a "he
 * said" or a quote paragraph after it goes on with. */
static void indirect(cd_doc *doc, state *st, size_t first, size_t end, size_t v)
{
    speaker sp = NO_SPEAKER;
    size_t at = 0;
    if (report_indirect(doc, st, first, end, v, &sp, &at) || !sp.name || sp.type != cd_type_person) return;
    /* "an aide to Ann Roe said", "Tom Kay, a director with Ann Roe, said": the name is no subject */
    if (at > first && cd_str_is(cd_tok_role(doc, at - 1, LX_CLAIM_PHRASE_STOPS), "prep")) return;
    /* a one-word name with no title ("the Ohio Republican said") may be a word misread as a name */
    if (!strchr(sp.name, ' ') && !title_word(doc, at)) return;
    /* '"...," has had 900 replies, Ann Roe said': a quote before it in the sentence, read after
     * this clause, finds its speaker itself */
    for (size_t k = first; k < at; k++)
        if (doc->toks[k].flags & TF_QUOTED) return;
    set_last(st, &sp, at);
    st->last_heard = 1;
}

/* Is the verb at v a form of "tell" whose object is a story, not a listener ("Harbour Lights
 * tells the story of a girl who ...", "he told a joke", "could not tell the difference"): it
 * narrates, and reports no one's words? */
static int tells_a_story(const cd_doc *doc, size_t v, size_t after, size_t end)
{
    const cd_lexrec *verb = cd_tok_rec(doc, v, LX_QUOTE_VERBS);
    if (!is_tell(verb)) return 0;
    size_t k = after;
    if (k < end && (determiner(doc, k) || possessive_pronoun(doc, k))) k++;
    return k < end && quote_word(doc, k) == TOLD_STORY;
}

/* Is the verb at v a form of "claim" whose object is a prize or a toll ("Ann Roe claimed her first
 * title last spring", "the club claimed first place", "the storm claimed 40 lives"), with no
 * reported clause after it ("claimed the title was rigged" reports one): it won or took something,
 * and reports no one's words? */
static int claims_a_prize(const cd_doc *doc, size_t v, size_t after, size_t end)
{
    const cd_lexrec *verb = cd_tok_rec(doc, v, LX_QUOTE_VERBS);
    if (!verb || !verb->str || !cd_str_is(verb->str, "claim") || clause_follows(doc, v, end)) return 0;
    for (size_t k = after; k < end && k < after + NP_MAX; k++) {
        if (quote_word(doc, k) == CLAIMED_PRIZE) return 1;
        if ((doc->toks[k].type == TOK_PUNCT && !cd_tok_possessive(doc, k) && !glued(doc, k)) || verb_at(doc, k)) return 0;
    }
    return 0;
}

/* "According to X, CLAUSE." and "CLAUSE, according to X." */
static void according_to(cd_doc *doc, state *st, size_t first, size_t end, size_t v)
{
    size_t np_end = v + 2;
    while (np_end < end && !cd_tok_is_punct(doc, np_end, ',') && !stops_search(doc, np_end) && np_end < v + 2 + NP_MAX)
        np_end++;
    speaker sp = np_after(doc, v + 2, np_end);
    /* "CLAUSE, according to its chief carer, Dr Mira Tallow.": a name set off after the role, closing
     * the sentence, is the speaker the role describes (not so at the start: "According to the
     * carer, Dr Mira Tallow will retire" names the clause's subject) */
    if (v > first && sp.type != cd_type_person && np_end + 1 < end && cd_tok_is_punct(doc, np_end, ',')) {
        size_t k = np_end + 1; /* past a title: "Dr", "Mr." */
        while (k < end && k < np_end + 4 && (title_word(doc, k) || abbrev_dot(doc, k))) k++;
        const cd_entity *e = k < end ? cd_entity_at(doc, k) : NULL;
        size_t after = e ? cd_ent_stop(doc, e) : 0;
        if (e && e->type == cd_type_person && doc->einfo[e - doc->ents].tok_first == k &&
            (after >= end || ends_sentence(doc, after)))
            sp = from_entity(e);
    }
    if (!sp.found) return;
    size_t a, b;
    if (v == first && np_end < end && cd_tok_is_punct(doc, np_end, ',')) {
        a = np_end + 1;
        if (a >= end) return;
        b = clause_last(doc, a, end);
    } else if (v > first + 3 && cd_tok_is_punct(doc, v - 1, ',')) {
        a = first;
        b = v - 2;
    } else {
        return;
    }
    if (!clause_ok(doc, a, b) || (doc->toks[a].flags & TF_QUOTED)) return;
    cd_claim *c = add_quote(doc, st, cd_tokspan(doc, a, b), tokens_text(doc, a, b), &sp, 0, 1, v);
    if (c) cd_claim_reason(doc, c, "indirect speech");
}

/* The speech verbs of the sentence [first, end), in order, among the cues (doc.c lists every word
 * that may be one); st->cue is the cursor in doc->cues. */
/* A cue that may be a speech verb of indirect speech: a word outside the quotes (the walks' test). */
static inline int may_speak(const cd_token *t)
{
    return t->type == TOK_WORD && !(t->flags & TF_QUOTED) && may_be_verb(t);
}

static void indirect_speech(cd_doc *doc, state *st, size_t first, size_t end)
{
    for (st->cue = cd_cue_from(doc, st->cue, first); st->cue < doc->n_cues && doc->cues[st->cue] < end; st->cue++) {
        size_t v = doc->cues[st->cue];
        if (!may_speak(&doc->toks[v])) continue;
        const cd_lexrec *r = verb_match(doc, v); /* verb_at without the tests just made */
        if (!r) continue;
        if (r->num == 1) indirect(doc, st, first, end, v);
        else if (r->num == 2) according_to(doc, st, first, end, v);
    }
}

static int same_quote(const cd_doc *doc, const quote_ref *a, const quote_ref *b)
{
    return a->hash == b->hash && same_words(doc->claims[a->claim].quote.quote, doc->claims[b->claim].quote.quote);
}

/* The same words quoted with a person's name elsewhere name the speaker of a quote that had only
 * an organization or nobody. */
static void share_speakers(cd_doc *doc, quotes *qs)
{
    size_t persons = 0;
    for (size_t i = 0; i < qs->n_refs; i++) persons += qs->refs[i].person;
    /* a story whose quotes all have a person, or none has, has no speaker to share: its repeated
     * quotes ("quotes with speakers", the same quote over and over) are not compared */
    if (persons == 0 || persons == qs->n_refs) return;
    size_t cap = 8;
    while (cap < qs->n_refs * 2 + 1) cap *= 2;
    size_t *slots = calloc(cap, sizeof *slots);
    if (!slots) {
        doc->oom = 1;
        return;
    }
    for (size_t i = 0; i < qs->n_refs; i++) { /* each text once: the first quote naming a person */
        if (!qs->refs[i].person) continue;
        size_t s = qs->refs[i].hash & (cap - 1);
        while (slots[s] && !same_quote(doc, &qs->refs[slots[s] - 1], &qs->refs[i])) s = (s + 1) & (cap - 1);
        if (!slots[s]) slots[s] = i + 1;
    }
    for (size_t i = 0; i < qs->n_refs; i++) {
        quote_ref *r = &qs->refs[i];
        if (r->person) continue;
        cd_claim *c = &doc->claims[r->claim];
        for (size_t s = r->hash & (cap - 1); slots[s]; s = (s + 1) & (cap - 1)) {
            const quote_ref *o = &qs->refs[slots[s] - 1];
            if (same_quote(doc, o, r)) {
                c->quote.speaker = doc->claims[o->claim].quote.speaker;
                cd_claim_reason(doc, c, "speaker from the same quote elsewhere");
                break;
            }
        }
    }
    free(slots);
}

void cd_find_quotes(cd_doc *doc)
{
    pairing p;
    memset(&p, 0, sizeof p);
    pair_marks(doc, &p);
    for (size_t i = 0; i < p.n_pairs; i++) {
        qpair *q = &p.pairs[i];
        for (size_t k = q->open; k <= q->close && k < doc->n_toks; k++) {
            doc->toks[k].flags |= TF_QUOTED;
            q->words += doc->toks[k].type == TOK_WORD;
        }
    }
    state st;
    memset(&st, 0, sizeof st);
    st.paras = p.paras;
    st.n_paras = p.n_paras;
    st.own_paragraph = doc->opt && doc->opt->attribution == CD_ATTRIBUTION_PARAGRAPH;
    story_sexes(doc, &st);
    titled_memo titled;
    memset(&titled, 0, sizeof titled);
    st.titled = &titled;
    quotes qs = {NULL, 0, 0, NULL, 0, 0, NULL, 0, 0};
    size_t next = 0, cue = 0; /* the next quote, and a cursor for the next cue that may_speak */
    for (size_t s = 0; s < doc->n_sinfo && !doc->oom && !p.oom; s++) {
        /* on to the sentence of the next quote or possible speech verb (the first that ends after
         * it): the sentences before have neither, and nothing for the walk to do */
        if (cue < st.cue) cue = st.cue; /* past the cues of the sentences read */
        while (cue < doc->n_cues && !may_speak(&doc->toks[doc->cues[cue]])) cue++;
        size_t tok = cue < doc->n_cues ? doc->cues[cue] : SIZE_MAX;
        if (next < p.n_pairs && p.pairs[next].open < tok) tok = p.pairs[next].open;
        while (s < doc->n_sinfo && doc->sinfo[s].tok_first + doc->sinfo[s].tok_count <= tok) s++;
        if (s >= doc->n_sinfo) break;
        size_t first = doc->sinfo[s].tok_first, end = first + doc->sinfo[s].tok_count;
        if (end > doc->n_toks) end = doc->n_toks;
        para_of(&st, first);
        st.sent = s;
        size_t nq = next;
        while (nq < p.n_pairs && p.pairs[nq].open < end) nq++;
        /* indirect speech first when its verb comes before the sentence's quotes: keeps the
         * last-speaker state in reading order */
        indirect_speech(doc, &st, first, end);
        for (; next < nq && !doc->oom; next++) direct_quote(doc, &st, &qs, &p.pairs[next], p.pairs, p.pairs + p.n_pairs);
    }
    if (p.oom) doc->oom = 1;
    if (!doc->oom) headline_quotes(doc, &qs);
    if (!doc->oom) share_speakers(doc, &qs);
    free((void *)st.sexes);
    free(qs.refs);
    free(qs.headline_quotes);
    free(qs.titles);
    free(p.pairs);
    free(p.paras);
    free(p.strays);
}
