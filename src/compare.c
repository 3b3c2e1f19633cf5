/* Comparison claims. Forms:
 *   superlative  "the biggest", "one of the biggest disappointments of 2017", "the worst they've
 *                been since the end of the Cold War", "the second-largest", "the most expensive";
 *   record       "a record high", "record numbers", "unprecedented", "all-time";
 *   multiple     "twice as many", "double the", "more than triple", "three times as", "tenfold";
 *   comparative  "higher than", "more expensive than" (not "more than 500": a qualifier);
 *   ordinal      an ordinal that ranks in a scope: "the second ... this year", "the first time",
 *                "the third straight year", "first-ever".
 * The heads are in data/compare_words.tsv, the words around them in data/compare_context.tsv.
 * No claim: a superlative of judgement with nothing to bound it ("the best film", "the most
 * important thing") and one that stands for a group of people ("help the poorest"); their words
 * are in data/compare_judgements.tsv. A judgement stays a claim when its noun is an event or a
 * count ("the worst flooding"), when it is an owner's result ("her best time"), or when a scope
 * comes later in its clause ("the best we have ever had", "in two decades").
 * A ranking's span runs from its determiner (or "one of the") through its noun and its
 * complement ("of 2017", "since ...", "in history") within the sentence; with no complement, the
 * noun ends before a word that opens the next clause ("the worst drought I ...").
 */
#include <string.h>

#include "internal.h"

#define HEAD_MAX 4       /* words of the noun after a superlative: "biggest disappointments" */
#define SCOPE_WINDOW 4   /* tokens between a ranking and its "since"/"ever" */
#define COMPLEMENT_MAX 8 /* tokens of a complement: "since the end of the Cold War" */
#define THAN_WINDOW 3    /* tokens between a comparative and "than" */
#define POSSESSED_MAX 4  /* tokens of the noun after a possessive: "analysts' profit forecasts" */
#define CLAUSE_MAX 16    /* tokens after a judged ranking searched for a scope: its clause */
#define PERIOD_WINDOW 5  /* tokens between "in" and its period: "in the post-war period" */

typedef struct cmp_sent {
    size_t first, last;
} cmp_sent;

/* The role of the word or phrase at token i in class cls (LX_COMPARE_WORDS for heads,
 * LX_COMPARE_CONTEXT for the words around them); its token count in *len. */
static const char *role_at(const cd_doc *doc, size_t i, int cls, size_t *len)
{
    const cd_lexrec *r = NULL;
    *len = doc->toks[i].type == TOK_WORD ? cd_lex_match(doc, i, cls, &r) : 0;
    return *len && r && r->str ? r->str : "";
}

static int head_is(const cd_doc *doc, size_t i, const char *role)
{
    size_t len;
    return i < doc->n_toks && cd_str_is(role_at(doc, i, LX_COMPARE_WORDS, &len), role);
}

static int context_is(const cd_doc *doc, size_t i, const char *role)
{
    size_t len;
    return i < doc->n_toks && cd_str_is(role_at(doc, i, LX_COMPARE_CONTEXT, &len), role);
}

/* Token i is part of a number (the flag first: most tokens are not, and need no search). */
static int in_number(const cd_doc *doc, size_t i)
{
    return i < doc->n_toks && (doc->toks[i].flags & TF_NUMBER) && cd_number_at(doc, i) < doc->n_nums;
}

/* The dot of an initial inside a name ("U.S.", "N.Y."): right after a one-letter capital. It ends
 * no complement: cut there, "the largest banks in the U.S." was "... in the U". */
static int initial_dot(const cd_doc *doc, size_t i)
{
    const cd_token *w = cd_dot_word(doc, i);
    return w && w->len == 1 && (w->flags & TF_CAP);
}

/* An initial's dot that goes on: another initial right after it ("U.", "S."), or a word that is
 * no capital after a space ("the U.S. market"). Before a capital it may end a sentence the
 * splitter joined ("the U.S. Norstar said"): the complement stops there, dot included. */
static int inner_initial_dot(const cd_doc *doc, size_t i)
{
    if (!initial_dot(doc, i) || i + 1 >= doc->n_toks) return 0;
    const cd_token *n = &doc->toks[i + 1];
    return !((n->flags & TF_CAP) && (n->flags & (TF_SPACE_BEFORE | TF_NEWLINE_BEFORE)));
}

/* One past the initials from token k on: each a letter and its dot ("S." of "U.S."). The
 * complement's window reads through an initialism's inner dots (is_punct) and only stops in one
 * at its limit or at a last dot before a capital; this finishes it. (noun_end_at reads on
 * differently: the noun's words after an inner dot, and an amount at the last dot.) */
static size_t initial_pairs_end(const cd_doc *doc, size_t k, const cmp_sent *s)
{
    while (k + 1 <= s->last && initial_dot(doc, k + 1)) k += 2;
    return k;
}

static int is_punct(const cd_doc *doc, size_t i)
{
    const cd_token *t = &doc->toks[i];
    if (t->type != TOK_PUNCT || in_number(doc, i) || inner_initial_dot(doc, i)) return 0; /* "$40", "5%", "U.S." */
    return !((t->cp == '-' || t->cp == '$' || t->cp == '%') && !(t->flags & TF_SPACE_BEFORE));
}

/* One past a time expression (time.c marked its tokens TF_TIME) that a complement cut before token
 * k, k > j, would split: "since Jan. 5, 2004" stopped at the abbreviation's dot, "... 20 years ago"
 * at COMPLEMENT_MAX. A time expression is one unit, so the complement runs on to its end within the
 * sentence; left at k, the claim ended on a bare "20" or "Jan". Returns k when nothing is split. */
static size_t time_end(const cd_doc *doc, size_t j, size_t k, const cmp_sent *s)
{
    if (k <= j || k > s->last || !(doc->toks[k - 1].flags & TF_TIME)) return k;
    while (k <= s->last && (doc->toks[k].flags & TF_TIME)) k++;
    return k;
}

/* Whether token k (k > j) opens a clause of the sentence that the complement starting at j ends
 * before: a cause anywhere ("the worst of the decade because of the strike"), or after a "than"
 * complement's first word a time preposition with a word after it ("higher than expected after the
 * storm", "more than usual during the visit"). */
static int cause_or_time_clause(const cd_doc *doc, size_t j, size_t k, const cmp_sent *s)
{
    if (context_is(doc, k, "cause")) return 1;
    return k > j + 1 && cd_tok_is(doc, j, "than") && context_is(doc, k, "when") && k < s->last &&
           doc->toks[k + 1].type == TOK_WORD;
}

/* Whether token k, inside a "than" complement that starts at j, is the subject pronoun of a clause
 * that follows the compared noun phrase: "lower than the six tonnes it had hoped to mine",
 * "more data than the DVDs we buy". The compared thing ends at its noun. Right after "than" the
 * pronoun is the compared thing ("than it was"), after a preposition its object ("than in it"),
 * and after "what" the what-clause is ("than what we got"). */
static int clause_subject(const cd_doc *doc, size_t j, size_t k, const cmp_sent *s)
{
    if (k <= j + 1 || k > s->last || !cd_tok_is(doc, j, "than")) return 0;
    if (!cd_str_is(cd_tok_role(doc, k, LX_CLAIM_VERB_CUES), "subject") || cd_tok_is(doc, k, "who")) return 0;
    /* a whole word: the "i" of "the i9 chip" is none */
    if (k < s->last && !(doc->toks[k + 1].flags & (TF_SPACE_BEFORE | TF_NEWLINE_BEFORE))) return 0;
    const cd_token *p = &doc->toks[k - 1];
    return p->type == TOK_WORD && !cd_tok_in(doc, k - 1, LX_CLAIM_PHRASE_STOPS) &&
           !cd_tok_in(doc, k - 1, LX_CLAIM_DETERMINERS) && !cd_tok_is(doc, k - 1, "what");
}

