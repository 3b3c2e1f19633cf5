/* Entities: a one-word mention of an organization the story names is that organization. An
 * acronym that the story makes the subject of a speech verb ("BT said") is the body wherever it
 * stands alone ("expect BT to gain"), and a word that opens a company's name before its legal form
 * ("Intel Corp") is the company alone ("Intel"); a body's particles join its name after the word
 * that heads it ("Banca del Monte di Parma"). */
#include "helpers.h"

/* The entity at exactly `text` from byte `from` on is of type `type`, named as it is written, and
 * starts at byte `start`. */
static void expect_org(const char *t, const char *text, size_t from, size_t start)
{
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(assert_entity(doc, t, text, from, "organization", text)->span.start, start);
    cd_doc_free(doc);
}

/* No entity starts at byte `at` of t. */
static void assert_no_entity_at(const char *t, size_t at)
{
    cd_doc *doc = analyze(t, NULL);
    const cd_entity *e = entity_starting_at(doc, at);
    if (e) fail_msg("an entity '%s' (%s) at %zu", e->name, e->type, at);
    cd_doc_free(doc);
}

static void test_an_acronym_that_speaks(void **state)
{
    (void)state;
    const char *t = "BT said on Monday it would cut prices. Analysts expect BT to gain.";
    expect_org(t, "BT", 0, 0);
    expect_org(t, "BT", 3, 55);
}

static void test_a_company_by_its_first_word(void **state)
{
    (void)state;
    const char *t = "Intel Corp reported a loss. Analysts expect Intel to recover.";
    expect_org(t, "Intel Corp", 0, 0);
    expect_org(t, "Intel", 11, 44);
}

static void test_not_a_body(void **state)
{
    (void)state;
    /* a title after it types its word weakly: "US lawyer", "Tory leader" */
    assert_no_entity_at("Tory leader Michael Howard spoke. The Tory plan failed.", 38);
    /* a speech verb before it, not after: "said TV companies" */
    assert_no_entity_at("It said TV companies faced a threat. Watch TV now.", 43);
    /* a plural, and a small word in capitals */
    assert_no_entity_at("The MPs said so. Two MPs agreed.", 21);
    assert_no_entity_at("US officials said it would act. The US economy grew.", 36);
    /* more than a legal form after the word: "First" of "First Boston Corp" */
    assert_no_entity_at("First Boston Corp said it bought shares. Shares rose. First, it sold bonds.", 54);
}

/* Several bodies open with the word: the one a legal form closes names it alone, whichever the
 * story names first, and one said of a word alone names its acronym wherever it stands */
static void test_a_word_that_opens_many_bodies(void **state)
{
    (void)state;
    const char *t = "Kestrova Water Board raised rates. Kestrova Arts Council met. Kestrova Ltd reported a loss. "
                    "Analysts expect Kestrova to recover.";
    expect_org(t, "Kestrova", 100, 108);
    const char *u = "ZQX Energy Board raised rates. ZQX said it would cut jobs. ZQX Arts Council met. "
                    "Unions expect ZQX to pay.";
    expect_org(u, "ZQX", 90, 95);
    /* bodies that open with the word, none closed by a legal form alone */
    assert_no_entity_at("Kestrova Water Board raised rates. Kestrova Arts Council met. Kestrova Mining Board grew. "
                        "Analysts expect Kestrova to recover.",
                        106);
    /* a body of one word that no speech verb typed: the acronym names nothing alone */
    assert_no_entity_at("ZQX Energy Board raised rates. ZQX Arts Council met. Unions expect ZQX to pay.", 67);
}

static void test_a_bank_with_particles(void **state)
{
    (void)state;
    expect_org("Banca del Monte di Lucca said it will sell bonds.", "Banca del Monte di Lucca", 0, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_an_acronym_that_speaks),
        cmocka_unit_test(test_a_company_by_its_first_word),
        cmocka_unit_test(test_not_a_body),
        cmocka_unit_test(test_a_word_that_opens_many_bodies),
        cmocka_unit_test(test_a_bank_with_particles),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
