/* Fact sheets: loading (errors with file and line, refusals of URLs and entities) and checking
 * stories against them (fact-match, fact-mismatch). */
#include <unistd.h>

#include "helpers.h"

static char path_buf[512];

static const char *fixture(const char *name)
{
    const char *dir = getenv("CD_FIXTURES");
    snprintf(path_buf, sizeof path_buf, "%s/%s", dir ? dir : "tests/fixtures", name);
    return path_buf;
}

static cd_facts *load_ok(const char *name)
{
    char err[512] = "";
    cd_facts *f = NULL;
    cd_status st = cd_facts_load_file(fixture(name), &f, err, sizeof err);
    if (st != CD_OK) fail_msg("loading %s failed: %s", name, err);
    return f;
}

/* Loads a sheet that must fail with `want`; returns the message (static). */
static const char *load_error(const char *name, cd_status want)
{
    static char err[512];
    err[0] = 0;
    cd_facts *f = (cd_facts *)1;
    cd_status st = cd_facts_load_file(fixture(name), &f, err, sizeof err);
    assert_int_equal(st, want);
    assert_null(f);
    return err;
}

static const char *parse_error(const char *xml, cd_status want)
{
    static char err[512];
    err[0] = 0;
    cd_facts *f = (cd_facts *)1;
    cd_status st = cd_facts_load_memory(xml, strlen(xml), "mem.xml", &f, err, sizeof err);
    assert_int_equal(st, want);
    assert_null(f);
    return err;
}

static void assert_prefix(const char *s, const char *prefix)
{
    if (strncmp(s, prefix, strlen(prefix)) != 0) fail_msg("\"%s\" does not start with \"%s\"", s, prefix);
}

static void assert_contains(const char *s, const char *part)
{
    if (!strstr(s, part)) fail_msg("\"%s\" does not contain \"%s\"", s, part);
}

/* A sheet in memory ("mem.xml") that must be refused (CD_ERR_PARSE) with exactly `message`. */
typedef struct {
    const char *xml, *message;
} sheet_error;

static void check_sheet_errors(const sheet_error *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const char *got = parse_error(cases[i].xml, CD_ERR_PARSE);
        if (strcmp(got, cases[i].message) != 0)
            fail_msg("the sheet \"%s\":\n  said \"%s\"\n  want \"%s\"", cases[i].xml, got, cases[i].message);
    }
}

/* ---- loading ------------------------------------------------------------------------------- */

/* Found by fuzzing: a <subject> after an <alias> is moved to the front of the phrase array, which
 * may be reallocated meanwhile (a use after free before the fix). */
static void test_subject_after_aliases(void **state)
{
    (void)state;
    const char *xml = "<factsheet><fact id=\"b\"><alias>C</alias><alias>D</alias><alias>E</alias>"
                      "<subject>o</subject><value unit=\"staff\">5</value><as-of>2026-01-01</as-of>"
                      "<source url=\"https://example.org/\">A register</source></fact></factsheet>";
    char err[256] = "";
    cd_facts *f = NULL;
    assert_int_equal(cd_facts_load_memory(xml, strlen(xml), "mem.xml", &f, err, sizeof err), CD_OK);
    assert_int_equal(cd_facts_count(f), 1);
    cd_facts_free(f);
}

static void test_load_valid_sheet(void **state)
{
    (void)state;
    cd_facts *f = load_ok("facts_ok.xml");
    assert_int_equal(cd_facts_count(f), 4);
    cd_facts_free(f);
    assert_int_equal(cd_facts_count(NULL), 0);
    cd_facts_free(NULL);
}

static void test_malformed_names_file_and_line(void **state)
{
    (void)state;
    const char *e = load_error("facts_malformed.xml", CD_ERR_PARSE);
    char want[1024];
    snprintf(want, sizeof want, "%s:5: malformed XML: ", fixture("facts_malformed.xml"));
    assert_prefix(e, want);
    assert_contains(e, "mismatch");
    assert_null(strchr(e, '\n'));
}

