/* A person given two ages (src/ages.c): inconsistent-number at the later age, relating the first.
 * Ages written as an apposition ("Ruiz, 45," "Ruiz (45)" "Ruiz, aged 45,") or "N-year-old" before
 * the name; mentions are one person by the entity pass's canonical name. Exact spans and messages. */
#include "helpers.h"

/* The one age finding of t: at `at` (the later age), relating `earlier`, with `message`. */
static void expect_age_finding(const char *t, const char *at, const char *earlier, const char *message)
{
    cd_doc *doc = analyze(t, "2026-03-02");
    assert_int_equal(count_findings(doc, "inconsistent-number"), 1);
    const cd_finding *f = find_finding(doc, "inconsistent-number");
    assert_int_equal(f->severity, CD_SEV_WARNING);
    assert_int_equal(f->span.start, offset_of(t, at));
    assert_string_equal(f->message, message);
    assert_int_equal(f->nrelated, 1);
    assert_int_equal(f->related[0].start, offset_of(t, earlier));
    cd_doc_free(doc);
}

static void test_two_ages_of_one_person(void **state)
{
    (void)state;
    static const char comma[] = "Ana Ruiz, 45, runs the ferry office at Pier 9.\n\n"
                                "The council backed her plan on Monday. Ruiz, 47, said the boats were old.";
    expect_age_finding(comma, "47,", "45,", "Ana Ruiz is 47 here, 45 earlier");
    static const char hyphen[] = "Tomas Berg, 61, opened the bakery in 1990. The 63-year-old Berg still bakes.";
    expect_age_finding(hyphen, "63-year-old", "61,", "Tomas Berg is 63 here, 61 earlier");
    static const char brackets[] = "The 38-year-old Maria Okafor won the seat. Okafor (39) thanked the voters.";
    expect_age_finding(brackets, "39)", "38-year-old", "Maria Okafor is 39 here, 38 earlier");
    static const char aged[] = "Pavel Novak, aged 52, was elected. Later Novak, 25, spoke to the crowd.";
    expect_age_finding(aged, "25,", "52,", "Pavel Novak is 25 here, 52 earlier");
}

/* The same age twice, two people of one surname, figures after a name that are no ages. */
static void test_no_finding(void **state)
{
    (void)state;
    static const char *const fine[] = {
        "Ana Ruiz, 45, runs the office. Ruiz, 45, said the boats were old.",
        "Marco Lee, 30, and his sister Dana Lee, 34, run a cafe on Pier 9.",
        "Ana Ruiz, 45, runs the office. Her rival Ruiz Holdings, 12, was fined.",
        "Ana Ruiz, 45, runs the office. Ruiz, 47 votes short, lost the seat.",
        "Ana Ruiz, 45, runs the office. Ruiz, 470, is her staff number.",
        "Ana Ruiz, 45, runs the office. She said Ruiz 47, Lee 30 was the final tally.",
    };
    expect_no_finding(fine, sizeof fine / sizeof *fine, "2026-03-02", "inconsistent-number");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_two_ages_of_one_person),
        cmocka_unit_test(test_no_finding),
    };
    return cmocka_run_group_tests_name("ages", tests, NULL, NULL);
}
