/* name-variant: the office before a lone surname counts after a dateline's spaced dash ("OSLO,
 * May 2 - President Halvorsen"), so the lone surname with that office is another person than a
 * full name without it; a hyphen joined to the office ("ex-President") still makes it a past one. */
#include "helpers.h"

static const char *const VARIANT = "name-variant";

static void test_office_after_a_dateline_dash(void **state)
{
    (void)state;
    expect_findings_at("OSLO, May 2 - President Halvorsen signed the budget on Friday. His aide had worked for "
                       "Peter Halvorson, a banker who left the board last year.",
                       VARIANT, 0, NULL);
    /* the same office with no dash before it is read the same way */
    expect_findings_at("President Halvorsen signed the budget on Friday. His aide had worked for Peter Halvorson, "
                       "a banker who left the board last year.",
                       VARIANT, 0, NULL);
}

static void test_joined_hyphen_is_a_prefix(void **state)
{
    (void)state;
    /* "ex-President": a past office, so the lone surname has none and may be a misspelling */
    const char *t = "OSLO, May 2 - ex-President Halvorsen signed the letter on Friday. Later Peter Halvorson read "
                    "it aloud.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, VARIANT), 1);
    const cd_finding *f = find_finding(doc, VARIANT);
    assert_int_equal(f->span.start, offset_of(t, "Peter Halvorson"));
    assert_int_equal(f->span.stop, offset_of(t, "Peter Halvorson") + strlen("Peter Halvorson"));
    assert_string_equal(f->message, "\"Peter Halvorson\" here, but \"Halvorsen\" earlier: one name spelled two ways?");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_office_after_a_dateline_dash),
        cmocka_unit_test(test_joined_hyphen_is_a_prefix),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