/* A single quote mark that opens a quotation: a left curly one, or a straight one after a space
 * (or first in its sentence) with a word right after it. */
static int single_opener(const cd_doc *doc, size_t i, const cmp_sent *s)
{
    const cd_token *t = &doc->toks[i];
    if (t->type != TOK_PUNCT) return 0;
    if (t->cp == 0x2018) return 1;
    return t->cp == '\'' && (i == s->first || (t->flags & (TF_SPACE_BEFORE | TF_NEWLINE_BEFORE))) &&
           i + 1 <= s->last && !(doc->toks[i + 1].flags & (TF_SPACE_BEFORE | TF_NEWLINE_BEFORE));
}

/* Whether the mark at token i closes a single quotation opened earlier in the sentence: going back,
 * an opener comes before any other single mark glued to a word's end. */
static int closes_quote(const cd_doc *doc, size_t i, const cmp_sent *s)
{
    for (size_t k = i; k-- > s->first;) {
        if (single_opener(doc, k, s)) return 1;
        const cd_token *t = &doc->toks[k];
        if (t->type == TOK_PUNCT && (t->cp == '\'' || t->cp == 0x2019)) return 0;
    }
    return 0;
}

/* The apostrophe of a plural possessive, "analysts' forecasts": a straight or curly mark glued to a
 * word ending in s, then a space and a word that is no stop word (its noun). A closing quote looks
 * the same ("called it 'cheaper than rivals' on Monday"): a mark that closes an open single
 * quotation is not one, and the compared thing ends before it. */
static int plural_possessive(const cd_doc *doc, size_t i, const cmp_sent *s)
{
    const cd_token *t = &doc->toks[i], *w = i > s->first ? &doc->toks[i - 1] : NULL;
    if (t->type != TOK_PUNCT || (t->cp != '\'' && t->cp != 0x2019) || !w || w->type != TOK_WORD ||
        (t->flags & (TF_SPACE_BEFORE | TF_NEWLINE_BEFORE)) || i + 1 > s->last)
        return 0;
    char last = doc->text[cd_tok_stop(w) - 1];
    const cd_token *n = &doc->toks[i + 1];
    if ((last != 's' && last != 'S') || n->type != TOK_WORD || (n->flags & TF_NEWLINE_BEFORE) ||
        !(n->flags & TF_SPACE_BEFORE) || cd_tok_in(doc, i + 1, LX_CLAIM_PHRASE_STOPS))
        return 0;
    return !closes_quote(doc, i, s);
}

/* The tokens of a possessive mark at token i, 0 if none: a "'s" word or a plural's apostrophe
 * (1), or after a figure an apostrophe and an "s" the tokenizer split (2: "1986's total"). */
static size_t possessive_mark(const cd_doc *doc, size_t i, const cmp_sent *s)
{
    if (i > s->last) return 0;
    if (cd_tok_possessive(doc, i) || plural_possessive(doc, i, s)) return 1;
    const cd_token *t = &doc->toks[i];
    const int gap = TF_SPACE_BEFORE | TF_NEWLINE_BEFORE;
    if (t->type != TOK_PUNCT || (t->cp != '\'' && t->cp != 0x2019) || i == s->first || i + 1 > s->last ||
        (t->flags & gap) || (doc->toks[i + 1].flags & gap))
        return 0;
    return cd_tok_is(doc, i + 1, "s") && !closes_quote(doc, i, s) ? 2 : 0;
}

/* Whether a possessive mark ends just before token k. */
static int after_possessive(const cd_doc *doc, size_t k, const cmp_sent *s)
{
    return (k >= 1 && possessive_mark(doc, k - 1, s) == 1) || (k >= 2 && possessive_mark(doc, k - 2, s) == 2);
}

/* A complement that ends at token k just after a possessive ("'s", or a plural's apostrophe) ends
 * after the possessed noun: "better than analysts' expectations" was cut to "... analysts", and a
 * dangling "'s" was trimmed as a determiner. An elliptic "'s" before punctuation ("better than
 * Mexico's.") ends the complement as it is, and so does one at the sentence's end. Returns k when
 * there is nothing to add. */
static size_t possessive_end(const cd_doc *doc, size_t j, size_t k, const cmp_sent *s)
{
    /* a window that stopped on the mark itself: "than last year's total" */
    if (k > j) k += possessive_mark(doc, k, s);
    if (k == 0 || k > s->last || cause_or_time_clause(doc, j, k, s) || !after_possessive(doc, k, s)) return k;
    size_t e = cd_phrase_end(doc, k, s->last, POSSESSED_MAX);
    /* never half a compound: "the bank's rate-setting panel" cut after "rate" */
    while (e > k && e + 1 <= s->last && cd_tok_is_punct(doc, e, '-') && !(doc->toks[e].flags & TF_SPACE_BEFORE) &&
           doc->toks[e + 1].type == TOK_WORD && !(doc->toks[e + 1].flags & (TF_SPACE_BEFORE | TF_NEWLINE_BEFORE)))
        e += 2;
    return e;
}

/* A possessive "'s" that ends its sentence or comes before punctuation or a clause the complement
 * ends before: the possessed thing is left out ("better than Mexico's."), and the "'s" is no
 * determiner to trim. */
static int elliptic_possessive(const cd_doc *doc, size_t j, size_t i, const cmp_sent *s)
{
    return cd_tok_possessive(doc, i) &&
           (i >= s->last || doc->toks[i + 1].type == TOK_PUNCT || (i > j && cause_or_time_clause(doc, j, i + 1, s)));
}

/* Whether token k turns to another time, before or after an event: "before", "after", "ahead of",
 * "prior to" (not a compound's: "after-tax"). */
static int time_turn(const cd_doc *doc, size_t k)
{
    int dir;
    if (k + 1 >= doc->n_toks || cd_tok_is_punct(doc, k + 1, '-')) return 0;
    return cd_time_turn(doc, k, doc->n_toks, &dir) != 0;
}

/* The role of token k in data/compare_judgements.tsv: "judgement", "group", "people", "verb" or "". */
static const char *judged_as(const cd_doc *doc, size_t k, const cmp_sent *s)
{
    return k <= s->last && doc->toks[k].type == TOK_WORD ? cd_tok_role(doc, k, LX_COMPARE_JUDGEMENTS) : "";
}

/* Whether token k is a plain word, one a noun phrase may hold: no preposition, conjunction,
 * determiner, pronoun or verb cue. */
static int plain_word(const cd_doc *doc, size_t k)
{
    return doc->toks[k].type == TOK_WORD && !cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS) &&
           !cd_tok_in(doc, k, LX_CLAIM_DETERMINERS) && !cd_tok_in(doc, k, LX_CLAIM_VERB_CUES);
}

/* Whether token k, the second word after a joining "and", is a verb: a change or event verb or a
 * lower-case "-ed" form. Then the first word is a subject and a clause goes on ("and rents rose",
 * "and tenants moved"), no second noun. */
static int joined_verb(const cd_doc *doc, size_t k)
{
    if (cd_tok_in(doc, k, LX_CHANGE_VERBS) || cd_tok_in(doc, k, LX_EVENT_VERBS)) return 1;
    return cd_tok_ed_form(doc, k);
}

/* One past a noun that "and" or "or" at token k joins to the compared thing at the end of its
 * sentence or clause: one or two plain words, then punctuation or the sentence's end ("than
 * potters and weavers.", "than banks and credit unions, since"). k when there is none: after
 * "and" a clause goes on ("higher than planned and the tenants left", "and rents rose"). */
