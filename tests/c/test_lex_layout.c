/* The lexicon entry's layout (src/lexicon.h, tools/lexgen.c): an entry is one cache line that holds
 * its key's first 16 bytes (head, head2), so that cd_lex_probe16 and cd_lex_probe_padded compare a
 * key of up to 16 bytes without reading its string, and phrase_extend (text.c) copies it from there.
 * Each must agree with the key's string: a word that differs from a key in any byte, the bytes 8 to
 * 15 among them, finds no entry (or the entry of the key it spells). */
#include "internal.h"

#include "helpers.h"

/* The entry a probe of key[0..n) finds by both probes (the padded one and, up to 16 bytes, the
 * tokenizer's two words); they must agree. */
static const cd_lexentry *probe_both(const char *key, size_t n)
{
    char buf[256 + 8] = {0};
    memcpy(buf, key, n);
    uint32_t hash = cd_lex_key_hash(buf, n);
    const cd_lexentry *e = cd_lex_probe_padded(hash, buf, n);
    if (n >= 1 && n <= 16) assert_ptr_equal(cd_lex_probe16(hash, cd_lex_load_le64(buf), cd_lex_load_le64(buf + 8), n), e);
    return e;
}

/* Every key is found by its own bytes, and its head words hold its first 16 bytes. */
static void test_every_key_is_found_and_its_head_words_hold_it(void **state)
{
    (void)state;
    size_t long_keys = 0;
    for (size_t i = 0; i < cd_lex_nentries; i++) {
        const cd_lexentry *e = &cd_lex_entries[i];
        assert_int_equal(strlen(e->key), e->keylen);
        assert_ptr_equal(probe_both(e->key, e->keylen), e);
        char copy[16 + 8] = {0};
        if (e->keylen <= 16) {
            memset(copy, 'x', sizeof copy);
            cd_lex_copy_short_key(copy, e);
            size_t written = e->keylen > 8 ? 16 : 8;
            assert_memory_equal(copy, e->key, e->keylen); /* the key, then zero bytes to a multiple of 8 */
            for (size_t k = e->keylen; k < written; k++) assert_int_equal(copy[k], 0);
            assert_int_equal(copy[written], 'x'); /* and not a byte more */
        }
        long_keys += e->keylen > 16;
    }
    assert_true(long_keys > 100);
}

/* A key with one byte changed (bytes 8 to 15 compared in head2, the others in head or the string)
 * finds no entry, or the entry whose key it spells, by both probes. (The slot's 32-bit hash turns
 * most such words away before the entry is read: head2 decides only between words of one hash and
 * one head, so this guards the probes' agreement more than head2 itself.) */
static void test_a_changed_byte_finds_no_other_key(void **state)
{
    (void)state;
    size_t changed = 0;
    for (size_t i = 0; i < cd_lex_nentries; i++) {
        const cd_lexentry *e = &cd_lex_entries[i];
        char word[256];
        memcpy(word, e->key, e->keylen);
        for (size_t k = 0; k < e->keylen; k++) {
            word[k] = e->key[k] == 'q' ? 'z' : 'q';
            const cd_lexentry *f = probe_both(word, e->keylen);
            if (f) {
                assert_int_equal(f->keylen, e->keylen);
                assert_memory_equal(f->key, word, e->keylen);
            }
            word[k] = e->key[k];
            changed++;
        }
    }
    assert_true(changed > 50000);
}

/* A record of a line with no string holds NULL there: cd_str_is reads it as equal to nothing. */
static void test_a_record_without_string_equals_nothing(void **state)
{
    (void)state;
    size_t without = 0;
    for (size_t i = 0; i < cd_lex_nentries; i++)
        for (size_t r = 0; r < cd_lex_entries[i].nrec; r++) {
            const char *s = cd_lex_entries[i].recs[r].str;
            without += s == NULL;
            assert_int_equal(cd_str_is(s, "conj"), s != NULL && strcmp(s, "conj") == 0);
        }
    assert_true(without > 0);
    assert_false(cd_str_is(NULL, ""));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_key_is_found_and_its_head_words_hold_it),
        cmocka_unit_test(test_a_changed_byte_finds_no_other_key),
        cmocka_unit_test(test_a_record_without_string_equals_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
