/* Speakers that are not the one named first: a name that owns a description after an inverted
 * verb ('said The Mariner's executive producer James Corliss', 'said Tom Hale's lawyer') is its
 * owner, not its speaker; "tells the story of" narrates and reports no words; and a definite
 * description with an age ('the 52-year-old director said') stands for the person who spoke
 * before it, as "he" does. */
#include "helpers.h"

static void test_owner_is_no_speaker(void **state)
{
    (void)state;
    expect_quote_claim("\"Nothing is coming in to replace the money,\" said The Mariner's executive producer James "
                       "Corliss.",
                       "\"Nothing is coming in to replace the money,\"", "James Corliss", 0);
    expect_quote_claim("\"We will appeal against the ruling at once,\" said Tom Hale's lawyer.",
                       "\"We will appeal against the ruling at once,\"", "Tom Hale's lawyer", 0);
}

static void test_story_is_no_speech(void **state)
{
    (void)state;
    const char *t = "Based on a novel by Ann Lee, Harbour Lights tells the story of a girl who is sent to sea.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_QUOTE, "girl"));
    cd_doc_free(doc);
    /* a listener after "told", and a clause: reported speech still */
    t = "Ann Lee told reporters the story was false.";
    doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, "the story was false");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "the story"));
    assert_string_equal(c->quote.speaker, "Ann Lee");
    cd_doc_free(doc);
}

static void test_aged_description_is_the_speaker(void **state)
{
    (void)state;
    const char *t = "\"The studios still hold the keys,\" Ross Dunmore said. He urged students to try other routes. "
                    "\"It is a huge market,\" the 52-year-old director said.";
    expect_quote_claim(t, "\"It is a huge market,\"", "Ross Dunmore", 0);
    /* nobody spoke before: the nearest name may be anyone's, the description stays */
    expect_quote_claim("Ann Rai, star of the play, is the studio's choice. \"It is a huge market,\" the 52-year-old "
                       "director said.",
                       "\"It is a huge market,\"", "52-year-old director", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_owner_is_no_speaker),
        cmocka_unit_test(test_story_is_no_speech),
        cmocka_unit_test(test_aged_description_is_the_speaker),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
