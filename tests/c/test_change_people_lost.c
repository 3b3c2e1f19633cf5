/* A win or a loss of people that a role names (src/claims.c people_won_or_lost): "lost two props"
 * tells of players gone, no quantity that moved, so no change claim; the count stays a quantity.
 * A loss of subscribers or of jobs is still a change. Our own stories. */
#include "helpers.h"

#include <math.h>

static void test_players_lost_no_change(void **state)
{
    (void)state;
    const char *t = "Dunmore have lost three props to injury and gained two strikers this week.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "lost"));
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "gained"));
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUANTITY, "three props");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "three props"));
    assert_int_equal(c->span.stop, offset_of(t, "three props") + strlen("three props"));
    cd_doc_free(doc);
}

/* Must not: subscribers and jobs are no role; a loss of them is a change. */
static void test_subscribers_lost_stay(void **state)
{
    (void)state;
    const char *t = "Tellona lost 52,000 subscribers and said it would lose 900 jobs.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "lost");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "lost"));
    assert_int_equal(c->span.stop, offset_of(t, "subscribers") + strlen("subscribers"));
    assert_true(c->change->by == -52000 && isnan(c->change->to));
    c = find_claim(doc, CD_CLAIM_CHANGE, "lose");
    assert_non_null(c);
    assert_true(c->change->by == -900);
    cd_doc_free(doc);
}

/* The positions added to data/person_nouns.tsv name a speaker as the other roles do. */
static void test_prop_names_a_speaker(void **state)
{
    (void)state;
    const char *t = "The prop said: \"We owe the crowd a better scrum than the one we gave them.\"";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, "We owe");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "\"We owe"));
    assert_non_null(c->quote.speaker);
    assert_string_equal(c->quote.speaker, "prop");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_players_lost_no_change),
        cmocka_unit_test(test_subscribers_lost_stay),
        cmocka_unit_test(test_prop_names_a_speaker),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
