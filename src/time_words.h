/*
 * What the time pass (time.c) reads of each lexicon entry: the roles of its data/time_words.tsv
 * records and their numbers, its month and weekday, which of the words may_begin and
 * may_begin_range compare it is, and may_begin's and may_start's verdicts from the entry alone.
 * It depends on the lexicon alone, so tools/timegen works it out once at build time into
 * build/gen/time_words_data.c (cd_time_words, cd_time_nums), which time.c reads by a token's
 * lex_id; no document fills or clears it.
 */
#ifndef CD_TIME_WORDS_H
#define CD_TIME_WORDS_H

#include <string.h>

#include "internal.h"

/* The roles of data/time_words.tsv (its third column), as ids: the patterns ask for a role at a
 * token millions of times, so the strings are compared once per token, not once per question. */
enum role {
    R_NONE, R_DAY, R_SHIFT, R_UNIT, R_COUNT, R_ORDINAL, R_PART, R_AGO, R_PREP, R_YEARNOUN, R_DECADE,
    R_OPENER
};

static const char *const role_names[] = {"",       "day", "shift", "unit", "count",  "ordinal",
                                         "part",   "ago", "prep",  "yearnoun", "decade", "opener"};

/* The role id of a role name; R_NONE for none. The first two letters pick the candidate. */
static inline int role_of(const char *str)
{
    if (!str || !str[0]) return R_NONE;
    int k;
    switch (str[0] << 8 | str[1]) {
    case 'd' << 8 | 'a': k = R_DAY; break;
    case 's' << 8 | 'h': k = R_SHIFT; break;
    case 'u' << 8 | 'n': k = R_UNIT; break;
    case 'c' << 8 | 'o': k = R_COUNT; break;
    case 'o' << 8 | 'r': k = R_ORDINAL; break;
    case 'p' << 8 | 'a': k = R_PART; break;
    case 'a' << 8 | 'g': k = R_AGO; break;
    case 'p' << 8 | 'r': k = R_PREP; break;
    case 'y' << 8 | 'e': k = R_YEARNOUN; break;
    case 'd' << 8 | 'e': k = R_DECADE; break;
    case 'o' << 8 | 'p': k = R_OPENER; break;
    default: return R_NONE;
    }
    const char *a = str + 2, *b = role_names[k] + 2; /* the rest, compared inline: no call */
    while (*a && *a == *b) a++, b++;
    return *a == *b ? k : R_NONE;
}

/* The words a word's key may be (key_words): "the", one of may_begin's words, a range word, and
 * the words of range_expr. */
enum { KEY_THE = 1, KEY_BEGINS = 2, KEY_RANGE = 4, KEY_BETWEEN = 8, KEY_FROM = 16, KEY_AND = 32, KEY_TO = 64 };

/* What time.c reads of a lexicon entry (cd_time_word_of). */
typedef struct cd_time_word {
    uint16_t roles; /* bit r: the word alone has role r (R_NONE's bit cleared) */
    uint16_t nums;  /* its row of cd_time_nums (0: a row of zeros, for a word of no role) */
    uint8_t key;    /* KEY_* bits: which of the words may_begin and may_begin_range compare it is */
    uint8_t start[2]; /* may_start's verdict (START_*) where the tokenizer saw a phrase start, [1] none */
    int8_t begins;       /* may_begin from the entry alone: 1 yes, 0 no (the text may still say yes), -1 ask */
    int8_t begins_alone; /* the same where no phrase of several tokens starts (entry_verdict) */
    int8_t month, weekday;             /* data/time_months.tsv: its first record's number (0: none);
                                        * data/time_weekdays.tsv: the same (-1: none) */
    uint8_t month_flags, weekday_flags; /* MF_* of those records */
    uint16_t spelled : 1;     /* a number word and nothing else time.c reads (see spelled_leads) */
    uint16_t ordinal : 1;     /* an ordinal and nothing else time.c reads (see ordinal_leads) */
    uint16_t shift : 1;       /* a shift word, perhaps an ordinal, and nothing else (see shift_leads) */
    uint16_t count : 1;       /* a count word and nothing else time.c reads (see W_COUNT) */
    uint16_t lower_month : 1; /* "may", "march": an ambiguous month's name and nothing else (lower_month_leads) */
    uint16_t word_season : 1; /* "fall": a season only after a shift, and nothing else (word_season_leads) */
    uint16_t month_only : 1, weekday_only : 1; /* a month's, a weekday's name and nothing else (W_MONTH, W_WEEKDAY) */
    uint16_t part : 1; /* a part of a period ("end", "early") and nothing else but perhaps a range word
                        * ("later", "earlier": see part_leads) */
    uint16_t num_word : 1; /* of data/num_word.tsv: spelled_read may read a number there (reads_nothing) */
} cd_time_word;

