/* Entities: an acronym in capitals, "and", and a body's name of its own are two organizations
 * ("OKR and Tasman Copper Mining": the acronym names a firm, the rest another), not one body
 * joined by the "and". One name stays whole: initials on both sides ("RB and T Holdings"), only
 * organization words after the "and" ("DMV and Co"), an "and" in a line of capitals ("FELL AND
 * ROPER CO"), a legal form in capitals ("AG", where a place cut its firm's name before it), and a
 * name with an inner capital ("McAlder and Finch Group"). */
#include "helpers.h"

static void test_acronym_and_body_are_two(void **state)
{
    (void)state;
    const char *t = "Output talks between OKR and Tasman Copper Mining broke down on Friday.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "OKR", 0, "organization", "OKR");
    assert_entity(doc, t, "Tasman Copper Mining", 0, "organization", "Tasman Copper Mining");
    size_t n;
    cd_doc_entities(doc, &n);
    assert_int_equal(n, 2);
    cd_doc_free(doc);
    expect_entity("Talks with the NVP and Leland Growers Association went on.", "Leland Growers Association",
                  "organization", NULL);
}

static void test_one_name_stays_whole(void **state)
{
    (void)state;
    expect_entity("Shares of RB and T Holdings Inc rose sharply.", "RB and T Holdings Inc", "organization", NULL);
    expect_entity("The deal was handled by DMV and Co for the sellers.", "DMV and Co", "organization", NULL);
    expect_entity("FELL AND ROPER CO <FRC> 3RD QTR NET\n    TULSA, Oct 9 -\n    Shr 41 cts vs 38 cts\n",
                  "FELL AND ROPER CO", "organization", NULL);
    expect_entity("The bonds were placed by Ostrava Bank Zurich AG and Kellam Trading Ltd in May.",
                  "AG and Kellam Trading Ltd", "organization", NULL);
    expect_entity("Shares of McAlder and Finch Group rose sharply.", "McAlder and Finch Group", "organization", NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_acronym_and_body_are_two),
        cmocka_unit_test(test_one_name_stays_whole),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
