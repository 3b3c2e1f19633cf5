/* quote-marks: a straight single mark before a word it shortens (`shoot 'em up`, `rock 'n' roll`,
 * `'til`) is an apostrophe, and opens no quote: an open single quote under a double one made the
 * next quote of a joined multi-paragraph quote look like a quote that lost its closing mark. */
#include "helpers.h"

static void test_elision_no_finding(void **state)
{
    (void)state;
    const char *t = "Driving games and shoot 'em ups are in development. \"It's important we use 10% of the "
                    "processor,\" explained Mr Montieth. \"We have focused first on Korea. \"We knew Korea would lead "
                    "the way. \"There should be phones on sale in Europe.\"";
    expect_whole_quote(t, "We knew", "\"We knew", " \"There");
    expect_findings_at("They played rock 'n' roll 'til dawn. \"It was loud. \"We loved it,\" she said.", "quote-marks",
                       0, NULL);
}

static void test_single_quote_still_opens(void **state)
{
    (void)state;
    /* a single mark before any other word opens a quote (the double mark that closes it is reported) */
    expect_findings_at("'Sites like FileBarn make illegal copying easy,\" it said.", "quote-marks", 1,
                       "\" it said");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_elision_no_finding),
        cmocka_unit_test(test_single_quote_still_opens),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
