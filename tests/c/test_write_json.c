/* cd_doc_write_json: the JSON streamed to a FILE* is cd_doc_to_json's, byte for byte, through one
 * serializer; a write that fails (a full disk: /dev/full) is an error with its reason. */
#define _GNU_SOURCE /* memmem */
#include "helpers.h"

#include <errno.h>

/* Quotes of both kinds, a backslash, a tab, a NUL, invalid UTF-8 (a lone continuation byte, a
 * truncated sequence, 0xFF) and valid UTF-8 that stays as it is. */
static const char STORY[] = "\"We cut 1,200 jobs,\" said Ana Lo\xcc\x81pez of the \\ council.\t"
                            "Sales rose 40%\0 to \xff\xfe 300 units, \x80 \xe2\x82 up from \xe2\x80\x9c" "250\xe2\x80\x9d.\n";

static cd_doc *story_doc(const char *data, size_t len)
{
    cd_options opt = {.date = "2015-01-07"};
    char err[256] = "";
    cd_doc *doc = NULL;
    assert_int_equal(cd_analyze(data, len, &opt, &doc, err, sizeof err), CD_OK);
    return doc;
}

/* What cd_doc_write_json wrote to a temporary file, read back; its length in *len. */
static char *streamed(const cd_doc *doc, const char *source, size_t *len)
{
    FILE *f = tmpfile();
    assert_non_null(f);
    char err[256] = "unchanged";
    assert_int_equal(cd_doc_write_json(doc, f, source, err, sizeof err), CD_OK);
    assert_string_equal(err, "unchanged"); /* no message on success */
    long size = ftell(f);
    assert_true(size > 0);
    rewind(f);
    char *out = malloc((size_t)size);
    assert_non_null(out);
    assert_int_equal(fread(out, 1, (size_t)size, f), (size_t)size);
    fclose(f);
    *len = (size_t)size;
    return out;
}

static void same_bytes(const cd_doc *doc, const char *source)
{
    char *json = NULL;
    size_t jlen = 0, slen = 0;
    assert_int_equal(cd_doc_to_json(doc, source, &json, &jlen), CD_OK);
    char *out = streamed(doc, source, &slen);
    assert_int_equal(slen, jlen);
    assert_memory_equal(out, json, jlen);
    free(out);
    free(json);
}

static void test_same_bytes_as_to_json(void **state)
{
    (void)state;
    cd_doc *doc = story_doc(STORY, sizeof STORY - 1);
    const cd_finding *nul = find_finding(doc, "nul-byte"), *bad = find_finding(doc, "invalid-utf8");
    assert_non_null(nul);
    assert_int_equal(nul->span.start, 70);
    assert_non_null(bad);
    assert_int_equal(bad->span.start, 75);
    same_bytes(doc, NULL);
    same_bytes(doc, "desk/a \"b\"\\c\n\xff.txt");
    /* "source" is the first key, escaped, and the record goes on after it */
    size_t len;
    char *out = streamed(doc, "a \"b\"\n.txt", &len);
    static const char head[] = "{\"source\":\"a \\\"b\\\"\\n.txt\",\"version\":";
    assert_memory_equal(out, head, sizeof head - 1);
    assert_int_equal(out[len - 1], '}');
    /* the invalid bytes became U+FFFD and the NUL \u0000: the stream is valid UTF-8 JSON */
    static const char escaped[] = "40%\\u0000 to \xef\xbf\xbd\xef\xbf\xbd 300";
    assert_non_null(memmem(out, len, escaped, sizeof escaped - 1));
    free(out);
    cd_doc_free(doc);
}

/* A record far beyond the writer's 64 KB buffer, with a string longer than it (one 150 KB
 * sentence, written straight to the file): still the same bytes. */
static void test_large_record_and_long_string(void **state)
{
    (void)state;
    size_t n = 30000, len = 0;
    char *text = malloc(n * 5 + 64);
    assert_non_null(text);
    for (size_t i = 0; i < n; i++) memcpy(text + 5 * i, i % 7 ? "word " : "22 a ", 5);
    len = n * 5;
    memcpy(text + len, "rose 40% to 300.\n", 17);
    len += 17;
    cd_doc *doc = story_doc(text, len);
    size_t ns;
    const cd_sentence *s = cd_doc_sentences(doc, &ns);
    assert_true(ns >= 1);
    assert_true(s[0].span.stop - s[0].span.start > 65536);
    same_bytes(doc, NULL);
    same_bytes(doc, "long.txt");
    cd_doc_free(doc);
    free(text);
}

