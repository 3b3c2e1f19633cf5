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
 * closed by a comma, bracket or the sentence's end. */
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

/* Each person's ages against the first one given: one finding for each age that differs. */
void cd_check_ages(cd_doc *doc)
{
    if (doc->n_ninfo != doc->n_nums || doc->n_einfo != doc->n_ents || !doc->n_ents) return;
    person_age ages[MAX_AGES];
    size_t n = 0;
    for (size_t i = 0; i < doc->n_nums && n < MAX_AGES; i++) {
        const cd_entity *e = age_of(doc, i);
        if (!e) continue;
        person_age a = {e->name, doc->nums[i].value, i};
        size_t k = 0;
        while (k < n && strcmp(ages[k].name, a.name) != 0) k++;
        if (k == n) ages[n++] = a;
        else if (ages[k].years != a.years) report(doc, &ages[k], &a);
    }
}
