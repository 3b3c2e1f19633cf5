/*
 * Entities: people, organizations and places.
 *
 * Two passes over the tokens, both linear:
 *  1. candidates, sentence by sentence. At each capitalized word, the gazetteer (data/gazetteer.tsv,
 *     `key TAB type|Canonical`, longest phrase first) names places and organizations. Otherwise a
 *     run of capitalized words (with initials, hyphens, and "of"/"for"/"on" inside organization
 *     names) is typed by rules: an organization word at its end (data/ent_org_suffixes.tsv; a few,
 *     "Banque", at its start) makes it an organization, and so does one such word after a title
 *     ("Premier League"); a title before it (data/ent_titles.tsv: "President", "Sen.",
 *     "spokesman"), a given name at its start (data/ent_first_names.tsv), or a speech verb right
 *     after it ("Peskov told") or before it ("said Peskov") make it a person, but a body after "the"
 *     ("the Bundesbank said"). Demonyms ("Russian") and title words are never names themselves;
 *     sentence-initial function words ("The") are dropped from a run's start. A place that opens a
 *     body's name is part of it ("London Stock Exchange", "Georgia Power said"), and an "and" joins
 *     no acronym or titled person to a body ("ACM and Nuigini Mining": two), nor a body whose name
 *     ends with a word that closes one to the next ("Fuji Bank and Tamarind Bank": two). A job
 *     capitalized at a clause's start is a role, as a title is, and no word of the name ("Striker
 *     Olu Banjo"); in lower case before a name it marks a person ("the striker Olu Banjo"). The title of a work ("the biopic Mary Tallow", "... starring") is no entity,
 *     nor any run of the story spelled as one of two words or more.
 *  2. canonical names. A person's canonical name is the fullest mention in the story with the same
 *     surname ("Peskov" -> "Dmitry Peskov", wherever the full name appears); an untyped run that is
 *     such a surname becomes a person too. Other untyped runs ("Cold War", a sentence's first
 *     word) are dropped: no guessing. A place before the words of a company the story names in
 *     full is its short name ("TEXAS INSTRUMENTS" after "Texas Instruments Inc").
 * Title-case headlines ("Senate Bill Would Ban Guns") type nothing by rule, only by the gazetteer
 * and known surnames.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

const char cd_type_person[] = "person", cd_type_organization[] = "organization", cd_type_place[] = "place";
static const char *const PERSON = cd_type_person;
static const char *const ORGANIZATION = cd_type_organization;
static const char *const PLACE = cd_type_place;

#define MAX_RUN_WORDS 8   /* a name longer than this is not a name */
#define MAX_LEAD_WORDS 4  /* demonyms, modifiers and titles before a name */

/* Pass 2 walks the candidates many times and reads their tokens far from where pass 1 is: what it
 * asks of the tokens is kept here, read while pass 1 has them at hand (40 bytes). */
typedef struct cand {
    size_t first;        /* tokens [first, first + count) */
    const char *type;    /* NULL: untyped, kept only if pass 2 knows it as a surname */
    const char *name;    /* the gazetteer's canonical name, else NULL (the text) */
    uint32_t last_hash;  /* the hash of its last word (last_word): pass 2 probes by it */
    uint32_t text_hash;  /* cand_hash: its tokens' hashes, for one name, one type */
    uint16_t count;      /* a run is a few words (MAX_RUN_WORDS), a gazetteer phrase as long as its key */
    uint16_t words;      /* the words among them */
    uint8_t weak;        /* 1: a person only by a speech verb next to it ("Yukos said"): an
                          * organization of the same name elsewhere in the story wins;
                          * 2: an organization only by the title after it ("BA chief
                          * executive"): a person's known surname wins ("Obama adviser") */
    uint8_t given;       /* a person only by the given name it starts with, no title before it
                          * ("Martin Marietta"): a company of the story named so with a legal
                          * form after it ("Martin Marietta Corp") wins (company_named) */
    uint8_t said;        /* a one-word organization typed as the subject of a speech verb right
                          * after it ("BT said", "the Bank also said"): loose_org */
} cand;

/* An untyped one-word run that no speech verb or title typed once ("Later", "Peskov"): an entity
 * only if pass 2 finds it the surname of a person named in full, which most are not. Kept aside in
 * 12 bytes, not as a candidate that every walk of pass 2 reads and passes over. */
typedef struct loose_word {
    uint32_t first; /* its tokens [first, first + count): the word, and a period glued to it */
    uint32_t hash;  /* the word's hash (cand.last_hash) */
    uint16_t count;
} loose_word;

typedef struct cand_list {
    cand *items;
    size_t n_items, cap_items;
    loose_word *loose; /* in token order, like items */
    size_t n_loose, cap_loose;
    cand *works; /* titles of works (work_title): no entity, nor any run of the story spelled so */
    size_t n_works, cap_works;
    /* counted as they are pushed, to size pass 2's tables without a walk over the list (a story's
     * candidates no longer fit the cache): pass 2 makes persons only of unnamed organizations
     * ("Obama adviser") and of untyped one-word runs (which no table holds), so persons +
     * unnamed_orgs bounds the persons of every table */
    size_t persons, unnamed_orgs;
    int oom;
} cand_list;

static int is_capword(const cd_token *t)
{
    return t->type == TOK_WORD && (t->flags & (TF_CAP | TF_ALLCAPS));
}

static int glued(const cd_doc *doc, size_t i)
{
    return i < doc->n_toks && !(doc->toks[i].flags & (TF_SPACE_BEFORE | TF_NEWLINE_BEFORE));
}

/* A period glued to token i (an abbreviation or an initial): "Sen.", "J.", "Corp.". Inline: the
 * entity pass asks it of every word of a name, and most are followed by no period. */
static inline int abbrev_period(const cd_doc *doc, size_t i, size_t end)
{
    if (i + 1 >= end || !cd_tok_is_punct(doc, i + 1, '.') || !glued(doc, i + 1)) return 0;
    const cd_token *t = &doc->toks[i];
    return t->len == 1 || cd_lex_has(cd_tok_entry(t), LX_ABBREVIATIONS);
}

/* Token i starts a clause like a sentence does: after a colon, a bracket, a dash, or an opening
 * quote mark glued to it (“We ...), not after a closing one (...,” Aiko Tanaka said). */
static int opens_clause(const cd_doc *doc, size_t i)
{
    const cd_token *t = &doc->toks[i - 1];
    if (t->type != TOK_PUNCT) return 0;
    if (cd_is_quote(t->cp)) return !(doc->toks[i].flags & (TF_SPACE_BEFORE | TF_NEWLINE_BEFORE));
    return t->cp == ':' || t->cp == '(' || cd_is_dash(t->cp);
}

/* A headline in title case: nearly every word capitalized, so capitals say nothing. */
static int title_case(const cd_doc *doc, size_t first, size_t end)
{
    size_t words = 0, caps = 0;
    for (size_t i = first; i < end; i++) {
        const cd_token *t = &doc->toks[i];
        if (t->type != TOK_WORD || t->len < 4) continue;
        words++;
        caps += (t->flags & (TF_CAP | TF_ALLCAPS)) != 0;
    }
    return words >= 3 && caps * 10 >= words * 8;
}

#define ROLE_NOUN 2 /* data/ent_titles.tsv's kind of a plural role noun ("analysts"): no title here */

/* "General" after a title is the title's last word ("Director General", "Inspector General",
 * "Treasurer General"), no person named General. */
static int general_after(const cd_doc *doc, size_t i, size_t end)
{
    return i < end && (doc->toks[i].flags & TF_CAP) && cd_tok_is(doc, i, "general");
}

/* Title words (phrases too) at token i: their token count, with a glued period; 0 if none.
 * *is_title is set for a title proper (kind 1), left for modifiers ("former"). */
static size_t title_match(const cd_doc *doc, size_t i, size_t end, int *is_title)
{
    const cd_lexrec *r;
    size_t n = cd_lex_match(doc, i, LX_ENT_TITLES, &r);
    if (!n || i + n > end || r->num == ROLE_NOUN) return 0;
    if (r->num == 1) *is_title = 1;
    if (abbrev_period(doc, i + n - 1, end)) n++;
    else if (r->num == 1 && general_after(doc, i + n, end)) n++;
    return n;
}

/* title_match behind its first test, inline: the entity pass asks it of nearly every capitalized
 * word and the word after each name, and most are neither a title nor start one (cd_lex_match
 * would find nothing: cd_tok_may_match). */
static inline size_t title_at(const cd_doc *doc, size_t i, size_t end, int *is_title)
{
    if (i >= doc->n_toks || !cd_tok_may_match(&doc->toks[i], LX_ENT_TITLES)) return 0;
    return title_match(doc, i, end, is_title);
}

/* The speech verb at token i (not "according to", nor a participle of kind 3: "the Bank noting",
 * nor a text's verb of kind 4: "to read Proust"; one of kind 5 only after a quote mark), or NULL. */
static const cd_lexrec *speech_verb(const cd_doc *doc, size_t i)
{
    const cd_lexrec *r = cd_tok_rec(doc, i, LX_QUOTE_VERBS);
    if (r && r->num == 5) /* right after a quote only: '"...," agreed Ross', not "Ross agreed to" */
        return i > 0 && doc->toks[i - 1].type == TOK_PUNCT && cd_is_quote(doc->toks[i - 1].cp) ? r : NULL;
    return r && r->num != 2 && r->num != 3 && r->num != 4 ? r : NULL;
}

/* A speech verb at token j, or after a filler there ("also said"): the name before j is its subject. */
static int speech_verb_after(const cd_doc *doc, size_t j, size_t end)
{
    if (j < end && cd_tok_rec(doc, j, LX_QUOTE_FILLERS) && cd_tok_rec(doc, j, LX_QUOTE_FILLERS)->num == 1) j++;
    return j < end && speech_verb(doc, j);
}

/* "Peskov said", "Peskov also said", "said Peskov" (not "told Peskov": that is the listener). */
CD_NOINLINE /* out of line, so that its inline first test (speech_verb_next_to) stays small */
static int speech_verb_near(const cd_doc *doc, size_t sent_first, size_t first, size_t stop, size_t end)
{
    if (speech_verb_after(doc, stop, end)) return 1;
    if (first <= sent_first) return 0;
    const cd_lexrec *v = speech_verb(doc, first - 1);
    return v && v->str && !cd_str_is(v->str, "tell");
}

#define APPOSITION_MAX 10 /* tokens of an apposition between a name and its speech verb */

/* Whether tokens [a, b) are words only (a hyphen or apostrophe glued within one), no more than
 * APPOSITION_MAX: an apposition set off by commas ("assistant chief constable of Gloucestershire
 * Police", "who is also in Dubai", "one of their lawyers"). */
static int apposition_words(const cd_doc *doc, size_t a, size_t b)
{
    if (b <= a || b - a > APPOSITION_MAX) return 0;
    int lower = 0; /* a name alone ("Economic Minister, Roberto Lavagna, told") is no apposition */
    for (size_t k = a; k < b; k++) {
        const cd_token *t = &doc->toks[k];
        if (!cd_word_or_joiner(t)) return 0;
        lower |= t->type == TOK_WORD && !(t->flags & (TF_CAP | TF_ALLCAPS));
    }
    return lower;
}

/* A name may be the subject of a verb after its apposition unless it is an item of a list ("the
 * Parkinson's Trust, Carers First, Sightline and ..., said") or follows a lower-case word: a
 * determiner, a preposition or a noun it is the object or the name of ("in the Upper Afan Valley",
 * "A spokesman for Reporters Without Borders, which ...,", "successor band New Order, ..."). */
static int subject_slot(const cd_doc *doc, size_t sent_first, size_t first)
{
    if (first <= sent_first) return 1;
    const cd_token *t = &doc->toks[first - 1];
    if (t->type == TOK_WORD) return (t->flags & (TF_CAP | TF_ALLCAPS)) != 0;
    return !(cd_tok_is_punct(doc, first - 1, ',') && first - 1 > sent_first && is_capword(&doc->toks[first - 2]));
}

/* "..., saying": a participle after the apposition's comma has its subject elsewhere ("in an
 * interview with a weekly paper, Ms Hale declined to be drawn, saying"). */
static int participle(const cd_doc *doc, size_t i, size_t end)
{
    if (i < end && cd_tok_rec(doc, i, LX_QUOTE_FILLERS)) i++;
    return i < end && cd_tok_ing_form(doc, i);
}

/* A name set off by commas from its speech verb: "Alison Brereton, deputy chief constable of
 * Wessex Police, said", "said one of their lawyers, Michalis Dimitrakopoulos." (the name
 * ends its clause there). */
static int speech_verb_past_apposition(const cd_doc *doc, size_t sent_first, size_t first, size_t stop, size_t end)
{
    if (stop < end && cd_tok_is_punct(doc, stop, ',') && subject_slot(doc, sent_first, first))
        for (size_t k = stop + 1; k < end && k <= stop + APPOSITION_MAX + 1; k++)
            if (cd_tok_is_punct(doc, k, ',')) {
                if (!apposition_words(doc, stop + 1, k)) break;
                return speech_verb_near(doc, k + 1, k + 1, k + 1, end) && !participle(doc, k + 1, end);
            }
    if (first < sent_first + 3 || !cd_tok_is_punct(doc, first - 1, ',')) return 0;
    if (stop < end && !cd_tok_is_punct(doc, stop, '.') && !cd_tok_is_punct(doc, stop, ',')) return 0;
    if (stop + 1 < end && cd_tok_is_punct(doc, stop, ',') && is_capword(&doc->toks[stop + 1])) return 0; /* a list */
    if (first - 1 > sent_first && is_capword(&doc->toks[first - 2])) return 0; /* "use Google, Ask Jeeves," */
    for (size_t v = first - 2; v > sent_first && v + APPOSITION_MAX + 2 > first; v--) {
        if (!apposition_words(doc, v, first - 1)) return 0;
        const cd_lexrec *r = speech_verb(doc, v - 1);
        if (r && r->str && !cd_str_is(r->str, "tell")) return 1;
    }
    return 0;
}

