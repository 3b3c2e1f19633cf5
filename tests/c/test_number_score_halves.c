/* The halves of a score or of odds stay one claim (src/claims.c pair_half_after, read_marker;
 * src/numbers.c compound_word): "cut the lead to 21-17" is no change to 21 with a loose 17, "6-5
 * winners" keeps its noun with both halves, and "half" joined to a word after a figure ("a 22-9
 * half-time lead", "16 half-yearly payments") is a compound word, no fraction of the figure. Our
 * own stories. */
#include "helpers.h"

static void test_score_after_to_is_no_level(void **state)
{
    (void)state;
    const char *t = "A late penalty cut the lead to 21-17 with ten minutes left. Bets poured in, cutting his odds to "
                    "6-1. Sales rose to 45 from 30.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "lead"));
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "odds"));
    assert_span(t, find_claim(doc, CD_CLAIM_QUANTITY, "21-17"), "21-17");
    assert_span(t, find_claim(doc, CD_CLAIM_QUANTITY, "6-1"), "6-1");
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_span(t, c, "rose to 45 from 30");
    assert_true(c->change->from == 30 && c->change->to == 45);
    cd_doc_free(doc);
}

static void test_score_with_noun_and_half_time(void **state)
{
    (void)state;
    const char *t = "Arsenal ran out 6-5 winners at the Lane. Tries from two backs gave the visitors a 22-9 half-time "
                    "lead. The loan is repaid in 16 half-yearly payments.";
    cd_doc *doc = analyze(t, NULL);
    assert_span(t, find_claim(doc, CD_CLAIM_QUANTITY, "6-5"), "6-5 winners");
    assert_span(t, find_claim(doc, CD_CLAIM_QUANTITY, "22-9"), "22-9");
    const cd_number *n = find_number(doc, "9");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "9 half"));
    assert_true(n->value == 9);
    n = find_number(doc, "16");
    assert_non_null(n);
    assert_true(n->value == 16);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_score_after_to_is_no_level),
        cmocka_unit_test(test_score_with_noun_and_half_time),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
