/* The document's shared helpers (doc.c, arena.c, entities.c): finding messages, the block indexes
 * behind cd_sentence_at and the entity lookups, and the order of the claims. */
#include "helpers.h"

#include "internal.h"
#include "bare_doc.h"

/* vsnprintf into buf (cut on purpose in the tests below: no truncation warning through va_list). */
static void printf_into(char *buf, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, n, fmt, ap);
    va_end(ap);
}

/* cd_add_finding's message, against vsnprintf's for the same format and arguments. */
#define ASSERT_MESSAGE(...)                                                 \
    do {                                                                    \
        char want[1024];                                                    \
        printf_into(want, sizeof want, __VA_ARGS__);                        \
        cd_finding *f = cd_add_finding(doc, "test", CD_SEV_INFO, span, __VA_ARGS__); \
        assert_non_null(f);                                                 \
        assert_string_equal(f->message, want);                              \
    } while (0)

static void test_finding_messages_are_printf(void **state)
{
    (void)state;
    cd_doc *doc = calloc(1, sizeof *doc);
    assert_non_null(doc);
    cd_span span = cd_tspan(0, 0);
    char big[700];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = 0;
    ASSERT_MESSAGE("a direct quote with no speaker found");
    ASSERT_MESSAGE("'%.*s' means %s%s (story date %s)", 9, "next week's", "2017-12-31", "", "2017-12-26");
    ASSERT_MESSAGE("[%.*s]", 10, "ab\0cdefghijkl"); /* the precision stops at the NUL */
    ASSERT_MESSAGE("[%.*s]", -1, "all of it");      /* a negative precision is none */
    ASSERT_MESSAGE("[%.*s]", 0, "none of it");
    ASSERT_MESSAGE("100%% of %s%%", "them");
    ASSERT_MESSAGE("%s and %s", big, big); /* cut at 1023 bytes, as vsnprintf cuts */
    ASSERT_MESSAGE("%s%.*s", big, 500, big);
    ASSERT_MESSAGE("%zu byte%s starting with 0x%02X", (size_t)3, "s", 0xC3u); /* other conversions */
    ASSERT_MESSAGE("%s is called %s here, but %s earlier", "Mary Smith", "senator", "mayor");
    assert_int_equal(doc->n_finds, 10);
    cd_doc_free(doc);
}

/* A bare document of text, tokenized and split into sentences. */
/* The sentence of offset t by a walk over all of them. */
static size_t sentence_by_walk(const cd_doc *doc, size_t t)
{
    for (size_t s = 0; s < doc->n_sents; s++)
        if (doc->sents[s].span.tstart <= t && t < doc->sents[s].span.tstop) return s;
    return doc->n_sents;
}

static void test_sentence_index_agrees_with_the_search(void **state)
{
    (void)state;
    /* sentences of many lengths, gaps of white space and blank lines between them */
    static char text[8192];
    size_t n = 0;
    for (int k = 0; k < 60 && n < sizeof text - 200; k++) {
        n += (size_t)snprintf(text + n, sizeof text - n, "Item %d grew %s.%s", k,
                              k % 3 ? "by 5%" : "to a level not seen in a very long time, officials said",
                              k % 7 == 6 ? "\n\n   " : " ");
    }
    cd_doc *doc = bare_doc(text);
    assert_true(doc->n_sents > 50);
    size_t searched[sizeof text + 2];
    for (size_t t = 0; t < doc->text_len + 2; t++) {
        searched[t] = cd_sentence_at(doc, t); /* no index yet: the binary search */
        assert_int_equal(searched[t], sentence_by_walk(doc, t));
    }
    assert_int_equal(cd_index_sentences(doc), 0);
    for (size_t t = 0; t < doc->text_len + 2; t++) assert_int_equal(cd_sentence_at(doc, t), searched[t]);
    cd_doc_free(doc);
}

