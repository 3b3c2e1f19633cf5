/* Event claims: closures, bans, expulsions, sanctions, arrests, resignations ...
 *
 * An event word of data/event_verbs.tsv is read in one of three ways:
 *   verb     "X banned Y", "the decision by X to ban Y": actor = the nearest named entity before
 *            the verb in the sentence that is not governed by a preposition other than "by";
 *            target = the noun phrase after the verb ("Russian teams").
 *   passive  "Y was banned (by X)": target = the subject before the form of "be" (a named entity
 *            or the noun phrase there), actor = the entity or noun phrase after "by", if any.
 *   noun     "the expulsion of Y", "a ban on Y": target = the noun phrase after of/on/against,
 *            actor = a possessive before it ("Russia's expulsion") or the nearest entity as above.
 * Words that are also nouns or adjectives ("ban", "fine", "close") are verbs only in verbal
 * context: after "to", a modal, "do", a subject pronoun or a name, or before a determiner.
 * The action is the base verb of the lexicon ("banned" -> "ban"). The span runs from the verb
 * (or the passive's subject) to the end of the target.
 */
#include <string.h>

#include "internal.h"

enum { EV_AMBIGUOUS = 1, EV_NOUN = 2, EV_PARTICIPLE = 4 };
typedef enum { USE_NONE, USE_VERB, USE_PASSIVE, USE_NOUN } ev_use;

#define ACTOR_WINDOW 40 /* tokens searched back for the actor */
#define TARGET_MAX 7    /* tokens of a target noun phrase */
#define SUBJECT_MAX 5   /* tokens of a passive's subject noun phrase */
#define BY_WINDOW 6     /* tokens between a passive verb and its "by": "fined $2.7 billion by" */

typedef struct ev_sent {
    size_t first, last; /* the sentence's tokens */
    size_t index;       /* the sentence */
} ev_sent;

/* ---- entities ---------------------------------------------------------------------------- */

/* The index of the entity that covers token tok, or n_ents. */
static size_t entity_covering(const cd_doc *doc, size_t tok)
{
    const cd_entity *e = cd_entity_at(doc, tok);
    return e ? (size_t)(e - doc->ents) : doc->n_ents;
}

/* A lower-case word that may head an appositive before a name: "its founder Mikhail
 * Khodorkovsky" (not a stop word, a cue like "will", or a number). */
static int common_noun(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    return t->type == TOK_WORD && !(t->flags & (TF_CAP | TF_ALLCAPS)) && !cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS) &&
           !cd_tok_in(doc, k, LX_CLAIM_DETERMINERS) && !cd_tok_in(doc, k, LX_CLAIM_VERB_CUES);
}

/* A token before the entity (determiners skipped) is a preposition other than "by": "in Moscow",
 * "of the Kremlin" name a place or a part, not who acts; so does "of its founder Mikhail
 * Khodorkovsky" (a determiner and up to two nouns before the name). */
static int governed(const cd_doc *doc, size_t e, size_t first)
{
    size_t t = doc->einfo[e].tok_first, k = t;
    while (k > first && t - k < 2 && common_noun(doc, k - 1)) k--;
    if (k < t && k > first && cd_tok_in(doc, k - 1, LX_CLAIM_DETERMINERS)) t = k;
    while (t > first && cd_tok_in(doc, t - 1, LX_CLAIM_DETERMINERS)) t--;
    if (t <= first) return 0;
    const char *role = cd_tok_role(doc, t - 1, LX_CLAIM_PHRASE_STOPS);
    return (cd_str_is(role, "prep") || cd_str_is(role, "qual")) && !cd_tok_is(doc, t - 1, "by");
}

/* The actor of a verb at token i: the nearest ungoverned entity before it in the sentence. */
static const char *actor_before(const cd_doc *doc, size_t i, const ev_sent *s)
{
    size_t min = i > s->first + ACTOR_WINDOW ? i - ACTOR_WINDOW : s->first;
    for (size_t e = cd_entity_before(doc, i, min, NULL); e != (size_t)-1;
         e = cd_entity_before(doc, doc->einfo[e].tok_first, min, NULL))
        if (!governed(doc, e, s->first)) return doc->ents[e].name;
    return NULL;
}

/* ---- phrases ----------------------------------------------------------------------------- */

/* The entity that starts at token j of the sentence (j <= s_last), or doc->n_ents. */
static size_t entity_starting(const cd_doc *doc, size_t j, size_t s_last)
{
    size_t e = j <= s_last ? entity_covering(doc, j) : doc->n_ents;
    return e < doc->n_ents && doc->einfo[e].tok_first == j ? e : doc->n_ents;
}

/* Whether token k is a subject pronoun ("he", "they"), not a relative ("who"). */
static int subject_word(const cd_doc *doc, size_t k)
{
    return cd_str_is(cd_tok_role(doc, k, LX_CLAIM_VERB_CUES), "subject") &&
           !cd_str_is(cd_tok_role(doc, k, LX_CLAIM_PHRASE_STOPS), "rel");
}

/* The name of the phrase [j, end): an entity's canonical name when one covers it (after
 * determiners), else its text. */
static const char *phrase_name(cd_doc *doc, size_t j, size_t end)
{
    size_t k = j;
    while (k < end && cd_tok_in(doc, k, LX_CLAIM_DETERMINERS)) k++;
    size_t e = entity_starting(doc, k, end - 1);
    if (e < doc->n_ents && cd_range_stop(&doc->einfo[e]) == end) return doc->ents[e].name;
    return cd_tok_text(doc, j, end);
}

/* A number or a quantifier word ("some", "half") and nothing else in tokens [j, end), after
 * determiners: the head of a partitive ("two of the city's five terminals"). */
static int counts_only(const cd_doc *doc, size_t j, size_t end)
{
    size_t k = j, counted = 0;
    while (k < end && cd_tok_in(doc, k, LX_CLAIM_DETERMINERS)) k++;
    for (; k < end; k++, counted++) {
        size_t n = cd_number_at(doc, k);
        if (n < doc->n_nums) {
            k = cd_range_stop(&doc->ninfo[n]) - 1;
            continue;
        }
        if (!cd_tok_in(doc, k, LX_CLAIM_QUANTIFIERS)) return 0;
    }
    return counted > 0;
}

/* Where a number starts right after a noun inside [j, end): "fined the operator $120,000" (the
 * amount is no part of the target); end if none. A number after a determiner, another number
 * or a name ("the 2016 election", "Route 66") stays inside. */
static size_t amount_inside(const cd_doc *doc, size_t j, size_t end)
{
    for (size_t k = j + 1; k < end; k++) {
        size_t n = cd_number_at(doc, k);
        if (n >= doc->n_nums || doc->ninfo[n].tok_first != k) continue;
        if (cd_number_stated_span(doc, n).tstart < doc->toks[k].start) continue; /* "up to 50" */
        const cd_token *p = &doc->toks[k - 1];
        if (p->type == TOK_WORD && !(p->flags & TF_CAP) && !cd_tok_in(doc, k - 1, LX_CLAIM_DETERMINERS) &&
            cd_number_at(doc, k - 1) >= doc->n_nums)
            return k;
    }
    return end;
}

/* One past the phrase [j, end) cut before a participle that opens an adverbial phrase
 * (data/ev_object_ends.tsv): "shut the mill following a flood" is about the mill, not the flood.
 * After a determiner the word belongs to the noun ("the following month"); with no word after it
 * it opens nothing. */
static size_t before_adverbial(const cd_doc *doc, size_t j, size_t end, size_t last)
{
    for (size_t k = j; k < end && k < last; k++) {
        if (!cd_tok_rec(doc, k, LX_EV_OBJECT_ENDS) || (doc->toks[k].flags & TF_CAP)) continue;
        if (k > j && cd_tok_in(doc, k - 1, LX_CLAIM_DETERMINERS)) continue;
        if (doc->toks[k + 1].type == TOK_WORD || cd_number_at(doc, k + 1) < doc->n_nums) return k;
    }
    return end;
}

/* Token k is a word of a time: marked by time.c, or a time word of data/claim_phrase_stops.tsv
 * ("last", "earlier"). */
static int time_word(const cd_doc *doc, size_t k)
{
    return (doc->toks[k].flags & TF_TIME) || cd_str_is(cd_tok_role(doc, k, LX_CLAIM_PHRASE_STOPS), "time");
}

/* One past the phrase [from, end) read on over a time after its determiners: "its May offer",
 * "their last stronghold", "an earlier ruling" (cd_phrase_end stops at a time's words, where a
 * determiner alone was left for the target). end if the phrase has a word that is no determiner,
 * or no noun follows the time. */
static size_t past_time_adjective(const cd_doc *doc, size_t from, size_t end, size_t last, size_t max)
{
    if (end == from || end > last || !time_word(doc, end)) return end;
    for (size_t k = from; k < end; k++)
        if (!cd_tok_in(doc, k, LX_CLAIM_DETERMINERS)) return end;
    size_t k = end;
    while (k <= last && k < from + max && time_word(doc, k)) k++;
    size_t noun = k <= last ? cd_phrase_end(doc, k, last, from + max - k) : k;
    return noun > k ? noun : end;
}

/* Token k is a quotation mark: straight, curly or a single one. */
static int quote_mark(const cd_doc *doc, size_t k)
{
    uint32_t cp = doc->toks[k].cp;
    return doc->toks[k].type == TOK_PUNCT &&
           (cp == '"' || cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D);
}

/* One past the phrase [from, end) when it is a pronoun's possessive alone ("its", "their"; not
 * "her", also an object) and cd_phrase_end stopped at the word its noun starts with: a month read
 * as a modal ("its May sales"), a noun that is also a modal ("its will") or a quoted word ("its
 * 'value' menu"). The phrase reads on over that word (past its quotation mark) and the noun after
 * it, where the target was a bare "its". end if the phrase is more, or a preposition, a
 * conjunction, a relative or no word follows. */
static size_t past_bare_possessive(const cd_doc *doc, size_t from, size_t end, size_t last, size_t max)
{
    const cd_lexrec *r = cd_tok_rec(doc, from, LX_CLAIM_DETERMINERS);
    if (end != from + 1 || end > last || !r || isnan(r->num) || r->num != 1 || cd_tok_is(doc, from, "her"))
        return end;
    size_t k = end, quoted = k < last && quote_mark(doc, k);
    k += quoted;
    const char *role = cd_tok_role(doc, k, LX_CLAIM_PHRASE_STOPS);
    if (doc->toks[k].type != TOK_WORD || (*role && !cd_str_is(role, "aux")) || from + max <= k + 1) return end;
    size_t noun = cd_phrase_end(doc, k + 1, last, from + max - k - 1);
    if (noun < k + 1) noun = k + 1;
    if (!quoted || noun >= last || !quote_mark(doc, noun) || noun + 1 >= from + max) return noun;
    size_t after = cd_phrase_end(doc, noun + 1, last, from + max - noun - 1); /* past the closing mark */
    return after > noun + 1 ? after : noun + 1;
}

static int is_adverb(const cd_doc *doc, size_t k);

/* Token k, a word of data/ev_copulas.tsv inside a noun phrase, is the verb that ends it: it follows
 * a content word, not a determiner, and comes before a participle, an adjective, "in" or the end
 * of the clause ("a ban on imports remains in force", "the depot stayed shut", "a ban on
 * imports remains."). "remains" and "stay" are nouns too: "the remains of the ship", "lifted the
 * stay", where a cut would leave a bare determiner. */
static int copula_verb(const cd_doc *doc, size_t k, size_t last)
{
    if (!cd_tok_rec(doc, k, LX_EV_COPULAS) || cd_tok_in(doc, k - 1, LX_CLAIM_DETERMINERS)) return 0;
    if (k >= last || cd_tok_is_punct(doc, k + 1, '.') || cd_tok_is_punct(doc, k + 1, ',') ||
        cd_tok_is_punct(doc, k + 1, ';'))
        return 1;
    return cd_tok_is(doc, k + 1, "in") || common_noun(doc, k + 1) || is_adverb(doc, k + 1);
}

/* A bracket or an angle bracket: ( ) [ ] { } < >. */
static int bracket(uint32_t cp)
{
    return cp == '(' || cp == ')' || cp == '[' || cp == ']' || cp == '{' || cp == '}' || cp == '<' || cp == '>';
}

/* Tokens [from, end) are determiners alone, cut before their noun by a time, a quote mark or a
 * bracket ("closure of the <Varnia Bank>", "imposing a "cap"", "by the end of May"): the phrase
 * names nothing. Not when other punctuation (a comma, a dash) or a word ends it ("banned her
 * from", "raided another in", "banned those - and"), where the word stands for whom or what it
 * names. */
static int determiners_only(const cd_doc *doc, size_t from, size_t end, size_t last)
{
    for (size_t k = from; k < end; k++)
        if (!cd_tok_in(doc, k, LX_CLAIM_DETERMINERS)) return 0;
    if (end > last) return 0;
    const cd_token *t = &doc->toks[end];
    return (t->flags & TF_TIME) || (t->type == TOK_PUNCT && (cd_is_quote(t->cp) || bracket(t->cp)));
}

#define INITIAL_PERIODS 4 /* periods of initials read over: "J.R.R. Tolkien" has three */

/* Token k is a period right after a capital letter alone, with no space between: the period of
 * an initial or an abbreviation ("U.S.", "B.C. Ames"). */
static int initial_period(const cd_doc *doc, size_t k, size_t from)
{
    const cd_token *w = k > from ? cd_dot_word(doc, k) : NULL;
    return w && w->len == 1 && (w->flags & TF_CAP);
}

/* One past the noun phrase [from, end) read on over the periods of initials: cd_phrase_end stops
 * at a period, which after a capital letter alone is an abbreviation's ("the U.S. Trade
 * Commission", "B.C. Ames"), not the phrase's end; the last such period is the phrase's own ("by
 * the U.S."). end if no such period ends it. */
static size_t past_initials(const cd_doc *doc, size_t from, size_t end, size_t last, size_t max)
{
    for (int periods = 0; periods < INITIAL_PERIODS && end < last && initial_period(doc, end, from); periods++) {
        size_t next = doc->toks[end + 1].type == TOK_WORD ? cd_phrase_end(doc, end + 1, last, max) : end + 1;
        if (next == end + 1) return end + 1;
        end = next;
    }
    return end <= last && initial_period(doc, end, from) ? end + 1 : end;
}

/* One past the phrase [from, end) cut before the adverbs that end it: "shut the plant
 * indefinitely", "withdrew the offer immediately", "closed by the board unilaterally" are about the
 * plant, the offer and the board. cd_phrase_end reads a word in -ly on as a noun's. A noun or an
 * adjective in -ly (data/ev_ly_nouns.tsv: "the family", "the oil supply", "a friendly") or a word
 * right after a determiner ("an early") stays; so does a phrase of one word. */
static size_t before_adverb_tail(const cd_doc *doc, size_t from, size_t end)
{
    while (end > from + 1 && is_adverb(doc, end - 1) && !cd_tok_rec(doc, end - 1, LX_EV_LY_NOUNS) &&
           !cd_tok_in(doc, end - 2, LX_CLAIM_DETERMINERS))
        end--;
    return end;
}

/* The noun phrase that starts at token j: a named entity's canonical name when one starts there
 * (after determiners), else the phrase's text. Writes one past its last token to *end. A
 * partitive reads on through "of" ("two of the city's five ferry terminals"). */
static const char *phrase_at(cd_doc *doc, size_t j, size_t last, size_t max, size_t *end)
{
    size_t from = j; /* a number's qualifier first: "up to 50 people", "more than 200 cafes" */
    for (size_t k = j; k <= last && k <= j + 2; k++) {
        size_t n = cd_number_starting(doc, k);
        if (n < doc->n_nums) {
            if (k > j && cd_number_stated_span(doc, n).tstart == doc->toks[j].start) from = k;
            break;
        }
    }
    *end = past_time_adjective(doc, from, past_initials(doc, from, cd_phrase_end(doc, from, last, max), last, max),
                               last, max);
    *end = past_bare_possessive(doc, from, *end, last, max);
    if (*end == from) return NULL;
    if (*end < last && cd_tok_is(doc, *end, "of") && counts_only(doc, j, *end)) {
        size_t rest = cd_phrase_end(doc, *end + 1, last, max);
        if (rest > *end + 1) *end = rest;
    }
    *end = before_adverbial(doc, from, *end, last);
    for (size_t k = from + 1; k < *end; k++) /* "a ban on imports remains in force": the verb ends it */
        if (copula_verb(doc, k, last)) *end = k;
    *end = before_adverb_tail(doc, from, *end);
    if (*end == from || determiners_only(doc, from, *end, last)) return NULL;
    return phrase_name(doc, j, *end);
}

static size_t np_owner(const cd_doc *doc, size_t k, const ev_sent *s);
static size_t participle_noun(const cd_doc *doc, size_t k, size_t end, const ev_sent *s);

/* Token k is a hyphen glued to the words on both sides: "foreign-owned", "31-year-old". */
static int glued_hyphen(const cd_doc *doc, size_t k)
{
    const unsigned spaced = TF_SPACE_BEFORE | TF_NEWLINE_BEFORE;
    return cd_tok_is_punct(doc, k, '-') && !(doc->toks[k].flags & spaced) && k + 1 < doc->n_toks &&
           !(doc->toks[k + 1].flags & spaced);
}

/* The noun phrase that ends at token end - 1, read backwards to a stop word, punctuation or the
 * sentence start; writes its first token to *start. */
static const char *phrase_before(cd_doc *doc, size_t end, const ev_sent *s, size_t *start)
{
    size_t e = end > s->first ? entity_covering(doc, end - 1) : doc->n_ents;
    if (e < doc->n_ents && cd_range_stop(&doc->einfo[e]) == end) {
        *start = doc->einfo[e].tok_first;
        return doc->ents[e].name;
    }
    size_t k = end, words = 0, glued = 0;
    while (k > s->first && words < SUBJECT_MAX) {
        if (k < end && k >= s->first + 2 && glued_hyphen(doc, k - 1)) { /* "a 43-year-old man": one word */
            if (++glued > SUBJECT_MAX) break; /* glued parts are bounded too: a long chain stops here */
            k -= 2;
            continue;
        }
        if (doc->toks[k - 1].type != TOK_WORD || cd_tok_in(doc, k - 1, LX_CLAIM_PHRASE_STOPS)) break;
        k--;
        words++;
        if (cd_tok_in(doc, k, LX_CLAIM_DETERMINERS)) break;
        if (cd_str_is(cd_tok_role(doc, k, LX_CLAIM_VERB_CUES), "subject")) { /* "they", alone */
            if (k + 1 < end) k++;
            break;
        }
    }
    *start = k;
    return cd_tok_text(doc, k, end);
}

/* The phrase [*start, end) that phrase_before read back to a bare possessive "'s", named from its
 * owner on ("Varnia's finance minister", never "'s finance minister"); *start moves to the owner.
 * NULL when the owner cannot be read. */
static const char *with_owner(cd_doc *doc, size_t *start, size_t end, const ev_sent *s)
{
    size_t owner = np_owner(doc, *start, s);
    if (owner >= *start) return NULL;
    *start = owner;
    return cd_tok_text(doc, owner, end);
}

/* ---- reading the event word -------------------------------------------------------------- */