/* Whether token i's word is a speech verb or a filler ("also"). */
static inline int verb_or_filler(const cd_doc *doc, size_t i)
{
    const cd_lexentry *e = i < doc->n_toks ? cd_tok_lex(&doc->toks[i]) : NULL;
    return e && (e->mask & (LXM(LX_QUOTE_VERBS) | LXM(LX_QUOTE_FILLERS)));
}

/* speech_verb_near behind its first test, inline: the word after the name leads to a verb only if
 * it is a verb or a filler, and the word before it only if it is a verb; most are neither. */
static inline int speech_verb_next_to(const cd_doc *doc, size_t sent_first, size_t first, size_t stop, size_t end)
{
    if (!verb_or_filler(doc, stop) && (first <= sent_first || !verb_or_filler(doc, first - 1))) return 0;
    return speech_verb_near(doc, sent_first, first, stop, end);
}

static int org_word(const cd_doc *doc, size_t i)
{
    return cd_lex_has(cd_tok_entry(&doc->toks[i]), LX_ENT_ORG_SUFFIXES);
}

/* data/ent_org_suffixes.tsv's kinds: a legal form ("Inc", "Corp", "Co."), a word that heads a
 * body's name too ("Banque"), a trade word that closes a company's name ("Mining"). */
#define LEGAL_FORM CD_LEGAL_FORM
#define ORG_HEAD 2
#define TRADE_WORD 3
#define BODY_END 4 /* a word that closes a whole body's name ("Bank", "Party"): bodies_and */

/* The word before token i (a period glued to it passed over) is a legal form that closes a
 * company's name (data/ent_org_suffixes.tsv, kind 1: "Inc", "Corp", "Co."). */
static int after_legal_form(const cd_doc *doc, size_t i)
{
    size_t w = i - 1;
    if (w > 0 && cd_tok_is_punct(doc, w, '.')) w--;
    const cd_lexrec *r = cd_lex_rec(cd_tok_entry(&doc->toks[w]), LX_ENT_ORG_SUFFIXES);
    return r && r->num == LEGAL_FORM;
}

/* An organization word that heads a name from its first word ("Banque Paribas"; kind 2). */
static int org_head(const cd_doc *doc, size_t i)
{
    const cd_lexrec *r = cd_tok_rec(doc, i, LX_ENT_ORG_SUFFIXES);
    return r && r->num == ORG_HEAD;
}

/* A weekday or a month at token i: what follows "on", "for" or "of" after a body's name is then
 * a date, not more of the name ("the Bank of England on Thursday", "the Commerce Department for
 * November"). */
static int when_word(const cd_doc *doc, size_t i)
{
    const cd_lexentry *e = cd_tok_entry(&doc->toks[i]);
    return cd_lex_has(e, LX_TIME_WEEKDAYS) || cd_lex_has(e, LX_TIME_MONTHS);
}

/* "of", "for", "on" inside an organization's name ("Ministry of Foreign Affairs"); "and", "&"
 * anywhere, kept only if the run turns out to be an organization ("Housing and Homelessness
 * Committee"), but not after a company's legal form: "Harbor Capital Corp and Pelham Reed
 * Brothers Inc" are two. Returns 1 for of/for/on, 2 for and/&, 0 for none. */
static int org_connector(const cd_doc *doc, size_t i, size_t end, int have_org)
{
    if (i + 1 >= end || !is_capword(&doc->toks[i + 1])) return 0;
    if (cd_tok_is(doc, i, "and") || cd_tok_is_punct(doc, i, '&')) return after_legal_form(doc, i) ? 0 : 2;
    if (!have_org || when_word(doc, i + 1)) return 0; /* "the Commerce Department on Friday" */
    return cd_tok_is(doc, i, "of") || cd_tok_is(doc, i, "for") || cd_tok_is(doc, i, "on");
}

/* name_particles past its first test: the particles at token i, and the capitalized word after them. */
CD_NOINLINE /* out of line, so that its inline first test (name_particles) stays small */
static size_t particles_at(const cd_doc *doc, size_t i, size_t end)
{
    size_t n = 0;
    for (int p; n < 2 && i + n < end && (p = cd_tok_name_particle(doc, i + n, 0)) != 0 && !(n == 0 && p == 2); n++) {
    }
    return n && i + n < end && is_capword(&doc->toks[i + n]) ? n : 0;
}

/* The particles of a person's name at token i ("van der" in "Walter van der Vijver", "di" in
 * "Luca di Montezemolo"), one or two, followed by a capitalized word before end: how many, or 0.
 * A capital one or two tokens on is asked first, inline (scan_run asks it at the end of every run):
 * most words after a name have none. */
static inline size_t name_particles(const cd_doc *doc, size_t i, size_t end)
{
    if (i + 1 >= end || (doc->toks[i].flags & (TF_CAP | TF_ALLCAPS)) ||
        !(is_capword(&doc->toks[i + 1]) || (i + 2 < end && is_capword(&doc->toks[i + 2]))))
        return 0;
    return particles_at(doc, i, end);
}

/* How many legal forms (data/ent_org_suffixes.tsv, kind 1) follow token k one space apart in its
 * line, before end: "Corp" after "Microsoft", "Co Ltd" after "Acme". */
static size_t legal_forms_at(const cd_doc *doc, size_t k, size_t end)
{
    size_t n = 0;
    for (;;) {
        if (k + n >= end || !is_capword(&doc->toks[k + n]) || (doc->toks[k + n].flags & TF_NEWLINE_BEFORE)) break;
        const cd_lexrec *r = cd_tok_rec(doc, k + n, LX_ENT_ORG_SUFFIXES);
        if (!r || r->num != LEGAL_FORM) break;
        size_t after = k + n + (abbrev_period(doc, k + n, end) ? 2 : 1);
        if (after < end && cd_tok_is_punct(doc, after, '-') && glued(doc, after)) break; /* "Co-Chairman" */
        n = after - k;
    }
    return n;
}

/* Does a name the gazetteer knows start at token k and end a run of capitalized words there: one
 * with no legal form after it? A known name before a legal form is the last word of a firm's
 * ("Harbor Finance Asia Ltd", "Tolland Canada Inc"). */
static int known_name_ends(const cd_doc *doc, size_t k, size_t end)
{
    size_t n = cd_lex_match(doc, k, LX_GAZETTEER, NULL);
    return n && !legal_forms_at(doc, k + n, end);
}

typedef struct run {
    size_t first, stop; /* the name's tokens [first, stop) */
    int has_org, org_last, connector, given_name;
    size_t and_at; /* the first "and" taken in, 0 if none: the run ends there unless it is an org */
} run;

/* Extends a run of capitalized words from token i (a capitalized word) to at most `end`;
 * given_name: the run starts with a given name (given_name_at). */
static run scan_run(const cd_doc *doc, size_t i, size_t end, int through_gazetteer, int given_name)
{
    run r = {i, i, 0, 0, 0, 0, 0};
    r.given_name = given_name;
    size_t k = i, words = 0;
    int after_connector = 0;
    while (k < end && words < MAX_RUN_WORDS) {
        const cd_token *t = &doc->toks[k];
        if (!is_capword(t)) {
            /* a person's particles, or a body's after the word that heads its name ("Banca del
             * Monte di Parma", "Banco de Bilbao") */
            size_t particles = k > i && (!r.has_org || org_head(doc, i)) ? name_particles(doc, k, end) : 0;
            if (!particles || (!r.given_name && cd_lex_match(doc, k + particles, LX_GAZETTEER, NULL))) break;
            k += particles; /* "Walter van der Vijver", "Miguel de la Madrid"; not "Stade de France" */
            after_connector = 1;
            continue;
        }
        if (k > i && !through_gazetteer && !r.given_name && !after_connector && known_name_ends(doc, k, end))
            break;
        if (k > i && cd_lex_has(cd_tok_entry(t), LX_ENT_DEMONYMS) && !org_word(doc, k)) break;
        words++;
        int org = org_word(doc, k);
        r.has_org |= org;
        r.org_last = org;
        r.stop = k + (abbrev_period(doc, k, end) ? 2 : 1);
        k = r.stop;
        after_connector = 0;
        if (k + 1 < end && cd_tok_is_punct(doc, k, '-') && glued(doc, k) && glued(doc, k + 1) &&
            is_capword(&doc->toks[k + 1])) {
            k++; /* Jean-Claude */
        } else if ((after_connector = org_connector(doc, k, end, r.has_org)) != 0) {
            if (after_connector == 2 && !r.and_at) r.and_at = k;
            r.connector |= after_connector == 1;
            k++;
        }
    }
    return r;
}

/* A question: the sentence [.., end) ends with '?' (closing quote marks after it aside). */
static int question(const cd_doc *doc, size_t first, size_t end)
{
    size_t k = end;
    while (k > first && doc->toks[k - 1].type == TOK_PUNCT && cd_is_quote(doc->toks[k - 1].cp)) k--;
    return k > first && cd_tok_is_punct(doc, k - 1, '?');
}

/* Token i (a capitalized word of the sentence [first, end)) is a given name that starts a name.
 * A given name that is also a modal ("Will") opening a question asks it ("Will Labour win?");
 * opening a statement, or inside a sentence, it is the name ("Will Davies said"); in capitals
 * ("WILL OBAMA PLAY") it is a headline's word. */
static int given_name_at(const cd_doc *doc, size_t i, size_t first, size_t end)
{
    const cd_lexrec *r = cd_tok_rec(doc, i, LX_ENT_FIRST_NAMES); /* one read of it (cd_tok_plain_given_name's) */
    if (!r || (r->num == 1 && (doc->toks[i].flags & TF_ALLCAPS))) return 0;
    return r->num != 1 || (i > first && !opens_clause(doc, i)) || !question(doc, first, end);
}

/* The last title word inside a run that leaves a name after it, or 0 (a run of three tokens or more:
 * inner_title). */
CD_NOINLINE /* out of line, so that its inline first test (inner_title) stays small */
static size_t inner_title_of(const cd_doc *doc, size_t first, size_t stop)
{
    size_t found = 0;
    for (size_t k = first + 1; k + 1 < stop; k++) {
        int t = 0;
        size_t n = title_at(doc, k, stop, &t);
        if (t && k + n < stop && doc->toks[k + n].type == TOK_WORD) found = k;
    }
    return found;
}

/* inner_title_of behind its first test, inline: a title inside the run [first, stop) has a token
 * before it and a word after it, and most runs are of a word or two, which have none. */
static inline size_t inner_title(const cd_doc *doc, size_t first, size_t stop)
{
    return stop > first + 2 ? inner_title_of(doc, first, stop) : 0;
}

/* Token k (a word inside a run) follows an initial ("J." of "J. Howard Lamb") or the first part
 * of a hyphened word ("Jean-" of "Jean-Philippe Morel"): the part's first token, else k. */
static size_t middle_name_start(const cd_doc *doc, size_t first, size_t k)
{
    while (k >= first + 2) {
        const cd_token *b = &doc->toks[k - 1], *w = &doc->toks[k - 2];
        int initial = cd_tok_is_punct(doc, k - 1, '.') && w->type == TOK_WORD && w->len == 1;
        int hyphen = b->type == TOK_PUNCT && b->cp == '-' && glued(doc, k) && glued(doc, k - 1);
        if (!initial && !hyphen) break;
        k -= 2;
    }
    return k;
}

/* In a run that is no organization and does not start with a given name, the first given name
 * followed by one more word: 1 and *start, where the person's name starts; 0 if none. One after an
 * initial or a hyphened word's first part is a middle name: the name starts there ("J. Howard
 * Lamb", "Jan-Martin Vossberg"), at the run's start perhaps. */
static int inner_given_name(const cd_doc *doc, run r, size_t *start)
{
    if (r.given_name || (r.has_org && (r.org_last || r.connector))) return 0;
    for (size_t k = r.first + 1; k + 1 < r.stop; k++)
        if (cd_tok_plain_given_name(doc, k) && doc->toks[k + 1].type == TOK_WORD) {
            *start = middle_name_start(doc, r.first, k);
            return 1;
        }
    return 0;
}

static size_t last_word_before(const cd_doc *doc, size_t first, size_t stop);

/* An organization word before the run's last word ("University" in "Oxford University Press",
 * "Bank" in "Bank Negara"): the run names a body whatever its last word is, unless
 * it is a person's given name and one or two more words ("Jim Press", "Mary Church Lane"), where
 * such a word is a surname. Read over the run as it stands after a title or a given name inside
 * cut its start ("Commerce Department Bob Smith" is Bob Smith). The first part of a hyphened word
 * is none ("Co-Chairman"). */