/* By lex_id: [0] the words without an entry, then cd_lex_table's; and the rows of numbers their
 * nums index, by role: the number of the word's first data/time_words.tsv record in each role
 * (build/gen/time_words_data.c). */
extern const cd_time_word cd_time_words[];
extern const double cd_time_nums[][R_OPENER + 1];

/* The record of class cls with the given string (the flag of time.c's month and weekday files). */
static inline const cd_lexrec *rec_with(const cd_lexentry *e, int cls, const char *str)
{
    if (!cd_lex_has_bit(e, cls)) return NULL; /* a class of its own bit (name_entry, time.c); the scan checks */
    for (uint32_t k = 0; k < e->nrec; k++)
        if (e->recs[k].cls == cls && e->recs[k].str && strcmp(e->recs[k].str, str) == 0) return &e->recs[k];
    return NULL;
}

enum { MF_ABBR = 1, MF_AMBIGUOUS = 2, MF_PLURAL = 4 };

/* The flag of a month's or weekday's records (abbr, ambiguous, plural); read once per entry
 * (cd_time_word). */
static inline int lex_flags(const cd_lexentry *e, int cls)
{
    return rec_with(e, cls, "abbr") ? MF_ABBR : rec_with(e, cls, "ambiguous") ? MF_AMBIGUOUS
                                            : rec_with(e, cls, "plural") ? MF_PLURAL : 0;
}

/* The bit of a lower-case letter in a set of first letters. */
#define LETTER(ch) (1u << ((ch) - 'a'))

/* The word lists token i is compared with, each written once: the words, the set of their first
 * letters and the set of their lengths (below 32) follow from it. */
#define MAY_BEGIN_WORDS(X) X(h) X(q) X(w) X(cy) X(week) X(weekend) X(within) X(rest) X(remainder) X(remaining)
#define RANGE_WORDS(X) X(between) X(from) X(after) X(since) X(before) X(later) X(earlier)
#define RANGE_TO_WORDS(X) X(to) X(till) X(until) X(through) X(thru) /* range_connector's */
#define WORD_TEXT(w) #w,
#define WORD_FIRST(w) | LETTER(#w[0])
#define WORD_LEN(w) | (1u << (sizeof #w - 1))
#define WORD_SET(LIST) words, sizeof words / sizeof words[0], 0 LIST(WORD_FIRST), 0 LIST(WORD_LEN)

/* The words of the KEY_* bits. A word's entry key is its text in ASCII lower case (lexicon.h: ’
 * read as ', which none of these words holds), so a token with an entry is one of them exactly when
 * its entry's key is: the key's bits are found once per entry (key_words) and a token's by one
 * table lookup (word_key) instead of comparing its text with each word. */
typedef struct key_word {
    const char *text;
    uint32_t len;
    unsigned bit;
} key_word;
#define KEY_BEGINS_WORD(w) {#w, sizeof #w - 1, KEY_BEGINS},
#define KEY_RANGE_WORD(w) {#w, sizeof #w - 1, KEY_RANGE},
#define KEY_TO_WORD(w) {#w, sizeof #w - 1, KEY_TO},
#define KEY_OTHER_WORDS(X) X(the) X(between) X(from) X(and) /* key_table's first row */
static const key_word key_table[] = {
    {"the", 3, KEY_THE}, {"between", 7, KEY_BETWEEN}, {"from", 4, KEY_FROM}, {"and", 3, KEY_AND},
    MAY_BEGIN_WORDS(KEY_BEGINS_WORD) RANGE_WORDS(KEY_RANGE_WORD) RANGE_TO_WORDS(KEY_TO_WORD)
};

