/* The markup finding on web pages: what libxml2 repaired in the page, not what HTML5 allows. */
#include "helpers.h"

/* "</" inside a script or a style is raw text that HTML5 reads on past: libxml2 says "Element
 * script embeds close tag" and reads it so, which repairs nothing. */
static void test_close_tag_in_script_is_no_error(void **state)
{
    (void)state;
    const char *src = "<html><head><style>a:after{content:\"</b>\"}</style>"
                      "<script>document.write(\"<div id=ad></div>\");var t='</p>';</script></head>"
                      "<body><article><p>The council voted on Tuesday to close the bridge, which carries "
                      "12,000 cars a day, for repairs.</p>"
                      "<script type=\"text/javascript\">if (a) { x.innerHTML = '<span>Share</span>'; }</script>"
                      "<p>The work will take six months, the council said.</p></article></body></html>";
    cd_doc *doc = analyze_html(src, "2019-06-01");
    assert_int_equal(count_findings(doc, "markup"), 0);
    assert_string_equal(analyzed_text(doc), "The council voted on Tuesday to close the bridge, which carries 12,000 cars "
                                      "a day, for repairs.\n\nThe work will take six months, the council said.");
    cd_doc_free(doc);
}

/* A page libxml2 did repair still says so, and names the first real repair, not a script's "</". */
static void test_real_repairs_still_reported(void **state)
{
    (void)state;
    const char *src = "<html><head><script>var s = \"</div>\";</script></head>\n"
                      "<body><article><p>The council voted to close the <b>bridge for repairs.</p>\n"
                      "<p>The work will take six months.</div></p></article></body></html>";
    cd_doc *doc = analyze_html(src, "2019-06-01");
    assert_int_equal(count_findings(doc, "markup"), 1);
    const cd_finding *f = find_finding(doc, "markup");
    assert_int_equal(f->severity, CD_SEV_INFO);
    assert_string_equal(f->message, "2 HTML errors repaired; the first, line 2: Opening and ending tag mismatch: p and b");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_close_tag_in_script_is_no_error),
        cmocka_unit_test(test_real_repairs_still_reported),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
