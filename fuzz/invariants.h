/* Invariants every analyzed document must hold, whatever the input. The fuzz targets and the
 * hostile-input tests call cd_check_invariants; a violation aborts with a message, which libFuzzer
 * reports as a crash with the input that caused it. */
#ifndef CD_INVARIANTS_H
#define CD_INVARIANTS_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "copydesk.h"

#define CD_INVARIANT(cond, what)                                                      \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "invariant broken: %s (%s:%d)\n", what, __FILE__, __LINE__); \
            abort();                                                                  \
        }                                                                             \
    } while (0)

static inline void cd_check_span(const cd_doc *doc, const cd_span *s, int plain)
{
    size_t slen, tlen;
    cd_doc_source(doc, &slen);
    cd_doc_text(doc, &tlen);
    CD_INVARIANT(s->start <= s->stop && s->stop <= slen, "source span inside the input");
    CD_INVARIANT(s->tstart <= s->tstop && s->tstop <= tlen, "text span inside the text");
    CD_INVARIANT(s->line >= 1 && s->col >= 1, "line and col are 1-based");
    if (plain) CD_INVARIANT(s->start == s->tstart && s->stop == s->tstop, "plain text: text is the source slice");
}

/* plain: the input was read as plain text, so every text is the source slice itself. */
static inline void cd_check_invariants(const cd_doc *doc, int plain)
{
    size_t n, nsent;
    const cd_sentence *sent = cd_doc_sentences(doc, &nsent);
    for (size_t i = 0; i < nsent; i++) {
        cd_check_span(doc, &sent[i].span, plain);
        if (i) CD_INVARIANT(sent[i - 1].span.tstop <= sent[i].span.tstart, "sentences ordered, disjoint");
    }
    const cd_number *num = cd_doc_numbers(doc, &n);
    for (size_t i = 0; i < n; i++) {
        cd_check_span(doc, &num[i].span, plain);
        CD_INVARIANT(isfinite(num[i].value) && isfinite(num[i].value_hi), "number values finite");
        CD_INVARIANT(num[i].sentence < nsent, "number in a sentence");
        if (i) CD_INVARIANT(num[i - 1].span.tstart <= num[i].span.tstart, "numbers ordered");
    }
    size_t nnum = n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++) {
        cd_check_span(doc, &c[i].span, plain);
        CD_INVARIANT(c[i].score >= 0 && c[i].score <= 1, "score in 0..1");
        CD_INVARIANT(c[i].sentence < nsent, "claim has a sentence");
        const cd_span *ss = &sent[c[i].sentence].span;
        CD_INVARIANT(c[i].span.tstart >= ss->tstart && c[i].span.tstart < ss->tstop + (ss->tstop == ss->tstart),
                     "claim starts inside its sentence");
        if (c[i].kind != CD_CLAIM_QUOTE) /* a quote may run over several sentences */
            CD_INVARIANT(c[i].span.tstop <= ss->tstop, "claim ends inside its sentence");
        CD_INVARIANT(c[i].number_first + c[i].number_count <= nnum || c[i].number_count == 0,
                     "claim numbers exist");
        if (c[i].kind == CD_CLAIM_CHANGE) {
            CD_INVARIANT(isnan(c[i].change.percent) || isfinite(c[i].change.percent), "percent finite or absent");
        }
        for (unsigned r = 0; r < c[i].nreasons; r++) CD_INVARIANT(c[i].reasons[r] != NULL, "reasons set");
        if (i) CD_INVARIANT(c[i - 1].span.tstart <= c[i].span.tstart, "claims ordered");
    }
    const cd_finding *f = cd_doc_findings(doc, &n);
    for (size_t i = 0; i < n; i++) {
        cd_check_span(doc, &f[i].span, plain);
        CD_INVARIANT(f[i].rule && f[i].message, "finding has rule and message");
        for (unsigned r = 0; r < f[i].nrelated; r++) cd_check_span(doc, &f[i].related[r], plain);
    }
    const cd_entity *e = cd_doc_entities(doc, &n);
    for (size_t i = 0; i < n; i++) {
        cd_check_span(doc, &e[i].span, plain);
        CD_INVARIANT(e[i].type && e[i].name, "entity has type and name");
    }
    char *json = NULL;
    size_t jlen = 0;
    if (cd_doc_to_json(doc, "fuzz", &json, &jlen) == CD_OK) {
        CD_INVARIANT(jlen == strlen(json), "JSON has no NUL");
        free(json);
    }
}

#endif