static size_t joined_noun_end(const cd_doc *doc, size_t k, const cmp_sent *s)
{
    if (!cd_tok_is(doc, k, "and") && !cd_tok_is(doc, k, "or")) return k;
    size_t e = k + 1;
    while (e <= s->last && e < k + 3 && plain_word(doc, e) && !*cd_tok_role(doc, e, LX_COMPARE_JUDGEMENTS)) {
        if (e == k + 2 && joined_verb(doc, e)) return k;
        e++;
    }
    if (e == k + 1) return k;
    return e > s->last || is_punct(doc, e) ? e : k;
}

/* Whether token k starts another clause of the sentence: a verb of the sentence or a conjunction
 * ("is", "said", "but", "while"; "clause" in data/compare_judgements.tsv, the list the judged-scope
 * search stops at too), and with finite set a verb no noun phrase goes on with ("finite": in "the
 * cheapest lamps in 2009 included a brass one" a ranking's scope ends at its year). Not a modal:
 * "ever" after one is the ranking's own relative clause ("the best game you will ever play"), and
 * a main verb after a modal leaves no room in the window. */
static int clause_word(const cd_doc *doc, size_t k, int finite)
{
    if (doc->toks[k].type != TOK_WORD) return 0;
    const char *role = cd_tok_role(doc, k, LX_COMPARE_JUDGEMENTS);
    return (cd_str_is(role, "clause") || (finite && cd_str_is(role, "finite"))) &&
           !cd_str_is(cd_tok_role(doc, k, LX_CLAIM_VERB_CUES), "modal");
}

/* One past the last token of a complement that starts at j: up to punctuation, a conjunction
 * (but through one that joins a last noun: joined_noun_end), relative word or auxiliary (but
 * through one before an expectation), COMPLEMENT_MAX tokens or the sentence end (a line break
 * inside the sentence is a hard wrap: the complement goes on across it), and never inside a time
 * expression.
 * A counted period after "in" ends before a turn to another time (time_turn): in "its top mark in
 * over a year, ahead of the vote next week" the vote's week is no part of the ranking's scope,
 * which is counted back from the story's time; "in the years before the war" is a period the
 * turn sets, and after "since" or "than" it is the scope too ("the lowest since the day after"). */
static size_t complement_end(const cd_doc *doc, size_t j, const cmp_sent *s)
{
    size_t k = j;
    int in = cd_tok_is(doc, j, "in"), counted = 0;
    while (k <= s->last && k - j < COMPLEMENT_MAX && (!is_punct(doc, k) || possessive_mark(doc, k, s))) {
        const char *role = cd_tok_role(doc, k, LX_CLAIM_PHRASE_STOPS);
        size_t joined = k > j && cd_str_is(role, "conj") ? joined_noun_end(doc, k, s) : k;
        if (joined > k) {
            k = joined;
            break;
        }
        /* an auxiliary before an expectation is the compared thing's: "than analysts had forecast" */
        if (k > j && cd_str_is(role, "aux") && cd_tok_is(doc, j, "than") &&
            cd_str_is(judged_as(doc, k + 1, s), "expectation")) {
            k += 2;
            break;
        }
        if (k > j && (cd_str_is(role, "conj") || cd_str_is(role, "rel") || cd_str_is(role, "aux"))) break;
        /* a "than" complement keeps its verb: "lower than they look" */
        if (k > j + 1 && !cd_tok_is(doc, j, "than") && clause_word(doc, k, 1) && !cd_tok_is(doc, k, "than")) break;
        if (counted && time_turn(doc, k)) break;
        if (k > j && cause_or_time_clause(doc, j, k, s)) break;
        if (clause_subject(doc, j, k, s)) break;
        counted |= in && (cd_tok_is(doc, k, "a") || cd_tok_is(doc, k, "an") || in_number(doc, k));
        k++;
    }
    size_t t = time_end(doc, j, k, s);
    if (t > k) return t; /* whole, and no trimming below: "earlier" may end it */
    /* never half an initialism: "in the U.S." keeps its last dot, and a window that cut "U." from
     * "U.K." goes on to the end of it */
    if (k <= s->last && k > j && initial_dot(doc, k)) return initial_pairs_end(doc, k + 1, s);
    if (k > j && initial_dot(doc, k - 1)) k = initial_pairs_end(doc, k, s);
    /* never half a number: "with a 3% to 3.5% improvement" cut after "3" ends before it */
    size_t n = k > j + 1 ? cd_number_at(doc, k - 1) : doc->n_nums;
    if (n < doc->n_nums && cd_range_stop(&doc->ninfo[n]) > k && doc->ninfo[n].tok_first > j)
        k = doc->ninfo[n].tok_first;
    size_t p = possessive_end(doc, j, k, s);
    if (p > k) return p;
    /* no dangling punctuation or preposition at the end: "... against the pair for"; an elliptic
     * possessive stays ("better than Mexico's.") */
    while (k > j + 1 && ((doc->toks[k - 1].type == TOK_PUNCT && !initial_dot(doc, k - 1)) ||
                         cd_tok_in(doc, k - 1, LX_CLAIM_PHRASE_STOPS) ||
                         (cd_tok_in(doc, k - 1, LX_CLAIM_DETERMINERS) && !elliptic_possessive(doc, j, k - 1, s))))
        k--;
    return k;
}

/* One past the noun after a head (cd_phrase_end's), read on through the inner dots of an
 * initialism: "the largest U.S. company", "a record 16.1 billion U.S. dlrs". Cut at the first dot,
 * the claim ended on a lone "U". A last dot before a capital may end a sentence the splitter
 * joined ("U.S. Dlrs", "U.S. Norstar said"): the noun stops after it, dot included. */
static size_t noun_end_at(const cd_doc *doc, size_t head, const cmp_sent *s)
{
    size_t end = cd_phrase_end(doc, head, s->last, HEAD_MAX);
    while (end > head && end <= s->last && initial_dot(doc, end)) {
        size_t more = end + 1;
        if (end < s->last && inner_initial_dot(doc, end)) more = cd_phrase_end(doc, end + 1, s->last, HEAD_MAX);
        if (more == end + 1) { /* the last dot: "U.S." whole, and an amount in it whole ("U.S. Dlrs") */
            size_t n = cd_number_at(doc, end);
            end++;
            if (n < doc->n_nums && cd_range_stop(&doc->ninfo[n]) > end &&
                cd_range_stop(&doc->ninfo[n]) <= s->last + 1)
                end = cd_range_stop(&doc->ninfo[n]);
            break;
        }
        end = more;
    }
    return end;
}

/* A token that may come between "for" and the length of time that scopes a ranking: a determiner
 * or a qualifier ("for the past", "for nearly a", "for more than"), or part of a number. */
static int period_lead(const cd_doc *doc, size_t k)
{
    size_t len;
    return in_number(doc, k) || cd_tok_in(doc, k, LX_CLAIM_DETERMINERS) || cd_tok_is(doc, k, "past") ||
           cd_tok_is(doc, k, "last") || cd_tok_is(doc, k, "over") ||
           cd_str_is(role_at(doc, k, LX_COMPARE_CONTEXT, &len), "approx") || cd_tok_is(doc, k, "than");
}

/* One past a period after "for" at token j that scopes a ranking as "in" does: "the slowest intake
 * for almost a decade", "the worst for 12 years", "record sales for 2015", "its highest for the
 * quarter". Up to a unit of time (time_words.tsv) or a date (TF_TIME), after determiners,
 * qualifiers and figures only. bounded() took such a ranking for a claim, but its span ended at
 * the noun and left out the scope a checker looks up. Returns j when there is none: "the best
 * plan for the company" names a purpose; "the lowest price for a two-year contract" and "for a
 * month's supply" name what the length of time modifies. */
