/* "by" and an amount after "a"/"an" and one word ("by a further 2 pct", "by an estimated 40,000"):
 * the change's amount (src/claims.c number_after_article). Our own stories. */
#include "helpers.h"

#include <math.h>

static void test_by_a_further(void **state)
{
    (void)state;
    const char *t = "Brask's output fell by a further 2.5 pct in May.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "fell");
    assert_span(t, c, "fell by a further 2.5 pct");
    assert_true(c->change->by == -2.5 && c->change->percent == -2.5);
    assert_string_equal(c->change->direction, "decrease");
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "2.5"));
    cd_doc_free(doc);
}

static void test_by_an_estimated_then_level(void **state)
{
    (void)state;
    const char *t = "Orvane's staff grew by an estimated 400 to 2,400 last year.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "grew");
    assert_span(t, c, "grew by an estimated 400 to 2,400");
    assert_true(c->change->by == 400 && c->change->to == 2400 && isnan(c->change->from));
    assert_true(fabs(c->change->percent - 20) < 1e-9);
    cd_doc_free(doc);
}

/* Must not: a figure that a change word after it takes ("a sharp 9 pct rise"), a capitalised word
 * or a figure after the article. */
static void test_not_by_article(void **state)
{
    (void)state;
    const char *t = "The rise in sales was helped by a sharp 9 pct rise in exports. "
                    "Rents rose by a Kellam 4 pct. "
                    "Fees fell by a 3-2 vote.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "helped by"));
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "rose by"));
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "fell by"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_by_a_further),
        cmocka_unit_test(test_by_an_estimated_then_level),
        cmocka_unit_test(test_not_by_article),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