/* The first letters and the lengths of key_table's words: most words are ruled out by those. */
#define KEY_LISTS(M) KEY_OTHER_WORDS(M) MAY_BEGIN_WORDS(M) RANGE_WORDS(M) RANGE_TO_WORDS(M)
#define KEY_FIRSTS (0 KEY_LISTS(WORD_FIRST))
#define KEY_LENS (0 KEY_LISTS(WORD_LEN))

static inline unsigned key_words(const cd_lexentry *e)
{
    unsigned bits = 0;
    char first = e->key[0];
    if (e->keylen >= 32 || !(KEY_LENS & (1u << e->keylen)) || first < 'a' || first > 'z' ||
        !(KEY_FIRSTS & LETTER(first)))
        return 0;
    for (size_t k = 0; k < sizeof key_table / sizeof key_table[0]; k++)
        if (key_table[k].len == e->keylen && memcmp(key_table[k].text, e->key, e->keylen) == 0)
            bits |= key_table[k].bit;
    return bits;
}

/* A number word of at least one (a unit, teen or tens word: "two", "twenty") with nothing else
 * time.c reads at a token: no month, weekday, season or holiday, no data/time_words.tsv phrase it
 * heads and no role there but count (roles: its word roles). A count is only read where the
 * number is not (count_at reads the spelled number first, and finds it: the word is one of at
 * least one), so such a word reads as its number alone. */
static inline int spelled_only(const cd_lexentry *e, unsigned roles)
{
    const cd_lexrec *r = cd_lex_rec(e, LX_NUM_WORD);
    const uint64_t names = LXM(LX_TIME_MONTHS) | LXM(LX_TIME_WEEKDAYS) | LXM(LX_TIME_SEASONS);
    if (!r || !r->str || !(r->num >= 1) || (r->str[0] != 'c' && r->str[0] != 't')) return 0;
    return !(e->mask & names) && !((e->mask | e->heads) & LXM(LX_TIME_HOLIDAYS)) &&
           !(e->heads & LXM(LX_TIME_WORDS)) && !(roles & ~(1u << R_COUNT));
}

/* An ordinal word of data/time_words.tsv ("first", "third") with nothing else time.c reads at a
 * token: no other role there, no phrase of it that the word heads, no month, weekday, season or
 * holiday, and no number word that num_word reads (data/num_word.tsv's ordinals, "o", spell no
 * number: spelled_read stops at once) (roles: its word roles). */
static inline int ordinal_only(const cd_lexentry *e, unsigned roles)
{
    const uint64_t names = LXM(LX_TIME_MONTHS) | LXM(LX_TIME_WEEKDAYS) | LXM(LX_TIME_SEASONS);
    const cd_lexrec *r = cd_lex_rec(e, LX_NUM_WORD);
    if (r && r->str && strchr("cths", r->str[0])) return 0;
    return roles == 1u << R_ORDINAL && !(e->mask & names) && !((e->mask | e->heads) & LXM(LX_TIME_HOLIDAYS)) &&
           !(e->heads & LXM(LX_TIME_WORDS));
}

/* A shift word of data/time_words.tsv ("this", "next", "last", "current") with nothing else time.c
 * reads at a token but perhaps an ordinal ("last"): no other role, no month, weekday, season,
 * number word or holiday (roles: its word roles). It may head phrases of data/time_words.tsv ("this
 * morning", "this past"): shift_leads is asked only where none starts. */