static size_t period_for_end(const cd_doc *doc, size_t j, const cmp_sent *s)
{
    if (j > s->last || !cd_tok_is(doc, j, "for")) return j;
    size_t k = j + 1;
    for (; k <= s->last && !cd_str_is(cd_tok_role(doc, k, LX_TIME_WORDS), "unit") && !(doc->toks[k].flags & TF_TIME);
         k++)
        if (k >= j + SCOPE_WINDOW || is_punct(doc, k) || !period_lead(doc, k)) return j;
    if (k > s->last || cd_tok_is_punct(doc, k - 1, '-')) return j;
    size_t end = time_end(doc, j, k + 1, s);
    if (end > s->last) return end;
    if (possessive_mark(doc, end, s) || cd_tok_is_punct(doc, end, '-')) return j;
    /* "the lowest for any week since 1979": the scope goes on */
    if (context_is(doc, end, "scope")) return complement_end(doc, end, s);
    /* a noun or a name after it is what the period modifies: "for a spring launch", "for opening
     * day crowds" */
    return plain_word(doc, end) ? j : end;
}

/* The end of a ranking's complement after its noun (which ends before j): a preposition right
 * there ("of 2017", "in history"), or a scope word a few tokens on ("they've been since ...").
 * The short search stops at punctuation and at a new clause: in "the best plan is to wait since
 * prices fall" the "since" belongs to the verb's clause, not to the ranking. Returns j when there
 * is none. */
static size_t ranking_end(const cd_doc *doc, size_t j, const cmp_sent *s)
{
    if (j > s->last) return j;
    size_t period = period_for_end(doc, j, s);
    if (period > j) return period;
    if (cd_tok_is(doc, j, "of") || cd_tok_is(doc, j, "in") || cd_tok_is(doc, j, "on") ||
        context_is(doc, j, "scope"))
        return complement_end(doc, j, s);
    for (size_t k = j + 1; k <= s->last && k < j + SCOPE_WINDOW; k++) {
        if (is_punct(doc, k - 1) || cd_str_is(cd_tok_role(doc, k - 1, LX_CLAIM_PHRASE_STOPS), "conj") ||
            clause_word(doc, k - 1, 0))
            break;
        if (context_is(doc, k, "scope")) return complement_end(doc, k, s);
    }
    return j;
}

/* The first token of the owner before the possessive at token k ("Bekele's", "the city's",
 * "Maurice Greene's"): a whole name, or a word and its determiner. */
static size_t owner_start(const cd_doc *doc, size_t k, const cmp_sent *s)
{
    if (k <= s->first) return k;
    const cd_entity *e = cd_entity_at(doc, k - 1);
    if (e) {
        size_t f = doc->einfo[e - doc->ents].tok_first;
        return f >= s->first ? f : k;
    }
    k--;
    if (k > s->first && cd_tok_in(doc, k - 1, LX_CLAIM_DETERMINERS)) k--;
    return k;
}

/* A determiner before token i that makes a ranking ("the", "its", "Bekele's"); returns the
 * ranking's first token, or s->last + 1. "a best actor prize" is a prize, not a ranking. */
static size_t determiner_start(const cd_doc *doc, size_t i, const cmp_sent *s)
{
    if (i <= s->first || !cd_tok_in(doc, i - 1, LX_CLAIM_DETERMINERS)) return s->last + 1;
    if (cd_tok_is(doc, i - 1, "a") || cd_tok_is(doc, i - 1, "an")) return s->last + 1;
    return cd_tok_possessive(doc, i - 1) ? owner_start(doc, i - 1, s) : i - 1;
}

/* The first token of an ordinal that ends at token k and ranks the superlative after it, a word
 * ("third") or in digits ("3rd"); k + 1 if there is none. */
static size_t rank_ordinal(const cd_doc *doc, size_t k)
{
    if (head_is(doc, k, "ordinal")) return k;
    size_t n = cd_number_at(doc, k); /* n_nums: none */
    if (n < doc->n_nums && doc->nums[n].kind == CD_NUM_ORDINAL &&
        cd_range_stop(&doc->ninfo[n]) == k + 1)
        return doc->ninfo[n].tok_first;
    return k + 1;
}

/* "personal" right before the superlative at token i ("a personal best of 10.4 seconds"): an
 * athlete's own record, whose claim starts there; its token, or i. */
static size_t personal_start(const cd_doc *doc, size_t i, const cmp_sent *s)
{
    return i > s->first && cd_tok_is(doc, i - 1, "personal") ? i - 1 : i;
}

/* A count of one token at token k, in digits or a number word ("two", "25"), no ordinal. */
static int cardinal_at(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    if (t->type != TOK_NUM && !(t->type == TOK_WORD && cd_tok_in(doc, k, LX_NUM_WORD))) return 0;
    size_t n = cd_number_at(doc, k); /* n_nums: none */
    return n >= doc->n_nums || doc->nums[n].kind != CD_NUM_ORDINAL;
}

/* Where a ranking at token i starts: its determiner, an ordinal joined by a hyphen ("the
 * second-largest"), and a group before it ("one of the", "among the"). Returns s->last + 1 if
 * there is no determiner. */
static size_t ranking_start(const cd_doc *doc, size_t i, const cmp_sent *s)
{
    size_t k = personal_start(doc, i, s); /* "her personal best" */
    if (k >= s->first + 2 && cd_tok_is_punct(doc, k - 1, '-') && head_is(doc, k - 2, "ordinal")) k -= 2;
    else if (k > s->first + 1 && rank_ordinal(doc, k - 1) < k && rank_ordinal(doc, k - 1) > s->first)
        k = rank_ordinal(doc, k - 1); /* "its second lowest price": the rank is the claim's */
    else if (k > s->first + 1 && cardinal_at(doc, k - 1) && determiner_start(doc, k - 1, s) <= s->last)
        k--; /* "the two biggest", "the region's six largest": how many are ranked is the claim's */
    k = determiner_start(doc, k, s); /* "the city's biggest" */
    if (k > s->last) return k;
    if (k > s->first && context_is(doc, k - 1, "group") && cd_tok_is(doc, k - 1, "among")) return k - 1;
    if (k >= s->first + 2 && cd_tok_is(doc, k - 1, "of") &&
        (context_is(doc, k - 2, "group") || in_number(doc, k - 2)))
        return k - 2;
    return k;
}

static cd_claim *add_comparison(cd_doc *doc, size_t si, size_t a, size_t end, const char *form)
{
    cd_claim *c = cd_add_claim(doc, CD_CLAIM_COMPARISON, cd_tokspan(doc, a, end - 1), si);
    if (!c) return NULL;
    c->comparison.form = form;
    cd_claim_take_numbers(doc, c);
    cd_claim_reason(doc, c, "comparison");
    if (cd_str_is(form, "superlative") || cd_str_is(form, "record")) cd_claim_reason(doc, c, form);
    return c;
}

/* A capitalized word inside a sentence is a name ("Best Buy", "Record Bar"), not a comparison; at
 * the start of a line inside it too (a hard wrap: "officials of\nRecord Bar"). */
static int mid_cap(const cd_doc *doc, size_t i, const cmp_sent *s)
{
    return i > s->first && (doc->toks[i].flags & TF_CAP);
}

/* Whether token k opens a period that scopes a ranking as "since" does: "in" and, a few words on
 * within the clause, a span of time ("in two decades", "in the post-war period"), not one that
 * "of" names ("in the period of the talks"). */
static int period_scope(const cd_doc *doc, size_t k, const cmp_sent *s)
{
    if (!cd_tok_is(doc, k, "in")) return 0;
    for (size_t p = k + 1; p <= s->last && p <= k + PERIOD_WINDOW && !is_punct(doc, p); p++)
        if (cd_str_is(judged_as(doc, p, s), "period")) return !(p < s->last && cd_tok_is(doc, p + 1, "of"));
    return 0;
}

