/* The JSON sink: always valid UTF-8 JSON, invalid input bytes become U+FFFD. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "sink_keys.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* A key as it goes into the text, `"key":`, kept in its slot of the key cache (sink_keys.h) from
 * its first time, where j_key measured and copied it byte by byte each time. */
#define KEY_TEXT 24 /* a key of up to 21 bytes; a longer one is written as before */
typedef struct jkey {
    size_t len; /* of text */
    char text[KEY_TEXT];
} jkey;

/* The byte sink of the serializer: a buffer that either grows to hold the whole text
 * (cd_doc_to_json) or, with f set, is drained to the file whenever it fills (cd_doc_write_json), so
 * that a file's JSON never sits whole in memory. Everything above jroom / jput / jputc is the one
 * serializer both share. */
typedef struct jbuf {
    char *p;
    size_t len, cap;
    FILE *f;            /* the file the bytes go to, or NULL: all of them stay in p */
    cd_status status;   /* why a write stopped, when it is not memory (CD_ERR_IO) */
    int error;          /* the errno of a failed write */
    const char *source; /* written as the first key of the outermost object, then NULL */
    int need_comma[256]; /* per nesting level: a value was already written */
    int depth;
    int after_key;
    /* cd_doc_write_json_marked: marks[i] (i < nmarks, may be NULL) is written into claim i as its
     * last key; claims_depth is the depth of the top-level "claims" array while it is open (0 when
     * not), claim the index of the next claim object in it. */
    const cd_json_mark *const *marks;
    size_t nmarks, claim;
    int claims_depth, claims_next;
    cd_key_cache cached;     /* j_key's: which key each of keys holds */
    jkey keys[CD_KEY_SLOTS];
} jbuf;

/* The size of the file writer's buffer; a piece at least this long goes to the file directly. */
#define JCHUNK ((size_t)1 << 16)

/* Writes n bytes to the file; on a failure keeps why (errno) for the caller's message. */
static int jwrite(jbuf *b, const char *s, size_t n)
{
    errno = 0;
    if (n && fwrite(s, 1, n, b->f) != n) {
        b->error = errno ? errno : EIO;
        b->status = CD_ERR_IO;
        return CD_ERR_IO;
    }
    return 0;
}

/* Writes the buffered bytes to the file and empties the buffer. */
static int jflush(jbuf *b)
{
    if (jwrite(b, b->p, b->len)) return CD_ERR_IO;
    b->len = 0;
    return 0;
}

/* Out of line and cold: the serializer's pieces stay small enough to be inlined where they are used
 * (a byte, a key), as they were before the buffer could drain to a file. */
#define SLOW_PATH CD_COLD

/* jroom's slow path: drains a file writer's buffer, else (or when n does not fit even then) grows
 * the buffer. */
SLOW_PATH static int jmore(jbuf *b, size_t n)
{
    if (b->f) {
        if (jflush(b)) return CD_ERR_IO;
        if (n + 1 <= b->cap) return 0;
    }
    size_t cap = b->cap ? b->cap : 4096;
    while (b->len + n + 1 > cap) cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) return CD_ERR_NOMEM;
    b->p = p;
    b->cap = cap;
    return 0;
}

/* Makes room for n more bytes and the NUL that cd_doc_to_json ends the text with. */
static int jroom(jbuf *b, size_t n)
{
    if (b->len + n + 1 <= b->cap) return 0;
    return jmore(b, n);
}

/* jput's slow path for a file writer: a piece at least as long as the buffer (a 50 MB line's text)
 * goes straight to the file. */
SLOW_PATH static int jput_direct(jbuf *b, const char *s, size_t n)
{
    return jflush(b) || jwrite(b, s, n) ? CD_ERR_IO : 0;
}

static int jput(jbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        if (b->f && n >= JCHUNK) return jput_direct(b, s, n);
        if (jmore(b, n)) return CD_ERR_NOMEM;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    return 0;
}

