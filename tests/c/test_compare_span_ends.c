/* Where a superlative's span ends (src/compare.c): the short search for a scope after its noun
 * stops at a verb or conjunction of the sentence ("is", "said", "but"), whose clause the scope
 * word belongs to; a modal does not stop it ("the best deal you will ever sign"). */
#include "helpers.h"

/* The only comparison in t covers exactly text. */
static void expect_one(const char *t, const char *text)
{
    cd_doc *doc = analyze(t, "2005-03-01");
    assert_int_equal(count_claims(doc, CD_CLAIM_COMPARISON), 1);
    const cd_claim *c = find_claim(doc, CD_CLAIM_COMPARISON, text);
    if (!c) fail_msg("no comparison '%s' in: %s", text, t);
    assert_span(t, c, text);
    cd_doc_free(doc);
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scope_search_stops_at_clause),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
