/* The public API's memory contract: a borrowed source, the shared reason lists, the 32-bit record
 * (its size limit), and the order of claims across the chunks of a long input. */
#define _DEFAULT_SOURCE /* mmap's MAP_ANONYMOUS, for a source that ends at a page no one may read */
#include <sys/mman.h>
#include <unistd.h>

#include "helpers.h"

static const char *const STORY =
    "Council Votes on Budget\n\n"
    "Ridership rose from 48,000 to 60,000, a 40% increase, the mayor said on Monday, Dec. 5, 2017.\n\n"
    "\"We will not raise taxes,\" said Mayor Ana Ruiz. Prices fell 30% from $80 to $60 this spring.\n";

static char *to_json(const cd_doc *doc)
{
    char *json = NULL;
    size_t len = 0;
    assert_int_equal(cd_doc_to_json(doc, NULL, &json, &len), CD_OK);
    assert_int_equal(strlen(json), len);
    return json;
}

/* The source in a buffer of exactly its length (no NUL after it), analyzed without a copy. */
static char *analyze_borrowed(const char *text, cd_input input, cd_doc **out)
{
    size_t len = strlen(text);
    char *buf = malloc(len);
    assert_non_null(buf);
    memcpy(buf, text, len);
    cd_options opt = {0};
    opt.date = "2017-12-26";
    opt.input = input;
    opt.borrow = 1;
    char err[256] = "";
    assert_int_equal(cd_analyze(buf, len, &opt, out, err, sizeof err), CD_OK);
    return buf;
}

static void assert_same_record(const char *text, cd_input input)
{
    cd_options opt = {0};
    opt.date = "2017-12-26";
    opt.input = input;
    cd_doc *copied = analyze_opts(text, &opt), *borrowed = NULL;
    char *buf = analyze_borrowed(text, input, &borrowed);
    size_t len;
    assert_ptr_equal(cd_doc_source(borrowed, &len), buf); /* no copy was made */
    assert_int_equal(len, strlen(text));
    assert_ptr_not_equal(cd_doc_source(copied, &len), text);
    char *a = to_json(copied), *b = to_json(borrowed);
    assert_string_equal(a, b);
    free(a);
    free(b);
    cd_doc_free(borrowed);
    free(buf); /* only after cd_doc_free */
    cd_doc_free(copied);
}

static void test_borrowed_source_gives_the_same_record(void **state)
{
    (void)state;
    assert_same_record(STORY, CD_INPUT_TEXT);
    assert_same_record("<html><body><h1>Budget</h1><p>Ridership rose from 48,000 to 60,000, a 40% increase.</p>"
                       "<p>&ldquo;We will not raise taxes,&rdquo; said Mayor Ana Ruiz.</p></body></html>",
                       CD_INPUT_HTML);
    assert_same_record("", CD_INPUT_TEXT);
}

/* A borrowed source is read within its length: each text is put at the very end of a page that is
 * followed by a page no one may read (a read past the end stops the test in any build, not only
 * under AddressSanitizer). The texts end in tokens the tokenizer's word loop reads (a number it
 * scans to the end, a word, punctuation) with 16 bytes and more before them. */
static void test_borrowed_source_is_read_within_its_length(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "It cost 12345678901234567890",          /* a number that runs to the end */
        "It cost 1234567890123456789,000.5",     /* with groups and a decimal */
        "The figures were given at 10 and 5",     /* a short one */
        "The figures were given at ten o clock",  /* a word */
        "The figures were given at ten o clock.", /* punctuation */
        "Here 1234567890123456",                  /* from the first token on */
        /* the word loop's possessive and apostrophes (apostrophe_token, apostrophe_ends_word read
         * two bytes after the apostrophe), a word of 15 letters and a bare "m" at the very end */
        "The figures were given at Britain's",
        "The figures were given at the workers'",
        "The figures were given at Britain'",
        "The figures were given at abcdefghijklmno",
        "The figures were given at 4m",
        "The figures were given at BBC Two, the Boeing 747",
    };
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    assert_true(map != MAP_FAILED);
    assert_int_equal(mprotect(map + page, page, PROT_NONE), 0);
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
        size_t len = strlen(texts[k]);
        char *buf = map + page - len;
        memcpy(buf, texts[k], len);
        cd_options opt = {0};
        opt.borrow = 1;
        char err[256] = "";
        cd_doc *doc = NULL;
        assert_int_equal(cd_analyze(buf, len, &opt, &doc, err, sizeof err), CD_OK);
        char *json = to_json(doc);
        free(json);
        cd_doc_free(doc);
    }
    munmap(map, 2 * page);
}