/* Whether a scope follows a ranking that ends before token end, in its clause: a scope word
 * ("since", "ever"), a bound ("yet", "to date") or a period after "in", however far, as long as no
 * punctuation, verb of the sentence or new clause comes first ("the worst faced by the city's
 * council since 1990", "the best results we have ever had"; not "the best plan is to wait
 * since ...", "the best offer, more than ever"). "and" may join a second noun: "the best sales and
 * profits we have ever had"; "than" opens a comparison, whose "ever" is its own. */
static int clause_scope(const cd_doc *doc, size_t end, const cmp_sent *s)
{
    for (size_t k = end; k <= s->last && k < end + CLAUSE_MAX; k++) {
        if (is_punct(doc, k) && !possessive_mark(doc, k, s)) return 0;
        size_t len;
        const char *role = role_at(doc, k, LX_COMPARE_JUDGEMENTS, &len);
        if (cd_str_is(role, "bound") || context_is(doc, k, "scope") || period_scope(doc, k, s)) return 1;
        if (cd_str_is(role, "clause")) return 0;
    }
    return 0;
}

/* Whether a ranking from start to end, its noun ending at noun_end, has what makes it checkable: a
 * complement ("of the year", "since 1990", "in Europe"), a scope or record word in its noun ("the
 * best-ever"), a figure or a date in it, a scope later in its clause (clause_scope: "the best we
 * have ever had"), or "for" and a figure or date a few words on ("the worst for ten years"),
 * which no complement reads. With owners, an owner's "'s" bounds it too ("Europe's worst"); "his
 * best" is still a view. */
static int bounded(const cd_doc *doc, size_t start, size_t noun_end, size_t end, int owners, const cmp_sent *s)
{
    if (end > noun_end) return 1;
    for (size_t k = start; k < end; k++)
        if ((owners && cd_tok_possessive(doc, k)) || in_number(doc, k) || (doc->toks[k].flags & TF_TIME) ||
            context_is(doc, k, "scope") || head_is(doc, k, "record"))
            return 1;
    if (clause_scope(doc, end, s)) return 1;
    if (end > s->last || !cd_tok_is(doc, end, "for")) return 0;
    for (size_t k = end + 1; k <= s->last && k <= end + SCOPE_WINDOW && !is_punct(doc, k); k++)
        if (in_number(doc, k) || (doc->toks[k].flags & TF_TIME)) return 1;
    return 0;
}

/* Whether a word of the noun after the grading word adj, up to noun_end, names an event or a
 * count ("the worst violence", "the worst death toll"): ranked by size, not by taste. */
static int event_noun(const cd_doc *doc, size_t adj, size_t noun_end, const cmp_sent *s)
{
    for (size_t k = adj + 1; k < noun_end; k++)
        if (cd_str_is(judged_as(doc, k, s), "event")) return 1;
    return 0;
}

/* Whether the ranking that starts at token start is offered as a view: a hedge right before it
 * ("arguably the best"), or words of the speaker's own rating earlier in its sentence ("in my
 * opinion", "we rated it one of the best"). */
static int opinion_marked(const cd_doc *doc, size_t start, const cmp_sent *s)
{
    if (start > s->first && cd_str_is(judged_as(doc, start - 1, s), "hedge")) return 1;
    for (size_t k = s->first; k < start; k++) {
        size_t len;
        if (cd_str_is(role_at(doc, k, LX_COMPARE_JUDGEMENTS, &len), "opinion") && k + len <= start) return 1;
    }
    return 0;
}

/* Whether a hyphen glued to token k follows it in the sentence ("best-selling", "a no-claims"). */
static int hyphen_joined_after(const cd_doc *doc, size_t k, const cmp_sent *s)
{
    return k < s->last && cd_tok_is_punct(doc, k + 1, '-') && !(doc->toks[k + 1].flags & TF_SPACE_BEFORE);
}

/* A superlative of judgement ("the best film", "the most important thing", "his worst memory"):
 * adj is the head or the adjective after "most". No one can check a view; it is a claim only
 * when bounded (a scope, a figure, a record, an owner). */
static int mere_judgement(const cd_doc *doc, size_t start, size_t adj, size_t noun_end, size_t end, const cmp_sent *s)
{
    /* a compound grades by its second word: "best-selling" counts sales, "worst-hit" harm, and so
     * does a participle after the head ("the worst hit areas", a "grade" phrase) */
    if (hyphen_joined_after(doc, adj, s)) return 0;
    size_t len;
    const char *role = role_at(doc, adj, LX_COMPARE_JUDGEMENTS, &len);
    /* "his best time", "its worst quarter": a personal record; "the best time to buy" a view */
    if (cd_str_is(role, "personal"))
        return !(adj > s->first && cd_str_is(judged_as(doc, adj - 1, s), "owner")) &&
               !bounded(doc, start, noun_end, end, 1, s);
    /* a view stays a view when hedged or rated by the speaker, a scope or not: "arguably the best
     * phone of 2019" */
    return cd_str_is(role, "judgement") && !event_noun(doc, adj, noun_end, s) &&
           (!bounded(doc, start, noun_end, end, 1, s) || opinion_marked(doc, start, s));
}

/* A superlative used as a noun for a group of people: a group word alone or before a plain verb
 * ("help the poorest", "the richest pay more"), or any superlative before a plural noun for people
 * ("the best men", "the world's poorest nations"). A label for the group, no ranking; a scope or a
 * figure makes it one ("the richest people in the world", "the poorest 20%"), and so does a ranking
 * of one member ("one of the ...", "among the ..."). An owner does not: "the world's poorest"
 * labels the same group. */
static int group_label(const cd_doc *doc, size_t start, size_t adj, size_t noun, size_t noun_end, size_t end,
                       const cmp_sent *s)
{
    /* "one of the biggest creditor nations", "among the world's richest" rank a member, a claim
     * about it */
    if (bounded(doc, start, noun_end, end, 0, s) || cd_tok_is(doc, start, "one") || cd_tok_is(doc, start, "among"))
        return 0;
    /* a capital is a name's, no plural people noun: "the most even Six Nations" */
    if (noun_end > noun && !(doc->toks[noun_end - 1].flags & TF_CAP) &&
        cd_str_is(judged_as(doc, noun_end - 1, s), "people"))
        return 1;
    return cd_str_is(judged_as(doc, adj, s), "group") &&
           (noun_end == noun || cd_str_is(judged_as(doc, noun, s), "verb"));
}

/* Whether token k, in the noun read after a superlative, starts the next clause instead: a word
 * that announces a verb (claim_verb_cues.tsv: a subject pronoun, an auxiliary, a modal, an
 * adverb), a determiner that opens another noun phrase (not an owner's "'s"), a clause word or a
 * finite verb of compare_judgements.tsv. A capital is a name's ("IT", "May"), except "I". */
static int clause_in_noun(const cd_doc *doc, size_t k, const cmp_sent *s)
{
    const cd_token *t = &doc->toks[k];
    if (t->type != TOK_WORD || ((t->flags & TF_CAP) && !cd_tok_is(doc, k, "i"))) return 0;
    if (cd_tok_in(doc, k, LX_CLAIM_VERB_CUES)) return 1;
    /* "the poorest nations a ...", not "a no-claims bonus", nor "this", which names the ranking's
     * period ("the fastest runner this season") */
    if (cd_tok_in(doc, k, LX_CLAIM_DETERMINERS) && !cd_tok_possessive(doc, k) && !cd_tok_is(doc, k, "this") &&
        !hyphen_joined_after(doc, k, s))
        return 1;
    const char *role = judged_as(doc, k, s);
    return cd_str_is(role, "clause") || cd_str_is(role, "finite");
}

/* One past a superlative's noun read from head up to noun_end, cut before the next clause: "the
 * worst drought I", "his best results seem" end at their nouns. Only when no complement follows
 * (the caller's check) and the words cut hold no scope or time: "the worst drought I have seen
 * since 1976", "the best buy you ever made", "the fastest runner this season" are one ranking,
 * scope and all. */
