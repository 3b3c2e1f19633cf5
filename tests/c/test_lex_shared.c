/* Word lists that share one bit of the lexicon entry's mask (tools/lexgen.c --shared, the
 * Makefile's LEX_SHARED): the bit says only that a word may be in one of them, so cd_lex_has and
 * cd_lex_rec must read the records to tell which (where the entry's filter of shared classes lets
 * them); the lists with a bit of their own answer from the bit as before. */
#include "internal.h"

#include "helpers.h"

#include "bare_doc.h"

static const cd_lexentry *word(const char *w)
{
    const cd_lexentry *e = cd_lex_lookup(w, strlen(w));
    assert_non_null(e);
    return e;
}

static void test_shared_ids_carry_the_shared_bit(void **state)
{
    (void)state;
    assert_true(LX_PERSON_NOUNS >= CD_LEX_FIRST_SHARED);
    assert_true(LX_CHECK_UNITS >= CD_LEX_FIRST_SHARED);
    assert_true(LX_MARKUP_CHROME >= CD_LEX_FIRST_SHARED);
    assert_true(LX_PERSON_NOUNS != LX_CHECK_UNITS && LX_PERSON_NOUNS != LX_MARKUP_CHROME);
    assert_true(LXM(LX_PERSON_NOUNS) == LXM(LX_SHARED_BIT));
    assert_true(LXM(LX_CHECK_UNITS) == LXM(LX_SHARED_BIT));
    assert_true(LX_TIME_WORDS < LX_SHARED_BIT && LX_QUOTE_VERBS < LX_SHARED_BIT);
}

/* "goalkeeper" is a person noun alone: the shared bit is set, yet the other shared lists do not
 * hold it. */
static void test_a_shared_bit_names_only_its_own_list(void **state)
{
    (void)state;
    const cd_lexentry *e = word("goalkeeper");
    assert_true(e->mask & LXM(LX_SHARED_BIT));
    assert_true(cd_lex_has(e, LX_PERSON_NOUNS));
    assert_false(cd_lex_has(e, LX_CHECK_UNITS));
    assert_false(cd_lex_has(e, LX_MARKUP_CHROME));
    assert_null(cd_lex_rec(e, LX_CHECK_UNITS));
    const cd_lexentry *ad = word("advertisement"); /* a chrome word, no person */
    assert_true(cd_lex_has(ad, LX_MARKUP_CHROME));
    assert_false(cd_lex_has(ad, LX_PERSON_NOUNS));
    assert_false(cd_lex_has(NULL, LX_PERSON_NOUNS));
}

/* "employee" is in two shared lists, each with its own record and value. */
static void test_a_word_in_two_shared_lists(void **state)
{
    (void)state;
    const cd_lexentry *e = word("Employee");
    assert_true(cd_lex_has(e, LX_PERSON_NOUNS));
    assert_true(cd_lex_has(e, LX_CHECK_UNITS));
    const cd_lexrec *r = cd_lex_rec(e, LX_CHECK_UNITS);
    assert_non_null(r);
    assert_string_equal(r->str, "personnel");
    assert_int_equal(cd_lex_rec(e, LX_PERSON_NOUNS)->cls, LX_PERSON_NOUNS);
}

/* Every record's class has its bit in its entry's mask, and the shared bit is set only where a
 * shared list has a record. */
static void test_every_mask_matches_its_records(void **state)
{
    (void)state;
    size_t shared = 0;
    for (size_t i = 0; i < cd_lex_nentries; i++) {
        const cd_lexentry *e = &cd_lex_entries[i];
        int any_shared = 0;
        for (size_t k = 0; k < e->nrec; k++) {
            assert_true(e->mask & LXM(e->recs[k].cls));
            assert_true(cd_lex_has(e, e->recs[k].cls));
            any_shared |= e->recs[k].cls >= CD_LEX_FIRST_SHARED;
        }
        assert_int_equal(!!(e->mask & LXM(LX_SHARED_BIT)), any_shared);
        shared += (size_t)any_shared;
    }
    assert_true(shared > 150);
}

/* The first record of class cls in e, by a walk of all its records (what cd_lex_rec answered
 * before the filter). */
