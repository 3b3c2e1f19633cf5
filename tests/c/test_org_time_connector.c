/* Entities: "on", "for" or "of" before a weekday or a month ends a body's name ("the Bank of
 * England on Thursday"); and a speaker's "on Thursday" before the speech verb leaves the speaker
 * found ("The Boundary Commission on Thursday said"). */
#include "helpers.h"

static void assert_org(const cd_doc *doc, const char *t, const char *text)
{
    assert_entity(doc, t, text, 0, "organization", text);
}

static void test_a_date_after_a_connector_ends_the_name(void **state)
{
    (void)state;
    const char *t = "Rates were left alone by the Bank of England on Thursday, and the Commerce Department for "
                    "November said the Ministry of Foreign Affairs, the Bank of Montreal and the Council on "
                    "Foreign Relations agreed.";
    cd_doc *doc = analyze(t, NULL);
    assert_org(doc, t, "Bank of England");
    assert_org(doc, t, "Commerce Department");
    assert_org(doc, t, "Ministry of Foreign Affairs");
    assert_org(doc, t, "Bank of Montreal");
    assert_org(doc, t, "Council on Foreign Relations");
    cd_doc_free(doc);
}

static void test_a_weekday_between_speaker_and_verb(void **state)
{
    (void)state;
    const char *t = "The Boundary Commission on Thursday said it was content the wording was clear to voters.";
    cd_doc *doc = analyze(t, NULL);
    assert_org(doc, t, "Boundary Commission");
    const cd_claim *q = find_claim(doc, CD_CLAIM_QUOTE, "content");
    assert_non_null(q);
    assert_non_null(q->quote.speaker);
    assert_string_equal(q->quote.speaker, "Boundary Commission");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_date_after_a_connector_ends_the_name),
        cmocka_unit_test(test_a_weekday_between_speaker_and_verb),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
