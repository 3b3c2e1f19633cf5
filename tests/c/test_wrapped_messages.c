/* Findings' messages on one line: a message that quotes hard-wrapped input (wire copy, Markdown
 * under 'textwidth') has a space where the input has its line break, so the command's text output
 * keeps one finding to a line ("FILE:LINE:COL: ..."); the finding's span keeps the input's bytes. */
#include "helpers.h"

static const char WIRE[] = "Profits in the first\n"
                           "quarter, ending February 28, rose sharply, the company said on Monday,\r\n"
                           "March 3, 1987. Sales last  week fell.\n";

static const cd_finding *finding_at(const cd_doc *doc, const char *rule, size_t start)
{
    size_t n;
    const cd_finding *f = cd_doc_findings(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(f[i].rule, rule) == 0 && f[i].span.start == start) return &f[i];
    fail_msg("no %s finding at %zu", rule, start);
    return NULL;
}

static void expect_message(const cd_doc *doc, const char *rule, const char *at, const char *message)
{
    size_t start = offset_of(WIRE, at);
    const cd_finding *f = finding_at(doc, rule, start);
    assert_int_equal(f->span.stop, start + strlen(at)); /* the input's bytes, line break and all */
    assert_string_equal(f->message, message);
}

static void test_quoted_line_breaks_are_spaces(void **state)
{
    (void)state;
    cd_doc *doc = analyze(WIRE, "1987-02-26");
    /* written by the time pass itself (cd_add_finding_text) */
    expect_message(doc, "relative-date", "first\nquarter, ending February 28",
                   "'first quarter, ending February 28' means 1985-12-01/1986-02-28 (story date 1987-02-26)");
    assert_int_equal(offset_of(WIRE, "first\nquarter"), 15);
    /* through a format (cd_add_finding); a CR LF is one break */
    expect_message(doc, "weekday-mismatch", "Monday,\r\nMarch 3, 1987",
                   "'Monday, March 3, 1987': March 3, 1987 is a Tuesday, not a Monday");
    assert_int_equal(offset_of(WIRE, "Monday,\r\n"), 84);
    /* white space with no line break in it is quoted as written */
    expect_message(doc, "relative-date", "last  week",
                   "'last  week' means 1987-W08, 1987-02-16 to 1987-02-22 (story date 1987-02-26)");
    size_t n;
    const cd_finding *f = cd_doc_findings(doc, &n);
    for (size_t i = 0; i < n; i++) {
        assert_null(strchr(f[i].message, '\n'));
        assert_null(strchr(f[i].message, '\r'));
    }
    cd_doc_free(doc);
}

/* The claims keep their text: a time claim's span holds the line break. */
static void test_claims_keep_the_input(void **state)
{
    (void)state;
    cd_doc *doc = analyze(WIRE, "1987-02-26");
    const cd_claim *c = find_claim(doc, CD_CLAIM_TIME, "first\nquarter");
    assert_non_null(c);
    assert_int_equal(c->span.start, 15);
    assert_string_equal(span_text(doc, c->span), "first\nquarter, ending February 28");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quoted_line_breaks_are_spaces),
        cmocka_unit_test(test_claims_keep_the_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