static size_t noun_phrase_end(const cd_doc *doc, size_t head, size_t noun_end, const cmp_sent *s)
{
    size_t cut = head;
    while (cut < noun_end && !clause_in_noun(doc, cut, s)) cut++;
    for (size_t k = cut; k < noun_end; k++) {
        size_t len;
        if (context_is(doc, k, "scope") || (doc->toks[k].flags & TF_TIME) ||
            cd_str_is(role_at(doc, k, LX_COMPARE_JUDGEMENTS, &len), "bound"))
            return noun_end;
    }
    return cut;
}

/* Whether a ranking from start to end, its noun ending at noun_end, is scoped only by one
 * person's own life ("own life" in compare_judgements.tsv: "the best day of my life", "one of the
 * hardest races of her life"): a complement that is that phrase and nothing more, no figure in
 * the ranking. Only that person can rank it. */
static int own_life(const cd_doc *doc, size_t start, size_t noun_end, size_t end)
{
    size_t len;
    if (end <= noun_end || !cd_str_is(role_at(doc, noun_end, LX_COMPARE_JUDGEMENTS, &len), "own life") ||
        noun_end + len != end)
        return 0;
    for (size_t k = start; k < end; k++)
        if (in_number(doc, k)) return 0;
    return 1;
}

/* "most" after "that", "those" or "these" is a quantifier, the "that" a conjunction or a pronoun:
 * "found that most banks lend", "those most at risk". A demonstrative before a superlative with
 * "most" is rare in copy; taken as one, each of these was a ranking of nothing. */
static int quantifier_most(const cd_doc *doc, size_t i, const cmp_sent *s)
{
    if (i <= s->first) return 0;
    return cd_tok_is(doc, i - 1, "that") || cd_tok_is(doc, i - 1, "those") || cd_tok_is(doc, i - 1, "these");
}

/* ---- the forms --------------------------------------------------------------------------- */

static size_t superlative_at(cd_doc *doc, size_t si, size_t i, size_t len, int most, const cmp_sent *s)
{
    if (!most && context_is(doc, i, "idiom")) return 0; /* "in the best interests of", "the highest bidder" */
    size_t start = ranking_start(doc, i, s), head = i + len;
    if (most) { /* "the most expensive": a word must follow; "most of them", "most recently" are no ranking */
        if (head > s->last || doc->toks[head].type != TOK_WORD || cd_tok_in(doc, head, LX_CLAIM_PHRASE_STOPS) ||
            cd_tok_in(doc, head, LX_CLAIM_DETERMINERS) || start > s->last || context_is(doc, head, "adverb") ||
            context_is(doc, head, "latest") || quantifier_most(doc, i, s)) /* "most recent": the latest */
            return 0;
        head++;
    }
    size_t noun_end = noun_end_at(doc, head, s);
    for (size_t k = head; k < noun_end; k++)
        if (context_is(doc, k, "award")) return 0; /* "best actor award": a prize's name */
    size_t end = ranking_end(doc, noun_end, s);
    if (end == noun_end) end = noun_end = noun_phrase_end(doc, head, noun_end, s);
    if (start > s->last) {
        if (end == noun_end || (i > s->first && cd_tok_is(doc, i - 1, "at"))) return 0; /* "at best" */
        start = personal_start(doc, i, s);
        if (start < i && start > s->first && (cd_tok_is(doc, start - 1, "a") || cd_tok_is(doc, start - 1, "an")))
            start--; /* "a personal best of 7.1 seconds" */
    }
    size_t adj = most ? i + len : i; /* the word that grades: "best", or "important" of "most important" */
    if (mere_judgement(doc, start, adj, noun_end, end, s) || own_life(doc, start, noun_end, end)) return 0;
    if (group_label(doc, start, adj, head, noun_end, end, s)) return 0;
    if (!add_comparison(doc, si, start, end, "superlative")) return i;
    return end - 1;
}

/* The number of a measure that ends right before token k, or n_nums: a figure ("20%", "$2bn",
 * "four million"), or one and the noun it counts ("3 points"). Not a date or a year ("in 2004
 * higher than"), an ordinal or a label: those measure nothing. */
static size_t measure_number(const cd_doc *doc, size_t k, const cmp_sent *s)
{
    if (k <= s->first) return doc->n_nums;
    size_t n = cd_number_at(doc, k - 1);
    if (n >= doc->n_nums && k - 1 > s->first && doc->toks[k - 1].type == TOK_WORD) {
        size_t m = cd_number_at(doc, k - 2); /* the counted noun is outside the number's tokens */
        if (m < doc->n_nums && doc->nums[m].unit && cd_range_stop(&doc->ninfo[m]) == k - 1 &&
            cd_tok_is(doc, k - 1, doc->nums[m].unit))
            n = m;
    }
    if (n >= doc->n_nums || doc->ninfo[n].tok_first < s->first) return doc->n_nums;
    const cd_number *x = &doc->nums[n];
    size_t f = doc->ninfo[n].tok_first;
    if (x->kind == CD_NUM_ORDINAL || x->kind == CD_NUM_LABEL || (doc->toks[f].flags & TF_TIME)) return doc->n_nums;
    /* a fraction after "and" is the last piece of a figure read in two ("a cent and a half"); a
     * number after a name inside the sentence is a model's ("the Cooper 1.6 sells"): no measure */
    if (f > s->first && ((x->kind == CD_NUM_FRACTION && cd_tok_is(doc, f - 1, "and")) ||
                         (f - 1 > s->first && doc->toks[f - 1].type == TOK_WORD && (doc->toks[f - 1].flags & TF_CAP))))
        return doc->n_nums;
    return n;
}

/* The first token of the measure before a comparative's head i ("20% smaller than", "$2bn more
 * than", "about 9% smaller than"), i if there is none. The figure is what a checker compares: a
 * span without it claims only the direction. A qualifier of the figure ("about", "nearly") goes
 * with it. */
static size_t measure_start(const cd_doc *doc, size_t i, const cmp_sent *s)
{
    size_t n = measure_number(doc, i, s);
    if (n >= doc->n_nums) return i;
    size_t first = doc->ninfo[n].tok_first;
    for (size_t q = first > s->first + 2 ? first - 2 : s->first; q < first; q++) {
        size_t len;
        if (cd_str_is(role_at(doc, q, LX_COMPARE_CONTEXT, &len), "approx") && q + len == first) return q;
    }
    return first;
}

/* Whether the time at token k is the thing a "than" at token than compares with: right after it,
 * or after prepositions and determiners only ("than in the spring"). */
static int time_compared(const cd_doc *doc, size_t than, size_t k)
{
    for (size_t p = than + 1; p < k; p++)
        if (!cd_tok_in(doc, p, LX_CLAIM_PHRASE_STOPS) && !cd_tok_in(doc, p, LX_CLAIM_DETERMINERS)) return 0;
    return 1;
}

/* Whether the comparison that starts at token start is said of the subject: a form of "be" right
 * before it, or one word before ("is worse", "was even worse"). A noun compared so may be measured
 * in two places; a "better show there than in Orlin" is a view of a deed. */
static int predicate_comparison(const cd_doc *doc, size_t start, const cmp_sent *s)
{
    for (size_t p = start; p > s->first && p + 2 >= start; p--)
        if (cd_str_is(cd_tok_role(doc, p - 1, LX_CLAIM_VERB_CUES), "be")) return 1;
    return 0;
}

/* Whether token k is a place that a "than" at token than compares with: a capitalized word right
 * after "than in", "than at" or "than on", or after one determiner there ("worse than in Orlin",
 * "cheaper than at the Tarrow mill"). Two places are compared by a measure one can look up; a
 * view names no place ("better than I remembered", "better than in my day"). */
