/* A profile names its subject once, then calls him "the Kerry man" when he speaks and "he" after:
 * a pronoun opening the sentence before a bare quote stands for that described speaker ("man" and
 * "woman" tell a sex, data/quote_gender.tsv), and the quote is his. A person of the pronoun's sex
 * named outside quotes since the described speaker spoke ("Mr Dorran") is the one a later pronoun
 * stands for; a person the speaker names inside a quote is not. */
#include "helpers.h"

static const char PROFILE[] =
    "\"I knew my ankle was gone,\" says the Kerry man. \"The pain came in waves. I could not stand. The nurses were "
    "kind to me. They did all they could.\" He spent a month in bed after the crash.\n\n"
    "He then moved on to crutches for a month until he could walk again in May. \"Walking without them felt like "
    "a real step in my recovery.\"";

static void test_pronoun_stands_for_described_speaker(void **state)
{
    (void)state;
    expect_quote_claim(PROFILE, "\"Walking without them felt like a real step in my recovery.\"", "Kerry man", 0);
    /* the same quote with the speaker told a woman: "he" is not her, and the quote has nobody */
    static const char WOMAN[] =
        "\"I knew my ankle was gone,\" says the Kerry woman. \"The pain came in waves. I could not stand. The nurses "
        "were kind to me. They did all they could.\" She spent a month in bed after the crash.\n\n"
        "He then moved on to crutches for a month until he could walk again in May. \"Walking without them felt "
        "like a real step in my recovery.\"";
    expect_quote_claim(WOMAN, "\"Walking without them felt like a real step in my recovery.\"", NULL, 1);
}

static void test_titled_person_named_since(void **state)
{
    (void)state;
    /* the man spoke last, but Mr Dorran (a man by his title) is named after: "he" is Mr Dorran */
    expect_quote_claim("Mr Dorran said the man, who later fled, claimed he was \"acting for the river\". In March, "
                       "Mr Dorran left his radio job over remarks he made about anglers, whom he called \"river "
                       "thieves\".",
                       "\"river thieves\"", "Dorran", 0);
}

static void test_person_named_in_quote_is_passed(void **state)
{
    (void)state;
    /* Ms Verran (a woman by her title) is named after the spokeswoman spoke, but by her, inside her
     * quote: "she" is still the spokeswoman, not Professor Quint, the subject before */
    static const char T[] = "Professor Ada Quint said Ms Nell Verran had a say over the laboratory budget as she "
                            "chaired its board.\n\nA spokeswoman said: \"It is no secret that Ms Verran sits on the "
                            "board but we will not discuss it.\" But she added that reports of a cut were false.";
    cd_doc *doc = analyze(T, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, "reports of a cut");
    assert_span(T, c, "reports of a cut were false");
    assert_int_equal(c->quote.direct, 0);
    assert_string_equal(c->quote.speaker, "spokeswoman");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pronoun_stands_for_described_speaker),
        cmocka_unit_test(test_titled_person_named_since),
        cmocka_unit_test(test_person_named_in_quote_is_passed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
