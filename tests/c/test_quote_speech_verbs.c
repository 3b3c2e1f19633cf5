/* Speech verbs of news copy that attribute a quote ("smiles one broker", "retorted Herman",
 * "telling state radio:"), a speech verb whose words run on to the quote it introduces ('Said
 * another dealer, "..."', 'a delegate said after a producer meeting, "..."'), the one quoted in
 * "Kyodo quoted him as telling", and a verb after a comma or a conjunction that shares its
 * sentence's subject ('He did not give details but said, "..."'). */
#include "helpers.h"

static void expect_unattributed(const char *t, size_t want, const char *at)
{
    expect_findings_at(t, "unattributed-quote", want, at);
}

static void test_speech_verbs_of_news_copy(void **state)
{
    (void)state;
    expect_quote_speaker("\"Call it a windfall if you like,\" smiles one broker.", "\"Call", "broker");
    expect_quote_speaker("\"I'm rather puzzled by those remarks,\" retorted Herman, a district manager for ATT.",
                         "\"I'm", "Herman");
    expect_quote_speaker("\"The next move is either a tender offer or a deal,\" speculated one arbitrager.", "\"The next",
                         "arbitrager"); /* a person noun: the speaker */
    expect_quote_speaker("Mr Varenko opened his defence last week, telling the court: \"Ordinary trading has been "
                         "painted as a crime.\"",
                         "\"Ordinary", "Varenko");
    expect_quote_speaker("Hallam also thanked the director Ivo Maric, telling him: \"I hope we get to work "
                         "together again.\"",
                         "\"I hope", NULL); /* two persons: attributed, to nobody named */
}

static void test_verb_introduces_the_quote(void **state)
{
    (void)state;
    expect_quote_speaker("Said another dealer, \"Everyone was discussing it before and after the news.\"",
                         "\"Everyone", "dealer");
    expect_quote_speaker("A delegate said after a producer meeting, \"Things are far more flexible and the mood is "
                         "upbeat.\"",
                         "\"Things", "delegate");
    expect_quote_speaker("Lou Brandt was caught out by a blunder when the presenter tore open the card and declared "
                         "\"Come up here and collect it, Lou.\"",
                         "\"Come", NULL);
    /* no speech verb, or a clause between the verb and the quote: no attribution (a tagline the
     * sentence runs into, with no speech verb, is a text: no finding, test_check_unattributed_runs_into.c) */
    expect_quote_claim("The tagline on the poster was \"Not what anyone here wanted at all.\"",
                       "\"Not what anyone here wanted at all.\"", NULL, 0);
    expect_unattributed("Rates, it was said, were \"Higher than anyone here had ever expected.\"", 1, "\"Higher");
}

static void test_one_quoted_as_telling(void **state)
{
    (void)state;
    expect_quote_speaker("Finance Minister Kenji Arakawa was quoted as saying he was keeping an eye on the market.\n"
                         "    \"We must wait a bit longer. London is down 18 pct,\" Kyodo quoted him as "
                         "telling reporters.",
                         "\"We must", "Kenji Arakawa");
}

static void test_verb_shares_the_subject(void **state)
{
    (void)state;
    expect_quote_speaker("Prime Minister Emre Tasdemir flew home today.\n\nHe was in a combative mood last night, telling "
                         "state radio: \"We will never accept limits on our waters.\"",
                         "\"We will", "Emre Tasdemir");
    expect_quote_speaker("Finance Secretary Jaime Ongpin spoke to bankers in Manila.\n\nHe did not give figures but said, \"It is a good "
                         "choice for the lenders.\"",
                         "\"It is", "Jaime Ongpin");
    expect_quote_speaker("But Walter J. Pryce, a Dynacorp vice president and head of its Storage Systems "
                         "Group, said in a statement, \"This marks a big step for the company.\"",
                         "\"This marks", "Walter J. Pryce");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_speech_verbs_of_news_copy),
        cmocka_unit_test(test_verb_introduces_the_quote),
        cmocka_unit_test(test_one_quoted_as_telling),
        cmocka_unit_test(test_verb_shares_the_subject),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
