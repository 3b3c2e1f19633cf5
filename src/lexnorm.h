/* Key normalization shared by the build-time generator (tools/lexgen.c) and the run-time lookup
 * (src/lexicon.c), so that both hash the same bytes. Header-only on purpose. */
#ifndef CD_LEXNORM_H
#define CD_LEXNORM_H

#include <stddef.h>
#include <stdint.h>

/* Writes the normalized form of s[0..n) into out (capacity cap); returns its length, or
 * (size_t)-1 if it does not fit. ASCII folds to lower case, ‘ and ’ become ', and every run of
 * white space (space, tab, CR, LF, NBSP) becomes one space; leading and trailing space is dropped. */
static inline size_t cd_lex_normalize(const char *s, size_t n, char *out, size_t cap)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t o = 0;
    int pending_space = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        int space = (c == ' ' || c == '\t' || c == '\n' || c == '\r');
        if (c == 0xC2 && i + 1 < n && p[i + 1] == 0xA0) {
            space = 1;
            i++;
        }
        if (space) {
            pending_space = o > 0;
            continue;
        }
        if (pending_space) {
            if (o >= cap) return (size_t)-1;
            out[o++] = ' ';
            pending_space = 0;
        }
        if (c == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0x98 || p[i + 2] == 0x99)) {
            c = '\'';
            i += 2;
        } else if (c >= 'A' && c <= 'Z') {
            c = (unsigned char)(c + 32);
        }
        if (o >= cap) return (size_t)-1;
        out[o++] = (char)c;
    }
    return o;
}

/* The bit, of a filter of 64, of a byte that starts a token: ASCII letters in either case share
 * one, so a head's filter of the normalized second tokens of its keys (cd_lexentry.next) can be
 * tested with the raw byte of the text. */
static inline uint64_t cd_lex_next_bit(unsigned char b)
{
    return 1ull << ((b | 0x20) & 63);
}

static inline uint32_t cd_lex_fnv(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

#endif
