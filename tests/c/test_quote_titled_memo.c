/* A speech verb whose subject is a bare title ("The minister said CLAUSE: QUOTE") has the title read
 * twice, for the indirect speech and for the quote's attribution, and a description that opens a
 * sentence is read again for each pronoun after it: the second read takes the first's answer
 * (titled_person's memo), which must be the same, a person or the description. */
#include "helpers.h"

#define BREAD "\"We will not raise taxes on bread this year.\""
#define SQUAD "\"The squad needs a sharper edge up front.\""

/* the answer kept is a person: the quote has them */
static void test_holder_kept(void **state)
{
    (void)state;
    const char *t = "Finance Minister Ann Lee met the heads of the big banks on Monday. The minister said taxes on "
                    "bread would not rise: " BREAD;
    expect_quote_claim(t, BREAD, "Ann Lee", 0);
    assert_int_equal(offset_of(t, BREAD), 116);
}

/* the answer kept is no one (two hold the title): the quote has the description, not nobody */
static void test_no_holder_kept(void **state)
{
    (void)state;
    const char *t = "Finance Minister Ann Lee and Trade Minister Bob Kay met the banks. The minister said taxes on "
                    "bread would not rise: " BREAD;
    expect_quote_claim(t, BREAD, "minister", 0);
    assert_int_equal(offset_of(t, BREAD), 116);
}

/* a person noun, no title: the answer kept is no one, and the quote has the description */
static void test_person_noun_kept(void **state)
{
    (void)state;
    const char *t = "The club lost at home on Monday. The striker said the team was tired: " SQUAD;
    expect_quote_claim(t, SQUAD, "striker", 0);
    assert_int_equal(offset_of(t, SQUAD), 70);
}

/* a pronoun's described subject, asked again for each "he" after it: the answer kept is no one,
 * and each clause has the description */
static void test_described_subject_kept(void **state)
{
    (void)state;
    static const char T[] = "Our mill will shut in June, its owner told staff on Friday.\n\nThe spokesman said the "
                            "workers would get other jobs. He added that the site would be sold. He said it would "
                            "fetch a good price.";
    expect_reported_clause(T, "the site would be sold", "spokesman");
    expect_reported_clause(T, "it would fetch a good price", "spokesman");
    assert_int_equal(offset_of(T, "it would fetch a good price"), 160);
}

/* titles asked one after another each keep their own answer */
static void test_answers_apart(void **state)
{
    (void)state;
    const char *t = "Finance Minister Ann Lee met the banks. The club hired coach Ivo Marek in May. The minister said "
                    "taxes on bread would not rise: " BREAD " The coach said the team was tired: " SQUAD
                    " The minister said prices would fall: " BREAD;
    expect_quote_claim_at(t, BREAD, "Ann Lee", 128);
    expect_quote_claim_at(t, SQUAD, "Ivo Marek", 209);
    expect_quote_claim_at(t, BREAD, "Ann Lee", 289);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_holder_kept),
        cmocka_unit_test(test_no_holder_kept),
        cmocka_unit_test(test_person_noun_kept),
        cmocka_unit_test(test_described_subject_kept),
        cmocka_unit_test(test_answers_apart),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
