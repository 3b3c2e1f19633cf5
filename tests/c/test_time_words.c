/* What the time pass reads of each lexicon word (cd_time_words and cd_time_nums, generated at build
 * time by tools/timegen from src/time_words.h) against what it stands for, for every entry of the
 * lexicon, and a few words by hand. */
#include "time_words.h"

#include "helpers.h"

/* Whether the generated record of entry k holds what cd_time_word_of works out, field by field,
 * and the numbers of its roles bit for bit. */
static int same_word(size_t k)
{
    double num[R_OPENER + 1] = {0};
    cd_time_word want = cd_time_word_of(k, num);
    const cd_time_word *got = &cd_time_words[k];
    if (got->roles != want.roles || got->key != want.key || got->start[0] != want.start[0] ||
        got->start[1] != want.start[1] || got->begins != want.begins || got->begins_alone != want.begins_alone ||
        got->month != want.month || got->weekday != want.weekday || got->month_flags != want.month_flags ||
        got->weekday_flags != want.weekday_flags || got->spelled != want.spelled || got->ordinal != want.ordinal ||
        got->shift != want.shift || got->count != want.count || got->lower_month != want.lower_month ||
        got->word_season != want.word_season || got->month_only != want.month_only ||
        got->weekday_only != want.weekday_only || got->part != want.part)
        return 0;
    if (!want.roles) return got->nums == 0;
    for (int r = 1; r <= R_OPENER; r++)
        if ((want.roles & 1u << r) && memcmp(&cd_time_nums[got->nums][r], &num[r], sizeof num[r]) != 0) return 0;
    return 1;
}

static void test_generated_table_is_the_lexicon(void **state)
{
    (void)state;
    for (size_t k = 0; k <= cd_lex_nentries; k++)
        if (!same_word(k)) fail_msg("entry %zu ('%.*s')", k, (int)cd_lex_table[k].keylen, cd_lex_table[k].key);
}

/* The record of a word of the lexicon. */
static const cd_time_word *word(const char *key)
{
    const cd_lexentry *e = cd_lex_lookup(key, strlen(key));
    assert_non_null(e);
    return &cd_time_words[cd_lex_id(e)];
}

static void test_words_by_hand(void **state)
{
    (void)state;
    const cd_time_word *none = &cd_time_words[0]; /* a word without an entry */
    assert_int_equal(none->roles, 0);
    assert_int_equal(none->key, 0);
    assert_int_equal(none->weekday, -1);
    assert_int_equal(none->start[0], START_NO);
    const cd_time_word *may = word("may");
    assert_int_equal(may->month, 5);
    assert_true(may->month_flags & MF_AMBIGUOUS);
    assert_true(may->lower_month);
    const cd_time_word *monday = word("monday");
    assert_int_equal(monday->weekday, 1);
    assert_true(monday->weekday_only);
    assert_int_equal(monday->start[1], START_YES);
    assert_int_equal(word("the")->key, KEY_THE);
    assert_int_equal(word("the")->start[1], START_THE);
    assert_int_equal(word("between")->key, KEY_BETWEEN | KEY_RANGE);
    const cd_time_word *a = word("a"); /* a count alone: the next token decides */
    assert_true(a->count);
    assert_int_equal(a->start[1], START_COUNT);
    const cd_time_word *years = word("years");
    assert_true(years->roles & 1u << R_UNIT);
    assert_true(cd_time_nums[years->nums][R_UNIT] == 365);
    assert_true(cd_time_nums[word("fortnight")->nums][R_UNIT] == 14);
    assert_int_equal(word("third")->ordinal, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_generated_table_is_the_lexicon),
        cmocka_unit_test(test_words_by_hand),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
