/* Adverbs in -ly that end a target or an agent are no part of it (before_adverb_tail): "shut the
 * mill indefinitely" is about the mill, "closed by the council unilaterally" names the council.
 * A noun in -ly (data/ev_ly_nouns.tsv) and a word after a determiner stay. */
#include "helpers.h"

static void test_adverb_tail(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"shut the mill", "shut the mill", 9, "Varco", "the mill"},
        {"withdrew the offer", "withdrew the offer", 46, "Tom Reed", "the offer"},
        {"was closed", "The depot was closed by the council", 78, "the council", "The depot"},
        {"arrested", "arrested the Marsh family", 135, "Police", "the Marsh family"},
    };
    expect_event_roles("Mr Varco shut the mill indefinitely. Tom Reed withdrew the offer immediately. "
                       "The depot was closed by the council unilaterally. Police arrested the Marsh family.",
                       "2004-03-08", want, N_OF(want));
}

/* A noun in -ly of data/ev_ly_nouns.tsv after another noun ends the phrase and stays in it; an
 * adverb after it is still cut off. */
static void test_ly_noun_after_noun(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"suspended", "suspended the vote tally", 10, "The panel", "the vote tally"},
        {"banned", "banned the grain oligopoly", 46, "The court", "the grain oligopoly"},
        {"withdrew", "withdrew his reply", 84, "The clerk", "his reply"},
    };
    expect_event_roles("The panel suspended the vote tally. The court banned the grain oligopoly. "
                       "The clerk withdrew his reply abruptly.",
                       "2004-03-08", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_adverb_tail),
        cmocka_unit_test(test_ly_noun_after_noun),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
