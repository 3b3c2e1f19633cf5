/* cd_analyze_file: a story read from a file gives the document cd_analyze gives its bytes; a file
 * that cannot be read gives CD_ERR_IO and "PATH: why". */
#include "helpers.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define STORY "The council cut 1,200 jobs on Tuesday, Jan. 5, 2015.\n"

/* A new file in /tmp holding len bytes of data; its path is written to path (malloc'd). */
static char *temp_file(const char *data, size_t len)
{
    char *path = strdup("/tmp/cd_test_file_XXXXXX");
    assert_non_null(path);
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, data, len), (ssize_t)len);
    close(fd);
    return path;
}

static char *json_of(const cd_doc *doc, size_t *len)
{
    char *json = NULL;
    assert_int_equal(cd_doc_to_json(doc, NULL, &json, len), CD_OK);
    return json;
}

/* The file's document: its record is byte for byte the one cd_analyze makes of the same bytes, and
 * its source is those bytes, followed by a NUL. */
static cd_doc *same_as_analyze(const char *data, size_t len, const cd_options *opt)
{
    char *path = temp_file(data, len);
    char err[256] = "";
    cd_doc *from_file = NULL, *from_memory = NULL;
    assert_int_equal(cd_analyze_file(path, opt, &from_file, err, sizeof err), CD_OK);
    assert_int_equal(cd_analyze(data, len, opt, &from_memory, err, sizeof err), CD_OK);
    size_t flen, mlen, slen;
    char *fjson = json_of(from_file, &flen), *mjson = json_of(from_memory, &mlen);
    assert_int_equal(flen, mlen);
    assert_memory_equal(fjson, mjson, flen);
    const char *src = cd_doc_source(from_file, &slen);
    assert_int_equal(slen, len);
    if (len) assert_memory_equal(src, data, len);
    assert_int_equal(src[len], 0);
    free(fjson);
    free(mjson);
    cd_doc_free(from_memory);
    unlink(path);
    free(path);
    return from_file;
}

static void test_same_record_and_offsets(void **state)
{
    (void)state;
    cd_options opt = {.date = "2015-01-07"};
    cd_doc *doc = same_as_analyze(STORY, strlen(STORY), &opt);
    const cd_number *num = find_number(doc, "1,200");
    assert_non_null(num);
    assert_int_equal(num->span.start, 16);
    assert_int_equal(num->span.stop, 21);
    assert_int_equal(num->value, 1200);
    const cd_finding *f = find_finding(doc, "weekday-mismatch");
    assert_non_null(f); /* January 5, 2015 was a Monday */
    assert_int_equal(f->span.start, 30);
    cd_doc_free(doc);
}

static void test_nul_and_invalid_utf8(void **state)
{
    (void)state;
    static const char data[] = "Sales rose 40%\0 to \xff\xfe 300 units.\n";
    cd_doc *doc = same_as_analyze(data, sizeof data - 1, NULL);
    const cd_finding *nul = find_finding(doc, "nul-byte"), *bad = find_finding(doc, "invalid-utf8");
    assert_non_null(nul);
    assert_int_equal(nul->span.start, 14);
    assert_int_equal(nul->span.stop, 15);
    assert_non_null(bad);
    assert_int_equal(bad->span.start, 19);
    assert_int_equal(bad->span.stop, 21);
    cd_doc_free(doc);
}

static void test_empty_file(void **state)
{
    (void)state;
    cd_doc *doc = same_as_analyze("", 0, NULL);
    size_t n;
    cd_doc_claims(doc, &n);
    assert_int_equal(n, 0);
    cd_doc_findings(doc, &n);
    assert_int_equal(n, 0);
    cd_doc_free(doc);
}

/* A file that does not give its size (/proc) is read to its end all the same. */
static void test_unsized_file(void **state)
{
    (void)state;
    char err[256] = "";
    cd_doc *doc = NULL;
    assert_int_equal(cd_analyze_file("/proc/self/status", NULL, &doc, err, sizeof err), CD_OK);
    size_t len;
    const char *src = cd_doc_source(doc, &len);
    assert_true(len > 100);
    assert_memory_equal(src, "Name:", 5);
    assert_int_equal(src[len], 0);
    cd_doc_free(doc);
}

/* A pipe gives no size either: 200,000 bytes written into a FIFO come back whole, past the first
 * buffer and its doublings. */
static void test_pipe_past_first_buffer(void **state)
{
    (void)state;
    enum { SIZE = 200000 };
    static char data[SIZE];
    for (size_t i = 0; i < SIZE; i++) data[i] = i % 61 == 60 ? '\n' : (char)('a' + i % 26);
    char path[] = "/tmp/cd_test_fifo_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    unlink(path);
    assert_int_equal(mkfifo(path, 0600), 0);
    pid_t writer = fork();
    assert_true(writer >= 0);
    if (writer == 0) {
        int out = open(path, O_WRONLY);
        _exit(out >= 0 && write(out, data, SIZE) == SIZE ? 0 : 1);
    }
    char err[256] = "";
    cd_doc *doc = NULL;
    cd_status st = cd_analyze_file(path, NULL, &doc, err, sizeof err);
    int status;
    waitpid(writer, &status, 0);
    unlink(path);
    assert_int_equal(st, CD_OK);
    assert_int_equal(status, 0);
    size_t len;
    const char *src = cd_doc_source(doc, &len);
    assert_int_equal(len, SIZE);
    assert_memory_equal(src, data, SIZE);
    assert_int_equal(src[len], 0);
    cd_doc_free(doc);
}

static void expect_io_error(const char *path, const char *message)
{
    char err[256] = "";
    cd_doc *doc = (cd_doc *)&err; /* must come back NULL */
    assert_int_equal(cd_analyze_file(path, NULL, &doc, err, sizeof err), CD_ERR_IO);
    assert_null(doc);
    assert_string_equal(err, message);
}

static void test_missing_file_and_directory(void **state)
{
    (void)state;
    expect_io_error("/tmp/cd_test_no_such_story.txt", "/tmp/cd_test_no_such_story.txt: No such file or directory");
    expect_io_error("/tmp", "/tmp: Is a directory");
    expect_io_error("", ": No such file or directory");
}

static void test_unreadable_file(void **state)
{
    (void)state;
    if (geteuid() == 0) skip(); /* root reads it all the same */
    char *path = temp_file(STORY, strlen(STORY));
    assert_int_equal(chmod(path, 0), 0);
    char message[256];
    snprintf(message, sizeof message, "%s: Permission denied", path);
    expect_io_error(path, message);
    unlink(path);
    free(path);
}

static void test_null_arguments(void **state)
{
    (void)state;
    char err[256] = "";
    cd_doc *doc = NULL;
    assert_int_equal(cd_analyze_file(NULL, NULL, &doc, err, sizeof err), CD_ERR_ARG);
    assert_string_equal(err, "cd_analyze_file: NULL argument");
    assert_int_equal(cd_analyze_file("/tmp", NULL, NULL, err, sizeof err), CD_ERR_ARG);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_record_and_offsets), cmocka_unit_test(test_nul_and_invalid_utf8),
        cmocka_unit_test(test_empty_file),              cmocka_unit_test(test_unsized_file),
        cmocka_unit_test(test_pipe_past_first_buffer),
        cmocka_unit_test(test_missing_file_and_directory), cmocka_unit_test(test_unreadable_file),
        cmocka_unit_test(test_null_arguments),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
