/* A person given two ages in one story: "Ana Ruiz, 45, runs the office" and later "Ruiz, 47,
 * said" (or "the 46-year-old Ruiz"). A copy desk checks a person's age against every mention; a
 * story that gives two is wrong in one place. Raised as inconsistent-number (the same quantity,
 * two values), at the later age, relating the earlier one.
 *
 * An age belongs to a person when the story writes it as an age of that name: the apposition
 * after the name ("Ruiz, 45," "Ruiz (45)" "Ruiz, aged 45,"), or "N-year-old" right before it
 * ("the 46-year-old Ana Ruiz"). Mentions are one person when the entity pass gives them one
 * canonical name ("Ruiz" after "Ana Ruiz"). Other figures near a name ("Arsenal, 2", "Smith 45,
 * Jones 38") are no ages: the name must be a person's and the figure a whole number under 120
 * closed by a comma, bracket or the sentence's end.
 *
 * A person's birth year checks the ages too ("Ana Ruiz, 45, ..." and "Ruiz was born in 1975" in a
 * story of 2026: she is 50 or 51). A birth is tied to a person as an age is: the subject right
 * before "was born", an apposition ("Ruiz, born in 1975," "Ruiz (born 1975)" "Ruiz (b. 1975)"),
 * "the 1975-born Ruiz", the name after an opening "Born in 1975, ...", or a life span in brackets
 * after the name ("Ruiz (1919-2004)", which gives the year of death too). Three ages are read
 * against it: an age given as above, at the story date (none in a sentence that names another
 * year: "In 2001 Ruiz, 20, moved"); a death age ("Ruiz died at 85" "... has died aged 85" "died in
 * Lima in 2004, aged 85") in the one year its sentence names, else at the story date when the
 * death is news ("has died", "dies") or in a life span's year of death; "Ruiz turned 45 in March",
 * in the year of its sentence's one time; "Ruiz is 45" at the story date (and against the
 * apposition ages), "Ruiz was 84" in the year its sentence names. A "he" or "she" that opens a
 * sentence is the subject of these when one person alone is named last before it (pronoun_person).
 * An age one year off is no finding unless the birthday is known: the age turns on it. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

#define MAX_AGES 256 /* ages compared in a chunk: a story holds a handful */
#define MAX_AGE 120

typedef struct person_age {
    const char *name; /* the person's canonical name */
    double years;
    size_t num; /* the number that states it */
} person_age;

/* The person entity whose last token is tok, or NULL. */
static const cd_entity *person_ending_at(const cd_doc *doc, size_t tok)
{
    const cd_entity *e = cd_entity_at(doc, tok);
    if (!e || e->type != cd_type_person || !e->name) return NULL;
    const cd_tok_range *r = &doc->einfo[e - doc->ents];
    return r->tok_first + r->tok_count - 1 == tok ? e : NULL;
}

/* The person entity that starts at tok, or NULL. */
static const cd_entity *person_starting_at(const cd_doc *doc, size_t tok)
{
    const cd_entity *e = cd_entity_at(doc, tok);
    if (!e || e->type != cd_type_person || !e->name) return NULL;
    return doc->einfo[e - doc->ents].tok_first == tok ? e : NULL;
}

/* Does the apposition end right after token last: ",", ")", ";" or the sentence's end ("." too)? */
static int apposition_ends(const cd_doc *doc, size_t last, uint32_t open)
{
    size_t next = last + 1;
    if (open == '(') return cd_tok_is_punct(doc, next, ')');
    if (next >= doc->n_toks) return 1;
    return cd_tok_is_punct(doc, next, ',') || cd_tok_is_punct(doc, next, ';') || cd_tok_is_punct(doc, next, '.');
}

/* "Ruiz, 45," "Ruiz (45)" "Ruiz, aged 45,": the person whose name comes before the age at token
 * first (one token of digits), or NULL. */
