/* name-variant compares each name with the names sorted after it in its window (checks.c:
 * NAME_WINDOW, 64 names of the same bucket: the first letter of the last word, and its length at
 * most two more), asking first which of them have last words of close letters (near_names, four
 * names a step, a bit for each of the 64). A variant at every place of the window must be found,
 * and none past its end.
 *
 * The story: "Dmitry Peskov", then `between` names that sort between him and "Peskow" (the same
 * bucket, p and six letters; first five bytes after "Dmitr" and before "Pesko"), then "Peskow"
 * alone: the variant is name between + 1 of Peskov's window. No two of the names between are
 * variants (their first names all differ, and so do their surnames), nor is any of Peskow (their
 * surnames share too few letters with it). */
#include "helpers.h"

#define WINDOW 64 /* checks.c NAME_WINDOW */

/* " Mayor Fxyzw Pqxzjb spoke." for i < 26 * 26: a first name and a surname of its own. */
static void between_line(char *out, size_t cap, size_t i)
{
    const char *far = "abcdfghijlmnqrtuxyz"; /* none of Peskow's e, k, o, s, w */
    size_t nf = strlen(far);
    char given[6] = {'F', (char)('a' + i / 26), (char)('a' + i % 26), 'u', 'n', 0};
    char surname[7] = {'P', far[i % nf], far[(i / nf + 3) % nf], 'q', 'x', far[(i * 5 + 1) % nf], 0};
    snprintf(out, cap, " Mayor %s %s spoke.", given, surname);
}

static char *story(size_t between)
{
    size_t cap = 128 + between * 40;
    char *s = malloc(cap);
    assert_non_null(s);
    size_t n = (size_t)snprintf(s, cap, "Kremlin spokesman Dmitry Peskov spoke first.");
    for (size_t i = 0; i < between; i++) {
        between_line(s + n, cap - n, i);
        n += strlen(s + n);
    }
    snprintf(s + n, cap - n, " Later, Peskow said no.");
    return s;
}

static size_t variants_with(size_t between)
{
    char *t = story(between);
    cd_doc *doc = analyze(t, NULL);
    size_t n = count_findings(doc, "name-variant");
    if (n == 1) assert_finding_at(doc, t, "name-variant", "Peskow", "Dmitry Peskov");
    cd_doc_free(doc);
    free(t);
    return n;
}

static void test_variant_anywhere_in_the_window(void **state)
{
    (void)state;
    for (size_t between = 0; between < WINDOW; between++) { /* Peskow at place between + 1 */
        if (variants_with(between) != 1) fail_msg("%zu names between: no name-variant", between);
    }
}

static size_t variants_in(const char *text)
{
    cd_doc *doc = analyze(text, NULL);
    size_t n = count_findings(doc, "name-variant");
    cd_doc_free(doc);
    return n;
}

static void test_no_variant_past_the_window(void **state)
{
    (void)state;
    assert_int_equal(variants_with(WINDOW), 0); /* must not: Peskow is the 65th name after */
    assert_int_equal(variants_with(WINDOW + 5), 0);
    /* must not: a window that ends at its bucket's end is read four names a step, and the names
     * read past its end are no part of it: Beskov's window (b and six letters) holds Carla Bqxzyj
     * alone, and Dmitry Peskov after her, one letter from Beskov but in the next bucket, is never
     * compared with him */
    assert_int_equal(variants_in("Dmitry Peskov spoke first. Mayor Carla Bqxzyj spoke. Later, Beskov said no."), 0);
    assert_int_equal(variants_in("Dmitry Peskov spoke first. Later, Peskow said no."), 1); /* must fire */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_variant_anywhere_in_the_window),
        cmocka_unit_test(test_no_variant_past_the_window),
    };
    return cmocka_run_group_tests_name("name_window", tests, NULL, NULL);
}
