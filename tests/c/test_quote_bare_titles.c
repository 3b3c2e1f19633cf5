/* A bare title as a speaker ("the minister said", "said the coach") stands for the one person the
 * story has named with that title before: "Finance Minister Ann Lee", "the minister, Ann Lee," or
 * "Ann Lee, the finance minister,". Not when two people hold it, when a modifier makes it another
 * office ("former", "shadow"), when a clause of its own says it is someone else ("the analyst who
 * wrote the second note"), or when no one is named with it: the description stays. */
#include "helpers.h"

#define TAXES "\"We will not raise taxes on bread this year,\""

/* the quote claim at `quote` in t has `speaker` */
static void expect_speaker_at(const char *t, const char *quote, const char *speaker)
{
    cd_doc *doc = analyze(t, NULL);
    size_t n = 0, at = offset_of(t, quote);
    const cd_claim *claims = cd_doc_claims(doc, &n), *c = NULL;
    for (size_t i = 0; i < n; i++)
        if (claims[i].kind == CD_CLAIM_QUOTE && claims[i].span.start == at) c = &claims[i];
    if (!c) fail_msg("no quote claim at %zu in: %s", at, t);
    if (!same_text(c->quote.speaker, speaker))
        fail_msg("speaker '%s' (want '%s') in: %s", or_null(c->quote.speaker), or_null(speaker), t);
    cd_doc_free(doc);
}

static void test_title_before_the_name(void **state)
{
    (void)state;
    const char *t = "Finance Minister Ann Lee met the heads of the big banks on Monday. " TAXES " the minister said.";
    expect_quote_claim(t, TAXES, "Ann Lee", 0);
    assert_int_equal(offset_of(t, TAXES), 67);
}

static void test_title_set_off_after_the_name(void **state)
{
    (void)state;
    const char *t = "Tom Kay, the prime minister, opened a school in the valley. " TAXES " the prime minister said.";
    expect_quote_claim(t, TAXES, "Tom Kay", 0);
    assert_int_equal(offset_of(t, TAXES), 60);
}

/* "said the coach": the title after the verb */
static void test_said_the_title(void **state)
{
    (void)state;
    const char *t = "The club hired coach Ivo Marek in May. \"The squad needs a sharper edge up front,\" said the coach.";
    expect_quote_claim(t, "\"The squad needs a sharper edge up front,\"", "Ivo Marek", 0);
}

/* indirect speech too: "The minister said (that) CLAUSE" */
static void test_reported_clause(void **state)
{
    (void)state;
    const char *t = "Finance Minister Ann Lee met the heads of the big banks on Monday. The minister said "
                    "taxes on bread would not rise this year.";
    expect_speaker_at(t, "taxes on bread", "Ann Lee");
    assert_int_equal(offset_of(t, "taxes on bread"), 85);
}

static void test_description_stays(void **state)
{
    (void)state;
    /* two people hold the title */
    expect_quote_claim("Finance Minister Ann Lee and Trade Minister Bob Kay met the banks. " TAXES " the minister said.",
                       TAXES, "minister", 0);
    /* another office */
    expect_quote_claim("Former prime minister Tom Kay opened a school. " TAXES " the prime minister said.", TAXES,
                       "prime minister", 0);
    expect_quote_claim("The shadow chancellor, Ann Roe, spoke first. " TAXES " the chancellor said.", TAXES,
                       "chancellor", 0);
    /* someone else, by a clause of its own */
    expect_quote_claim("The bank's analyst Rob Dunn wrote a note. " TAXES " said the analyst who wrote the second note.",
                       TAXES, "analyst", 0);
    /* no one named with it, and the title no office of one holder (test_quote_story_person.c) */
    expect_quote_claim("Ann Lee met the heads of the big banks on Monday. " TAXES " the analyst said.", TAXES,
                       "analyst", 0);
}

/* named with the title only after it (titled_later): the mentions after it are read in turn, past
 * people and organisations not named with it, up to one named with it; two named with it: no one */
static void test_holder_named_after(void **state)
{
    (void)state;
    const char *t = TAXES " the minister said. Bob Marsh of Acme Corp asked first. Finance Minister Ann Lee left "
                          "at noon. Ivo Marek stayed.";
    expect_quote_claim_at(t, TAXES, "Ann Lee", 0);
    assert_int_equal(offset_of(t, "Ann Lee"), 118);
    expect_quote_claim_at(TAXES " the minister said. Bob Marsh of Acme Corp asked first. Finance Minister Ann Lee "
                                "left at noon. Finance Minister Ivo Marek stayed.",
                          TAXES, "minister", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_before_the_name),
        cmocka_unit_test(test_title_set_off_after_the_name),
        cmocka_unit_test(test_said_the_title),
        cmocka_unit_test(test_reported_clause),
        cmocka_unit_test(test_description_stays),
        cmocka_unit_test(test_holder_named_after),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
