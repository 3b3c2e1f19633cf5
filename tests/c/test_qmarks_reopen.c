/* quote-marks: a new quote opened after a sentence's end while one is open. A sentence that ends
 * inside a single quote (`say 'wow - that's it.' "My view...`) ends there as after a bare full
 * stop: a quote of several paragraphs whose breaks were lost goes on, no error. When two double
 * quotes are open, the outer one lost its closing mark (`"I lost three years. He added: "They
 * tried. "He was...`): it alone is reported, and the one opened inside it runs on. */
#include "helpers.h"

/* The one quote-marks finding in t: at `at`, with `message`. */
static void expect_one_mark(const char *t, const char *at, const char *message)
{
    cd_doc *doc = analyze(t, NULL);
    if (count_findings(doc, "quote-marks") != 1)
        fail_msg("%zu quote-marks findings (want 1) in: %s", count_findings(doc, "quote-marks"), t);
    const cd_finding *f = find_finding(doc, "quote-marks");
    assert_int_equal(f->span.start, offset_of(t, at));
    assert_int_equal(f->span.stop, f->span.start + 1);
    assert_string_equal(f->message, message);
    cd_doc_free(doc);
}

static const char *const CONTINUED[] = {
    "Parry said: \"It was cheap. \"But the deal made us say 'wow - that's interesting.' \"My view is "
    "that it would be palatable.\" Fans disagree.",
    "\"It's like you lose the first set 6-1, then you think: 'This is not my day.' \"But then you find a "
    "way out,\" he said.",
    "He said: \"He came at me shouting 'what are you going to do?' \"Not to say sorry is "
    "unthinkable.\"",
    "She said: \"He shouted ‘Get out!’ \"We left at once.\"",
};

static void test_single_quote_ends_sentence_no_finding(void **state)
{
    (void)state;
    expect_no_finding(CONTINUED, N_OF(CONTINUED), NULL, "quote-marks");
}

static void test_outer_quote_reported_once(void **state)
{
    (void)state;
    const char *t = "Ann Cole said: \"I lost three years of my life. He added: \"They wanted to break me.\" "
                    "The army said: \"He was detained lawfully. \"He was held to stop him fighting.\" Ben Ode "
                    "said: \"The pattern is the same. \"Is he pretending?\" They were freed.";
    expect_one_mark(t, "\"I lost", "a quote opened here is never closed");
}

static void test_lost_closing_mark_still_fires(void **state)
{
    (void)state;
    /* the sentence ending in a single quote does not hide a quote's own attribution */
    expect_findings_at("\"We said 'no more,' Ana Cole said. \"We will extend it.\"", "quote-marks", 1,
                       "\"We said");
    /* a single mark after a word is no sentence end: the quote inside still nests */
    expect_findings_at("He said: \"We met the players' union. \"It went well.\" They left.", "quote-marks", 0, NULL);
    expect_findings_at("\"This never closes, 'she said.'\n\nNext paragraph.", "quote-marks", 1, "\"This never");
    /* a single mark that closes nothing ends no sentence: the double quote it shut is open */
    expect_one_mark("Ravi Rao says that \"when you talk, it needs bandwidth.' \"It can't choke,\" he said.", "\"when",
                    "a quote opened here is never closed");
    /* a quote opened in the sentence of the open one is inside it: here a single mark closes it
     * (test_qmarks_shortcodes.c), and the open one reads on into the next quote */
    const char *t = "He said: \"The question was whether an \"agreement in principle' is a contract. \"The answer "
                    "was yes.\"";
    expect_finding_message(t, "quote-marks", "' is a contract", "\"agreement",
                           "a quote opened with a double mark is closed with a single one");
    t = "He said: \"The question was whether an \"agreement in principle is a contract. \"The answer was yes.\"";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_finding *f = cd_doc_findings(doc, &n);
    assert_int_equal(count_findings(doc, "quote-marks"), 2);
    size_t at_inner = 0, at_outer = 0;
    for (size_t k = 0; k < n; k++) {
        at_inner += f[k].span.start == offset_of(t, "\"agreement");
        at_outer += f[k].span.start == offset_of(t, "\"The question");
    }
    assert_int_equal(at_inner, 1);
    assert_int_equal(at_outer, 1);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_single_quote_ends_sentence_no_finding),
        cmocka_unit_test(test_outer_quote_reported_once),
        cmocka_unit_test(test_lost_closing_mark_still_fires),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
