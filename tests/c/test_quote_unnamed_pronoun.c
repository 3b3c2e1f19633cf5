/* A speaker brought in as someone new and unnamed ("an aide", "one trader": a title or a person
 * noun of no sex after "a", "an", "one" or "another") who spoke last is whom a later "he said" goes
 * on with, not a person the story named before the aide spoke. A definite description with no
 * such mention ("the Green party leader") may stand for that named person: the pronoun is not
 * given to it. Nor is it to the aide when a person is named since the aide spoke. */
#include "helpers.h"

/* The indirect quote "the campaign would start in May" of t opens at byte `at`, said by `speaker`
 * (NULL: nobody). */
static void expect_campaign_said(const char *t, size_t at, const char *speaker)
{
    static const char SAID[] = "the campaign would start in May";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, SAID);
    assert_span(t, c, SAID);
    assert_int_equal(c->span.start, at);
    assert_int_equal(c->quote.direct, 0);
    if (speaker) assert_string_equal(c->quote.speaker, speaker);
    else assert_null(c->quote.speaker);
    cd_doc_free(doc);
}

static void test_pronoun_goes_on_with_unnamed_aide(void **state)
{
    (void)state;
    expect_campaign_said("Mayor Tobias Wren will seek a third term, one of his aides said on Monday.\n\n"
                         "Wren opened a library in the east of the city last week.\n\n"
                         "\"The mayor has not lost his appetite for the job,\" an aide said. He said the campaign "
                         "would start in May.",
                         207, "aide");
}

static void test_definite_description_leaves_named_person(void **state)
{
    (void)state;
    /* "the Green party leader" is no newcomer (it may be Mr Wren): "he" is not given to it */
    expect_campaign_said("Tobias Wren will stand again, he told a rally on Monday.\n\n"
                         "Wren opened a library in the east of the city last week.\n\n"
                         "\"I have not lost my appetite for the job,\" the Green party leader said. He said the "
                         "campaign would start in May.",
                         196, NULL);
}

static void test_person_named_since_aide(void **state)
{
    (void)state;
    /* Mr Crane is named after the aide spoke: "he" is him */
    expect_campaign_said("Mayor Tobias Wren will seek a third term, one of his aides said on Monday.\n\n"
                         "\"The mayor has not lost his appetite for the job,\" an aide said. Mr Hollis Crane will "
                         "run against him. He said the campaign would start in May.",
                         187, "Hollis Crane");
}

static void test_pronoun_goes_on_with_unnamed_boss(void **state)
{
    (void)state;
    /* "boss" and "witness" end in -s but are singular (no listed noun is their stem): "he" is the boss */
    expect_campaign_said("Mayor Tobias Wren will seek a third term, one of his aides said on Monday.\n\n"
                         "Wren opened a library in the east of the city last week.\n\n"
                         "\"The mayor has not lost his appetite for the job,\" another boss said. He said the campaign "
                         "would start in May.",
                         212, "boss");
}

static void test_pronoun_goes_on_with_one_witness(void **state)
{
    (void)state;
    expect_campaign_said("Mayor Tobias Wren will seek a third term, one of his aides said on Monday.\n\n"
                         "Wren opened a library in the east of the city last week.\n\n"
                         "\"The mayor has not lost his appetite for the job,\" one witness said. He said the campaign "
                         "would start in May.",
                         211, "witness");
}

static void test_plural_person_noun_is_no_one_person(void **state)
{
    (void)state;
    /* "strikers" is the plural of the listed "striker": a group, whom "he" does not go on with; it
     * is the man named before */
    expect_campaign_said("Mayor Tobias Wren will seek a third term, one of his aides said on Monday.\n\n"
                         "Wren opened a library in the east of the city last week.\n\n"
                         "\"The mayor has not lost his appetite for the job,\" some strikers said. He said the campaign "
                         "would start in May.",
                         213, "Tobias Wren");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pronoun_goes_on_with_unnamed_aide),
        cmocka_unit_test(test_definite_description_leaves_named_person),
        cmocka_unit_test(test_person_named_since_aide),
        cmocka_unit_test(test_pronoun_goes_on_with_unnamed_boss),
        cmocka_unit_test(test_pronoun_goes_on_with_one_witness),
        cmocka_unit_test(test_plural_person_noun_is_no_one_person),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
