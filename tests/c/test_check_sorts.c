/* The sorts of the checks (checks.c: sort_items, a radix sort from RADIX_MIN records, an insertion
 * sort below): the names of name-variant by bucket and spelling, the figures of inconsistent-number
 * by what they count. A story of many names or figures (the radix path) must give the finding that
 * the story of one pair gives, and none where the pair agrees: a wrong order splits the neighbours
 * that the checks compare. */
#include "helpers.h"

#define MANY 48 /* names or figures besides the pair: more than RADIX_MIN */

/* A capitalized made-up word of five letters, different for each i < 15 * 26 (first letters A to
 * O: none is near the pair's words). */
static void made_up_word(char *out, size_t i, unsigned salt)
{
    out[0] = (char)('A' + i % 15);
    out[1] = (char)('a' + (i / 15 + salt) % 26);
    out[2] = (char)('a' + (i * 7 + salt) % 26);
    out[3] = (char)('a' + (i * 3 + 2 * salt) % 26);
    out[4] = 'e';
    out[5] = 0;
}

/* `first`, then `lines` sentences made by `line` (each different), then `last`. */
static char *story_of(size_t lines, const char *first, void (*line)(char *, size_t, size_t), const char *last)
{
    size_t cap = strlen(first) + strlen(last) + lines * 96 + 1;
    char *s = malloc(cap);
    assert_non_null(s);
    size_t n = (size_t)snprintf(s, cap, "%s", first);
    for (size_t i = 0; i < lines; i++) {
        line(s + n, cap - n, i);
        n += strlen(s + n);
    }
    snprintf(s + n, cap - n, "%s", last);
    return s;
}

static char *story(const char *first, void (*line)(char *, size_t, size_t), const char *last)
{
    return story_of(MANY, first, line, last);
}

/* "Mayor Kxyze Bqrse spoke." with a first name and a surname of its own (two words differ from
 * any other name's: no variant among them). */
static void name_line(char *out, size_t cap, size_t i)
{
    char given[6], surname[6];
    made_up_word(given, i, 3);
    made_up_word(surname, i, 11);
    snprintf(out, cap, " Mayor %s %s spoke.", given, surname);
}

/* "Depot 7 sent 12 buses to route Kxyze daily." with a route of its own (no two count one thing). */
static void figure_line(char *out, size_t cap, size_t i)
{
    char route[6];
    made_up_word(route, i, 5);
    snprintf(out, cap, " Depot %zu sent %zu buses to route %s daily.", i + 1, 10 + i, route);
}

static size_t findings_in(const char *text, const char *rule)
{
    cd_doc *doc = analyze(text, NULL);
    size_t n = count_findings(doc, rule);
    cd_doc_free(doc);
    return n;
}

static void test_many_names(void **state)
{
    (void)state;
    char *t = story("Kremlin spokesman Dmitry Peskov spoke first.", name_line, " Later, Peskow said no.");
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, "name-variant"), 1); /* must fire: the pair, among many */
    const cd_finding *f = find_finding(doc, "name-variant");
    assert_int_equal(f->span.start, offset_of(t, "Peskow"));
    assert_string_equal(f->message, "\"Peskow\" here, but \"Dmitry Peskov\" earlier: one name spelled two ways?");
    cd_doc_free(doc);
    free(t);
    /* two spellings with the same first five bytes (one key: the run sorted by name) */
    t = story("Mayor Elena Ruiz spoke.", name_line, " Later, Elena Ruis left.");
    assert_int_equal(findings_in(t, "name-variant"), 1);
    free(t);
    /* must not: the same name twice, and a surname alone after its full name */
    t = story("Kremlin spokesman Dmitry Peskov spoke first.", name_line, " Later, Peskov said no.");
    assert_int_equal(findings_in(t, "name-variant"), 0);
    free(t);
}

static void test_many_figures(void **state)
{
    (void)state;
    const char *pair = "1,200 commuters use Pier 9 on weekdays.";
    char *t = story(pair, figure_line, " The city said 1,300 commuters use Pier 9 on weekdays.");
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, "inconsistent-number"), 1); /* must fire */
    assert_finding_at(doc, t, "inconsistent-number", "1,300", "1,200");
    cd_doc_free(doc);
    free(t);
    /* must not: the same figure again, and one of another time */
    t = story(pair, figure_line, " The city said 1,200 commuters use Pier 9 on weekdays.");
    assert_int_equal(findings_in(t, "inconsistent-number"), 0);
    free(t);
    t = story(pair, figure_line, " In 2019, 1,300 commuters use Pier 9 on weekdays.");
    assert_int_equal(findings_in(t, "inconsistent-number"), 0);
    free(t);
}

/* "Depot 8 sent 17 kqboxes to route 27 daily.": three numbers, the second counting a made-up
 * thing of its own. */
static void own_unit_line(char *out, size_t cap, size_t i)
{
    char noun[8] = {(char)('a' + i % 26), (char)('a' + (i / 26 + 7) % 26), (char)('a' + (i * 7 + 3) % 26),
                    'o', 'x', 'e', 's', 0};
    snprintf(out, cap, " Depot %zu sent %zu %s to route %zu daily.", i + 1, 10 + i, noun, 20 + i);
}

/* A long text: mention_key remembers the units it met (keys_of_unit) in more slots the more numbers
 * there are (start_memo: 16, up to 256; here 904 numbers, 128 slots, some 300 units). The figure
 * given twice still gives its one finding, at its exact place, and none where the two agree. */
static void test_many_units(void **state)
{
    (void)state;
    const char *pair = "1,200 commuters use Pier 9 on weekdays.";
    char *t = story_of(300, pair, own_unit_line, " The city said 1,300 commuters use Pier 9 on weekdays.");
    cd_doc *doc = analyze(t, NULL);
    size_t n_nums;
    cd_doc_numbers(doc, &n_nums);
    assert_int_equal(n_nums, 904);
    assert_int_equal(count_findings(doc, "inconsistent-number"), 1);
    assert_finding_at(doc, t, "inconsistent-number", "1,300", "1,200");
    assert_int_equal(find_finding(doc, "inconsistent-number")->span.start, 13876);
    cd_doc_free(doc);
    free(t);
    t = story_of(300, pair, own_unit_line, " The city said 1,200 commuters use Pier 9 on weekdays.");
    assert_int_equal(findings_in(t, "inconsistent-number"), 0);
    free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_many_names),
        cmocka_unit_test(test_many_figures),
        cmocka_unit_test(test_many_units),
    };
    return cmocka_run_group_tests_name("check_sorts", tests, NULL, NULL);
}
