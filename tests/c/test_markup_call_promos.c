/* A short pitch set between a story's paragraphs ("Have the almanac posted to you. 40 issues for
 * 9.50 pounds. <a>Click here</a> to order.") ends in a link that opens its own sentence with a call
 * to act: it leaves the text, and its price and issue count are not claimed. A story's sentence
 * that links a call in its middle ("readers can also <a>subscribe</a> ...") stays. */
#include "helpers.h"

static const char *const page =
    "<html><body><article><h1>Orchard town keeps its cider fair</h1>"
    "<p>The cider fair will return in October, the town council said on Monday, after 1,200 "
    "growers asked for it to stay on the green.</p>"
    "<p>Have the Orchard Almanac posted to you each month. 40 issues for 9.50 pounds. "
    "<a href=\"/shop/almanac\">Click here</a> to order.</p>"
    "<p>The fair costs 80,000 pounds to stage, said <a href=\"/people/marsh\">Ida Marsh</a>.</p>"
    "<p>Readers can also <a href=\"/letters\">subscribe to the fair letter</a> for 3 updates a week.</p>"
    "<p>Stalls, which were cut to 60 last year, will be back to 90.</p>"
    "</article></body></html>";

static void test_call_promo_leaves(void **state)
{
    (void)state;
    cd_doc *doc = analyze_html(page, "2024-09-02");
    const char *text = analyzed_text(doc);
    assert_null(strstr(text, "Orchard Almanac"));
    assert_null(strstr(text, "Click here"));
    assert_non_null(strstr(text, "Readers can also subscribe to the fair letter for 3 updates a week."));
    assert_non_null(strstr(text, "said Ida Marsh."));
    size_t pitch = offset_of(page, "<p>Have the"), next = offset_of(page, "<p>The fair costs");
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].span.start >= pitch && c[i].span.start < next) fail_msg("a claim in the pitch: %s", span_text(doc, c[i].span));
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "40 issues"));
    const cd_claim *cost = find_claim(doc, CD_CLAIM_QUANTITY, "80,000 pounds");
    assert_non_null(cost);
    assert_int_equal(cost->span.start, offset_of(page, "80,000 pounds"));
    assert_int_equal(cost->span.stop, offset_of(page, "80,000 pounds") + strlen("80,000 pounds"));
    const cd_claim *growers = find_claim(doc, CD_CLAIM_QUANTITY, "1,200");
    assert_non_null(growers);
    assert_int_equal(growers->span.start, offset_of(page, "1,200 growers"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_call_promo_leaves),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