static int org_word_inside(const cd_doc *doc, run r, size_t words)
{
    if (words < 2 || (r.given_name && words <= 3)) return 0;
    size_t last = last_word_before(doc, r.first, r.stop);
    for (size_t k = r.first; k < last; k++)
        if (doc->toks[k].type == TOK_WORD && org_word(doc, k) && !(cd_tok_is_punct(doc, k + 1, '-') && glued(doc, k + 1)))
            return 1; /* not "Co-" of "Co-Chairman" */
    return 0;
}

static size_t last_word_before(const cd_doc *doc, size_t first, size_t stop)
{
    size_t k = stop - 1;
    while (k > first && doc->toks[k].type != TOK_WORD) k--;
    return k;
}

/* The candidate of tokens [first, first + count) (count at most UINT16_MAX). */
static cand make_cand(const cd_doc *doc, size_t first, size_t count, const char *type, const char *name)
{
    size_t words = 0, last = first;
    uint32_t h = 2166136261u;
    for (size_t k = first; k < first + count; k++) {
        int word = doc->toks[k].type == TOK_WORD;
        words += word;
        if (word) last = k; /* last_word: the last word after the first token, else the first */
        h = (h ^ doc->toks[k].hash) * 16777619u;
    }
    cand c = {first, type, name, doc->toks[last].hash, h, (uint16_t)count, (uint16_t)words, 0, 0, 0};
    return c;
}

/* Adds a candidate; returns it, or NULL (out of memory, or too long to be a name). */
static cand *push_cand(const cd_doc *doc, cand_list *cl, size_t first, size_t count, const char *type,
                       const char *name)
{
    if (count > UINT16_MAX) return NULL; /* no name is this long (cand.count) */
    cand *c = cd_vec_push_inline((void **)&cl->items, &cl->n_items, &cl->cap_items, sizeof *c);
    if (!c) {
        cl->oom = 1;
        return NULL;
    }
    *c = make_cand(doc, first, count, type, name);
    cl->persons += type == PERSON;
    cl->unnamed_orgs += type == ORGANIZATION && !name;
    return c;
}

/* A place's name that opens a body's ("London Stock Exchange", "UK Independence Party", "China
 * Construction Bank", "Massachusetts Institute of Technology"): the capitalized words one space
 * after the place (tokens [place, k)) end with an organization's word, or hold an "of" after one,
 * or a speech verb follows them (below). Returns where the body's name ends, or 0. Not when a
 * title follows the place ("UK Prime Minister", "UK Foreign Office Minister Bill Rammell"), nor
 * across an "and" or a line's end, nor in a headline in title case (`weak_case`), where capitals
 * say nothing. */
static size_t place_opens_body(const cd_doc *doc, size_t place, size_t k, size_t end, int weak_case)
{
    if (weak_case || k >= end || !is_capword(&doc->toks[k]) || (doc->toks[k].flags & TF_NEWLINE_BEFORE) ||
        !(doc->toks[k].flags & TF_SPACE_BEFORE))
        return 0;
    int t = 0;
    if (title_at(doc, k, end, &t)) return 0;
    run r = scan_run(doc, k, end, 0, 0);
    if (r.stop <= k || r.and_at || inner_title(doc, k, r.stop) ||
        (r.stop < end && cd_tok_is_punct(doc, r.stop, '-') && glued(doc, r.stop))) /* "Illinois Co-op" */
        return 0;
    if (r.has_org && (r.org_last || r.connector)) return r.stop;
    /* or the subject of a speech verb, which no person's name is right after a place's: the firm
     * by its short name ("Georgia Power said", "Detroit Edison also said"), not a person named
     * Power. Only where a clause starts (a sentence, or after a mark): after a word the place
     * describes a person ("the Texas Democrat said", "manager for Canada Hajimu Watanabe told") */
    if (place > 0 && doc->toks[place - 1].type == TOK_WORD) return 0;
    return r.stop - k <= 3 && !cd_tok_rec(doc, k, LX_ENT_FIRST_NAMES) && speech_verb_after(doc, r.stop, end) ? r.stop
                                                                                                          : 0;
}

/* A gazetteer match at token i: pushes it and returns its token count, else 0. */
static size_t gazetteer_at(const cd_doc *doc, size_t i, size_t end, int weak_case, cand_list *cl)
{
    const cd_lexrec *r;
    size_t n = cd_lex_match(doc, i, LX_GAZETTEER, &r);
    if (!n || i + n > end || !r->str) return 0;
    const char *bar = strchr(r->str, '|');
    if (!bar) return 0;
    const char *type = strncmp(r->str, "place", 5) == 0 ? PLACE : ORGANIZATION;
    /* the place opens the name: no capitalized word but a stop word, connector or glued hyphen
     * before it ("First Boston Corp", "Bank of America Inc", "Owens-Illinois Inc", whose run the
     * gazetteer cut; "The Ohio Stock Exchange" opens with the place); and
     * it ends in no period: wire copy capitalizes the word after "U.S." ("a U.S. Bank official") */
    const cd_token *prev = i ? &doc->toks[i - 1] : NULL; /* a stop word ("The", "But") is no name's */
    int opens = i == 0 || ((!is_capword(prev) || cd_lex_has(cd_tok_entry(prev), LX_ENT_STOPWORDS)) &&
                           !cd_tok_is(doc, i - 1, "of") && !cd_tok_is(doc, i - 1, "and") &&
                           !cd_tok_is_punct(doc, i - 1, '&') && !(cd_tok_is_punct(doc, i - 1, '-') && glued(doc, i)));
    opens = opens && !cd_tok_is_punct(doc, i + n - 1, '.');
    size_t body = type == PLACE && opens ? place_opens_body(doc, i, i + n, end, weak_case) : 0;
    if (body) { /* the place is the body's first word, no place of its own here */
        push_cand(doc, cl, i, body - i, ORGANIZATION, NULL);
        return body - i;
    }
    size_t forms = type == ORGANIZATION ? legal_forms_at(doc, i + n, end) : 0;
    /* "Harbor Motors Corp": the firm a known name's words open, named as the story writes it (the
     * gazetteer's name for an acronym may be another body's than the firm's) */
    push_cand(doc, cl, i, n + forms, type, forms ? NULL : bar + 1);
    return n + forms;
}

/* An acronym ("BA", "AOL") or a word with an inner capital ("TimeWarner", "PayPal"): said of a
 * body, not a person. */
static int acronym_like(const cd_doc *doc, size_t i)
{
    const cd_token *t = &doc->toks[i];
    size_t n = t->len;
    if ((t->flags & TF_ALLCAPS) && n >= 2 && n <= 6) return 1;
    for (size_t k = 1; k < n; k++) {
        unsigned char c = (unsigned char)doc->text[t->start + k];
        if (c >= 'A' && c <= 'Z' && !(t->flags & TF_ALLCAPS)) return 1;
    }
    return 0;
}

/* A lower-case title right after the run: "Migration Watch chairman Andrew Green", "BA chief
 * executive Rod Eddington": the run names the body the person works for. */
static int title_follows(const cd_doc *doc, size_t stop, size_t end)
{
    int t = 0;
    return stop < end && doc->toks[stop].type == TOK_WORD && !(doc->toks[stop].flags & (TF_CAP | TF_ALLCAPS)) &&
           title_at(doc, stop, end, &t) && t;
}

/* A sentence's first word that is no part of the name after it: a sentence adverb or
 * conjunction ("Meanwhile", "Separately", "Later"), not "Migration" of "Migration Watch". */
static int droppable_lead(const cd_doc *doc, size_t i)
{
    const cd_token *t = &doc->toks[i];
    if (cd_lex_has(cd_tok_entry(t), LX_SENTENCE_STARTERS) || cd_lex_has(cd_tok_entry(t), LX_QUOTE_FILLERS) ||
        cd_str_is(cd_tok_role(doc, i, LX_CLAIM_VERB_CUES), "adverb"))
        return 1;
    size_t n = t->len;
    return n > 4 && memcmp(doc->text + cd_tok_stop(t) - 2, "ly", 2) == 0;
}

/* Token i follows a quote's closing mark and its comma: '"...," Analysts said', '"...", Dealers said'. */
static int after_quote_comma(const cd_doc *doc, size_t i, size_t first)
{
    if (i < first + 2) return 0;
    const cd_token *a = &doc->toks[i - 2], *b = &doc->toks[i - 1];
    return (a->type == TOK_PUNCT && b->type == TOK_PUNCT) &&
           ((a->cp == ',' && cd_is_quote(b->cp)) || (cd_is_quote(a->cp) && b->cp == ','));
}

/* A plural role noun standing alone where a sentence or a quote's attribution starts ("Analysts
 * said", "Dealers expect", "Sources close to the talks"): a group of unnamed people, no name. One
 * before a capitalized word may start one ("Bankers Trust Co", "Investors Service Inc"), unless
 * that word is a verb ("Dealers Said" in a headline). */
static int role_noun_alone(const cd_doc *doc, size_t i, size_t end)
{
    const cd_lexrec *r = cd_tok_rec(doc, i, LX_ENT_TITLES);
    if (!r || r->num != ROLE_NOUN) return 0;
    if (i + 1 >= end || !is_capword(&doc->toks[i + 1])) return 1;
    const char *role = cd_tok_role(doc, i + 1, LX_CLAIM_VERB_CUES);
    return speech_verb(doc, i + 1) || cd_str_is(role, "modal") || cd_str_is(role, "be") || cd_str_is(role, "have");
}

/* One organization word right after the title or demonym words the run starts with ("Premier
 * League", "General Assembly", "Russian Army"; not after a modifier alone: "Former Cabinet
 * minister"): the whole is the organization's name, not a person titled so. */
static int lead_names_org(size_t lead_start, size_t j, int titled, run r, size_t words)
{
    return titled && j > lead_start && r.first == j && words == 1 && r.org_last;
}

/* A weekday or a month at token j that a date's word puts before a name ("On Thursday Rangers
 * said", "In December BT said", "11 September World Trade Centre") is the date, no word of the
 * name: "the Sunday Times" keeps its day. A word of three letters is a name's ("Sun Co", "May
 * Co."), not a date's. */
static int dated_lead(const cd_doc *doc, size_t first, size_t j)
{
    const cd_token *t = &doc->toks[j];
    if (j <= first || t->len < 4 || !when_word(doc, j)) return 0; /* not "Sun Co", "May Co." */
    static const char *const words[] = {"on", "in", "by", "since", "until", "from", "last", "next", "early", "late"};
    const cd_token *b = &doc->toks[j - 1];
    if (b->type == TOK_NUM) return 1; /* "11 September" */
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (cd_tok_is(doc, j - 1, words[k])) return 1;
    return 0;
}

/* A weekday or a month that ends a person's run is the date the sentence puts after the name
 * ("Agriculture Secretary Clara Voss Monday said", "Reagan Friday told"): the token where the name
 * stops, or 0. A given name and one such word is the name itself ("Mike Friday"), and a word of
 * three letters ("May") a surname more often than a date. */
static size_t when_tail(const cd_doc *doc, run r, size_t words)
{
    size_t last = last_word_before(doc, r.first, r.stop);
    const cd_token *t = &doc->toks[last];
    if (words < 2 || (words == 2 && r.given_name) || t->len < 4 || !when_word(doc, last)) return 0;
    return last;
}

/* A title proper ends at token k ("Minister", "Secretary of State"), a phrase of up to three
 * words, from the sentence's first token on. */
static int title_ends_at(const cd_doc *doc, size_t first, size_t k)
{
    for (size_t p = k + 1 > first + 3 ? k - 2 : first; p <= k; p++) {
        int t = 0;
        if (title_at(doc, p, k + 1, &t) == k + 1 - p && t) return 1;
    }
    return 0;
}

/* A run in an office's slot, after a title and "of" or "for" ("Minister of Social Affairs Louw de
 * Graaf said", "Secretary of State for the Treasury Ramon de la Fuente told", "Minister of Trade
 * and Industry Daisuke Morita said": an "and" only between the office's words), three words or
 * more and no organization's name, that a speech verb makes a person, ends with the office
 * holder's name (not "chairman of RJ Reynolds Tobacco": no person, an organization's words):
 * its last word, and the word before it with the particles between. Returns where that name
 * starts, or 0 (a run with no such name: "Minister of Trade and Industry"). A given name inside the
 * run (inner_given_name) finds the name before this. `words`: the run's words, which run_at counts
 * for its own tests. */
static size_t office_holder(const cd_doc *doc, size_t first, run r, size_t words)
{
    if (r.given_name || (r.has_org && (r.org_last || r.connector)) || r.first < first + 2 || words < 3) return 0;
    /* an "and" joins an office's two words ("Trade and Industry", "Energy and Mines"): one word
     * or two before it ("International Trade and Industry"), and an office's word after it before the
     * name (checked below) */
    if (r.and_at && r.and_at > r.first + 2) return 0;
    size_t of = r.first - 1;
    if (cd_tok_is(doc, of, "the") && of > first) of--;
    if (of <= first || !(cd_tok_is(doc, of, "of") || cd_tok_is(doc, of, "for")) || !title_ends_at(doc, first, of - 1))
        return 0;
    size_t k = last_word_before(doc, r.first, r.stop);
    while (k > r.first + 1 && cd_tok_name_particle(doc, k - 1, 1)) k--; /* "de la", "Van Der" */
    if (k <= r.first + 1 || !is_capword(&doc->toks[k - 1]) || (r.and_at && k - 1 <= r.and_at + 1)) return 0;
    return k - 1;
}

