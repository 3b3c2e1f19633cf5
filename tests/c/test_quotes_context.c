/* A quote whose sentence names no speaker takes one from the sentence around it: the subject of a
 * sentence whose colon opens the quote ('Ann Lee agreed: "..."', 'She also thanked the producer:
 * "..."'), or the speaker of the sentence just before ('... but Ann Lee said it was not deterring
 * shoppers. "I have sold ..."', '... market sources said. "..."'), or its only person, its
 * subject ('Ann Lee hit the front ... "It felt good ..."'); not when another person is named there. */
#include "helpers.h"

static void test_subject_before_colon(void **state)
{
    (void)state;
    expect_quote_speaker("Tom Hale spoke first. Ann Lee agreed: \"We can build more homes and have better streets.\"",
                         "\"We", "Ann Lee");
    expect_quote_speaker("Ann Lee won the award on Saturday. She also thanked the producer: \"I owe you "
                         "a great deal for backing the film.\"",
                         "\"I owe", "Ann Lee");
    expect_quote_speaker("- Ashford boss Gary Tarrant: \"Dunmore are stubborn and have real flair.\"",
                         "\"Dunmore", "Gary Tarrant");
}

/* a dash's label line with no colon: the person named right before the mark */
static void test_dash_label(void **state)
{
    (void)state;
    expect_quote_claim("Rain fell at the ground.\n\n- Ashford boss Gary Tarrant \"Dunmore are stubborn and have real "
                       "flair for a side so young.\"\n",
                       "\"Dunmore are stubborn and have real flair for a side so young.\"", "Gary Tarrant", 0);
}

/* quotes side by side in a paragraph are one speaker's, attributed after the last of them */
static void test_next_quote_attributed(void **state)
{
    (void)state;
    const char *t = "Rain fell on the set. \"On the first cut we all looked sunburnt, which was only paint. \"On "
                    "the sharp print every brush line showed,\" explains Ida Roe. More.";
    expect_quote_claim(t, "\"On the first cut we all looked sunburnt, which was only paint.", "Ida Roe", 0);
    const char *u = "Rain fell on the set. \"On the first cut we all looked sunburnt, which was only paint.\" \"On "
                    "the sharp print every brush line showed,\" explains Ida Roe. More.";
    expect_quote_claim(u, "\"On the first cut we all looked sunburnt, which was only paint.\"", "Ida Roe", 0);
}

static void test_speaker_just_before(void **state)
{
    (void)state;
    expect_quote_speaker("The prices were steep but Ann Lee said it was not deterring shoppers. \"I have sold quite a "
                         "lot already.\"",
                         "\"I have", "Ann Lee");
}

static void test_person_just_before(void **state)
{
    (void)state;
    expect_quote_speaker("Ann Lee hit the front just before the bell and cruised to victory. \"It felt good to have "
                         "that one done and dusted.\"",
                         "\"It felt", "Ann Lee");
    /* a sentence of a quote names a person the speaker speaks of */
    expect_quote_speaker("Tom Hale said: \"Ann Lee was a tremendous threat all day. \"All we can do is keep up our "
                         "standards and play.\"",
                         "\"All we", "Tom Hale");
}

/* the sentence's only person, its subject after an opening phrase and its comma */
static void test_subject_after_opening_phrase(void **state)
{
    (void)state;
    expect_quote_speaker("Rain fell at the track. After four wins in a row, Ann Lee is sure of her form. \"I have "
                         "waited a long time for a spell like this one.\"",
                         "\"I have", "Ann Lee");
    /* another person named: who speaks next is not safe to say */
    expect_findings_at("Rain fell at the track. After four wins in a row, Ann Lee is level with Bill Clinton. \"I "
                       "have waited a long time for a spell like this one.\"",
                       "unattributed-quote", 1, "\"I have");
}

/* the speaker of the sentence before described, not named ("market sources said") */
static void test_described_just_before(void **state)
{
    (void)state;
    expect_quote_claim("Bond prices rose sharply on the news, market sources said. \"The rule change has been agreed "
                       "in principle by the board.\"",
                       "\"The rule change has been agreed in principle by the board.\"", "market sources", 0);
    expect_quote_claim("Rain fell. Takeovers are frowned upon in the region, the trading firm official says. \"People "
                       "here would rather make quiet deals with friends.\"",
                       "\"People here would rather make quiet deals with friends.\"", "trading firm official", 0);
}

static void test_other_person_named(void **state)
{
    (void)state;
    /* Bill Clinton's advice, not Ann Lee's words: the colon's clause is about people, so the quote
     * is attributed (test_quote_colon_person.c), but to nobody named */
    expect_quote_claim("Ann Lee remembers how Bill Clinton once advised her: \"Always remember what people see of "
                       "you.\"",
                       "\"Always remember what people see of you.\"", NULL, 0);
    expect_findings_at("The prices were steep but Ann Lee said it was not deterring Bill Clinton. \"I have sold quite a "
                       "lot already.\"",
                       "unattributed-quote", 1, "\"I have");
    expect_findings_at("Ann Lee beat Bill Clinton just before the bell. \"It felt good to have that one done and dusted.\"",
                       "unattributed-quote", 1, "\"It felt");
    expect_findings_at("The banner over the stage carried the words: \"Taking responsibility for tough choices.\"",
                       "unattributed-quote", 1, "\"Taking");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_subject_before_colon),
        cmocka_unit_test(test_dash_label),
        cmocka_unit_test(test_next_quote_attributed),
        cmocka_unit_test(test_speaker_just_before),
        cmocka_unit_test(test_person_just_before),
        cmocka_unit_test(test_subject_after_opening_phrase),
        cmocka_unit_test(test_described_just_before),
        cmocka_unit_test(test_other_person_named),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