/* A full disk: the error and its reason, whether the JSON fails mid-way (a large record) or only
 * when flushed (a small one, which fits the buffers). */
static void test_dev_full(void **state)
{
    (void)state;
    cd_doc *small = story_doc(STORY, sizeof STORY - 1);
    size_t n = 40000;
    char *text = malloc(n * 5);
    assert_non_null(text);
    for (size_t i = 0; i < n; i++) memcpy(text + 5 * i, "1 22 ", 5);
    cd_doc *large = story_doc(text, n * 5);
    cd_doc *docs[] = {small, large};
    for (int i = 0; i < 2; i++) {
        FILE *f = fopen("/dev/full", "w");
        if (!f) skip();
        char err[256] = "";
        errno = 0;
        assert_int_equal(cd_doc_write_json(docs[i], f, "story.txt", err, sizeof err), CD_ERR_IO);
        assert_int_equal(errno, ENOSPC);
        assert_string_equal(err, "No space left on device");
        fclose(f);
    }
    /* a file open for reading only cannot be written either */
    FILE *r = fopen("/dev/null", "r");
    assert_non_null(r);
    char err[256] = "";
    assert_int_equal(cd_doc_write_json(small, r, NULL, err, sizeof err), CD_ERR_IO);
    assert_string_equal(err, "Bad file descriptor");
    fclose(r);
    cd_doc_free(small);
    cd_doc_free(large);
    free(text);
}

/* What cd_doc_write_json_marked wrote, as a NUL-terminated string. */
static char *streamed_marked(const cd_doc *doc, const cd_json_mark *const *marks, size_t n)
{
    FILE *f = tmpfile();
    assert_non_null(f);
    char err[64] = "";
    assert_int_equal(cd_doc_write_json_marked(doc, f, "s.txt", marks, n, err, sizeof err), CD_OK);
    long size = ftell(f);
    rewind(f);
    char *out = calloc(1, (size_t)size + 1);
    assert_non_null(out);
    assert_int_equal(fread(out, 1, (size_t)size, f), (size_t)size);
    fclose(f);
    return out;
}

/* A marked claim gets "verified" as its last key, its strings escaped like any other; the other
 * claim and the rest of the record are cd_doc_to_json's bytes. */
static void test_marked_claims(void **state)
{
    (void)state;
    static const char text[] = "Sales rose 40% in 2019 to $3 million.";
    cd_doc *doc = story_doc(text, sizeof text - 1);
    size_t n = 0;
    const cd_claim *c = cd_doc_claims(doc, &n);
    assert_int_equal(n, 2);
    assert_int_equal(c[1].span.start, 18); /* "2019", the time claim, is the second */
    char *json = NULL;
    assert_int_equal(cd_doc_to_json(doc, "s.txt", &json, NULL), CD_OK);
    const char *end = strstr(json, "\"relative\":false}"); /* the end of the second claim */
    assert_non_null(end);
    end += strlen("\"relative\":false");
    const char mark_json[] = ",\"verified\":{\"note\":\"tape \\\"B\\\"\\t\xef\xbf\xbd\",\"who\":\"\",\"when\":\"2026-01-02\"}";
    char want[4096];
    snprintf(want, sizeof want, "%.*s%s%s", (int)(end - json), json, mark_json, end);

    const cd_json_mark m = {"tape \"B\"\t\xff", NULL, "2026-01-02"};
    const cd_json_mark *marks[] = {NULL, &m};
    char *out = streamed_marked(doc, marks, 2);
    assert_string_equal(out, want);
    free(out);
    out = streamed_marked(doc, marks, 1); /* the mark past nmarks is not read */
    assert_string_equal(out, json);
    free(out);
    free(json);
    cd_doc_free(doc);
}

/* The keys cd_doc_emit gives a sink, one per line: what the JSON's keys must be, in order. */
static int no_op(void *ud)
{
    (void)ud;
    return 0;
}
static int no_string(void *ud, const char *s, size_t len)
{
    (void)ud, (void)s, (void)len;
    return 0;
}
static int no_number(void *ud, double v)
{
    (void)ud, (void)v;
    return 0;
}
static int no_integer(void *ud, long long v)
{
    (void)ud, (void)v;
    return 0;
}
static int no_boolean(void *ud, int b)
{
    (void)ud, (void)b;
    return 0;
}
static int log_key(void *ud, const char *key)
{
    char *log = ud;
    strcat(log, key);
    strcat(log, "\n");
    return 0;
}

