/* Note markers: bare digits alone in brackets after a clause's last word, as health and science
 * pages cite their sources ("snacking (4).", "a night[2],", "(10, 11)"), count nothing: no number
 * and no quantity claim. A figure in brackets after a name, a unit or before a noun stays one. */
#include "helpers.h"

/* No number and no claim starts at byte `at`. */
static void expect_nothing_at(const cd_doc *doc, size_t at)
{
    size_t n;
    const cd_number *x = cd_doc_numbers(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (x[i].span.start == at) fail_msg("a number at %zu: %s", at, span_text(doc, x[i].span));
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].span.start <= at && at < c[i].span.stop) fail_msg("a claim over %zu: %s", at, span_text(doc, c[i].span));
}

/* A quantity claim over exactly `text` (its first occurrence in t from byte `from` on). */
static void expect_quantity(const cd_doc *doc, const char *t, const char *text, size_t from)
{
    size_t start = from + offset_of(t + from, text), n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].kind == CD_CLAIM_QUANTITY && c[i].span.start == start && c[i].span.stop == start + strlen(text)) return;
    fail_msg("no quantity claim '%s' at %zu", text, start);
}

static void test_markers_on_a_page(void **state)
{
    (void)state;
    const char *t = "<html><body><article><h1>Why lunch matters</h1>"
                    "<p>Skipping lunch made snacking likelier (<a href=\"#r4\">4</a>). A trial of 40 adults agreed.</p>"
                    "<p>Brisk walks helped some readers (<a href=\"#r10\">10</a>, <a href=\"#r11\">11</a>).</p>"
                    "<p>The ward logs 900 alerts a night[<a href=\"#n2\">2</a>], most of them idle.</p>"
                    "</article></body></html>";
    cd_doc *doc = analyze_html(t, "2024-03-02");
    expect_nothing_at(doc, offset_of(t, "4</a>"));
    expect_nothing_at(doc, offset_of(t, "10</a>"));
    expect_nothing_at(doc, offset_of(t, "11</a>"));
    expect_nothing_at(doc, offset_of(t, "2</a>"));
    expect_quantity(doc, t, "40 adults", 0);
    expect_quantity(doc, t, "900 alerts", 0);
    cd_doc_free(doc);
}

static void test_markers_in_plain_text(void **state)
{
    (void)state;
    const char *t = "Cold baths eased the soreness (7). Tea did not (12, 13).";
    cd_doc *doc = analyze(t, NULL);
    expect_nothing_at(doc, offset_of(t, "7)"));
    expect_nothing_at(doc, offset_of(t, "12,"));
    expect_nothing_at(doc, offset_of(t, "13)"));
    cd_doc_free(doc);
}

/* After a name, a unit or a score, or before a word, bracketed digits are still a figure. */
static void test_figures_in_brackets_stay(void **state)
{
    (void)state;
    const char *t = "Brenlow (4) and Marsh (9) led. Velco holds 12.5 pct (11). Yield was nil (318) tonnes. Barley nil (427), oats 12. "
                    "Okoro took it 7-6 (3), 6-2. The boys (3) were safe.";
    cd_doc *doc = analyze(t, NULL);
    expect_quantity(doc, t, "4", offset_of(t, "Brenlow"));
    expect_quantity(doc, t, "9", offset_of(t, "Marsh"));
    expect_quantity(doc, t, "11", offset_of(t, "pct"));
    expect_quantity(doc, t, "318", 0);
    expect_quantity(doc, t, "427", 0);
    expect_quantity(doc, t, "3", offset_of(t, "7-6"));
    expect_quantity(doc, t, "3", offset_of(t, "boys"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_markers_on_a_page),
        cmocka_unit_test(test_markers_in_plain_text),
        cmocka_unit_test(test_figures_in_brackets_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
