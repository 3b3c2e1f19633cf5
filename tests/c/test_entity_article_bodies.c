/* Entities: a name after "the" that a speech verb makes its subject is a body ("the Landesbank
 * said", "The Daily Courier said"), not a person, for a person's name takes no article. A name
 * that ends with a title ("the Foreign Secretary said") or a noun of persons in -man ("the
 * Dutchman said") stays a person, and so does a word the story names as a person's surname ("the
 * Pryce comments" after "Gerald Pryce"); with no article the speech verb still makes a person. */
#include "helpers.h"

static const char STORY[] = "Rates will hold, the Landesbank said on Monday. The Daily Courier said the plan was "
                            "sound. Prices fell, the Dutchman said. The Foreign Secretary said no. Envoy Gerald "
                            "Pryce met them. Traders said the Pryce comments were mild. Kessler said the rate was "
                            "high.";

static void test_a_name_after_the_is_a_body(void **state)
{
    (void)state;
    cd_doc *doc = analyze(STORY, NULL);
    assert_entity(doc, STORY, "Landesbank", 0, "organization", "Landesbank");
    assert_entity(doc, STORY, "Daily Courier", 0, "organization", "Daily Courier");
    cd_doc_free(doc);
}

static void test_persons_stay(void **state)
{
    (void)state;
    cd_doc *doc = analyze(STORY, NULL);
    assert_entity(doc, STORY, "Dutchman", 0, "person", "Dutchman");
    assert_entity(doc, STORY, "Foreign Secretary", 0, "person", "Foreign Secretary");
    assert_entity(doc, STORY, "Pryce", offset_of(STORY, "Pryce comments"), "person", "Gerald Pryce");
    assert_entity(doc, STORY, "Kessler", 0, "person", "Kessler");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_name_after_the_is_a_body),
        cmocka_unit_test(test_persons_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
