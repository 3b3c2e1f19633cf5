/* A name after an article and lower-case words that describe it ("The ferry firm Kestrel said",
 * "A bus maker Kestrel told reporters that") opens the sentence as a subject does: the words after
 * the speech verb are the name's indirect speech. Not when a verb follows the speech verb: then the
 * name and its verb qualify the noun ("The second plan Kestrel announced is to ..."). */
#include "helpers.h"

static void test_description_before_the_name(void **state)
{
    (void)state;
    expect_only_quote_at("The ferry firm Kestrel said it would cut fares by 5 pct.", 28, 55, "Kestrel");
    expect_only_quote_at("A bus maker Kestrel told reporters that it would cut fares by 5 pct.", 40, 67, "Kestrel");
}

static void test_clause_that_qualifies_a_noun(void **state)
{
    (void)state;
    cd_doc *doc = analyze("The second plan Kestrel announced is to cut fares by 5 pct.", NULL);
    assert_int_equal(count_claims(doc, CD_CLAIM_QUOTE), 0);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_description_before_the_name),
        cmocka_unit_test(test_clause_that_qualifies_a_noun),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
