/* quote-marks: a quote with no closing mark before a new opening mark after a sentence's end. A
 * quote of several paragraphs opens each with a mark and closes only the last; in copy whose
 * paragraph breaks were lost that reads `said: "We doubled the pay. "We will...`, no error. A quote
 * whose own attribution follows a comma inside the marks (`"We doubled the pay, Cole said. "We`)
 * did lose its closing mark. */
#include "helpers.h"

static void expect_quote_marks(const char *t, const char *at)
{
    cd_doc *doc = analyze(t, NULL);
    if (!at) {
        if (count_findings(doc, "quote-marks")) fail_msg("quote-marks finding in: %s", t);
    } else {
        if (count_findings(doc, "quote-marks") != 1) fail_msg("%zu quote-marks findings in: %s",
                                                            count_findings(doc, "quote-marks"), t);
        const cd_finding *f = find_finding(doc, "quote-marks");
        assert_int_equal(f->span.start, offset_of(t, at));
        assert_int_equal(f->span.stop, f->span.start + 1);
    }
    cd_doc_free(doc);
}

static void test_paragraphs_joined_no_finding(void **state)
{
    (void)state;
    expect_quote_marks("She added: \"I'm not going to blame the result on the referee. \"She has had a hard "
                       "year since the spring.\"",
                       NULL);
    expect_quote_marks("\"Ella Ward carries a whole nation on her back,\" said Dorsey. \"I never felt that "
                       "weight. \"Somebody will have to step in for her. That's what we train for.\" "
                       "Dorsey left.",
                       NULL);
    expect_quote_marks("Mr Wallace said: \"We want students to choose the course! \"We do not want Scottish "
                       "universities to be the cheap option.\"",
                       NULL);
    expect_quote_marks("She said: \"Sen. Ruiz, the chairman, agreed on Monday. \"The rest will follow.\"", NULL);
}

static void test_lost_closing_mark_fires(void **state)
{
    (void)state;
    expect_quote_marks("\"We doubled the pay, Ana Cole said. \"We will extend it to nine months.\"", "\"We doubled");
    expect_quote_marks("Cole spoke. \"We doubled the pay, she added. \"It was fair,\" she said.", "\"We doubled");
    expect_quote_marks("\"Is it fair? asked Ben Ode. \"It is,\" Cole said.", "\"Is it");
    /* at a paragraph's end, and a closing mark with nothing open, as before */
    expect_quote_marks("\"This never closes.\n\nNext paragraph.", "\"This never");
    expect_quote_marks("He feared \"internment\" could be a recruiting sergeant for terrorists\". Then he left.",
                       "\". Then");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_paragraphs_joined_no_finding),
        cmocka_unit_test(test_lost_closing_mark_fires),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