static const cd_entity *named_before(const cd_doc *doc, size_t first)
{
    size_t p = first;
    if (p >= 1 && cd_tok_is(doc, p - 1, "aged")) p--;
    if (p < 2) return NULL;
    uint32_t open = cd_tok_is_punct(doc, p - 1, ',') ? ',' : cd_tok_is_punct(doc, p - 1, '(') ? '(' : 0;
    if (!open || !apposition_ends(doc, first, open)) return NULL;
    return person_ending_at(doc, p - 2);
}

/* The person number i states the age of, or NULL. */
static const cd_entity *age_of(const cd_doc *doc, size_t i)
{
    const cd_number *n = &doc->nums[i];
    const cd_tok_range *r = &doc->ninfo[i];
    if (n->approx || n->is_range || n->value < 1 || n->value >= MAX_AGE || n->value != (double)(long)n->value)
        return NULL;
    if (n->kind == CD_NUM_MEASURE && n->unit && strcmp(n->unit, "years old") == 0) {
        /* "46-year-old Ruiz": the age before the name; "aged 45" after it */
        const cd_entity *e = person_starting_at(doc, r->tok_first + r->tok_count);
        if (e) return e;
    } else if (n->kind != CD_NUM_CARDINAL) {
        return NULL;
    }
    if (r->tok_count != 1 || doc->toks[r->tok_first].type != TOK_NUM) return NULL;
    return named_before(doc, r->tok_first);
}

static void report(cd_doc *doc, const person_age *earlier, const person_age *later)
{
    char was[32], is[32];
    cd_format_value(earlier->years, was, sizeof was);
    cd_format_value(later->years, is, sizeof is);
    cd_finding *f = cd_add_finding(doc, "inconsistent-number", CD_SEV_WARNING,
                                   cd_number_stated_span(doc, later->num), "%s is %s here, %s earlier",
                                   later->name, is, was);
    if (f) cd_finding_relate(doc, f, cd_number_stated_span(doc, earlier->num));
}

/* ---- birth years --------------------------------------------------------------------------- */

#define MAX_BIRTHS 32
#define FIRST_BIRTH_YEAR 1850 /* an earlier "born in" year is history, not a living person's */
#define BORN_REACH 8          /* tokens from "born" to its year: "born on 27 October, 1975" */
#define OPENER_REACH 24       /* tokens back to an apposition's opening comma */
#define CLAUSE_REACH 16       /* tokens from an opening "Born in 1975" to the comma that ends it */

typedef struct birth {
    const char *name;
    cd_date date; /* m and d 0 when the story gives none */
    size_t tok;   /* the year's token */
    cd_span span; /* the date as written */
    int died;     /* the year of death a life span gives ("Ruiz (1931-2004)"), else 0 */
} birth;

enum { AGE_NOW, AGE_DEATH, AGE_TURN, AGE_WAS };

typedef struct age_claim {
    const char *name;
    int years, kind; /* kind: AGE_* */
    size_t num, verb; /* the number, and the verb of a death or birthday (SIZE_MAX for AGE_NOW) */
} age_claim;

/* The roles of a word in data/age_words.tsv (its mask). */
enum {
    AW_DATE = 1,    /* a date's or a place's word between "born" and its year */
    AW_OWNER = 2,   /* before a name, makes it another's: "the son of Ana Ruiz" */
    AW_AUX = 4,     /* between a subject and its verb: "Ruiz, who was born" */
    AW_DEATH = 8,   /* "died", "dies" */
    AW_CLAUSE = 16, /* starts another clause */
    AW_TURN = 32,   /* "turned 45" */
    AW_NEXT = 64,   /* may follow a verb's age: "died at 85 in 2004" */
    AW_CUE = 128,   /* right before the digits of an age with a verb: "aged 85" */
    AW_COPULA = 256 /* "is 45", "was 84" */
};

