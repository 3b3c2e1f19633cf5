/* name-variant: a lone word written right after the other name's differing word ("Prince Prance",
 * the first word taken for a title, beside "Susan Prince") is a second word set next to the first,
 * not a misspelling of it; the same lone word elsewhere is still compared. */
#include "helpers.h"

static const char *const VARIANT = "name-variant";

static void test_both_spellings_side_by_side(void **state)
{
    (void)state;
    expect_findings_at("Children loved the cartoon Prince Prance last year.\n\nThe critic Susan Prince praised it.\n",
                       VARIANT, 0, NULL);
}

static void test_lone_word_alone_still_fires(void **state)
{
    (void)state;
    const char *t = "The critic Susan Prince praised the cartoon. Later, Prance said it was her favourite.\n";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, VARIANT), 1);
    const cd_finding *f = find_finding(doc, VARIANT);
    assert_int_equal(f->span.start, offset_of(t, "Prance"));
    assert_int_equal(f->span.stop, offset_of(t, "Prance") + 6);
    assert_string_equal(f->message, "\"Prance\" here, but \"Susan Prince\" earlier: one name spelled two ways?");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_both_spellings_side_by_side),
        cmocka_unit_test(test_lone_word_alone_still_fires),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
