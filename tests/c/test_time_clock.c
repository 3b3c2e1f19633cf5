/* Clock times (clock_time in time.c): an hour of one or two digits with ":" and two digits of
 * minutes, "am"/"pm" (or "a.m."/"p.m.") or "o'clock" after it is marked as time (TF_TIME), no claim;
 * a longer number, or one before other punctuation or nothing, is no clock time. Four digits of the
 * 24-hour clock before a time zone, "hrs" or "local time" are one too (four_digit_clock): no year,
 * no quantity of hours. */
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

static void test_four_digit_clock_marked(void **state)
{
    (void)state;
    /* must: four digits of an hour and minutes before a zone, "hrs", "hours" and a zone or "local",
     * "local time" or "local" and punctuation; the first of two joined to one */
    assert_true(marked_at("Bids must reach the board by 1415 GMT on the day.", "1415"));
    assert_true(marked_at("The gate shuts at 0935 hrs sharp.", "0935"));
    assert_true(marked_at("The gate shuts at 2215 hours CDT nightly.", "2215"));
    assert_true(marked_at("The quake struck at 0605 local time near the coast.", "0605"));
    assert_true(marked_at("The pit runs to 1345 local (1945 GMT) now.", "1345"));
    assert_true(marked_at("The desk is open from 2345 to 0215 BST weekly.", "2345"));
    assert_true(marked_at("The desk is open 2345-0215 BST weekly.", "2345"));
    /* must not: "hours" alone, "local" before a noun, an hour past 23 or minutes past 59, a 12-hour
     * word, three digits */
    assert_false(marked_at("The crews logged 1900 hours on the new line.", "1900"));
    assert_false(marked_at("The plant hired 1500 local workers.", "1500"));
    assert_false(marked_at("The station logged 2460 GMT readings.", "2460"));
    assert_false(marked_at("The station logged 1275 GMT readings.", "1275"));
    assert_false(marked_at("They met at 1230 pm and left.", "1230"));
    assert_false(marked_at("They met at 930 GMT and left.", "930"));
    /* a chain is two clocks at most (a walk on a long list stays linear): the third from the
     * zone is none, the last two are */
    assert_false(marked_at("Shifts run 0600 to 1400 to 2200 GMT daily.", "0600"));
    assert_true(marked_at("Shifts run 0600 to 1400 to 2200 GMT daily.", "1400"));
    /* a zone alone after digits at the sentence start: no clock (test_four_digit_clock_claims: "in") */
    assert_false(marked_at("1922 EST was adopted in Orrin.", "1922"));
}

/* A four-digit clock time claims no year and no quantity; the dates beside it keep their values
 * and offsets. */
static void test_four_digit_clock_claims(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Shares in Harwick Foods rose 4% by 1125 GMT.", NO_TIME},
        {"Bids reach the Vellor agency by 1045 hrs CDT, April 22, at the latest.",
         .want = {{"April 22", "1987-04-22"}}, COUNT(1)},
        {"The Tarrow market will trade from 0915 to 1325 CST from May.", .want = {{"May", "1987-05"}},
         COUNT(1)},
        /* a zone alone after a year's place (the sentence start, "in", "during"): a year */
        {"In 1921 CET was adopted by the Tarrow board.", .want = {{"1921", "1921"}}, COUNT(1)},
        {"During 1944 GMT was kept all year.", .want = {{"1944", "1944"}}, COUNT(1)},
        {"The Tarrow mill was built in 1900 and sold in 1955.",
         .want = {{"1900", "1900"}, {"1955", "1955"}}, COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "1987-04-08");
    cd_doc *doc = analyze("Bids close at 1535 hrs EDT and the ship sails at 0925 hrs.", "1987-04-08");
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "1535"));
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "0925"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clock_times),
        cmocka_unit_test(test_four_digit_clock_marked),
        cmocka_unit_test(test_four_digit_clock_claims),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
