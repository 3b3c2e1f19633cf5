/* Entities: a place that opens a body's name opens it after a capitalized stop word too ("The Ohio
 * Stock Exchange", "But Ohio Grain Co"): the stop word is no word of a name, so the body is named
 * whole, and "the Exchange said" later is that body, not "Stock Exchange". */
#include "helpers.h"

static const char STORY[] = "The Ohio Stock Exchange said Zeta Corp has not yet answered its questions.\n"
                            "    The Exchange said it asked the company for a statement.\n";

static void test_body_after_the(void **state)
{
    (void)state;
    cd_doc *doc = analyze(STORY, NULL);
    assert_entity(doc, STORY, "Ohio Stock Exchange", 0, "organization", "Ohio Stock Exchange");
    size_t n = 0;
    const cd_claim *c = cd_doc_claims(doc, &n), *q = NULL;
    for (size_t i = 0; i < n; i++)
        if (c[i].kind == CD_CLAIM_QUOTE && c[i].span.start == 97 && c[i].span.stop == 133) q = &c[i];
    assert_non_null(q);
    assert_string_equal(q->quote.speaker, "Ohio Stock Exchange");
    cd_doc_free(doc);
    expect_entity("But Ohio Grain Co said it would pay 12 cts a share.", "Ohio Grain Co", "organization", "Ohio Grain Co");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_body_after_the),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