/* An adverb of the cue list ("also", "not") or a lower-case word in -ly ("wrongly"). */
static int is_adverb(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    if (cd_str_is(cd_tok_role(doc, k, LX_CLAIM_VERB_CUES), "adverb")) return 1;
    return t->type == TOK_WORD && !(t->flags & TF_CAP) && t->len >= 5 &&
           memcmp(doc->text + cd_tok_stop(t) - 2, "ly", 2) == 0;
}

/* The token before i, skipping one adverb ("was also banned"); s->last + 1 at the start. */
static size_t cue_before(const cd_doc *doc, size_t i, const ev_sent *s)
{
    if (i <= s->first) return s->last + 1;
    size_t p = i - 1;
    if (p > s->first && is_adverb(doc, p)) p--;
    return p;
}

/* Punctuation inside a number ("$2.7 billion") does not end a phrase. */
static int inside_number(const cd_doc *doc, size_t j)
{
    return cd_number_at(doc, j) < doc->n_nums;
}

/* Whether token k is punctuation that ends a clause: not a point or comma inside a number. */
static int clause_mark(const cd_doc *doc, size_t k)
{
    return doc->toks[k].type == TOK_PUNCT && !inside_number(doc, k);
}

static int complement_follows(const cd_doc *doc, size_t end, const ev_sent *s)
{
    return end <= s->last && (cd_tok_is(doc, end, "of") || cd_tok_is(doc, end, "on") || cd_tok_is(doc, end, "against"));
}

/* Verbal context for a word that may also be a noun: a cue word or a name before it, or an
 * object (a determiner, a name, a number) after it. */
static int verbal_context(const cd_doc *doc, size_t i, size_t end, const ev_sent *s)
{
    size_t p = cue_before(doc, i, s);
    if (p <= s->last) {
        const char *cue = cd_tok_role(doc, p, LX_CLAIM_VERB_CUES);
        if (*cue && !cd_str_is(cue, "be") && !cd_str_is(cue, "have") && !cd_str_is(cue, "adverb")) return 1;
        size_t e = entity_covering(doc, p);
        if (e < doc->n_ents && cd_range_stop(&doc->einfo[e]) == p + 1) return 1;
        if (cd_tok_in(doc, p, LX_CLAIM_PHRASE_STOPS)) return 0; /* "in charge", "on close" */
    }
    if (end > s->last || cd_tok_is(doc, end, "to")) return 0;
    const cd_token *n = &doc->toks[end];
    return cd_tok_in(doc, end, LX_CLAIM_DETERMINERS) || n->type == TOK_NUM ||
           (n->type == TOK_WORD && (n->flags & TF_CAP)); /* a line break inside the sentence is a hard wrap */
}

/* "by" and its agent right after a participle that ends at token end, with no form of "be"
 * before it: a reduced relative or a headline's passive ("the levies imposed by Varnia", "Club
 * captain suspended by league"). Read as active, the noun before it was taken for the actor and
 * the agent left out. Not "by" a figure or a marked time ("closed by 6 pm", "closed by Friday"). */
static int agent_follows(const cd_doc *doc, size_t end, const ev_sent *s)
{
    if (end + 1 > s->last || !cd_tok_is(doc, end, "by")) return 0;
    const cd_token *n = &doc->toks[end + 1];
    return n->type == TOK_WORD && !(n->flags & (TF_TIME | TF_NUMBER));
}

/* The event word [i, end) is one word in -ed of five letters or more ("detained", "banned"), which
 * no infinitive is ("shed" is; "shut down" may be). */
static int ed_form(const cd_doc *doc, size_t i, size_t end)
{
    const cd_token *t = &doc->toks[i];
    return end == i + 1 && t->len >= 5 && memcmp(doc->text + cd_tok_stop(t) - 2, "ed", 2) == 0;
}

/* A participle [i, end) right after a preposition other than "by", with a lower-case noun after
 * it: "tested for banned tonics", "the care of detained hikers", "the start of closed
 * hearings"; after "to" only a word in -ed, which no infinitive is ("shots to detained hikers").
 * A preposition takes a noun phrase, not a clause, so the participle is an adjective
 * there as after a determiner ("the banned substances"), and names no act with a subject. After
 * an auxiliary the word is an adverb: "has since closed down its depots" stays. after_prep: token
 * i - 1 is a preposition of the sentence (read_use reads it). */
static int attributive(const cd_doc *doc, size_t i, size_t end, int flags, int after_prep, const ev_sent *s)
{
    if (!(flags & EV_PARTICIPLE) || !after_prep || end > s->last) return 0;
    if ((cd_tok_is(doc, i - 1, "to") && !ed_form(doc, i, end)) || cd_tok_is(doc, i - 1, "by"))
        return 0; /* "to shut down kilns" is a verb; "to detained hikers" is not */
    if (i - 1 > s->first && *cd_tok_role(doc, i - 2, LX_CLAIM_VERB_CUES)) return 0; /* "has since closed": an adverb */
    return common_noun(doc, end) && !is_adverb(doc, end);
}

/* Token i - 1 is a relative "that" (data/claim_phrase_stops.tsv, "rel"), no determiner: the word
 * at i has no noun reading and no "-ing", and a word that may be its antecedent stands before
 * "that": not a preposition, a verb of saying or of wanting ("above that charged", "said that",
 * "hoping that banned"), nor a gerund after it ("a ruling that detaining suspects is unlawful"). */
static int relative_that(const cd_doc *doc, size_t i, int flags, const ev_sent *s)
{
    if ((flags & (EV_NOUN | EV_AMBIGUOUS)) || i < s->first + 2 || cd_tok_ing_form(doc, i) ||
        !cd_str_is(cd_tok_role(doc, i - 1, LX_CLAIM_PHRASE_STOPS), "rel"))
        return 0;
    size_t a = i - 2;
    return doc->toks[a].type == TOK_WORD && !cd_tok_in(doc, a, LX_CLAIM_PHRASE_STOPS) &&
           !cd_tok_rec(doc, a, LX_QUOTE_VERBS) && !cd_tok_rec(doc, a, LX_EV_UNREAL);
}

/* Token i - 1 is a conjunction after which a participle alone is a passive (data/ev_bare_subs.tsv).
 * One that is also an adverb ("clause": "once") is the conjunction only where a clause starts:
 * "Norway once banned whaling" is active. */
static int bare_conjunction(const cd_doc *doc, size_t i, const ev_sent *s)
{
    const cd_lexrec *r = i > s->first ? cd_tok_rec(doc, i - 1, LX_EV_BARE_SUBS) : NULL;
    if (!r) return 0;
    return !cd_str_is(r->str, "clause") || i - 1 == s->first || doc->toks[i - 2].type == TOK_PUNCT;
}

static ev_use read_use(const cd_doc *doc, size_t i, size_t end, int flags, const ev_sent *s)
{
    size_t p = cue_before(doc, i, s);
    if ((flags & EV_PARTICIPLE) && p <= s->last &&
        (cd_str_is(cd_tok_role(doc, p, LX_CLAIM_VERB_CUES), "be") || cd_tok_rec(doc, p, LX_EV_COPULAS)))
        return USE_PASSIVE; /* "was closed", "remains closed" */
    if ((flags & EV_PARTICIPLE) && agent_follows(doc, end, s)) return USE_PASSIVE;
    if ((flags & EV_PARTICIPLE) && bare_conjunction(doc, i, s)) return USE_PASSIVE; /* "if convicted": no one named acts */
    int after_det = i > s->first && cd_tok_in(doc, i - 1, LX_CLAIM_DETERMINERS);
    /* "in charge of" is an idiom: a bare noun right after a preposition names no event */
    int after_prep = i > s->first && cd_str_is(cd_tok_role(doc, i - 1, LX_CLAIM_PHRASE_STOPS), "prep");
    int noun = (flags & EV_NOUN) && !after_prep && complement_follows(doc, end, s);
    if (after_det && relative_that(doc, i, flags, s)) after_det = 0; /* "a firm that sued its rival" */
    if (after_det || attributive(doc, i, end, flags, after_prep, s))
        return noun ? USE_NOUN : USE_NONE; /* "the banned substance", "a ban on", "for banned drugs" */
    if (flags == EV_NOUN) return noun ? USE_NOUN : USE_NONE;
    if (!(flags & EV_AMBIGUOUS) || verbal_context(doc, i, end, s)) return USE_VERB;
    return noun ? USE_NOUN : USE_NONE;
}

/* ---- claims ------------------------------------------------------------------------------ */

static cd_claim *add_event(cd_doc *doc, size_t si, size_t a, size_t b_inclusive, const char *action)
{
    cd_claim *c = cd_add_claim(doc, CD_CLAIM_EVENT, cd_tokspan(doc, a, b_inclusive), si);
    if (!c) return NULL;
    c->event.action = action;
    cd_claim_take_numbers(doc, c);
    cd_claim_reason(doc, c, "event-verb");
    return c;
}

/* Tokens [a, b) are adverbs only (or none): a chain with no auxiliary ("curbs now imposed"). */
static int only_adverbs(const cd_doc *doc, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (!is_adverb(doc, k)) return 0;
    return 1;
}

/* The start of the be-chain before a passive participle: "have been", "was also", "will be". */
static size_t chain_start(const cd_doc *doc, size_t i, const ev_sent *s)
{
    size_t k = i;
    if (k >= s->first + 2 && glued_hyphen(doc, k - 1) && cd_tok_rec(doc, k - 2, LX_EV_VERB_PREFIXES))
        k -= 2; /* the verb's prefix: "re-arrested" */
    while (k > s->first) {
        const char *role = cd_tok_role(doc, k - 1, LX_CLAIM_VERB_CUES);
        if (!(*role || is_adverb(doc, k - 1) || cd_tok_rec(doc, k - 1, LX_EV_COPULAS)) || cd_str_is(role, "subject") ||
            cd_str_is(role, "to"))
            break; /* a copula of data/ev_copulas.tsv is a "be": "will remain closed" */
        k--;
    }
    return k;
}

#define TITLE_TOKENS 3 /* a name's titles and their dots: "Staff Sgt." */

/* Token f opens a clause or an appositive: the sentence starts there or a comma or a semicolon
 * comes before it, past its titles ("Mr", "Staff Sgt."). */
static int opens_clause(const cd_doc *doc, size_t f, const ev_sent *s)
{
    for (size_t n = 0; f > s->first && n < TITLE_TOKENS; n++, f--)
        if (!cd_tok_rec(doc, f - 1, LX_ENT_TITLES) &&
            !(cd_tok_is_punct(doc, f - 1, '.') && f - 1 > s->first && cd_tok_rec(doc, f - 2, LX_ENT_TITLES)))
            break;
    return f == s->first || cd_tok_is_punct(doc, f - 1, ',') || cd_tok_is_punct(doc, f - 1, ';');
}

/* The name a comma or a relative "who" parts from its passive's be-chain, which starts at token
 * end: "Lena Oduya, who was arrested", "Peter Reyes, 41, was fined" (an age between), "the
 * agent, Paul Oster, was charged". Without it the claim was the bare participle, and a checker
 * could not tell who. After a comma alone the name must open its clause or close an appositive
 * (a comma or the sentence's start before it, past a title): in "the singer, who has been seen
 * with actress Dana Lyle, was arrested" the comma ends a relative clause whose last name is not the
 * subject. A place names no subject; nor does a name after a preposition ("the court in Avelin,
 * was"), unless "who" points back to it ("a trial date for Victor Amble, who was charged").
 * The first token of the name, or end if none. */
static size_t subject_across(const cd_doc *doc, size_t end, const ev_sent *s)
{
    size_t k = end;
    int who = k > s->first && cd_tok_is(doc, k - 1, "who");
    if (who) k--;
    if (k > s->first && cd_tok_is_punct(doc, k - 1, ',')) k--;
    else if (!who) return end;
    if (!who && k >= s->first + 2 && doc->toks[k - 1].type == TOK_NUM && cd_tok_is_punct(doc, k - 2, ','))
        k -= 2; /* an age: "Peter Reyes, 41, was" */
    size_t e = k > s->first ? entity_covering(doc, k - 1) : doc->n_ents;
    if (e >= doc->n_ents || cd_range_stop(&doc->einfo[e]) != k || doc->einfo[e].tok_first < s->first)
        return end;
    size_t f = doc->einfo[e].tok_first;
    if (doc->ents[e].type == cd_type_place || (!who && governed(doc, e, s->first))) return end;
    return who || opens_clause(doc, f, s) ? f : end;
}

static int ing_form(const cd_doc *doc, size_t k);

#define APPOSITIVE_REACH 24 /* tokens between the commas of an appositive or a relative clause */

/* Token k may open an appositive or a relative clause after a comma: a determiner ("Varco, a firm
 * based in Tarvin,", "Ann Holt, his deputy,") or a word of data/ev_clause_opens.tsv ("who",
 * "whom", "with": "the bank, with assets of $9m,"). */
static int opens_appositive(const cd_doc *doc, size_t k)
{
    return cd_tok_in(doc, k, LX_CLAIM_DETERMINERS) || cd_tok_rec(doc, k, LX_EV_CLAUSE_OPENS);
}

/* The comma that opens the appositive or relative clause whose closing comma is token k: the
 * comma before it in the sentence, with no other clause mark between but the points of a number
 * or of initials ("a former U.S. envoy"). s->last + 1 if none, or if the clause opens with no
 * word of opens_appositive. */
static size_t appositive_comma(const cd_doc *doc, size_t k, const ev_sent *s)
{
    for (size_t w = k; w > s->first + 1 && k - w < APPOSITIVE_REACH;) {
        w--;
        const cd_token *t = &doc->toks[w];
        if (t->type != TOK_PUNCT || inside_number(doc, w) || glued_hyphen(doc, w) || cd_tok_possessive(doc, w))
            continue;
        if (cd_tok_is_punct(doc, w, ',')) return w + 1 < k && opens_appositive(doc, w + 1) ? w : s->last + 1;
        if (!(cd_tok_is_punct(doc, w, '.') && initial_period(doc, w, s->first)) && !cd_tok_is_punct(doc, w, '\'') &&
            !(t->cp == 0x2019))
            return s->last + 1;
    }
    return s->last + 1;
}

/* The subject set off from its verb's chain, which starts at token end, by an appositive or a
 * relative clause between commas: "Lena Oduya, who ran the mill, was arrested", "the bank, with
 * assets of $9m, was closed", "Varco, a Tarvin-based firm, had sued". The name or noun phrase
 * right before the opening comma (past an age: "Ian Moss, 41, a clerk,"), which must open its
 * clause. Its first token, with one past it in *subj_end; end if none. Without it a passive had no
 * target, and an active verb took the nearest name, often one in the clause, for its actor. */
static size_t subject_before_clause(cd_doc *doc, size_t end, const ev_sent *s, size_t *subj_end)
{
    if (end < s->first + 4 || !cd_tok_is_punct(doc, end - 1, ',')) return end;
    size_t open = appositive_comma(doc, end - 1, s);
    if (open > s->last) return end;
    if (open >= s->first + 3 && doc->toks[open - 1].type == TOK_NUM && cd_tok_is_punct(doc, open - 2, ','))
        open -= 2; /* an age: "Ian Moss, 41, a clerk," */
    if (open <= s->first || doc->toks[open - 1].type != TOK_WORD) return end;
    size_t e = entity_covering(doc, open - 1), start;
    if (e < doc->n_ents && cd_range_stop(&doc->einfo[e]) == open) start = doc->einfo[e].tok_first;
    else if (!phrase_before(doc, open, s, &start) || start >= open)
        return end;
    if (start < s->first || !opens_clause(doc, start, s) || *cd_tok_role(doc, open - 1, LX_CLAIM_VERB_CUES) ||
        ing_form(doc, start) || (cd_tok_in(doc, start, LX_CLAIM_PHRASE_STOPS) && !cd_tok_in(doc, start, LX_CLAIM_DETERMINERS)))
        return end; /* "114 people, including clerks, a guard and a driver, were": a list, not an appositive */
    *subj_end = open;
    return start;
}

#define PP_HOPS 3 /* phrases walked back over: "shares of the bank's unit in Leeds were" */

/* Where the noun phrase whose text phrase_before read back to token head really starts: over the
 * words a hyphen joins ("hourly-rated staff", "18-year-old man"), a number before them ("40
 * staff") and one determiner before that, or a possessive's owner ("Varnia's envoys"). s->last + 1
 * if the owner cannot be read. */
static size_t head_start(const cd_doc *doc, size_t head, const ev_sent *s)
{
    size_t from = head;
    while (head >= s->first + 2 && glued_hyphen(doc, head - 1)) head -= 2;
    size_t n = head > s->first ? cd_number_at(doc, head - 1) : doc->n_nums;
    if (n < doc->n_nums && doc->ninfo[n].tok_first >= s->first) head = doc->ninfo[n].tok_first;
    if (head < from && head > s->first && cd_tok_in(doc, head - 1, LX_CLAIM_DETERMINERS) &&
        !cd_tok_is(doc, head - 1, "that")) /* "said that 40 staff" */
        head--;
    return cd_tok_possessive(doc, head) ? np_owner(doc, head, s) : head;
}

/* The first token of the noun that heads a passive's subject when the subject read back from its
 * be-chain, which starts at token start, is the object of a preposition of
 * data/ev_subject_preps.tsv: "workers at the mill in Tarvin were laid off" names the workers, not
 * Tarvin, which the claim used to start at. Walks back over up to PP_HOPS such phrases. start if
 * there is no noun before a preposition, or the head is itself the object of a preposition that
 * opens no clause ("during a debate on the bill"; but "because two of its mills were shut"). */
static size_t subject_head(cd_doc *doc, size_t start, const ev_sent *s)
{
    size_t head = start, k;
    for (int hop = 0; hop <= PP_HOPS; hop++) {
        if (head < start && (head = head_start(doc, head, s)) > s->last) return start;
        if (head < s->first + 2 || !cd_str_is(cd_tok_role(doc, head - 1, LX_EV_SUBJECT_PREPS), "in")) break;
        if (hop == PP_HOPS) return start;
        phrase_before(doc, head - 1, s, &k);
        if (k >= head - 1 || *cd_tok_role(doc, k, LX_CLAIM_VERB_CUES)) return start; /* "it was in" */
        head = k;
    }
    if (head == start) return start;
    int governed = head > s->first && cd_str_is(cd_tok_role(doc, head - 1, LX_CLAIM_PHRASE_STOPS), "prep") &&
                   !cd_str_is(cd_tok_role(doc, head - 1, LX_EV_SUBJECT_PREPS), "clause");
    return governed ? start : head;
}

#define NAME_JOINS 3 /* joins an agent's name is read on over: "the Department of Trade and Industry" */

/* Token k joins two parts of a name: "of", "and", "for" or "&". */
static int name_join(const cd_doc *doc, size_t k)
{
    return cd_tok_is(doc, k, "of") || cd_tok_is(doc, k, "and") || cd_tok_is(doc, k, "for") || cd_tok_is_punct(doc, k, '&');
}

/* One past an agent's name that phrase_at ended at token end, read on over a join between
 * capitals: "by the Varland Fishing and Forestry Board", "by the Office of Fair Trade"
 * (cd_phrase_end stops at the join, and the actor was "the Varland Fishing"). The word before the
 * join and the word after it ("the" after "of" skipped) are capitals, not of a time; end if not. */