static int place_compared(const cd_doc *doc, size_t than, size_t k, const cmp_sent *s)
{
    size_t p = than + 1;
    if (k <= p || p >= s->last || !(cd_tok_is(doc, p, "in") || cd_tok_is(doc, p, "at") || cd_tok_is(doc, p, "on")))
        return 0;
    if (k == p + 2 && !cd_tok_in(doc, p + 1, LX_CLAIM_DETERMINERS)) return 0;
    return k <= p + 2 && doc->toks[k].type == TOK_WORD && (doc->toks[k].flags & TF_CAP);
}

/* Whether token k, in a comparison of judgement whose "than" is at token than, bounds it: a
 * figure or a year ("20% better", "worse than 1997, when"), a time that is the thing compared
 * ("better than December", "better than in 2004"; not one that dates the match in "played better
 * than us on Saturday"), a noun of an event or count ("better trading results"), or an
 * expectation it is measured against ("better than forecast"). */
static int judgement_bound(const cd_doc *doc, size_t k, size_t than, const cmp_sent *s)
{
    const char *role = judged_as(doc, k, s);
    if ((doc->toks[k].flags & TF_TIME) && k > than && time_compared(doc, than, k)) return 1;
    return doc->toks[k].type == TOK_NUM || in_number(doc, k) || cd_str_is(role, "event") ||
           cd_str_is(role, "expectation");
}

/* A comparison of judgement ("better than us", "more useful than it", "more important than
 * ever"): adj is the head or the adjective after "more"/"less". Like a superlative of judgement
 * it is a view, unless a token from its start to a few past its end bounds it (judgement_bound):
 * the few past catch an expectation that a clause cut off the complement before.
 * Said of the subject, a place compared bounds it too (place_compared). */
static int mere_judged_comparison(const cd_doc *doc, size_t start, size_t adj, size_t than, size_t end,
                                  const cmp_sent *s)
{
    if (!cd_str_is(judged_as(doc, adj, s), "judgement")) return 0;
    int predicate = predicate_comparison(doc, start, s);
    for (size_t k = start; k <= s->last && k < end + SCOPE_WINDOW; k++) {
        if (k >= end && is_punct(doc, k)) break;
        if (judgement_bound(doc, k, than, s) || (predicate && place_compared(doc, than, k, s))) return 0;
    }
    return 1;
}

static size_t comparative_at(cd_doc *doc, size_t si, size_t i, size_t len, int more, const cmp_sent *s)
{
    if (context_is(doc, i, "idiom")) return 0; /* "a larger than life figure" */
    size_t j = i + len, start = measure_start(doc, i, s);
    /* "more expensive than": an adjective or noun must come first, unless a measure comes before
     * ("$2bn more than forecast", "10% less than last year") */
    if (more && !(start < i && j <= s->last && cd_tok_is(doc, j, "than"))) {
        if (j > s->last || doc->toks[j].type != TOK_WORD || cd_tok_in(doc, j, LX_CLAIM_PHRASE_STOPS)) return 0;
        j++;
    }
    size_t than = j;
    while (than <= s->last && than < j + THAN_WINDOW && !cd_tok_is(doc, than, "than") && !is_punct(doc, than)) than++;
    if (than > s->last || !cd_tok_is(doc, than, "than")) return 0;
    /* "fewer than 100 people" qualifies a number; numbers.c reads it as approx */
    if (than == i + len && than < s->last && in_number(doc, than + 1)) return 0;
    if (in_number(doc, i)) return 0;
    size_t end = complement_end(doc, than, s);
    if (end <= than + 1) return 0;
    if (mere_judged_comparison(doc, start, more ? i + len : i, than, end, s)) return 0;
    if (!add_comparison(doc, si, start, end, "comparative")) return i;
    return end - 1;
}

/* A date starts at token j: a month name and a day or year after it ("March 13", "april one"), or
 * a day in digits and a month name after it ("16 March"). Month words alone ("record March sales")
 * are not enough. */
static int date_at(const cd_doc *doc, size_t j, const cmp_sent *s)
{
    if (j >= s->last) return 0;
    const cd_token *t = &doc->toks[j], *n = &doc->toks[j + 1];
    if (t->type == TOK_NUM) return n->type == TOK_WORD && cd_lex_has(cd_tok_entry(n), LX_TIME_MONTHS);
    if (!cd_lex_has(cd_tok_entry(t), LX_TIME_MONTHS)) return 0;
    return n->type == TOK_NUM || (n->flags & (TF_NUMBER | TF_TIME));
}

static size_t record_at(cd_doc *doc, size_t si, size_t i, size_t len, const cmp_sent *s)
{
    size_t next = i + len, start = i;
    /* "a near-record pace" is no record */
    if (i >= s->first + 2 && cd_tok_is_punct(doc, i - 1, '-') && cd_tok_is(doc, i - 2, "near")) return 0;
    if (cd_tok_is(doc, i, "record") && len == 1) {
        if (i > s->first && (cd_tok_is(doc, i - 1, "the") || cd_tok_is(doc, i - 1, "on") ||
                             *cd_tok_role(doc, i - 1, LX_CLAIM_VERB_CUES)))
            return 0; /* "the record shows", "on record", "to record" */
        int after_a = i > s->first && (cd_tok_is(doc, i - 1, "a") || cd_tok_is(doc, i - 1, "an"));
        /* "Record March 13", "Record 16 March", "holders of record April one": the record date of a
         * dividend, the day the register is read, ranks nothing (and never takes "a") */
        if (!after_a && date_at(doc, next, s)) return 0;
        /* "record labels", "a record company boss": the disc's trade, no record set */
        if (context_is(doc, next, "trade")) return 0;
        int modifies = next <= s->last && (doc->toks[next].type == TOK_NUM || in_number(doc, next) ||
                                           (doc->toks[next].type == TOK_WORD &&
                                            !cd_tok_in(doc, next, LX_CLAIM_PHRASE_STOPS) &&
                                            !cd_tok_in(doc, next, LX_CLAIM_DETERMINERS)));
        if (!(modifies || (after_a && !cd_tok_is(doc, next, "of")))) return 0;
    }
    size_t det = determiner_start(doc, i, s);
    if (det <= s->last) start = det;
    else if (i > s->first && (cd_tok_is(doc, i - 1, "a") || cd_tok_is(doc, i - 1, "an"))) start = i - 1; /* "a record high" */
    size_t noun_end = noun_end_at(doc, next, s);
    size_t end = ranking_end(doc, noun_end, s);
    if (!add_comparison(doc, si, start, end, "record")) return i;
    return end - 1;
}

/* A qualifier before a multiple: "more than triple", "nearly double"; returns its first token. */
static size_t multiple_start(const cd_doc *doc, size_t i, const cmp_sent *s)
{
    for (size_t k = i > s->first + 2 ? i - 2 : s->first; k < i; k++) {
        size_t len;
        if (cd_str_is(role_at(doc, k, LX_COMPARE_CONTEXT, &len), "approx") && k + len == i) return k;
    }
    return i;
}

/* Whether token k is a base word (data/compare_words.tsv's context "base") that lets a multiple
 * compare: any but "as" does; "as" only before a
 * word in lower case that is no determiner ("twice as many", "three times as fast"). Before a name
 * or an article "as" is a conjunction or a preposition ("scored twice as the rain fell", "came on
 * twice as a substitute"): the number counts times, it compares nothing. */
static int base_compares(const cd_doc *doc, size_t k, const cmp_sent *s)
{
    if (!context_is(doc, k, "base")) return 0;
    if (!cd_tok_is(doc, k, "as") || k + 1 > s->last) return 1;
    const cd_token *t = &doc->toks[k + 1];
    return t->type != TOK_WORD || !((t->flags & TF_CAP) || cd_tok_in(doc, k + 1, LX_CLAIM_DETERMINERS));
}

