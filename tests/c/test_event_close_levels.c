/* "closed at" and a number (after a day, if any) gives the level a share, a currency or an index
 * ended a session at: no closure event. A closure at a clock time, or with an object, stays, and
 * so does another event at a price. */
#include "helpers.h"

static void test_levels_are_no_closures(void **state)
{
    (void)state;
    const char *t = "Pendry Foods closed at 31-3/8, off 1/4. Talvik shares closed Thursday at 88.40 crowns. "
                    "The Mersa index closed on Thursday at 412.09 points.";
    cd_doc *doc = analyze(t, "1989-06-02");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 0);
    cd_doc_free(doc);
}

static void test_closures_stay(void **state)
{
    (void)state;
    const char *t = "Wardens closed the Ostby bridge at 6 pm on Sunday.";
    cd_doc *doc = analyze(t, "1989-06-02");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 1);
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, "closed");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "closed"));
    assert_int_equal(c->span.stop, offset_of(t, "closed") + strlen("closed the Ostby bridge"));
    assert_string_equal(c->event.action, "close");
    cd_doc_free(doc);
    /* other events may be "at" a price */
    const char *u = "Brenna shares were suspended on Friday at 212p.";
    doc = analyze(u, "1989-06-02");
    c = find_claim(doc, CD_CLAIM_EVENT, "suspended");
    assert_non_null(c);
    assert_int_equal(c->span.start, 0);
    assert_int_equal(c->span.stop, strlen("Brenna shares were suspended"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_levels_are_no_closures),
        cmocka_unit_test(test_closures_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