static size_t name_joined(const cd_doc *doc, size_t end, const ev_sent *s)
{
    for (int joins = 0; joins < NAME_JOINS && end < s->last && (doc->toks[end - 1].flags & TF_CAP) && name_join(doc, end);
         joins++) {
        size_t k = end + 1, stop;
        if (k < s->last && cd_tok_is(doc, end, "of") && cd_tok_is(doc, k, "the")) k++;
        for (stop = k; stop <= s->last && doc->toks[stop].type == TOK_WORD && (doc->toks[stop].flags & TF_CAP) &&
                       !(doc->toks[stop].flags & TF_TIME);
             stop++)
            ;
        if (stop == k) break;
        end = stop;
    }
    return end;
}

#define RELATIVE_REACH 16 /* tokens from a relative "who" to the subject passive_event read */

/* The noun before a relative "who" whose clause holds the subject that passive_event read back to
 * token start: "nine marchers who stormed the hall during a debate on the bill have been charged"
 * are charged, not the bill. The clause runs from "who" to start with no punctuation; a speech
 * verb, "that" or a subject pronoun in it opens a clause of its own ("a clerk who said the depot
 * was closed"). The noun phrase before "who" must not follow a preposition ("after two who").
 * Its first token, with one past it in *head_end; start if none. */
static size_t relative_subject(cd_doc *doc, size_t start, const ev_sent *s, size_t *head_end)
{
    for (size_t w = start; w > s->first + 1 && start - w < RELATIVE_REACH;) {
        w--;
        if (clause_mark(doc, w) || cd_tok_is(doc, w, "that") || cd_tok_rec(doc, w, LX_QUOTE_VERBS) || subject_word(doc, w))
            return start;
        if (!cd_tok_is(doc, w, "who") || w + 1 == start) continue;
        size_t head;
        phrase_before(doc, w, s, &head);
        if (head >= w || (head > s->first && cd_str_is(cd_tok_role(doc, head - 1, LX_CLAIM_PHRASE_STOPS), "prep")))
            return start;
        *head_end = w;
        return head;
    }
    return start;
}

/* The agent after the "by" at token j: the noun phrase there, read on over joins between the capitals
 * of a name (name_joined); one past it in *by_end. NULL if none. */
static const char *agent_after_by(cd_doc *doc, size_t j, const ev_sent *s, size_t *by_end)
{
    const char *agent = phrase_at(doc, j + 1, s->last, TARGET_MAX, by_end);
    size_t joined = agent ? name_joined(doc, *by_end, s) : *by_end;
    if (joined > *by_end) agent = phrase_name(doc, j + 1, *by_end = joined);
    return agent;
}

static const char *relative_antecedent(cd_doc *doc, size_t i, const ev_sent *s);

static size_t passive_event(cd_doc *doc, size_t si, size_t i, size_t end, const char *action, const ev_sent *s)
{
    size_t subj_end = chain_start(doc, i, s), subj_start = subj_end;
    /* the conjunction of "once detained" is no subject: phrase_before stops at most of them, not all */
    int bare = subj_end > s->first && cd_tok_rec(doc, subj_end - 1, LX_EV_BARE_SUBS);
    const char *target = subj_end > s->first && !bare ? phrase_before(doc, subj_end, s, &subj_start) : NULL;
    if (target && subj_start < subj_end && cd_tok_possessive(doc, subj_start)) { /* "Varnia's main airport" */
        size_t owner = subj_start;
        const char *named = with_owner(doc, &owner, subj_end, s);
        if (named) target = named, subj_start = owner;
    }
    size_t clause_end = subj_end;
    if (!target && (subj_start = subject_across(doc, subj_end, s)) < subj_end) /* the subject's name */
        target = doc->ents[entity_covering(doc, subj_start)].name;
    else if (!target && (subj_start = subject_before_clause(doc, subj_end, s, &clause_end)) < subj_end)
        target = phrase_name(doc, subj_start, clause_end); /* "Ida Marsh, who ran the mill, was" */
    else if (target && only_adverbs(doc, subj_end, i)) { /* no "be": a reduced relative's noun, or none */
        size_t noun = participle_noun(doc, subj_start, subj_end, s);
        if (noun > s->last) target = NULL, subj_start = subj_end; /* "will remain suspended" */
        else if (noun > subj_start) target = cd_tok_text(doc, subj_start = noun, subj_end);
    } else if (target && subj_start < subj_end && subj_end < i && !is_adverb(doc, subj_end) &&
               !cd_tok_is(doc, subj_end, "being") && !cd_tok_is(doc, subj_end, "having")) {
        /* a finite chain: not "led to him being held", nor a reduced relative ("curbs now imposed") */
        size_t head = subject_head(doc, subj_start, s), head_end = subj_end;
        if (head < subj_start) target = cd_tok_text(doc, subj_start = head, subj_end);
        head = relative_subject(doc, subj_start, s, &head_end);
        if (head < subj_start) target = cd_tok_text(doc, subj_start = head, head_end);
    }
    size_t from = target ? subj_start : i;
    if (!target) target = relative_antecedent(doc, i, s); /* "the mill which was closed": the claim stays the verb */
    const char *actor = NULL;
    size_t stop = end, by_end = end;
    for (size_t j = end; j <= s->last && j < end + BY_WINDOW; j++) {
        if (clause_mark(doc, j)) break;
        if (cd_tok_is(doc, j, "by")) {
            actor = agent_after_by(doc, j, s, &by_end);
            if (actor) stop = by_end;
            break;
        }
    }
    cd_claim *c = add_event(doc, si, from, stop - 1, action);
    if (!c) return stop - 1;
    c->event.target = target;
    c->event.actor = actor;
    if (actor && entity_covering(doc, by_end - 1) < doc->n_ents) cd_claim_reason(doc, c, "named-actor");
    return stop - 1;
}

#define ALIAS_LOOKBACK 24   /* organizations searched back for the name of "the authority" */
#define ALIAS_WINDOW 1000   /* tokens searched back: a story's length, so the cost stays bounded */

/* Two tokens spell the same word, ignoring ASCII case. */
static int same_word(const cd_doc *doc, size_t a, size_t b)
{
    const cd_token *x = &doc->toks[a], *y = &doc->toks[b];
    return x->hash == y->hash && cd_word_eq(doc->text + x->start, x->len, doc->text + y->start,
                                            y->len);
}

/* "the authority" after "the Harbor City Transit Authority": the nearest organization before
 * token head whose name ends in the same word; NULL if none. */
static const char *alias_of(const cd_doc *doc, size_t head)
{
    size_t min = head > ALIAS_WINDOW ? head - ALIAS_WINDOW : 0;
    size_t e = cd_entity_before(doc, head, min, cd_type_organization);
    for (int steps = 0; e != (size_t)-1 && steps < ALIAS_LOOKBACK; steps++) {
        const cd_tok_range *r = &doc->einfo[e];
        if (r->tok_count > 1 && same_word(doc, r->tok_first + r->tok_count - 1, head)) return doc->ents[e].name;
        e = e ? cd_entity_before(doc, r->tok_first, min, cd_type_organization) : (size_t)-1;
    }
    return NULL;
}

/* Where a time between a subject and its verb's chain, which starts at token end, begins: "the
 * board last week closed", "the agency on Friday banned" (time.c marked the time's tokens), with
 * its preposition. end when no time comes right before. */
static size_t before_time(const cd_doc *doc, size_t end, const ev_sent *s)
{
    size_t k = end;
    while (k > s->first && (doc->toks[k - 1].flags & TF_TIME) && doc->toks[k - 1].type == TOK_WORD) k--;
    if (k < end && k > s->first && cd_str_is(cd_tok_role(doc, k - 1, LX_CLAIM_PHRASE_STOPS), "prep") &&
        !(doc->toks[k - 1].flags & TF_CAP))
        k--; /* "on Friday" */
    return k;
}

/* Token k, a capitalized word of a subject phrase that ends before token end, is a nationality
 * adjective (data/ent_demonyms.tsv) before a lower-case noun: "the Varnian government", no name
 * that the entity rule reads; without it the government acted for no one. */
static int demonym_before_noun(const cd_doc *doc, size_t k, size_t end)
{
    return k + 1 < end && cd_lex_has(cd_tok_entry(&doc->toks[k]), LX_ENT_DEMONYMS) && common_noun(doc, k + 1);
}

/* The subject right before a verb (after its auxiliaries) when it is a common noun phrase: "the
 * authority will suspend", "police arrested". NULL for names (the entity rule reads them),
 * pronouns, times and numbers. "the authority" names the organization it stands for. */
static const char *subject_actor(cd_doc *doc, size_t i, const ev_sent *s, size_t *from)
{
    size_t end = before_time(doc, chain_start(doc, i, s), s), start;
    if (end <= s->first || doc->toks[end - 1].type != TOK_WORD || entity_covering(doc, end - 1) < doc->n_ents)
        return NULL;
    const char *np = phrase_before(doc, end, s, &start);
    if (!np || start >= end) return NULL;
    for (size_t k = start; k < end; k++) {
        const cd_token *t = &doc->toks[k];
        if (glued_hyphen(doc, k) || (k + 1 < end && glued_hyphen(doc, k + 1)) || (k > start && glued_hyphen(doc, k - 1)))
            continue; /* a compound's parts: "nine-party", "non-OPEC" */
        if (k == start && (t->flags & TF_NUMBER) && !(t->flags & TF_TIME) && k + 1 < end)
            continue; /* a count before its noun: "six foreign-owned mills" */
        if ((t->flags & (TF_TIME | TF_NUMBER | TF_QUOTED)) || *cd_tok_role(doc, k, LX_CLAIM_VERB_CUES) ||
            (k > start && (t->flags & TF_CAP) && !demonym_before_noun(doc, k, end)))
            return NULL;
    }
    if (cd_tok_in(doc, end - 1, LX_CLAIM_QUANTIFIERS) || cd_tok_in(doc, end - 1, LX_CLAIM_DETERMINERS))
        return NULL; /* "those most recently closed": no noun, no subject */
    *from = start;
    if (cd_tok_possessive(doc, start)) { /* "Varnia's finance minister" */
        size_t owner = start;
        return with_owner(doc, &owner, end, s);
    }
    if (end - start == 2 && cd_tok_is(doc, start, "the")) {
        const char *org = alias_of(doc, end - 1);
        if (org) return org;
    }
    return np;
}

/* Where a common noun subject that starts at token k really starts, or s->last + 1 for none: its
 * owner before a possessive ("Japan's ... market", never the bare "'s"); none after a modal or
 * "to", where the "noun" is a verb ("will remain shut down"), or after a preposition, where it
 * is a place or a part ("depots across Venland will close"). */
static size_t np_owner(const cd_doc *doc, size_t k, const ev_sent *s)
{
    if (k > s->first && ((*cd_tok_role(doc, k - 1, LX_CLAIM_VERB_CUES) &&
                          !cd_str_is(cd_tok_role(doc, k - 1, LX_CLAIM_VERB_CUES), "adverb")) ||
                         (cd_str_is(cd_tok_role(doc, k - 1, LX_CLAIM_PHRASE_STOPS), "prep") &&
                          !cd_tok_is(doc, k - 1, "of")))) /* "members of its board resigned" */
        return s->last + 1;
    if (!cd_tok_possessive(doc, k)) return k;
    if (k <= s->first || doc->toks[k - 1].type != TOK_WORD) return s->last + 1;
    size_t e = entity_covering(doc, k - 1);
    if (e < doc->n_ents && doc->einfo[e].tok_first >= s->first) return doc->einfo[e].tok_first;
    return k - 1 > s->first && cd_tok_in(doc, k - 2, LX_CLAIM_DETERMINERS) ? k - 2 : k - 1;
}

/* Token k is a lower-case word in -ing ("having", "closing"). */
static int ing_form(const cd_doc *doc, size_t k)
{
    return doc->toks[k].type == TOK_WORD && !(doc->toks[k].flags & TF_CAP) && cd_tok_ing_form(doc, k);
}

/* Where the noun that a participle with no be-chain follows starts, when phrase_before read it back
 * from the participle to token k: a reduced relative's noun ("the levy imposed on rice"). As
 * np_owner, but a noun governed by a preposition other than "to" is still what the act fell on
 * ("exempt from a pay freeze imposed in May", "since curbs imposed in 1990"), and so is the
 * object of a verb after a modal or "to" ("would lift duties imposed", "to meet rules imposed by"),
 * with the verb left out, or after "have" ("to have the suit dismissed"). s->last + 1 if none. */
static size_t participle_noun(const cd_doc *doc, size_t k, size_t end, const ev_sent *s)
{
    size_t o = np_owner(doc, k, s);
    if (o <= s->last || k <= s->first || cd_tok_possessive(doc, k)) return o;
    const char *cue = cd_tok_role(doc, k - 1, LX_CLAIM_VERB_CUES);
    if (!*cue) return k; /* a preposition: "from a pay freeze" */
    if (cd_tok_in(doc, k, LX_CLAIM_DETERMINERS)) /* "have the suit dismissed"; "has ordered imposed" is no noun */
        return cd_str_is(cue, "have") || cd_str_is(cue, "modal") || cd_str_is(cue, "to") ? k : o;
    if (!cd_str_is(cue, "modal") && !cd_str_is(cue, "to") && !cd_str_is(cue, "do")) return o;
    size_t n = k + 1; /* the verb's object, past a gerund: "face having assets seized" */
    if (n + 1 < end && ing_form(doc, n)) n++;
    return n < end && common_noun(doc, n) && !ing_form(doc, n) ? n : o;
}

/* The first token of the subject right before a verb with no object (after its auxiliaries):
 * "David Mullen resigned", "the minister has resigned", "he resigned". Without it the claim was
 * the bare verb, which says nothing a checker can look up. from_np is where subject_actor found a
 * common noun phrase (or i); i when there is no subject: a comma, "to", a relative word. */
static size_t subject_start(const cd_doc *doc, size_t i, size_t from_np, const ev_sent *s)
{
    if (from_np < i) {
        size_t o = np_owner(doc, from_np, s);
        return o <= s->last ? o : i;
    }
    size_t end = chain_start(doc, i, s);
    if (end <= s->first || doc->toks[end - 1].type != TOK_WORD) return i;
    size_t e = entity_covering(doc, end - 1);
    if (e < doc->n_ents && cd_range_stop(&doc->einfo[e]) == end) /* not "across the UK" */
        return doc->einfo[e].tok_first >= s->first && !governed(doc, e, s->first) ? doc->einfo[e].tok_first : i;
    if (subject_word(doc, end - 1)) return end - 1; /* "he", not "who" */
    return i;
}

/* Whether the phrase [j, end) is a sum of money and nothing else, with its qualifier: "$16m",
 * "up to 2,500 pounds". A fine's sum is what it costs, not whom it hits, which the audit found read
 * as the target ("a fine of $7m"): the claim keeps the sum in its span and has no target. Money
 * seized or withdrawn is what the act takes, and stays its target. */
static int sum_only(const cd_doc *doc, size_t j, size_t end)
{
    for (size_t k = j; k < end && k <= j + 2; k++) {
        size_t n = cd_number_starting(doc, k);
        if (n >= doc->n_nums) continue;
        return doc->nums[n].kind == CD_NUM_MONEY && cd_range_stop(&doc->ninfo[n]) == end &&
               cd_number_stated_span(doc, n).tstart == doc->toks[j].start;
    }
    return 0;
}

/* "close" and "shut" with no object say what was shut: "the consulate closed last year", "the
 * site is to shut down". Their subject, or the name read for it, is the target, not the actor
 * ("the council closed the depot" names who shut what). A sample of BBC events with no object
 * found the "actor" of such a closure was the place that closed. */
static int shuts_itself(const char *action)
{
    return cd_str_is(action, "close") || cd_str_is(action, "shut");
}

#define PERSON_SENTENCES 2 /* sentences before its own a "his" or "her" looks back over for its person */

/* The subject organisation, country or group of the sentence [first, end): the first name in it
 * that is no person's, that no preposition governs ("in Varnia") and that owns no other name
 * right after it ("Varnia's Port Authority" is the authority's). NULL if none. */
static const char *group_subject(const cd_doc *doc, size_t first, size_t end)
{
    for (size_t e = cd_entity_after(doc, first, end, NULL); e != (size_t)-1;
         e = cd_entity_after(doc, doc->einfo[e].tok_first + 1, end, NULL)) {
        const char *type = doc->ents[e].type;
        size_t stop = cd_range_stop(&doc->einfo[e]);
        if ((type == cd_type_organization || type == cd_type_place) && !governed(doc, e, first) &&
            !(stop + 1 < end && cd_tok_possessive(doc, stop) && entity_starting(doc, stop + 1, end - 1) < doc->n_ents))
            return doc->ents[e].name;
    }
    return NULL;
}

/* Token k may be a word of a name the entity reader did not read: capitalised, in no entity, no
 * time, acronym, quote's word, title ("Mayor") or determiner ("The"). */
static int unread_name_word(const cd_doc *doc, size_t k)
{
    const unsigned not_name = TF_ENTITY | TF_TIME | TF_QUOTED | TF_ALLCAPS;
    const cd_token *t = &doc->toks[k];
    return t->type == TOK_WORD && (t->flags & TF_CAP) && !(t->flags & not_name) && t->len > 1 &&
           !cd_tok_rec(doc, k, LX_ENT_TITLES) && !cd_tok_in(doc, k, LX_CLAIM_DETERMINERS) &&
           !cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS);
}

/* Whether two unread_name_words in a row stand in [from, to): a name the entity reader did not
 * read as a person's ("Ida Marsh cited her"), who may be whom a pronoun after it stands for. One
 * word alone is as often a place's ("the council in Tarvin"). */
static int unread_name(const cd_doc *doc, size_t from, size_t to)
{
    for (size_t k = from; k + 1 < to; k++)
        if (unread_name_word(doc, k) && unread_name_word(doc, k + 1)) return 1;
    return 0;
}

/* The last person named before token k, from the start of the sentence PERSON_SENTENCES before s
 * on, whom the story tells to be of sex `sex` (a CD_SEX_); one whose sex it does not tell only when
 * it names there no other such person, nor an unread_name after them. NULL if none. A man with no
 * title named before a woman the entity reader missed took "her resignation". */
static const char *last_person(const cd_doc *doc, size_t k, const ev_sent *s, int sex)
{
    size_t min = doc->sinfo[s->index > PERSON_SENTENCES ? s->index - PERSON_SENTENCES : 0].tok_first;
    const char *only = NULL; /* the one person of no told sex named in the window, while only one is */
    size_t only_stop = k;    /* one past that person's last mention */
    int several = 0;
    for (size_t e = cd_entity_before(doc, k, min, cd_type_person); e != (size_t)-1;
         e = cd_entity_before(doc, doc->einfo[e].tok_first, min, cd_type_person)) {
        const char *name = doc->ents[e].name;
        int told = cd_person_sex(doc, name);
        if (told & sex) return name;
        if (told) continue; /* told of the other sex */
        several |= only && !cd_str_is(name, only);
        if (!only) only = name, only_stop = cd_range_stop(&doc->einfo[e]);
    }
    return several || unread_name(doc, only_stop, k) ? NULL : only;
}

/* The owner that the possessive pronoun at token k, of record r in data/ev_owner_pronouns.tsv,
 * stands for: "its" and "their" the group_subject of the sentence before k, or of the sentence
 * before when this one names none; "his" and "her" the last_person. NULL if none. */
