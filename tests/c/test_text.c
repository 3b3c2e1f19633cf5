/* The text layer: UTF-8, input findings, offsets, sentences. */
#include "helpers.h"

static void test_sentences_abbreviations(void **state)
{
    (void)state;
    const char *t = "Sen. Mary Smith of Calif. spoke at 9 a.m. on Dec. 5 in the U.S. Capitol. "
                    "She left early. Dr. J. R. Jones stayed.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    assert_int_equal(n, 3);
    assert_int_equal(s[0].span.start, 0);
    assert_int_equal(s[0].span.stop, offset_of(t, " She"));
    assert_string_equal(span_text(doc, s[1].span), "She left early.");
    assert_string_equal(span_text(doc, s[2].span), "Dr. J. R. Jones stayed.");
    cd_doc_free(doc);
}

static void test_headlines_are_segments(void **state)
{
    (void)state;
    const char *t = "Latest updates\nThe mayor resigned on Friday.\n\nCopyright 2018\n";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    assert_int_equal(n, 3);
    assert_string_equal(span_text(doc, s[0].span), "Latest updates");
    assert_true(s[0].headline);
    assert_false(s[1].headline);
    assert_int_equal(span_line(doc, s[1].span), 2);
    assert_int_equal(span_line(doc, s[2].span), 4);
    assert_true(s[2].headline);
    cd_doc_free(doc);
}

static void test_quote_ends_sentence(void **state)
{
    (void)state;
    const char *t = "“We will win.” The crowd cheered.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    assert_int_equal(n, 2);
    assert_string_equal(span_text(doc, s[0].span), "“We will win.”");
    cd_doc_free(doc);
}

static void test_invalid_utf8_is_kept_and_reported(void **state)
{
    (void)state;
    const char t[] = "Prices rose \xC3\x28 sharply.\xF0\x9F\x98 End.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, "invalid-utf8"), 2);
    const cd_finding *f = find_finding(doc, "invalid-utf8");
    assert_int_equal(f->span.start, 12);
    assert_int_equal(f->span.stop, 13);
    assert_int_equal(span_col(doc, f->span), 13);
    size_t len;
    cd_doc_source(doc, &len);
    assert_int_equal(len, strlen(t));
    cd_doc_free(doc);
}

static void test_overlong_and_surrogates_are_invalid(void **state)
{
    (void)state;
    const char t[] = "a \xC0\xAF b \xED\xA0\x80 c \xE0\x80\xAF d";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, "invalid-utf8"), 3);
    cd_doc_free(doc);
}

static void test_nul_bytes(void **state)
{
    (void)state;
    const char t[] = "One\0\0two three.";
    char err[128];
    cd_doc *doc = NULL;
    assert_int_equal(cd_analyze(t, sizeof t - 1, NULL, &doc, err, sizeof err), CD_OK);
    const cd_finding *f = find_finding(doc, "nul-byte");
    assert_non_null(f);
    assert_int_equal(f->span.start, 3);
    assert_int_equal(f->span.stop, 5);
    cd_doc_free(doc);
}

static void test_crlf_lines(void **state)
{
    (void)state;
    const char *t = "First line.\r\nSecond line here.\r\n";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    assert_int_equal(n, 2);
    assert_int_equal(span_line(doc, s[1].span), 2);
    assert_int_equal(span_col(doc, s[1].span), 1);
    assert_int_equal(s[1].span.start, 13);
    cd_doc_free(doc);
}

static void test_bad_date_is_an_error(void **state)
{
    (void)state;
    char err[128] = "";
    cd_doc *doc = NULL;
    cd_options opt = {0};
    opt.date = "2017-02-30";
    assert_int_equal(cd_analyze("x", 1, &opt, &doc, err, sizeof err), CD_ERR_ARG);
    assert_null(doc);
    assert_non_null(strstr(err, "YYYY-MM-DD"));
}

static void test_json_is_valid_for_invalid_utf8(void **state)
{
    (void)state;
    const char t[] = "Bad \xFF byte \"quoted\".";
    cd_doc *doc = analyze(t, NULL);
    char *json;
    size_t len;
    assert_int_equal(cd_doc_to_json(doc, "in.txt", &json, &len), CD_OK);
    assert_non_null(strstr(json, "\"source\":\"in.txt\""));
    assert_non_null(strstr(json, "Bad \xEF\xBF\xBD byte \\\"quoted\\\"."));
    assert_null(strchr(json, '\xFF'));
    free(json);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sentences_abbreviations),
        cmocka_unit_test(test_headlines_are_segments),
        cmocka_unit_test(test_quote_ends_sentence),
        cmocka_unit_test(test_invalid_utf8_is_kept_and_reported),
        cmocka_unit_test(test_overlong_and_surrogates_are_invalid),
        cmocka_unit_test(test_nul_bytes),
        cmocka_unit_test(test_crlf_lines),
        cmocka_unit_test(test_bad_date_is_an_error),
        cmocka_unit_test(test_json_is_valid_for_invalid_utf8),
    };
    return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
