/* Where a superlative's span ends (src/compare.c): the short search for a scope after its noun
 * stops at a verb or conjunction of the sentence ("is", "said", "but"), whose clause the scope
 * word belongs to; a modal does not stop it ("the best deal you will ever sign"). With no
 * complement, the span ends at the noun phrase, before a pronoun, an auxiliary, a determiner or a
 * finite verb that opens the next clause, unless the words cut hold a scope or a time. */
#include "helpers.h"

/* The only comparison in t, read on 2005-03-01, covers exactly text. */
static void expect_one(const char *t, const char *text)
{
    expect_one_comparison("2005-03-01", t, text);
}

static void test_scope_search_stops_at_clause(void **state)
{
    (void)state;
    /* the "since" is the verb's: the ranking ends at its noun (offsets 0 to 17) */
    const char *t = "The largest plant is to close since demand fell.";
    expect_one(t, "The largest plant");
    assert_int_equal(offset_of(t, "The largest plant") + strlen("The largest plant"), 17);
    expect_one("Ferro said the oldest mill was shut since Brant Rail left.", "the oldest mill");
    /* a view with no scope of its own is no claim */
    static const char *const none[] = {"The best plan is to wait since prices fall."};
    expect_no_claim(none, N_OF(none), "2005-03-01", CD_CLAIM_COMPARISON);
    /* after a modal the scope is the ranking's own */
    expect_one("Kesh signed the biggest deal it will ever sign.", "the biggest deal it will ever sign");
}

static void test_noun_ends_before_clause(void **state)
{
    (void)state;
    /* "the coldest night" runs 18 to 35; the "we" after it is the next clause's */
    const char *t = "Tulmo growers had the coldest night we recall.";
    expect_one(t, "the coldest night");
    assert_int_equal(offset_of(t, "the coldest night"), 18);
    expect_one("Ms Ebbe said her best results seem to come late.", "her best results");
    expect_one("Ardent's largest plants include two mills.", "Ardent's largest plants");
    expect_one("Kesh named the oldest vessel they had afloat.", "the oldest vessel");
    expect_one("The smallest fault doesn't matter to Vessa.", "The smallest fault");
    expect_one("Brant kept the largest stake a bank held.", "the largest stake");
    /* a capital is a name's, no pronoun: "IT" stays in the noun */
    expect_one("Kesh runs the biggest IT firm.", "the biggest IT firm");
    /* a scope or a period among the words keeps them: one ranking */
    expect_one("It was the hardest climb she's ever made.", "the hardest climb she's ever");
    expect_one("Dorve ran the fastest mile this season.", "the fastest mile this season");
    /* a complement after the clause's verb keeps the whole ranking */
    expect_one("It was the longest queue we have seen since 1990.", "the longest queue we have seen since 1990");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scope_search_stops_at_clause),
        cmocka_unit_test(test_noun_ends_before_clause),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
