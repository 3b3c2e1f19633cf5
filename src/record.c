/* The record: one walk over a document that every sink (JSON, Lua tables) receives, so that the
 * keys and their meaning are defined in exactly one place. Positions become 1-based inclusive. */
#include <string.h>

#include "internal.h"

typedef struct emitter {
    const cd_doc *doc;
    const cd_sink *k;
    void *ud;
    /* the last position given (position): the next span is most often a little after it */
    size_t pos_off, pos_line, pos_line_start;
} emitter;

#define TRY(x)                    \
    do {                          \
        int rc_ = (x);            \
        if (rc_) return rc_;      \
    } while (0)

static int put_str(emitter *e, const char *key, const char *s, size_t len)
{
    TRY(e->k->key(e->ud, key));
    return e->k->string(e->ud, s, len);
}

static int put_cstr(emitter *e, const char *key, const char *s)
{
    return s ? put_str(e, key, s, strlen(s)) : 0;
}

static int put_num(emitter *e, const char *key, double v)
{
    if (isnan(v) || isinf(v)) return 0;
    TRY(e->k->key(e->ud, key));
    return e->k->number(e->ud, v);
}

static int put_int(emitter *e, const char *key, long long v)
{
    TRY(e->k->key(e->ud, key));
    return e->k->integer(e->ud, v);
}

static int put_bool(emitter *e, const char *key, int b)
{
    TRY(e->k->key(e->ud, key));
    return e->k->boolean(e->ud, b);
}

/* The line and column of source offset off, as cd_doc_position gives them: found from the last
 * position given when off is at most a line block after it (the items of a list come in text
 * order), counting the line breaks in between, instead of from off's block start each time. */
static void position(emitter *e, size_t off, uint32_t *line, uint32_t *col)
{
    const cd_doc *doc = e->doc;
    if (off > doc->src_len) off = doc->src_len;
    if (off < e->pos_off || off - e->pos_off > CD_LINE_BLOCK) {
        cd_doc_position(doc, off, line, col);
        e->pos_line = *line;
        e->pos_line_start = off - (*col - 1);
    } else {
        const char *nl;
        size_t pos = e->pos_off;
        while (pos < off && (nl = memchr(doc->src + pos, '\n', off - pos))) {
            e->pos_line++;
            pos = e->pos_line_start = (size_t)(nl - doc->src) + 1;
        }
        *line = (uint32_t)e->pos_line;
        *col = (uint32_t)(off - e->pos_line_start + 1);
    }
    e->pos_off = off;
}

/* text, start, stop, line, col of a span */
static int put_span(emitter *e, const cd_span *s)
{
    size_t a = s->tstart, b = s->tstop;
    if (a > e->doc->text_len) a = e->doc->text_len;
    if (b > e->doc->text_len) b = e->doc->text_len;
    if (b < a) b = a;
    TRY(put_str(e, "text", e->doc->text + a, b - a));
    TRY(put_int(e, "start", (long long)s->start + 1));
    TRY(put_int(e, "stop", (long long)s->stop));
    uint32_t line, col;
    position(e, s->start, &line, &col);
    TRY(put_int(e, "line", line));
    return put_int(e, "col", col);
}

static int emit_sentence(emitter *e, const cd_sentence *s)
{
    TRY(e->k->begin_object(e->ud));
    TRY(put_span(e, &s->span));
    TRY(put_bool(e, "headline", s->headline));
    TRY(put_num(e, "score", s->score));
    return e->k->end_object(e->ud);
}

static int emit_number(emitter *e, const cd_number *n)
{
    TRY(e->k->begin_object(e->ud));
    TRY(put_span(e, &n->span));
    TRY(put_num(e, "value", n->value));
    if (n->is_range) TRY(put_num(e, "value_hi", n->value_hi));
    TRY(put_cstr(e, "kind", cd_numkind_name(n->kind)));
    TRY(put_cstr(e, "unit", n->unit));
    TRY(put_cstr(e, "approx", n->approx));
    TRY(put_int(e, "sentence", (long long)n->sentence + 1));
    return e->k->end_object(e->ud);
}

