/*
 * lexgen: turns the word lists (data/NAME.tsv) into C at build time, so that the library reads no file
 * at run time. Usage: lexgen OUTDIR data/a.tsv data/b.tsv ...
 * Writes OUTDIR/lexclasses.h (one LX_ constant per file) and OUTDIR/lexicon_data.c (the entries and
 * an open-addressing hash table over them). See src/lexicon.h for the file format.
 * The files after an argument `--shared` are classes that share one bit of the entry's mask
 * (SHARED_BIT): their ids are 64 * k + SHARED_BIT (k = 1, 2, ...), so that the id's low six bits
 * are the bit (lexicon.h's LXM is one shift, as for any class), and only a scan of the entry's
 * records tells them apart (cd_lex_has), which the entry's filter of them (cd_lexentry.shared, a
 * bit for each k modulo 16: cd_lex_shared_bit) spares for most words. The mask has 64 bits and an
 * entry is one cache line, so the lists the passes test for every token keep a bit each; a list
 * asked at a few places goes after it.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/lexnorm.h"

#define OWN_BITS 61     /* classes 0..60 have a mask bit each */
#define SHARED_BIT 61   /* the bit of every class from FIRST_SHARED on */
#define PREFIX_BIT 62   /* LX_PHRASE_PREFIX */
#define HEAD_CLASS 63   /* LX_PHRASE_HEAD */
#define FIRST_SHARED 64 /* ids from here on are shared classes' */
#define MAX_SHARED 64   /* classes that share SHARED_BIT */
#define KEY_MAX 256
#define KEY_BITS 65536u /* cd_lex_key_bits: 8 KB, about one bit in eight set */

typedef struct rec { int cls; int has_num; double num; char *str; char *role; } rec;
typedef struct entry {
    char *key;
    size_t keylen;
    rec *recs;
    size_t nrec, caprec;
    unsigned long long heads;
    unsigned long long next; /* a head or a prefix: cd_lex_next_bits of the byte that starts each key's next token */
    int prefix; /* the start of a key of several tokens (text.c stops extending a phrase without it) */
} entry;

static entry *entries;
static size_t nentries, capentries;
static char classes[OWN_BITS + MAX_SHARED][64]; /* own classes by id, then the shared ones in order */
static int class_ids[OWN_BITS + MAX_SHARED];
static int nown, nshared;

/* The mask bit of class cls: its own, or for a shared class SHARED_BIT, its id's low six bits. */
static int class_bit(int cls)
{
    return cls % 64;
}

static void die(const char *msg, const char *what)
{
    fprintf(stderr, "lexgen: %s%s%s\n", msg, what ? ": " : "", what ? what : "");
    exit(1);
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n);
    if (!p) die("out of memory", NULL);
    return p;
}

static char *xstrdup(const char *s)
{
    char *d = xrealloc(NULL, strlen(s) + 1);
    strcpy(d, s);
    return d;
}

static entry *find_or_add(const char *key, size_t len)
{
    for (size_t i = 0; i < nentries; i++) /* build time only: quadratic is fine for word lists */
        if (entries[i].keylen == len && memcmp(entries[i].key, key, len) == 0) return &entries[i];
    if (nentries == capentries) {
        capentries = capentries ? capentries * 2 : 1024;
        entries = xrealloc(entries, capentries * sizeof *entries);
    }
    entry *e = &entries[nentries++];
    memset(e, 0, sizeof *e);
    e->key = xrealloc(NULL, len + 1);
    memcpy(e->key, key, len);
    e->key[len] = 0;
    e->keylen = len;
    return e;
}

static void add_rec(entry *e, rec r)
{
    for (size_t i = 0; i < e->nrec; i++) /* a phrase head keeps only its longest count */
        if (e->recs[i].cls == r.cls && r.cls == HEAD_CLASS) {
            if (r.num > e->recs[i].num) e->recs[i].num = r.num;
            return;
        }
    if (e->nrec == UINT16_MAX) die("more records of one key than cd_lexentry.nrec holds", e->key);
    if (e->nrec == e->caprec) {
        e->caprec = e->caprec ? e->caprec * 2 : 2;
        e->recs = xrealloc(e->recs, e->caprec * sizeof *e->recs);
    }
    e->recs[e->nrec++] = r;
}

/* Token count and first-token length of a normalized phrase, as src/text.c would split it:
 * letter/digit runs (with inner apostrophes) are one token, any other non-space byte is one. */