static const cd_lexrec *walk_rec(const cd_lexentry *e, int cls)
{
    for (size_t k = 0; k < e->nrec; k++)
        if (e->recs[k].cls == cls) return &e->recs[k];
    return NULL;
}

/* The entry's filter of shared classes (cd_lexentry.shared) holds the bit of each shared class
 * it has a record of and no other, so cd_lex_has and cd_lex_rec answer every shared class as a
 * walk of the records does. */
static void test_the_shared_filter_answers_as_the_records(void **state)
{
    (void)state;
    assert_int_equal(cd_lex_shared_bit(64 * 3 + LX_SHARED_BIT), 1u << 3);
    assert_int_equal(cd_lex_shared_bit(64 * 19 + LX_SHARED_BIT), 1u << 3); /* k modulo 16 */
    assert_int_equal(word("goalkeeper")->shared, cd_lex_shared_bit(LX_PERSON_NOUNS));
    size_t filtered = 0;
    for (size_t i = 0; i < cd_lex_nentries; i++) {
        const cd_lexentry *e = &cd_lex_entries[i];
        uint16_t bits = 0;
        for (size_t k = 0; k < e->nrec; k++)
            if (e->recs[k].cls >= CD_LEX_FIRST_SHARED) bits |= cd_lex_shared_bit(e->recs[k].cls);
        assert_int_equal(e->shared, bits);
        for (int k = 1; k < 64; k++) {
            int cls = 64 * k + LX_SHARED_BIT;
            assert_ptr_equal(cd_lex_rec(e, cls), walk_rec(e, cls));
            assert_int_equal(cd_lex_has(e, cls), walk_rec(e, cls) != NULL);
            filtered += (e->mask & LXM(cls)) && !cd_lex_may_rec(e, cls);
        }
    }
    assert_true(filtered > 1000); /* asks the filter turns away where the shared bit is set */
}

/* cd_tok_in (internal.h) asks cd_lex_has, not for a record: it answers as a record would for every
 * class, own, shared or the phrase head's, at every token of an invented story, and no past its
 * last token; cd_tok_role gives the record's string; cd_lex_match asked for no record (NULL)
 * gives the count it gives with one. */
static void test_tok_in_answers_as_a_record(void **state)
{
    (void)state;
    cd_doc *doc = bare_doc("The two goalkeepers said their club had signed an employee, 3 per cent more.");
    size_t two = 1, said = 3;
    assert_true(cd_tok_is(doc, two, "two") && cd_tok_is(doc, said, "said"));
    assert_true(cd_tok_in(doc, two, LX_NUM_WORD));
    assert_false(cd_tok_in(doc, said, LX_NUM_WORD));
    assert_true(cd_tok_in(doc, said, LX_QUOTE_VERBS));
    assert_string_equal(cd_tok_role(doc, said, LX_QUOTE_VERBS), "say");
    assert_string_equal(cd_tok_role(doc, said, LX_NUM_WORD), "");
    assert_false(cd_tok_in(doc, doc->n_toks, LX_NUM_WORD));
    for (size_t i = 0; i <= doc->n_toks; i++) {
        for (int cls = 0; cls < 64 * 64; cls++) {
            if (cls >= LX_SHARED_BIT && cls < CD_LEX_FIRST_SHARED && cls != LX_PHRASE_HEAD) continue;
            if (cls >= CD_LEX_FIRST_SHARED && cls % 64 != LX_SHARED_BIT) continue;
            assert_int_equal(cd_tok_in(doc, i, cls), cd_tok_rec(doc, i, cls) != NULL);
            const cd_lexrec *r = NULL;
            size_t n = cd_lex_match(doc, i, cls, &r);
            assert_int_equal(cd_lex_match(doc, i, cls, NULL), n); /* no record asked: the bit's answer */
            assert_int_equal(n > 0, r != NULL);
        }
    }
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shared_ids_carry_the_shared_bit),
        cmocka_unit_test(test_a_shared_bit_names_only_its_own_list),
        cmocka_unit_test(test_a_word_in_two_shared_lists),
        cmocka_unit_test(test_every_mask_matches_its_records),
        cmocka_unit_test(test_the_shared_filter_answers_as_the_records),
        cmocka_unit_test(test_tok_in_answers_as_a_record),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
