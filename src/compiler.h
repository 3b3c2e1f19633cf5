/* Compiler hints in one place. The library is C11 and builds with any C11 compiler; gcc and clang
 * (the GNU C dialect) get the hints, others get plain C with the same meaning. */
#ifndef CD_COMPILER_H
#define CD_COMPILER_H

#include <stdint.h>

#if defined(__GNUC__)
#define CD_NOINLINE __attribute__((noinline))
#define CD_COLD __attribute__((noinline, cold))            /* out of line, laid out away from hot code */
#define CD_ALWAYS_INLINE __attribute__((always_inline)) inline
#define CD_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#define CD_PREFETCH(p) __builtin_prefetch(p)
#define CD_LITERAL_LEN_DIFFERS(s, n) (__builtin_constant_p(__builtin_strlen(s)) && (n) != __builtin_strlen(s))
#define CD_LIKELY(x) __builtin_expect(!!(x), 1) /* the path a hot loop should fall through to */
#else
#define CD_NOINLINE
#define CD_COLD
#define CD_ALWAYS_INLINE inline
#define CD_PRINTF(fmt, args)
#define CD_PREFETCH(p) ((void)(p))
#define CD_LITERAL_LEN_DIFFERS(s, n) 0
#define CD_LIKELY(x) (x)
#endif

/* The lowest set bit's place; x must not be 0. Macros under GNU C: as inline functions the
 * tokenizer's hot loop (text.c look_ahead, read_plain_tokens) came out otherwise: gcc 12 ran 1.5%
 * more instructions over 2 MB of news, the same builtins called through a function. */
#if defined(__GNUC__)
#define cd_ctz32(x) ((unsigned)__builtin_ctz(x))
#define cd_ctz64(x) ((unsigned)__builtin_ctzll(x))
#else
static inline unsigned cd_ctz32(uint32_t x)
{
    unsigned k = 0;
    while (!(x >> k & 1)) k++;
    return k;
}

static inline unsigned cd_ctz64(uint64_t x)
{
    unsigned k = 0;
    while (!(x >> k & 1)) k++;
    return k;
}
#endif

#endif
