/* quote-marks: a double mark that closes (no space before it) with no double quote open, while a
 * single quote is open, is that quote's close, mistyped: `'Sites like FileBarn make illegal
 * copying easy," it said`. One finding there, related to the single mark, and the quote
 * pairs (and is attributed) instead of a double quote opened at the closing mark and never closed. */
#include "helpers.h"

static const char MIXED[] = "a quote opened with a single mark is closed with a double one";

static void test_single_closed_by_double(void **state)
{
    (void)state;
    const char *t = "'Sites like FileBarn make illegal copying easy,\" it said in a statement. \"Illegal "
                    "copiers cost artists millions,\" it said.";
    expect_finding_message(t, "quote-marks", "\" it said in", "'Sites", MIXED);
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *q = find_claim(doc, CD_CLAIM_QUOTE, "Sites like");
    assert_non_null(q);
    assert_int_equal(q->span.start, 0);
    assert_int_equal(q->span.stop, offset_of(t, " it said in"));
    assert_int_equal(count_findings(doc, "unattributed-quote"), 0);
    cd_doc_free(doc);
    expect_finding_message("He called it 'great,\" and left.", "quote-marks", "\" and", "'great", MIXED);
}

static void test_double_open_no_new_finding(void **state)
{
    (void)state;
    /* a double quote open below the single one: the double mark closes it, as before */
    expect_findings_at("\"He said 'no to the deal,\" she said.", "quote-marks", 0, NULL);
    expect_findings_at("She said \"It's 'great',\" and left.", "quote-marks", 0, NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_single_closed_by_double),
        cmocka_unit_test(test_double_open_no_new_finding),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
