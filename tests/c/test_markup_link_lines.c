/* A short paragraph set between a story's paragraphs that is mostly one link behind a label and its
 * colon ("SEE ALSO: <a>another story's headline</a>") is a pointer to another page, not the story:
 * it leaves the text, and the other story's figures are not claimed. A sentence of the story that
 * links a name in it stays, and so does a source in brackets, which has no label. */
#include "helpers.h"

static const char *const page =
    "<html><body><article><h1>Harbour ferry to run at night</h1>"
    "<p>The harbour ferry will run until midnight from May, the port board said on Friday, after 3,000 "
    "riders signed a letter asking for later boats.</p>"
    "<p><strong>SEE ALSO</strong>: <a href=\"/news/44\">Port board votes 9 to 2 to shut 4 piers</a></p>"
    "<p>The night boats will cost 2 million pounds a year, said <a href=\"/people/okafor\">Ada Okafor</a>.</p>"
    "<p>[<a href=\"https://example.net\">Harbour Gazette</a>]</p>"
    "<p>Crews, who asked for the change last winter, will work in two shifts.</p>"
    "</article></body></html>";

static void test_link_lines_leave(void **state)
{
    (void)state;
    cd_doc *doc = analyze_html(page, "2024-04-12");
    const char *text = analyzed_text(doc);
    assert_null(strstr(text, "SEE ALSO"));
    assert_null(strstr(text, "Port board votes"));
    assert_non_null(strstr(text, "[Harbour Gazette]"));
    assert_non_null(strstr(text, "said Ada Okafor."));
    size_t see = offset_of(page, "<p><strong>SEE"), next = offset_of(page, "<p>The night");
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].span.start >= see && c[i].span.start < next) fail_msg("a claim in the link line: %s", span_text(doc, c[i].span));
    const cd_claim *money = find_claim(doc, CD_CLAIM_QUANTITY, "2 million pounds a year");
    assert_non_null(money);
    assert_int_equal(money->span.start, offset_of(page, "2 million pounds a year"));
    assert_int_equal(money->span.stop, offset_of(page, "2 million pounds a year") + strlen("2 million pounds a year"));
    const cd_claim *riders = find_claim(doc, CD_CLAIM_QUANTITY, "3,000");
    assert_non_null(riders);
    assert_int_equal(riders->span.start, offset_of(page, "3,000 riders"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_link_lines_leave),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