static void test_copied_source_is_the_documents_own(void **state)
{
    (void)state;
    char *buf = strdup(STORY);
    assert_non_null(buf);
    cd_doc *doc = analyze_opts(buf, NULL); /* no borrow: the caller may free its buffer at once */
    memset(buf, 'x', strlen(buf));
    free(buf);
    size_t len;
    const char *src = cd_doc_source(doc, &len);
    assert_int_equal(len, strlen(STORY));
    assert_memory_equal(src, STORY, len);
    assert_int_equal(src[len], 0);
    cd_doc_free(doc);
}

/* Claims with the same reasons point to one list; a list never repeats a reason. */
static void test_claims_share_reason_lists(void **state)
{
    (void)state;
    cd_doc *doc = analyze("Sales rose 5%. Costs rose 6%. Staff rose 7%. Rents rose 8%.", NULL);
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    const cd_claim *changes[4];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        assert_true(c[i].nreasons >= 1 && c[i].nreasons <= CD_MAX_REASONS);
        for (unsigned a = 0; a < c[i].nreasons; a++)
            for (unsigned b = a + 1; b < c[i].nreasons; b++) assert_string_not_equal(c[i].reasons[a], c[i].reasons[b]);
        if (c[i].kind == CD_CLAIM_CHANGE && k < 4) changes[k++] = &c[i];
    }
    assert_int_equal(k, 4);
    assert_string_equal(changes[0]->reasons[0], "change");
    for (size_t i = 1; i < 4; i++) {
        assert_int_equal(changes[i]->nreasons, changes[0]->nreasons);
        assert_ptr_equal(changes[i]->reasons, changes[0]->reasons);
    }
    cd_doc_free(doc);
}

/* Equal strings of the record are one copy: the same date twice, the same message twice. */
static void test_equal_strings_are_shared(void **state)
{
    (void)state;
    cd_doc *doc = analyze("Sales rose on Monday. Costs fell on Monday. Rents rose on Friday.", "2017-12-26");
    size_t n, nf;
    const cd_claim *c = cd_doc_claims(doc, &n);
    const cd_claim *times[3];
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (c[i].kind == CD_CLAIM_TIME && k < 3) times[k++] = &c[i];
    assert_int_equal(k, 3);
    assert_string_equal(times[0]->time.value, "2017-12-25");
    assert_ptr_equal(times[1]->time.value, times[0]->time.value);
    assert_string_equal(times[2]->time.value, "2017-12-22");
    const cd_finding *f = cd_doc_findings(doc, &nf);
    assert_int_equal(nf, 3); /* relative-date, one per expression */
    assert_string_equal(f[0].message, "'Monday' means 2017-12-25, a Monday (story date 2017-12-26)");
    assert_ptr_equal(f[1].message, f[0].message);
    assert_ptr_not_equal(f[2].message, f[0].message);
    cd_doc_free(doc);
}