/* Tokens [first, inner) before a title are one trade word (data/ent_org_suffixes.tsv's kind 3):
 * the office's portfolio ("Mining Minister"), not a body's name ("Intelligence Committee"). */
static int portfolio(const cd_doc *doc, size_t first, size_t inner)
{
    const cd_lexrec *r = cd_tok_rec(doc, first, LX_ENT_ORG_SUFFIXES);
    return inner == first + 1 && r && r->num == TRADE_WORD;
}

/* An organization's run that is an acronym in capitals, "and", and a body's name of its own ("ACM
 * and Nuigini Mining", "EADS and BAE Systems", "JAL and All Nippon Airlines"): two bodies, not
 * one. Not when a single letter follows the "and" ("LL and E Royalty Trust", "CB and T
 * Bancshares": one name of initials), nor when only organization words do ("IBM and Co"): the
 * body's name needs a word of its own. The "and" in lower case: in a line of capitals ("ROHM AND
 * HAAS CO") every word looks like an acronym. Neither a legal form in capitals ("AG") nor a name
 * with an inner capital ("McAndrews and Forbes Group") is an acronym here, and "&" ("P&G")
 * joins one firm's name. */
static int acronym_and_body(const cd_doc *doc, run r)
{
    if (!r.and_at || r.and_at != r.first + 1 || !cd_tok_is(doc, r.and_at, "and")) return 0;
    const cd_token *a = &doc->toks[r.first];
    if (!(a->flags & TF_ALLCAPS) || a->len < 2 || a->len > 6 || org_word(doc, r.first) ||
        (doc->toks[r.and_at].flags & (TF_CAP | TF_ALLCAPS)))
        return 0;
    const cd_token *next = &doc->toks[r.and_at + 1];
    if (next->len < 2) return 0;
    for (size_t k = r.and_at + 1; k < r.stop; k++)
        if (doc->toks[k].type == TOK_WORD && !org_word(doc, k)) return 1;
    return 0;
}

/* Two bodies' names joined by "and" in an organization's run ("Fuji Bank and Tamarind Bank",
 * "Commerce Department and Senate Finance Committee"): the first "and" in lower case after two
 * words or more that end with a word closing a body's name (data/ent_org_suffixes.tsv's kind 4),
 * before a name with a word of its own, the first of two letters or more, that ends with an
 * organization's word. "Citizens Bank and Trust Co" (no word of its own after "and") and
 * "Securities and Exchange Commission" (one word before it) stay one. Returns that "and", or 0. */
static size_t bodies_and(const cd_doc *doc, size_t from, run r)
{
    for (size_t k = r.and_at; k + 1 < r.stop; k++) {
        if (!cd_tok_is(doc, k, "and") || (doc->toks[k].flags & (TF_CAP | TF_ALLCAPS)) || k < from + 2) continue;
        const cd_lexrec *end = cd_tok_rec(doc, k - 1, LX_ENT_ORG_SUFFIXES);
        if (!end || end->num != BODY_END || doc->toks[k + 1].len < 2) continue;
        size_t own = 0, last = last_word_before(doc, k + 1, r.stop);
        for (size_t j = k + 1; j < r.stop; j++)
            own += doc->toks[j].type == TOK_WORD && !org_word(doc, j) && !cd_tok_is(doc, j, "and") &&
                   !cd_tok_is(doc, j, "of") && !cd_tok_is(doc, j, "for") && !cd_tok_is(doc, j, "on");
        if (own && org_word(doc, last)) return k;
    }
    return 0;
}

/* The word before run r (in the sentence from `first`) is "the": what a speech verb makes its
 * subject there is a body ("the Bundesbank said", "said the Fed"), for a person's name takes no
 * article; unless the run ends with a title ("the Foreign Secretary said") or a noun of persons in
 * -man, -men ("the Dutchman said", "the Congressmen said"): a person by office or by origin. */
static int after_the(const cd_doc *doc, size_t first, run r)
{
    if (r.first <= first || !cd_tok_is(doc, r.first - 1, "the")) return 0;
    int t = 0;
    size_t last = last_word_before(doc, r.first, r.stop);
    const cd_token *w = &doc->toks[last];
    if (w->len > 4 && (cd_word_eq(doc->text + cd_tok_stop(w) - 3, 3, "man", 3) ||
                                   cd_word_eq(doc->text + cd_tok_stop(w) - 3, 3, "men", 3)))
        return 0;
    return !(title_at(doc, last, r.stop, &t) && t);
}

/* An organization's run after a title, with an "and" in it, that is the titled person and a body
 * of its own ("Treasury Secretary Ruth Okonjo and Grain Marketing Board chairman Tomas Vilar",
 * "Fed chief Ana Reis and World Food Council head ..."): a person's name before the
 * "and" (a given name first, or an initial in it), no organization's word there, and two words or
 * more after it besides legal forms, the first of two letters or more. A firm named after its
 * founders has one ("lead manager Alex Brown and Sons Inc"). */
static int person_and_body(const cd_doc *doc, run r)
{
    if (!r.and_at || !cd_tok_is(doc, r.and_at, "and") || (doc->toks[r.and_at].flags & (TF_CAP | TF_ALLCAPS)))
        return 0;
    int initial = 0;
    for (size_t k = r.first; k < r.and_at; k++) {
        if (doc->toks[k].type == TOK_WORD && org_word(doc, k)) return 0;
        initial |= doc->toks[k].len == 1 && abbrev_period(doc, k, r.and_at);
    }
    if (!r.given_name && !initial) return 0; /* "King Soopers and City Markets": a person's name */
    const cd_token *next = &doc->toks[r.and_at + 1];
    if (next->len < 2) return 0;
    size_t own = 0;
    for (size_t k = r.and_at + 1; k < r.stop; k++) {
        const cd_lexrec *lf = cd_tok_rec(doc, k, LX_ENT_ORG_SUFFIXES);
        own += doc->toks[k].type == TOK_WORD && !(lf && lf->num == LEGAL_FORM);
    }
    return own >= 2;
}

/* A job or a sport's position capitalized before a name, as a title stands ("Striker Olu Banjo",
 * "Lecturer Mia Torres"; data/person_nouns.tsv's kind 1): the person's role, which the name leaves
 * out as it leaves out "President". Its token count ("Solicitor General" takes its "General"), or 0.
 * Ask it only where the role's capital is the clause's or a title's (a sentence's start, after a
 * dash, after "Chief"): inside a sentence a capitalized job is a word of a name ("an Employee
 * Stock Ownership Plan", "Designer Depots"). Not in capitals (a headline's word), and only before
 * another capitalized word ("Singer said" is a surname). */
static size_t role_lead(const cd_doc *doc, size_t j, size_t end)
{
    const cd_token *t = &doc->toks[j];
    if (!(t->flags & TF_CAP) || (t->flags & TF_ALLCAPS) || j + 1 >= end || !is_capword(&doc->toks[j + 1]))
        return 0;
    const cd_lexrec *r = cd_tok_rec(doc, j, LX_PERSON_NOUNS);
    if (!r || (r->num != 1 && r->num != 2)) return 0;
    return general_after(doc, j + 1, end) ? 2 : 1;
}

/* Token k (after the sentence's first token) is a job or a sport's position in lower case
 * (data/person_nouns.tsv's kind 1, not the trades of kind 2 that name firms: "insurance broker
 * Marsh"): the role of the person named by the capitalized word at k + 1 ("the striker Olu
 * Banjo"). Not after "best", where the job names an award ("the best new actor Oscar"), nor before an
 * acronym or a word with an inner capital, a firm's ("broadcaster BSkyB"), nor before "I". */
static int lower_role(const cd_doc *doc, size_t first, size_t k)
{
    const cd_token *t = &doc->toks[k];
    if (k <= first || t->type != TOK_WORD || (t->flags & (TF_CAP | TF_ALLCAPS))) return 0;
    const cd_lexrec *r = cd_tok_rec(doc, k, LX_PERSON_NOUNS);
    if (!r || r->num != 1 || cd_tok_is(doc, k - 1, "best") || (k >= first + 2 && cd_tok_is(doc, k - 2, "best")) ||
        acronym_like(doc, k + 1))
        return 0;
    return doc->toks[k + 1].len > 1;
}

/* The run [first, stop) opens with an honorific that is a word of the name (data/ent_honorifics.tsv:
 * "Lord Hale", "Dame Ada Rook") and goes on with a word that is no title ("Lord Mayor" is an
 * office): a person, though no given name or speech verb says so. */
static int honorific_name(const cd_doc *doc, size_t first, size_t stop, size_t words)
{
    int t = 0;
    if (words < 2 || (doc->toks[first].flags & TF_ALLCAPS) || !cd_tok_rec(doc, first, LX_ENT_HONORIFICS)) return 0;
    size_t next = first + 1 < stop && cd_tok_is_punct(doc, first + 1, '.') ? first + 2 : first + 1;
    return next < stop && !title_at(doc, next, stop, &t);
}

/* The run [first, stop) of two words or more is set off by commas after a lower-case title or
 * a person's noun ("the chief executive, Ann Holt, said", "his friend, Piet de Wit, who ..."; not a
 * trade of data/person_nouns.tsv's kind 2, which names firms: "its broker, Rand Mines,"): the apposition
 * names the person the role describes. The closing comma (or the sentence's end) is asked: a name
 * that goes on into a clause of its own after the comma ("its chairman, Rand Mines owns ...") is
 * no apposition. */
static int comma_after_role(const cd_doc *doc, size_t sent_first, size_t first, size_t stop, size_t end,
                            size_t words)
{
    if (words < 2 || first < sent_first + 2 || !cd_tok_is_punct(doc, first - 1, ',')) return 0;
    if (stop < end && !cd_tok_is_punct(doc, stop, ',') && !cd_tok_is_punct(doc, stop, '.')) return 0;
    size_t k = first - 2;
    int t = 0;
    if (doc->toks[k].type != TOK_WORD || (doc->toks[k].flags & (TF_CAP | TF_ALLCAPS))) return 0;
    if (cd_lex_match(doc, k, LX_ENT_TITLES, NULL) == 1 && title_at(doc, k, end, &t) && t) return 1;
    const cd_lexrec *r = cd_tok_rec(doc, k, LX_PERSON_NOUNS); /* a job, kin ("his friend, ..."), not a trade */
    return r && r->num != 2;
}

/* Token i follows a hyphen set off by spaces, the dash of a wire dateline ("LONDON, May 2 - Broker
 * ..."): a clause's start, where opens_clause asks a true dash. */
static int after_spaced_hyphen(const cd_doc *doc, size_t i, size_t first)
{
    return i > first && cd_tok_is_punct(doc, i - 1, '-') && (doc->toks[i - 1].flags & TF_SPACE_BEFORE) &&
           (doc->toks[i].flags & (TF_SPACE_BEFORE | TF_NEWLINE_BEFORE));
}

#define WORK_BEFORE 1 /* data/ent_works.tsv's kinds: a noun before a work's title ("the film") */
#define WORK_AFTER 2  /* a word after it ("starring") */
#define WORK_OWNER 3  /* a word before that noun that lets a comma follow it ("her album, ...") */

/* Token k is a word of data/ent_works.tsv of that kind. */
static int work_word(const cd_doc *doc, size_t k, size_t end, int kind)
{
    const cd_lexrec *r = k < end && doc->toks[k].type == TOK_WORD ? cd_tok_rec(doc, k, LX_ENT_WORKS) : NULL;
    return r && r->num == kind;
}

/* A noun of works in lower case right before token i ("the biopic Harrow Lane"), or before a comma
 * there after a word of kind 3 ("her album, Salt Roads"); not a verb after "to" or a modal ("to
 * show Congress", "will film Ann Ross"). */
static int work_noun_before(const cd_doc *doc, size_t sent_first, size_t i, size_t end)
{
    size_t b = i, comma = b > sent_first + 2 && cd_tok_is_punct(doc, b - 1, ',');
    b -= comma;
    if (b <= sent_first || (doc->toks[b - 1].flags & (TF_CAP | TF_ALLCAPS)) || !work_word(doc, b - 1, end, WORK_BEFORE))
        return 0;
    if (b - 1 == sent_first) return !comma;
    if (comma) return work_word(doc, b - 2, end, WORK_OWNER);
    return !cd_tok_is(doc, b - 2, "to") && !cd_str_is(cd_tok_role(doc, b - 2, LX_CLAIM_VERB_CUES), "modal");
}

/* Tokens [i, stop) are the title of a work, a film, a book, a show or a record, no person's or
 * body's name: a noun of works before it (work_noun_before), or "starring" (before a name) or
 * "premiere" right after it, past a comma or a dash ("Harrow Lane - starring Ida Moss", "the
 * Harrow Lane premiere"), or "directed by". A run that owns something ("the Harrow Lane's ...",
 * "Ann Ross's film") is named as its owner. */