/* One byte (a quote, a comma, a bracket: most of the pieces), without a call to memcpy. */
static int jputc(jbuf *b, char c)
{
    if (jroom(b, 1)) return CD_ERR_NOMEM;
    b->p[b->len++] = c;
    return 0;
}

static int jstring(jbuf *b, const char *s, size_t n);

/* "source" and its value, the first key of the outermost object (just opened). */
SLOW_PATH static int put_source(jbuf *b)
{
    const char *source = b->source;
    b->source = NULL;
    if (jput(b, "\"source\":", 9) || jstring(b, source, strlen(source))) return CD_ERR_NOMEM;
    b->need_comma[b->depth] = 1;
    return 0;
}

/* Writes the separator a new value needs at this level. */
static int sep(jbuf *b)
{
    if (b->after_key) {
        b->after_key = 0;
        return 0;
    }
    if (b->need_comma[b->depth] && jputc(b, ',')) return CD_ERR_NOMEM;
    b->need_comma[b->depth] = 1;
    return 0;
}

static int open_(jbuf *b, char c)
{
    if (sep(b) || jputc(b, c)) return CD_ERR_NOMEM;
    if (b->depth + 1 >= (int)(sizeof b->need_comma / sizeof *b->need_comma)) return CD_ERR_ARG;
    b->need_comma[++b->depth] = 0;
    return b->source ? put_source(b) : 0;
}

static int close_(jbuf *b, char c)
{
    b->depth--;
    return jputc(b, c);
}

static int j_key(void *ud, const char *key);

/* `"verified":{"note":…,"who":…,"when":…}`, the last key of a marked claim: the bytes the Lua
 * splice (verified.json_add) used to insert into the finished text, now written in stream. */
SLOW_PATH static int put_mark(jbuf *b, const cd_json_mark *m)
{
    const char *v[3] = {m->note ? m->note : "", m->who ? m->who : "", m->when ? m->when : ""};
    static const char *const keys[3] = {"note", "who", "when"};
    if (j_key(b, "verified") || open_(b, '{')) return CD_ERR_NOMEM;
    for (int i = 0; i < 3; i++)
        if (j_key(b, keys[i]) || sep(b) || jstring(b, v[i], strlen(v[i]))) return CD_ERR_NOMEM;
    return close_(b, '}');
}

/* Only with marks: follows the nesting to know when an object is a claim of the top-level array. */
static int j_begin_object(void *ud)
{
    jbuf *b = ud;
    if (b->marks && b->claims_depth && b->depth == b->claims_depth) b->claim++;
    return open_(b, '{');
}

static int j_end_object(void *ud)
{
    jbuf *b = ud;
    if (b->marks && b->claims_depth && b->depth == b->claims_depth + 1 && b->claim - 1 < b->nmarks &&
        b->marks[b->claim - 1]) {
        int st = put_mark(b, b->marks[b->claim - 1]);
        if (st) return st;
    }
    return close_(b, '}');
}

static int j_begin_array(void *ud)
{
    jbuf *b = ud;
    if (b->claims_next) {
        b->claims_next = 0;
        b->claims_depth = b->depth + 1;
    }
    return open_(b, '[');
}

static int j_end_array(void *ud)
{
    jbuf *b = ud;
    if (b->depth == b->claims_depth) b->claims_depth = 0;
    return close_(b, ']');
}

/* Whether byte c is written as is by jstring without a second look: printable ASCII but '"' and
 * '\\'. */
static int plain_byte(unsigned char c)
{
    return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
}

/* How many bytes of u[0..n) from the start are plain_byte ones: 16 at a time with SSE2 (every
 * x86-64; a byte of 0x80 or more is below 0x20 as a signed byte), the rest one by one. The text
 * of a record is mostly such bytes, which jstring's walk took one at a time. */
static size_t plain_run(const unsigned char *u, size_t n)
{
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i low = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7F);
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
        __m128i odd = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(v, low), _mm_cmpeq_epi8(v, del)),
                                   _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
        if (_mm_movemask_epi8(odd)) break;
    }