/* The keys of a JSON text, one per line: the strings that a ':' follows. */
static void json_keys(const char *json, char *log)
{
    const char *start = NULL;
    for (const char *p = json; *p; p++) {
        if (!start) {
            if (*p == '"') start = p + 1;
            continue;
        }
        if (*p == '\\') {
            p++;
            continue;
        }
        if (*p != '"') continue;
        if (p[1] == ':') {
            strncat(log, start, (size_t)(p - start));
            strcat(log, "\n");
        }
        start = NULL;
    }
}

/* The JSON writer keeps each key's text from its first time (j_key): every key it writes is the
 * one the record gives, in order, through items of several shapes. */
static void test_keys_as_the_record_gives_them(void **state)
{
    (void)state;
    static const char text[] = "Ferry fares in Port Ellwyn rose 12% to $48 on Monday, the harbour board said. "
                               "\"We had no choice,\" said Mara Quill, its chair. Revenue fell from 3.1 million "
                               "to 2.6 million pounds last year, and Quill said fares would rise again in 2027.";
    cd_doc *doc = story_doc(text, sizeof text - 1);
    static char want[1 << 16], got[1 << 16];
    want[0] = got[0] = 0;
    const cd_sink keys = {no_op, no_op, no_op, no_op, log_key, no_string, no_number, no_integer, no_boolean};
    assert_int_equal(cd_doc_emit(doc, &keys, want), 0);
    char *json = NULL;
    assert_int_equal(cd_doc_to_json(doc, NULL, &json, NULL), CD_OK);
    json_keys(json, got);
    assert_true(strlen(want) > 1000); /* many records, each of many keys */
    assert_non_null(strstr(want, "\ndirection\n"));
    assert_non_null(strstr(want, "\nspeaker\n"));
    assert_string_equal(got, want);
    free(json);
    cd_doc_free(doc);
}

/* Integers are written as "%lld" writes them (put_integer, two digits at a time): a span far into
 * a text, and every integer value of the record read back and printed again. */
static void test_integers_as_printf(void **state)
{
    (void)state;
    static char text[24100];
    text[0] = 0;
    for (int i = 0; i < 2000; i++) strcat(text, "Sales fell. "); /* 12 bytes each */
    strcat(text, "Fares rose 12% in May.");
    cd_doc *doc = story_doc(text, strlen(text));
    char *json = NULL;
    assert_int_equal(cd_doc_to_json(doc, NULL, &json, NULL), CD_OK);
    assert_non_null(strstr(json, "{\"text\":\"12%\",\"start\":24012,\"stop\":24014,\"line\":1,\"col\":24012,"));
    size_t checked = 0;
    for (const char *p = strstr(json, "\":"); p; p = strstr(p + 1, "\":")) {
        const char *v = p + 2;
        if (!(*v == '-' || (*v >= '0' && *v <= '9'))) continue;
        char *end = NULL, again[32];
        long long n = strtoll(v, &end, 10);
        if (*end == '.' || *end == 'e') continue; /* a fraction: no integer */
        snprintf(again, sizeof again, "%lld", n);
        assert_memory_equal(v, again, strlen(again));
        assert_int_equal((size_t)(end - v), strlen(again));
        checked++;
    }
    assert_true(checked > 8000); /* four a span, of 2000 sentences and more */
    free(json);
    cd_doc_free(doc);
}

static void test_null_arguments(void **state)
{
    (void)state;
    cd_doc *doc = story_doc(STORY, sizeof STORY - 1);
    char err[64] = "";
    assert_int_equal(cd_doc_write_json(NULL, stdout, NULL, err, sizeof err), CD_ERR_ARG);
    assert_string_equal(err, "no document");
    assert_int_equal(cd_doc_write_json(doc, NULL, NULL, err, sizeof err), CD_ERR_ARG);
    assert_string_equal(err, "no file");
    assert_int_equal(cd_doc_write_json(doc, NULL, NULL, NULL, 0), CD_ERR_ARG); /* no message buffer */
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_bytes_as_to_json), cmocka_unit_test(test_large_record_and_long_string),
        cmocka_unit_test(test_dev_full), cmocka_unit_test(test_null_arguments),
        cmocka_unit_test(test_marked_claims), cmocka_unit_test(test_keys_as_the_record_gives_them),
        cmocka_unit_test(test_integers_as_printf)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