static int work_title(const cd_doc *doc, size_t sent_first, size_t i, size_t stop, size_t end)
{
    /* the words around first, the owner's "'s" last: most runs have no work's word near them */
    size_t a = stop;
    if (a < end && doc->toks[a].type == TOK_PUNCT &&
        (doc->toks[a].cp == ',' || doc->toks[a].cp == '-' || cd_is_dash(doc->toks[a].cp)))
        a++;
    int cue;
    if (work_noun_before(doc, sent_first, i, end)) cue = 1;
    else if (work_word(doc, a, end, WORK_AFTER))
        cue = !cd_tok_is(doc, a, "starring") || (a + 1 < end && is_capword(&doc->toks[a + 1]));
    else cue = a + 1 < end && cd_tok_is(doc, a, "directed") && cd_tok_is(doc, a + 1, "by");
    return cue && !cd_tok_possessive(doc, stop);
}

/* Keeps tokens [first, stop) as a work's title (cand_list.works). */
static void push_work(const cd_doc *doc, cand_list *cl, size_t first, size_t stop)
{
    if (stop - first > UINT16_MAX) return;
    cand *w = cd_vec_push_inline((void **)&cl->works, &cl->n_works, &cl->cap_works, sizeof *w);
    if (!w) cl->oom = 1;
    else *w = make_cand(doc, first, stop - first, NULL, NULL);
}

/* The capitalized word at token i (sentence [first, end), no gazetteer name there) is a run of its
 * own in run_at: it is no lead word (no title, demonym, or role before a capitalized word), no
 * organization's word, and no glued period joins it; the token after it is no capitalized word,
 * "and", '&', '-' or particle before one. So run_at's run is the word alone, untitled by the word
 * itself; most capitalized words are such ("Peskov" between "with" and "on"). */
static inline int lone_run(const cd_doc *doc, size_t i, size_t end)
{
    const cd_token *w = &doc->toks[i];
    if (!(w->phrases & CD_PHRASES_KNOWN) || (cd_tok_classes(w) & LXM(LX_ENT_TITLES)) ||
        (cd_tok_mask(w) & (LXM(LX_ENT_DEMONYMS) | LXM(LX_ENT_ORG_SUFFIXES))) || abbrev_period(doc, i, end))
        return 0;
    if (i + 1 >= end) return 1;
    const cd_token *n = &doc->toks[i + 1];
    if (n->type == TOK_PUNCT) return n->cp != '-' && n->cp != '&';
    if (n->type != TOK_WORD) return 1;
    if (n->flags & (TF_CAP | TF_ALLCAPS)) return 0;
    /* name_particles behind its first test: a capital one or two tokens on */
    int capital_on = (i + 2 < end && is_capword(&doc->toks[i + 2])) || (i + 3 < end && is_capword(&doc->toks[i + 3]));
    /* not before a possessive that a firm's name holds ("Moody's Investors Service Inc"): run_at's */
    return !capital_on || (!cd_tok_is(doc, i + 1, "and") && !name_particles(doc, i + 1, end) &&
                           !cd_tok_possessive(doc, i + 1));
}

/* Token t's word has a record of data/person_nouns.tsv or data/ent_works.tsv: one walk of its
 * records for both shared classes, which lower_role and work_noun_before ask of the word before a
 * run one after the other (most words there, "the", "of", have records of other classes), and
 * only where the entry's filter of shared classes (cd_lex_may_rec) lets one of the two be there:
 * most words with a shared class have records of others only. */
static int role_or_work_word(const cd_token *t)
{
    const cd_lexentry *e = cd_tok_entry(t);
    if (t->type != TOK_WORD || !(cd_lex_may_rec(e, LX_PERSON_NOUNS) || cd_lex_may_rec(e, LX_ENT_WORKS))) return 0;
    for (uint32_t k = 0; k < e->nrec; k++)
        if (e->recs[k].cls == LX_PERSON_NOUNS || e->recs[k].cls == LX_ENT_WORKS) return 1;
    return 0;
}

/* A lone run at token i (lone_run) that nothing types: run_at keeps it as a loose word, and nothing
 * else. The token after it is no speech verb or filler (speech_verb_next_to) and no title
 * (title_follows); the token before it is no speech verb or filler, no title and no role in lower
 * case (both title the run); and no work's word is around it (work_title). A stop word is none
 * (run_at drops it). A necessary condition only: a run that fails it takes run_at's whole way,
 * which may still keep it so. */
static int untyped_alone(const cd_doc *doc, size_t i, size_t first, size_t end)
{
    if (speech_verb_next_to(doc, first, i, i + 1, end)) return 0;
    size_t a = i + 1; /* the word work_title asks after the run */
    if (a < end) {
        const cd_token *n = &doc->toks[a];
        if (cd_tok_may_match(n, LX_ENT_TITLES)) return 0;
        a += n->type == TOK_PUNCT && (n->cp == ',' || cd_is_dash(n->cp));
        if (work_word(doc, a, end, WORK_AFTER) || (a < end && cd_tok_is(doc, a, "directed"))) return 0;
    }
    if (i == first) return 1;
    size_t b = i - 1; /* a title's place, or a role's */
    if (cd_tok_is_punct(doc, b, '.') && b > first) b--;
    if (cd_tok_may_match(&doc->toks[b], LX_ENT_TITLES)) return 0;
    if (!cd_tok_is_punct(doc, i - 1, ',') && !role_or_work_word(&doc->toks[i - 1])) return 1;
    return !lower_role(doc, first, i - 1) && !work_noun_before(doc, first, i, end);
}

/* Keeps the word at token i, and `count` tokens from it, as a loose word (cand_list.loose). */
static inline void push_loose(const cd_doc *doc, cand_list *cl, size_t i, size_t count)
{
    loose_word *w = cd_vec_push_inline((void **)&cl->loose, &cl->n_loose, &cl->cap_loose, sizeof *w);
    if (!w) cl->oom = 1;
    else *w = (loose_word){(uint32_t)i, doc->toks[i].hash, (uint16_t)count};
}

static int same_word(const cd_doc *doc, size_t a, size_t b);

#define POSSESSIVE_FIRM_WORDS 4 /* words after a possessive up to the legal form that ends a firm's name */
#define POSSESSIVE_OWNER_WORDS 2 /* words before it: "Standard and Poor's", not "Acme Natural Gas System's" */

/* Where a firm's name that holds a possessive ends: run r stops at a possessive ("Moody" of
 * "Moody's Investors Service Inc", "Albertson" of "Albertson's Inc") and the capitalized words
 * one space after it end with a legal form (data/ent_org_suffixes.tsv, kind 1). Not an owner's
 * possessive: one with an organization's word or a place's name ("Zeta Corp's Acme Inc unit",
 * "Tarnia's Acme Corp"), a person's by a title or a given name ("Ann Lee's Acme Corp"), a longer
 * one or one after a capitalized word (a group's: "Acme Natural Gas System's Acme Pipeline
 * Corp", its line broken before "System's"), or one that the unit's name
 * repeats ("Acme's Acme Builders Inc"); nor across an "and" or a line. Returns the name's stop, or 0. */
static size_t possessive_firm(const cd_doc *doc, run r, int titled, size_t end)
{
    size_t p = r.stop;
    if (p + 2 >= end || r.has_org || titled || r.given_name || !cd_tok_possessive(doc, p) ||
        !is_capword(&doc->toks[p + 1]) || (doc->toks[p + 1].flags & TF_NEWLINE_BEFORE) ||
        cd_lex_match(doc, r.first, LX_GAZETTEER, NULL))
        return 0;
    size_t owner_words = 0;
    for (size_t k = r.first; k < p; k++) owner_words += doc->toks[k].type == TOK_WORD && !cd_tok_is(doc, k, "and");
    const cd_token *before = r.first ? &doc->toks[r.first - 1] : NULL; /* a longer name's word, a line up */
    if (owner_words > POSSESSIVE_OWNER_WORDS || same_word(doc, p - 1, p + 1) ||
        (before && is_capword(before) && !cd_lex_has(cd_tok_entry(before), LX_ENT_STOPWORDS)))
        return 0;
    run firm = scan_run(doc, p + 1, end, 0, 0);
    size_t words = 0;
    for (size_t k = p + 1; k < firm.stop; k++) words += doc->toks[k].type == TOK_WORD;
    if (firm.and_at || !firm.org_last || words > POSSESSIVE_FIRM_WORDS || !after_legal_form(doc, firm.stop)) return 0;
    return firm.stop;
}

/* An ordinal, a stop word, that opens a firm's name at a clause's start ("First Harbor Corp",
 * "Second Valley Bancorp Inc"): its run ends in a legal form. Other stop words stay out of a
 * name ("The Acme Corp", "Two Acme Corp plants"). */
static int ordinal_opens_firm(const cd_doc *doc, size_t i, size_t end)
{
    const cd_lexrec *r = cd_tok_rec(doc, i, LX_NUM_WORD);
    if (!r || !r->str || r->str[0] != 'o') return 0;
    run firm = scan_run(doc, i, end, 0, 0);
    return firm.stop > i + 1 && !firm.and_at && after_legal_form(doc, firm.stop);
}