#endif
    while (i < n && plain_byte(u[i])) i++;
    return i;
}

static int jstring(jbuf *b, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (jputc(b, '"')) return CD_ERR_NOMEM;
    size_t run = 0; /* bytes copied verbatim in one go */
    for (size_t i = 0; i < n;) {
        size_t plain = plain_run(u + i, n - i);
        i += plain;
        run += plain;
        if (i >= n) break;
        unsigned char c = u[i];
        const char *esc = NULL;
        char tmp[8];
        size_t len = 1;
        if (c >= 0x80) {
            uint32_t cp;
            int l = cd_utf8_decode(u, n, i, &cp);
            if (l) {
                i += (size_t)l;
                run += (size_t)l;
                continue;
            }
            esc = "\xEF\xBF\xBD";
        } else if (c == '"') esc = "\\\"";
        else if (c == '\\') esc = "\\\\";
        else if (c == '\n') esc = "\\n";
        else if (c == '\t') esc = "\\t";
        else if (c == '\r') esc = "\\r";
        else if (c < 0x20 || c == 0x7F) {
            snprintf(tmp, sizeof tmp, "\\u%04x", c);
            esc = tmp;
        }
        if (esc) {
            if (jput(b, s + i - run, run) || jput(b, esc, strlen(esc))) return CD_ERR_NOMEM;
            run = 0;
        } else {
            run += len;
        }
        i += len;
    }
    if (jput(b, s + n - run, run) || jputc(b, '"')) return CD_ERR_NOMEM;
    return 0;
}

/* A key not in its slot: written byte by byte (escaped where it must be), and kept in the slot
 * when it is plain and short. */
SLOW_PATH static int new_key(jbuf *b, const char *key, size_t k)
{
    size_t n = strlen(key);
    if (sep(b) || jroom(b, n + 3)) return CD_ERR_NOMEM;
    /* "key": straight into the buffer while its bytes are plain (record.c's keys are), with no
     * copy through a scratch buffer; else jstring escapes it */
    char *p = b->p + b->len;
    size_t i = 0;
    while (i < n && plain_byte((unsigned char)key[i])) p[1 + i] = key[i], i++;
    if (i == n) {
        p[0] = '"';
        p[n + 1] = '"';
        p[n + 2] = ':';
        b->len += n + 3;
        if (n + 3 <= KEY_TEXT) {
            memcpy(b->keys[k].text, p, n + 3);
            b->keys[k].len = n + 3;
            b->cached.key[k] = key;
        }
    } else if (jstring(b, key, n) || jputc(b, ':')) {
        return CD_ERR_NOMEM;
    }
    b->after_key = 1;
    return 0;
}

static int j_key(void *ud, const char *key)
{
    jbuf *b = ud;
    b->claims_next = b->marks && b->depth == 1 && !strcmp(key, "claims");
    size_t k;
    if (!cd_key_cached(&b->cached, key, &k)) return new_key(b, key, k);
    if (sep(b) || jroom(b, KEY_TEXT)) return CD_ERR_NOMEM;
    /* the whole slot, one fixed-size copy: the bytes past the key's are written over next */
    memcpy(b->p + b->len, b->keys[k].text, KEY_TEXT);
    b->len += b->keys[k].len;
    b->after_key = 1;
    return 0;
}

static int j_string(void *ud, const char *s, size_t n)
{
    return sep(ud) || jstring(ud, s, n) ? CD_ERR_NOMEM : 0;
}

/* Writes v in decimal as "%lld" does, straight into the buffer: its digits counted first (against
 * powers of ten), then written from the last, two at a time from a table. By hand: the record has four integers a span,
 * and snprintf's machinery cost some 400 instructions each, a digit at a time still 90. */