static const char *pronoun_owner(const cd_doc *doc, const cd_lexrec *r, size_t k, const ev_sent *s)
{
    if (!r) return NULL;
    if (!r->str) return last_person(doc, k, s, (int)r->num);
    const char *group = group_subject(doc, s->first, k);
    if (group || !s->index) return group;
    const cd_sent_info *prev = &doc->sinfo[s->index - 1];
    return group_subject(doc, prev->tok_first, prev->tok_first + prev->tok_count);
}

/* The owner of a noun of intent (data/ev_intent_nouns.tsv) right before the verb's "to":
 * "Varnia's decision to halt fares", "the LSE's move to ban"; not "urged his family to resign". The decision is its owner's, who does the act, as with "Russia's
 * expulsion of" (a noun event); the nearest name before, which was read instead, was often
 * another's. A possessive pronoun names its pronoun_owner ("his decision to retire"). NULL if the
 * noun has no named owner. */
static const char *owner_before_to(const cd_doc *doc, size_t i, const ev_sent *s)
{
    size_t chain = chain_start(doc, i, s); /* the verb's first token, "to" before it */
    if (chain < s->first + 3 || !cd_tok_is(doc, chain - 1, "to") || !cd_tok_in(doc, chain - 2, LX_EV_INTENT_NOUNS))
        return NULL;
    const cd_lexrec *pronoun = cd_tok_rec(doc, chain - 3, LX_EV_OWNER_PRONOUNS);
    if (pronoun) return pronoun_owner(doc, pronoun, chain - 3, s); /* "her decision to" */
    if (chain < s->first + 4 || !cd_tok_possessive(doc, chain - 3)) return NULL;
    size_t e = entity_covering(doc, chain - 4);
    return e < doc->n_ents ? doc->ents[e].name : NULL;
}

static int listed_adverb(const cd_doc *doc, size_t k);

/* A subject pronoun of that sex (data/quote_gender.tsv: "he", "she") stands in the sentence between
 * the last person named and the object pronoun at token o: "Ed Vance said he had been forced, and
 * the rules forced him to" tells "him" is Ed Vance where the story names no title for him. */
static int sex_told_before(const cd_doc *doc, size_t o, const ev_sent *s, int sex)
{
    for (size_t k = o; k > s->first; k--) {
        size_t e = entity_covering(doc, k - 1);
        if (e < doc->n_ents && doc->ents[e].type == cd_type_person) return 0;
        const cd_lexrec *r = cd_tok_rec(doc, k - 1, LX_QUOTE_GENDER);
        if (r && !isnan(r->num) && ((int)r->num & sex) && subject_word(doc, k - 1)) return 1;
    }
    return 0;
}

/* The object of a verb of data/ev_control_verbs.tsv (or of "call on") that ends at token to - 1,
 * its "to" at token to: "urged the council to", "forced Varco to", "asked the governor of Tarvin
 * to". The object does the act after "to", not who urged; the nearest name or the subject, read
 * for it, was theirs. A name's canonical name, a noun phrase's text, or for "him" and "her" the
 * last_person of that sex when the story tells that sex (cd_person_sex) or sex_told_before ("Ann
 * Roe said the vote prompted him to" names no actor); NULL for another pronoun ("allowed them to")
 * or when the object is a noun of intent or power ("gave its staff the power to"). *found says an
 * object was read. */
static const char *controlled_object(cd_doc *doc, size_t to, const ev_sent *s, int *found)
{
    size_t start, o = to - 1;
    if (doc->toks[o].type != TOK_WORD || time_word(doc, o) || cd_tok_in(doc, o, LX_EV_INTENT_NOUNS) ||
        cd_tok_rec(doc, o, LX_EV_UNREAL) || cd_tok_rec(doc, o, LX_EV_CONTROL_VERBS) || listed_adverb(doc, o) ||
        is_adverb(doc, o) || cd_tok_rec(doc, o, LX_EV_PARTICLES))
        return NULL;
    const cd_lexrec *pronoun = cd_tok_rec(doc, o, LX_EV_OBJECT_PRONOUNS);
    const char *name = NULL;
    if (pronoun || cd_tok_is(doc, o, "it")) start = o;
    else if (!(name = phrase_before(doc, to, s, &start)) || start >= to)
        return NULL;
    for (size_t k = start; !pronoun && k + 1 < to; k++) /* phrase_before reads over a verb: "urged Ida Marsh" */
        if (cd_tok_rec(doc, k, LX_EV_CONTROL_VERBS)) name = phrase_name(doc, start = k + 1, to);
    if (start > s->first + 1 && cd_tok_is(doc, start - 1, "of") && !pronoun) { /* "the governor of Tarvin" */
        size_t head;
        phrase_before(doc, start - 1, s, &head);
        if (head < start - 1) name = cd_tok_text(doc, start = head, to);
    }
    if (name && cd_tok_possessive(doc, start) && !(name = with_owner(doc, &start, to, s))) return NULL;
    size_t v = start - 1;
    if (start <= s->first ||
        !(cd_tok_rec(doc, v, LX_EV_CONTROL_VERBS) ||
          (v > s->first && (cd_tok_is(doc, v, "on") || cd_tok_is(doc, v, "upon")) &&
           cd_str_is(cd_tok_role(doc, v - 1, LX_EV_UNREAL), "call"))))
        return NULL;
    *found = 1;
    if (pronoun && !isnan(pronoun->num)) {
        const char *who = last_person(doc, o, s, (int)pronoun->num);
        return who && ((cd_person_sex(doc, who) & (int)pronoun->num) || sex_told_before(doc, o, s, (int)pronoun->num))
                   ? who
                   : NULL;
    }
    return pronoun || !name ? NULL : name;
}

/* The actor of the verb at token i when a verb of data/ev_control_verbs.tsv and its object come
 * before its "to" (controlled_object); *found says they do, and the actor may then be NULL. */
static const char *controlled_actor(cd_doc *doc, size_t i, const ev_sent *s, int *found)
{
    size_t c = chain_start(doc, i, s);
    if (c < s->first + 3 || !cd_tok_is(doc, c - 1, "to")) return NULL;
    return controlled_object(doc, c - 1, s, found);
}

/* Moves *start, where phrase_before read a relative's antecedent back to (before end), past a
 * verb it read over: one after a subject pronoun ("it opposes a bill that"), the last in "-ing"
 * ("replacing two aides who", "a law easing rules that") or any before a count ("hired two aides
 * who"). 0 when the phrase was cut by its length, not at its start (a word that is no stop word
 * before it, no determiner opening it): "still backs Harbour Board rules that" gave a verb for
 * the actor. */
static int antecedent_start(const cd_doc *doc, size_t *start, size_t end, const ev_sent *s)
{
    size_t k = *start;
    int after_pronoun = k > s->first && subject_word(doc, k - 1);
    if (!after_pronoun && k > s->first && doc->toks[k - 1].type == TOK_WORD &&
        !cd_tok_in(doc, k - 1, LX_CLAIM_PHRASE_STOPS) && !cd_tok_in(doc, k, LX_CLAIM_DETERMINERS))
        return 0;
    if (after_pronoun && k + 1 < end) k++;
    for (size_t w = k; w + 1 < end; w++) { /* the relative word follows the noun after the "-ing" */
        if (ing_form(doc, w)) k = w + 1;
        else if (w > k && cd_number_at(doc, w) < doc->n_nums && !cd_tok_in(doc, w - 1, LX_CLAIM_DETERMINERS))
            k = w; /* a count opens the noun phrase: "hired two aides who" */
    }
    *start = k;
    return 1;
}

/* The antecedent of a relative "who" or "which" right before the chain of the verb at token i, after
 * a comma or not, or of a "that" with no comma: "Pol Arden, who resigned", "the old mill, which
 * closed in May", "the rebels who closed the road", "a firm that sued its rival". An entity's name
 * (a place only when no preposition governs it: "the mill in Tarvin, which closed" is the mill's),
 * or the noun phrase before the relative word when no preposition governs it, cut to the name that
 * ends it ("to replace Pol Arden, who"). NULL if none. Before, the nearest name was read, often
 * another's, or none: a bare "Arden" or "the mill" is no entity. */
static const char *relative_antecedent(cd_doc *doc, size_t i, const ev_sent *s)
{
    size_t c = chain_start(doc, i, s);
    if (c < s->first + 2) return NULL;
    int comma = cd_tok_is_punct(doc, c - 2, ',');
    int relative = cd_tok_is(doc, c - 1, "who") || cd_tok_is(doc, c - 1, "which") ||
                   (!comma && cd_tok_is(doc, c - 1, "that"));
    size_t end = comma ? c - 2 : c - 1;
    if (!relative || end <= s->first || doc->toks[end - 1].type != TOK_WORD || cd_tok_rec(doc, end - 1, LX_QUOTE_VERBS))
        return NULL; /* "said that": a clause, no antecedent */
    size_t start, e = entity_covering(doc, end - 1);
    if (e < doc->n_ents && cd_range_stop(&doc->einfo[e]) == end) {
        start = doc->einfo[e].tok_first;
        int place_or_loose = doc->ents[e].type == cd_type_place || !comma; /* "a bill before Congress that" */
        if (start < s->first || (place_or_loose && governed(doc, e, s->first))) return NULL;
        if (!comma && start > s->first && cd_tok_is(doc, start - 1, "by")) return NULL; /* "a bid by Varco which" */
        return doc->ents[e].name;
    }
    const char *np = phrase_before(doc, end, s, &start);
    if (!np || start >= end || time_word(doc, end - 1) ||
        (start > s->first && cd_str_is(cd_tok_role(doc, start - 1, LX_CLAIM_PHRASE_STOPS), "prep") &&
         !cd_tok_is(doc, start - 1, "of")))
        return NULL; /* "the officials in the capital, who", "orders sent this week which" */
    size_t name = end; /* a name that ends the phrase is the antecedent: "to replace Pol Arden, who" */
    while (name > start && (doc->toks[name - 1].flags & TF_CAP)) name--;
    if (name > start && name < end) np = cd_tok_text(doc, start = name, end);
    else if (!antecedent_start(doc, &start, end, s))
        return NULL;
    else
        np = cd_tok_possessive(doc, start) ? with_owner(doc, &start, end, s) : cd_tok_text(doc, start, end);
    return np_owner(doc, start, s) <= s->last ? np : NULL;
}

#define INITIALS_MAX 6 /* letters of an organisation's initials: "SEC", "ECGD" */

/* An all-capitals word of two to INITIALS_MAX letters that no entity covers, right before the
 * chain of the verb at token i (past a time): "the SEC charged", "the ECGD last week suspended".
 * The entity pass does not know every organisation's initials; without them the actor was the
 * nearest name further back, often another's, or none. Not in a headline's capitals, nor after a
 * content word, where the word is an object ("saw ACME fined"): only a determiner (the subject
 * then starts there, written to *from), a function word, punctuation or the sentence's start may
 * come before it. NULL if none. */
static const char *initials_actor(cd_doc *doc, size_t i, const ev_sent *s, size_t *from)
{
    size_t end = before_time(doc, chain_start(doc, i, s), s);
    if (end <= s->first || doc->sents[s->index].headline) return NULL;
    size_t k = end - 1;
    const cd_token *t = &doc->toks[k];
    if (t->type != TOK_WORD || !(t->flags & TF_ALLCAPS) || t->len > INITIALS_MAX ||
        entity_covering(doc, k) < doc->n_ents)
        return NULL;
    size_t start = k;
    if (k > s->first && cd_tok_in(doc, k - 1, LX_CLAIM_DETERMINERS)) start = k - 1;
    else if (k > s->first && doc->toks[k - 1].type == TOK_WORD && !cd_tok_in(doc, k - 1, LX_CLAIM_PHRASE_STOPS))
        return NULL;
    *from = start;
    return cd_tok_text(doc, k, end);
}

/* The actor of the verb at token i set off from it by an appositive or a relative clause
 * (subject_before_clause): "Varco, a Tarvin-based firm, had sued". NULL if none. */
static const char *clause_subject(cd_doc *doc, size_t i, const ev_sent *s)
{
    size_t end = before_time(doc, chain_start(doc, i, s), s), subj_end = end;
    size_t start = subject_before_clause(doc, end, s, &subj_end);
    return start < end ? phrase_name(doc, start, subj_end) : NULL;
}

/* Token k may open a verb's object: a determiner, a number or a word that is no stop word, verb
 * cue or word of a time ("today", "Monday"). */
static int opens_object(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    if (t->type == TOK_NUM) return 1;
    if (t->type != TOK_WORD || (t->flags & TF_TIME)) return 0;
    if (cd_tok_in(doc, k, LX_CLAIM_DETERMINERS)) return 1;
    return !cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS) && !*cd_tok_role(doc, k, LX_CLAIM_VERB_CUES);
}

/* Token k is a word of data/ev_object_adverbs.tsv or an adverb of data/claim_verb_cues.tsv: an
 * adverb for sure, where a word in "-ly" may be an adjective ("quarterly", "daily", "orderly"). */
static int listed_adverb(const cd_doc *doc, size_t k)
{
    return cd_tok_rec(doc, k, LX_EV_OBJECT_ADVERBS) || cd_str_is(cd_tok_role(doc, k, LX_CLAIM_VERB_CUES), "adverb");
}

/* Where the object of a verb that ends at token j starts, past the adverbs right after the verb
 * ("suspended indefinitely its payments", "resigned effective Monday", "retired early",
 * "withdrew entirely from"): read as the object, they were the target. s->last + 1 when no
 * object follows them (punctuation, a time, a preposition, a verb): the verb has none. j when no
 * adverb comes first, or when a word in "-ly" that no list holds, or a listed one marked "adj"
 * ("effective"), may be an adjective of the object: a lower-case word or "and" follows it ("imposed nightly and weekend curfews", "suspended
 * yearly bonuses", "withdrew newly printed maps"). */
static size_t past_object_adverbs(const cd_doc *doc, size_t j, const ev_sent *s)
{
    size_t k = j;
    int listed = 1;
    while (k <= s->last && doc->toks[k].type == TOK_WORD && !(doc->toks[k].flags & TF_CAP) &&
           (is_adverb(doc, k) || listed_adverb(doc, k))) {
        listed = listed && listed_adverb(doc, k) && !cd_str_is(cd_tok_role(doc, k, LX_EV_OBJECT_ADVERBS), "adj");
        k++;
    }
    if (k == j) return j;
    if (k > s->last || !opens_object(doc, k)) {
        int joined = k <= s->last && (cd_tok_is(doc, k, "and") || cd_tok_is(doc, k, "or"));
        return joined && !listed ? j : s->last + 1;
    }
    const cd_token *t = &doc->toks[k];
    int plain_word = t->type == TOK_WORD && !(t->flags & TF_CAP) && !cd_tok_in(doc, k, LX_CLAIM_DETERMINERS);
    return plain_word && !listed ? j : k;
}

/* The agent of a noun event in "by" right after its complement, which ends at token j: "the
 * seizure of the ship by Varnia", "the suspension of payments by two debtors". The nearest name
 * before, read instead, was often another's. Not a time or a count: "a ban on exports by the
 * end of the year", "a veto on the levy by 412 votes" (a time word or a number in the phrase, or,
 * when the phrase is determiners only, in the word that ends it or in the "of" phrase after it):
 * a time after the agent is no part of it ("by Varnia last week"). Adverbs that end the phrase are
 * left out.
 * One past the agent in *by_end; NULL if none. */
static const char *noun_agent(cd_doc *doc, size_t j, const ev_sent *s, size_t *by_end)
{
    if (j >= s->last || !cd_tok_is(doc, j, "by")) return NULL;
    const char *agent = agent_after_by(doc, j, s, by_end);
    if (!agent) return NULL;
    int dets_only = 1;
    for (size_t k = j + 1; k < *by_end; k++) {
        if (time_word(doc, k) || cd_number_at(doc, k) < doc->n_nums) return NULL;
        dets_only = dets_only && cd_tok_in(doc, k, LX_CLAIM_DETERMINERS);
    }
    /* a phrase of determiners only is cut before its noun: "by the end of the year" read "the", so
     * the word after it and its "of" phrase are read too; not after a name ("by Varnia last week") */
    size_t stop = *by_end;
    if (dets_only && stop < s->last && cd_tok_is(doc, stop, "of")) stop = cd_phrase_end(doc, stop + 1, s->last, TARGET_MAX);
    for (size_t k = *by_end; dets_only && k <= stop && k <= s->last; k++)
        if (time_word(doc, k) || cd_number_at(doc, k) < doc->n_nums) return NULL;
    size_t end = *by_end;
    while (end > j + 2 && is_adverb(doc, end - 1)) end--; /* "by the banks just before" */
    return end < *by_end ? phrase_name(doc, j + 1, *by_end = end) : agent;
}

#define ACCUSED_REACH 10 /* tokens back to the verb: "arrested on one charge of theft and a second charge of" */

/* Does an event word of role `role` (data/event_verbs.tsv) accuse someone: "accuse" ("charge") or
 * "penalty" ("fine", an accusation that costs a sum)? */
static int accusation(const char *role)
{
    return cd_str_is(role, "accuse") || cd_str_is(role, "penalty");
}

/* A charge or a fine named as a noun with "of" after it, [i, end), governed by a verb whose
 * subject is the one accused or fined (data/ev_charge_answers.tsv): "Lee Moss denies two charges
 * of fraud", "the club could face a fine of $9,000", "was arrested on a charge of theft". That
 * name is not who charged or fined them, which the nearest name was read for. The verb is read
 * back over determiners, numbers, lower-case words, "of", "on", "to", "and", "or" and "not"; with
 * another verb ("the board filed charges of fraud against Lee Moss") the nearest name stays. */
static int accused_named(const cd_doc *doc, size_t i, size_t end, const char *role, ev_use use, const ev_sent *s)
{
    if (use != USE_NOUN || end > s->last || !cd_tok_is(doc, end, "of") || !accusation(role)) return 0;
    for (size_t k = i; k > s->first && i - k < ACCUSED_REACH; k--) {
        size_t w = k - 1;
        if (cd_tok_rec(doc, w, LX_EV_CHARGE_ANSWERS)) return 1;
        int passed = cd_tok_in(doc, w, LX_CLAIM_DETERMINERS) || cd_tok_in(doc, w, LX_CLAIM_QUANTIFIERS) ||
                     cd_number_at(doc, w) < doc->n_nums || common_noun(doc, w) || cd_tok_is(doc, w, "of") ||
                     cd_tok_is(doc, w, "on") || cd_tok_is(doc, w, "to") || cd_tok_is(doc, w, "and") ||
                     cd_tok_is(doc, w, "or") || cd_str_is(cd_tok_role(doc, w, LX_CLAIM_VERB_CUES), "adverb");
        if (!passed) return 0;
    }
    return 0;
}

#define MODIFIER_MAX 3 /* lower-case words between a noun event and its determiner: "its unilateral" */

/* The first token of the modifiers right before the noun event at token i: up to MODIFIER_MAX
 * lower-case words ("trade" of "trade sanctions", "unilateral"), i if none. */
static size_t modifiers_start(const cd_doc *doc, size_t i, const ev_sent *s)
{
    size_t k = i;
    while (k > s->first && i - k < MODIFIER_MAX && common_noun(doc, k - 1) && !cd_tok_possessive(doc, k - 1)) k--;
    return k;
}

/* The noun event at token i stands in an adjunct of time or cause (data/ev_adjunct_preps.tsv):
 * "the ferry kept sailing despite the closure of the port", "due to a ban on exports". Such a
 * noun is no act of the clause's subject, and the nearest name before it was read for its actor. */
