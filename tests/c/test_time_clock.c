/* Clock times (clock_time in time.c): an hour of one or two digits with ":" and two digits of
 * minutes, "am"/"pm" (or "a.m."/"p.m.") or "o'clock" after it is marked as time (TF_TIME), no claim;
 * a longer number, or one before other punctuation or nothing, is no clock time. */
#include "internal.h"

#include "helpers.h"
#include "bare_doc.h"

/* Whether the token whose text starts at text's byte offset at is marked TF_TIME after the time pass. */
static int marked_at(const char *text, const char *word)
{
    cd_doc *doc = bare_doc(text);
    assert_int_equal(cd_index_sentences(doc), 0);
    cd_find_entities(doc);
    cd_find_times(doc);
    const char *hit = strstr(text, word);
    assert_non_null(hit);
    uint32_t at = (uint32_t)(hit - text);
    int marked = -1;
    for (size_t i = 0; i < doc->n_toks; i++)
        if (doc->toks[i].start == at) marked = (doc->toks[i].flags & TF_TIME) != 0;
    cd_doc_free(doc);
    if (marked < 0) fail_msg("no token starts at '%s'", word);
    return marked;
}

static void test_clock_times(void **state)
{
    (void)state;
    /* must: each hour is marked */
    assert_true(marked_at("They met at 10:30 and left.", "10:30"));
    assert_true(marked_at("They met at 6 pm and left.", "6 pm"));
    assert_true(marked_at("The talks began at 7 a.m. sharp.", "7 a.m."));
    assert_true(marked_at("It opened at 5 o'clock today.", "5 o'clock"));
    assert_true(marked_at("It opened at 9 o’clock today.", "9 o’clock"));
    assert_true(marked_at("They met at 12:45pm on the dot.", "12:45pm"));
    assert_true(marked_at("It ended at 23:59", "23:59"));
    /* must not: three digits or more, an hour past 12 before "pm", past 24, other punctuation or
     * nothing after it, minutes of one digit */
    assert_false(marked_at("They met at 1230 pm and left.", "1230"));
    assert_false(marked_at("They met at 13 pm and left.", "13 pm"));
    assert_false(marked_at("The score was 25:10 at the break.", "25:10"));
    assert_false(marked_at("They won 5, lost 12% and drew 7", "5,"));
    assert_false(marked_at("They won 12% and drew 7", "7"));
    assert_false(marked_at("The ratio was 10:5 then.", "10:5"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clock_times),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