static int put_integer(jbuf *b, long long v)
{
    static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                "8081828384858687888990919293949596979899";
    if (jroom(b, 21)) return CD_ERR_NOMEM; /* 20 digits and a sign at most */
    char *p = b->p + b->len;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    if (v < 0) *p++ = '-';
    static const unsigned long long tens[19] = {
        10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull, 100000000ull, 1000000000ull,
        10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull, 100000000000000ull,
        1000000000000000ull, 10000000000000000ull, 100000000000000000ull, 1000000000000000000ull,
        10000000000000000000ull};
    size_t n = 1; /* digits: a comparison each, where a division each cost more than the writing */
    while (n < 20 && u >= tens[n - 1]) n++;
    char *end = p + n;
    for (; u >= 100; u /= 100) {
        end -= 2;
        memcpy(end, pairs + 2 * (u % 100), 2);
    }
    if (u >= 10) memcpy(end - 2, pairs + 2 * u, 2);
    else end[-1] = (char)('0' + u);
    b->len = (size_t)(p + n - b->p);
    return 0;
}

/* Writes the 15 digits of r (10^14 <= r < 10^15, the value r * 10^(x - 14)) as %.15g does for an
 * exponent x in -4..14: fixed notation, trailing zeros of the fraction dropped. Returns the length. */
static size_t fixed_g15(int negative, unsigned long long r, int x, char *out)
{
    char digits[15];
    for (int i = 14; i >= 0; i--, r /= 10) digits[i] = (char)('0' + r % 10);
    int last = 14; /* the last digit kept: no trailing zero after the point */
    while (last > (x > 0 ? x : 0) && digits[last] == '0') last--;
    size_t o = 0;
    if (negative) out[o++] = '-';
    if (x < 0) {
        out[o++] = '0';
        out[o++] = '.';
        for (int z = -1; z > x; z--) out[o++] = '0';
        memcpy(out + o, digits, (size_t)last + 1);
        return o + (size_t)last + 1;
    }
    memcpy(out + o, digits, (size_t)x + 1);
    o += (size_t)x + 1;
    if (last > x) {
        out[o++] = '.';
        memcpy(out + o, digits + x + 1, (size_t)(last - x));
        o += (size_t)(last - x);
    }
    return o;
}

/* Writes v as snprintf's "%.15g" does (the same bytes), for |v| in [1e-4, 1e15) when the rounding
 * to 15 digits is sure; returns the length, or 0 and writes nothing the caller keeps (snprintf
 * then does it: a tie too close to call, another range, or no 64-bit long double). snprintf's
 * exact conversion cost more than the rest of a number's record. The scaled value a * 10^k is
 * within 2^-14 of the exact one (a 64-bit mantissa, below 2^50): the rounding is the exact one's
 * whenever the fraction is farther than 2^-12 from one half. cd_json_format_double's test compares
 * it with snprintf's. */
size_t cd_json_format_double(double v, char *out)
{
#if defined(LDBL_MANT_DIG) && LDBL_MANT_DIG >= 64
    static const long double pow10[19] = {1e0L,  1e1L,  1e2L,  1e3L,  1e4L,  1e5L,  1e6L,
                                          1e7L,  1e8L,  1e9L,  1e10L, 1e11L, 1e12L, 1e13L,
                                          1e14L, 1e15L, 1e16L, 1e17L, 1e18L};
    static const double at_least[19] = {1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1,  1e2,  1e3,  1e4, 1e5,
                                        1e6,  1e7,  1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14};
    double a = v < 0 ? -v : v;
    if (!(a >= 1e-4 && a < 1e15)) return 0;
    int x = 14; /* the decimal exponent, 10^x <= a (checked on the scaled value below) */
    while (x > -4 && a < at_least[x + 4]) x--;
    long double s = (long double)a * pow10[14 - x];
    if (s < 1e14L || s >= 1e15L) return 0;
    long double whole = floorl(s), frac = s - whole;
    if (frac > 0.5L - 0x1p-12L && frac < 0.5L + 0x1p-12L) return 0;
    unsigned long long r = (unsigned long long)whole + (frac > 0.5L);
    if (r >= 1000000000000000ull) return 0; /* rounded up to the next power of ten */
    return fixed_g15(v < 0, r, x, out);
#else
    (void)v, (void)out;
    return 0;
#endif
}