static int adjunct_noun(const cd_doc *doc, size_t i, const ev_sent *s)
{
    size_t k = modifiers_start(doc, i, s);
    if (k > s->first && cd_tok_in(doc, k - 1, LX_CLAIM_DETERMINERS) && !cd_tok_possessive(doc, k - 1)) k--;
    if (k <= s->first) return 0;
    const cd_lexrec *r = cd_tok_rec(doc, k - 1, LX_EV_ADJUNCT_PREPS);
    if (r) return !r->str; /* a one-word preposition's row holds a number, no second word */
    if (k - 1 <= s->first) return 0;
    r = cd_tok_rec(doc, k - 2, LX_EV_ADJUNCT_PREPS); /* "because of", "due to" */
    return r && r->str && cd_tok_is(doc, k - 1, r->str);
}

#define OWNER_WORDS 3 /* words of an owner that no entity covers: "the city council's" */

/* The first token of the owner whose last word, before its "'s", is token k: a run of capitalized
 * words ("Varnia's", "Port Ellis's"), or lower-case ones after their determiner ("the city's",
 * "the port authority's"). */
static size_t owner_words(const cd_doc *doc, size_t k, const ev_sent *s)
{
    size_t from = k;
    unsigned cap = doc->toks[k].flags & TF_CAP;
    while (from > s->first && k - from + 1 < OWNER_WORDS && doc->toks[from - 1].type == TOK_WORD &&
           (cap ? (doc->toks[from - 1].flags & TF_CAP) != 0 : common_noun(doc, from - 1)))
        from--;
    if (!cap && from > s->first && cd_tok_in(doc, from - 1, LX_CLAIM_DETERMINERS)) from--;
    return from;
}

enum { OWNED_NAME = 1, OWNED_PRONOUN = 2 }; /* owner_actor's *owned */

/* The actor a possessive before the noun event at token i names, past its modifiers: an entity
 * ("Varnia's unilateral suspension of"), or the owner's phrase ("the city's ban on": "the city").
 * *owned is set when a possessive stands there: a time or a number owns no act ("May's closure
 * of"), and then the actor is NULL. *start moves to the owner. A possessive pronoun ("its ban
 * on") sets OWNED_PRONOUN and names the pronoun_owner; *start stays. */
static const char *owner_actor(cd_doc *doc, size_t i, const ev_sent *s, size_t *start, int *owned)
{
    size_t k = modifiers_start(doc, i, s);
    const cd_lexrec *pronoun = k > s->first ? cd_tok_rec(doc, k - 1, LX_EV_OWNER_PRONOUNS) : NULL;
    if (pronoun) {
        *owned = OWNED_PRONOUN;
        return pronoun_owner(doc, pronoun, k - 1, s);
    }
    *owned = k >= s->first + 2 && cd_tok_possessive(doc, k - 1);
    if (!*owned) return NULL;
    *owned = OWNED_NAME;
    size_t e = entity_covering(doc, k - 2);
    if (e < doc->n_ents) {
        *start = doc->einfo[e].tok_first;
        return doc->ents[e].name;
    }
    const cd_token *o = &doc->toks[k - 2];
    if (o->type != TOK_WORD || (o->flags & TF_NUMBER) || time_word(doc, k - 2)) return NULL;
    *start = owner_words(doc, k - 2, s);
    return cd_tok_text(doc, *start, k - 1);
}

/* Whether the owner a possessive pronoun names does the noun event that ends before token end, of
 * role `role`, with target `target` (data/ev_owner_acts.tsv): a role of its own ("their
 * resignations"), or when the act's object follows in "of" or "on" ("its ban on imports", "his
 * veto of the bill"). Without one the owner is often the
 * one the act fell on ("his suspension", "its shutdown"; "against" names a rival as often: "his
 * sending-off against Varnia"), and a charge or a fine is as often the owner's to answer as to
 * bring ("his charges of fraud"): no actor then, rather than the nearest name. */
static int pronoun_acts(const cd_doc *doc, size_t end, const char *target, const char *role)
{
    const cd_lexrec *own = *role ? cd_lex_rec(cd_lex_lookup(role, strlen(role)), LX_EV_OWNER_ACTS) : NULL;
    if (own && cd_str_is(own->str, "role")) return 1; /* "their resignations" */
    const cd_lexrec *next = cd_tok_rec(doc, end, LX_EV_OWNER_ACTS);
    return target && !accusation(role) && next && cd_str_is(next->str, "object");
}

/* One past the target [j, end) of a verb cut before a particle that ends it (data/ev_particles.tsv):
 * "shut the depot down" is about the depot; j when the particle is all there is ("closed out"). */
static size_t particle_end(const cd_doc *doc, size_t j, size_t end)
{
    return end > j && cd_tok_rec(doc, end - 1, LX_EV_PARTICLES) ? end - 1 : end;
}

/* Token k may stand in a span of time before its unit: a number, a determiner, a quantifier
 * ("half", "few"), a word of data/ev_span_leads.tsv ("same", "just") or a hyphen inside a word
 * ("one-half hour"). */
static int span_of_time_word(const cd_doc *doc, size_t k)
{
    return cd_number_at(doc, k) < doc->n_nums || cd_tok_in(doc, k, LX_CLAIM_DETERMINERS) ||
           cd_tok_in(doc, k, LX_CLAIM_QUANTIFIERS) || cd_tok_rec(doc, k, LX_EV_SPAN_LEADS) || glued_hyphen(doc, k);
}

/* One past the target [j, end) of a verb cut before a span of time that ends it, a unit of
 * data/ev_time_spans.tsv and the words before it: "closed a half hour early", "resigned the same
 * day", "shut it just hours after" say when or for how long, and are no object. j when the span
 * is all there is. A unit right after a word that is none of them is the head of the object's
 * noun ("suspended the school year", "closed the trading week"), and stays. */
static size_t before_span_of_time(const cd_doc *doc, size_t j, size_t end)
{
    if (end <= j || !cd_tok_rec(doc, end - 1, LX_EV_TIME_SPANS)) return end;
    size_t k = end - 1;
    while (k > j && span_of_time_word(doc, k - 1)) k--;
    return k == end - 1 && k > j ? end : k;
}

#define SHARED_BACK 16 /* claims read back for the event a coordinated verb shares its subject with */

/* The actor of the verb at token i when it follows "and" or "but" with no subject of its own
 * ("the board shut the depot and sold the land", "Varco bid for the mill but withdrew the
 * offer"): it shares the subject of the clause before it, the actor of the last event claim of
 * the sentence before the conjunction. The nearest name before the verb is often the first
 * verb's object instead ("bought Tarn Mills and closed it"). NULL if no such claim. */
static const char *coordinated_actor(const cd_doc *doc, size_t i, const ev_sent *s)
{
    size_t c = chain_start(doc, i, s);
    if (c <= s->first || !(cd_tok_is(doc, c - 1, "and") || cd_tok_is(doc, c - 1, "but"))) return NULL;
    uint32_t at = doc->toks[c - 1].start;
    for (size_t n = doc->n_claims, seen = 0; n > 0 && seen < SHARED_BACK; n--, seen++) {
        const cd_claim *cl = &doc->claims[n - 1];
        if (cl->kind != CD_CLAIM_EVENT) continue;
        if (cl->sentence != s->index) return NULL;
        if (cl->span.tstop <= at) return cl->event.actor;
    }
    return NULL;
}

/* The event word's record in data/event_verbs.tsv is verb: its action (str) and its role. */
static size_t active_event(cd_doc *doc, size_t si, size_t i, size_t end, const cd_lexrec *verb, ev_use use,
                           const ev_sent *s)
{
    const char *action = verb->str, *role = verb->role ? verb->role : "";
    const char *actor = NULL;
    size_t start = i;
    int owned = 0; /* a possessive before the noun names its actor, or none: "Russia's expulsion of" */
    if (use == USE_NOUN) actor = owner_actor(doc, i, s, &start, &owned);
    size_t from_np = i; /* where a common noun subject starts, if subject_actor finds one */
    int controlled = 0; /* "urged the council to close": the council closes */
    if (!actor && use == USE_VERB) actor = controlled_actor(doc, i, s, &controlled);
    if (!actor && use == USE_VERB && !controlled) actor = owner_before_to(doc, i, s);
    if (!actor && use == USE_VERB && !controlled) actor = subject_actor(doc, i, s, &from_np);
    if (!actor && use == USE_VERB && !controlled) actor = relative_antecedent(doc, i, s); /* the claim stays the verb alone */
    if (!actor && use == USE_VERB && !controlled) actor = initials_actor(doc, i, s, &from_np);
    if (!actor && use == USE_VERB && !controlled) actor = clause_subject(doc, i, s);
    if (!actor && use == USE_VERB && !controlled) actor = coordinated_actor(doc, i, s);
    if (!actor && !owned && !controlled && !(use == USE_NOUN && adjunct_noun(doc, i, s)))
        actor = accused_named(doc, i, end, role, use, s) ? NULL : actor_before(doc, i, s);
    size_t obj = use == USE_NOUN ? end + 1 : past_object_adverbs(doc, end, s), obj_end = obj;
    const char *target = obj <= s->last ? phrase_at(doc, obj, s->last, TARGET_MAX, &obj_end) : NULL;
    size_t particle = target && use == USE_VERB ? particle_end(doc, obj, obj_end) : obj_end;
    if (target && use == USE_VERB && particle == obj_end) particle = before_span_of_time(doc, obj, obj_end);
    if (particle < obj_end) target = particle > obj ? phrase_name(doc, obj, obj_end = particle) : NULL;
    size_t amount = target ? amount_inside(doc, obj, obj_end) : obj_end;
    if (amount < obj_end) target = phrase_name(doc, obj, amount); /* the span keeps the amount */
    size_t stop = target ? obj_end - 1 : end - 1;
    if (!target && use == USE_VERB) start = subject_start(doc, i, from_np, s);
    if (!target && use == USE_VERB && shuts_itself(action)) {
        target = actor;
        actor = NULL;
    }
    if (target && cd_str_is(role, "penalty") && sum_only(doc, obj, obj_end)) target = NULL; /* the span keeps the sum */
    if (owned == OWNED_PRONOUN && !pronoun_acts(doc, end, target, role)) actor = NULL;
    if (target && use == USE_NOUN && !owned && cd_tok_is(doc, end, "of") && cd_str_is(role, "leave")) {
        /* "the resignation of Ida Marsh": the one who resigns does the act, as in "Ida Marsh
         * resigned"; not "Ida Marsh's resignation of her seat", "a resignation on health grounds" */
        actor = target;
        target = NULL;
    }
    size_t by_end;
    const char *agent = use == USE_NOUN && target ? noun_agent(doc, obj_end, s, &by_end) : NULL;
    if (agent) actor = agent, stop = by_end - 1; /* "the seizure of the ship by Varnia" */
    cd_claim *c = add_event(doc, si, start, stop, action);
    if (!c) return stop;
    c->event.actor = actor;
    c->event.target = target;
    if (actor) cd_claim_reason(doc, c, "named-actor");
    return stop;
}

/* A market figure after the word at j: "closed up four pence", "closed 2% higher", "closed at
 * $10.50" report a price, not a closure (the change pass reads them). "arrested up to 50" is an
 * arrest: "up to" bounds a number. */
static int price_like(const cd_doc *doc, size_t n)
{
    if (n >= doc->n_nums) return 0;
    const cd_number *x = &doc->nums[n];
    if ((x->kind == CD_NUM_CARDINAL || x->kind == CD_NUM_MEASURE) && x->unit) /* "down 12 points" */
        return cd_lex_rec(cd_lex_lookup(x->unit, strlen(x->unit)), LX_EV_MARKET_UNITS) != NULL;
    return x->kind == CD_NUM_MONEY || x->kind == CD_NUM_PERCENT || x->kind == CD_NUM_CARDINAL ||
           x->kind == CD_NUM_FRACTION; /* a stock's eighths: "up 5-3/8" */
}

#define LEVEL_REACH 8 /* tokens between a verb and its "at": "closed in Oslo late on Friday at 41-1/4" */

/* Whether token k may stand between "close" and the "at" of its level: a time ("on Friday",
 * "last night"), "here", or a word of a place after "in" or "on" ("in Oslo", "on the Lyon
 * bourse"); *place says an "in" or "on" came. A closure's object ("closed the depot at") or a
 * clause word ("and", "which") stops the reading. */
static int before_level(const cd_doc *doc, size_t k, int *place)
{
    const cd_token *t = &doc->toks[k];
    if (t->type != TOK_WORD) return 0;
    if ((t->flags & TF_TIME) || cd_tok_is(doc, k, "here")) return 1;
    if (cd_tok_is(doc, k, "in") || cd_tok_is(doc, k, "on")) return *place = 1;
    return *place && !cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS);
}

/* "at" and a number that is not a time, past times and a place if any: "closed at 114-1/4",
 * "closed Friday at 16.50 crowns", "closed here at 98.40 yen", "closed in Oslo at 2,140 crowns"
 * give the level a price or an index ended at, in any unit, or a quote's two sides ("at
 * 98.40/50"); a closure is never "at" a number ("closed at 5 pm" is a time). Other events may
 * be ("shares were suspended at 437p"): only "close" is read so. */
static int level_at(const cd_doc *doc, size_t j, const ev_sent *s)
{
    size_t k = j;
    int place = 0;
    while (k < s->last && k - j < LEVEL_REACH && !cd_tok_is(doc, k, "at")) {
        if (!before_level(doc, k, &place)) return 0;
        k++;
    }
    if (k >= s->last || !cd_tok_is(doc, k, "at")) return 0;
    if (doc->toks[k + 1].flags & TF_TIME) return 0;
    return cd_number_starting(doc, k + 1) < doc->n_nums || /* a bid and an offer: "98.40/50" */
           (k + 2 <= s->last && doc->toks[k + 1].type == TOK_NUM && cd_tok_is_punct(doc, k + 2, '/'));
}

/* An adverb in -ly in a headline's capitals: "FUTURES CLOSE MOSTLY EASIER" (is_adverb reads
 * lower case only, where a capital marks a name). */
static int caps_adverb(const cd_doc *doc, size_t k, const ev_sent *s)
{
    const cd_token *t = &doc->toks[k];
    return doc->sents[s->index].headline && t->type == TOK_WORD && (t->flags & TF_ALLCAPS) &&
           t->len >= 5 && memcmp(doc->text + cd_tok_stop(t) - 2, "LY", 2) == 0;
}

/* A session's mark ends its phrase before token k: the clause ends, or a preposition, a time,
 * another mark or "levels" follows ("at a record high in", "at record levels"); not "at the high
 * school", where the word is an adjective of a place. */
static int mark_ends(const cd_doc *doc, size_t k, const ev_sent *s)
{
    if (k > s->last || doc->toks[k].type != TOK_WORD || (doc->toks[k].flags & TF_TIME)) return 1;
    return cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS) || cd_tok_rec(doc, k, LX_EV_SESSION_MARKS) ||
           cd_tok_is(doc, k, "level") || cd_tok_is(doc, k, "levels");
}

#define MARK_REACH 5 /* tokens from "on", "at" ... to a mark: "at an all-time high" (a hyphen is one) */

/* A session's range after "close" at token j: "on", "off", "at", "above", "below" or "near", then
 * a mark of data/ev_session_marks.tsv within MARK_REACH tokens ("close off highs", "closed at an
 * all-time high", "closes near its lows"); or "off" and a price's move ("closed off 5/8"; "off 2
 * lanes" is a closure's object). */
static int session_mark(const cd_doc *doc, size_t j, const ev_sent *s)
{
    static const char *const preps[] = {"on", "off", "at", "above", "below", "near"};
    size_t k = 0;
    while (k < sizeof preps / sizeof *preps && !cd_tok_is(doc, j, preps[k])) k++;
    if (j >= s->last || k == sizeof preps / sizeof *preps) return 0;
    size_t n = cd_number_starting(doc, j + 1);
    if (k == 1 && n < doc->n_nums)
        return doc->nums[n].kind == CD_NUM_FRACTION || doc->nums[n].kind == CD_NUM_MONEY ||
               doc->nums[n].kind == CD_NUM_PERCENT;
    for (size_t m = j + 1; m <= s->last && m <= j + MARK_REACH; m++) {
        if (cd_tok_rec(doc, m, LX_EV_SESSION_MARKS) && mark_ends(doc, m + 1, s)) return 1;
        if (!cd_word_or_joiner(&doc->toks[m]) || cd_tok_in(doc, m, LX_CLAIM_PHRASE_STOPS)) return 0;
    }
    return 0;
}

/* A direction of data/ev_session_moves.tsv right after "close", past one adverb: "the dollar
 * closed lower", "bonds closed slightly firmer", "futures close mixed" end a trading session with
 * no figure for market_figure to see. Not when a noun phrase goes on after it, where the word is
 * an adjective of the object: "police closed lower Elm Street". */
static int session_move(const cd_doc *doc, size_t j, const ev_sent *s)
{
    if (j < s->last && (is_adverb(doc, j) || caps_adverb(doc, j, s) ||
                        cd_str_is(cd_tok_role(doc, j, LX_EV_CLOSE_IDIOMS), "degree")))
        j++; /* "closed slightly firmer", "closed little changed" */
    if (j > s->last || !cd_tok_in(doc, j, LX_EV_SESSION_MOVES)) return 0;
    if (j == s->last) return 1;
    const cd_token *n = &doc->toks[j + 1];
    if (n->type == TOK_WORD && !(n->flags & TF_CAP) && j + 2 <= s->last && (doc->toks[j + 2].flags & TF_TIME))
        return 1; /* a word before a time is an adverb: "closed higher again Friday", "firmer late Friday" */
    return n->type != TOK_WORD || (n->flags & TF_TIME) || cd_tok_in(doc, j + 1, LX_CLAIM_PHRASE_STOPS);
}

static int no_object(const cd_doc *doc, size_t j, const ev_sent *s);

/* The subject of "close" at token i, right before its chain (past a time: "bonds on Friday
 * closed"), or the noun before a comma and a relative "which" ("gold futures, which closed"), is a
 * noun of data/ev_market_nouns.tsv and no word of a name. */
static int market_subject(const cd_doc *doc, size_t i, const ev_sent *s)
{
    size_t c = before_time(doc, chain_start(doc, i, s), s);
    if (c >= s->first + 3 && cd_tok_is(doc, c - 1, "which") && cd_tok_is_punct(doc, c - 2, ','))
        c -= 2;
    return c > s->first && cd_tok_rec(doc, c - 1, LX_EV_MARKET_NOUNS) && entity_covering(doc, c - 1) >= doc->n_ents;
}

/* "close" as a verb [i, j) with a traded thing or its market for its subject and no object after
 * it: "soy futures closed on a firm note", "after the stock market had closed", "bonds closed
 * sharply higher" end a trading session, with no figure for market_figure nor a direction for
 * session_move to see; they shut nothing. No object: the clause ends, or a preposition, a time, a
 * conjunction, an adverb or a word in -ing follows. A form of "be" or a copula before the verb
 * reads a state or a closure ("the market was closed for the holiday", "remains closed"), and the
 * noun "closure" is one; so does "to" after it ("keeps its market closed to imports"). */
