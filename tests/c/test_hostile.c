/* Hostile input (issue 7): every case ends in a document or a clear error, never a crash, and the
 * document keeps the invariants of fuzz/invariants.h. Sizes: CD_HOSTILE_MB (default 200) sets the
 * largest input, so that the sanitizer run can use a smaller one. Speed is measured by `make bench`,
 * not here. */
#include "helpers.h"

#include "../../fuzz/invariants.h"

static size_t big_mb(void)
{
    const char *e = getenv("CD_HOSTILE_MB");
    return e ? (size_t)strtoul(e, NULL, 10) : 200;
}

static cd_doc *analyze_bytes(const char *s, size_t n, cd_input input)
{
    cd_options opt = {0};
    opt.input = input;
    opt.date = "2017-12-26";
    char err[256] = "";
    cd_doc *doc = NULL;
    cd_status st = cd_analyze(s, n, &opt, &doc, err, sizeof err);
    if (st != CD_OK) fail_msg("cd_analyze: %s", err);
    cd_check_invariants(doc, input == CD_INPUT_TEXT);
    return doc;
}

static char *repeat(const char *unit, size_t times, size_t *len)
{
    size_t u = strlen(unit);
    char *s = malloc(u * times + 1);
    assert_non_null(s);
    for (size_t i = 0; i < times; i++) memcpy(s + i * u, unit, u);
    s[u * times] = 0;
    *len = u * times;
    return s;
}

static void test_every_kind_of_invalid_utf8(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "\x80",             /* lone continuation */
        "\xBF\xBF",         /* continuations */
        "\xC0\x80",         /* overlong NUL */
        "\xC1\xBF",         /* overlong */
        "\xE0\x80\x80",     /* overlong 3-byte */
        "\xF0\x80\x80\x80", /* overlong 4-byte */
        "\xED\xA0\x80",     /* UTF-16 surrogate */
        "\xF4\x90\x80\x80", /* above U+10FFFF */
        "\xF8\x88\x80\x80\x80", /* 5-byte form */
        "\xFE", "\xFF",     /* never valid */
        "\xE2\x82",         /* truncated */
        "\xC3",             /* truncated at the end */
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char buf[128];
        int n = snprintf(buf, sizeof buf, "Prices rose 5%% %s in 2017.", bad[i]);
        cd_doc *doc = analyze_bytes(buf, (size_t)n, CD_INPUT_TEXT);
        const cd_finding *f = find_finding(doc, "invalid-utf8");
        assert_non_null(f);
        assert_int_equal(f->span.start, offset_of(buf, bad[i]));
        cd_doc_free(doc);
        n = snprintf(buf, sizeof buf, "%s", bad[i]); /* alone, and at the very end */
        doc = analyze_bytes(buf, (size_t)n, CD_INPUT_TEXT);
        assert_non_null(find_finding(doc, "invalid-utf8"));
        cd_doc_free(doc);
    }
}

static void test_many_invalid_runs_are_capped(void **state)
{
    (void)state;
    size_t len;
    char *s = repeat("a\xFF", 100000, &len);
    cd_doc *doc = analyze_bytes(s, len, CD_INPUT_TEXT);
    assert_int_equal(count_findings(doc, "invalid-utf8"), 100);
    assert_non_null(find_finding(doc, "input"));
    cd_doc_free(doc);
    free(s);
}

static void test_nul_bytes_everywhere(void **state)
{
    (void)state;
    size_t len;
    char *s = repeat("The #council# voted 7-2.#\n", 10000, &len);
    for (size_t i = 0; i < len; i++)
        if (s[i] == '#') s[i] = 0;
    cd_doc *doc = analyze_bytes(s, len, CD_INPUT_TEXT);
    size_t n;
    cd_doc_source(doc, &n);
    assert_int_equal(n, len);
    cd_doc_free(doc);
    free(s);
}

static void test_empty_and_tiny_inputs(void **state)
{
    (void)state;
    static const char *const tiny[] = {"", " ", "\n\n\n", ".", "\"", "“", "$", "%", "1", "-", "'s", "U.S."};
    for (size_t i = 0; i < sizeof tiny / sizeof *tiny; i++) {
        cd_doc *doc = analyze_bytes(tiny[i], strlen(tiny[i]), CD_INPUT_TEXT);
        cd_doc_free(doc);
    }
    cd_doc *doc = NULL;
    char err[64];
    assert_int_equal(cd_analyze(NULL, 0, NULL, &doc, err, sizeof err), CD_OK); /* empty story */
    cd_doc_free(doc);
    assert_int_equal(cd_analyze(NULL, 5, NULL, &doc, err, sizeof err), CD_ERR_ARG);
    assert_int_equal(cd_analyze("x", 1, NULL, NULL, err, sizeof err), CD_ERR_ARG);
}