static int j_number(void *ud, double v)
{
    char tmp[64];
    /* range first: converting an out-of-range double to an integer is undefined */
    if (v > -1e15 && v < 1e15 && v == (double)(long long)v) return sep(ud) || put_integer(ud, (long long)v) ? CD_ERR_NOMEM : 0;
    size_t n = cd_json_format_double(v, tmp);
    if (!n) {
        snprintf(tmp, sizeof tmp, "%.15g", v);
        n = strlen(tmp);
    }
    return sep(ud) || jput(ud, tmp, n) ? CD_ERR_NOMEM : 0;
}

static int j_integer(void *ud, long long v)
{
    return sep(ud) || put_integer(ud, v) ? CD_ERR_NOMEM : 0;
}

static int j_boolean(void *ud, int v)
{
    return sep(ud) || jput(ud, v ? "true" : "false", v ? 4 : 5) ? CD_ERR_NOMEM : 0;
}

static const cd_sink json_sink = {j_begin_object, j_end_object, j_begin_array, j_end_array,
                                  j_key,          j_string,     j_number,      j_integer,
                                  j_boolean};

/* Walks the record into b; the status of the walk (CD_ERR_IO when a write failed). */
static cd_status emit_json(const cd_doc *doc, jbuf *b, const char *source)
{
    b->source = source;
    int rc = cd_doc_emit(doc, &json_sink, b);
    if (!rc) return CD_OK;
    if (b->status) return b->status;
    return rc == CD_ERR_ARG ? CD_ERR_ARG : CD_ERR_NOMEM;
}

cd_status cd_doc_to_json(const cd_doc *doc, const char *source, char **out, size_t *outlen)
{
    if (!doc || !out) return CD_ERR_ARG;
    jbuf *b = calloc(1, sizeof *b);
    if (!b) return CD_ERR_NOMEM;
    cd_status st = emit_json(doc, b, source);
    if (st) {
        free(b->p);
        free(b);
        return st;
    }
    if (b->p) b->p[b->len] = 0; /* jroom kept a byte for it */
    *out = b->p;
    if (outlen) *outlen = b->len;
    free(b);
    return CD_OK;
}

static cd_status write_failed(cd_status st, const char *why, char *err, size_t errlen)
{
    if (err && errlen) snprintf(err, errlen, "%s", why);
    return st;
}

cd_status cd_doc_write_json(const cd_doc *doc, FILE *f, const char *source, char *err, size_t errlen)
{
    return cd_doc_write_json_marked(doc, f, source, NULL, 0, err, errlen);
}

cd_status cd_doc_write_json_marked(const cd_doc *doc, FILE *f, const char *source,
                                   const cd_json_mark *const *marks, size_t nmarks, char *err, size_t errlen)
{
    if (!doc || !f) return write_failed(CD_ERR_ARG, !doc ? "no document" : "no file", err, errlen);
    jbuf *b = calloc(1, sizeof *b);
    char *p = malloc(JCHUNK);
    if (!b || !p) {
        free(b);
        free(p);
        return write_failed(CD_ERR_NOMEM, "out of memory", err, errlen);
    }
    b->p = p;
    b->cap = JCHUNK;
    b->f = f;
    b->marks = nmarks ? marks : NULL;
    b->nmarks = nmarks;
    cd_status st = emit_json(doc, b, source);
    if (!st && !jflush(b)) {
        errno = 0;
        if (fflush(f) != 0) b->error = errno ? errno : EIO;
    }
    if (b->error) st = CD_ERR_IO;
    if (st == CD_ERR_IO) write_failed(st, strerror(b->error), err, errlen);
    else if (st) write_failed(st, st == CD_ERR_ARG ? "the record is nested too deeply" : "out of memory", err, errlen);
    int error = b->error;
    free(b->p);
    free(b);
    if (st == CD_ERR_IO) errno = error;
    return st;
}
