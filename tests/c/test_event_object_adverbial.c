/* An event's target ends before "following" when it opens an adverbial phrase: "shut the mill
 * following a flood" is about the mill. After a determiner the word is part of the noun ("the
 * following week") and the target reads on as before. */
#include "helpers.h"

static void test_following_ends_target(void **state)
{
    (void)state;
    const char *t = "Veltrano Foods cut 2,140 jobs following the sale of its bakeries. "
                    "Officials in Darrow banned the parade following scuffles near the bridge.";
    cd_doc *doc = analyze(t, "2003-05-14");
    const cd_claim *c = assert_event_span(t, doc, "2,140", "cut 2,140 jobs");
    assert_string_equal(c->event.target, "2,140 jobs");
    assert_int_equal(c->span.start, 15);
    assert_int_equal(c->span.stop, 29);
    c = assert_event_span(t, doc, "parade", "banned the parade");
    assert_string_equal(c->event.target, "the parade");
    assert_int_equal(c->span.start, 86);
    assert_int_equal(c->span.stop, 103);
    cd_doc_free(doc);
}

static void test_following_inside_noun(void **state)
{
    (void)state;
    const char *t = "The council banned the following year's fireworks display.";
    cd_doc *doc = analyze(t, "2003-05-14");
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, "banned");
    assert_non_null(c);
    assert_string_equal(c->event.target, "the following year's fireworks display");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_following_ends_target),
        cmocka_unit_test(test_following_inside_noun),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
