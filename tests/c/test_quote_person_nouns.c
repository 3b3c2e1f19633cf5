/* A quote's speaker described by a noun that names a person by a role, a job or kin
 * (data/person_nouns.tsv: "the striker", "his mother"), or by a title after a determiner and
 * lower-case words ("a haulage firm spokesman"), as the subject of a speech verb before or after
 * the quote: the words after the determiner are the speaker. A person noun that is the subject of
 * a reported clause ("said the winger was") speaks no words. */
#include "helpers.h"

#define QUOTE "\"We kept running for each other until the whistle went,\""
#define WHOLE "\"We kept running for each other until the whistle went.\""

static void test_after_the_quote(void **state)
{
    (void)state;
    expect_quote_claim(QUOTE " the winger said after the draw.", QUOTE, "winger", 0);
    expect_quote_claim(QUOTE " his grandmother told the inquest.", QUOTE, "grandmother", 0);
    expect_quote_claim(QUOTE " one supporter said.", QUOTE, "supporter", 0);
    expect_quote_claim(QUOTE " said the veteran goalkeeper.", QUOTE, "veteran goalkeeper", 0);
    expect_quote_claim(QUOTE " said the goalkeeper on Sunday.", QUOTE, "goalkeeper", 0);
    /* a title after lower-case words and a determiner */
    expect_quote_claim(QUOTE " a haulage firm spokesman said.", QUOTE, "haulage firm spokesman", 0);
}

static void test_before_the_quote(void **state)
{
    (void)state;
    expect_quote_speaker("The midfielder said: " WHOLE, WHOLE, "midfielder");
    expect_quote_speaker("The midfielder, who moved here in June, said: " WHOLE, WHOLE, "midfielder");
    expect_quote_speaker("The club's 22-year-old midfielder said: " WHOLE, WHOLE, "club's 22-year-old midfielder");
}

/* Rule (2): the description is the subject of the speech verb of the sentence before a quote that
 * stands alone. */
static void test_sentence_before(void **state)
{
    (void)state;
    expect_quote_claim("The winger said he had never run so far. " WHOLE, WHOLE, "winger", 0);
    expect_quote_claim("His widow told the hearing she had waited too long. " WHOLE, WHOLE, "widow", 0);
}

/* The person noun is the subject of the clause the verb reports, or no determiner opens it. */
static void test_not_the_speaker(void **state)
{
    (void)state;
    expect_quote_speaker("The club said the winger was \"gutted by the injury to his knee\".",
                         "\"gutted", NULL);
    expect_quote_claim("The winger and the coach said the pitch was poor. " WHOLE, WHOLE, NULL, 1);
}

/* A quote sentence goes on with the attribution before it only when no one else acts between
 * ("Police broke the door down."). */
static void test_others_act_between(void **state)
{
    (void)state;
    expect_quote_claim("The tenant said he needed a minute. Police broke the door down. " WHOLE, WHOLE, NULL, 1);
    expect_quote_claim("The tenant said he needed a minute. A neighbour knocked. " WHOLE, WHOLE, NULL, 1);
    expect_quote_claim("The tenant said he needed a minute. It was late. " WHOLE, WHOLE, "tenant", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_after_the_quote),
        cmocka_unit_test(test_before_the_quote),
        cmocka_unit_test(test_sentence_before),
        cmocka_unit_test(test_not_the_speaker),
        cmocka_unit_test(test_others_act_between),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
