/* name-variant: a name of one word refers to a name of its own story, within a story's length
 * (STORY_TOKENS) of it. A lone word whose nearest mention is further than that from every mention
 * of the longer name, or of that name's surname alone, is another story's name (a page of many
 * stories: "Elvis" in one, "Michael Eavis" in another); names of more than one word each are
 * compared however far apart they are. */
#include "helpers.h"

static const char *const VARIANT = "name-variant";

/* 14 tokens a sentence (13 words and a full stop), no name and no number in it */
static const char FILLER[] = "The plan was discussed again at length by the council on the day. ";

/* head, then `reps` filler sentences, each followed by `between` when it is not NULL, then tail */
static char *story(const char *head, size_t reps, const char *between, const char *tail)
{
    size_t cap = strlen(head) + reps * (sizeof FILLER + (between ? strlen(between) : 0)) + strlen(tail) + 1;
    char *s = malloc(cap);
    assert_non_null(s);
    strcpy(s, head);
    for (size_t i = 0; i < reps; i++) {
        strcat(s, FILLER);
        if (between) strcat(s, between);
    }
    strcat(s, tail);
    return s;
}

static const char *const EAVIS = "Festival organiser Michael Eavis said tickets would sell fast. ";
static const char *const ELVIS = "Elvis said he would come back.";

static void test_lone_word_of_another_story(void **state)
{
    (void)state;
    /* 80 sentences: 1,120 tokens between the two names */
    char *far = story(EAVIS, 80, NULL, ELVIS);
    expect_findings_at(far, VARIANT, 0, NULL);
    free(far);
    /* and the other way round: the lone word first, the full name a story later */
    char *far2 = story("Elvis said he would come back. ", 80, NULL, "Festival organiser Michael Eavis said tickets would sell fast.");
    expect_findings_at(far2, VARIANT, 0, NULL);
    free(far2);
}

static void test_lone_word_of_the_same_story(void **state)
{
    (void)state;
    /* 60 sentences: 840 tokens, one story */
    char *near = story(EAVIS, 60, NULL, ELVIS);
    expect_finding_message(near, VARIANT, "Elvis said", "Michael Eavis",
                           "\"Elvis\" here, but \"Michael Eavis\" earlier: one name spelled two ways?");
    free(near);
    /* the surname alone, spelled right, carries the name through a long story */
    char *carried = story("The novelist Frederick Forsyth wrote to the council. ", 100, "Forsyth said it was wrong. ",
                          "Forsythe said it again.");
    expect_finding_message(carried, VARIANT, "Forsythe said it again", "Frederick Forsyth",
                           "\"Forsythe\" here, but \"Frederick Forsyth\" earlier: one name spelled two ways?");
    free(carried);
}

static void test_full_names_however_far(void **state)
{
    (void)state;
    char *far = story("Attorney General Elliot Spitzer sued the company. ", 100, NULL,
                      "Attorney General Eliot Spitzer said the case was over.");
    expect_finding_message(far, VARIANT, "Eliot Spitzer", "Elliot Spitzer",
                           "\"Eliot Spitzer\" here, but \"Elliot Spitzer\" earlier: one name spelled two ways?");
    free(far);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lone_word_of_another_story),
        cmocka_unit_test(test_lone_word_of_the_same_story),
        cmocka_unit_test(test_full_names_however_far),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
