/* The time pass's memo of lexicon entries (roles_memo) is sized by the story: a short story gets
 * fewer slots (one per ROLES_TEXT_BYTES bytes of text, ROLES_SLOTS_MIN at least), a long one
 * ROLES_SLOTS_MAX. The memo is a cache of what an entry alone says: a short story with more time
 * words than its slots reads every expression as it does with the most slots. This test compiles
 * src/time.c itself (the library's time.o is not linked in) to read roles_slots. */
#include "time.c"

#include "helpers.h"

static void test_slots_by_length(void **state)
{
    (void)state;
    assert_int_equal(roles_slots(0), 64);
    assert_int_equal(roles_slots(1024), 64);
    assert_int_equal(roles_slots(1025), 128);
    assert_int_equal(roles_slots(2600), 256);
    assert_int_equal(roles_slots(16384), 1024);
    assert_int_equal(roles_slots((size_t)1 << 20), 1024);
}

/* A short story of many different time words: more than 64 of time.c's entries. */
static const char STORY[] =
    "On Monday, January 5, the board met. By Tuesday, February 10, it had sold the unit. "
    "On Wednesday, March 4, shares fell. On Thursday, April 2, they rose. On Friday, May 8, the "
    "chief resigned. On Saturday, June 6, a rival bid. On Sunday, July 12, talks ended. "
    "In August the plant shut, in September it reopened, and in October it closed. In November "
    "and December sales slowed. Last week, next month, this year and last quarter were named. "
    "Early in the spring, late in the summer, in the autumn and over the winter prices moved. "
    "The deal closes in mid-2018, after the first half, before the second quarter, during the "
    "third quarter or by the fourth quarter. Yesterday, today, tomorrow and tonight it was said "
    "again, a fortnight ago, two decades ago, three centuries ago, in the 1990s and at dawn, noon, "
    "midnight and dusk. Christmas, Easter, New Year's Day, Thanksgiving and Halloween were named, "
    "and the weekend, the morning, the evening and the afternoon of 12 January 2017.";

/* The time claims' spans and values of a story in doc, [0, len) of its text. */
static size_t time_claims(const cd_doc *doc, size_t len, char out[][96], size_t max)
{
    size_t n, k = 0;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n && k < max; i++)
        if (c[i].kind == CD_CLAIM_TIME && c[i].span.stop <= len)
            snprintf(out[k++], sizeof out[0], "%u-%u %s", c[i].span.start, c[i].span.stop,
                     c[i].time.value ? c[i].time.value : "-");
    return k;
}

static void test_short_story_reads_as_long(void **state)
{
    (void)state;
    size_t len = strlen(STORY), filler = 20000;
    char *long_story = malloc(len + filler + 1);
    assert_non_null(long_story);
    memcpy(long_story, STORY, len);
    memset(long_story + len, ' ', filler); /* white space: a long text and no other claim */
    long_story[len] = '\n';
    long_story[len + filler] = 0;
    assert_int_equal(roles_slots(len), 64);
    assert_int_equal(roles_slots(len + filler), 1024);
    static char short_claims[128][96], long_claims[128][96];
    cd_doc *s = analyze(STORY, "2017-12-26"), *l = analyze(long_story, "2017-12-26");
    size_t ns = time_claims(s, len, short_claims, 128), nl = time_claims(l, len, long_claims, 128);
    assert_true(ns >= 30);
    assert_int_equal(ns, nl);
    for (size_t i = 0; i < ns; i++) assert_string_equal(short_claims[i], long_claims[i]);
    cd_doc_free(s);
    cd_doc_free(l);
    free(long_story);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_slots_by_length),
        cmocka_unit_test(test_short_story_reads_as_long),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