static void test_external_entity_refused(void **state)
{
    (void)state;
    const char *e = load_error("facts_xxe.xml", CD_ERR_PARSE);
    char want[1024];
    snprintf(want, sizeof want,
             "%s:3: external entity 'secret' (\"file:///etc/passwd\") refused: fact sheets never load or expand entities",
             fixture("facts_xxe.xml"));
    assert_string_equal(e, want);
}

static void test_external_dtd_refused(void **state)
{
    (void)state;
    const char *e = load_error("facts_dtd_url.xml", CD_ERR_PARSE);
    char want[1024];
    snprintf(want, sizeof want,
             "%s:2: the DOCTYPE points at an external DTD (\"http://facts.example/factsheet.dtd\"): refused, fact "
             "sheets are never fetched",
             fixture("facts_dtd_url.xml"));
    assert_string_equal(e, want);
}

static void test_url_path_refused(void **state)
{
    (void)state;
    char err[256];
    cd_facts *f = NULL;
    assert_int_equal(cd_facts_load_file("https://facts.example/sheet.xml", &f, err, sizeof err), CD_ERR_ARG);
    assert_string_equal(err, "https://facts.example/sheet.xml: a URL: refused, fact sheets are read from local files "
                             "and never fetched");
    assert_null(f);
}

static void test_missing_file(void **state)
{
    (void)state;
    const char *e = load_error("facts_absent.xml", CD_ERR_IO);
    assert_contains(e, "facts_absent.xml: cannot read: ");
}

static void test_schema_errors(void **state)
{
    (void)state;
    char want[1024];
    snprintf(want, sizeof want, "%s:5: <fact id=\"fare\">: <value> \"three dollars\" is not a number",
             fixture("facts_bad_value.xml"));
    assert_string_equal(load_error("facts_bad_value.xml", CD_ERR_PARSE), want);
    snprintf(want, sizeof want, "%s:3: <fact id=\"fare\">: no <as-of> date", fixture("facts_incomplete.xml"));
    assert_string_equal(load_error("facts_incomplete.xml", CD_ERR_PARSE), want);

    static const sheet_error cases[] = {
        {"<facts/>", "mem.xml:1: the root element must be <factsheet>, not <facts>"},
        {"<factsheet>\n<fact id='a'><subject>x y</subject><text>Ann Lee</text>"
         "<as-of>2020</as-of><source>s</source></fact>\n<fact id='a'/></factsheet>",
         "mem.xml:3: duplicate fact id \"a\""},
        {"<factsheet>\n<fact id='b'>\n<subject>x</subject><colour>red</colour></fact></factsheet>",
         "mem.xml:3: <fact id=\"b\">: unknown element <colour>"},
        {"<factsheet><fact id='c'><subject>the of</subject></fact></factsheet>",
         "mem.xml:1: <fact id=\"c\">: <subject> \"the of\" has no words to match"},
        {"<factsheet><fact id='d'><subject>x</subject><value>5</value></fact></factsheet>",
         "mem.xml:1: <fact id=\"d\">: <value> needs a unit attribute (unit=\"personnel\", unit=\"%\", unit=\"USD\")"},
        {"<factsheet><fact id='e'><subject>x</subject><value unit='a'>5</value>"
         "<tolerance>lots</tolerance></fact></factsheet>",
         "mem.xml:1: <fact id=\"e\">: tolerance \"lots\" is not a number or a percentage (\"10\", \"5%\")"},
        {"", "mem.xml: empty: a fact sheet is an XML <factsheet>"},
    };
    check_sheet_errors(cases, N_OF(cases));
}