static int emit_claim_fields(emitter *e, const cd_claim *c)
{
    switch (c->kind) {
    case CD_CLAIM_CHANGE:
        TRY(put_num(e, "from", c->change->from));
        TRY(put_num(e, "from_hi", c->change->from_hi));
        TRY(put_num(e, "to", c->change->to));
        TRY(put_num(e, "to_hi", c->change->to_hi));
        TRY(put_num(e, "by", c->change->by));
        TRY(put_num(e, "percent", c->change->percent));
        return put_cstr(e, "direction", c->change->direction);
    case CD_CLAIM_EVENT:
        TRY(put_cstr(e, "action", c->event.action));
        TRY(put_cstr(e, "actor", c->event.actor));
        return put_cstr(e, "target", c->event.target);
    case CD_CLAIM_QUOTE:
        TRY(put_cstr(e, "speaker", c->quote.speaker));
        TRY(put_cstr(e, "quote", c->quote.quote));
        return put_bool(e, "direct", c->quote.direct);
    case CD_CLAIM_COMPARISON:
        return put_cstr(e, "form", c->comparison.form);
    case CD_CLAIM_TIME:
        TRY(put_cstr(e, "value", c->time.value));
        return put_bool(e, "relative", c->time.relative);
    default:
        return 0;
    }
}

static int emit_claim(emitter *e, const cd_claim *c)
{
    TRY(e->k->begin_object(e->ud));
    TRY(put_cstr(e, "kind", cd_claim_kind_name(c->kind)));
    TRY(put_span(e, &c->span));
    TRY(put_num(e, "score", c->score));
    TRY(e->k->key(e->ud, "reasons"));
    TRY(e->k->begin_array(e->ud));
    for (unsigned i = 0; i < c->nreasons; i++) TRY(e->k->string(e->ud, c->reasons[i], strlen(c->reasons[i])));
    TRY(e->k->end_array(e->ud));
    TRY(put_int(e, "sentence", (long long)c->sentence + 1));
    TRY(e->k->key(e->ud, "numbers"));
    TRY(e->k->begin_array(e->ud));
    for (size_t i = 0; i < c->number_count && c->number_first + i < e->doc->n_nums; i++)
        TRY(emit_number(e, &e->doc->nums[c->number_first + i]));
    TRY(e->k->end_array(e->ud));
    TRY(emit_claim_fields(e, c));
    return e->k->end_object(e->ud);
}

static int emit_finding(emitter *e, const cd_finding *f)
{
    TRY(e->k->begin_object(e->ud));
    TRY(put_cstr(e, "rule", f->rule));
    TRY(put_cstr(e, "severity", cd_severity_name(f->severity)));
    TRY(put_cstr(e, "message", f->message));
    TRY(put_span(e, &f->span));
    if (f->nrelated) {
        TRY(e->k->key(e->ud, "related"));
        TRY(e->k->begin_array(e->ud));
        for (unsigned i = 0; i < f->nrelated; i++) {
            TRY(e->k->begin_object(e->ud));
            TRY(put_span(e, &f->related[i]));
            TRY(e->k->end_object(e->ud));
        }
        TRY(e->k->end_array(e->ud));
    }
    return e->k->end_object(e->ud);
}

static int emit_entity(emitter *e, const cd_entity *en)
{
    TRY(e->k->begin_object(e->ud));
    TRY(put_cstr(e, "type", en->type));
    TRY(put_cstr(e, "name", en->name));
    TRY(put_span(e, &en->span));
    return e->k->end_object(e->ud);
}

#define EMIT_LIST(name, arr, count, fn)                            \
    do {                                                           \
        TRY(e.k->key(e.ud, name));                                 \
        TRY(e.k->begin_array(e.ud));                               \
        for (size_t i_ = 0; i_ < (count); i_++) TRY(fn(&e, &(arr)[i_])); \
        TRY(e.k->end_array(e.ud));                                 \
    } while (0)

int cd_doc_emit(const cd_doc *doc, const cd_sink *sink, void *ud)
{
    emitter e = {doc, sink, ud, 0, 1, 0}; /* offset 0 is on line 1, which starts there */
    TRY(sink->begin_object(ud));
    TRY(put_cstr(&e, "version", COPYDESK_VERSION));
    TRY(put_cstr(&e, "input", cd_input_name(doc->input)));
    TRY(put_cstr(&e, "date", cd_doc_date(doc)));
    EMIT_LIST("sentences", doc->sents, doc->n_sents, emit_sentence);
    EMIT_LIST("numbers", doc->nums, doc->n_nums, emit_number);
    EMIT_LIST("claims", doc->claims, doc->n_claims, emit_claim);
    EMIT_LIST("findings", doc->finds, doc->n_finds, emit_finding);
    EMIT_LIST("entities", doc->ents, doc->n_ents, emit_entity);
    return sink->end_object(ud);
}