static inline int shift_only(const cd_lexentry *e, unsigned roles)
{
    const uint64_t names = LXM(LX_TIME_MONTHS) | LXM(LX_TIME_WEEKDAYS) | LXM(LX_TIME_SEASONS) | LXM(LX_NUM_WORD);
    const unsigned shift = 1u << R_SHIFT, ordinal = 1u << R_ORDINAL;
    return (roles & shift) && !(roles & ~(shift | ordinal)) && !(e->mask & names) &&
           !((e->mask | e->heads) & LXM(LX_TIME_HOLIDAYS));
}

/* A count word of data/time_words.tsv ("a", "an", "few") with nothing else time.c reads at a token:
 * no other role, no month, weekday, season or holiday, and no number word that spelled_read reads
 * (data/num_word.tsv's "a" is no unit, teen or tens word) (roles: its word roles). */
static inline int count_only(const cd_lexentry *e, unsigned roles)
{
    const uint64_t names = LXM(LX_TIME_MONTHS) | LXM(LX_TIME_WEEKDAYS) | LXM(LX_TIME_SEASONS);
    const cd_lexrec *r = cd_lex_rec(e, LX_NUM_WORD);
    if (r && r->str && (r->str[0] == 'c' || r->str[0] == 't')) return 0;
    return roles == 1u << R_COUNT && !(e->mask & names) && !((e->mask | e->heads) & LXM(LX_TIME_HOLIDAYS));
}

/* Whether entry e is a name of class cls (a month, a season) and of no other class time.c reads,
 * heading none of their phrases. */
static inline int name_only(const cd_lexentry *e, int cls)
{
    const uint64_t time_classes = LXM(LX_TIME_WORDS) | LXM(LX_TIME_MONTHS) | LXM(LX_TIME_WEEKDAYS) |
                                  LXM(LX_TIME_HOLIDAYS) | LXM(LX_NUM_WORD) | LXM(LX_TIME_SEASONS);
    return (e->mask & time_classes) == LXM(cls) && !(e->heads & time_classes);
}

/* Whether entry e is a word of data/time_words.tsv and of no other class time.c reads, heading no
 * phrase of those others (a phrase of data/time_words.tsv it may head: "later than"; part_leads is
 * asked only where none starts). */
static inline int part_only(const cd_lexentry *e)
{
    const uint64_t other_classes = LXM(LX_TIME_MONTHS) | LXM(LX_TIME_WEEKDAYS) | LXM(LX_TIME_HOLIDAYS) |
                                   LXM(LX_NUM_WORD) | LXM(LX_TIME_SEASONS);
    return cd_lex_has(e, LX_TIME_WORDS) && !((e->mask | e->heads) & other_classes);
}

#define BEGIN_NAMES (LXM(LX_TIME_MONTHS) | LXM(LX_TIME_WEEKDAYS) | LXM(LX_TIME_SEASONS))
/* the roles that start a pattern (a unit only before some words) */
#define BEGIN_ROLES (1u << R_SHIFT | 1u << R_ORDINAL | 1u << R_DECADE | 1u << R_PART | 1u << R_DAY | 1u << R_UNIT)

/* may_begin's verdict on a word from its lexicon entry alone (roles: its word_roles; heads: the
 * classes of the phrases it heads that may start at the token): 1 a pattern may start there; -1 the
 * tokens around decide (a phrase it heads, a unit, a count); 0 none, unless its text is one of
 * may_begin's words. */
static inline int entry_begins(const cd_lexentry *e, unsigned roles, uint64_t heads)
{
    const cd_lexrec *r = cd_lex_rec(e, LX_NUM_WORD); /* a spelled number: a unit, teen or tens word */
    if (r && r->str && r->num == r->num && (r->str[0] == 'c' || r->str[0] == 't')) return 1;
    if ((e->mask & BEGIN_NAMES) || ((e->mask | heads) & LXM(LX_TIME_HOLIDAYS))) return 1;
    if (!((e->mask | heads) & LXM(LX_TIME_WORDS))) return 0;
    if (!cd_lex_has(e, LX_TIME_WORDS)) roles = 0; /* as time.c's memo_fill reads them */
    if (roles & BEGIN_ROLES & ~(1u << R_UNIT)) return 1;
    if ((heads & LXM(LX_TIME_WORDS)) || (roles & (1u << R_UNIT | 1u << R_COUNT))) return -1;
    return 0;
}

