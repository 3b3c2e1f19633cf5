/* inconsistent-number: a figure a subject pronoun owns ("It holds 40 mln dlrs of farm loans"), in a sentence that names no one, is the figure of the names of the nearest
 * sentence before that has some (up to three back): another name's figure of the same thing is no
 * disagreement, the same name's still is. */
#include "helpers.h"

#define RULE "inconsistent-number"

static void test_pronoun_of_another_name(void **state)
{
    (void)state;
    /* the total is the regulator's; the pronoun stands for the bank of the sentence before */
    expect_findings_at("Moorland Credit Corp fined three farm lenders, which together hold 900 mln dlrs of farm loans. "
                       "Its review singled out Halden Bank for slow repayments. It holds 40 mln dlrs of farm loans.",
                       RULE, 0, NULL);
}

static void test_pronoun_of_the_same_name(void **state)
{
    (void)state;
    /* the sentence between names the same bank */
    expect_finding_message("Halden Bank has 3.2 billion dlrs of bonds in issue. The agency cut the senior debt of "
                           "Halden Bank to A-plus from AA. It has 3.5 billion dlrs of bonds in issue.",
                           RULE, "3.5 billion", "3.2 billion",
                           "\"3.5 billion dlrs of bonds in issue\" here, but \"3.2 billion dlrs of bonds in issue\" "
                           "earlier");
    /* the sentence between names no one: the bank before it */
    static const char t[] = "Halden Bank has 3.2 billion dlrs of bonds in issue. The agency cut its senior debt to "
                            "A-plus from AA. It has 3.5 billion dlrs of bonds in issue.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, RULE), 1);
    assert_int_equal(find_finding(doc, RULE)->span.start, 109);
    assert_int_equal(find_finding(doc, RULE)->span.stop, 125);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pronoun_of_another_name),
        cmocka_unit_test(test_pronoun_of_the_same_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
