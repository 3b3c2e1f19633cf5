/* Where a "than" complement ends (src/compare.c, complement_end): at the end of the compared noun
 * phrase, before a clause that follows it. A subject pronoun after the noun opens that clause
 * (clause_subject); "because", "according to" and "following" open one that belongs to the
 * sentence (compare_context.tsv). The pronoun right after "than", after a preposition or after
 * "what" is part of the compared thing, and so is a letter glued to a figure ("i9"). */
#include "helpers.h"

/* The only comparison in t, read on 2005-03-01, covers exactly text. */
static void expect_one(const char *t, const char *text)
{
    expect_one_comparison("2005-03-01", t, text);
}

static void test_subject_pronoun_ends_noun(void **state)
{
    (void)state;
    /* "lower than the six tonnes" runs from byte 11 to 36: "it had planned" is another clause */
    const char *t = "Output was lower than the six tonnes it had planned.";
    expect_one(t, "lower than the six tonnes");
    assert_int_equal(offset_of(t, "lower than"), 11);
    assert_int_equal(offset_of(t, "lower than") + strlen("lower than the six tonnes"), 36);
    expect_one("The new deck holds more songs than the old discs we bought.", "more songs than the old discs");
}

static void test_pronoun_in_compared_thing(void **state)
{
    (void)state;
    expect_one("It ran faster than it did.", "faster than it did");
    expect_one("Brisk had more staff than in it.", "more staff than in it");
    expect_one("It was faster than what we got.", "faster than what we got");
    /* the same with a comparative of judgement is a view, no claim */
    const char *view = "It was better than what we got.";
    expect_no_claim(&view, 1, "2005-03-01", CD_CLAIM_COMPARISON);
    expect_one("This is faster than the i9 laptop from Tarn.", "faster than the i9 laptop from Tarn");
}

static void test_sentence_clause_ends_complement(void **state)
{
    (void)state;
    /* offsets 11 to 32: the reason is the sentence's */
    const char *t = "Profit was 4% lower than forecast because sales of lamps fell.";
    expect_one(t, "4% lower than forecast");
    assert_int_equal(offset_of(t, "4% lower"), 11);
    expect_one("Rents were 8% higher than in 2001 following a late rush of buyers.", "8% higher than in 2001");
    expect_one("Sales were 3% higher than in 2002 according to figures from Tarn.", "3% higher than in 2002");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_subject_pronoun_ends_noun),
        cmocka_unit_test(test_pronoun_in_compared_thing),
        cmocka_unit_test(test_sentence_clause_ends_complement),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
