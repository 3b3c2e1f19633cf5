/* Entities: after a title, a person's name, "and", and a body's name of its own are two entities
 * ("Treasury Secretary Ruth Okonjo and Grain Marketing Board chairman Tomas Vilar": the titled
 * person and the board), not one organization joined by the "and". The person's name starts with
 * a given name or holds an initial ("Harold K. Brandt"); a firm named after its founders stays one
 * ("lead manager Alex Brandt and Sons Inc": one word of its own after the "and"), and so does a
 * run after a title with no person's name in it ("King Pellers and Dale Markets"). */
#include "helpers.h"

static void test_titled_person_and_a_body(void **state)
{
    (void)state;
    const char *t = "HARARE, May 4 - Treasury Secretary Ruth Okonjo and Grain Marketing Board chairman Tomas Vilar "
                    "said maize prices would rise. Okonjo said stocks were low.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Ruth Okonjo", 0, "person", "Ruth Okonjo");
    assert_entity(doc, t, "Grain Marketing Board", 0, "organization", "Grain Marketing Board");
    assert_entity(doc, t, "Tomas Vilar", 0, "person", "Tomas Vilar");
    assert_entity(doc, t, "Okonjo", offset_of(t, "Okonjo said"), "person", "Ruth Okonjo");
    cd_doc_free(doc);
    const char *u = "The suit was filed against chairman Harold K. Brandt and Kestrel Capital Partners Inc by holders.";
    doc = analyze(u, NULL);
    assert_entity(doc, u, "Harold K. Brandt", 0, "person", "Harold K. Brandt");
    assert_entity(doc, u, "Kestrel Capital Partners Inc", 0, "organization", "Kestrel Capital Partners Inc");
    cd_doc_free(doc);
}

static void test_one_body_stays_whole(void **state)
{
    (void)state;
    expect_entity("The notes were sold by lead manager Alex Brandt and Sons Inc, dealers said.",
                  "Alex Brandt and Sons Inc", "organization", NULL);
    expect_entity("Shares of chain owner King Pellers and Dale Markets rose on the news.",
                  "Pellers and Dale Markets", "organization", NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_titled_person_and_a_body),
        cmocka_unit_test(test_one_body_stays_whole),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
