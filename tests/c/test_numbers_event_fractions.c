/* A "p/q" shaped like a month and day names a title, no fraction, after a title's word that opens
 * the sentence with a word after the digits (src/numbers.c date_shaped_fraction,
 * opening_title_word). After a word that opens sentences, or after "of" ("odds of 1/14"), a
 * fraction stays. Every story here is our own. */
#include <math.h>
#include <string.h>

#include "helpers.h"

static size_t numbers_in(const char *t)
{
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    cd_doc_numbers(doc, &n);
    cd_doc_free(doc);
    return n;
}

/* Must fire: no number in either. */
static void test_titles_and_events(void **state)
{
    (void)state;
    static const char *const stories[] = {
        "Brimstone 9/12 opened in May to full houses.",
        "Voters were tired of the talk. Garland 7/14 won the prize.",
    };
    for (size_t i = 0; i < N_OF(stories); i++)
        if (numbers_in(stories[i]) != 0) fail_in_story(stories[i], "a number read in a title or an event");
}

/* Must not: each keeps exactly the one fraction, with its span and value. */
static void test_fractions_stay(void **state)
{
    (void)state;
    static const struct {
        const char *text, *frac;
        double value;
    } cases[] = {
        {"Bookmakers gave odds of 1/14.", "1/14", 1.0 / 14}, /* after "of" */
        {"Most 5/12 pupils passed.", "5/12", 5.0 / 12},                       /* a word that opens sentences */
    };
    for (size_t i = 0; i < N_OF(cases); i++) {
        cd_doc *doc = analyze(cases[i].text, NULL);
        size_t n;
        const cd_number *x = cd_doc_numbers(doc, &n);
        if (n != 1) fail_in_story(cases[i].text, "%zu numbers, want 1", n);
        assert_int_equal(x[0].kind, CD_NUM_FRACTION);
        assert_int_equal(x[0].span.start, offset_of(cases[i].text, cases[i].frac));
        assert_int_equal(x[0].span.stop, offset_of(cases[i].text, cases[i].frac) + strlen(cases[i].frac));
        assert_true(fabs(x[0].value - cases[i].value) < 1e-12);
        cd_doc_free(doc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_titles_and_events),
        cmocka_unit_test(test_fractions_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
