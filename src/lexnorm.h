/* Key normalization shared by the build-time generator (tools/lexgen.c) and the run-time lookup
 * (src/lexicon.c), so that both hash the same bytes. Header-only on purpose. */
#ifndef CD_LEXNORM_H
#define CD_LEXNORM_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

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
/* The bits of cd_lex_next_bit that the text's first byte of a token whose normalized form starts
 * with byte b may have: b's, and for an apostrophe that of 0xE2 too, the first byte of ’ and ‘
 * (cd_lex_normalize changes no other byte a token may start with). */
static inline uint64_t cd_lex_next_bits(unsigned char b)
{
    return cd_lex_next_bit(b) | (b == '\'' ? cd_lex_next_bit(0xE2) : 0);
}

/* The bit of a class that shares its mask bit (lexicon.h, lexgen --shared: an id of 64 * k +
 * LX_SHARED_BIT) in the entry's filter of them, cd_lexentry.shared: k modulo 16, so that classes
 * k, k + 16 and k + 32 share a bit. */
static inline uint16_t cd_lex_shared_bit(int cls)
{
    return (uint16_t)(1u << (((unsigned)cls >> 6) & 15));
}

/* The pairs of a phrase's first two tokens (cd_lex_pair_bits, lexicon.h): the bit of the hashes
 * (cd_lex_key_hash) of a key's first token and of its second, when the second is a word of ASCII
 * letters; CD_LEX_ANY_SECOND stands for any other second token. */
#define CD_LEX_PAIR_BITS 65536u
#define CD_LEX_ANY_SECOND 0u
static inline uint32_t cd_lex_pair_bit(uint32_t first, uint32_t second)
{
    uint64_t h = ((uint64_t)first << 32 | second) * 0x9E3779B97F4A7C15u;
    return (uint32_t)(h >> 48); /* 16 bits: CD_LEX_PAIR_BITS */
}

/* The eight bytes at s as a little-endian number, whatever the machine's byte order (the
 * lexicon's keys are compared and hashed a word at a time, and lexgen must agree with the library). */
static inline uint64_t cd_lex_load_le64(const char *s)
{
    uint64_t w;
    memcpy(&w, s, sizeof w);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap64(w);
#endif
    return w;
}

/* The lexicon's hash of a normalized key (the slots of build/gen/lexicon_data.c and cd_token.hash):
 * the key's little-endian words, its last one zero-padded, multiplied in eight bytes per step
 * instead of one (the tokenizer hashes every word), then the length, folded so that the low bits,
 * which pick the slot, depend on every byte. The length comes last: the tokenizer hashes a word's
 * letters before it knows where the word ends. */
#define CD_LEX_KEY_MUL 0x9E3779B97F4A7C15u
static inline uint64_t cd_lex_key_step(uint64_t h, uint64_t word)
{
    return (h ^ word) * CD_LEX_KEY_MUL;
}
static inline uint32_t cd_lex_key_finish(uint64_t h, size_t n)
{
    h += n;
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93u;
    return (uint32_t)(h >> 32);
}
static inline uint32_t cd_lex_key_hash(const char *s, size_t n)
{
    uint64_t h = 0;
    size_t k = 0;
    for (; k + 8 <= n; k += 8) h = cd_lex_key_step(h, cd_lex_load_le64(s + k));
    if (k < n) {
        uint64_t last = 0;
        for (size_t j = 0; k + j < n; j++) last |= (uint64_t)(unsigned char)s[k + j] << (8 * j);
        h = cd_lex_key_step(h, last);
    }
    return cd_lex_key_finish(h, n);
}
/* cd_lex_key_hash of s[0..n) followed by zero bytes up to a multiple of 8 (read a word at a time). */
static inline uint32_t cd_lex_key_hash_padded(const char *s, size_t n)
{
    uint64_t h = 0;
    for (size_t k = 0; k < n; k += 8) h = cd_lex_key_step(h, cd_lex_load_le64(s + k));
    return cd_lex_key_finish(h, n);
}

/* Writes w as eight little-endian bytes at s (cd_lex_load_le64 reads them back). */
static inline void cd_lex_store_le64(char *s, uint64_t w)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap64(w);
#endif
    memcpy(s, &w, sizeof w);
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
