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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_adverb_tail),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
