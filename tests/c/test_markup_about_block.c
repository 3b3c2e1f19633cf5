/* A press release closes with the company describing itself, set off from the story by a rule:
 * "<hr><p>Fenwick Labs is a maker of ...". That paragraph leaves the text, and its office and staff
 * counts are not claimed. The same kind of sentence inside the story stays, and so does a paragraph
 * after a rule that does not open with a name introducing itself. */
#include "helpers.h"

static const char *const page =
    "<html><body><article><h1>Fenwick Labs opens a seed bank in Carrow</h1>"
    "<p>Fenwick Labs will open a seed bank in Carrow in March, the company said on Thursday, with room "
    "for 9,000 samples from local farms.</p>"
    "<p>Marta Quill is a botanist who will run it, and she said the first 300 samples came from orchards.</p>"
    "<hr><p>Notes: the vault keeps seeds at minus 18 degrees, close to the usual standard.</p>"
    "<hr><p><br>Fenwick Labs is a maker of plant testing kits. It has offices in 12 cities and employs "
    "about 450 people.</p>"
    "</article></body></html>";

static void test_about_block_leaves(void **state)
{
    (void)state;
    cd_doc *doc = analyze_html(page, "2024-02-08");
    const char *text = analyzed_text(doc);
    assert_null(strstr(text, "maker of plant testing kits"));
    assert_non_null(strstr(text, "Marta Quill is a botanist"));
    assert_non_null(strstr(text, "Notes: the vault keeps seeds"));
    size_t about = offset_of(page, "<br>Fenwick Labs is a maker");
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].span.start >= about) fail_msg("a claim in the company block: %s", span_text(doc, c[i].span));
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "450 people"));
    const cd_claim *samples = find_claim(doc, CD_CLAIM_QUANTITY, "9,000 samples");
    assert_non_null(samples);
    assert_int_equal(samples->span.start, offset_of(page, "9,000 samples"));
    assert_int_equal(samples->span.stop, offset_of(page, "9,000 samples") + strlen("9,000 samples"));
    const cd_claim *first = find_claim(doc, CD_CLAIM_QUANTITY, "300 samples");
    assert_non_null(first);
    assert_int_equal(first->span.start, offset_of(page, "300 samples"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_about_block_leaves),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
