/* A target or an agent cut before its noun by a quote mark, a bracket or a time leaves a determiner
 * alone ("imposing a" before a quoted word, "closed by the" before "end of 2031"): it names nothing,
 * and the event has none. "her" before a word, "those" before a dash, still name what they stand
 * for. */
#include "helpers.h"

static void test_bare_article(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"imposing", "The regulator is imposing", 0, "The regulator", NULL},
        {"closed", "two mills should be closed", 58, NULL, "two mills"},
        {"banned her", "banned her", 112, "Norway", "her"},
        /* a dash is no bracket: "those" names what it stands for; a bracket cuts "the" */
        {"banned those", "banned those", 145, "Norway", "those"},
        {"fined", "Iceland fined", 176, "Iceland", NULL},
    };
    expect_event_roles("The regulator is imposing a \"cap\" on fees. "
                       "Officials said two mills should be closed by the end of 2031. "
                       "Norway banned her from the race. "
                       "Norway banned those - and only those. Iceland fined the (unnamed) firm.",
                       "2004-03-08", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bare_article),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
