/* Entities: the gazetteer, the rules for persons and organizations, canonical names. */
#include "helpers.h"

/* The first entity whose source text equals `text`, or NULL. */
static const cd_entity *find_entity(const cd_doc *doc, const char *text)
{
    size_t n;
    const cd_entity *e = cd_doc_entities(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(span_text(doc, e[i].span), text) == 0) return &e[i];
    return NULL;
}

static void test_gazetteer_and_aliases(void **state)
{
    (void)state;
    const char *t = "Officials in the U.S. and America's allies met in New York with NATO and the IOC. "
                    "The United Nations and the International Olympic Committee stayed out of it.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "U.S.", 0, "place", "United States");
    assert_entity(doc, t, "America", 0, "place", "United States");
    assert_entity(doc, t, "New York", 0, "place", "New York");
    assert_entity(doc, t, "NATO", 0, "organization", "NATO");
    assert_entity(doc, t, "IOC", 0, "organization", "International Olympic Committee");
    assert_entity(doc, t, "International Olympic Committee", 0, "organization", "International Olympic Committee");
    assert_entity(doc, t, "United Nations", 0, "organization", "United Nations");
    size_t n;
    cd_doc_entities(doc, &n);
    assert_int_equal(n, 7); /* "Officials" at the start, "The" are no entities */
    cd_doc_free(doc);
}

static void test_gazetteer_needs_capitals(void **state)
{
    (void)state;
    const char *t = "The party held a congress in a turkey farm and a senate of elders met.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    cd_doc_entities(doc, &n);
    assert_int_equal(n, 0);
    cd_doc_free(doc);
}

static void test_titles_mark_persons(void **state)
{
    (void)state;
    const char *t = "The deal was criticized by Russian President Vladimir Putin and by Sen. Mary Okafor. "
                    "Kremlin spokesman Dmitry Peskov was quiet; Mr. Lindqvist was not.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Vladimir Putin", 0, "person", "Vladimir Putin");
    assert_entity(doc, t, "Mary Okafor", 0, "person", "Mary Okafor");
    assert_entity(doc, t, "Kremlin", 0, "organization", "Kremlin");
    assert_entity(doc, t, "Dmitry Peskov", 0, "person", "Dmitry Peskov");
    assert_entity(doc, t, "Lindqvist", 0, "person", "Lindqvist");
    assert_null(find_entity(doc, "Russian")); /* a demonym is no entity */
    assert_null(find_entity(doc, "Russian President Vladimir Putin"));
    cd_doc_free(doc);
}

static void test_fullest_name_is_canonical(void **state)
{
    (void)state;
    /* the surname comes first, the full name later: canonical anyway */
    const char *t = "Peskov spoke first.\n\nLater Dmitry Peskov said more. Peskov blamed the press.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_entity *e = cd_doc_entities(doc, &n);
    assert_int_equal(n, 3);
    for (size_t i = 0; i < n; i++) {
        assert_string_equal(e[i].type, "person");
        assert_string_equal(e[i].name, "Dmitry Peskov");
    }
    assert_int_equal(e[0].span.start, 0);
    assert_int_equal(e[0].span.stop, 6);
    assert_int_equal(e[2].span.start, offset_of(t, "Peskov blamed"));
    cd_doc_free(doc);
}

static void test_unknown_capitals_are_not_guessed(void **state)
{
    (void)state;
    /* no title, no given name, no speech verb, no gazetteer: not typed, so no entity */
    const char *t = "Relations have been the worst since the Cold War under the Trump administration.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    cd_doc_entities(doc, &n);
    assert_int_equal(n, 0);
    cd_doc_free(doc);
}

static void test_speech_verb_and_given_name(void **state)
{
    (void)state;
    const char *t = "Okonkwo said the vote was fair, and Maria Gonzalez agreed. Tuesday said nothing.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Okonkwo", 0, "person", "Okonkwo");
    assert_entity(doc, t, "Maria Gonzalez", 0, "person", "Maria Gonzalez");
    assert_null(find_entity(doc, "Tuesday"));
    cd_doc_free(doc);
}

static void test_organization_words(void **state)
{
    (void)state;
    const char *t = "Acme Widgets Inc. sued the Housing and Homelessness Committee and the "
                    "Ministry of Foreign Affairs. The Russian Foreign Ministry said nothing.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Acme Widgets Inc.", 0, "organization", "Acme Widgets Inc.");
    assert_entity(doc, t, "Housing and Homelessness Committee", 0, "organization", "Housing and Homelessness Committee");
    assert_entity(doc, t, "Ministry of Foreign Affairs", 0, "organization", "Ministry of Foreign Affairs");
    assert_entity(doc, t, "Russian Foreign Ministry", 0, "organization", "Russian Foreign Ministry");
    cd_doc_free(doc);
}

static void test_inner_title_splits_run(void **state)
{
    (void)state;
    const char *t = "A letter from Intelligence Committee Chairman Richard Burr arrived.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Intelligence Committee", 0, "organization", "Intelligence Committee");
    assert_entity(doc, t, "Richard Burr", 0, "person", "Richard Burr");
    cd_doc_free(doc);
}