static void test_big_story(void **state)
{
    (void)state;
    const char *para = "The council voted 7-2 on Monday to close two of the city's five ferry "
                       "terminals. Ridership fell from 48,000 trips a week to about 30,000, a decline "
                       "of nearly 40%, the authority said. \"We cannot keep running empty boats,\" "
                       "said Mayor Elena Ruiz, who took office in March 2019.\n\n";
    size_t len, times = big_mb() * 1024 * 1024 / strlen(para);
    char *s = repeat(para, times, &len);
    cd_doc *doc = analyze_bytes(s, len, CD_INPUT_TEXT);
    size_t nsent;
    cd_doc_sentences(doc, &nsent);
    assert_true(nsent >= times * 3);
    cd_doc_free(doc);
    free(s);
}

static void test_one_huge_line(void **state)
{
    (void)state;
    size_t len, times = big_mb() / 4 * 1024 * 1024 / 40;
    char *s = repeat("prices rose 3 percent and fell again, ", times, &len);
    cd_doc *doc = analyze_bytes(s, len, CD_INPUT_TEXT);
    cd_doc_free(doc);
    free(s);
    s = repeat("x", big_mb() / 4 * 1024 * 1024, &len); /* no space at all: a hard cut */
    doc = analyze_bytes(s, len, CD_INPUT_TEXT);
    cd_doc_free(doc);
    free(s);
}

static void test_a_million_quote_marks(void **state)
{
    (void)state;
    size_t len;
    char *s = repeat("\"", 1000000, &len);
    cd_doc_free(analyze_bytes(s, len, CD_INPUT_TEXT));
    free(s);
    s = repeat("“", 1000000, &len);
    cd_doc_free(analyze_bytes(s, len, CD_INPUT_TEXT));
    free(s);
    s = repeat("“a ", 1000000, &len);
    cd_doc_free(analyze_bytes(s, len, CD_INPUT_TEXT));
    free(s);
}

static void test_numbers_with_many_digits(void **state)
{
    (void)state;
    size_t len;
    char *digits = repeat("9", 100000, &len);
    char *s = malloc(len + 64);
    assert_non_null(s);
    int n = snprintf(s, len + 64, "It cost $%s.5 million, or %s%%.", digits, digits);
    (void)n;
    cd_doc *doc = analyze_bytes(s, strlen(s), CD_INPUT_TEXT);
    size_t nn;
    const cd_number *num = cd_doc_numbers(doc, &nn);
    for (size_t i = 0; i < nn; i++) assert_true(isfinite(num[i].value));
    cd_doc_free(doc);
    free(s);
    s = repeat("1,000", 20000, &len);
    cd_doc_free(analyze_bytes(s, len, CD_INPUT_TEXT));
    free(s);
    /* an ordinal suffix after digits past double's range: the value is infinite, and its last two
     * digits (read for "st": "21st", not "11st") must not come from converting NaN to an integer
     * (undefined: UBSan stops `make sanitize` here) */
    s = malloc(2 * 400 + 64);
    assert_non_null(s);
    snprintf(s, 2 * 400 + 64, "The %.400sst place. The %.400sth place.", digits, digits);
    doc = analyze_bytes(s, strlen(s), CD_INPUT_TEXT);
    num = cd_doc_numbers(doc, &nn);
    for (size_t i = 0; i < nn; i++) assert_true(isfinite(num[i].value));
    cd_doc_free(doc);
    free(s);
    free(digits);
}

static void test_deeply_nested_tags(void **state)
{
    (void)state;
    size_t a, b;
    char *open = repeat("<div><b>", 100000, &a);
    char *close = repeat("</b></div>", 100000, &b);
    size_t len = a + b + 64;
    char *s = malloc(len);
    assert_non_null(s);
    snprintf(s, len, "<html><body>%s<p>Fares rose 8%%.</p>%s</body></html>", open, close);
    cd_doc_free(analyze_bytes(s, strlen(s), CD_INPUT_HTML));
    cd_doc_free(analyze_bytes(s, strlen(s), CD_INPUT_XML));
    free(s);
    free(open);
    free(close);
}

