/* quote-marks: a straight double mark inside a word before a contraction's ending (`Britain"s`,
 * `don"t`, `isn"t`, `we"re`) is an apostrophe typed, or encoded, as a double mark. The first is
 * reported as that, where it stands (copy that does it does it for every apostrophe); none opens
 * or closes a quote, so the quotes around them pair as they should; and in such copy a double mark
 * after a word with no quote open is one more (`farmers" incomes`). */
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
    const char *const headline[] = {"Britain\"s"};
    expect_marks("Britain\"s ruling Conservatives have enlarged their lead.", headline, 1, APOSTROPHE);
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
        cmocka_unit_test(test_quoted_letters_no_finding),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