static int market_session(const cd_doc *doc, size_t i, size_t j, int flags, const ev_sent *s)
{
    if (flags == EV_NOUN) return 0;
    size_t p = cue_before(doc, i, s);
    if (p <= s->last && (cd_str_is(cd_tok_role(doc, p, LX_CLAIM_VERB_CUES), "be") || cd_tok_rec(doc, p, LX_EV_COPULAS)))
        return 0;
    if (j <= s->last && ((!no_object(doc, j, s) && !is_adverb(doc, j) && !ing_form(doc, j) &&
                          !cd_tok_in(doc, j, LX_CLAIM_PHRASE_STOPS)) ||
                         cd_tok_is(doc, j, "to")))
        return 0; /* "kept its market closed to imports" shuts it to trade */
    return market_subject(doc, i, s);
}

/* A word of a name ("Sue Essex", "Close Brothers"): part of an entity, or capitalized inside a
 * sentence that is not a headline. */
static int is_name(const cd_doc *doc, size_t i, const ev_sent *s)
{
    if (entity_covering(doc, i) < doc->n_ents) return 1;
    return (doc->toks[i].flags & TF_CAP) && i > s->first && !doc->sents[s->index].headline;
}

/* A deal noun of data/ev_deal_nouns.tsv at token k that names a deal: not a word of a name ("First
 * Federal Savings and Loan"), nor the "loan" of "savings and loan", a kind of bank that a
 * regulator closes ("the ninth savings and loan to be closed"). */
static int deal_noun(const cd_doc *doc, size_t k, const ev_sent *s)
{
    if (!cd_tok_in(doc, k, LX_EV_DEAL_NOUNS) || is_name(doc, k, s)) return 0;
    return !(k >= s->first + 2 && cd_tok_is(doc, k - 1, "and") && cd_tok_is(doc, k - 2, "savings"));
}

#define VIEW_REACH 6 /* words from a verb to its object's noun: "closed on a 90,000 dlr short-term bridge loan" */

/* A word of class cls among the VIEW_REACH words from token j on, before a preposition or
 * punctuation other than a number's ("dismissed Tory tax fears", "dismissed Ms Hale's allegations
 * of", "closed a 90,000 dlr loan"); a word of a name is none ("the Loan Bank Board"). */
static int listed_after(const cd_doc *doc, size_t j, const ev_sent *s, int cls)
{
    for (size_t k = j, words = 0; k <= s->last && words < VIEW_REACH; k++) {
        if (doc->toks[k].type == TOK_WORD && cd_tok_rec(doc, k, cls))
            return cls == LX_EV_DEAL_NOUNS ? deal_noun(doc, k, s) : !is_name(doc, k, s);
        if (doc->toks[k].type != TOK_WORD && cd_word_or_joiner(&doc->toks[k])) continue; /* "long-term" is one word */
        size_t n = cd_number_at(doc, k);
        if (n < doc->n_nums) { /* a number is one word, "90,000 dlr" too */
            words += doc->ninfo[n].tok_first == k;
            continue;
        }
        words++;
        if (doc->toks[k].type != TOK_WORD || cd_str_is(cd_tok_role(doc, k, LX_CLAIM_PHRASE_STOPS), "prep")) return 0;
    }
    return 0;
}

#define DEAL_REACH 6 /* tokens back from "close" to a deal noun: "the merger is due to close" */

/* Whether "close" ending at token j takes no object: the clause ends, or a preposition, "when" or
 * a time follows ("close in April", "close when fully subscribed", "close April 7"). */
static int no_object(const cd_doc *doc, size_t j, const ev_sent *s)
{
    if (j > s->last || doc->toks[j].type == TOK_PUNCT || (doc->toks[j].flags & TF_TIME)) return 1;
    return cd_tok_is(doc, j, "when") || cd_str_is(cd_tok_role(doc, j, LX_CLAIM_PHRASE_STOPS), "prep");
}

/* A deal noun as the object of "close" ending at token j, or after its "on" or "of": "closes
 * sale", "closed on a 90,000 dlr loan", "the closing of the sale" complete a deal and shut
 * nothing. Not "closed the depot after the sale" (a preposition ends the object). */
static int deal_closed(const cd_doc *doc, size_t j, const ev_sent *s)
{
    if (j <= s->last && (cd_tok_is(doc, j, "on") || cd_tok_is(doc, j, "of"))) j++;
    return listed_after(doc, j, s, LX_EV_DEAL_NOUNS);
}

#define IDIOM_WORDS 2 /* words before a figure's noun: "close the gender pay gap" */

/* "close" [i, j) in an idiom of data/ev_close_idioms.tsv: "closed" right before a "private" noun,
 * also through a hyphen ("behind closed doors", "closed-door talks", "in closed session"), or an
 * "object" noun as the object after determiners ("close the gap", "close their books", "closed
 * ranks"). Neither shuts anything. "Closed its doors" (a closure) has a determiner between. */
static int close_idiom(const cd_doc *doc, size_t i, size_t j, const ev_sent *s)
{
    if (j > s->last) return 0;
    size_t k = j;
    if (cd_tok_is(doc, i, "closed")) {
        if (k < s->last && cd_tok_is_punct(doc, k, '-') && !(doc->toks[k].flags & TF_SPACE_BEFORE)) k++;
        if (cd_str_is(cd_tok_role(doc, k, LX_EV_CLOSE_IDIOMS), "private")) return 1;
    }
    for (k = j; k < s->last && k < j + 2 && (cd_tok_in(doc, k, LX_CLAIM_DETERMINERS) || cd_tok_possessive(doc, k)); k++)
        ;
    for (size_t w = k; k < s->last && k < w + IDIOM_WORDS && common_noun(doc, k) &&
                       !cd_tok_rec(doc, k, LX_EV_CLOSE_IDIOMS);
         k++)
        ; /* the figure's noun may have words before it: "close the gender pay gap" */
    return cd_str_is(cd_tok_role(doc, k, LX_EV_CLOSE_IDIOMS), "object") && !is_name(doc, k, s);
}

/* The subject of "close" at token i, right before its chain, is a noun of
 * data/ev_close_idioms.tsv: "books close April 2 to 9" (a share register), "the door is not
 * closed on a deal" (a figure), "the bow doors were not closed" (a door shut, no place). None
 * shuts anything a checker could look up. Not after a possessive: "the mill's doors closed" is
 * the mill's closure. */
static int idiom_subject(const cd_doc *doc, size_t i, const ev_sent *s)
{
    size_t c = chain_start(doc, i, s);
    const char *role = c > s->first ? cd_tok_role(doc, c - 1, LX_EV_CLOSE_IDIOMS) : "";
    if (!(cd_str_is(role, "private") || cd_str_is(role, "object")) || is_name(doc, c - 1, s)) return 0;
    return !(c - 1 > s->first && cd_tok_possessive(doc, c - 2));
}

/* A word before "close" at token i, past an adverb, that makes it a verb: a modal, "to", "do" or a
 * subject pronoun other than "it" ("will close to traffic", "they close to visitors"). After a
 * name, "it" or a form of "be" ("is close to a deal") it is the adjective of nearness. */
static int close_verb_cue(const cd_doc *doc, size_t i, const ev_sent *s)
{
    size_t p = cue_before(doc, i, s);
    if (p > s->last) return 0;
    const char *cue = cd_tok_role(doc, p, LX_CLAIM_VERB_CUES);
    return cd_str_is(cue, "modal") || cd_str_is(cue, "to") || cd_str_is(cue, "do") ||
           (subject_word(doc, p) && !cd_tok_is(doc, p, "it"));
}

/* "close" at token i, not "closed", is the adjective of nearness: a degree word of
 * data/ev_close_idioms.tsv before it ("how close the lender came to a sale", "so close"), or a
 * "near" noun right after it ("close friends", "a close race", "close ties"). Read as a verb after
 * "to" ("sent it to close friends"), it was a closure of the friends. "closing" is the adjective of
 * a session's end before a "session" noun ("Friday's closing price", "the Tarvin closing level"):
 * after a name it was read as a verb with the price for its object. */
static int close_adjective(const cd_doc *doc, size_t i, const ev_sent *s)
{
    if (cd_tok_is(doc, i, "closing"))
        return i < s->last && cd_str_is(cd_tok_role(doc, i + 1, LX_EV_CLOSE_IDIOMS), "session");
    if (!cd_tok_is(doc, i, "close")) return 0;
    if (i > s->first && cd_str_is(cd_tok_role(doc, i - 1, LX_EV_CLOSE_IDIOMS), "degree")) return 1;
    if (i < s->last && cd_tok_is(doc, i + 1, "to") && !close_verb_cue(doc, i, s))
        return 1; /* "cost Varnia close to $8m", "a source close to the board" */
    return i < s->last && cd_str_is(cd_tok_role(doc, i + 1, LX_EV_CLOSE_IDIOMS), "near") && !is_name(doc, i + 1, s);
}

/* The capitalized words [k, i) are a place: a place's entity or a place of data/gazetteer.tsv, all of
 * them and no more ("the Oslo closing", not "the Varco Mills closing"). */
static int place_run(const cd_doc *doc, size_t k, size_t i)
{
    size_t e = entity_covering(doc, k);
    if (e < doc->n_ents && doc->ents[e].type == cd_type_place && doc->einfo[e].tok_first == k &&
        cd_range_stop(&doc->einfo[e]) == i)
        return 1;
    const cd_lexrec *r = NULL;
    return cd_lex_match(doc, k, LX_GAZETTEER, &r) == i - k && r && r->str && strncmp(r->str, "place|", 6) == 0;
}

/* "close", "closes" or "closing" [i, j) as the noun of a market's end of day: after a determiner
 * and the capitals of a place ("above the New York close but", "after the Tokyo closing on", "its
 * New York closes of"), or "close" after a determiner alone ("at the close"), with no object after
 * it: the clause ends, or a preposition, "of", a conjunction or a time follows. Not "closed" ("the
 * Ford Motor Co closed"), nor "the closing of the mill" (no place), nor "the Varnia Board closing
 * its depots" (an object); "closes" and "closing" not after a firm's name ("the Varco closing of
 * the plant"): the capitals are a place's (place_run). */
static int market_close_noun(const cd_doc *doc, size_t i, size_t j, const ev_sent *s)
{
    int close = cd_tok_is(doc, i, "close");
    if (!close && !cd_tok_is(doc, i, "closes") && !cd_tok_is(doc, i, "closing")) return 0;
    if (j <= s->last && !no_object(doc, j, s) && !cd_tok_is(doc, j, "of") && !cd_tok_is(doc, j, "but") &&
        !cd_tok_is(doc, j, "and") && !cd_tok_is(doc, j, "or"))
        return 0;
    size_t k = i;
    while (k > s->first && (doc->toks[k - 1].flags & TF_CAP) && doc->toks[k - 1].type == TOK_WORD) k--;
    return (close || (k < i && place_run(doc, k, i))) && k > s->first && cd_tok_rec(doc, k - 1, LX_CLAIM_DETERMINERS);
}

#define SUBJECT_REACH 16 /* tokens back from a shared chain to its subject's deal noun */

/* The token before the clause of the verb at token i, past its chain and, through "to", the verb
 * and chain that take it ("is expected to close", "was due to close"). */
static size_t before_chains(const cd_doc *doc, size_t i, const ev_sent *s)
{
    size_t c = chain_start(doc, i, s);
    if (c > s->first && cd_tok_is(doc, c - 1, "to")) {
        size_t p = cue_before(doc, c - 1, s);
        if (p <= s->last) c = chain_start(doc, p, s);
    }
    return c > s->first ? c - 1 : s->last + 1;
}

/* Whether "close" at token i, with no subject of its own, has a deal noun for its subject further
 * back: after "and" or "but", a deal noun right before an auxiliary ("the merger has been approved
 * by the board and is expected to close"); after a comma, the deal noun before the comma that
 * opens a relative clause ("the sale, which needs approval, is due to close"). */
static int deal_subject_far(const cd_doc *doc, size_t i, const ev_sent *s)
{
    size_t b = before_chains(doc, i, s);
    if (b > s->last) return 0;
    int joined = cd_tok_is(doc, b, "and") || cd_tok_is(doc, b, "but");
    if (!joined && !cd_tok_is_punct(doc, b, ',')) return 0;
    for (size_t p = b; p > s->first + 1 && b - p < SUBJECT_REACH; p--) {
        size_t k = p - 1;
        if (cd_tok_is_punct(doc, k, ';') || cd_tok_is_punct(doc, k, ':')) return 0;
        if (!joined && cd_tok_is_punct(doc, k, ',')) /* the comma that opens the relative clause */
            return cd_str_is(cd_tok_role(doc, k + 1, LX_CLAIM_PHRASE_STOPS), "rel") && deal_noun(doc, k - 1, s);
        if (joined && deal_noun(doc, k, s)) {
            const char *cue = cd_tok_role(doc, k + 1, LX_CLAIM_VERB_CUES);
            return cd_str_is(cue, "be") || cd_str_is(cue, "have") || cd_str_is(cue, "modal");
        }
    }
    return 0;
}

/* "close" with no object completes a deal or ends an offer's term when a deal noun of
 * data/ev_deal_nouns.tsv is its subject within DEAL_REACH tokens before it in the clause ("the
 * merger is due to close by June", "expects the sale to close", "the offer, scheduled to
 * close April 7"; not "the merger will close three plants"), or further back across "and" or a
 * relative clause (deal_subject_far); it is a market's end of day as a noun
 * after a determiner and names ("at the New York close"); "close in on" nears; "close out" finishes a
 * game, a month or a sale ("closed out the season"). None shuts anything. */
static int close_not_shut(const cd_doc *doc, size_t i, size_t j, const ev_sent *s)
{
    if (j <= s->last && cd_tok_is(doc, j, "out")) return 1;
    if (j + 1 <= s->last && cd_tok_is(doc, j, "in") && cd_tok_is(doc, j + 1, "on")) return 1;
    if (deal_closed(doc, j, s) || close_idiom(doc, i, j, s) || idiom_subject(doc, i, s) || close_adjective(doc, i, s))
        return 1;
    if (market_close_noun(doc, i, j, s)) return 1; /* "at the New York close" */
    if (!no_object(doc, j, s)) return 0;
    for (size_t p = i; p > s->first && i - p < DEAL_REACH; p--) {
        if (deal_noun(doc, p - 1, s)) return 1;
        if (cd_tok_is_punct(doc, p - 1, ';') || cd_tok_is_punct(doc, p - 1, ':')) return 0;
    }
    return deal_subject_far(doc, i, s);
}

/* A charge "of" an amount is a sum booked or billed, not an accusation: "a charge of 12 mln
 * dlrs", "charges of about 40 cts a share", "charges of 1.2 mln and 900,000 dlrs", a rate "of 7.2
 * pct"; so is a charge "on" an amount, a claim on assets ("secured by a charge on 9 mln dlrs of
 * bonds"). "Charges of fraud" and "a charge of second-degree murder" (an ordinal) stay events. The
 * amount may start after its qualifier ("of about 458,000 dlrs"), as a target's may (phrase_at). */
static int sum_charged(const cd_doc *doc, size_t j, const ev_sent *s)
{
    if (j + 1 > s->last || !(cd_tok_is(doc, j, "of") || cd_tok_is(doc, j, "on"))) return 0;
    for (size_t k = j + 1; k <= s->last && k <= j + 3; k++) {
        size_t n = cd_number_starting(doc, k);
        if (n >= doc->n_nums) continue;
        if (k > j + 1 && cd_number_stated_span(doc, n).tstart != doc->toks[j + 1].start) return 0;
        return doc->nums[n].kind == CD_NUM_MONEY || doc->nums[n].kind == CD_NUM_CARDINAL ||
               doc->nums[n].kind == CD_NUM_PERCENT; /* a rate billed: "an interest charge of 7.2 pct" */
    }
    return 0;
}

#define DISMISS_REACH 10 /* tokens from "dismiss" to its "as": "dismissed the plan by the union as" */

/* "as" after "dismiss" names what it was dismissed as, a judgement ("as inadequate", "as a
 * publicity stunt", 'as "ridiculous"') unless a title or a role follows in its phrase ("was
 * dismissed as the party's trade spokesman", "as chairman"): the judgement rejects a claim or a
 * plan, it fires nobody. Or "out of hand". Read up to the clause's end. */
static int judged_as(const cd_doc *doc, size_t j, const ev_sent *s)
{
    for (size_t k = j; k <= s->last && k < j + DISMISS_REACH; k++) {
        if (clause_mark(doc, k)) return 0;
        if (k + 2 <= s->last && cd_tok_is(doc, k, "out") && cd_tok_is(doc, k + 1, "of") && cd_tok_is(doc, k + 2, "hand"))
            return 1;
        if (!cd_tok_is(doc, k, "as")) continue;
        for (size_t r = k + 1; r <= s->last && r < k + 1 + TARGET_MAX && doc->toks[r].type == TOK_WORD; r++)
            if (cd_tok_in(doc, r, LX_ENT_TITLES) || cd_tok_rec(doc, r, LX_PERSON_NOUNS)) return 0;
        return 1;
    }
    return 0;
}

/* "dismiss" that rejects what was said or proposed, and fires nobody: a view noun as its object
 * ("dismissed the latest claims", "dismissed fears of a shortage") or as its subject ("this argument
 * was dismissed", "Harlan claim dismissed"), or a judgement after it ("dismissed the offer as
 * inadequate", "dismissed out of hand"). "Dismissed the manager", "dismissed the lawsuit" and
 * "dismissed as chairman" stay events. [i, j) is the verb. */
static int view_dismissed(const cd_doc *doc, size_t i, size_t j, const ev_sent *s)
{
    if (listed_after(doc, j, s, LX_EV_DISMISS_VIEWS) || judged_as(doc, j, s)) return 1;
    size_t subj = chain_start(doc, i, s);
    return (i > s->first && cd_tok_rec(doc, i - 1, LX_EV_DISMISS_VIEWS)) ||
           (subj > s->first && cd_tok_rec(doc, subj - 1, LX_EV_DISMISS_VIEWS));
}

/* A form of "take" at token k: "take charge of", "took personal charge of". */
static int take_form(const cd_doc *doc, size_t k)
{
    return cd_tok_is(doc, k, "take") || cd_tok_is(doc, k, "takes") || cd_tok_is(doc, k, "took") ||
           cd_tok_is(doc, k, "taken") || cd_tok_is(doc, k, "taking");
}

/* Whether number n is a sum charged: money or a percent (a rate). */
static int sum_figure(const cd_doc *doc, size_t n)
{
    return doc->nums[n].kind == CD_NUM_MONEY || doc->nums[n].kind == CD_NUM_PERCENT;
}

/* A sum noun of data/ev_charge_sums.tsv, or a money or percent figure, ending at token k: "fees",
 * "interest", "13/16 pct"; not a word of a name ("the Interest Rate Board charged"). */
static int sum_at(const cd_doc *doc, size_t k, const ev_sent *s)
{
    size_t n = cd_number_at(doc, k);
    if (n < doc->n_nums) return sum_figure(doc, n);
    return doc->toks[k].type == TOK_WORD && cd_tok_rec(doc, k, LX_EV_CHARGE_SUMS) && !is_name(doc, k, s);
}

/* A money or percent figure that opens the object at token j, past a determiner and one
 * lower-case word: "charged 9.40 dlrs", "charged the 3 mln dlrs", "charged an extra 1.5 mln dlrs"
 * bill or book a sum. A count of people is no sum: "charged a further 12 men" stays. */