/* A capitalized run at token i (sentence [first, end)); returns the tokens consumed (>= 1). */
static size_t run_at(const cd_doc *doc, size_t i, size_t first, size_t end, int weak_case, cand_list *cl)
{
    int weak = i == first || opens_clause(doc, i);
    size_t j = i, lead_start = i;
    int titled = 0, demonym = 0;
    if (weak && cd_lex_has(cd_tok_entry(&doc->toks[j]), LX_ENT_STOPWORDS) && !ordinal_opens_firm(doc, j, end))
        return 1; /* "The Kremlin": look again */
    if ((weak || after_quote_comma(doc, i, first)) && role_noun_alone(doc, i, end)) return 1;
    size_t role = SIZE_MAX; /* the role word among the lead words (role_lead), if any */
    int titled_before_role = 0, weak_before_role = weak, clause = weak || after_spaced_hyphen(doc, i, first);
    for (int lead = 0; lead < MAX_LEAD_WORDS && j < end && is_capword(&doc->toks[j]); lead++) {
        int before = titled;
        size_t n = title_at(doc, j, end, &titled);
        if (!n && cd_lex_has(cd_tok_entry(&doc->toks[j]), LX_ENT_DEMONYMS) && !org_word(doc, j)) n = 1, demonym = 1;
        if (!n && role == SIZE_MAX && (clause || titled) && (n = role_lead(doc, j, end)) != 0)
            role = j, titled_before_role = before, titled = 1;
        if (!n) break;
        j += n;
    }
    if (j >= end || !is_capword(&doc->toks[j])) return j > i ? j - i : 1;
    if (j > lead_start) weak = 0;
    /* a lower-case title right before: "spokesman Dmitry Peskov" */
    if (j == lead_start && lead_start > first) {
        int t = 0;
        size_t before = lead_start - 1;
        if (cd_tok_is_punct(doc, before, '.') && before > first) before--;
        if (cd_lex_match(doc, before, LX_ENT_TITLES, NULL) == 1 && title_at(doc, before, end, &t) && t) titled = 1;
        else if (lower_role(doc, first, lead_start - 1)) titled = 1; /* "the striker Olu Banjo", as a title */
    }
    run r = scan_run(doc, j, end, titled, given_name_at(doc, j, first, end));
    /* a role word that opens a body's name is the name's ("Singer Co", "Graduate School of
     * Business", "Student Loan Marketing Association"): the run again from it, untitled by it */
    if (role != SIZE_MAX && (r.has_org || cd_lex_match(doc, j, LX_GAZETTEER, NULL))) {
        j = role, titled = titled_before_role, weak = j > lead_start ? 0 : weak_before_role;
        r = scan_run(doc, j, end, titled, given_name_at(doc, j, first, end));
    }
    if (r.stop <= j) return j - i + 1;
    if (r.stop - j > 1 && dated_lead(doc, first, j)) return j - i + 1; /* "On Thursday Rangers said" */
    size_t firm_stop = possessive_firm(doc, r, titled, end);
    if (firm_stop) r.stop = firm_stop, r.has_org = r.org_last = 1; /* "Moody's Investors Service Inc" */
    size_t inner = inner_title(doc, r.first, r.stop);
    /* a person's name before "and" (a title or a given name before it) and a title after it: two
     * people ("Prime Minister Ana Lindqvist and Treasurer Paul Oduya"), where a body's name before
     * it stays whole ("Energy and Commerce Committee Chairman ...") */
    if (inner && r.and_at && r.and_at < inner && (titled || r.given_name)) {
        r = scan_run(doc, r.first, r.and_at, titled, r.given_name); /* the run up to the "and" */
        inner = inner_title(doc, r.first, r.stop);
    }
    if (inner) { /* "Intelligence Committee Chairman Richard Burr" */
        if (org_word(doc, last_word_before(doc, r.first, inner)) && !weak_case && !portfolio(doc, r.first, inner))
            push_cand(doc, cl, r.first, inner - r.first, ORGANIZATION, NULL);
        int t = 0;
        r.first = inner + title_at(doc, inner, r.stop, &t);
        r.first += role_lead(doc, r.first, r.stop); /* "Chief Accountant Lee Ryle": a role after the title */
        r.given_name = cd_lex_has(cd_tok_entry(&doc->toks[r.first]), LX_ENT_FIRST_NAMES);
        r.has_org = r.connector = 0;
        titled = 1;
    }
    size_t given_at = 0;
    int given = inner_given_name(doc, r, &given_at);
    if (given) { /* "Harbor Master Ana Ruiz": the name starts at the given name */
        r.first = given_at;
        r.given_name = 1;
    }
    size_t words = 0, cut;
    for (size_t k = r.first; k < r.stop; k++) words += doc->toks[k].type == TOK_WORD;
    size_t office = given || inner ? 0 : office_holder(doc, first, r, words);
    size_t name_first = r.first;
    const char *type = NULL;
    int by_speech = 0, by_title = 0, said = 0, by_given = 0, speech = -1; /* speech_verb_next_to, asked once: -1 not yet */
    /* one word of the stop list ("Tuesday") is no name whatever would type it: told before the
     * typing reads its neighbours (the cut at "and" below leaves a run of one word as it is) */
    if (words == 1 && cd_lex_has(cd_tok_entry(&doc->toks[r.first]), LX_ENT_STOPWORDS)) return r.stop - i;
    if (weak_case) type = NULL;
    else if (r.has_org && words >= 2 && (r.org_last || r.connector || org_head(doc, r.first))) {
        type = ORGANIZATION;
        if (demonym) name_first = lead_start; /* "Russian Foreign Ministry" */
    } else if (lead_names_org(lead_start, j, titled || demonym, r, words)) {
        type = ORGANIZATION; /* "Premier League", "General Assembly", "Russian Army" */
        name_first = lead_start;
    } else if (titled || (r.given_name && words >= 2)) {
        type = PERSON;
        by_given = !titled;
    } else if (words == 1 && (speech = speech_verb_next_to(doc, first, r.first, r.stop, end)) &&
               (acronym_like(doc, r.first) || org_word(doc, r.first))) { /* "BA said", "the Chamber said" */
        type = ORGANIZATION;
        said = speech_verb_after(doc, r.stop, end); /* not "said TV companies" */
    } else if (title_follows(doc, r.stop, end)) {
        type = ORGANIZATION;
        by_title = 1;
    } else if ((speech = speech == -1 ? speech_verb_next_to(doc, first, r.first, r.stop, end) : speech) != 0 &&
               after_the(doc, first, r)) {
        type = ORGANIZATION; /* "the Bundesbank said", "the Financial Times said" */
        by_title = 1; /* as weak as a title's: a person's known surname wins ("the Shultz comments") */
    } else if (speech) {
        type = PERSON;
        by_speech = 1;
    } else if (words >= 2 && !cd_lex_has(cd_tok_entry(&doc->toks[r.first]), LX_ENT_STOPWORDS) &&
               speech_verb_past_apposition(doc, first, r.first, r.stop, end)) {
        type = PERSON;
    } else if (honorific_name(doc, r.first, r.stop, words)) {
        type = PERSON; /* "Lord Hale", alone at the sentence's start */
    } else if (r.first == i && comma_after_role(doc, first, r.first, r.stop, end, words)) {
        type = PERSON; /* "the chief executive, Ann Holt, said" */
    }
    if (office && type == PERSON) /* "Secretary of State for the Treasury Ramon de la Fuente told" */
        name_first = r.first = office;
    if (type != ORGANIZATION && r.and_at > r.first) { /* "Smith and Jones": the run ends at "and" */
        r.stop = r.and_at;
        words = 0;
        for (size_t k = r.first; k < r.stop; k++) words += doc->toks[k].type == TOK_WORD;
        if (type == PERSON && !titled && !(r.given_name && words >= 2)) type = NULL;
    }
    if (type == PERSON && (cut = when_tail(doc, r, words)) != 0) {
        r.stop = cut, words--;
        /* the given name inside that typed the run must still have a word after it: "S.A. Rand
         * July 2" is a currency and its date, no person named Rand */
        if (given && !titled && cd_tok_plain_given_name(doc, last_word_before(doc, r.first, r.stop))) type = NULL;
    }
    /* a speech verb or a title makes a person of what an organization's word inside names: "Oxford
     * University Press said" (not of a run no rule typed: "Financial Services Act" stays none) */
    if (type == PERSON && !office && org_word_inside(doc, r, words)) type = ORGANIZATION, by_speech = 0;
    if (words == 1 && cd_lex_has(cd_tok_entry(&doc->toks[r.first]), LX_ENT_STOPWORDS)) return r.stop - i; /* "Tuesday and Friday" cut */
    /* an unknown first word of a sentence ("Later Dmitry Peskov"): try again from the next word */
    if (weak && words > 1 && type != ORGANIZATION && !r.given_name && droppable_lead(doc, r.first)) return 1;
    int weak_by = by_speech ? 1 : by_title ? 2 : 0; /* cand.weak, kept when the type was dropped */
    /* a work's title, unless a title or a role said who the run is ("the Today programme Mr Hale
     * joined"): the run from where it starts, "The" and all ("the sitcom The Back Office") */
    if ((type || weak_by || words == 1) && !titled && work_title(doc, first, i, r.stop, end)) {
        push_work(doc, cl, i, r.stop);
        return r.stop - i;
    }
    /* an untyped run of several words that no speech verb or title typed before "and" cut it never
     * becomes an entity (pass 2 types such a run only by a known surname, and only a one-word run;
     * "Migration Watch and Oxfam said" keeps its weak "Migration Watch" for unify_org_names): it
     * is not kept */
    if (!type && !weak_by && words > 1) return r.stop - i;
    if (!type && !weak_by) { /* one word, a period perhaps after it (name_first is r.first) */
        push_loose(doc, cl, r.first, r.stop - r.first);
        return r.stop - i;
    }
    if (type == ORGANIZATION && name_first == r.first && acronym_and_body(doc, r)) {
        push_cand(doc, cl, r.first, r.and_at - r.first, ORGANIZATION, NULL); /* "ACM" */
        name_first = r.and_at + 1;
    } else if (type == ORGANIZATION && name_first == r.first && titled && person_and_body(doc, r)) {
        cand *p = push_cand(doc, cl, r.first, r.and_at - r.first, PERSON, NULL); /* "James Baker" */
        if (p) p->given = 0;
        name_first = r.and_at + 1;
    } else if (type == ORGANIZATION && r.and_at && (cut = bodies_and(doc, name_first, r)) != 0) {
        push_cand(doc, cl, name_first, cut - name_first, ORGANIZATION, NULL); /* "Fuji Bank" */
        name_first = cut + 1;
    }
    cand *c = push_cand(doc, cl, name_first, r.stop - name_first, type, NULL);
    if (c) c->weak = (uint8_t)weak_by, c->said = (uint8_t)said, c->given = (uint8_t)(by_given && type == PERSON);
    return r.stop - i;
}

/* What run_at does with a lone run at token i (lone_run) where its outcome is plain: a stop word
 * alone ("Tuesday") it drops, and a word that nothing types (untyped_alone) it keeps as a loose word.
 * Returns 1 where it did so, 0 where run_at must read the run. */
static int lone_word(const cd_doc *doc, size_t i, size_t first, size_t end, cand_list *cl)
{
    if (cd_lex_has(cd_tok_entry(&doc->toks[i]), LX_ENT_STOPWORDS)) return 1;
    if (!untyped_alone(doc, i, first, end)) return 0;
    push_loose(doc, cl, i, 1);
    return 1;
}

/* The first token from i on (before end) that starts with a capital, else end: the one test the
 * walk makes of most tokens. Two tokens a step, their flags or'ed: half the loop's branches and
 * steps, and as few exits (one at each capital) as a walk of one token a step. */
static inline size_t next_capital(const cd_token *toks, size_t i, size_t end)
{
    if (i >= end) return end;
    const cd_token *t = toks + i, *last = toks + end - 1; /* a pointer: one step count, not three */
    while (t < last && !((t[0].flags | t[1].flags) & (TF_CAP | TF_ALLCAPS))) t += 2;
    return t <= last && !(t->flags & (TF_CAP | TF_ALLCAPS)) ? (size_t)(t - toks) + 1 : (size_t)(t - toks);
}

static void find_candidates(cd_doc *doc, size_t s, size_t first, size_t end, cand_list *cl)
{
    int weak_case = s < doc->n_sents && doc->sents[s].headline && title_case(doc, first, end);
    const cd_token *toks = doc->toks;
    for (size_t i = first; i < end && !cl->oom;) {
        i = next_capital(toks, i, end); /* then the word test: a capital starts a word */
        if (i >= end) break;
        if (!is_capword(&toks[i])) {
            i++;
            continue;
        }
        size_t n = gazetteer_at(doc, i, end, weak_case, cl);
        if (!n && lone_run(doc, i, end)) n = lone_word(doc, i, first, end, cl); /* most capitalized words */
        if (!n) n = run_at(doc, i, first, end, weak_case, cl);
        i += n;
    }
}

/* ---- pass 2: surnames and canonical names ------------------------------------------------- */

/* A slot holds its name's hash next to the candidate, so that a probe passes other names without
 * reading their candidates and tokens. */
typedef struct name_slot {
    uint32_t cand; /* candidate index + 1, 0: empty (a chunk has far fewer than 2^32 tokens) */
    uint32_t hash;
} name_slot;

typedef struct surname_table {
    name_slot *slots;
    size_t mask;
} surname_table;

static size_t last_word(const cd_doc *doc, const cand *c)
{
    size_t k = c->first + c->count;
    while (k > c->first + 1 && doc->toks[k - 1].type != TOK_WORD) k--;
    return k - 1;
}

static size_t word_count(const cd_doc *doc, const cand *c)
{
    (void)doc; /* counted once, by push_cand */
    return c->words;
}

/* Two tokens spell the same word, ignoring ASCII case. */
static int same_word(const cd_doc *doc, size_t a, size_t b)
{
    const cd_token *x = &doc->toks[a], *y = &doc->toks[b];
    if (x->hash != y->hash || x->len != y->len) return 0;
    if (memcmp(doc->text + x->start, doc->text + y->start, x->len) == 0) return 1; /* mostly */
    for (uint32_t k = 0; k < x->len; k++) {
        char p = doc->text[x->start + k], q = doc->text[y->start + k];
        if (p >= 'A' && p <= 'Z') p = (char)(p + 32);
        if (q >= 'A' && q <= 'Z') q = (char)(q + 32);
        if (p != q) return 0;
    }
    return 1;
}

/* The slot of c's surname (empty or holding the same surname). */
/* The slot of the surname at token `word` whose hash is h (empty or holding the same surname). */
static name_slot *word_slot(const cd_doc *doc, const cand_list *cl, const surname_table *st, size_t word, uint32_t h)
{
    for (size_t s = h & st->mask;; s = (s + 1) & st->mask) {
        name_slot *e = &st->slots[s];
        if (!e->cand || (e->hash == h && same_word(doc, last_word(doc, &cl->items[e->cand - 1]), word))) return e;
    }
}

static name_slot *surname_slot(const cd_doc *doc, const cand_list *cl, const surname_table *st, const cand *c)
{
    return word_slot(doc, cl, st, last_word(doc, c), c->last_hash);
}

/* The empty slots, of `size` bytes each, of an open-addressing table for `entries` entries, and
 * their mask: a power of two, more than twice as many, so probes stay short. NULL on OOM. */
static void *new_slots(size_t entries, size_t size, size_t *mask)
{
    size_t cap = 8;
    while (cap < entries * 2 + 1) cap *= 2;
    *mask = cap - 1;
    return calloc(cap, size);
}

/* An empty table with room for `names` names; -1 on OOM. */
static int table_init(surname_table *t, size_t names)
{
    t->slots = new_slots(names, sizeof *t->slots, &t->mask);
    return t->slots ? 0 : -1;
}

/* Person i (two words or more) by surname: the fullest (most words) wins, the first of equals. */
static void add_surname(const cd_doc *doc, const cand_list *cl, surname_table *st, size_t i)
{
    const cand *c = &cl->items[i];
    name_slot *slot = surname_slot(doc, cl, st, c);
    if (!slot->cand || word_count(doc, &cl->items[slot->cand - 1]) < word_count(doc, c)) {
        slot->cand = (uint32_t)(i + 1);
        slot->hash = c->last_hash;
    }
}

/* Tokens [first, first+count) are glued or one space apart: their text is the name as it stands. */
static int single_spaced(const cd_doc *doc, size_t first, size_t count)
{
    for (size_t k = first + 1; k < first + count; k++) {
        uint32_t gap = doc->toks[k].start - cd_tok_stop(&doc->toks[k - 1]);
        if (gap == 0 ? (doc->toks[k].flags & (TF_SPACE_BEFORE | TF_NEWLINE_BEFORE)) != 0
                     : gap != 1 || doc->text[cd_tok_stop(&doc->toks[k - 1])] != ' ' ||
                           (doc->toks[k].flags & (TF_SPACE_BEFORE | TF_NEWLINE_BEFORE)) != TF_SPACE_BEFORE)
            return 0;
    }
    return 1;
}

/* The text of tokens [first, first+count), white space runs read as one space. */
static const char *span_name(cd_doc *doc, size_t first, size_t count)
{
    size_t a = doc->toks[first].start, b = cd_tok_stop(&doc->toks[first + count - 1]);
    char buf[256]; /* a short name is interned: a story repeats its names (cd_intern) */
    if (b - a < sizeof buf && single_spaced(doc, first, count)) return cd_intern(doc, doc->text + a, b - a);
    char *long_name = b - a < sizeof buf ? NULL : cd_arena_alloc(&doc->arena, b - a + 1);
    if (b - a >= sizeof buf && !long_name) return NULL;
    char *s = long_name ? long_name : buf;
    size_t o = 0;
    for (size_t k = first; k < first + count; k++) {
        if (k > first && (doc->toks[k].flags & (TF_SPACE_BEFORE | TF_NEWLINE_BEFORE))) s[o++] = ' ';
        memcpy(s + o, doc->text + doc->toks[k].start, doc->toks[k].len);
        o += doc->toks[k].len;
    }
    s[o] = 0;
    return long_name ? long_name : cd_intern(doc, buf, o);
}