static void test_entities_and_xinclude_refused(void **state)
{
    (void)state;
    static const sheet_error cases[] = {
        /* an internal entity bomb never gets expanded: any entity declaration is refused */
        {"<?xml version='1.0'?>\n<!DOCTYPE factsheet [\n<!ENTITY lol 'lol'>\n"
         "<!ENTITY lol2 '&lol;&lol;&lol;&lol;'>]>\n<factsheet>&lol2;</factsheet>",
         "mem.xml:3: entity 'lol' refused: fact sheets may not declare entities"},
        {"<!DOCTYPE factsheet [<!ENTITY % p SYSTEM 'http://evil.example/p.dtd'> %p;]><factsheet/>",
         "mem.xml:1: external entity 'p' (\"http://evil.example/p.dtd\") refused: fact sheets never load or expand "
         "entities"},
        {"<factsheet xmlns:xi='http://www.w3.org/2001/XInclude'>\n"
         "<xi:include href='http://facts.example/more.xml'/></factsheet>",
         "mem.xml:2: XInclude refused: fact sheets are never fetched"},
    };
    check_sheet_errors(cases, N_OF(cases));
}

/* Nothing reaches stderr, whatever the sheet. */
static void test_errors_are_silent(void **state)
{
    (void)state;
    fflush(stderr);
    int saved = dup(2);
    FILE *tmp = tmpfile();
    assert_non_null(tmp);
    dup2(fileno(tmp), 2);
    parse_error("<factsheet><fact id='a'>&undefined;</fact>", CD_ERR_PARSE);
    parse_error("<factsheet>\xff\xfe</factsheet>", CD_ERR_PARSE);
    load_error("facts_xxe.xml", CD_ERR_PARSE);
    load_error("facts_malformed.xml", CD_ERR_PARSE);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    assert_int_equal(ftell(tmp), 0);
    fclose(tmp);
}

/* ---- checking stories ---------------------------------------------------------------------- */

static cd_doc *check(const char *text, cd_facts *f)
{
    const cd_facts *sheets[1] = {f};
    cd_options opt = {0};
    opt.date = "2025-10-01";
    opt.facts = sheets;
    opt.nfacts = 1;
    return analyze_opts(text, &opt);
}

/* A story checked against a sheet (dated 2025-10-01) and the fact findings it must get: exactly
 * `match` fact-match and `mismatch` fact-mismatch findings (ANY: not counted); where rule is set, the
 * first finding of that rule sits on the first occurrence of `at` and says `message`; where related
 * is set, that finding points at one related span, with that text. */
typedef struct {
    const char *text;
    int match, mismatch;
    const char *rule, *at, *message, *related;
} fact_case;

#define ANY -1
#define NO_MISMATCH .match = ANY, .mismatch = 0
#define NO_FACT_FINDING .match = 0, .mismatch = 0

static void check_fact_count(const cd_doc *doc, const fact_case *c, const char *rule, int want)
{
    if (want != ANY && count_findings(doc, rule) != (size_t)want)
        fail_in_story(c->text, "%zu %s findings, want %d", count_findings(doc, rule), rule, want);
}

static void check_fact_finding(const cd_doc *doc, const fact_case *c)
{
    const cd_finding *f = find_finding(doc, c->rule);
    if (!f) fail_in_story(c->text, "no %s finding", c->rule);
    uint32_t at = (uint32_t)offset_of(c->text, c->at);
    if (f->span.start != at || strcmp(span_text(doc, f->span), c->at) != 0)
        fail_in_story(c->text, "%s on \"%s\" (byte %u), want \"%s\" (byte %u)", c->rule, span_text(doc, f->span),
                      f->span.start, c->at, at);
    if (strcmp(f->message, c->message) != 0)
        fail_in_story(c->text, "%s says \"%s\",\n  want \"%s\"", c->rule, f->message, c->message);
    if (c->related && (f->nrelated != 1 || strcmp(span_text(doc, f->related[0]), c->related) != 0))
        fail_in_story(c->text, "%s: %zu related spans, want one: \"%s\"", c->rule, (size_t)f->nrelated, c->related);
}

