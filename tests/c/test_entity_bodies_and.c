/* Entities: two bodies' names joined by "and" are two organizations when the first ends with a
 * word that closes a body's whole name ("Bank", "Party", "Committee") and the second has a word
 * of its own and ends with an organization's word. A bank "and Trust Co", a name with one word
 * before its "and", and a name whose "and" follows a word that takes one inside it ("Service")
 * stay one. */
#include "helpers.h"

static void test_two_banks(void **state)
{
    (void)state;
    const char *t = "The loan was arranged by Fuji Bank and Tamarind Harbour Bank last month.";
    cd_doc *doc = analyze(t, NULL);
    const cd_entity *a = assert_entity(doc, t, "Fuji Bank", 0, "organization", "Fuji Bank");
    const cd_entity *b = assert_entity(doc, t, "Tamarind Harbour Bank", 0, "organization", "Tamarind Harbour Bank");
    assert_int_equal(a->span.start, 25);
    assert_int_equal(b->span.start, 39);
    assert_int_equal(b->span.stop, 60);
    cd_doc_free(doc);
}

static void test_later_and(void **state)
{
    (void)state;
    /* the first "and" is inside the first name; the second joins the two */
    const char *t = "Votes from the Ways and Means Committee and Senate Harbour Committee were counted.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Ways and Means Committee", 0, "organization", NULL);
    assert_entity(doc, t, "Senate Harbour Committee", 0, "organization", NULL);
    cd_doc_free(doc);
}

static void test_one_name_stays_one(void **state)
{
    (void)state;
    expect_entity("Deposits at Tamarind Bank and Trust Co rose in the quarter.", "Tamarind Bank and Trust Co",
                  "organization", NULL);
    expect_entity("Rulings of the Securities and Exchange Commission stand.", "Securities and Exchange Commission",
                  "organization", NULL);
    expect_entity("Staff of the Catering Service and Lodging Group voted.", "Catering Service and Lodging Group",
                  "organization", NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_two_banks),
        cmocka_unit_test(test_later_and),
        cmocka_unit_test(test_one_name_stays_one),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