static int sum_object(const cd_doc *doc, size_t j, const ev_sent *s)
{
    size_t k = j;
    if (k <= s->last && cd_tok_in(doc, k, LX_CLAIM_DETERMINERS)) k++;
    if (k > j && k < s->last && common_noun(doc, k)) k++; /* "an extra" */
    size_t n = k <= s->last ? cd_number_starting(doc, k) : doc->n_nums;
    return n < doc->n_nums && sum_figure(doc, n);
}

/* "charge" [i, j) that bills or books a sum, or takes control, and accuses nobody:
 *   "take charge of" a team or a task (past one adjective: "took personal charge of");
 *   a sum before it, or before its be-chain or its pronoun subject: "tolls charged by the bridge company",
 *   "interest charges", "interest would be charged at", "the rate it charges", "5/8 pct charged";
 *   a sum after it: "charged a fee", "would be charged 9.40 dlrs a tonne", "charged an extra 2 mln
 *   dlrs";
 *   an account after "against" or "to": "a charge against earnings", "charged against 1989
 *   operations" (data/ev_charge_books.tsv);
 *   "off" or "down" after it: a debt written off ("charged off loans"), a kick blocked.
 * "Charged the directors with fraud", "charges against the coach", "charges of fraud" stay. */
static int charge_billed(const cd_doc *doc, size_t i, size_t j, const ev_sent *s)
{
    size_t p = i > s->first ? i - 1 : i;
    if (j <= s->last && (cd_tok_is(doc, j, "of") || cd_tok_is(doc, j, "on")) && p < i &&
        (take_form(doc, p) || (p > s->first && take_form(doc, p - 1) && common_noun(doc, p))))
        return 1;
    size_t subj = chain_start(doc, i, s);
    if (p < i && cd_str_is(cd_tok_role(doc, p, LX_CLAIM_VERB_CUES), "subject") && p > s->first) p--;
    if ((p < i && sum_at(doc, p, s)) || (subj < i && subj > s->first && sum_at(doc, subj - 1, s))) return 1;
    if (j > s->last) return 0;
    if (cd_tok_is(doc, j, "off") || cd_tok_is(doc, j, "down")) return 1;
    if (sum_object(doc, j, s)) return 1;
    if (listed_after(doc, j, s, LX_EV_CHARGE_SUMS)) return 1;
    return (cd_tok_is(doc, j, "against") || cd_tok_is(doc, j, "to")) && listed_after(doc, j + 1, s, LX_EV_CHARGE_BOOKS);
}

#define DUTY_REACH 8 /* tokens from "charged" to its "with": "charged the new fares commission with" */

/* "charge" [i, j) that gives a duty or names a feeling, and accuses nobody (data/ev_charge_duties.tsv):
 *   a "task" word first after the "with" that follows it in the clause, past determiners: "the
 *   panel is charged with overseeing the audit", "charged the board with reviewing fares",
 *   "charged with the task of";
 *   a "mood" adverb right before or after it: "an emotionally charged speech", "charged politically".
 * "Charged with faking an accident", "charged the firm with breaking the rules" and "was jointly
 * charged" stay accusations: their verbs and adverbs are not listed. */
static int charge_duty(const cd_doc *doc, size_t i, size_t j, const ev_sent *s)
{
    if ((i > s->first && cd_str_is(cd_tok_role(doc, i - 1, LX_EV_CHARGE_DUTIES), "mood")) ||
        (j <= s->last && cd_str_is(cd_tok_role(doc, j, LX_EV_CHARGE_DUTIES), "mood")))
        return 1;
    for (size_t k = j; k <= s->last && k < j + DUTY_REACH; k++) {
        if (clause_mark(doc, k)) return 0;
        if (!cd_tok_is(doc, k, "with")) continue;
        size_t w = k + 1; /* "with the task of", "with its review" */
        while (w <= s->last && w < k + 3 && (cd_tok_in(doc, w, LX_CLAIM_DETERMINERS) || cd_tok_possessive(doc, w))) w++;
        return w <= s->last && cd_str_is(cd_tok_role(doc, w, LX_EV_CHARGE_DUTIES), "task");
    }
    return 0;
}

#define POWER_REACH 6   /* tokens from "charged" to its power word: "can be charged using the USB cable" */
#define ACCUSE_REACH 12 /* tokens to the "with" of an accusation: "charged the power firm in Leeds on Friday with" */

/* "charge" [i, j) that fills a battery: a "power" word of data/ev_charge_duties.tsv as its subject
 * right before its chain ("the battery can be charged", "phone batteries charge") or among the
 * POWER_REACH tokens after it ("charged using the USB cable", "kept charged by engine power",
 * "charged wirelessly"). A "with" or "that" after it in the clause names a crime: "charged with
 * abusing his power" and "charged the power firm with fraud" stay accusations; so does a name
 * ("the Power Board charged"). */
static int charge_power(const cd_doc *doc, size_t i, size_t j, const ev_sent *s)
{
    size_t c = chain_start(doc, i, s);
    if (c > s->first && cd_str_is(cd_tok_role(doc, c - 1, LX_EV_CHARGE_DUTIES), "power") && !is_name(doc, c - 1, s))
        return 1;
    int power = 0;
    for (size_t k = j; k <= s->last && k < j + ACCUSE_REACH; k++) {
        if (clause_mark(doc, k)) break;
        if (cd_tok_is(doc, k, "with") || cd_tok_is(doc, k, "that")) return 0; /* "charged the power firm with" */
        if (k < j + POWER_REACH && cd_str_is(cd_tok_role(doc, k, LX_EV_CHARGE_DUTIES), "power") && !is_name(doc, k, s))
            power = 1;
    }
    return power;
}

/* "shut" with "out" or "up" after it keeps someone out or silent and shuts no place: "shut out
 * their rivals", "was shut out by the majority", "told to shut up". "Shut up shop" closes a
 * business and stays; "shut down" is a key of its own. */
static int shut_out(const cd_doc *doc, size_t j, const ev_sent *s)
{
    if (j > s->last) return 0;
    if (cd_tok_is(doc, j, "out")) return 1;
    return cd_tok_is(doc, j, "up") && !(j < s->last && cd_tok_is(doc, j + 1, "shop"));
}

/* The number whose stated figure starts at token q, its qualifier first ("under two points", "about
 * 40"), or doc->n_nums. */
static size_t figure_from(const cd_doc *doc, size_t q, const ev_sent *s)
{
    for (size_t k = q; k <= s->last && k <= q + 2; k++) {
        size_t n = cd_number_starting(doc, k);
        if (n >= doc->n_nums) continue;
        return cd_number_stated_span(doc, n).tstart == doc->toks[q].start ? n : doc->n_nums;
    }
    return doc->n_nums;
}

#define RANGE_REACH 8 /* tokens from a figure to its direction: "3-1/4 to 2-1/2 cents lower" */
#define RANGE_WORDS 3 /* unit words among them: "0.35 stg per tonne weaker" */

/* A direction (data/claim_change_adverbs.tsv, data/ev_session_moves.tsv) after a figure that ends
 * at token k, past the other end of a range and its units: "closed 17 points higher", "closed
 * 3-1/4 to 2-1/2 cents lower", "closed 0.35 stg per tonne weaker" give a price's move. A clause
 * mark, a capital, a preposition or a fourth word ends the reading ("closed 30 shops in Leeds"). */
static int direction_after(const cd_doc *doc, size_t k, const ev_sent *s)
{
    for (size_t from = k, words = 0; k <= s->last && k < from + RANGE_REACH; k++) {
        if (cd_tok_in(doc, k, LX_CLAIM_CHANGE_ADVERBS) || cd_tok_in(doc, k, LX_EV_SESSION_MOVES)) return 1;
        if (cd_number_at(doc, k) < doc->n_nums || cd_tok_is(doc, k, "per") || cd_tok_is(doc, k, "a") ||
            (cd_tok_is(doc, k, "to") && k < s->last && cd_number_at(doc, k + 1) < doc->n_nums))
            continue; /* "to" a range's other end, not "to pay for" */
        const cd_token *t = &doc->toks[k];
        if (t->type != TOK_WORD || (t->flags & TF_CAP) || cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS) ||
            ++words > RANGE_WORDS)
            return 0;
    }
    return 0;
}

/* "at", "above", "below", "under" or "near" at token j: a level a price ends at or crosses. */
static int level_word(const cd_doc *doc, size_t j)
{
    return cd_tok_is(doc, j, "at") || cd_tok_is(doc, j, "above") || cd_tok_is(doc, j, "below") ||
           cd_tok_is(doc, j, "under") || cd_tok_is(doc, j, "near");
}

/* Token k names someone who can be punished: a word of an entity or a capital ("the firm Varco"),
 * a person pronoun ("he", "they", "who"; not "it"), as an object too ("him", "them":
 * data/ev_object_pronouns.tsv), or a person noun of data/person_nouns.tsv or data/ent_titles.tsv,
 * singular or in -s ("athletes"). */
static int punishable(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    if (t->type != TOK_WORD) return 0;
    if ((t->flags & TF_CAP) || entity_covering(doc, k) < doc->n_ents) return 1;
    if (cd_str_is(cd_tok_role(doc, k, LX_CLAIM_VERB_CUES), "subject")) return !cd_tok_is(doc, k, "it");
    if (cd_tok_rec(doc, k, LX_EV_OBJECT_PRONOUNS) || cd_tok_rec(doc, k, LX_PERSON_NOUNS) ||
        cd_tok_rec(doc, k, LX_ENT_TITLES))
        return 1;
    const char *w = doc->text + t->start;
    if (t->len < 4 || w[t->len - 1] != 's') return 0;
    const cd_lexentry *e = cd_lex_lookup(w, t->len - 1);
    return cd_lex_rec(e, LX_PERSON_NOUNS) || cd_lex_rec(e, LX_ENT_TITLES);
}

/* "sanction" as a verb [i, j) that approves and punishes nobody: its object (or, as a participle,
 * the noun before its be-chain) names no one who can be punished: "the board sanctioned a rate
 * cut", "a raid sanctioned by the council", "the rules will be sanctioned". "Sanctioned the firm
 * Varco", "the athletes were sanctioned" and the noun ("sanctions against Varnia") stay events. */
static int sanction_approves(const cd_doc *doc, size_t i, size_t j, int flags, const ev_sent *s)
{
    if (cd_tok_is(doc, i, "sanctions") || (i > s->first && cd_tok_in(doc, i - 1, LX_CLAIM_DETERMINERS)) ||
        (j <= s->last && (cd_tok_is(doc, j, "against") || cd_tok_is(doc, j, "on") || cd_tok_is(doc, j, "of"))))
        return 0; /* the noun: "sanctions against", "a sanction of" */
    size_t c = chain_start(doc, i, s);
    if ((flags & EV_PARTICIPLE) && (c < i || (j <= s->last && cd_tok_is(doc, j, "by")) || no_object(doc, j, s)))
        return c > s->first && !punishable(doc, c - 1); /* passive: the noun before the chain */
    size_t end = j <= s->last ? cd_phrase_end(doc, j, s->last, TARGET_MAX) : j;
    if (end == j) return 0;
    for (size_t k = j; k < end; k++)
        if (punishable(doc, k)) return 0;
    return 1;
}

/* A market figure after the event word(s) [i, j): "closed up four pence", "closed down 6 pence"
 * (a phrase key ending in the adverb), "closed 2% higher", "closed at $10.50" report a price, not
 * a closure (the change pass reads them). "arrested up to 50" and "closed down 300 shops" (a
 * counted noun) are events. */
static int market_figure(const cd_doc *doc, size_t i, size_t j, const ev_sent *s)
{
    if (j > s->last) return 0;
    size_t n = figure_from(doc, j, s); /* "closed under two points lower", "closed just under" */
    if (n >= doc->n_nums && j < s->last && is_adverb(doc, j)) n = figure_from(doc, j + 1, s);
    if (n < doc->n_nums) {
        if (j - i > 1 && cd_tok_in(doc, j - 1, LX_CLAIM_CHANGE_ADVERBS)) return price_like(doc, n);
        if (direction_after(doc, cd_range_stop(&doc->ninfo[n]), s)) return 1;
    }
    if (j + 1 > s->last) return 0;
    if (cd_tok_in(doc, j, LX_CLAIM_CHANGE_ADVERBS))
        return !cd_tok_is(doc, j + 1, "to") && price_like(doc, cd_number_starting(doc, j + 1));
    return level_word(doc, j) && price_like(doc, cd_number_starting(doc, j + 1));
}

/* "retire" with an object after it: a debt or an issue paid off ("retire bank debt", "retired
 * 100,000 shares") or an adjective of a person ("retired steelworkers", "retiring Chairman Lee").
 * Leaving a post or a sport takes none ("retired from the bench", "retired last August", "retired
 * early"), and is the event read. j is the token after the word. */
static int retire_object(const cd_doc *doc, size_t j, const ev_sent *s)
{
    if (j > s->last || (doc->toks[j].flags & TF_TIME)) return 0;
    size_t k = j < s->last && is_adverb(doc, j) ? j + 1 : j; /* "retire annually five pct" */
    for (size_t m = k; m <= s->last && m <= k + 2; m++) { /* a sum and its qualifier: "over 650 mln dlrs" */
        size_t n = cd_number_starting(doc, m);
        if (n >= doc->n_nums) continue;
        if (cd_number_stated_span(doc, n).tstart == doc->toks[k].start) return 1;
        break; /* "retired in 1985" */
    }
    return doc->toks[j].type == TOK_WORD && !cd_tok_in(doc, j, LX_CLAIM_PHRASE_STOPS) && !is_adverb(doc, j);
}

#define JOB_REACH 7 /* tokens from a cut verb to its noun: "cut more than 1,000 of its office jobs" */
#define JOB_WORDS 2 /* free words between the count and the noun: "900 full-time factory jobs" */

/* A word that may come before the count of a job cut: a determiner or a qualifier of the number
 * ("about", "more than", "up to", "another"). */
static int before_count(const cd_doc *doc, size_t k)
{
    return cd_tok_in(doc, k, LX_CLAIM_DETERMINERS) || (cd_tok_classes(&doc->toks[k]) & LXM(LX_NUM_APPROX)) ||
           cd_tok_is(doc, k, "than") || cd_tok_is(doc, k, "to") || cd_tok_is(doc, k, "further");
}

#define FIGURE_QUALIFIERS 3 /* "by", then "some", "more than": "cut its staff by more than 40" */

/* A whole of staff at token k cut by or to a figure: "its workforce by 8%", "its staff to 820
 * from 1,100". Qualifiers of the number may come between ("by some 20 pct"). */
static int whole_cut(const cd_doc *doc, size_t k, const ev_sent *s)
{
    if (k >= s->last || !(cd_tok_is(doc, k + 1, "by") || cd_tok_is(doc, k + 1, "to"))) return 0;
    for (size_t m = k + 2; m <= s->last && m <= k + 1 + FIGURE_QUALIFIERS; m++) {
        if (cd_number_starting(doc, m) < doc->n_nums) return 1;
        if (!(cd_tok_classes(&doc->toks[m]) & LXM(LX_NUM_APPROX)) && !cd_tok_is(doc, m, "than")) return 0;
    }
    return 0;
}

/* A count before a job noun: a number ("2,140", "hundreds") or a quantifier ("some", "many"),
 * but not a superlative ("who could cut the most jobs" counts nothing). */
static int job_count(const cd_doc *doc, size_t k, const ev_sent *s)
{
    if (cd_number_at(doc, k) < doc->n_nums) return 1;
    return cd_tok_in(doc, k, LX_CLAIM_QUANTIFIERS) && !(k > s->first && cd_tok_is(doc, k - 1, "the"));
}

/* Whether the cut verb ending at token j has a count of jobs or staff for its object
 * (data/ev_job_nouns.tsv): "shed 400 jobs", "cut hundreds of posts", "axed about 120 staff", or a
 * whole cut by or to a figure ("cut its workforce by 8%"). "cut" is mostly said of prices, rates
 * and costs ("cut prices by 5%", "cut 2 pct off costs"): those name no event a checker can follow
 * as one, so any other object leaves the verb unread. */
static int jobs_cut(const cd_doc *doc, size_t j, const ev_sent *s)
{
    int counted = 0, words = 0;
    for (size_t k = j; k <= s->last && k < j + JOB_REACH; k++) {
        const cd_lexrec *r = cd_tok_rec(doc, k, LX_EV_JOB_NOUNS);
        int noun = r && !isnan(r->num) ? (int)r->num : 0;
        if (counted && (noun & 1)) return 1;
        if (noun & 2) return whole_cut(doc, k, s); /* "its 150,000 workforce by 27 pct" */
        if (job_count(doc, k, s)) counted = 1;
        else if (counted && (cd_tok_is(doc, k, "of") || cd_tok_in(doc, k, LX_CLAIM_DETERMINERS))) continue;
        else if (counted && doc->toks[k].type == TOK_WORD && !cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS) &&
                 ++words <= JOB_WORDS) continue; /* "900 full-time factory jobs" */
        else if (counted || !before_count(doc, k)) return 0;
    }
    return 0;
}

/* Token k answers to charges: "denies", "faces" (data/ev_charge_answers.tsv; "paid" only bears them). */
static int answer_verb(const cd_doc *doc, size_t k)
{
    return cd_str_is(cd_tok_role(doc, k, LX_EV_CHARGE_ANSWERS), "answer");
}

#define ANSWER_GAP 3 /* words between "faces" and "charges": "faces two criminal charges" */

/* The answer verb of a bare charge noun [i, end) with no "of" or "against" after it, as its
 * token (data/ev_charge_answers.tsv), or s->last + 1: a subject and the verb right after it ("the
 * charges he faces", "charges Tom Arden denies"), or the verb before it past determiners, numbers
 * and adjectives ("faces two criminal charges", "denied all the charges"). Before, such charges
 * were no event, for want of a complement. */
static size_t charge_answered(const cd_doc *doc, size_t i, size_t end, const ev_sent *s)
{
    size_t k = end, e = entity_starting(doc, k, s->last);
    if (e < doc->n_ents) k += doc->einfo[e].tok_count;
    else if (k <= s->last && subject_word(doc, k)) k++;
    if (k > end && k <= s->last && answer_verb(doc, k)) return k;
    for (k = i; k > s->first && i - k <= ANSWER_GAP; k--) {
        if (answer_verb(doc, k - 1)) return k - 1;
        if (!cd_tok_in(doc, k - 1, LX_CLAIM_DETERMINERS) && !cd_tok_in(doc, k - 1, LX_CLAIM_QUANTIFIERS) &&
            cd_number_at(doc, k - 1) >= doc->n_nums && !common_noun(doc, k - 1))
            break;
    }
    return s->last + 1;
}

/* The claim of a charge its answer verb at token v names: from the verb's subject, if any, to
 * the noun ("Tom Arden faces two charges"), or from the noun to the verb ("the charges he faces").
 * The target is the subject when it is a name. Returns the claim's last token. */
static size_t answered_event(cd_doc *doc, size_t si, size_t i, size_t end, size_t v, const ev_sent *s)
{
    size_t a = i, b = v, subj, from = v;
    const char *np = NULL; /* a common noun subject: "the tobacco firms denied the charges" */
    if (v < i) {
        np = subject_actor(doc, v, s, &from);
        subj = subject_start(doc, v, from, s);
        a = subj, b = end - 1;
    } else {
        subj = end;
    }
    cd_claim *c = add_event(doc, si, a, b, "charge");
    size_t e = entity_starting(doc, subj, s->last);
    if (c && np && subj < v) c->event.target = np; /* "the ally of a name denies" is the ally's */
    else if (c && e < doc->n_ents) c->event.target = doc->ents[e].name;
    return b;
}

