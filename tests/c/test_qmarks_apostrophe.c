/* quote-marks: a straight double mark inside a word before a contraction's ending (`Britain"s`,
 * `don"t`, `isn"t`, `we"re`) is an apostrophe typed, or encoded, as a double mark. The first is
 * reported as that, where it stands (copy that does it does it for every apostrophe); none opens
 * or closes a quote, so the quotes around them pair as they should; and in such copy a double mark
 * after a word with no quote open is one more (`farmers" incomes`), before the first one as after. */
#include "helpers.h"

static const char APOSTROPHE[] = "a double quote mark is used as an apostrophe";

/* The quote-marks findings of t: `n` of them, each at the double mark of the next word of `at`,
 * with `message`. */
static void expect_marks(const char *t, const char *const *at, size_t n, const char *message)
{
    cd_doc *doc = analyze(t, NULL);
    size_t nf, got = 0;
    const cd_finding *f = cd_doc_findings(doc, &nf);
    for (size_t k = 0; k < nf; k++) {
        if (strcmp(f[k].rule, "quote-marks") != 0) continue;
        if (got >= n) fail_msg("more than %zu quote-marks findings in: %s", n, t);
        assert_int_equal(f[k].span.start, offset_of(t, at[got]) + (size_t)(strchr(at[got], '"') - at[got]));
        assert_int_equal(f[k].span.stop, f[k].span.start + 1);
        assert_string_equal(f[k].message, message);
        got++;
    }
    if (got != n) fail_msg("%zu quote-marks findings (want %zu) in: %s", got, n, t);
    cd_doc_free(doc);
}

static void test_double_mark_as_apostrophe(void **state)
{
    (void)state;
    const char *const headline[] = {"Norway\"s"};
    expect_marks("Norway\"s governing Liberals have widened their lead.", headline, 1, APOSTROPHE);
    /* inside a quote: the quote still closes where it does, and is attributed */
    const char *const inside[] = {"don\"t"};
    const char *t = "\"We don\"t believe it,\" Ongpin said. The producers \"want the ball and it isn\"t fair,\" he "
                    "said. It hurts farmers\" incomes.";
    expect_marks(t, inside, 1, APOSTROPHE);
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *q = find_claim(doc, CD_CLAIM_QUOTE, "\"We don\"t believe it,\"");
    assert_non_null(q);
    assert_int_equal(count_findings(doc, "unattributed-quote"), 0);
    cd_doc_free(doc);
}

/* The document is read for such apostrophes before the first: `member states" contributions`
 * comes before `the EC"s paymasters` and is one more. */
static void test_apostrophe_before_the_first(void **state)
{
    (void)state;
    const char *const first[] = {"EC\"s"};
    expect_marks("Diplomats criticised plans to bring member states\" contributions into line. They said the EC\"s "
                 "paymasters would lead the opposition.",
                 first, 1, APOSTROPHE);
    /* with no apostrophe so typed anywhere, a stray closing mark after a word is reported */
    const char *const stray[] = {"states\" contributions"};
    expect_marks("Diplomats criticised plans to bring member states\" contributions into line. They said the EC's "
                 "paymasters would lead the opposition.",
                 stray, 1, "a closing quote mark with no opening mark");
}

/* After a name's closing bracket (`<Gulf Trading Bank SAQ>"s (GTB) General Manager`) or a year
 * (`1985"s result`). */
static void test_apostrophe_after_bracket(void **state)
{
    (void)state;
    const char *const at[] = {")\"s"};
    expect_marks("Gulf Trading Bank (GTB)\"s general manager said: \"The economy is not improving.\"", at, 1,
                 APOSTROPHE);
    /* Reuters' <name> of a company, in plain text */
    const char *t = "<Gulf Trading Bank SAQ>\"s general manager said: \"The economy is not improving.\"";
    cd_options opt = {.input = CD_INPUT_TEXT};
    cd_doc *doc = analyze_opts(t, &opt);
    assert_int_equal(count_findings(doc, "quote-marks"), 1);
    assert_int_equal(find_finding(doc, "quote-marks")->span.start, offset_of(t, ">\"s") + 1);
    const cd_claim *q = find_claim(doc, CD_CLAIM_QUOTE, "The economy");
    assert_non_null(q);
    assert_int_equal(q->span.start, offset_of(t, "\"The economy"));
    cd_doc_free(doc);
    /* after a year */
    const char *const year[] = {"GTB\"s"};
    t = "GTB\"s profit fell, but Hugh Ramsay said 1985\"s figure had been inflated. \"Foreign banks are "
        "seeing their assets decline,\" Ramsay said.";
    expect_marks(t, year, 1, APOSTROPHE);
    doc = analyze(t, NULL);
    q = find_claim(doc, CD_CLAIM_QUOTE, "Foreign banks");
    assert_non_null(q);
    assert_int_equal(q->span.start, offset_of(t, "\"Foreign"));
    assert_int_equal(q->span.stop, offset_of(t, " Ramsay said."));
    assert_null(find_claim(doc, CD_CLAIM_QUOTE, "result had been")); /* no quote opens at 1985"s */
    cd_doc_free(doc);
}

static void test_quoted_letters_no_finding(void **state)
{
    (void)state;
    const char *const stories[] = {
        "He spelled it with an \"s\" and a \"t\" at the end.",
        "The endings \"re\" and \"ve\" are short.",
        "She called it \"sweet\"; the others said \"tart\".",
    };
    expect_no_finding(stories, N_OF(stories), NULL, "quote-marks");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_double_mark_as_apostrophe),
        cmocka_unit_test(test_apostrophe_before_the_first),
        cmocka_unit_test(test_apostrophe_after_bracket),
        cmocka_unit_test(test_quoted_letters_no_finding),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