/* Checks each story against the sheet f. */
static void check_facts(cd_facts *f, const fact_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const fact_case *c = &cases[i];
        cd_doc *doc = check(c->text, f);
        check_fact_count(doc, c, "fact-match", c->match);
        check_fact_count(doc, c, "fact-mismatch", c->mismatch);
        if (c->rule) check_fact_finding(doc, c);
        cd_doc_free(doc);
    }
}

static void test_count_match_and_mismatch(void **state)
{
    (void)state;
    static const fact_case cases[] = {
        {"The Corvin Bridge has six lanes, engineers said.", ANY, 0, "fact-match", "six",
         "\"six\" agrees with the fact sheet: Corvin Bridge lanes: 6 lanes as of 2025-06-01 (State Roads Agency, "
         "https://roads.example/corvin) [fact bridge-lanes]",
         "Corvin Bridge"},
        {"The Corvin Bridge will carry eight lanes after the work.", 0, ANY, "fact-mismatch", "eight",
         "\"eight\" disagrees with the fact sheet: Corvin Bridge lanes: 6 lanes as of 2025-06-01 (State Roads Agency, "
         "https://roads.example/corvin) [fact bridge-lanes]",
         NULL},
    };
    cd_facts *f = load_ok("facts_ok.xml");
    check_facts(f, cases, N_OF(cases));
    cd_facts_free(f);
}

static void test_not_compared(void **state)
{
    (void)state;
    static const fact_case cases[] = {
        {"Crews closed two of the lanes on the Corvin Bridge.", NO_MISMATCH},         /* a part */
        {"The Harlow Bridge has eight lanes.", NO_MISMATCH},                          /* another subject */
        {"The Corvin Bridge is 800 feet long.", NO_MISMATCH},                         /* another unit */
        {"Port Alden staff numbered 1,500 employees in 2019.", NO_MISMATCH},          /* another year */
        /* the change's size; its end agrees */
        {"Port Alden staff fell by 300 employees to 1,210 this year.", NO_MISMATCH},
        {"The Port Alden director said the cranes were old.", NO_MISMATCH},           /* no name to compare */
    };
    cd_facts *f = load_ok("facts_ok.xml");
    check_facts(f, cases, N_OF(cases));
    cd_facts_free(f);
}

static void test_tolerance_and_qualifiers(void **state)
{
    (void)state;
    static const fact_case cases[] = {
        /* 4.2 million +- 5%: "about $4.3 million" agrees, "$4.5 million" does not */
        {"The Lakeview Museum budget is about $4.3 million.", .match = 1, .mismatch = 0},
        {"The Lakeview Museum budget is $4.5 million.", ANY, ANY, "fact-mismatch", "$4.5 million",
         "\"$4.5 million\" disagrees with the fact sheet: Lakeview Museum budget: 4,200,000 USD (+/- 5%) as of 2025 "
         "(Lakeview Museum annual report) [fact museum-budget]",
         NULL},
        /* a change's end is compared, its start is not; the unit alias "dockworkers" counts */
        {"The Port Alden workforce shrank from 1,900 dockworkers to about 1,200.", ANY, 0, "fact-match", "about 1,200",
         "\"about 1,200\" agrees with the fact sheet: Port Alden staff: 1,210 employees (+/- 20) as of 2025-09 (Port "
         "Alden Authority, https://port.example/) [fact port-staff]",
         NULL},
    };
    cd_facts *f = load_ok("facts_ok.xml");
    check_facts(f, cases, N_OF(cases));
    cd_facts_free(f);
}

