/* Entities: a place's name that opens a body's name is no place of its own there: the place and
 * the capitalized words one space after it are one organization when they end with an
 * organization's word ("Lisbon Stock Exchange", "Ohio Grain Co"), or when, opening a clause, they
 * are the subject of a speech verb (the firm's short name: "Ohio Grain said"). The place stays a
 * place after a word ("an envoy for Norway Ilse Brekke told", "The Kansas Democrat said", "chairman
 * Austin Reyes said"), before a glued hyphen ("Idaho Co-op"), and when it ends with a period,
 * after which wire copy capitalizes any word ("U.S. Bank officials"). */
#include "helpers.h"

static const char STORY[] = "Shares rose on the Lisbon Stock Exchange on Monday. Ohio Grain Co said profits rose.\n\n"
                            "Ohio Grain said later it would expand. An envoy for Norway Ilse Brekke told reporters. "
                            "The Kansas Democrat said no. Committee chairman Austin Reyes said yes. It joined the "
                            "Idaho Co-op in May. Talks with U.S. Bank officials went on.";

static void test_the_place_opens_the_body(void **state)
{
    (void)state;
    cd_doc *doc = analyze(STORY, NULL);
    assert_entity(doc, STORY, "Lisbon Stock Exchange", 0, "organization", "Lisbon Stock Exchange");
    assert_entity(doc, STORY, "Ohio Grain Co", 0, "organization", "Ohio Grain Co");
    assert_entity(doc, STORY, "Ohio Grain", offset_of(STORY, "Ohio Grain said"), "organization", "Ohio Grain");
    cd_doc_free(doc);
}

static void test_the_place_stays_a_place(void **state)
{
    (void)state;
    cd_doc *doc = analyze(STORY, NULL);
    assert_entity(doc, STORY, "Norway", 0, "place", "Norway");
    assert_entity(doc, STORY, "Ilse Brekke", 0, "person", "Ilse Brekke");
    assert_entity(doc, STORY, "Kansas", 0, "place", "Kansas");
    assert_entity(doc, STORY, "Austin", 0, "place", "Austin");
    assert_entity(doc, STORY, "Idaho", 0, "place", "Idaho");
    assert_entity(doc, STORY, "U.S.", 0, "place", "United States");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_place_opens_the_body),
        cmocka_unit_test(test_the_place_stays_a_place),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
