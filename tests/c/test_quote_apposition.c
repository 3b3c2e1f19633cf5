/* A speaker set off by commas from the speech verb ("Alison Brereton, deputy chief constable of
 * Wessex Police, said:", "Laura Kowalski, who is also in Doha, added:", "said one of
 * their lawyers, Michalis Dimitrakopoulos") is the quote's speaker, and the quote is attributed;
 * a quote with no speaker at all, or after a sentence whose subject said nothing, still warns. */
#include "helpers.h"

/* The quote starting with `quote_start` has `speaker`, a person entity spanning `name` in t. */
static void expect_speaker(const char *t, const char *quote_start, const char *speaker, const char *name)
{
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, quote_start);
    assert_non_null(c);
    if (!c->quote.speaker || strcmp(c->quote.speaker, speaker) != 0)
        fail_msg("speaker %s (want %s) in: %s", c->quote.speaker ? c->quote.speaker : "(none)", speaker, t);
    assert_entity(doc, t, name, 0, "person", speaker);
    assert_int_equal(count_findings(doc, "unattributed-quote"), 0);
    cd_doc_free(doc);
}

static void test_apposition_names_speaker(void **state)
{
    (void)state;
    expect_speaker("Alison Brereton, deputy chief constable of Wessex Police, said: \"We are following "
                   "every line of inquiry.\"",
                   "We are", "Alison Brereton", "Alison Brereton");
    expect_speaker("Laura Kowalski, who is also in Doha, added: \"I feel good about my game now.\"", "I feel",
                   "Laura Kowalski", "Laura Kowalski");
    expect_speaker("\"It was unfair to all of us,\" said one of their lawyers, Michalis Dimitrakopoulos.", "It was",
                   "Michalis Dimitrakopoulos", "Michalis Dimitrakopoulos");
}

static void expect_unattributed(const char *t, const char *quote, size_t want)
{
    cd_doc *doc = analyze(t, NULL);
    size_t got = count_findings(doc, "unattributed-quote");
    if (got != want) fail_msg("%zu unattributed-quote findings (want %zu) in: %s", got, want, t);
    if (want) assert_int_equal(find_finding(doc, "unattributed-quote")->span.start, offset_of(t, quote));
    cd_doc_free(doc);
}

static void test_no_speaker_still_warns(void **state)
{
    (void)state;
    expect_unattributed("\"We lost the vote last night in the chamber.\"", "\"We", 1);
    expect_unattributed("The minister, who resigned, said nothing. \"We lost the vote last night.\"", "\"We", 1);
    /* a list, a place after "the", a participle: no name is typed a person by the apposition */
    expect_unattributed("The Parkinson's Trust, Carers First, Sightline and the deaf society, said it. \"We want "
                        "the bill cleared up now.\"",
                        "\"We", 1);
    expect_unattributed("In an interview with the Financial Times, he refused to be pinned down, saying it. \"We "
                        "will hold a poll in time.\"",
                        "\"We", 1);
}

static void test_apposition_not_a_person(void **state)
{
    (void)state;
    const char *t = "They use Google, Ask Jeeves, MSN and Yahoo, analysts say. A spokeswoman for Editors Without "
                    "Frontiers, which monitors press freedom, described it.";
    cd_doc *doc = analyze(t, NULL);
    size_t n = 0;
    const cd_entity *ents = cd_doc_entities(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(ents[i].type, "person") == 0) fail_msg("person %s in: %s", ents[i].name, t);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_apposition_names_speaker),
        cmocka_unit_test(test_no_speaker_still_warns),
        cmocka_unit_test(test_apposition_not_a_person),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
