/* A document as the subject of a speech verb after a quote ('"...," the lawsuit said', '"...," the
 * statement read') attributes it: its owner speaks when one is named with it ("the Harbour Trust
 * report") or at the mention of it before ("The Kestrel Group issued a statement ... the
 * statement"); else the noun phrase stands as the speaker, unless the one who spoke before goes on
 * (src/quotes.c document_speaker, data/quote_words.tsv kinds 5 and 6). */
#include "helpers.h"

static void test_noun_phrase(void **state)
{
    (void)state;
    expect_quote_claim("The ferry firm was sued in May. \"The hulls were never checked,\" the lawsuit said.",
                       "\"The hulls were never checked,\"", "lawsuit", 0);
    expect_quote_claim("\"Fresh air for all,\" the description on the website reads.", "\"Fresh air for all,\"",
                       "description", 0);
}

static void test_owner_named_with_it(void **state)
{
    (void)state;
    expect_quote_claim("\"Both cases go to a panel,\" the Harbour Trust report said.", "\"Both cases go to a panel,\"",
                       "Harbour Trust", 0);
}

static void test_owner_named_before(void **state)
{
    (void)state;
    expect_quote_claim("The Kestrel Group issued a statement on Friday. Talks went on all week. \"We are shocked "
                       "by the vote,\" the statement read.",
                       "\"We are shocked by the vote,\"", "Kestrel Group", 0);
    /* "Ivo Marek said in a statement": the one who said it owns it */
    expect_quote_claim("Ivo Marek said in a statement that the mill would close. Staff left early. \"It is a sad "
                       "day for the valley,\" the statement added.",
                       "\"It is a sad day for the valley,\"", "Ivo Marek", 0);
}

/* the mention before gives the owner: after "by", as the subject of "said in a", or as the subject
 * after an opening phrase that holds it */
static void test_owner_in_mention(void **state)
{
    (void)state;
    expect_quote_claim("Prices are wrong, a statement by Velo Trust said. Shares rose. \"Costs are far higher,\" "
                       "the statement said.",
                       "\"Costs are far higher,\"", "Velo Trust", 0);
    expect_quote_claim("Orders rose, the consortium said in a communique. Shares rose. \"Both jets sell well,\" "
                       "the communique said.",
                       "\"Both jets sell well,\"", "consortium", 0);
    expect_quote_claim("In a statement issued late on Monday, the central bank said rates would rise. Markets "
                       "fell. \"We will act again if needed,\" the statement said.",
                       "\"We will act again if needed,\"", "central bank", 0);
}

/* the one who spoke just before goes on: a document with no owner named is no new speaker */
static void test_speaker_before_wins(void **state)
{
    (void)state;
    expect_quote_claim("\"Sales fell in every region,\" Novastar said in a statement. \"The weak crown cut our "
                       "margins,\" the statement added.",
                       "\"The weak crown cut our margins,\"", "Novastar", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_noun_phrase),
        cmocka_unit_test(test_owner_named_with_it),
        cmocka_unit_test(test_owner_named_before),
        cmocka_unit_test(test_owner_in_mention),
        cmocka_unit_test(test_speaker_before_wins),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