static void test_title_case_headline(void **state)
{
    (void)state;
    /* every word capitalized: only the gazetteer speaks */
    const char *t = "Senate Bill Would Ban Guns In Parks\n\nThe bill passed.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_entity *e = cd_doc_entities(doc, &n);
    assert_int_equal(n, 1);
    assert_string_equal(e[0].name, "Senate");
    cd_doc_free(doc);
}

static void test_entity_flags_and_hyphens(void **state)
{
    (void)state;
    const char *t = "Jean-Claude Juncker met U.S.-Russia envoys.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Jean-Claude Juncker", 0, "person", "Jean-Claude Juncker");
    assert_entity(doc, t, "U.S.", 0, "place", "United States");
    assert_entity(doc, t, "Russia", 0, "place", "Russia");
    cd_doc_free(doc);
}

static void test_hostile_capitals(void **state)
{
    (void)state;
    /* a long run of capitals, lone initials and stray periods: bounded, no crash */
    size_t n = 200000;
    char *t = malloc(n + 1);
    assert_non_null(t);
    for (size_t i = 0; i < n; i += 4) memcpy(t + i, i % 8 ? "Ab. " : "Mr. ", 4);
    t[n] = 0;
    cd_doc *doc = analyze(t, NULL);
    size_t k;
    const cd_entity *e = cd_doc_entities(doc, &k);
    for (size_t i = 0; i < k; i++) assert_true(e[i].span.stop <= n);
    cd_doc_free(doc);
    free(t);
}

static void test_sentence_start_stays_in_name(void **state)
{
    (void)state;
    const char *t = "Harvest Watch said prices had doubled. Harvest Watch director Lena Moss agreed. "
                    "Separately Okonkwo said no. Chidi Okonkwo is the mayor.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Harvest Watch", 0, "organization", "Harvest Watch"); /* the first one, said */
    assert_null(find_entity(doc, "Watch"));
    assert_entity(doc, t, "Lena Moss", 0, "person", "Lena Moss");
    assert_entity(doc, t, "Okonkwo", 0, "person", "Chidi Okonkwo"); /* "Separately" is dropped */
    cd_doc_free(doc);
}

static void test_organizations_without_org_word(void **state)
{
    (void)state;
    const char *t = "GKN said profits rose. BrightPath said sales fell. Vantor chief executive Ola Berg "
                    "left. Okafor adviser Tim Reyes spoke. Grace Okafor said nothing.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "GKN", 0, "organization", "GKN");             /* an acronym that speaks */
    assert_entity(doc, t, "BrightPath", 0, "organization", "BrightPath"); /* an inner capital */
    assert_entity(doc, t, "Vantor", 0, "organization", "Vantor");         /* a title after it */
    assert_entity(doc, t, "Ola Berg", 0, "person", "Ola Berg");
    /* a title after a known person's surname: still that person */
    assert_entity(doc, t, "Okafor", 0, "person", "Grace Okafor");
    cd_doc_free(doc);
}

/* "Harbor Watch and Oxfam said": the speech verb typed the run a person before "and" cut it, so
 * the cut run is kept (weak) and is the organization that the story names so elsewhere; with no
 * such mention it is no entity. */
static void test_run_cut_at_and_keeps_its_speech_verb(void **state)
{
    (void)state;
    const char *t = "Harbor Watch chairman Ola Berg spoke on Monday.\n\nHarbor Watch and Oxfam said the plan failed.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Harbor Watch", 1, "organization", NULL);
    cd_doc_free(doc);
    const char *u = "Harbor Watch and Oxfam said the plan failed.";
    doc = analyze(u, NULL);
    assert_null(find_entity(doc, "Harbor Watch"));
    cd_doc_free(doc);
}

static void test_short_mention_by_prefix(void **state)
{
    (void)state;
    const char *t = "Yesterday Sir Oswin Tarrant said rates were too high. Later Sir Oswin added: \"Cut "
                    "them.\" Dame Edna said hello.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Sir Oswin", offset_of(t, "Sir Oswin added"), "person", "Sir Oswin Tarrant");
    assert_entity(doc, t, "Dame Edna", 0, "person", "Dame Edna"); /* no fuller name: as written */
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gazetteer_and_aliases),
        cmocka_unit_test(test_gazetteer_needs_capitals),
        cmocka_unit_test(test_titles_mark_persons),
        cmocka_unit_test(test_fullest_name_is_canonical),
        cmocka_unit_test(test_unknown_capitals_are_not_guessed),
        cmocka_unit_test(test_speech_verb_and_given_name),
        cmocka_unit_test(test_organization_words),
        cmocka_unit_test(test_inner_title_splits_run),
        cmocka_unit_test(test_title_case_headline),
        cmocka_unit_test(test_entity_flags_and_hyphens),
        cmocka_unit_test(test_hostile_capitals),
        cmocka_unit_test(test_sentence_start_stays_in_name),
        cmocka_unit_test(test_organizations_without_org_word),
        cmocka_unit_test(test_short_mention_by_prefix),
        cmocka_unit_test(test_run_cut_at_and_keeps_its_speech_verb),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
