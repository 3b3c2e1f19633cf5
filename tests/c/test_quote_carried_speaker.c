/* A bare quote paragraph goes on with the last person who spoke, though a paragraph of the
 * writer's stands between (news style: a run of quote paragraphs is one speaker's), and the
 * quote claim names that person. Not when someone else is named, described or speaks between,
 * nor when the last speaker spoke too far back. */
#include "helpers.h"

static const char *SPEAKER_FIRST =
    "Mira Volkov, who runs the ferry line, said: \"We carried nine thousand cars last summer.\"\n\n"
    "The line lost money for six years before the new boats came. Fares rose twice. A cabin costs "
    "more. The old boats were sold.\n\n";

static void test_carried_over_writer_paragraph(void **state)
{
    (void)state;
    char t[512];
    snprintf(t, sizeof t, "%s%s", SPEAKER_FIRST, "\"Next year we hope to add a night crossing to the island.\"");
    expect_quote_speaker(t, "\"Next year", "Mira Volkov");
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, "Next year we hope");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "\"Next year"));
    assert_int_equal(c->span.stop, strlen(t));
    assert_string_equal(c->quote.speaker, "Mira Volkov");
    cd_doc_free(doc);
}

/* 'X said that ...' between: the same speaker goes on, to a quote that opens a sentence */
static void test_same_speaker_reported_between(void **state)
{
    (void)state;
    char t[512];
    snprintf(t, sizeof t, "%s%s", SPEAKER_FIRST,
             "Ms Volkov said that the harbour needed dredging. The port has not been dredged since 1988. "
             "Silt builds up each winter. Boats wait for the tide.\n\nThe ferry runs twice a day. "
             "\"Next year we hope to add a night crossing to the island.\"");
    expect_quote_speaker(t, "\"Next year", "Mira Volkov");
}

static void test_other_person_between(void **state)
{
    (void)state;
    char t[512];
    snprintf(t, sizeof t, "%s%s", SPEAKER_FIRST,
             "Harbour master Tomas Brandt has asked for a second pier. It would cost two million.\n\n"
             "\"Next year we hope to add a night crossing to the island.\"");
    expect_quote_claim(t, "\"Next year we hope to add a night crossing to the island.\"", NULL, 1);
}

static void test_other_speaker_between(void **state)
{
    (void)state;
    char t[512];
    snprintf(t, sizeof t, "%s%s", SPEAKER_FIRST,
             "The county council said the pier was safe.\n\n"
             "\"Next year we hope to add a night crossing to the island.\"");
    /* the council (a body's noun, data/quote_org_kinds.tsv) speaks last, as "a council spokesman"
     * would: the quote paragraph goes on with it, not with Mira Volkov */
    expect_quote_claim(t, "\"Next year we hope to add a night crossing to the island.\"", "county council", 0);
}

/* a body acts between: its words may be the ones that follow */
static void test_body_acts_between(void **state)
{
    (void)state;
    char t[512];
    snprintf(t, sizeof t, "%s%s", SPEAKER_FIRST,
             "The harbour board voted to buy a third boat.\n\n"
             "\"Next year we hope to add a night crossing to the island.\"");
    expect_quote_claim(t, "\"Next year we hope to add a night crossing to the island.\"", NULL, 1);
}

static void test_too_far_back(void **state)
{
    (void)state;
    char t[1024];
    snprintf(t, sizeof t, "%s%s", SPEAKER_FIRST,
             "The boats were built in Gdansk.\n\nEach holds ninety cars.\n\nThe crossing takes an hour.\n\n"
             "\"Next year we hope to add a night crossing to the island.\"");
    expect_quote_claim(t, "\"Next year we hope to add a night crossing to the island.\"", NULL, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_carried_over_writer_paragraph),
        cmocka_unit_test(test_same_speaker_reported_between),
        cmocka_unit_test(test_other_person_between),
        cmocka_unit_test(test_other_speaker_between),
        cmocka_unit_test(test_body_acts_between),
        cmocka_unit_test(test_too_far_back),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