/* Whether token i's word has a role of mask roles in data/age_words.tsv. */
static int age_word(const cd_doc *doc, size_t i, unsigned roles)
{
    const cd_lexrec *r = cd_tok_rec(doc, i, LX_AGE_WORDS);
    return r && ((unsigned)r->num & roles) != 0;
}

/* Token i is a year of four digits from FIRST_BIRTH_YEAR to latest: the year, else 0. */
static int year_value(const cd_doc *doc, size_t i, int latest)
{
    if (i >= doc->n_toks) return 0;
    const cd_token *t = &doc->toks[i];
    if (t->type != TOK_NUM || t->len != 4) return 0;
    int y = 0;
    for (size_t k = t->start; k < cd_tok_stop(t); k++) {
        char c = doc->text[k];
        if (c < '0' || c > '9') return 0;
        y = y * 10 + (c - '0');
    }
    return y >= FIRST_BIRTH_YEAR && y <= latest ? y : 0;
}

/* A year standing alone: not "1990s", "1975-80" or "1975/76". */
static int year_at(const cd_doc *doc, size_t i, int latest)
{
    const cd_token *next = i + 1 < doc->n_toks ? &doc->toks[i + 1] : NULL;
    if (next && !(next->flags & (TF_SPACE_BEFORE | TF_NEWLINE_BEFORE)) &&
        (next->type != TOK_PUNCT || cd_is_hyphen_or_dash(next->cp) || next->cp == '/'))
        return 0;
    return year_value(doc, i, latest);
}

/* The year token of the date after "born" at token b, before token end: "born in 1975", "born on
 * March 3, 1975", "born in Lima in 1975", "born 1975". The walk crosses a date's and a place's
 * words (capitalised words, days, commas, "in", "on", "the", "of", an ordinal's "th") and stops at
 * any other: "born after 1 September 2002" is a rule for a group. SIZE_MAX if none. */
static size_t year_after_born(const cd_doc *doc, size_t b, size_t end, int latest)
{
    for (size_t k = b + 1; k < end && k <= b + BORN_REACH; k++) {
        const cd_token *t = &doc->toks[k];
        if (year_at(doc, k, latest)) return k;
        if (t->type == TOK_NUM) {
            if (t->len > 2) return SIZE_MAX; /* a day, or no date */
        } else if (t->type == TOK_PUNCT) {
            if (t->cp != ',') return SIZE_MAX;
        } else if (!(t->flags & TF_CAP) && !age_word(doc, k, AW_DATE)) {
            return SIZE_MAX;
        }
    }
    return SIZE_MAX;
}

/* A name after these is another's: "the son of Ana Ruiz was born", "a gift for Ruiz, born". */
static int belongs_elsewhere(const cd_doc *doc, size_t i)
{
    return age_word(doc, i, AW_OWNER) || cd_tok_possessive(doc, i);
}

/* "Patsy Lee, known for her songs, has died": the person before the apposition's opening comma,
 * the comma at token close ending it; NULL if none. */
static const cd_entity *before_apposition(const cd_doc *doc, size_t close, size_t first)
{
    for (size_t k = close; k > first + 1 && close - k < OPENER_REACH;) {
        k--;
        if (cd_tok_is_punct(doc, k, ',')) return person_ending_at(doc, k - 1);
        if (doc->toks[k].type == TOK_PUNCT && doc->toks[k].cp != '-' && doc->toks[k].cp != '\'') return NULL;
    }
    return NULL;
}

#define PRONOUN_SENTENCES 3 /* sentences back to the person a sentence's "he" or "she" stands for */

/* Whether the story tells the person named `name` to be of the other sex than a pronoun's, sex
 * ("she" of a man it calls "Mr"; 0: a pronoun of either); a name told both ways or not at all is no
 * other. */
static int other_sex(const cd_doc *doc, int sex, const char *name)
{
    int told = sex ? cd_person_sex(doc, name) : 0;
    return told && told != CD_SEX_BOTH && told != sex;
}