static size_t multiple_at(cd_doc *doc, size_t si, size_t i, size_t len, const cmp_sent *s)
{
    size_t next = i + len, start = multiple_start(doc, i, s);
    const cd_token *t = &doc->toks[i];
    int fold = t->len > 4 && memcmp(doc->text + cd_tok_stop(t) - 4, "fold", 4) == 0;
    if (next <= s->last && cd_tok_is_punct(doc, next, '-')) return 0; /* "double-digit" */
    if (!(start < i || fold || (next <= s->last && base_compares(doc, next, s))))
        return 0;
    size_t end = complement_end(doc, next, s);
    if (!add_comparison(doc, si, start, end > next ? end : next, "multiple")) return i;
    return (end > next ? end : next) - 1;
}

/* "three times as many", "10 times higher": a number, "times", then a base or a comparative. */
static size_t times_at(cd_doc *doc, size_t si, size_t i, const cmp_sent *s)
{
    if (i <= s->first || i >= s->last || !cd_tok_is(doc, i, "times")) return 0;
    size_t n = cd_number_at(doc, i - 1);
    size_t first_num = n < doc->n_nums ? doc->ninfo[n].tok_first : i - 1;
    if (n >= doc->n_nums && doc->toks[i - 1].type != TOK_NUM) return 0;
    size_t len;
    const char *next = role_at(doc, i + 1, LX_COMPARE_WORDS, &len);
    if (!base_compares(doc, i + 1, s) && !cd_str_is(next, "comparative") &&
        !cd_str_is(next, "more"))
        return 0;
    size_t end = complement_end(doc, i + 1, s);
    if (!add_comparison(doc, si, first_num < i ? first_num : i, end, "multiple")) return i;
    return end - 1;
}

/* The token after a count of one token at token k, digits or a number word ("10", "two": "the
 * first two months"; the time claim holds it, no number does), or k if there is none. */
static size_t count_end(const cd_doc *doc, size_t k, const cmp_sent *s)
{
    if (k > s->last) return k;
    return doc->toks[k].type == TOK_NUM || cd_tok_in(doc, k, LX_NUM_WORD) ? k + 1 : k;
}

static size_t ordinal_at(cd_doc *doc, size_t si, size_t i, size_t len, const cmp_sent *s)
{
    size_t after = i + len;
    if (after <= s->last && cd_tok_is_punct(doc, after, '-') && after + 1 <= s->last) {
        size_t l2;
        const char *r = role_at(doc, after + 1, LX_COMPARE_WORDS, &l2);
        if (cd_str_is(r, "superlative") || cd_str_is(r, "most")) return 0; /* "second-largest" */
    }
    size_t part = after < s->last && cd_tok_is(doc, after, "few") ? after + 1 : after;
    if (!context_is(doc, part, "part")) /* "quarter" and "half" are number words too */
        part = count_end(doc, part, s);   /* "the first two months" */
    if (part < s->last && context_is(doc, part, "part") &&
        (cd_tok_is(doc, part + 1, "of") || cd_tok_is(doc, part + 1, "this")))
        return 0; /* "the first quarter of this year", "the first two months of 1987" name a period */
    size_t start = determiner_start(doc, i, s);
    int hyphen_ever = after + 1 <= s->last && cd_tok_is_punct(doc, after, '-') && cd_tok_is(doc, after + 1, "ever");
    if (start > s->last && !hyphen_ever) return 0;
    if (start > s->last) start = i;
    for (size_t k = after; k <= s->last && k < after + SCOPE_WINDOW; k++) {
        if (is_punct(doc, k)) break;
        size_t clen;
        const char *role = role_at(doc, k, LX_COMPARE_CONTEXT, &clen);
        if (cd_str_is(role, "scope")) {
            size_t end = complement_end(doc, k, s);
            if (!add_comparison(doc, si, start, end, "ordinal")) return i;
            return end - 1;
        }
        if (cd_str_is(role, "streak")) {
            size_t end = k + clen;
            if (cd_tok_is(doc, k, "straight") || cd_tok_is(doc, k, "consecutive")) end = cd_phrase_end(doc, end, s->last, 2);
            end = ranking_end(doc, end, s);
            if (!add_comparison(doc, si, start, end, "ordinal")) return i;
            return end - 1;
        }
    }
    return 0;
}

/* An ordinal written in digits ("21st") that numbers.c read. *cursor walks the numbers (sorted
 * by first token) forward as the tokens go: no search per token. */
static size_t ordinal_number_at(cd_doc *doc, size_t si, size_t i, const cmp_sent *s, size_t *cursor)
{
    if (!(doc->toks[i].flags & TF_NUMBER)) return 0;
    size_t n = *cursor;
    while (n < doc->n_nums && doc->ninfo[n].tok_first < i) n++;
    *cursor = n;
    if (n < doc->n_nums && doc->nums[n].kind == CD_NUM_ORDINAL && doc->ninfo[n].tok_first == i)
        return ordinal_at(doc, si, i, doc->ninfo[n].tok_count, s);
    return 0;
}

/* May a comparison start at token t: a word that is a head, part of a number, or "times"? (Most
 * tokens are not: comparison_at would return 0 for them, and mid_cap has no side effects.) The
 * length first: the text is far from the token, and long out of the cache. */
static inline int may_compare(const char *text, const cd_token *t)
{
    return t->type == TOK_WORD && (cd_lex_has(cd_tok_entry(t), LX_COMPARE_WORDS) || (t->flags & TF_NUMBER) ||
                                   (t->len == 5 && (text[t->start] | 0x20) == 't'));
}

/* Tries every form at token i (may_compare said yes); returns the last token of the claim it
 * added, or 0. */
static size_t comparison_at(cd_doc *doc, size_t si, size_t i, const cmp_sent *s, size_t *cursor)
{
    const cd_lexrec *head = cd_lex_rec(cd_tok_entry(&doc->toks[i]), LX_COMPARE_WORDS);
    if (mid_cap(doc, i, s)) return 0;
    size_t len;
    if (!head) /* the heads are single words: skip phrase lookups */
        return cd_tok_is(doc, i, "times") ? times_at(doc, si, i, s) : ordinal_number_at(doc, si, i, s, cursor);
    const char *role = role_at(doc, i, LX_COMPARE_WORDS, &len);
    if (cd_str_is(role, "superlative")) return superlative_at(doc, si, i, len, 0, s);
    if (cd_str_is(role, "most")) return superlative_at(doc, si, i, len, 1, s);
    if (cd_str_is(role, "comparative")) return comparative_at(doc, si, i, len, 0, s);
    if (cd_str_is(role, "more")) return comparative_at(doc, si, i, len, 1, s);
    if (cd_str_is(role, "record")) return record_at(doc, si, i, len, s);
    if (cd_str_is(role, "multiple")) return multiple_at(doc, si, i, len, s);
    if (cd_str_is(role, "ordinal")) return ordinal_at(doc, si, i, len, s);
    return ordinal_number_at(doc, si, i, s, cursor);
}

void cd_find_comparisons(cd_doc *doc)
{
    if (doc->n_sinfo != doc->n_sents || doc->n_ninfo != doc->n_nums) return;
    size_t cursor = 0; /* the first number not before the current token */
    /* the tokens tried are the cues (doc.c): may_compare's among them, each in its sentence */
    for (size_t cue = 0, si = 0; cue < doc->n_cues;) {
        size_t i = doc->cues[cue++];
        if (!may_compare(doc->text, &doc->toks[i])) continue;
        size_t sent = cd_cue_sentence(doc, &si, i);
        if (sent >= doc->n_sents) continue;
        cmp_sent s = {doc->sinfo[sent].tok_first, doc->sinfo[sent].tok_first + doc->sinfo[sent].tok_count - 1};
        size_t end = comparison_at(doc, sent, i, &s, &cursor);
        if (end > i) cue = cd_cue_skip(doc, cue, end); /* go on after the claim */
    }
}
