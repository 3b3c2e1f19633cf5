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

/* five bare titles asked in turn, then the first two again: the memo's ring of 4 (TITLED_MEMO) wraps
 * and has dropped them, and each is read afresh to its own holder */
static void test_ring_wraps(void **state)
{
    (void)state;
    const char *t = "Finance Minister Ann Lee, coach Ivo Marek, Mayor Tom Hale, Judge Eva Roe and Senator Sam Kerr "
                    "met on Monday. The minister said taxes would not rise: \"We hold firm on bread.\" The coach "
                    "said the team was tired: \"We need rest.\" The mayor said roads would be mended: \"The holes go "
                    "first.\" The judge said the case would wait: \"The court sits in May.\" The senator said the "
                    "vote would pass: \"Every seat counts.\" The minister said prices would fall: \"Bread gets "
                    "cheaper.\" The coach said the squad would travel: \"We fly at dawn.\"";
    expect_quote_claim_at(t, "\"We hold firm on bread.\"", "Ann Lee", 149);
    expect_quote_claim_at(t, "\"We need rest.\"", "Ivo Marek", 209);
    expect_quote_claim_at(t, "\"The holes go first.\"", "Tom Hale", 263);
    expect_quote_claim_at(t, "\"The court sits in May.\"", "Eva Roe", 321);
    expect_quote_claim_at(t, "\"Every seat counts.\"", "Sam Kerr", 384);
    expect_quote_claim_at(t, "\"Bread gets cheaper.\"", "Ann Lee", 442);
    expect_quote_claim_at(t, "\"We fly at dawn.\"", "Ivo Marek", 503);
}

/* one head word, "minister", asked with other first words: "the trade minister" is one holder,
 * "the minister" (two hold it) none, "the finance minister" the other; an answer kept for one
 * must not be given for another */
static void test_same_head_other_first(void **state)
{
    (void)state;
    const char *t = "Finance Minister Ann Lee and Trade Minister Bob Kay met the banks. The trade minister said tariffs "
                    "would not rise: \"We keep the old rates.\" The minister said taxes would not rise: \"We hold "
                    "firm on bread.\" The finance minister said prices would fall: \"Bread gets cheaper.\"";
    expect_quote_claim_at(t, "\"We keep the old rates.\"", "Bob Kay", 115);
    expect_quote_claim_at(t, "\"We hold firm on bread.\"", "minister", 180);
    expect_quote_claim_at(t, "\"Bread gets cheaper.\"", "Ann Lee", 250);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_holder_kept),
        cmocka_unit_test(test_no_holder_kept),
        cmocka_unit_test(test_person_noun_kept),
        cmocka_unit_test(test_described_subject_kept),
        cmocka_unit_test(test_answers_apart),
        cmocka_unit_test(test_ring_wraps),
        cmocka_unit_test(test_same_head_other_first),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
