/* A page may hide a copy of its story for search engines: a display:none block of schema.org
 * microdata with its own headline, link and itemprop="articleBody". The copy is not what the
 * reader sees; its articleBody does not keep it in the text, so its figures are not claimed twice. */
#include "helpers.h"

#define P1 "<p>The city of Marlow will spend 40 million euros on its tram line, officials said on Monday, " \
           "and the work will take three years.</p>"
#define P2 "<p>Riders, who now wait about 12 minutes for a tram at the busiest stops, were told to expect " \
           "shorter waits, more seats and a new stop near the hospital.</p>"
/* one hidden copy: schema.org microdata, as a page lays it out for search engines */
#define COPY(type)                                                                                         \
    "<div style=\"display:none;\" itemscope=\"\" itemtype=\"http://schema.org/" type "\">"                  \
    "<h1 itemprop=\"name\">Marlow sets its tram budget</h1>"                                                \
    "<a href=\"https://example.org/tram\" itemprop=\"url\">Marlow sets its tram budget</a>"                  \
    "<div itemprop=\"articleBody\">" P1 P2 "</div><div itemprop=\"keywords\">tram,budget,7 stops</div></div>"

#define P3 "<p>Work on the depot, the planners said, starts in the spring, after a long and sometimes " \
           "bitter fight over where the trams should sleep, and the mayor, who backed it, called the plan " \
           "the biggest change to the streets, the squares and the bridges in a generation.</p>"
#define P4 "<p>Shops on the route, which lost trade, footfall and patience during the last works, asked " \
           "for help, and the council, after a vote, agreed to cut their rates, fees and parking charges.</p>"
/* the story and its two hidden copies in one post: the container the reader picks holds all three */
static const char *const page = "<html><body><div class=\"post\"><h1>Marlow sets its tram budget</h1>"
                                P1 P2 P3 P4 COPY("NewsArticle") COPY("Article") "</div></body></html>";

static size_t count_claims_of(const cd_doc *doc, cd_claim_kind kind)
{
    size_t n, k = 0;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++) k += c[i].kind == kind;
    return k;
}

static void test_hidden_copy_left_out(void **state)
{
    (void)state;
    cd_doc *doc = analyze_html(page, "2024-05-06");
    const char *hidden = strstr(page, "<div style=");
    assert_non_null(hidden);
    size_t cut = (size_t)(hidden - page);
    /* the visible story's figures, once each, where the page shows them */
    const cd_claim *money = find_claim(doc, CD_CLAIM_QUANTITY, "40 million euros");
    assert_non_null(money);
    assert_int_equal(money->span.start, offset_of(page, "40 million euros"));
    assert_int_equal(money->span.stop, offset_of(page, "40 million euros") + strlen("40 million euros"));
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].span.start >= cut) fail_msg("a claim in the hidden copy: %s", span_text(doc, c[i].span));
    assert_int_equal(count_claims_of(doc, CD_CLAIM_QUANTITY), 3); /* 40 million euros, three years, 12 minutes */
    assert_null(strstr(analyzed_text(doc), "7 stops"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hidden_copy_left_out),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