static void test_text_fact(void **state)
{
    (void)state;
    static const fact_case cases[] = {
        {"Port Alden director Marta Quill said the cranes were old.", ANY, ANY, "fact-match", "Marta Quill",
         "\"Marta Quill\" agrees with the fact sheet: Port Alden director: Marta Quill as of 2025-01-01 (Port Alden "
         "Authority) [fact port-chief]",
         NULL},
        {"Maria Lopez, the Port Alden director, said the cranes were old.", ANY, ANY, "fact-mismatch", "Maria Lopez",
         "\"Maria Lopez\" disagrees with the fact sheet: Port Alden director: Marta Quill as of 2025-01-01 (Port Alden "
         "Authority) [fact port-chief]",
         NULL},
    };
    cd_facts *f = load_ok("facts_ok.xml");
    check_facts(f, cases, N_OF(cases));
    cd_facts_free(f);
}

static void test_text_fact_other_office(void **state)
{
    (void)state;
    static const fact_case cases[] = {
        {"London mayor Ken Livingstone spoke on Monday.", NO_FACT_FINDING},
        {"Deputy Mayor Nicky Gavron spoke on Monday.", NO_FACT_FINDING},
        {"The mayor said little on Monday.", NO_FACT_FINDING},
        {"Mayor Tom Baker spoke on Monday.", ANY, ANY, "fact-mismatch", "Tom Baker",
         "\"Tom Baker\" disagrees with the fact sheet: Harbor City mayor: Elena Ruiz as of 2026 (City Hall) [fact "
         "mayor]",
         NULL},
    };
    char err[256];
    cd_facts *f = NULL;
    const char *xml = "<factsheet><fact id='mayor'><subject>Harbor City mayor</subject><alias>Mayor</alias>"
                      "<text>Elena Ruiz</text><as-of>2026</as-of><source>City Hall</source></fact></factsheet>";
    assert_int_equal(cd_facts_load_memory(xml, strlen(xml), "city.xml", &f, err, sizeof err), CD_OK);
    check_facts(f, cases, N_OF(cases));
    cd_facts_free(f);
}

static void test_several_sheets_and_none(void **state)
{
    (void)state;
    cd_facts *a = load_ok("facts_ok.xml");
    char err[256];
    cd_facts *b = NULL;
    const char *xml = "<factsheet><fact id='x'><subject>Corvin Bridge</subject><value unit='lanes'>8</value>"
                      "<as-of>2026</as-of><source>Roads plan</source></fact></factsheet>";
    assert_int_equal(cd_facts_load_memory(xml, strlen(xml), "plan.xml", &b, err, sizeof err), CD_OK);
    const cd_facts *sheets[2] = {a, b};
    cd_options opt = {0};
    opt.facts = sheets;
    opt.nfacts = 2;
    const char *t = "The Corvin Bridge has six lanes.";
    cd_doc *doc = analyze_opts(t, &opt);
    assert_int_equal(count_findings(doc, "fact-match"), 1);
    assert_int_equal(count_findings(doc, "fact-mismatch"), 1);
    cd_doc_free(doc);
    doc = analyze(t, NULL); /* no sheet: no fact findings */
    assert_int_equal(count_findings(doc, "fact-match") + count_findings(doc, "fact-mismatch"), 0);
    cd_doc_free(doc);
    cd_facts_free(a);
    cd_facts_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_load_valid_sheet),
        cmocka_unit_test(test_subject_after_aliases),
        cmocka_unit_test(test_malformed_names_file_and_line),
        cmocka_unit_test(test_external_entity_refused),
        cmocka_unit_test(test_external_dtd_refused),
        cmocka_unit_test(test_url_path_refused),
        cmocka_unit_test(test_missing_file),
        cmocka_unit_test(test_schema_errors),
        cmocka_unit_test(test_entities_and_xinclude_refused),
        cmocka_unit_test(test_errors_are_silent),
        cmocka_unit_test(test_count_match_and_mismatch),
        cmocka_unit_test(test_not_compared),
        cmocka_unit_test(test_tolerance_and_qualifiers),
        cmocka_unit_test(test_text_fact),
        cmocka_unit_test(test_text_fact_other_office),
        cmocka_unit_test(test_several_sheets_and_none),
    };
    return cmocka_run_group_tests_name("facts", tests, NULL, NULL);
}