/* The candidate giving c's canonical name: the fullest person with its surname, when that person
 * is c itself or extends it (same first word); else NULL. */
static const cand *fullest(const cd_doc *doc, const cand_list *cl, const surname_table *st, const cand *c)
{
    const name_slot *slot = surname_slot(doc, cl, st, c);
    if (!slot->cand) return NULL;
    const cand *full = &cl->items[slot->cand - 1];
    if (word_count(doc, c) == 1 || same_word(doc, full->first, c->first)) return full;
    return NULL;
}

static void push_entity(cd_doc *doc, const cand *c, const char *name)
{
    cd_entity *e = CD_PUSH(doc, ents);
    cd_tok_range *r = CD_PUSH(doc, einfo);
    if (!e || !r || !name) {
        doc->oom = 1;
        return;
    }
    e->span = cd_tokspan(doc, c->first, c->first + c->count - 1);
    e->type = c->type;
    e->name = name;
    r->tok_first = c->first;
    r->tok_count = c->count;
    for (size_t k = c->first; k < c->first + c->count; k++) doc->toks[k].flags |= TF_ENTITY;
}

/* Persons of three words or more by their first two ("Sir Digby" of "Sir Digby Jones"). */
static uint32_t pair_hash(const cd_doc *doc, size_t first)
{
    return (doc->toks[first].hash * 16777619u) ^ doc->toks[first + 1].hash;
}

static int two_words(const cd_doc *doc, const cand *c)
{
    return c->count == 2 && doc->toks[c->first].type == TOK_WORD && doc->toks[c->first + 1].type == TOK_WORD;
}

static name_slot *prefix_slot(const cd_doc *doc, const cand_list *cl, const surname_table *pt, size_t first)
{
    uint32_t h = pair_hash(doc, first);
    for (size_t s = h & pt->mask;; s = (s + 1) & pt->mask) {
        name_slot *e = &pt->slots[s];
        if (!e->cand) return e;
        const cand *o = &cl->items[e->cand - 1];
        if (e->hash == h && same_word(doc, o->first, first) && same_word(doc, o->first + 1, first + 1)) return e;
    }
}

/* Person i (three words or more) by its first two words; the first one wins. */
static void add_prefix(const cd_doc *doc, const cand_list *cl, surname_table *pt, size_t i)
{
    const cand *c = &cl->items[i];
    name_slot *slot = prefix_slot(doc, cl, pt, c->first);
    if (!slot->cand) {
        slot->cand = (uint32_t)(i + 1);
        slot->hash = pair_hash(doc, c->first);
    }
}

/* The fuller person that a two-word mention begins ("Sir Digby" -> "Sir Digby Jones"), or NULL. */
static const cand *by_prefix(const cd_doc *doc, const cand_list *cl, const surname_table *pt, const cand *c)
{
    if (!pt->slots || !two_words(doc, c)) return NULL;
    size_t slot = prefix_slot(doc, cl, pt, c->first)->cand;
    return slot ? &cl->items[slot - 1] : NULL;
}

/* Names candidate c (typed) and adds it as an entity. */
static void add_entity(cd_doc *doc, const cand_list *cl, const surname_table *st, const surname_table *pt, cand *c)
{
    const char *name = c->name;
    if (!name && c->type == PERSON) {
        const cand *full = fullest(doc, cl, st, c);
        if (!full || full == c) full = by_prefix(doc, cl, pt, c);
        if (full && full != c) name = full->name ? full->name : span_name(doc, full->first, full->count);
    }
    if (!name) name = span_name(doc, c->first, c->count);
    if (c->type == PERSON && !c->name) c->name = name; /* reused by shorter mentions */
    push_entity(doc, c, name);
}

typedef struct org_table {
    size_t *slots; /* candidate index + 1, 0: empty */
    size_t mask;
} org_table;

/* What loose_org asks of the organizations (unnamed by the gazetteer, not weak) that begin with
 * one word, gathered as pass 2 adds each of them (add_fits), not read again from all of them at
 * every loose word: a word such as a country's initials opens many bodies' names and stands alone
 * hundreds of times in a long text, and each time the walk compared it with every one of them. By
 * the loose word's token count less one (the word; the word and a period glued to it). */
typedef struct fit_slot {
    uint32_t cand;     /* the first such organization, candidate index + 1; 0: an empty slot */
    uint32_t hash;     /* its first word's hash */
    uint8_t said[2];   /* one of that count typed as the subject of a speech verb (cand.said) */
    uint8_t longer[2]; /* one longer, whose tokens past that count are legal forms only */
} fit_slot;

typedef struct fit_table {
    fit_slot *slots;
    size_t mask;
} fit_table;

static int loose_org(const cd_doc *doc, const cand_list *cl, const fit_table *ft, const loose_word *l);

static int company_forms_only(const cd_doc *doc, size_t k, size_t stop);

/* A place (candidate c) that begins, with the words one space after it, the name of an
 * organization of the story written in full, with a company's closing words after them ("TEXAS
 * INSTRUMENTS" of a headline, "Texas Instruments" after "Texas Instruments Inc"): that
 * organization's short name, the place no place of its own there (place_opens_body reads only
 * the full name, and a speech verb's subject). Returns its token count, or 0, and sets *full to
 * the organization written in full, whose name it takes. */
static size_t place_begins_org(const cd_doc *doc, const cand_list *cl, const org_table *ht, const cand *c,
                               const cand **full)
{
    size_t next = c->first + c->count;
    if (!ht->slots || next >= doc->n_toks || !is_capword(&doc->toks[next]) ||
        (doc->toks[next].flags & TF_NEWLINE_BEFORE) || !(doc->toks[next].flags & TF_SPACE_BEFORE))
        return 0;
    size_t best = 0;
    for (size_t s = doc->toks[c->first].hash & ht->mask; ht->slots[s]; s = (s + 1) & ht->mask) {
        const cand *o = &cl->items[ht->slots[s] - 1];
        size_t k = 0;
        while (k < o->count && c->first + k < doc->n_toks && same_word(doc, o->first + k, c->first + k)) k++;
        if (k > c->count && k < o->count && company_forms_only(doc, o->first + k, o->first + o->count) && k > best)
            best = k, *full = o;
    }
    return best;
}

/* The entities in token order: the candidates typed, and among them the loose words that are the
 * surname of a person named in full ("Peskov" after "Dmitry Peskov"), else the name of an
 * organization of the story (loose_org: "BT" after "BT said", "Intel" of "Intel Corp"). */
static void resolve(cd_doc *doc, cand_list *cl, const surname_table *st, const surname_table *pt,
                    const org_table *ht, const fit_table *ft)
{
    size_t w = 0, until = 0; /* until: the end of a place that took the words after it (place_begins_org) */
    for (size_t i = 0; i <= cl->n_items && !doc->oom; i++) {
        size_t before = i < cl->n_items ? cl->items[i].first : SIZE_MAX;
        for (; w < cl->n_loose && cl->loose[w].first < before && !doc->oom; w++) {
            const loose_word *l = &cl->loose[w];
            if (l->first < until) continue; /* a word of that organization's name */
            /* most: no such surname, nor organization. The candidate is made only for an entity:
             * its tokens, read long after the first pass, are seldom in the cache any more */
            const char *type = PERSON;
            if (!word_slot(doc, cl, st, l->first, l->hash)->cand) {
                if (!ft->slots || !loose_org(doc, cl, ft, l)) continue;
                type = ORGANIZATION;
            }
            cand c = make_cand(doc, l->first, l->count, type, NULL);
            add_entity(doc, cl, st, pt, &c);
        }
        if (i == cl->n_items) break;
        cand *c = &cl->items[i];
        if (c->first < until) continue;
        const cand *full = NULL;
        size_t body = c->type == PLACE ? place_begins_org(doc, cl, ht, c, &full) : 0;
        if (body) { /* "TEXAS INSTRUMENTS" after "Texas Instruments Inc", named so */
            *c = make_cand(doc, c->first, body, ORGANIZATION, span_name(doc, full->first, full->count));
            until = c->first + body;
        }
        /* a weak one-word run that pass 2a left untyped is typed the same way; a run of several
         * words is not (run_at keeps one only when weak: pass 2a may have made it an organization) */
        if (!c->type && word_count(doc, c) == 1 && surname_slot(doc, cl, st, c)->cand) c->type = PERSON;
        if (c->type) add_entity(doc, cl, st, pt, c);
    }
}

/* ---- pass 2a: one name, one type; the walks of pass 2 ----------------------------------------- */

static int same_cand_text(const cd_doc *doc, const cand *a, const cand *b);

static int work_order(const void *a, const void *b)
{
    uint32_t x = ((const cand *)a)->text_hash, y = ((const cand *)b)->text_hash;
    return (x > y) - (x < y);
}

/* Candidate c is spelled as a work's title that a cue named somewhere in the story ("the sitcom
 * Back Office" once, "The Back Office" won again): the work again, no entity. The works are
 * sorted by their hash (pass2). */
static int names_work(const cd_doc *doc, const cand_list *cl, const cand *c)
{
    size_t lo = 0, hi = cl->n_works;
    while (lo < hi) { /* the first work whose hash is not below c's */
        size_t mid = lo + (hi - lo) / 2;
        if (cl->works[mid].text_hash < c->text_hash) lo = mid + 1;
        else hi = mid;
    }
    for (; lo < cl->n_works && cl->works[lo].text_hash == c->text_hash; lo++)
        if (same_cand_text(doc, &cl->works[lo], c)) return 1;
    return 0;
}

/* Untypes every candidate spelled as a work's title of two words or more (names_work), before
 * pass 2 reads the types. One word is left where no cue stands: "Ray" names a film once, and a
 * surname elsewhere ("Mr Ray said"). */
static void drop_works(const cd_doc *doc, cand_list *cl)
{
    if (!cl->n_works) return;
    qsort(cl->works, cl->n_works, sizeof *cl->works, work_order);
    for (size_t i = 0; i < cl->n_items; i++) {
        cand *c = &cl->items[i];
        if (c->type && !c->name && c->words >= 2 && names_work(doc, cl, c)) c->type = NULL, c->weak = 0, c->given = 0;
    }
}

static uint32_t cand_hash(const cd_doc *doc, const cand *c)
{
    (void)doc; /* hashed by push_cand */
    return c->text_hash;
}

static int same_cand_text(const cd_doc *doc, const cand *a, const cand *b)
{
    if (a->count != b->count || a->text_hash != b->text_hash) return 0;
    for (size_t k = 0; k < a->count; k++)
        if (!same_word(doc, a->first + k, b->first + k)) return 0;
    return 1;
}

/* org_table: organizations by their words (unnamed by the gazetteer), the first of each text;
 * or by their first word, one of each text, weakness and said flag (add_org_head). */

/* An empty table with room for `orgs` organizations; -1 on OOM. */
static int org_table_init(org_table *t, size_t orgs)
{
    t->slots = new_slots(orgs, sizeof *t->slots, &t->mask);
    return t->slots ? 0 : -1;
}

static void add_org(const cd_doc *doc, const cand_list *cl, org_table *ot, size_t i)
{
    const cand *c = &cl->items[i];
    size_t s = cand_hash(doc, c) & ot->mask;
    while (ot->slots[s] && !same_cand_text(doc, &cl->items[ot->slots[s] - 1], c)) s = (s + 1) & ot->mask;
    if (!ot->slots[s]) ot->slots[s] = i + 1;
}

static int org_named(const cd_doc *doc, const cand_list *cl, const org_table *ot, const cand *c)
{
    if (!ot->slots) return 0;
    for (size_t s = cand_hash(doc, c) & ot->mask; ot->slots[s]; s = (s + 1) & ot->mask)
        if (same_cand_text(doc, &cl->items[ot->slots[s] - 1], c)) return 1;
    return 0;
}

/* Organizations by their first word (unnamed by the gazetteer). Its readers (org_begun,
 * company_named, place_begins_org) ask whether some organization of the table fits, from its words, count,
 * weak and said alone (fields no walk changes once the organization is in the table): a second one
 * equal in all of these answers as the first, and is left out. Every one was added before, and a
 * body a story names fifty times made a run of fifty slots that each probe of its first word (and
 * of any word hashed into the run) walked, comparing words. */
static void add_org_head(const cd_doc *doc, const cand_list *cl, org_table *ht, size_t i)
{
    const cand *c = &cl->items[i];
    size_t s = doc->toks[c->first].hash & ht->mask;
    for (; ht->slots[s]; s = (s + 1) & ht->mask) {
        const cand *o = &cl->items[ht->slots[s] - 1];
        if (o->weak == c->weak && o->said == c->said && same_cand_text(doc, o, c)) return;
    }
    ht->slots[s] = i + 1;
}

static int legal_forms_only(const cd_doc *doc, size_t k, size_t stop);

/* The slot of the fits of the word at token `word`, of hash h: the one whose organizations open with
 * that word, or the empty slot where they would go. The hash is compared before any token is read. */
