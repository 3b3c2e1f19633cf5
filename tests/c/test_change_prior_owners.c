/* An old level after a time in the possessive that time.c does not read ("from the prior year's
 * 50 mln", data/claim_level_leads.tsv "owner"), and after a word that sets an old level against
 * the new one ("compared with the prior year's 5.9 mln", "compared with 1985's 650 tons"): src/claims.c
 * past_time_owner, old_level_after. Our own stories. */
#include "helpers.h"

#include <math.h>

static void test_prior_owner_gives_old_level(void **state)
{
    (void)state;
    const char *t = "Kelso earned 40 mln dlrs, down from the prior quarter's 50 mln dlrs. Sales rose to 6.5 mln "
                    "dlrs compared with the prior year's 5.9 mln. Output fell to 600 tons compared with 1985's "
                    "650 tons.";
    cd_doc *doc = analyze(t, "1987-03-01");
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "40 mln");
    assert_span(t, c, "40 mln dlrs, down from the prior quarter's 50 mln dlrs");
    assert_true(c->change->from == 50e6 && c->change->to == 40e6);
    c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_span(t, c, "rose to 6.5 mln dlrs compared with the prior year's 5.9 mln");
    assert_true(c->change->from == 5.9e6 && c->change->to == 6.5e6);
    c = find_claim(doc, CD_CLAIM_CHANGE, "fell");
    assert_span(t, c, "fell to 600 tons compared with 1985's 650 tons");
    assert_true(c->change->from == 650 && c->change->to == 600);
    cd_doc_free(doc);
}

/* Must not: an owner that is no time, a figure after the owner that moves the wrong way. */
static void test_other_owners_give_none(void **state)
{
    (void)state;
    const char *t = "Sales rose to 6.5 mln dlrs compared with the prior owner's 5.9 mln. Output fell to 600 tons "
                    "compared with the prior year's 550 tons.";
    cd_doc *doc = analyze(t, "1987-03-01");
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_span(t, c, "rose to 6.5 mln dlrs");
    assert_true(isnan(c->change->from));
    c = find_claim(doc, CD_CLAIM_CHANGE, "fell");
    assert_span(t, c, "fell to 600 tons");
    assert_true(isnan(c->change->from));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_prior_owner_gives_old_level),
        cmocka_unit_test(test_other_owners_give_none),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