static void test_billion_laughs_and_external_entities(void **state)
{
    (void)state;
    const char *laughs =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
        "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
        "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
        "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
        "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
        "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
        "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
        "]>\n<lolz><p>&lol9;</p></lolz>\n";
    cd_options opt = {0};
    opt.input = CD_INPUT_XML;
    cd_doc *doc = NULL;
    char err[256];
    if (cd_analyze(laughs, strlen(laughs), &opt, &doc, err, sizeof err) == CD_OK) {
        size_t tlen;
        cd_doc_text(doc, &tlen);
        assert_true(tlen < 100000); /* never expanded */
        cd_check_invariants(doc, 0);
        cd_doc_free(doc);
    }
    const char *xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                      "<r><p>Secret: &x;</p></r>\n";
    if (cd_analyze(xxe, strlen(xxe), &opt, &doc, err, sizeof err) == CD_OK) {
        size_t tlen;
        const char *t = cd_doc_text(doc, &tlen);
        assert_null(strstr(t, "root:"));
        cd_doc_free(doc);
    }
}

static void test_broken_markup(void **state)
{
    (void)state;
    static const char *const broken[] = {
        "<html><body><p>Unclosed <b>tags <i>everywhere", "</p></p></div>Fares rose 8%.",
        "<p attr=\"unterminated>Text", "<![CDATA[ never closed", "<!-- never closed",
        "<?xml version=\"1.0\"?><a><b></a>", "<<<<>>>>&&&&;;;;", "&#xFFFFFFFF; &#0; &#55296;",
        "---\ndate: not-a-date\n", "```\nunclosed code\n", "[link](unclosed", "# \n## \n###",
    };
    for (size_t i = 0; i < sizeof broken / sizeof *broken; i++) {
        for (int in = CD_INPUT_TEXT; in <= CD_INPUT_XML; in++) {
            cd_options opt = {0};
            opt.input = (cd_input)in;
            cd_doc *doc = NULL;
            char err[256] = "";
            cd_status st = cd_analyze(broken[i], strlen(broken[i]), &opt, &doc, err, sizeof err);
            if (st == CD_OK) {
                cd_check_invariants(doc, in == CD_INPUT_TEXT);
                cd_doc_free(doc);
            } else {
                assert_null(doc);
                assert_true(err[0] != 0);
            }
        }
    }
}

/* One Markdown line of 10^5 unclosed inline constructs: each is looked for within a bounded window
 * (bench/scaling.sh measures that the time stays linear). Links and code inside still read. */
static void test_markdown_unclosed_inlines(void **state)
{
    (void)state;
    static const char *const units[] = {"[", "![", "[a](", "`", "<a", "*", "_", "\\"};
    for (size_t i = 0; i < sizeof units / sizeof *units; i++) {
        size_t len;
        char *s = repeat(units[i], 100000, &len);
        cd_doc_free(analyze_bytes(s, len, CD_INPUT_MARKDOWN));
        free(s);
    }
    const char *md = "See [the report](http://x.example/a) and `code` then `` unclosed ``` runs.";
    cd_doc *doc = analyze_bytes(md, strlen(md), CD_INPUT_MARKDOWN);
    size_t tlen;
    const char *text = cd_doc_text(doc, &tlen);
    assert_string_equal(text, "See the report and then `` unclosed ``` runs.");
    cd_doc_free(doc);
}

/* Regression (fuzz/test_broken_markup): "# " put its content start past its end, and the
 * Markdown reader passed a length of -1 along. Empty headings are empty; a closing run of '#'
 * counts only after a space. */
static void test_markdown_heading_edges(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"# ", ""}, {"#", ""}, {"# \n## \n###", ""}, {"# ###", ""}, {"# C#", "C#"},
        {"## Fares rose 8% ##  ", "Fares rose 8%"}, {"#\tTabs\t#\t", "Tabs"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        cd_doc *doc = analyze_bytes(cases[i][0], strlen(cases[i][0]), CD_INPUT_MARKDOWN);
        size_t tlen;
        const char *text = cd_doc_text(doc, &tlen);
        while (tlen && (text[tlen - 1] == '\n' || text[tlen - 1] == ' ')) tlen--;
        assert_int_equal(tlen, strlen(cases[i][1]));
        assert_memory_equal(text, cases[i][1], tlen);
        cd_doc_free(doc);
    }
}