/* The record is laid out small: 32-bit offsets (hence the input limit just under 4 GB). */
static void test_record_layout_and_size_limit(void **state)
{
    (void)state;
    assert_int_equal(sizeof(cd_span), 16);
    assert_true(sizeof(cd_claim) <= 72);
    assert_true(sizeof(cd_number) <= 56);
    assert_true(sizeof(cd_finding) <= 48);
    assert_true(sizeof(cd_sentence) <= 32 && sizeof(cd_entity) <= 32);
    assert_true(CD_MAX_INPUT <= UINT32_MAX);
    cd_doc *doc = NULL;
    char err[128] = "";
    if (sizeof(size_t) > 4) { /* refused before a byte is read: the buffer may be short */
        assert_int_equal(cd_analyze("x", CD_MAX_INPUT + 1, NULL, &doc, err, sizeof err), CD_ERR_TOO_LARGE);
        assert_null(doc);
        assert_non_null(strstr(err, "too large"));
    }
    assert_int_equal(cd_analyze("x", 1, NULL, &doc, err, sizeof err), CD_OK); /* within it: fine */
    cd_doc_free(doc);
}

/* Line and column of every offset, against a plain count: short lines, a line longer than the
 * index's blocks, breaks right at a block's edge, a final line without a break, and the end. */
static void test_position_of_every_offset(void **state)
{
    (void)state;
    size_t len = 5000;
    char *t = malloc(len + 1);
    assert_non_null(t);
    for (size_t i = 0; i < len; i++) t[i] = 'a';
    const size_t breaks[] = {0, 1, 2, 50, 1023, 1024, 2047, 3500, 4095, 4096};
    for (size_t k = 0; k < sizeof breaks / sizeof *breaks; k++) t[breaks[k]] = '\n';
    t[len] = 0;
    cd_doc *doc = analyze(t, NULL);
    uint32_t line = 1, col = 1;
    for (size_t off = 0; off <= len; off++) {
        uint32_t l = 0, c = 0;
        cd_doc_position(doc, off, &l, &c);
        assert_int_equal(l, line);
        assert_int_equal(c, col);
        if (off < len && t[off] == '\n') line++, col = 1;
        else col++;
    }
    cd_doc_free(doc);
    free(t);
}

/* A long input is analyzed in chunks: its claims still come in text order, each chunk's like the
 * same story's alone, with offsets into the whole. */
static void test_claims_in_order_across_chunks(void **state)
{
    (void)state;
    const char *para = "Ridership rose from 48,000 to 60,000, a 40% increase, the mayor said on Tuesday.\n\n";
    size_t plen = strlen(para), reps = (3u << 20) / plen, len = plen * reps;
    char *big = malloc(len + 1);
    assert_non_null(big);
    for (size_t i = 0; i < reps; i++) memcpy(big + i * plen, para, plen);
    big[len] = 0;
    cd_doc *one = analyze(para, "2017-12-26"), *doc = analyze(big, "2017-12-26");
    size_t n1, n;
    const cd_claim *c1 = cd_doc_claims(one, &n1), *c = cd_doc_claims(doc, &n);
    assert_true(n1 > 0);
    assert_int_equal(n, n1 * reps);
    for (size_t i = 0; i < n; i++) {
        const cd_claim *x = &c1[i % n1];
        size_t base = (i / n1) * plen;
        assert_int_equal(c[i].kind, x->kind);
        assert_int_equal(c[i].span.start, x->span.start + base);
        assert_int_equal(c[i].span.stop, x->span.stop + base);
        assert_ptr_equal(c[i].reasons, c[i % n1].reasons); /* one list for the same reasons */
        if (i) assert_true(c[i - 1].span.start <= c[i].span.start);
    }
    cd_doc_free(doc);
    cd_doc_free(one);
    free(big);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_borrowed_source_gives_the_same_record),
        cmocka_unit_test(test_borrowed_source_is_read_within_its_length),
        cmocka_unit_test(test_copied_source_is_the_documents_own),
        cmocka_unit_test(test_claims_share_reason_lists),
        cmocka_unit_test(test_equal_strings_are_shared),
        cmocka_unit_test(test_record_layout_and_size_limit),
        cmocka_unit_test(test_position_of_every_offset),
        cmocka_unit_test(test_claims_in_order_across_chunks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
