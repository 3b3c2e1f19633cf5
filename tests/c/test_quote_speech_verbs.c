/* Speech verbs of news copy that attribute a quote ("smiles one broker", "retorted Herman",
 * "telling Turkish radio:"), a speech verb whose words run on to the quote it introduces ('Said
 * another trader, "..."', 'an observer said after a consumer meeting, "..."'), the one quoted in
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
    expect_quote_speaker("\"Call it a windfall if you like,\" smiles one broker.", "\"Call", NULL);
    expect_quote_speaker("\"I'm rather puzzled by those remarks,\" retorted Herman, a district manager for ATT.",
                         "\"I'm", "Herman");
    expect_quote_speaker("\"The next move is either a tender offer or a deal,\" speculated one arbitrager.", "\"The next",
                         NULL);
    expect_quote_speaker("Mr Khodorkovsky began his testimony last week, telling the court: \"The running of a normal "
                         "business has been presented as fiction.\"",
                         "\"The running", "Khodorkovsky");
    expect_quote_speaker("Blanchett also paid tribute to the director Martin Scorsese, telling him: \"I hope my son "
                         "will marry your daughter.\"",
                         "\"I hope", NULL); /* two persons: attributed, to nobody named */
}

static void test_verb_introduces_the_quote(void **state)
{
    (void)state;
    expect_quote_speaker("Said another trader, \"People talked about this before and after the announcement.\"",
                         "\"People", NULL);
    expect_quote_speaker("An observer said after a consumer meeting, \"They are much more fluid and the tone is "
                         "positive.\"",
                         "\"They", NULL);
    expect_quote_speaker("Frank Capra was the butt of a gaffe when the host opened the envelope and declared \"Come "
                         "on up and get it, Frank.\"",
                         "\"Come", NULL);
    /* no speech verb, or a clause between the verb and the quote: no attribution */
    expect_unattributed("The tagline on the poster was \"Not what anyone here wanted at all.\"", 1, "\"Not");
    expect_unattributed("Rates, it was said, were \"Higher than anyone here had ever expected.\"", 1, "\"Higher");
}

static void test_one_quoted_as_telling(void **state)
{
    (void)state;
    expect_quote_speaker("Japanese Prime Minister Yasuhiro Nakasone was quoted as saying he was watching the market.\n"
                         "    \"We must watch things a little longer. New York is down 22 pct,\" Kyodo quoted him as "
                         "telling reporters.",
                         "\"We must", "Yasuhiro Nakasone");
}

static void test_verb_shares_the_subject(void **state)
{
    (void)state;
    expect_quote_speaker("Prime Minister Turgut Ozal returned home today.\n\nHe was in defiant mood last night, telling "
                         "Turkish radio: \"We can never accept that Greece should confine us.\"",
                         "\"We can", "Turgut Ozal");
    expect_quote_speaker("Finance Secretary Jaime Ongpin spoke to bankers in Manila.\n\nHe did not give figures but said, \"It is a good "
                         "choice for the lenders.\"",
                         "\"It is", "Jaime Ongpin");
    expect_quote_speaker("But Edward E. Lucente, a Unisys vice president and group executive of the Computer Products "
                         "Group, said in a statement, \"This is an important step for the company.\"",
                         "\"This is", "Edward E. Lucente");
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