static size_t phrase_tokens(const char *k, size_t n, size_t *first_len)
{
    size_t count = 0, i = 0;
    *first_len = 0;
    while (i < n) {
        if (k[i] == ' ') { i++; continue; }
        size_t s = i;
        if (isalnum((unsigned char)k[i]) || (unsigned char)k[i] >= 0x80) {
            while (i < n && (isalnum((unsigned char)k[i]) || (unsigned char)k[i] >= 0x80 ||
                             (k[i] == '\'' && i + 1 < n && isalpha((unsigned char)k[i + 1]) && i > s)))
                i++;
        } else {
            i++;
        }
        if (count++ == 0) *first_len = i - s;
    }
    return count;
}

/* Whether text.c may end a token between bytes a and b: not inside a run of ASCII letters or of
 * digits (it reads those whole), not inside a UTF-8 character, not after a space. Generous on purpose:
 * a prefix too many costs a table slot, one too few would lose a phrase. */
static int may_split(unsigned char a, unsigned char b)
{
    if (a == ' ' || (b & 0xC0) == 0x80) return 0;
    if (b == ' ') return 1;
    if (isalpha(a) && isalpha(b)) return 0;
    return !(isdigit(a) && isdigit(b));
}

/* Marks every proper prefix of a key of several tokens that ends where a token may end, past the
 * first token (the head), so that text.c can stop reading a phrase at the first token that no
 * key continues with; and gives it, as a head has, the bits of the bytes the next token may start
 * with (cd_lex_next_bits), so that text.c reads no token that no key continues with either. */
static void add_prefixes(const char *key, size_t klen, size_t first_len)
{
    for (size_t j = first_len + 1; j < klen; j++) {
        if (!may_split((unsigned char)key[j - 1], (unsigned char)key[j])) continue;
        size_t next = j;
        while (next < klen && key[next] == ' ') next++;
        entry *e = find_or_add(key, j);
        e->prefix = 1;
        e->next |= cd_lex_next_bits((unsigned char)key[next]);
    }
}

static unsigned long long pair_bits[CD_LEX_PAIR_BITS / 64];

static void set_pair_bit(uint32_t first, uint32_t second)
{
    uint32_t b = cd_lex_pair_bit(first, second);
    pair_bits[b / 64] |= 1ull << (b % 64);
}

/* Sets the bit of a key's first two tokens (cd_lex_pair_bits): the hashes of the first token and
 * of the second, when the second is ASCII letters alone, which text.c reads as one word whatever
 * follows it in the key; else CD_LEX_ANY_SECOND (a head with such a key is never filtered), but
 * none for a second token of punctuation or digits (an ASCII byte neither a letter nor an
 * apostrophe, which the text's token starts with too: text.c tests the pair only when the second
 * token is a word; "a.m." made every "a" pass as a head). */
static void add_pair(const char *first, size_t first_len, const char *rest, size_t rest_len)
{
    unsigned char c = rest_len ? (unsigned char)rest[0] : 0;
    if (c && c < 0x80 && !isalpha(c) && c != '\'') return;
    size_t n = 0;
    while (n < rest_len && isalpha((unsigned char)rest[n])) n++;
    int letters = n > 0 && (n == rest_len || !(isalnum((unsigned char)rest[n]) || (unsigned char)rest[n] >= 0x80 ||
                                                rest[n] == '\''));
    set_pair_bit(cd_lex_key_hash(first, first_len), letters ? cd_lex_key_hash(rest, n) : CD_LEX_ANY_SECOND);
}

static void class_name(const char *path, char *out, size_t cap)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t o = 0;
    for (const char *p = base; *p && *p != '.' && o + 1 < cap; p++)
        out[o++] = isalnum((unsigned char)*p) ? (char)toupper((unsigned char)*p) : '_';
    out[o] = 0;
}