/* may_start at a word with an entry of a time or number class (cd_time_word.start). */
enum { START_NO, START_YES, START_COUNT, START_THE };

/* may_start at a word of entry r (its record but this) from the entry alone, where the tokenizer saw
 * no phrase start (known) or saw one: yes, no, or the next token decides (START_COUNT: count_alone;
 * START_THE: may_be_day). Worked out once per entry (cd_time_word_of). */
static inline int start_verdict(const cd_time_word *r, int known)
{
    int begins = known ? r->begins_alone : r->begins; /* entry_verdict */
    if (begins > 0 || (r->key & (KEY_BEGINS | KEY_RANGE))) return START_YES;
    /* "a", "an" before no time word: may_begin says no (count_alone; a count word has no key) */
    if (r->count && known) return begins < 0 ? START_COUNT : START_NO;
    if (begins < 0 && (r->roles || !known)) return START_YES;
    /* may_begin then says no but at "the" before a day (day_follows), may_begin_range no: "to",
     * "and" (read inside a range only), "the" before no number, time word or number word */
    return r->key & KEY_THE ? START_THE : START_NO;
}

/* cd_time_words[k] for entry k of cd_lex_table (k = 0, no entry: no role, no key, no verdict but
 * no), and the numbers of its roles into num (left as they are for a role it lacks). */
static inline cd_time_word cd_time_word_of(size_t k, double num[R_OPENER + 1])
{
    cd_time_word r;
    memset(&r, 0, sizeof r);
    r.weekday = -1;
    if (k == 0) return r;
    const cd_lexentry *e = &cd_lex_table[k];
    unsigned roles = 0;
    for (uint32_t n = 0; n < e->nrec; n++) {
        if (e->recs[n].cls != LX_TIME_WORDS) continue;
        int role = role_of(e->recs[n].str);
        if (!(roles & (1u << role))) num[role] = e->recs[n].num;
        roles |= 1u << role;
    }
    r.roles = (uint16_t)(roles & ~1u);
    r.begins = (int8_t)entry_begins(e, r.roles, e->heads);
    r.begins_alone = (int8_t)entry_begins(e, r.roles, 0);
    r.key = (uint8_t)key_words(e);
    r.spelled = !r.key && spelled_only(e, r.roles);
    r.ordinal = !r.key && ordinal_only(e, r.roles);
    r.shift = !r.key && shift_only(e, r.roles);
    r.count = !r.key && count_only(e, r.roles);
    const cd_lexrec *month = cd_lex_rec(e, LX_TIME_MONTHS), *weekday = cd_lex_rec(e, LX_TIME_WEEKDAYS);
    r.month = (int8_t)(month ? (int)month->num : 0);
    r.month_flags = (uint8_t)(month ? lex_flags(e, LX_TIME_MONTHS) : 0);
    r.weekday = (int8_t)(weekday ? (int)weekday->num : -1);
    r.weekday_flags = (uint8_t)(weekday ? lex_flags(e, LX_TIME_WEEKDAYS) : 0);
    const cd_lexrec *season = cd_lex_rec(e, LX_TIME_SEASONS);
    r.lower_month = !r.key && name_only(e, LX_TIME_MONTHS) && (r.month_flags & MF_AMBIGUOUS);
    r.word_season = !r.key && name_only(e, LX_TIME_SEASONS) && season && season->str;
    r.month_only = !r.key && name_only(e, LX_TIME_MONTHS);
    r.part = (!r.key || r.key == KEY_RANGE) && r.roles == 1u << R_PART && part_only(e);
    r.weekday_only = !r.key && name_only(e, LX_TIME_WEEKDAYS);
    r.num_word = cd_lex_has(e, LX_NUM_WORD);
    r.start[0] = (uint8_t)start_verdict(&r, 0);
    r.start[1] = (uint8_t)start_verdict(&r, 1);
    return r;
}

#endif