static fit_slot *fit_of(const cd_doc *doc, const cand_list *cl, const fit_table *ft, uint32_t h, size_t word)
{
    size_t s = h & ft->mask;
    while (ft->slots[s].cand &&
           (ft->slots[s].hash != h || !same_word(doc, cl->items[ft->slots[s].cand - 1].first, word)))
        s = (s + 1) & ft->mask;
    return &ft->slots[s];
}

/* Organization i, in the fits of its first word (loose_org): as loose_org once asked of each
 * organization whose first word the loose word is, and whose count is not below its own. */
static void add_fits(const cd_doc *doc, const cand_list *cl, fit_table *ft, size_t i)
{
    const cand *c = &cl->items[i];
    if (c->weak) return; /* no loose word names a weak one */
    uint32_t h = doc->toks[c->first].hash;
    fit_slot *f = fit_of(doc, cl, ft, h, c->first);
    if (!f->cand) f->cand = (uint32_t)(i + 1), f->hash = h;
    for (size_t n = 1; n <= 2; n++) {
        if (c->count == n) f->said[n - 1] |= c->said != 0;
        else if (c->count > n) f->longer[n - 1] |= legal_forms_only(doc, c->first + n, c->first + c->count);
    }
}

/* An organization of the story starts with c's words and goes on ("Gemcraft" of "Gemcraft Inc",
 * "Compact Video" of "Compact Video Corp"). */
static int org_begun(const cd_doc *doc, const cand_list *cl, const org_table *ht, const cand *c)
{
    if (!ht->slots) return 0;
    for (size_t s = doc->toks[c->first].hash & ht->mask; ht->slots[s]; s = (s + 1) & ht->mask) {
        const cand *o = &cl->items[ht->slots[s] - 1];
        size_t k = 0;
        while (k < c->count && k < o->count && same_word(doc, o->first + k, c->first + k)) k++;
        if (k == c->count && o->count > c->count && !cd_tok_is(doc, o->first + k, "and") &&
            !cd_tok_is_punct(doc, o->first + k, '&'))
            return 1; /* not "Gervais" of "Gervais and The Office": a list that ends in a body */
    }
    return 0;
}

/* Tokens [k, stop) are closing words of a company's name only, a period glued to one aside: legal
 * forms ("Corp", "Co.", "Inc"), and trade words too ("Mining") when `trade`. Always inline: as a
 * call from its two wrappers the entity pass ran 0.16% more instructions of the whole analysis. */
static CD_ALWAYS_INLINE int closing_words_only(const cd_doc *doc, size_t k, size_t stop, int trade)
{
    for (; k < stop; k++) {
        if (cd_tok_is_punct(doc, k, '.')) continue;
        const cd_lexrec *r = cd_tok_rec(doc, k, LX_ENT_ORG_SUFFIXES);
        if (!r || !(r->num == LEGAL_FORM || (trade && r->num == TRADE_WORD))) return 0;
    }
    return 1;
}

/* The word before tokens [k, stop) is followed by legal forms only ("Intel Corp"). */
static int legal_forms_only(const cd_doc *doc, size_t k, size_t stop)
{
    return closing_words_only(doc, k, stop, 0);
}

/* Token k is an acronym of 2 to 5 capitals and no filler or stop word (loose_org). */
static int acronym_at(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    size_t n = t->len; /* an acronym of capitals ("BT", "IBM"), not "DiCaprio", "MPs" */
    const cd_lexentry *e = cd_tok_entry(t); /* nor a small word in capitals: "US", "IT" */
    return (t->flags & TF_ALLCAPS) && n >= 2 && n <= 5 && !cd_lex_has(e, LX_QUOTE_FILLERS) &&
           !cd_lex_has(e, LX_ENT_STOPWORDS);
}

/* A loose word (one word, untyped) that names an organization of the story typed by more than a
 * title after it ("US lawyer", "Tory leader" type their word weakly): an acronym of 2 to 5
 * capitals that the story makes the subject of a speech verb ("BT said" ... "expect BT to"; not
 * "said TV companies", nor "MPs said" or "DiCaprio said"), or by that word and a legal form
 * ("Intel Corp" ... "Intel", "Gemcraft Inc" ... "Gemcraft"; not "US" of "US Army", nor "First"
 * of "First Boston Corp"). One probe of the word's fits (add_fits), by its hash (loose_word.hash):
 * most loose words meet an empty slot or another hash and read no token. */
static int loose_org(const cd_doc *doc, const cand_list *cl, const fit_table *ft, const loose_word *l)
{
    if (l->count < 1 || l->count > 2) return 0; /* never: a loose word is a word, a period perhaps */
    const fit_slot *f = fit_of(doc, cl, ft, l->hash, l->first);
    return f->cand && (f->longer[l->count - 1] || (f->said[l->count - 1] && acronym_at(doc, l->first)));
}

/* Tokens [k, stop) are a company's closing words only: legal forms and trade words ("Mining Ltd"). */
static int company_forms_only(const cd_doc *doc, size_t k, size_t stop)
{
    return closing_words_only(doc, k, stop, 1);
}

/* A person typed only by its given name ("Martin Marietta", "Stan West") whose words, with a
 * company's closing words after them (company_forms_only), name a company of the story ("Martin Marietta Corp", "Stan West Mining"):
 * the company, spoken of without its legal form. */
static int company_named(const cd_doc *doc, const cand_list *cl, const org_table *ht, const cand *c)
{
    if (!c->given || !ht->slots) return 0;
    for (size_t s = doc->toks[c->first].hash & ht->mask; ht->slots[s]; s = (s + 1) & ht->mask) {
        const cand *o = &cl->items[ht->slots[s] - 1];
        size_t k = 0;
        while (k < c->count && k < o->count && same_word(doc, o->first + k, c->first + k)) k++;
        if (k == c->count && o->count > c->count && company_forms_only(doc, o->first + k, o->first + o->count)) return 1;
    }
    return 0;
}

/* A name typed a person only by a speech verb ("Gemcraft said") that begins an organization's
 * name in the story, and is no surname of a person named in full there: the organization. */
static int weak_org(const cd_doc *doc, const cand_list *cl, const org_table *ot, const org_table *ht,
                    const surname_table *strict, const cand *c)
{
    if (c->weak && org_named(doc, cl, ot, c)) return 1;
    return c->weak == 1 && org_begun(doc, cl, ht, c) && !surname_slot(doc, cl, strict, c)->cand;
}

/* Pass 2 in three walks over the candidates, each completing the tables that the next reads:
 *  1. the persons named in full by more than a speech verb, by surname;
 *  2. "Obama adviser David Axelrod": a one-word name before a title is a person when the story
 *     names that person in full ("Barack Obama"), not an organization; then the organizations;
 *  3. a name typed a person only by a speech verb ("Migration Watch said") is an organization when
 *     the story names it so elsewhere ("Migration Watch chairman Andrew Green") or begins an
 *     organization's name with it ("Gemcraft" of "Gemcraft Inc"); then every person named in
 *     full, by surname and by first two words ("Sir Digby" of "Sir Digby Jones");
 * and resolve's walk gives the names. A change of type in a walk reads only tables complete
 * before it, so each candidate can be typed and added in the same step. */
static void pass2(cd_doc *doc, cand_list *cl)
{
    surname_table strict = {NULL, 0}, st = {NULL, 0}, pt = {NULL, 0};
    org_table ot = {NULL, 0}, ht = {NULL, 0};
    fit_table ft = {NULL, 0};
    drop_works(doc, cl);
    size_t persons = cl->persons + cl->unnamed_orgs; /* the bound of cand_list */
    if (cl->n_items >= UINT32_MAX || table_init(&strict, cl->persons) || table_init(&st, persons) ||
        table_init(&pt, persons)) {
        doc->oom = 1;
        goto done;
    }
    if (cl->unnamed_orgs && (org_table_init(&ot, cl->unnamed_orgs) || org_table_init(&ht, cl->unnamed_orgs) ||
                             !(ft.slots = new_slots(cl->unnamed_orgs, sizeof *ft.slots, &ft.mask)))) {
        doc->oom = 1;
        goto done;
    }
    for (size_t i = 0; i < cl->n_items; i++) {
        const cand *c = &cl->items[i];
        if (c->type == PERSON && word_count(doc, c) >= 2 && !c->weak) add_surname(doc, cl, &strict, i);
    }
    for (size_t i = 0; i < cl->n_items; i++) {
        cand *c = &cl->items[i];
        if (c->weak == 2 && word_count(doc, c) == 1 && surname_slot(doc, cl, &strict, c)->cand) {
            c->type = PERSON;
            c->weak = 0;
        }
        if (c->type == ORGANIZATION && !c->name) {
            add_org(doc, cl, &ot, i);
            add_org_head(doc, cl, &ht, i);
            add_fits(doc, cl, &ft, i);
        }
    }
    for (size_t i = 0; i < cl->n_items; i++) {
        cand *c = &cl->items[i];
        if (c->type == PERSON && company_named(doc, cl, &ht, c)) c->type = ORGANIZATION;
        if (c->type != ORGANIZATION && weak_org(doc, cl, &ot, &ht, &strict, c)) {
            c->type = ORGANIZATION;
            c->weak = 0; /* an organization typed by a title after it ("US lawyer") stays weak: loose_org */
        }
        if (c->type != PERSON || word_count(doc, c) < 2) continue;
        add_surname(doc, cl, &st, i);
        if (c->count >= 3 && word_count(doc, c) >= 3) add_prefix(doc, cl, &pt, i);
    }
    resolve(doc, cl, &st, &pt, &ht, &ft);
done:
    free(strict.slots);
    free(st.slots);
    free(pt.slots);
    free(ot.slots);
    free(ht.slots);
    free(ft.slots);
}

#define ENT_BLOCK_SHIFT 5 /* ent_index: a block of 32 tokens */

/* cd_block_index_build's measure of entity e */
static size_t entity_end(const cd_doc *doc, size_t e)
{
    return cd_range_stop(&doc->einfo[e]);
}

/* Room for the candidates and loose words of `len` bytes of news, a little over what news holds
 * (each about one per 150 bytes), so that the lists are not grown by doubling and copied as they
 * fill; a denser text grows them as before. -1 on OOM. */
static int presize_cands(cand_list *cl, size_t len)
{
    size_t want = len / 128 + 16;
    cl->items = malloc(want * sizeof *cl->items);
    cl->loose = malloc(want * sizeof *cl->loose);
    if (!cl->items || !cl->loose) return -1;
    cl->cap_items = cl->cap_loose = want;
    return 0;
}

void cd_find_entities(cd_doc *doc)
{
    cand_list cl = {NULL, 0, 0, NULL, 0, 0, NULL, 0, 0, 0, 0, 0};
    if (presize_cands(&cl, doc->text_len)) cl.oom = 1;
    for (size_t s = 0; s < doc->n_sinfo && !cl.oom; s++) {
        size_t first = doc->sinfo[s].tok_first, end = first + doc->sinfo[s].tok_count;
        if (end > doc->n_toks) end = doc->n_toks;
        find_candidates(doc, s, first, end, &cl);
    }
    if (cl.oom) doc->oom = 1;
    else pass2(doc, &cl);
    free(cl.items);
    free(cl.loose);
    free(cl.works);
    if (!doc->oom && cd_block_index_build(&doc->ent_index, doc, doc->n_einfo, doc->n_toks, ENT_BLOCK_SHIFT, entity_end))
        doc->oom = 1;
}

/* ---- access for the later passes ---------------------------------------------------------- */

/* The number of entities whose last token is before tok (their ends are increasing). */
static size_t ending_before(const cd_doc *doc, size_t tok)
{
    size_t lo = 0, hi = doc->n_einfo;
    const cd_block_index *bi = &doc->ent_index;
    if (bi->n_items == doc->n_einfo && (tok >> ENT_BLOCK_SHIFT) < bi->n_first) {
        lo = bi->first[tok >> ENT_BLOCK_SHIFT]; /* no entity before it ends past tok */
        while (lo < hi && cd_range_stop(&doc->einfo[lo]) <= tok) lo++;
        return lo;
    }
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cd_range_stop(&doc->einfo[mid]) <= tok) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static int type_is(const cd_doc *doc, size_t e, const char *type)
{
    return !type || doc->ents[e].type == type || cd_str_is(doc->ents[e].type, type); /* cd_type_*: no strcmp */
}

const cd_entity *cd_entity_at(const cd_doc *doc, size_t tok)
{
    /* push_entity flags every token of an entity: most tokens need no search */
    if (tok >= doc->n_toks || !(doc->toks[tok].flags & TF_ENTITY)) return NULL;
    size_t e = ending_before(doc, tok);
    if (e < doc->n_einfo && doc->einfo[e].tok_first <= tok) return &doc->ents[e];
    return NULL;
}

size_t cd_entity_before(const cd_doc *doc, size_t tok, size_t min_tok, const char *type)
{
    for (size_t e = ending_before(doc, tok); e > 0 && doc->einfo[e - 1].tok_first >= min_tok; e--)
        if (type_is(doc, e - 1, type)) return e - 1;
    return (size_t)-1;
}

size_t cd_entity_after(const cd_doc *doc, size_t tok, size_t max_tok, const char *type)
{
    for (size_t e = ending_before(doc, tok); e < doc->n_einfo; e++) {
        if (doc->einfo[e].tok_first < tok) continue;
        if (cd_range_stop(&doc->einfo[e]) > max_tok) break;
        if (type_is(doc, e, type)) return e;
    }
    return (size_t)-1;
}