/* The entity lookups, against walks over every entity. */
static void test_entity_lookups_agree_with_walks(void **state)
{
    (void)state;
    static char text[16384];
    size_t n = 0;
    for (int k = 0; k < 40 && n < sizeof text - 300; k++)
        n += (size_t)snprintf(text + n, sizeof text - n,
                              "Dmitry Peskov told Reuters on Monday that Moscow and the Kremlin %s. "
                              "Later %s said the European Union would wait.%s",
                              k % 2 ? "agreed" : "did not agree with the plan at all", k % 3 ? "he" : "Peskov",
                              k % 5 == 4 ? "\n\n" : " ");
    cd_doc *doc = bare_doc(text);
    cd_find_entities(doc);
    assert_false(doc->oom);
    assert_true(doc->n_einfo > 40);
    assert_int_equal(doc->ent_index.n_items, doc->n_einfo); /* built by the pass */
    for (size_t tok = 0; tok < doc->n_toks + 2; tok++) {
        const cd_entity *want = NULL;
        size_t before = (size_t)-1, after = (size_t)-1;
        for (size_t e = 0; e < doc->n_einfo; e++) {
            size_t first = doc->einfo[e].tok_first, end = first + doc->einfo[e].tok_count;
            if (first <= tok && tok < end) want = &doc->ents[e];
            if (end <= tok && first + 20 >= tok) before = e; /* the nearest ending before, within 20 */
            if (first >= tok && end <= tok + 20 && after == (size_t)-1) after = e;
        }
        assert_ptr_equal(cd_entity_at(doc, tok), want);
        assert_int_equal(cd_entity_before(doc, tok, tok > 20 ? tok - 20 : 0, NULL), before);
        assert_int_equal(cd_entity_after(doc, tok, tok + 20, NULL), after);
    }
    cd_doc_free(doc);
}

/* Claims come out in text order: by start, then end, then kind. */
static void test_claims_are_in_text_order(void **state)
{
    (void)state;
    const char *t = "Sales rose 5% to $3 million in 2017, the biggest rise since 2009, Smith said. "
                    "\"It doubled,\" he told reporters on Friday. Prices fell from 40 to 35 last week, "
                    "and the company was fined $2 million by regulators. Output was the highest in a decade.";
    cd_doc *doc = analyze(t, "2018-01-10");
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    assert_true(n >= 6);
    for (size_t i = 1; i < n; i++) {
        int in_order = c[i - 1].span.start < c[i].span.start ||
                       (c[i - 1].span.start == c[i].span.start &&
                        (c[i - 1].span.stop < c[i].span.stop ||
                         (c[i - 1].span.stop == c[i].span.stop && c[i - 1].kind <= c[i].kind)));
        assert_true(in_order);
    }
    cd_doc_free(doc);
}

/* The JSON writer's numbers (cd_json_format_double) are snprintf's "%.15g", byte for byte, on every
 * value it writes itself; it leaves the others (out of its range, a tie too close to call) to
 * snprintf. Scores, fractions, money and measures of all sizes, and random bit patterns. */
