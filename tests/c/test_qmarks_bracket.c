/* quote-marks: a straight double mark before an opening bracket opens a quote when white space is
 * before it: `"[Alastair] will act as an advisor ...` (an editor's insertion), `"(It) appears`; the
 * bracket is no closing punctuation. A mark glued after a word before a bracket still closes. */
#include "helpers.h"

static void test_bracket_opens(void **state)
{
    (void)state;
    const char *t = "\"We need the strategy in place,\" said Woodward. \"We need to deal with the pressures. "
                    "\"[Alastair] will act as an advisor on the tour. His role is to work with (tour manager) Bill "
                    "Beaumont.\" Campbell is due back in the new year.";
    expect_whole_quote(t, "[Alastair]", "\"[Alastair]", " Campbell");
    /* a closing mark before a footnote's bracket */
    expect_findings_at("He called the ruling \"unfair\"[1] and left.", "quote-marks", 0, NULL);
}

static void test_bracket_quote_left_open_fires(void **state)
{
    (void)state;
    expect_findings_at("He said: \"[Alastair] will act as an advisor.\n\nCampbell left.", "quote-marks", 1,
                       "\"[Alastair]");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bracket_opens),
        cmocka_unit_test(test_bracket_quote_left_open_fires),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
