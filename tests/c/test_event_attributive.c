/* A participle right after a preposition other than "to" or "by", with a noun after it, is an
 * adjective as after a determiner: "tested for banned tonics", "the care of detained
 * hikers" name no act with a subject. After an auxiliary the preposition is an adverb, and
 * "has since closed down its depots" stays a closure; so does "suspended by the league". */
#include "helpers.h"

static void test_participle_after_preposition(void **state)
{
    (void)state;
    const char *t = "Ivo Marr was tested for banned tonics in May. "
                    "The report counts the care of detained hikers. "
                    "Orvo has since closed down its depots.";
    cd_doc *doc = analyze(t, "1994-03-08");
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "tonics"));
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "hikers"));
    assert_event_span(t, doc, "depots", "closed down its depots");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 1);
    cd_doc_free(doc);
}

static void test_by_and_to_stay(void **state)
{
    (void)state;
    const char *t = "Ada Ruiz was suspended by league officials.";
    cd_doc *doc = analyze(t, "1994-03-08");
    assert_event_span(t, doc, "suspended", "Ada Ruiz was suspended by league officials");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_participle_after_preposition),
        cmocka_unit_test(test_by_and_to_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