static uint64_t xorshift(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

static int same_as_printf(double v)
{
    char fast[32], want[64];
    size_t n = cd_json_format_double(v, fast);
    if (!n) return 0;
    fast[n] = 0;
    snprintf(want, sizeof want, "%.15g", v);
    assert_string_equal(fast, want);
    return 1;
}

static void test_json_doubles_are_printf(void **state)
{
    (void)state;
    /* must write: a score, a rate, a small and a large fraction, a negative value, the range's ends */
    const double fire[] = {0.94917838517944, 3.8, 0.25, 1e-4, 0.00012345678901234567, -2.5,
                           123456789012.345, 999999999999999.9 - 0.5, 1.5e14 + 0.25, 0.1, 2.0000000000000004};
    for (size_t i = 0; i < sizeof fire / sizeof *fire; i++) assert_true(same_as_printf(fire[i]));
    /* must not: beyond its range (snprintf's exponent form) */
    const double out_of_range[] = {9.99e-5, 1e-7, 1e15 + 0.5, 1e300, -1e20};
    char buf[32];
    for (size_t i = 0; i < sizeof out_of_range / sizeof *out_of_range; i++)
        assert_int_equal(cd_json_format_double(out_of_range[i], buf), 0);
    uint64_t s = 88172645463325252ull;
    size_t fast = 0, n = 0;
    for (int i = 0; i < 400000; i++, n++) {
        double v;
        uint64_t u = xorshift(&s);
        switch (i % 4) {
        case 0: v = (double)(u >> 11) / 9007199254740992.0; break; /* 0..1 */
        case 1: memcpy(&v, &u, sizeof v); if (!isfinite(v)) v = 0.5; break;
        case 2: v = (double)(u % 2000000) / (double)(1 + (u >> 32) % 1000); break;
        default: v = (double)(u % 100000000) / pow(10, (double)((u >> 40) % 12)); if (u >> 63) v = -v;
        }
        fast += (size_t)same_as_printf(v);
    }
    assert_true(fast > n / 2); /* most values are written without snprintf */
}

static void not_a_pass(cd_doc *doc)
{
    (void)doc;
}

/* cd_run_passes stops before the pass it is given: before the score, every claim pass has run (a
 * change, a comparison and an event need the cues) and no claim is scored yet. */
static void test_run_passes_stops_before_a_pass(void **state)
{
    (void)state;
    const char *text = "Sales rose 5% to $3 million in 2016, twice as fast as in 2015. The plant was closed.";
    cd_doc *doc = text_doc(text);
    assert_int_equal(cd_run_passes(doc, not_a_pass), -1); /* must not: nothing runs */
    assert_int_equal(doc->n_toks, 0);
    assert_int_equal(cd_run_passes(doc, cd_tokenize), 0); /* before the first: nothing */
    assert_int_equal(doc->n_toks, 0);
    cd_doc_free(doc);

    doc = text_doc(text);
    assert_int_equal(cd_run_passes(doc, cd_find_entities), 0);
    assert_true(doc->n_toks > 0);
    assert_int_equal(doc->n_sents, 2);
    assert_int_equal(doc->sent_index.n_items, 2); /* the index is a pass of its own */
    assert_int_equal(doc->n_claims, 0);
    cd_doc_free(doc);

    doc = text_doc(text);
    assert_int_equal(cd_run_passes(doc, cd_score_claims), 0);
    assert_false(doc->oom);
    unsigned kinds = 0;
    for (size_t i = 0; i < doc->n_claims; i++) {
        kinds |= 1u << doc->claims[i].kind;
        assert_true(doc->claims[i].score == 0);
    }
    const unsigned want = 1u << CD_CLAIM_CHANGE | 1u << CD_CLAIM_EVENT | 1u << CD_CLAIM_COMPARISON | 1u << CD_CLAIM_TIME;
    assert_int_equal(kinds, want);
    cd_doc_free(doc);
    /* the pipeline finds the same kinds (and scores them) */
    char err[128];
    assert_int_equal(cd_analyze(text, strlen(text), NULL, &doc, err, sizeof err), CD_OK);
    size_t n;
    const cd_claim *claims = cd_doc_claims(doc, &n);
    kinds = 0;
    for (size_t i = 0; i < n; i++) {
        kinds |= 1u << claims[i].kind;
        assert_true(claims[i].score > 0);
    }
    assert_int_equal(kinds, want);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_finding_messages_are_printf),
        cmocka_unit_test(test_sentence_index_agrees_with_the_search),
        cmocka_unit_test(test_entity_lookups_agree_with_walks),
        cmocka_unit_test(test_claims_are_in_text_order),
        cmocka_unit_test(test_json_doubles_are_printf),
        cmocka_unit_test(test_run_passes_stops_before_a_pass),
    };
    return cmocka_run_group_tests_name("doc", tests, NULL, NULL);
}
