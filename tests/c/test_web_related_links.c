/* HTML: a paragraph inside the article that is nothing but a link is a related story or a call to
 * click, not the story: it leaves the text, and its quote marks raise nothing. */
#include "helpers.h"

static const char page[] =
    "<html><body><article><h1>Actor leaves the dance show</h1>"
    "<p>The actor was voted off the show on Monday night, the network said, after ten weeks of dancing.</p>"
    "<p><strong><a href=\"/e/dale\">TOM DALE VOTED OFF 'STRICTLY BALLROOM NIGHTS'</a></strong></p>"
    "<p>He thanked the judges and his partner, and said the family would now rest.</p>"
    "<p><a href=\"/apps\">CLICK HERE TO GET THE NEWS APP</a></p>"
    "<p>The <a href=\"/show\">show</a> returns next week with eight couples.</p>"
    "<p>[<a href=\"https://example.com/review\">Engadget</a>]</p>"
    "</article></body></html>";

static void test_link_paragraphs_leave_the_text(void **state)
{
    (void)state;
    cd_doc *doc = analyze_html(page, "2019-11-20");
    assert_string_equal(analyzed_text(doc), "Actor leaves the dance show\n\n"
                                      "The actor was voted off the show on Monday night, the network said, after "
                                      "ten weeks of dancing.\n\n"
                                      "He thanked the judges and his partner, and said the family would now rest.\n\n"
                                      "The show returns next week with eight couples.\n\n[Engadget]");
    assert_int_equal(count_findings(doc, "unattributed-quote"), 0);
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    assert_int_equal(n, 5);
    assert_int_equal(s[2].span.start, offset_of(page, "He thanked"));
    assert_int_equal(s[3].span.start, offset_of(page, "The <a"));
    assert_int_equal(s[3].span.stop, offset_of(page, "eight couples.") + strlen("eight couples."));
    cd_doc_free(doc);
}

/* Text with a link in it, a citation in brackets, a sentence that is mostly a link: all stay. */
static void test_text_with_links_stays(void **state)
{
    (void)state;
    cd_doc *doc = analyze_html(page, "2019-11-20");
    assert_non_null(strstr(analyzed_text(doc), "The show returns next week"));
    assert_non_null(strstr(analyzed_text(doc), "[Engadget]"));
    cd_doc_free(doc);
    doc = analyze_html("<html><body><article><p>The council voted on Tuesday to close the bridge, which "
                       "carries 12,000 cars a day, for repairs that will take six months.</p>"
                       "<p>See <a href=\"/a\">the bridge closure map</a>.</p>"
                       "<p>Drivers should use the ring road, the council said in a statement on Tuesday.</p>"
                       "</article></body></html>",
                       "2019-11-20");
    assert_non_null(strstr(analyzed_text(doc), "See the bridge closure map."));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_link_paragraphs_leave_the_text),
        cmocka_unit_test(test_text_with_links_stays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
