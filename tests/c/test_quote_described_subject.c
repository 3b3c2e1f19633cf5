/* A story names someone with their office, names another man, then calls the first by the office
 * alone as the subject of a sentence ("The party leader attacked ..."): a "he" after it is the
 * person the office stands for, not the man named last. A description no one is named with stands
 * for a pronoun no one else was found for ("The spokesman said ... He added"); one named by a
 * group's role ("the officials") or of the other sex stands for no "he". */
#include "helpers.h"

static void test_office_holder_after_other_man(void **state)
{
    (void)state;
    static const char T[] = "Bill Ray, the party leader, spoke in Leeds on Monday. Tom Kay had asked him to come.\n\n"
                            "The party leader attacked the plans for the new road. He declared: \"This road will ruin "
                            "the valley for ever.\"";
    expect_quote_claim_at(T, "\"This road will ruin the valley for ever.\"", "Bill Ray", 153);
}

static void test_described_subject_for_unresolved_pronoun(void **state)
{
    (void)state;
    static const char T[] = "Our mill will shut in June, its owner told staff on Friday.\n\nThe spokesman said the "
                            "workers would get other jobs. He added that the site would be sold.";
    expect_reported_clause(T, "the site would be sold", "spokesman");
    assert_int_equal(offset_of(T, "the site would be sold"), 128);
}

static void test_group_or_other_sex_is_no_he(void **state)
{
    (void)state;
    /* no one named: "the officials" are a group and "the actress" no "he", so the quote has nobody */
    expect_quote_claim("The port will stay open.\n\nThe officials were told of the plan on Monday. He said: "
                       "\"We will keep every berth busy all year.\"",
                       "\"We will keep every berth busy all year.\"", NULL, 0);
    expect_quote_claim("The theatre will stay open.\n\nThe actress was told of the plan on Monday. He said: "
                       "\"We will keep every seat full all year.\"",
                       "\"We will keep every seat full all year.\"", NULL, 0);
    /* the same with "she": the actress */
    expect_quote_claim("The theatre will stay open.\n\nThe actress was told of the plan on Monday. She said: "
                       "\"We will keep every seat full all year.\"",
                       "\"We will keep every seat full all year.\"", "actress", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_office_holder_after_other_man),
        cmocka_unit_test(test_described_subject_for_unresolved_pronoun),
        cmocka_unit_test(test_group_or_other_sex_is_no_he),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