static void read_file(const char *path, int cls)
{
    FILE *f = fopen(path, "r");
    if (!f) die(strerror(errno), path);
    char line[4096];
    int lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\r\n")] = 0;
        if (line[0] == '#' || line[0] == 0) continue;
        char *cols[4] = {line, NULL, NULL, NULL};
        for (int c = 1; c < 4; c++) {
            char *tab = cols[c - 1] ? strchr(cols[c - 1], '\t') : NULL;
            if (!tab) break;
            *tab = 0;
            cols[c] = tab + 1;
        }
        char key[KEY_MAX];
        size_t klen = cd_lex_normalize(cols[0], strlen(cols[0]), key, sizeof key);
        if (klen == (size_t)-1 || klen == 0) {
            fprintf(stderr, "lexgen: %s:%d: empty or too long key\n", path, lineno);
            exit(1);
        }
        rec r = {cls, 0, 0, NULL, NULL};
        const char *numtxt = cols[2] ? cols[1] : NULL, *strtxt = cols[2] ? cols[2] : NULL;
        if (!cols[2] && cols[1]) {
            char *end;
            errno = 0;
            strtod(cols[1], &end);
            if (*cols[1] && *end == 0) numtxt = cols[1];
            else strtxt = cols[1];
        }
        if (numtxt && *numtxt) {
            char *end;
            r.num = strtod(numtxt, &end);
            if (*end) {
                fprintf(stderr, "lexgen: %s:%d: not a number: %s\n", path, lineno, numtxt);
                exit(1);
            }
            r.has_num = 1;
        }
        if (strtxt && *strtxt) r.str = xstrdup(strtxt);
        if (cols[3] && *cols[3]) r.role = xstrdup(cols[3]);
        add_rec(find_or_add(key, klen), r);
        size_t first_len, ntok = phrase_tokens(key, klen, &first_len);
        if (ntok > 1) {
            rec head = {HEAD_CLASS, 1, (double)ntok, NULL, NULL};
            entry *h = find_or_add(key, first_len);
            add_rec(h, head);
            h->heads |= 1ull << class_bit(cls);
            size_t second = first_len;
            while (second < klen && key[second] == ' ') second++;
            h->next |= cd_lex_next_bits((unsigned char)key[second]);
            add_pair(key, first_len, key + second, klen - second);
            add_prefixes(key, klen, first_len);
        }
    }
    fclose(f);
}

static uint32_t key_hash(const entry *e)
{
    return cd_lex_key_hash(e->key, e->keylen);
}

/* The key's eight bytes from `from` on, zero-padded, as the library reads them (cd_lexentry.head
 * from 0, head2 from 8). */
static unsigned long long key_word(const entry *e, size_t from)
{
    char word[8] = {0};
    if (e->keylen > from) memcpy(word, e->key + from, e->keylen - from < 8 ? e->keylen - from : 8);
    return (unsigned long long)cd_lex_load_le64(word);
}

static void put_cstring(FILE *o, const char *s)
{
    fputc('"', o);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\') fprintf(o, "\\%c", *p);
        else if (*p < 0x20 || *p >= 0x7F) fprintf(o, "\\%03o", *p);
        else fputc(*p, o);
    }
    fputc('"', o);
}

/* cd_lex_key_bits: the bit of each key's hash, its low bits (lexicon.h, cd_lex_may_have). */
static void put_key_bits(FILE *o)
{
    static unsigned long long bits[KEY_BITS / 64];
    for (size_t i = 0; i < nentries; i++) {
        unsigned b = key_hash(&entries[i]) & (KEY_BITS - 1);
        bits[b / 64] |= 1ull << (b % 64);
    }
    fprintf(o, "const uint64_t cd_lex_pair_bits[] = {");
    for (size_t w = 0; w < CD_LEX_PAIR_BITS / 64; w++) fprintf(o, "%s0x%llxull,", w % 4 ? " " : "\n    ", pair_bits[w]);
    fprintf(o, "\n};\n");
    fprintf(o, "const uint64_t cd_lex_key_bits[] = {");
    for (size_t w = 0; w < KEY_BITS / 64; w++) fprintf(o, "%s0x%llxull,", w % 4 ? " " : "\n    ", bits[w]);
    fprintf(o, "\n};\n");
}

static FILE *open_out(const char *dir, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *o = fopen(path, "w");
    if (!o) die(strerror(errno), path);
    return o;
}