/* The reason a hypothetical event claim carries: score.c reads it to give the claim no lift. */
const char cd_reason_hypothetical[] = "hypothetical";

typedef enum { MOOD_REAL, MOOD_HYPOTHETICAL, MOOD_WISH } ev_mood;

#define ASKED_REACH 6 /* tokens of the one asked, before "to": "urged the port's new owners to" */

/* Whether someone is asked for the event before its "to" at token to, with the one asked between
 * (data/ev_unreal.tsv): an "ask" verb ("urged the council to close", "asked the court to
 * dismiss") or "call on" makes it hypothetical, a "wish" verb ("wants the board to resign") names
 * no act at all. The object is read back over words and numbers to punctuation or a preposition
 * other than "of"; "forced the firm to close" is no such verb, and stays done. */
static ev_mood asked_for(const cd_doc *doc, size_t to, const ev_sent *s)
{
    for (size_t k = to; k > s->first && to - k < ASKED_REACH; k--) {
        size_t w = k - 1;
        const char *role = cd_tok_role(doc, w, LX_EV_UNREAL);
        if (w + 1 < to && cd_str_is(role, "wish")) return MOOD_WISH;
        if (w + 1 < to && cd_str_is(role, "ask")) return MOOD_HYPOTHETICAL;
        if (w + 1 < to && w > s->first && (cd_tok_is(doc, w, "on") || cd_tok_is(doc, w, "upon")) &&
            cd_str_is(cd_tok_role(doc, w - 1, LX_EV_UNREAL), "call"))
            return MOOD_HYPOTHETICAL;
        if (clause_mark(doc, w) && !cd_tok_possessive(doc, w)) return MOOD_REAL;
        if (cd_tok_in(doc, w, LX_CLAIM_PHRASE_STOPS) && !cd_tok_is(doc, w, "of")) return MOOD_REAL;
    }
    return MOOD_REAL;
}

/* Token k ends in a modal's contraction: "they'll", "we'd" (either apostrophe). */
static int modal_contraction(const cd_doc *doc, size_t k)
{
    static const char *const endings[] = {"'ll", "'d", "\342\200\231ll", "\342\200\231d"}; /* U+2019 in octal */
    const cd_token *t = &doc->toks[k];
    const char *end = doc->text + cd_tok_stop(t);
    for (size_t m = 0; m < sizeof endings / sizeof endings[0]; m++) {
        size_t n = strlen(endings[m]);
        if (t->len > n && memcmp(end - n, endings[m], n) == 0) return 1;
    }
    return 0;
}

/* A be-chain that starts at token c with a bare "be", no modal, "to" or modal's contraction before
 * it: the subjunctive of a demand or a proposal ("asked that tolls be imposed", "recommended
 * that the licences be revoked"), which says what someone wants done, not what was. */
static int subjunctive_be(const cd_doc *doc, size_t c, const ev_sent *s)
{
    if (!cd_tok_is(doc, c, "be") || c == s->first) return 0;
    return !cd_tok_is(doc, c - 1, "to") && !modal_contraction(doc, c - 1);
}

/* Whether the verb at token i is in a modal's perfect, a counterfactual: "would have", "should
 * not have", "could have" in its chain ("the draft bill would have banned", "Varnia would not
 * have suspended payments if"). What would have happened did not, and what would not have
 * happened (but for a cause) did: the event is hypothetical, not negated. */
static int counterfactual(const cd_doc *doc, size_t i, const ev_sent *s)
{
    int modal = 0;
    for (size_t k = chain_start(doc, i, s); k < i; k++) {
        const char *role = cd_tok_role(doc, k, LX_EV_UNREAL);
        if (cd_str_is(role, "modal") || cd_str_is(role, "maybe")) modal = 1;
        else if (modal && cd_tok_is(doc, k, "have")) return 1;
    }
    return 0;
}

#define COND_REACH 6 /* tokens back from a verb's chain to its "if": "if he is later convicted" */

/* Whether the verb at token i states what happened (data/ev_unreal.tsv). A sample of event claims
 * in news found hypotheticals the largest wrong class: "could be fined", "if convicted",
 * "threatened to close". An editor still checks a stated penalty or threat, so these stay as
 * claims marked hypothetical; a wish before "to" ("wanted to raid", "hopes to ban") names no act
 * at all and is dropped. */
static ev_mood unreal_event(const cd_doc *doc, size_t i, const ev_sent *s)
{
    size_t c = chain_start(doc, i, s);
    if (subjunctive_be(doc, c, s) || counterfactual(doc, i, s)) return MOOD_HYPOTHETICAL;
    for (size_t k = c; k < i; k++)
        if (cd_str_is(cd_tok_role(doc, k, LX_EV_UNREAL), "maybe")) return MOOD_HYPOTHETICAL;
    if (c > s->first && cd_tok_is(doc, c - 1, "to")) {
        size_t p = cue_before(doc, c - 1, s); /* "threatened repeatedly to close" */
        const char *role = p <= s->last ? cd_tok_role(doc, p, LX_EV_UNREAL) : "";
        if (cd_str_is(role, "wish") || cd_str_is(role, "ease")) return MOOD_WISH; /* "eager to", "hard to" */
        if (cd_str_is(role, "aim")) return MOOD_HYPOTHETICAL;
        ev_mood asked = asked_for(doc, c - 1, s);
        if (asked != MOOD_REAL) return asked;
    }
    for (size_t k = c; k > s->first && c - k < COND_REACH; k--) { /* in the same clause */
        if (doc->toks[k - 1].type == TOK_PUNCT) break;
        if (cd_str_is(cd_tok_role(doc, k - 1, LX_EV_UNREAL), "cond")) return MOOD_HYPOTHETICAL;
    }
    return MOOD_REAL;
}

/* A condition right after an event claim that ends before token j: "the bridge will be shut if
 * necessary", "to suspend payments unless the banks agree" (a word of data/ev_unreal.tsv, "cond").
 * The event hangs on it, as after "if convicted". */
static int condition_after(const cd_doc *doc, size_t j, const ev_sent *s)
{
    return j <= s->last && cd_str_is(cd_tok_role(doc, j, LX_EV_UNREAL), "cond");
}

/* The reason of an event claim stated as not having happened ("was not charged"). Unlike a
 * hypothetical it keeps its kind's lift: a denial is a claim an editor checks like any other. */
const char cd_reason_negated[] = "negated";

/* Token k negates: "not", "never", "cannot", "no longer" (data/ev_unreal.tsv), or a contraction
 * in "n't" with either apostrophe ("hasn't", "didn\u2019t"), read by its ending so that every
 * auxiliary's contraction counts without a list of them. */
static int negation_at(const cd_doc *doc, size_t k)
{
    const cd_lexrec *rec = NULL;
    if (cd_lex_match(doc, k, LX_EV_UNREAL, &rec) && rec->str && cd_str_is(rec->str, "neg")) return 1;
    const cd_token *t = &doc->toks[k];
    const char *end = doc->text + cd_tok_stop(t);
    if (t->type != TOK_WORD) return 0;
    return (t->len >= 4 && memcmp(end - 3, "n't", 3) == 0) || (t->len >= 6 && memcmp(end - 5, "n\xe2\x80\x99t", 5) == 0);
}

/* Whether the verb at token i is stated as not done: a negation in its chain, between the subject
 * and the verb ("has not been charged", "never closed"), or right before the chain, past its
 * "to" ("decided not to retire", "no longer runs"), or a refusal before "to" ("refused to ban").
 * A sample of BBC event claims read such events as done. */
static int negated_event(const cd_doc *doc, size_t i, const ev_sent *s)
{
    size_t c = chain_start(doc, i, s);
    for (size_t k = c; k < i; k++)
        if (negation_at(doc, k)) return 1;
    size_t p = c > s->first && cd_tok_is(doc, c - 1, "to") ? c - 1 : c;
    if (p > s->first && negation_at(doc, p - 1)) return 1;
    if (p >= s->first + 2 && cd_tok_is(doc, p - 1, "longer") && negation_at(doc, p - 2)) return 1;
    if (p < c) { /* a refusal before "to", past one adverb: "refused outright to ban" */
        size_t v = cue_before(doc, p, s);
        if (v <= s->last && cd_str_is(cd_tok_role(doc, v, LX_EV_UNREAL), "refuse")) return 1;
    }
    return 0;
}

/* A participle of data/ev_object_verbs.tsv, a verb that always takes an object, right after a
 * common noun phrase with no auxiliary between and no object after it: a reduced relative ("the
 * embargo imposed on Varnia", "staff laid off in May"). Read as active, the noun was taken for
 * the actor of an act with no target; it is the target (agent_follows reads the ones with "by").
 * no_object is the test "close" uses for the same question. */
static int reduced_relative(cd_doc *doc, size_t i, size_t end, int flags, const ev_sent *s)
{
    if (!(flags & EV_PARTICIPLE) || !cd_tok_rec(doc, i, LX_EV_OBJECT_VERBS) || !no_object(doc, end, s) ||
        cd_number_starting(doc, end) < doc->n_nums) /* "Varco fined $2m": the active reading keeps the sum */
        return 0;
    if (!only_adverbs(doc, chain_start(doc, i, s), i)) return 0;
    size_t from = i;
    return subject_actor(doc, i, s, &from) && from < i && participle_noun(doc, from, i, s) <= s->last;
}

#define REASON_REACH 4 /* tokens from the claim's end to its "because": "not shut the mill in May because" */

/* Whether the negation of an event bears on the reason after it, which a contrast replaces: "did
 * not close the mill because of the flood but because of the debt" says that the mill closed, for
 * another reason. "because" (within REASON_REACH tokens of the claim's end at token j - 1), then
 * "but" and "because" or "for" later in the sentence. A reason with no contrast ("was not fined
 * because the rule had lapsed") leaves the event negated. */
static int negation_on_reason(const cd_doc *doc, size_t j, const ev_sent *s)
{
    size_t k = j;
    while (k <= s->last && k < j + REASON_REACH && !cd_tok_is(doc, k, "because")) k++;
    if (k > s->last || !cd_tok_is(doc, k, "because")) return 0;
    for (k++; k < s->last; k++)
        if (cd_tok_is(doc, k, "but") && (cd_tok_is(doc, k + 1, "because") || cd_tok_is(doc, k + 1, "for"))) return 1;
    return 0;
}

/* The event word at token i ends a word a hyphen joins, an adjective before a noun ("state-imposed
 * quotas", "a board-backed pay freeze", "union-sanctioned walkouts"), as "the banned substance" is
 * (read_use reads it so): it names no act. A verb prefix of data/ev_verb_prefixes.tsv ("police
 * re-arrested him"), or an auxiliary or a subject pronoun before the compound ("has re-imposed
 * duties"), makes it a verb, and it stays. */
static int compound_adjective(const cd_doc *doc, size_t i, const ev_sent *s)
{
    if (i < s->first + 2 || !glued_hyphen(doc, i - 1) || cd_tok_rec(doc, i - 2, LX_EV_VERB_PREFIXES)) return 0;
    return i - 2 == s->first || !*cd_tok_role(doc, i - 3, LX_CLAIM_VERB_CUES);
}

#define NOUN_WORDS 3 /* words between a noun event and its determiner: "the SEC's new fraud charge" */

/* Whether determiner token k points to a thing known: "the", "'s", a pronoun's ("its", "this"). */
static int definite(const cd_doc *doc, size_t k)
{
    const cd_lexrec *r = cd_tok_rec(doc, k, LX_CLAIM_DETERMINERS);
    return cd_tok_is(doc, k, "the") || cd_tok_possessive(doc, k) || (r && !isnan(r->num) && r->num == 1);
}

/* The word before the noun event at token i, read back over up to NOUN_WORDS lower-case words
 * of its phrase, that is a word of data/ev_unreal.tsv with `role` ("the proposed ban", "to prevent
 * the seizure"), or else the first determiner unless past_dets; s->last + 1 if none, as when the
 * walk meets punctuation, a preposition or, past determiners, a capital. */
static size_t noun_lead(const cd_doc *doc, size_t i, const ev_sent *s, const char *role, int past_dets)
{
    for (size_t k = i; k > s->first && i - k <= NOUN_WORDS; k--) {
        size_t w = k - 1;
        if (cd_str_is(cd_tok_role(doc, w, LX_EV_UNREAL), role)) return w;
        int det = cd_tok_in(doc, w, LX_CLAIM_DETERMINERS);
        if (det && !past_dets) return w;
        if (doc->toks[w].type != TOK_WORD || (cd_tok_in(doc, w, LX_CLAIM_PHRASE_STOPS) && !det) ||
            (past_dets && (doc->toks[w].flags & TF_CAP)))
            break;
    }
    return s->last + 1;
}

/* Whether the noun event at token i, the subject of a modal after its complement (j, the token
 * after the claim), is only supposed (data/ev_unreal.tsv, "modal" and "maybe"): "a ban on the drug
 * would hurt farmers", "fines of up to $900 would be levied", "the proposed ban would cover". A
 * definite noun with no word of aim before it is an act done that the modal says more of: "the
 * current suspension would last", "the charge against him would have to"; so is any noun when an
 * adverb of data/ev_told_later.tsv follows the modal ("arrests of marchers would later be voided"). */
static int supposed_noun(const cd_doc *doc, size_t i, size_t j, const ev_sent *s)
{
    if (j > s->last) return 0;
    const char *role = cd_tok_role(doc, j, LX_EV_UNREAL);
    if (!cd_str_is(role, "modal") && !cd_str_is(role, "maybe")) return 0;
    if (j < s->last && cd_tok_rec(doc, j + 1, LX_EV_TOLD_LATER)) return 0; /* "would later be" */
    size_t w = noun_lead(doc, i, s, "aim", 0);
    if (w > s->last) return 1; /* no determiner: "fines of up to", "detention of" */
    return cd_str_is(cd_tok_role(doc, w, LX_EV_UNREAL), "aim") || !definite(doc, w);
}

/* Whether the noun event at token i is the object of a verb that keeps it from happening
 * (data/ev_unreal.tsv, "avert"): "to prevent the seizure of its barges", "to prevent any raid on the
 * depot". Read back over up to NOUN_WORDS determiners and lower-case words. Not when the verb is
 * negated or failed ("could not avert the closure", "failed to prevent the seizure", a "fail" word
 * before its "to"): then the event took place. */
static int averted_noun(const cd_doc *doc, size_t i, const ev_sent *s)
{
    size_t v = noun_lead(doc, i, s, "avert", 1);
    if (v > s->last || negated_event(doc, v, s)) return 0;
    size_t c = chain_start(doc, v, s);
    size_t f = c > s->first && cd_tok_is(doc, c - 1, "to") ? cue_before(doc, c - 1, s) : s->last + 1;
    return !(f <= s->last && cd_str_is(cd_tok_role(doc, f, LX_EV_UNREAL), "fail"));
}

void cd_find_events(cd_doc *doc)
{
    if (doc->n_einfo != doc->n_ents || doc->n_sinfo != doc->n_sents) return;
    /* the tokens tried are the cues (doc.c): event verbs among them, each in its sentence */
    for (size_t cue = 0, at = 0; cue < doc->n_cues;) {
        size_t i = doc->cues[cue++];
        const cd_lexrec *rec = NULL;
        /* a listed word, or the head of a listed phrase that is no key alone ("laid off") */
        if (!(cd_tok_classes(&doc->toks[i]) & LXM(LX_EVENT_VERBS))) continue;
        size_t si = cd_cue_sentence(doc, &at, i);
        if (si >= doc->n_sents) continue;
        ev_sent s = {doc->sinfo[si].tok_first, doc->sinfo[si].tok_first + doc->sinfo[si].tok_count - 1, si};
        if (is_name(doc, i, &s) || compound_adjective(doc, i, &s)) continue;
        size_t len = cd_lex_match(doc, i, LX_EVENT_VERBS, &rec);
        if (!len || !rec->str) continue;
        int flags = isnan(rec->num) ? 0 : (int)rec->num;
        if (market_figure(doc, i, i + len, &s)) continue;
        if (cd_str_is(rec->str, "close") && (level_at(doc, i + len, &s) || session_move(doc, i + len, &s) ||
                                              session_mark(doc, i + len, &s) ||
                                              market_session(doc, i, i + len, flags, &s) ||
                                              close_not_shut(doc, i, i + len, &s)))
            continue; /* "suspended at 437p" stays */
        int charge = cd_str_is(rec->str, "charge");
        if (charge && (((flags & EV_NOUN) && sum_charged(doc, i + len, &s)) || charge_billed(doc, i, i + len, &s) ||
                       charge_duty(doc, i, i + len, &s) || charge_power(doc, i, i + len, &s)))
            continue;
        if (cd_str_is(rec->str, "dismiss") && !(flags & EV_NOUN) && view_dismissed(doc, i, i + len, &s)) continue;
        if (cd_str_is(rec->str, "shut") && shut_out(doc, i + len, &s)) continue;
        if (cd_str_is(rec->str, "retire") && retire_object(doc, i + len, &s)) continue;
        if (cd_str_is(rec->str, "sanction") && sanction_approves(doc, i, i + len, flags, &s)) continue;
        if (cd_str_is(rec->str, "cut") && !jobs_cut(doc, i + len, &s)) continue;
        size_t v = charge && flags == EV_NOUN && !complement_follows(doc, i + len, &s)
                       ? charge_answered(doc, i, i + len, &s)
                       : s.last + 1;
        if (v <= s.last) {
            i = answered_event(doc, si, i, i + len, v, &s);
            cue = cd_cue_skip(doc, cue, i);
            continue;
        }
        ev_use use = read_use(doc, i, i + len, flags, &s);
        if (use == USE_VERB && reduced_relative(doc, i, i + len, flags, &s)) use = USE_PASSIVE;
        ev_mood mood = use == USE_VERB || use == USE_PASSIVE ? unreal_event(doc, i, &s) : MOOD_REAL;
        if (mood == MOOD_WISH) continue;
        int negated =
            (use == USE_VERB || use == USE_PASSIVE) && negated_event(doc, i, &s) && !counterfactual(doc, i, &s);
        size_t had = doc->n_claims, noun_at = i;
        if (use == USE_PASSIVE) i = passive_event(doc, si, i, i + len, rec->str, &s);
        else if (use != USE_NONE) i = active_event(doc, si, i, i + len, rec, use, &s);
        if (use == USE_NOUN && doc->n_claims > had &&
            (supposed_noun(doc, noun_at, i + 1, &s) || averted_noun(doc, noun_at, &s)))
            mood = MOOD_HYPOTHETICAL;
        if (doc->n_claims > had && condition_after(doc, i + 1, &s)) mood = MOOD_HYPOTHETICAL;
        if (mood == MOOD_HYPOTHETICAL && doc->n_claims > had)
            cd_claim_reason(doc, &doc->claims[doc->n_claims - 1], cd_reason_hypothetical);
        if (negated && doc->n_claims > had && !negation_on_reason(doc, i + 1, &s)) cd_claim_reason(doc, &doc->claims[doc->n_claims - 1], cd_reason_negated);
        cue = cd_cue_skip(doc, cue, i); /* go on after the event, if any */
    }
}
