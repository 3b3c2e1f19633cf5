/* A relative "who", "which" or "that" with no comma before it points back to the actor of the
 * active event after it: "the rebels who closed the road" names the rebels, where the nearest
 * name was read or none. The phrase is cut past a verb it read over ("a measure lifting export
 * curbs which") and to a count ("replaced two managers who"); a name governed by a preposition
 * ("a bill before Congress that") is no antecedent. */
#include "helpers.h"

static void test_bare_relative_actor(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"closed", "closed the road", 39, "the rebels", "the road"},
        {"ban the", "ban the dyes", 83, "A bill", "the dyes"},
        {"resigned", "resigned", 152, "two managers", NULL},
        {"banned", "banned crude sales", 215, "export curbs", "crude sales"},
        {"impose", "impose quotas", 288, NULL, "quotas"},
        {"sued", "sued its rival", 334, "a firm", "its rival"},
    };
    expect_event_roles("Officials in Karst said the rebels who closed the road had fled. "
                       "A bill that would ban the dyes was filed on Monday. "
                       "The firm replaced two managers who resigned. "
                       "Varn Oil signed a measure lifting export curbs which banned crude sales. "
                       "Traders fear a draft bill before Congress that would impose quotas on yarn. "
                       "Varn Bank, a firm that sued its rival, lost the case.",
                       "1990-02-06", want, N_OF(want));
}

/* "that" before a verb with no noun reading is a relative, not a determiner ("a firm that sued"),
 * but not before a gerund nor after a verb of wanting: those open a clause with no event done. */
static void test_that_clause_no_event(void **state)
{
    (void)state;
    const char *const stories[] = {
        "The judges held that detaining strikers is unlawful.",
        "Fans are hoping that banned striker Tom Vey will play.",
    };
    expect_no_claim(stories, N_OF(stories), "1990-02-06", CD_CLAIM_EVENT);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bare_relative_actor),
        cmocka_unit_test(test_that_clause_no_event),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
