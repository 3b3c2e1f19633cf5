/* Verbs that attribute a quote but report no clause: 'as one trader put it, "..."', '"...," the
 * judge ruled', '"...!" an officer ordered', 'an analyst concurred, "..."'. "put it" speaks only
 * where it ends its clause: "put it into training" is no speech. */
#include "helpers.h"

static void test_quote_verbs_attribute(void **state)
{
    (void)state;
    expect_quote_claim("As one trader put it, \"Most banks would rather get some money back than none.\"",
                       "\"Most banks would rather get some money back than none.\"", "trader", 0);
    expect_quote_claim("\"The public deserves a full account of the whole affair,\" the judge ruled.",
                       "\"The public deserves a full account of the whole affair,\"", "judge", 0);
    expect_quote_claim("\"Hands up! Show me your hands!\" an officer ordered.", "\"Hands up! Show me your hands!\"",
                       "officer", 0);
    expect_quote_claim("One fund analyst concurred, \"Nothing here points to a weak market this year.\"",
                       "\"Nothing here points to a weak market this year.\"", "fund analyst", 0);
}

static void test_put_it_into_is_no_verb(void **state)
{
    (void)state;
    expect_findings_at("Ann Lee added: \"We would tell him 'do not spend it all, put it into training the young'. "
                       "\"That would be money well spent.\"",
                       "quote-marks", 0, NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quote_verbs_attribute),
        cmocka_unit_test(test_put_it_into_is_no_verb),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