/* The person a "he" or "she" opening the sentence at token first stands for: the person named last
 * before it, within PRONOUN_SENTENCES sentences, when that sentence and those after it name no
 * other of the pronoun's sex; NULL if none or two. The sex is the story's own words' (a title or a
 * noun before a mention, as quotes.c reads it for "he said"): "Mr Tom Lee met Ana Ruiz. She was 84."
 * is Ana Ruiz; "Ana Ruiz met Tom Lee. He was 84." with no such word is two. */
static const cd_entity *pronoun_person(const cd_doc *doc, size_t first)
{
    size_t s = cd_sentence_at(doc, doc->toks[first].start);
    if (s >= doc->n_sinfo || s == 0) return NULL;
    size_t from = s > PRONOUN_SENTENCES ? s - PRONOUN_SENTENCES : 0;
    const cd_entity *found = NULL;
    const cd_lexrec *pronoun = cd_tok_rec(doc, first, LX_QUOTE_GENDER);
    int sex = pronoun ? (int)pronoun->num : 0;
    for (size_t k = s; k-- > from && !found;) /* the last sentence before that names a person */
        for (size_t e = 0; e < doc->n_ents; e++) {
            const cd_tok_range *r = &doc->einfo[e];
            if (doc->ents[e].type != cd_type_person || !doc->ents[e].name || r->tok_first < doc->sinfo[k].tok_first ||
                r->tok_first >= first || other_sex(doc, sex, doc->ents[e].name))
                continue;
            if (found && strcmp(found->name, doc->ents[e].name) != 0) return NULL;
            found = &doc->ents[e];
        }
    return found;
}

/* The person a clause at token v is about, named before it within the sentence from token first:
 * "Ruiz was born", "Ruiz, who was born", "Ruiz, born", "Ruiz (born", "Ruiz, 45, has died"; NULL if
 * none. */
static const cd_entity *subject_before(const cd_doc *doc, size_t v, size_t first)
{
    size_t p = v;
    while (p > first && age_word(doc, p - 1, AW_AUX)) p--;
    if (p == first + 1 && (cd_tok_is(doc, first, "he") || cd_tok_is(doc, first, "she")))
        return pronoun_person(doc, first); /* "He was 84." */
    if (p <= first) return NULL;
    p--; /* the token before the clause */
    const cd_entity *e;
    if (cd_tok_is_punct(doc, p, ',') || cd_tok_is_punct(doc, p, '(')) {
        e = p > first ? person_ending_at(doc, p - 1) : NULL;
        if (!e && cd_tok_is_punct(doc, p, ',')) e = before_apposition(doc, p, first);
    } else {
        e = person_ending_at(doc, p);
    }
    if (!e) return NULL;
    size_t start = doc->einfo[e - doc->ents].tok_first;
    return start > first && belongs_elsewhere(doc, start - 1) ? NULL : e;
}

/* "Born in 1975, Ruiz ...", "Born in 1975 and raised on a farm near Lima, Ruiz ...": the person
 * right after the comma that closes the opening clause. */
static const cd_entity *subject_after(const cd_doc *doc, size_t year, size_t end)
{
    for (size_t k = year + 1; k + 1 < end && k <= year + CLAUSE_REACH; k++)
        if (cd_tok_is_punct(doc, k, ',')) return person_starting_at(doc, k + 1);
    return NULL;
}

/* Token range of the sentence that holds token i: [*first, *end); 0 if none. */
static int sentence_of(const cd_doc *doc, size_t i, size_t *first, size_t *end)
{
    size_t s = cd_sentence_at(doc, doc->toks[i].start);
    if (s >= doc->n_sinfo) return 0;
    *first = doc->sinfo[s].tok_first;
    *end = *first + doc->sinfo[s].tok_count;
    return 1;
}