int main(int argc, char **argv)
{
    if (argc < 3) die("usage: lexgen OUTDIR FILE.tsv... [--shared FILE.tsv...]", NULL);
    int shared = 0;
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--shared") == 0) {
            shared = 1;
            continue;
        }
        if (shared ? nshared == MAX_SHARED : nown == OWN_BITS)
            die(shared ? "too many shared classes" : "too many classes with a bit of their own (list it after --shared)",
                argv[i]);
        int cls = shared ? 64 * ++nshared + SHARED_BIT : nown++, n = nown + nshared - 1;
        class_ids[n] = cls;
        class_name(argv[i], classes[n], sizeof classes[0]);
        read_file(argv[i], cls);
    }

    size_t nslots = 1;
    while (nslots < nentries * 2 + 1) nslots *= 2;

    FILE *h = open_out(argv[1], "lexclasses.h");
    fprintf(h, "/* Generated by tools/lexgen from the data folder; do not edit. */\n"
               "#ifndef CD_LEXCLASSES_H\n#define CD_LEXCLASSES_H\nenum {\n");
    for (int c = 0; c < nown + nshared; c++) fprintf(h, "    LX_%s = %d,\n", classes[c], class_ids[c]);
    fprintf(h, "    LX_SHARED_BIT = %d, /* the mask bit of the classes from CD_LEX_FIRST_SHARED on */\n", SHARED_BIT);
    fprintf(h, "    LX_PHRASE_PREFIX = %d,\n    LX_PHRASE_HEAD = %d\n};\n", PREFIX_BIT, HEAD_CLASS);
    fprintf(h, "#define CD_LEX_FIRST_SHARED %d /* the first class id with no mask bit of its own */\n", FIRST_SHARED);
    fprintf(h, "#define CD_LEX_NSLOTS %zuu /* cd_lex_slots, a power of two */\n", nslots);
    fprintf(h, "#define CD_LEX_KEY_BITS %uu /* bits of cd_lex_key_bits, a power of two */\n#endif\n", KEY_BITS);
    fclose(h);

    /* a slot holds the entry's index + 1 and the key's hash (cd_lexslot) */
    size_t *slots = calloc(nslots, sizeof *slots);
    if (!slots) die("out of memory", NULL);
    for (size_t i = 0; i < nentries; i++) {
        size_t s = key_hash(&entries[i]) & (nslots - 1);
        while (slots[s]) s = (s + 1) & (nslots - 1);
        slots[s] = i + 1;
    }

    FILE *o = open_out(argv[1], "lexicon_data.c");
    fprintf(o, "/* Generated by tools/lexgen from the data folder; do not edit. */\n"
               "#include <math.h>\n#include \"internal.h\" /* CD_LEX_TOKEN_FLAGS */\n\n");
    for (size_t i = 0; i < nentries; i++) {
        if (!entries[i].nrec) continue; /* a prefix only: no records */
        fprintf(o, "static const cd_lexrec r%zu[] = {", i);
        for (size_t j = 0; j < entries[i].nrec; j++) {
            rec *r = &entries[i].recs[j];
            fprintf(o, "{%d, ", r->cls);
            if (r->has_num) fprintf(o, "%.17g, ", r->num);
            else fprintf(o, "NAN, ");
            if (r->str) put_cstring(o, r->str);
            else fprintf(o, "0");
            fprintf(o, ", ");
            if (r->role) put_cstring(o, r->role);
            else fprintf(o, "0");
            fprintf(o, "}%s", j + 1 < entries[i].nrec ? ", " : "");
        }
        fprintf(o, "};\n");
    }
    fprintf(o, "\nconst cd_lexentry cd_lex_table[] = {\n    {0}, /* [0]: the entry of no word (lexicon.h) */\n");
    for (size_t i = 0; i < nentries; i++) {
        unsigned long long mask = 0;
        unsigned filter = 0; /* cd_lexentry.shared */
        for (size_t j = 0; j < entries[i].nrec; j++) {
            int cls = entries[i].recs[j].cls;
            mask |= 1ull << class_bit(cls);
            if (cls >= FIRST_SHARED) filter |= cd_lex_shared_bit(cls);
        }
        if (entries[i].prefix) mask |= 1ull << PREFIX_BIT;
        fprintf(o, "    {");
        put_cstring(o, entries[i].key);
        fputs(" \"", o); /* zero bytes up to a multiple of 8 (cd_lex_probe_padded reads words) */
        for (size_t k = entries[i].keylen + 1; k % 8; k++) fputs("\\000", o);
        fputc('"', o);
        fprintf(o, ", %zu, %zu, CD_LEX_TOKEN_FLAGS(0x%llxull), 0x%xu, 0x%llxull, ", entries[i].keylen,
                entries[i].nrec, mask | entries[i].heads, filter, mask);
        if (entries[i].nrec) fprintf(o, "r%zu", i);
        else fprintf(o, "0");
        fprintf(o, ", 0x%llxull, 0x%llxull, 0x%llxull, 0x%llxull},\n", entries[i].heads, entries[i].next,
                key_word(&entries[i], 0), key_word(&entries[i], 8));
    }
    fprintf(o, "};\nconst size_t cd_lex_nentries = %zu;\n", nentries);
    fprintf(o, "const size_t cd_lex_nslots = %zu;\nconst cd_lexslot cd_lex_slots[] = {", nslots);
    for (size_t s = 0; s < nslots; s++) {
        if (!slots[s]) {
            fprintf(o, "%s{0, 0},", s % 8 ? " " : "\n    ");
            continue;
        }
        entry *e = &entries[slots[s] - 1];
        fprintf(o, "%s{0x%xu, %zu},", s % 8 ? " " : "\n    ", key_hash(e), slots[s]);
    }
    fprintf(o, "\n};\n");
    put_key_bits(o);
    fclose(o);
    return 0;
}
