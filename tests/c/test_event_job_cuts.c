/* A job cut is an event: "cut", "shed", "axe" or "slash" with a count of jobs, posts or staff
 * after it (data/ev_job_nouns.tsv), or a workforce cut by a figure. The same verbs said of
 * prices, rates or costs name no event and stay unread. */
#include "helpers.h"

static void test_counted_jobs(void **state)
{
    (void)state;
    const char *t = "Veltrano Foods cut 2,140 jobs at its bakeries. The Quarle group will shed 310 jobs. "
                    "Ostmark Rail axed about 95 posts last spring. Pelling Mills is slashing hundreds of "
                    "warehouse positions.";
    cd_doc *doc = analyze(t, "2003-05-14");
    const cd_claim *c = assert_event_span(t, doc, "2,140", "cut 2,140 jobs");
    assert_string_equal(c->event.action, "cut");
    assert_string_equal(c->event.target, "2,140 jobs");
    c = assert_event_span(t, doc, "310", "shed 310 jobs");
    assert_string_equal(c->event.action, "cut");
    c = assert_event_span(t, doc, "95", "axed about 95 posts");
    assert_string_equal(c->event.target, "about 95 posts");
    c = assert_event_span(t, doc, "hundreds", "slashing hundreds of warehouse positions");
    assert_string_equal(c->event.action, "cut");
    cd_doc_free(doc);
}

static void test_workforce_and_prices(void **state)
{
    (void)state;
    const char *t = "Dunmore Tiles cut its workforce by 12% in March. The grocer cut prices by 5% on Monday. "
                    "Hallow Air said it cut 2 pct off costs. The bank cut its lending rate by half a point. "
                    "Corbin Glass cut its staff to 610 from 780. Rival mayors vied to cut the most council jobs. "
                    "Tessel Motors cut its 9,000 workforce by some 15 pct.";
    cd_doc *doc = analyze(t, "2003-05-14");
    const cd_claim *c = assert_event_span(t, doc, "workforce", "cut its workforce");
    assert_string_equal(c->event.target, "its workforce");
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "prices")); /* a price, not a job */
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "costs"));
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "lending"));
    c = assert_event_span(t, doc, "its staff", "cut its staff");
    assert_string_equal(c->event.target, "its staff");
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "council")); /* a superlative counts nothing */
    c = assert_event_span(t, doc, "9,000", "cut its 9,000 workforce");
    assert_string_equal(c->event.action, "cut");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counted_jobs),
        cmocka_unit_test(test_workforce_and_prices),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