/* The time claim whose span holds text offset off, or NULL. */
static const cd_claim *time_claim_at(const cd_doc *doc, size_t off)
{
    for (size_t c = 0; c < doc->n_claims; c++) {
        const cd_claim *cl = &doc->claims[c];
        if (cl->kind == CD_CLAIM_TIME && cl->span.tstart <= off && off < cl->span.tstop) return cl;
    }
    return NULL;
}

/* The birth of e whose year y is at token year: its date (the time claim over the year gives the
 * month and day: "born on March 3, 1975") and its span. */
static birth birth_at(const cd_doc *doc, const cd_entity *e, size_t year, int y)
{
    birth bi = {e->name, {y, 0, 0}, year, cd_tokspan(doc, year, year), 0};
    const cd_claim *cl = time_claim_at(doc, doc->toks[year].start);
    cd_date d;
    if (cl && cl->time.value && cd_date_parse_partial(cl->time.value, &d) && d.y == y) {
        bi.date = d;
        bi.span = cl->span;
    }
    return bi;
}

/* The birth stated at token b ("born", or "b" of "(b. 1975)"), if it names its person and year. */
static int birth_from(const cd_doc *doc, size_t b, birth *out)
{
    size_t first, end, year = SIZE_MAX;
    int latest = doc->date.y;
    if (!sentence_of(doc, b, &first, &end)) return 0;
    const cd_entity *e = NULL;
    if (cd_tok_is(doc, b, "b")) { /* "(b. 1975)" */
        if (b == 0 || !cd_tok_is_punct(doc, b - 1, '(') || !cd_tok_is_punct(doc, b + 1, '.') || !year_at(doc, b + 2, latest))
            return 0;
        year = b + 2;
        e = subject_before(doc, b, first);
    } else if (b >= first + 2 && cd_tok_is_punct(doc, b - 1, '-') && !(doc->toks[b - 1].flags & TF_SPACE_BEFORE) &&
               year_value(doc, b - 2, latest)) { /* "the 1975-born Ruiz" */
        year = b - 2;
        e = person_starting_at(doc, b + 1);
    } else {
        year = year_after_born(doc, b, end, latest);
        if (year == SIZE_MAX) return 0;
        e = b == first ? subject_after(doc, year, end) : subject_before(doc, b, first);
    }
    if (!e) return 0;
    *out = birth_at(doc, e, year, year_value(doc, year, latest));
    return 1;
}

/* A life span in brackets right after a person's name, at the bracket at token i: "Ana Ruiz
 * (1931-2004)", "Ruiz (1931 - 2004)", with any dash. The birth year and the year of death, which
 * is no later than the story's and no earlier than the birth. */
static int life_span_at(const cd_doc *doc, size_t i, birth *out)
{
    int latest = doc->date.y;
    if (i == 0 || !cd_tok_is_punct(doc, i, '(') || i + 4 >= doc->n_toks || !cd_tok_is_punct(doc, i + 4, ')'))
        return 0;
    const cd_token *dash = &doc->toks[i + 2];
    int born = year_value(doc, i + 1, latest), died = year_value(doc, i + 3, latest);
    if (!born || died < born || dash->type != TOK_PUNCT || !cd_is_hyphen_or_dash(dash->cp)) return 0;
    const cd_entity *e = person_ending_at(doc, i - 1);
    if (!e) return 0;
    *out = birth_at(doc, e, i + 1, born);
    out->died = died;
    return 1;
}

/* The births the chunk states, one per person (the first). */
static size_t find_births(const cd_doc *doc, birth *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i + 1 < doc->n_toks && n < cap; i++) {
        const cd_token *t = &doc->toks[i];
        size_t len = t->len;
        birth b;
        if (t->type == TOK_PUNCT) {
            if (!life_span_at(doc, i, &b)) continue;
        } else if (t->type != TOK_WORD || (len != 4 && len != 1) || (!cd_tok_is(doc, i, "born") && !cd_tok_is(doc, i, "b")) ||
                   !birth_from(doc, i, &b)) {
            continue;
        }
        size_t k = 0;
        while (k < n && strcmp(out[k].name, b.name) != 0) k++;
        if (k == n) out[n++] = b;
    }
    return n;
}

