/* A move of a rate written in points ("1/4 point", "half a point", "a third of a percentage
 * point") is measured against the rate's level, never read as that share of the level; an amount
 * that is a range ("three or four points") gives no one percent. Basis points are hundredths of a
 * point against a percent level, whole ones against a level in basis points. */
#include "helpers.h"

#include <math.h>

typedef struct {
    const char *text, *word; /* the story and its change word */
    double by, level, percent; /* the amount, the stated level (old or new), the percent (NaN: none) */
} point_move;

static void expect_move(const point_move *m)
{
    cd_doc *doc = analyze(m->text, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, m->word);
    assert_non_null(c);
    assert_true(fabs(c->change->by - m->by) < 1e-9);
    if (isnan(m->level)) assert_true(isnan(c->change->to) && isnan(c->change->from));
    else assert_true(c->change->to == m->level || c->change->from == m->level);
    if (isnan(m->percent)) assert_true(isnan(c->change->percent));
    else assert_true(fabs(c->change->percent - m->percent) < 1e-9);
    cd_doc_free(doc);
}

/* The change at `word` in t spans exactly `span`. */
static void expect_change_span(const char *t, const char *word, const char *span)
{
    cd_doc *doc = analyze(t, NULL);
    assert_span(t, find_claim(doc, CD_CLAIM_CHANGE, word), span);
    cd_doc_free(doc);
}

static void test_singular_point_span(void **state)
{
    (void)state;
    expect_change_span("The Orland savings rate climbed 1/2 point to 4-1/2 pct on Friday.", "climbed",
                       "climbed 1/2 point to 4-1/2 pct");
}

static void test_moves_in_points(void **state)
{
    (void)state;
    const point_move moves[] = {
        {"The Orland savings rate climbed 1/2 point to 4-1/2 pct on Friday.", "climbed", 0.5, 4.5, 12.5}, /* 4 to 4.5 */
        {"Its deposit rate slid half a point to 3 percent.", "slid", -0.5, 3, -100.0 / 7}, /* 3.5 to 3 */
        {"The yield climbed by a third of a percentage point to 4%.", "climbed", 1.0 / 3, 4, 100.0 / 11},
        {"Turnout dropped 2 percentage points to 48 pct.", "dropped", -2, 48, -4}, /* 50 to 48 */
        {"Bond futures lost half a point after the report.", "lost", -0.5, NAN, NAN},
        {"The share could climb three or four percentage points from 20 pct.", "climb", 3, 20, NAN},
    };
    for (size_t i = 0; i < sizeof moves / sizeof *moves; i++) expect_move(&moves[i]);
}

static void test_moves_in_basis_points(void **state)
{
    (void)state;
    const char *t = "The Orland mortgage rate slid 25 basis points to 4.75 pct.";
    expect_change_span(t, "slid", "slid 25 basis points to 4.75 pct");
    const point_move moves[] = {
        {t, "slid", -25, 4.75, -5},                                                           /* 5 to 4.75 */
        {"Its bill yield rose 40 bps from 3.6 percent in May.", "rose", 40, 3.6, 100.0 / 9}, /* 3.6 to 4 */
        {"The spread narrowed 50 basis points to 150 basis points.", "narrowed", -50, 150, -25},
        {"Yields fell 20 to 30 basis points to 5 pct.", "fell", -20, 5, NAN},
    };
    for (size_t i = 0; i < sizeof moves / sizeof *moves; i++) expect_move(&moves[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_singular_point_span),
        cmocka_unit_test(test_moves_in_points),
        cmocka_unit_test(test_moves_in_basis_points),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
