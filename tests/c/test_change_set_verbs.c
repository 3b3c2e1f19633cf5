/* Verbs that set a level ("raised", "extended", "lowered", "the move") state a change when both
 * ends are given; "raised" and "extended" alone tell money found or lent, and stay quantities. */
#include "helpers.h"

static const cd_claim *change_span(cd_doc *doc, const char *t, const char *span)
{
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, span);
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, span));
    assert_int_equal(c->span.stop, offset_of(t, span) + strlen(span));
    return c;
}

static void test_raised_both_ends(void **state)
{
    (void)state;
    const char *t = "Dorley raised its quarterly payout to 24 cts from 20 cts.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = change_span(doc, t, "raised its quarterly payout to 24 cts from 20 cts");
    assert_true(c->change->from == 20 && c->change->to == 24);
    assert_true(fabs(c->change->percent - 20) < 1e-9);
    assert_string_equal(c->change->direction, "increase");
    cd_doc_free(doc);
}

static void test_raised_money_alone(void **state)
{
    (void)state;
    const char *t = "Dorley raised 70 mln dlrs in a note sale.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "raised"));
    cd_doc_free(doc);
}

static void test_extended_and_lowered(void **state)
{
    (void)state;
    const char *t = "The loan term was extended from 8 to 11 years. The board lowered the fee from 40 cts to 30 cts.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *e = change_span(doc, t, "extended from 8 to 11 years");
    assert_true(e->change->from == 8 && e->change->to == 11);
    assert_string_equal(e->change->direction, "increase");
    const cd_claim *l = change_span(doc, t, "lowered the fee from 40 cts to 30 cts");
    assert_true(fabs(l->change->percent + 25) < 1e-9);
    assert_string_equal(l->change->direction, "decrease");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_raised_both_ends),
        cmocka_unit_test(test_raised_money_alone),
        cmocka_unit_test(test_extended_and_lowered),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