#define DEATH_REACH 6 /* tokens between a death and its age: "died in hospital on Friday, aged 85" */

/* "died" or "dies" within DEATH_REACH tokens before token p, across its place and time ("died in
 * 2004 aged 85", "died at home at 85"), not across a name, a clause or a sentence's stop: "Lee's
 * wife died and Ruiz, aged 85, ..." is no death at 85. The verb's token, or SIZE_MAX. */
static size_t death_before(const cd_doc *doc, size_t p, size_t first)
{
    for (size_t k = p; k > first && p - k < DEATH_REACH;) {
        k--;
        if (age_word(doc, k, AW_DEATH)) return k;
        if ((doc->toks[k].type == TOK_PUNCT && doc->toks[k].cp != ',') || age_word(doc, k, AW_CLAUSE) ||
            person_ending_at(doc, k))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* The verb of an age stated as a death or a birthday, before the age's digits at token k: "died at
 * 85", "died aged 85", "died in 2004, aged 85", "died at the age of 85", "turned 45", "turns 45";
 * or stated alone: "is 45" (at the story date), "was 84" (only in a year its sentence names).
 * Its token and *kind, or SIZE_MAX. */
static size_t age_verb_before(const cd_doc *doc, size_t k, size_t first, int *kind)
{
    size_t p = k;
    if (p > first && age_word(doc, p - 1, AW_TURN)) {
        *kind = AGE_TURN;
        return p - 1;
    }
    if (p > first && age_word(doc, p - 1, AW_COPULA)) { /* "Ruiz is 45": now; "He was 84": then */
        *kind = cd_tok_is(doc, p - 1, "is") ? AGE_NOW : AGE_WAS;
        return p - 1;
    }
    if (p >= first + 4 && cd_tok_is(doc, p - 1, "of") && cd_tok_is(doc, p - 2, "age") && cd_tok_is(doc, p - 3, "the") &&
        cd_tok_is(doc, p - 4, "at"))
        p -= 4;
    else if (p > first && (cd_tok_is(doc, p - 1, "aged") || cd_tok_is(doc, p - 1, "at")))
        p--;
    else
        return SIZE_MAX;
    size_t verb = death_before(doc, p, first);
    if (verb != SIZE_MAX) *kind = AGE_DEATH;
    return verb;
}

/* Does an age with a verb end before token k: the sentence's end, a punctuation, or a word that
 * starts a time, a cause or the next clause ("died at 85 in 2004", "turned 45 last week", "died
 * aged 85 of cancer")? Not a noun it counts ("turned 45 shots into goals") nor an address or a
 * name ("died at 85 Mill Road"). */
static int verb_age_ends(const cd_doc *doc, size_t k, size_t end)
{
    return k >= end || doc->toks[k].type == TOK_PUNCT || age_word(doc, k, AW_NEXT);
}

/* Number i as an age with a verb ("Ruiz died at 85", "Ruiz turned 45"): its person and kind. */
static int verb_age_of(const cd_doc *doc, size_t i, age_claim *out)
{
    const cd_number *n = &doc->nums[i];
    const cd_tok_range *r = &doc->ninfo[i];
    if (n->approx || n->is_range || n->value < 1 || n->value >= MAX_AGE || n->value != (double)(long)n->value) return 0;
    if (n->kind != CD_NUM_CARDINAL && !(n->kind == CD_NUM_MEASURE && n->unit && strcmp(n->unit, "years old") == 0))
        return 0;
    size_t k = r->tok_first + r->tok_count - 1, first, end;
    if (doc->toks[k].type != TOK_NUM || !k || !age_word(doc, k - 1, AW_CUE)) return 0; /* before the sentence search */
    if (!sentence_of(doc, k, &first, &end)) return 0;
    if (!verb_age_ends(doc, k + 1, end)) return 0;
    int kind;
    size_t verb = age_verb_before(doc, k, first, &kind);
    if (verb == SIZE_MAX) return 0;
    const cd_entity *e = subject_before(doc, verb, first);
    if (!e) return 0;
    *out = (age_claim){e->name, (int)n->value, kind, i, verb};
    return 1;
}

/* The date the time claims of the sentence from token first to end name, leaving out the one over
 * text offset skip (the birth's): 1 and *out when they name one year (the claim's date when there
 * is one claim), 0 when none, -1 when they name several years. */
static int sentence_date(const cd_doc *doc, size_t first, size_t end, size_t skip, cd_date *out)
{
    size_t from = doc->toks[first].start, to = cd_tok_stop(&doc->toks[end - 1]);
    int found = 0;
    for (size_t c = 0; c < doc->n_claims; c++) {
        const cd_claim *cl = &doc->claims[c];
        cd_date d;
        if (cl->kind != CD_CLAIM_TIME || cl->span.tstart < from || cl->span.tstop > to) continue;
        if (cl->span.tstart <= skip && skip < cl->span.tstop) continue;
        if (!cd_date_parse_partial(cl->time.value, &d)) continue;
        if (found && d.y != out->y) return -1;
        if (found) out->m = out->d = 0; /* two dates of one year: the year */
        else *out = d;
        found = 1;
    }
    return found;
}

/* The date age a is stated at, checked against birth b: the story date for an age given as an
 * apposition (none if its sentence names another year), the year its sentence names for a death
 * or a birthday (a death that is news, "has died", "dies", at the story date). 0 if none. */
static int age_date(const cd_doc *doc, const age_claim *a, const birth *b, cd_date *at)
{
    size_t first, end, k = doc->ninfo[a->num].tok_first;
    if (!sentence_of(doc, k, &first, &end)) return 0;
    int named = sentence_date(doc, first, end, doc->toks[b->tok].start, at);
    if (named < 0) return 0;
    if (a->kind == AGE_NOW && b->died) /* a life span's person is no age at the story date */
        return named && at->y <= b->died;
    if (a->kind == AGE_NOW) {
        int other_year = named && at->y != doc->date.y;
        *at = doc->date;
        return !other_year;
    }
    if (named) return 1;
    if (a->kind == AGE_WAS) return 0; /* "He was 84": when, no sentence says */
    if (a->kind == AGE_DEATH && (cd_tok_is(doc, a->verb, "dies") || cd_tok_is(doc, a->verb - 1, "has"))) {
        *at = doc->date;
        return 1;
    }
    if (a->kind == AGE_DEATH && b->died) { /* "Ruiz (1931-2004) ... died at 85": in the year of death */
        *at = (cd_date){b->died, 0, 0};
        return 1;
    }
    return 0;
}

/* The ages a person born on b has on date at: [*lo, *hi], one age when both give the month (and
 * the day, if the months are one). */
static void ages_on(const cd_date *b, const cd_date *at, int *lo, int *hi)
{
    *hi = at->y - b->y;
    *lo = *hi - 1;
    if (!b->m || !at->m || (at->m == b->m && (!b->d || !at->d))) return;
    if (at->m > b->m || (at->m == b->m && at->d >= b->d)) *lo = *hi;
    else *hi = *lo;
}

/* A date as the message writes it: "1975", "1975-03", "1975-03-03". */
static void format_date(const cd_date *d, char *buf, size_t n)
{
    if (d->d) snprintf(buf, n, "%04d-%02d-%02d", d->y, d->m, d->d);
    else if (d->m) snprintf(buf, n, "%04d-%02d", d->y, d->m);
    else snprintf(buf, n, "%04d", d->y);
}

/* Age a against birth b: a finding at the age, relating the birth, when they disagree. */
static void check_birth(cd_doc *doc, const age_claim *a, const birth *b)
{
    cd_date at;
    if (!age_date(doc, a, b, &at)) return;
    int lo, hi;
    if (a->kind == AGE_TURN) { /* the birthday falls in that year: the year decides */
        lo = hi = at.y - b->date.y;
        at.m = at.d = 0;
    } else {
        ages_on(&b->date, &at, &lo, &hi);
    }
    if (a->years >= lo && a->years <= hi) return;
    char born[16], when[16], expect[32];
    format_date(&b->date, born, sizeof born);
    format_date(&at, when, sizeof when);
    if (lo == hi) snprintf(expect, sizeof expect, "%d", lo);
    else snprintf(expect, sizeof expect, "%d or %d", lo, hi);
    static const char *const verbs[] = {"is", "died at", "turned", "was"};
    cd_finding *f = cd_add_finding(doc, "inconsistent-number", CD_SEV_WARNING, cd_number_stated_span(doc, a->num),
                                   "%s %s %d here, but born %s %s: %s %s %s", a->name, verbs[a->kind], a->years,
                                   b->date.d ? "on" : "in", born, expect, at.d ? "on" : "in", when);
    if (f) cd_finding_relate(doc, f, b->span);
}

/* Each age of a person whose birth the chunk states, against that birth. */
static void check_births(cd_doc *doc, const age_claim *ages, size_t n_ages)
{
    birth births[MAX_BIRTHS];
    size_t nb = find_births(doc, births, MAX_BIRTHS);
    for (size_t i = 0; i < n_ages; i++)
        for (size_t k = 0; k < nb; k++)
            if (strcmp(ages[i].name, births[k].name) == 0) check_birth(doc, &ages[i], &births[k]);
}

/* A present age with a verb ("Ruiz is 47", "She is 47") against the first apposition age of the
 * person, in the order the story gives them. */
static void same_age(cd_doc *doc, const person_age *ages, size_t n, const age_claim *v)
{
    person_age a = {v->name, v->years, v->num};
    size_t k = 0; /* ages holds one age a name (cd_check_ages) */
    while (k < n && strcmp(ages[k].name, a.name) != 0) k++;
    if (k == n || ages[k].years == a.years) return;
    if (ages[k].num < a.num) report(doc, &ages[k], &a);
    else report(doc, &a, &ages[k]);
}

/* Each person's ages against the first one given (one finding for each age that differs), then,
 * with the deaths' and birthdays' ages, against the person's birth year when the story has a date
 * (the walk for births only in a chunk that states an age). */
void cd_check_ages(cd_doc *doc)
{
    if (doc->n_ninfo != doc->n_nums || doc->n_einfo != doc->n_ents || !doc->n_ents) return;
    person_age ages[MAX_AGES];
    age_claim all[MAX_AGES];
    size_t n = 0, n_all = 0;
    for (size_t i = 0; i < doc->n_nums && n_all < MAX_AGES; i++) {
        const cd_entity *e = age_of(doc, i);
        if (!e) continue;
        person_age a = {e->name, doc->nums[i].value, i};
        all[n_all++] = (age_claim){e->name, (int)a.years, AGE_NOW, i, SIZE_MAX};
        size_t k = 0;
        while (k < n && strcmp(ages[k].name, a.name) != 0) k++;
        if (k == n) ages[n++] = a;
        else if (ages[k].years != a.years) report(doc, &ages[k], &a);
    }
    if (!doc->date.y || doc->n_sinfo != doc->n_sents) return;
    for (size_t i = 0; i < doc->n_nums && n_all < MAX_AGES; i++)
        if (verb_age_of(doc, i, &all[n_all])) {
            if (all[n_all].kind == AGE_NOW) same_age(doc, ages, n, &all[n_all]); /* "He is 47." */
            n_all++;
        }
    if (n_all) check_births(doc, all, n_all);
}
