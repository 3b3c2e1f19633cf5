/* "dismiss" that rejects what someone said or proposed fires nobody: a claim, a fear or a report
 * as its object or its subject (data/ev_dismiss_views.tsv), or a judgement after "as" ("as
 * hollow") or "out of hand". Firing a person, or a court throwing out a suit, stays an event, as
 * does "dismissed as" a role ("dismissed as the league's treasurer"). */
#include "helpers.h"

static void test_rejections(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Mayor Ilse Varga dismissed the latest claims about the budget.",
        "Brannock dismissed fears of a shortage at the mills.",
        "This argument was dismissed by the panel on Tuesday.",
        "Olvek dismissed the bid as hollow and too low.",
        "The Corvane plan was dismissed out of hand by the board.",
        "The union dismissed them as a stunt.",
    };
    expect_no_claim(none, N_OF(none), "2004-11-09", CD_CLAIM_EVENT);
}

static void test_dismissals_stay(void **state)
{
    (void)state;
    expect_one_event("2004-11-09", "dismiss", "Tessaly Mills dismissed the plant manager on Friday.",
                     "dismissed the plant manager");
    expect_one_event("2004-11-09", "dismiss", "A judge dismissed the lawsuit against Orvane.", "dismissed the lawsuit");
    expect_one_event("2004-11-09", "dismiss", "Ruth Anders was dismissed as the league's treasurer.",
                     "Ruth Anders was dismissed");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rejections),
        cmocka_unit_test(test_dismissals_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
