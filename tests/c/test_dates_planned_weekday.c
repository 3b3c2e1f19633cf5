/* A weekday right after "scheduled for", "set for", "slated for" or "planned for" is the one ahead
 * of the story date: a plan looks forward ("the tribunal is scheduled for Tuesday" on a Thursday is
 * next Tuesday), unless "was", "were" or "had (been)" tell of a plan for a day gone by. Exact values
 * and byte offsets. */
#include "helpers.h"

static void test_planned_weekday_is_ahead(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Brackwater tribunal is scheduled for Tuesday, its clerk said.", .want = {{"Tuesday", "2014-03-11"}},
         COUNT(1)},
        {"A second ballot at Orme Vale is set for Monday.", .want = {{"Monday", "2014-03-10"}}, COUNT(1)},
        {"The Kessock ferry vote has been slated for Tuesday.", .want = {{"Tuesday", "2014-03-11"}}, COUNT(1)},
        {"The Brackwater tribunal was scheduled for Tuesday but did not sit.",
         .want = {{"Tuesday", "2014-03-04"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2014-03-06"); /* a Thursday */
}

/* The story date's own weekday is the story date, whatever the tense says (weekday_expr reads no
 * tense for it): a plan, a past and a bare mention on a Thursday all give that Thursday. */
static void test_story_weekday_is_story_date(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Orme Vale ballot is scheduled for Thursday.", .want = {{"Thursday", "2014-03-06"}}, COUNT(1)},
        {"The Kessock ferry sailed on Thursday, its owner said.", .want = {{"Thursday", "2014-03-06"}}, COUNT(1)},
        {"Talks at Brackwater will resume on Thursday.", .want = {{"Thursday", "2014-03-06"}}, COUNT(1)},
        {"The Kessock ferry sailed on Wednesday.", .want = {{"Wednesday", "2014-03-05"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2014-03-06"); /* a Thursday */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_planned_weekday_is_ahead),
        cmocka_unit_test(test_story_weekday_is_story_date),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