/* Inputs the fuzz targets (fuzz/run.sh) found, minimized: each crashed or broke an invariant once.
 * A new crash becomes a row here, with where it failed. */
typedef struct fuzz_case {
    cd_input input;
    const char *bytes;
    size_t len;
    const char *what;
} fuzz_case;

#define FUZZ_CASE(input, lit, what) {input, lit, sizeof lit - 1, what}

static const fuzz_case fuzz_cases[] = {
    FUZZ_CASE(CD_INPUT_HTML, "<html><h1>\xFF<l><p>\xE2\x80\x9CTrfer, a spesh6manydy></html>>",
              "markup_html.c mark_kept: the parent of a root node (read before the node array)"),
    FUZZ_CASE(CD_INPUT_HTML, "\xEF\xBB\xBF&\xC7",
              "markup_tree.c mk_align: libxml2's stray byte matched inside a transcoded character"),
};

static void test_fuzz_regressions(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof fuzz_cases / sizeof *fuzz_cases; i++) {
        const fuzz_case *c = &fuzz_cases[i];
        for (int date = 0; date < 2; date++) { /* the fuzz targets try both */
            cd_options opt = {0};
            opt.input = c->input;
            opt.date = date ? "2017-12-26" : NULL;
            cd_doc *doc = NULL;
            char err[256] = "";
            if (cd_analyze(c->bytes, c->len, &opt, &doc, err, sizeof err) == CD_OK) {
                cd_check_invariants(doc, c->input == CD_INPUT_TEXT);
                cd_doc_free(doc);
            } else {
                assert_null(doc);
                assert_true(err[0] != 0);
            }
        }
    }
}

/* 1 when every number and (non-quote) claim lies inside its sentence. */
static int spans_inside_sentences(const cd_doc *doc)
{
    size_t nsent, n;
    const cd_sentence *sent = cd_doc_sentences(doc, &nsent);
    const cd_number *num = cd_doc_numbers(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (num[i].sentence >= nsent || num[i].span.tstop > sent[num[i].sentence].span.tstop) return 0;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].kind != CD_CLAIM_QUOTE && c[i].span.tstop > sent[c[i].sentence].span.tstop) return 0;
    return 1;
}

/* Fuzz-found (it was a known bug): "3.25\n %" read as one number across the line break that ends
 * the sentence. A number now stops at the end of its sentence; on one line the percent still reads. */
static void test_number_stops_at_sentence_end(void **state)
{
    (void)state;
    size_t n, nsent;
    cd_doc *doc = analyze("3.25\n %", NULL);
    cd_doc_sentences(doc, &nsent);
    assert_int_equal(nsent, 2);
    assert_true(spans_inside_sentences(doc));
    const cd_number *num = cd_doc_numbers(doc, &n);
    assert_int_equal(n, 1);
    assert_int_equal(num[0].span.start, 0);
    assert_int_equal(num[0].span.stop, 4);
    assert_int_equal(num[0].kind, CD_NUM_CARDINAL);
    assert_true(num[0].value == 3.25);
    cd_doc_free(doc);

    doc = analyze("Rates rose 3.25 % in March.", NULL);
    num = cd_doc_numbers(doc, &n);
    assert_int_equal(n, 1);
    assert_int_equal(num[0].span.start, 11);
    assert_int_equal(num[0].span.stop, 17);
    assert_int_equal(num[0].kind, CD_NUM_PERCENT);
    assert_true(num[0].value == 3.25);
    assert_true(spans_inside_sentences(doc));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_kind_of_invalid_utf8),
        cmocka_unit_test(test_many_invalid_runs_are_capped),
        cmocka_unit_test(test_nul_bytes_everywhere),
        cmocka_unit_test(test_empty_and_tiny_inputs),
        cmocka_unit_test(test_big_story),
        cmocka_unit_test(test_one_huge_line),
        cmocka_unit_test(test_a_million_quote_marks),
        cmocka_unit_test(test_numbers_with_many_digits),
        cmocka_unit_test(test_deeply_nested_tags),
        cmocka_unit_test(test_billion_laughs_and_external_entities),
        cmocka_unit_test(test_broken_markup),
        cmocka_unit_test(test_markdown_heading_edges),
        cmocka_unit_test(test_markdown_unclosed_inlines),
        cmocka_unit_test(test_fuzz_regressions),
        cmocka_unit_test(test_number_stops_at_sentence_end),
    };
    return cmocka_run_group_tests_name("hostile", tests, NULL, NULL);
}
