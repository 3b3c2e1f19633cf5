/* Reading a story from a file for cd_analyze_file: one read into a buffer of the file's size. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

/* What a file that is not regular (a pipe, a device, /proc) starts with: its size says nothing. */
#define UNSIZED_START ((size_t)1 << 16)

static cd_status fail(int fd, char *buf, const char *path, const char *why, cd_status st, char *err,
                      size_t errlen)
{
    if (fd >= 0) close(fd);
    free(buf);
    if (err && errlen) snprintf(err, errlen, "%s: %s", path, why);
    return st;
}

/* Reads into buf[*len, cap) until it is full or the file ends; 0, or an errno. */
static int fill(int fd, char *buf, size_t cap, size_t *len)
{
    while (*len < cap) {
        ssize_t got = read(fd, buf + *len, cap - *len);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return errno;
        if (got == 0) return 0;
        *len += (size_t)got;
    }
    return 0;
}

/* Whether the file goes on past what was read: one more byte, kept in *extra. */
static int probe(int fd, char *extra, int *error)
{
    for (;;) {
        ssize_t got = read(fd, extra, 1);
        if (got < 0 && errno == EINTR) continue;
        *error = got < 0 ? errno : 0;
        return got > 0;
    }
}

/* A larger buffer for a file that grew or did not say its size, with the probed byte appended. */
static char *grow(char *buf, size_t *cap, size_t *len, char extra)
{
    size_t next = *cap < UNSIZED_START ? UNSIZED_START : *cap * 2;
    if (next > CD_MAX_INPUT) next = CD_MAX_INPUT;
    char *b = realloc(buf, next + 1);
    if (!b) return NULL;
    b[(*len)++] = extra;
    *cap = next;
    return b;
}

cd_status cd_read_file(const char *path, char **out, size_t *outlen, char *err, size_t errlen)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return fail(-1, NULL, path, strerror(errno), CD_ERR_IO, err, errlen);
    struct stat st;
    if (fstat(fd, &st) != 0) return fail(fd, NULL, path, strerror(errno), CD_ERR_IO, err, errlen);
    if (S_ISDIR(st.st_mode)) return fail(fd, NULL, path, strerror(EISDIR), CD_ERR_IO, err, errlen);
    int sized = S_ISREG(st.st_mode) && st.st_size > 0;
    if (sized && (uintmax_t)st.st_size > CD_MAX_INPUT)
        return fail(fd, NULL, path, "too large (over 4 GB)", CD_ERR_TOO_LARGE, err, errlen);
    size_t cap = sized ? (size_t)st.st_size : UNSIZED_START, len = 0;
    char *buf = malloc(cap + 1);
    if (!buf) return fail(fd, NULL, path, "out of memory", CD_ERR_NOMEM, err, errlen);
    for (;;) {
        int error = fill(fd, buf, cap, &len);
        char extra;
        if (!error && len == cap && probe(fd, &extra, &error)) {
            if (cap == CD_MAX_INPUT) return fail(fd, buf, path, "too large (over 4 GB)", CD_ERR_TOO_LARGE, err, errlen);
            char *b = grow(buf, &cap, &len, extra);
            if (!b) return fail(fd, buf, path, "out of memory", CD_ERR_NOMEM, err, errlen);
            buf = b;
            continue;
        }
        if (error) return fail(fd, buf, path, strerror(error), CD_ERR_IO, err, errlen);
        break;
    }
    close(fd);
    buf[len] = 0;
    *out = buf;
    *outlen = len;
    return CD_OK;
}
