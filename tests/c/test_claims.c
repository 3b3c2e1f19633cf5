/* Quantity, change, event and comparison claims: each rule with a story where it fires and one
 * where it must not, with exact fields and offsets. */
#include <math.h>

#include "helpers.h"

/* ---- events ------------------------------------------------------------------------------ */

static void test_event_infinitive_after_by_actor(void **state)
{
    (void)state;
    const char *t = "Fans protested the decision by the International Olympic Committee to ban Russian "
                    "teams from the games.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, "ban");
    assert_span(t, c, "ban Russian teams");
    assert_string_equal(c->event.action, "ban");
    assert_string_equal(c->event.actor, "International Olympic Committee");
    assert_string_equal(c->event.target, "Russian teams");
    assert_true(has_reason(c, "event-verb"));
    assert_true(has_reason(c, "named-actor"));
    cd_doc_free(doc);
}

static void test_event_subject_and_place_not_actor(void **state)
{
    (void)state;
    /* the nearest name governed by "in" is a place, not who acts */
    const char *t = "In Chicago, Germany was forced to vacate its Chicago consulate. In Boston, police "
                    "expelled two reporters.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *v = find_claim(doc, CD_CLAIM_EVENT, "vacate");
    assert_span(t, v, "vacate its Chicago consulate");
    assert_string_equal(v->event.action, "vacate");
    assert_string_equal(v->event.actor, "Germany");
    assert_string_equal(v->event.target, "its Chicago consulate");
    const cd_claim *e = find_claim(doc, CD_CLAIM_EVENT, "expelled");
    assert_non_null(e);
    assert_string_equal(e->event.action, "expel");
    assert_string_equal(e->event.actor, "police"); /* the subject right before, not Boston */
    cd_doc_free(doc);
}

static void test_event_passive_with_by(void **state)
{
    (void)state;
    const char *t = "On Monday, embassy properties were seized by the host government, officials said.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, "seized");
    assert_span(t, c, "embassy properties were seized by the host government");
    assert_string_equal(c->event.action, "seize");
    assert_string_equal(c->event.target, "embassy properties");
    assert_string_equal(c->event.actor, "the host government");
    cd_doc_free(doc);

    /* an adverb in -ly between "were" and the participle keeps it passive */
    const char *u = "Later, the five men were wrongly convicted of the bombing.";
    doc = analyze(u, NULL);
    c = find_claim(doc, CD_CLAIM_EVENT, "convicted");
    assert_span(u, c, "the five men were wrongly convicted");
    assert_string_equal(c->event.action, "convict");
    assert_string_equal(c->event.target, "the five men");
    assert_null(c->event.actor);
    cd_doc_free(doc);
}

static void test_event_noun_with_complement(void **state)
{
    (void)state;
    const char *t = "France’s expulsion of the envoys angered Berlin. The closure of the border lasted weeks.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, "expulsion");
    assert_span(t, c, "France’s expulsion of the envoys");
    assert_string_equal(c->event.action, "expel");
    assert_string_equal(c->event.actor, "France");
    assert_string_equal(c->event.target, "the envoys");
    const cd_claim *k = find_claim(doc, CD_CLAIM_EVENT, "closure");
    assert_span(t, k, "closure of the border");
    assert_string_equal(k->event.action, "close");
    cd_doc_free(doc);
}

static void test_event_phrasal_and_modal(void **state)
{
    (void)state;
    const char *t = "The council voted to shut down the plant. The city will fine the owners.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *s = find_claim(doc, CD_CLAIM_EVENT, "shut");
    assert_span(t, s, "shut down the plant");
    assert_string_equal(s->event.action, "shut");
    assert_string_equal(s->event.target, "the plant");
    const cd_claim *f = find_claim(doc, CD_CLAIM_EVENT, "fine");
    assert_span(t, f, "fine the owners");
    assert_string_equal(f->event.action, "fine");
    cd_doc_free(doc);

    const char *u = "The bank closed down all its branches. Police say there is evidence they will be charged.";
    doc = analyze(u, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, "closed");
    assert_span(u, c, "closed down all its branches");
    assert_string_equal(c->event.action, "close");
    assert_string_equal(c->event.target, "all its branches");
    c = find_claim(doc, CD_CLAIM_EVENT, "charged");
    assert_span(u, c, "they will be charged"); /* the pronoun alone is the subject */
    assert_string_equal(c->event.target, "they");
    cd_doc_free(doc);
}

static void test_event_not_nouns_or_adjectives(void **state)
{
    (void)state;
    /* "fine" the adjective, "close" the adjective, "in charge", a bare noun without complement,
     * an adjectival participle after a determiner */
    const char *t = "It was a fine day. The vote was close to unanimous. She is in charge of the budget. "
                    "The ban lasted a year. The banned substance was found. Minister Sue Essex spoke.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 0);
    cd_doc_free(doc);
}

static void test_event_intransitive(void **state)
{
    (void)state;
    const char *t = "The minister resigned.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, "resigned");
    assert_span(t, c, "The minister resigned"); /* the subject: no object to name */
    assert_string_equal(c->event.action, "resign");
    assert_null(c->event.target);
    cd_doc_free(doc);
}

/* ---- comparisons ------------------------------------------------------------------------- */

static const cd_claim *comparison(const cd_doc *doc, const char *needle, const char *form)
{
    const cd_claim *c = find_claim(doc, CD_CLAIM_COMPARISON, needle);
    assert_non_null(c);
    assert_string_equal(c->comparison.form, form);
    return c;
}

static void test_comparison_superlatives(void **state)
{
    (void)state;
    const char *t = "The drought is one of the worst setbacks of the decade, the farmers said. Sales were "
                    "the highest they have been since the end of the war. The bridge is the city’s "
                    "second-largest.";
    cd_doc *doc = analyze(t, NULL);
    assert_span(t, comparison(doc, "worst", "superlative"), "one of the worst setbacks of the decade");
    const cd_claim *h = comparison(doc, "highest", "superlative");
    assert_span(t, h, "the highest they have been since the end of the war");
    assert_true(has_reason(h, "superlative"));
    assert_span(t, comparison(doc, "largest", "superlative"), "the city’s second-largest");
    cd_doc_free(doc);
}

static void test_comparison_superlative_not_idioms(void **state)
{
    (void)state;
    const char *t = "At best, the plan will cost at least a little. Most of them agreed. Best Buy opened.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_claims(doc, CD_CLAIM_COMPARISON), 0);
    cd_doc_free(doc);
}

static void test_comparison_most_adjective(void **state)
{
    (void)state;
    const char *t = "It was the most expensive election in history.";
    cd_doc *doc = analyze(t, NULL);
    assert_span(t, comparison(doc, "most", "superlative"), "the most expensive election in history");
    cd_doc_free(doc);
    const char *u = "The best part of the news was the weather. It had the highest fines of any bank for years.";
    doc = analyze(u, NULL);
    assert_span(u, comparison(doc, "best", "superlative"), "The best part of the news");
    assert_span(u, comparison(doc, "highest", "superlative"), "the highest fines of any bank for years");
    cd_doc_free(doc);
}

static void test_comparison_record(void **state)
{
    (void)state;
    const char *t = "Exports hit a record high in March. The record shows no change. He wants to record "
                    "the talks.";
    cd_doc *doc = analyze(t, NULL);
    assert_span(t, comparison(doc, "record", "record"), "a record high in March");
    assert_int_equal(count_claims(doc, CD_CLAIM_COMPARISON), 1);
    cd_doc_free(doc);
}

static void test_comparison_multiples(void **state)
{
    (void)state;
    const char *t = "The budget will more than triple next year. Twice as many voters came. She scored "
                    "a double-digit lead. They meet twice a week.";
    cd_doc *doc = analyze(t, NULL);
    assert_span(t, comparison(doc, "triple", "multiple"), "more than triple next year");
    assert_span(t, comparison(doc, "Twice", "multiple"), "Twice as many voters came");
    assert_int_equal(count_claims(doc, CD_CLAIM_COMPARISON), 2);
    cd_doc_free(doc);
}

static void test_comparison_comparatives(void **state)
{
    (void)state;
    const char *t = "Rents are higher than in any other city. The plan is more expensive than the old one. "
                    "It rained more than ever.";
    cd_doc *doc = analyze(t, NULL);
    assert_span(t, comparison(doc, "higher", "comparative"), "higher than in any other city");
    assert_span(t, comparison(doc, "expensive", "comparative"), "more expensive than the old one");
    assert_int_equal(count_claims(doc, CD_CLAIM_COMPARISON), 2);
    cd_doc_free(doc);
}

static void test_comparison_ordinals(void **state)
{
    (void)state;
    const char *t = "It was the second such attack this year. Profits fell for the third straight quarter. "
                    "It was her first-ever win. The office is on the second floor.";
    cd_doc *doc = analyze(t, NULL);
    assert_span(t, comparison(doc, "second such", "ordinal"), "the second such attack this year");
    assert_span(t, comparison(doc, "third", "ordinal"), "the third straight quarter");
    assert_span(t, comparison(doc, "first", "ordinal"), "her first-ever win");
    assert_int_equal(count_claims(doc, CD_CLAIM_COMPARISON), 3);
    cd_doc_free(doc);
}


/* ---- change claims ----------------------------------------------------------------------- */

static const cd_claim *change(const cd_doc *doc, const char *needle)
{
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, needle);
    assert_non_null(c);
    return c;
}

static void test_change_from_to_with_inserted_clause(void **state)
{
    (void)state;
    const char *t = "The mission shrank from 1,200 personnel, including local staff, to just over 450 this "
                    "year.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = change(doc, "shrank");
    assert_span(t, c, "shrank from 1,200 personnel, including local staff, to just over 450");
    assert_true(c->change->from == 1200);
    assert_true(c->change->to == 450);
    assert_true(isnan(c->change->by));
    assert_true(fabs(c->change->percent - -62.5) < 1e-9);
    assert_string_equal(c->change->direction, "decrease");
    assert_int_equal(c->number_count, 2);
    size_t n;
    const cd_number *nums = cd_doc_numbers(doc, &n);
    assert_true(nums[c->number_first].value == 1200);
    assert_true(nums[c->number_first + 1].value == 450);
    assert_int_equal(count_claims(doc, CD_CLAIM_QUANTITY), 0); /* the change carries its numbers */
    assert_true(has_reason(c, "change"));
    cd_doc_free(doc);
}

static void test_change_by_and_to(void **state)
{
    (void)state;
    const char *t = "Enrollment rose from 48,000 to 60,000. Jobs fell by 300 to 1,500. Revenue climbed 12 "
                    "percent from a year earlier, to $4.2 billion.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *r = change(doc, "rose");
    assert_span(t, r, "rose from 48,000 to 60,000");
    assert_true(fabs(r->change->percent - 25) < 1e-9);
    assert_string_equal(r->change->direction, "increase");
    const cd_claim *f = change(doc, "fell");
    assert_span(t, f, "fell by 300 to 1,500");
    assert_true(f->change->by == -300); /* signed, in the terms of its number */
    assert_true(f->change->to == 1500);
    assert_true(isnan(f->change->from));
    assert_true(fabs(f->change->percent - -300.0 / 1800 * 100) < 1e-9);
    const cd_claim *c = change(doc, "climbed");
    assert_span(t, c, "climbed 12 percent from a year earlier, to $4.2 billion");
    assert_true(c->change->by == 12); /* a stated percent: by and percent agree */
    assert_true(c->change->percent == 12);
    assert_true(c->change->to == 4.2e9);
    cd_doc_free(doc);
}

static void test_change_fraction_factor_adverb_noun(void **state)
{
    (void)state;
    const char *t = "The budget was cut by half. Profits doubled. Crime was down from 1,500 a year ago. "
                    "Riders face a 5% increase in fares. The rate fell 3 percentage points.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *h = change(doc, "cut");
    assert_span(t, h, "cut by half");
    assert_true(h->change->by == -0.5);
    assert_true(h->change->percent == -50);
    const cd_claim *d = change(doc, "doubled");
    assert_span(t, d, "doubled");
    assert_true(d->change->percent == 100);
    assert_int_equal(d->number_count, 0);
    const cd_claim *w = change(doc, "down");
    assert_span(t, w, "down from 1,500");
    assert_true(w->change->from == 1500);
    assert_string_equal(w->change->direction, "decrease");
    const cd_claim *i = change(doc, "increase");
    assert_span(t, i, "5% increase");
    assert_true(i->change->by == 5);
    const cd_claim *p = change(doc, "points");
    assert_true(p->change->by == -3);
    assert_true(isnan(p->change->percent)); /* points are not a relative change */
    cd_doc_free(doc);
}

static void test_change_not_without_numbers(void **state)
{
    (void)state;
    const char *t = "Prices rose sharply. Up to 500 people attended. She went to 3 schools. The rocket fell "
                    "to earth. The firm will cut up to 450 jobs.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "cut");
    assert_null(c); /* "up to 450" bounds the number; it is no end value */
    assert_int_equal(count_claims(doc, CD_CLAIM_CHANGE), 0);
    cd_doc_free(doc);

    /* a second change word or a conjunction ends the first change */
    const char *u = "Wages grew 15.7% in the year, down from 23% in May, and prices slowed to 4.3%.";
    doc = analyze(u, NULL);
    assert_span(u, find_claim(doc, CD_CLAIM_CHANGE, "grew"), "grew 15.7%");
    assert_span(u, find_claim(doc, CD_CLAIM_CHANGE, "down"), "down from 23%");
    assert_int_equal(count_claims(doc, CD_CLAIM_CHANGE), 2);
    cd_doc_free(doc);
}

/* ---- quantity claims --------------------------------------------------------------------- */

static void test_quantity_with_noun_and_money(void **state)
{
    (void)state;
    const char *t = "The firm has 300 employees and $3.8 million in debt across its three plants.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *e = find_claim(doc, CD_CLAIM_QUANTITY, "employees");
    assert_span(t, e, "300 employees");
    assert_int_equal(e->number_count, 1);
    assert_true(has_reason(e, "number"));
    assert_span(t, find_claim(doc, CD_CLAIM_QUANTITY, "million"), "$3.8 million");
    assert_span(t, find_claim(doc, CD_CLAIM_QUANTITY, "three"), "three plants");
    assert_int_equal(count_claims(doc, CD_CLAIM_QUANTITY), 3);
    cd_doc_free(doc);
}

static void test_quantity_not_idiom_question_or_chrome(void **state)
{
    (void)state;
    const char *t = "Copyright 2018 Example News\n\nIt takes two to tango. Is it 5 or 6?\n";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_claims(doc, CD_CLAIM_QUANTITY), 0);
    cd_doc_free(doc);
}

/* ---- claim quality on real news (rules measured on BBC stories) ----------------------------- */

static void test_event_partitive_target(void **state)
{
    (void)state;
    const char *t = "The board voted to shut three of the county's eleven libraries. Inspectors will close "
                    "two clinics of the network.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, "shut");
    assert_span(t, c, "shut three of the county's eleven libraries");
    assert_string_equal(c->event.target, "three of the county's eleven libraries");
    /* "of" after a noun is no partitive: the target ends at the noun */
    c = find_claim(doc, CD_CLAIM_EVENT, "close");
    assert_span(t, c, "close two clinics");
    assert_string_equal(c->event.target, "two clinics");
    cd_doc_free(doc);
}

static void test_event_amount_is_not_target(void **state)
{
    (void)state;
    const char *t = "Regulators fined the bank $4.5 million on Tuesday. Officials seized the 2019 ledgers. "
                    "Troops detained up to 30 villagers.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, "fined");
    assert_span(t, c, "fined the bank $4.5 million");
    assert_string_equal(c->event.target, "the bank");
    assert_int_equal(c->number_count, 1);
    c = find_claim(doc, CD_CLAIM_EVENT, "seized");
    assert_string_equal(c->event.target, "the 2019 ledgers"); /* after a determiner: inside */
    c = find_claim(doc, CD_CLAIM_EVENT, "detained");
    assert_span(t, c, "detained up to 30 villagers"); /* a qualified number opens the target */
    assert_string_equal(c->event.target, "up to 30 villagers");
    cd_doc_free(doc);
}

static void test_event_not_market_close(void **state)
{
    (void)state;
    const char *t = "Shares in the airline closed down 6 pence. The index closed 1.2% higher. Its stock "
                    "closed at $18.20. Police arrested up to 40 fans.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_EVENT, "closed"));
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "down 6 pence");
    assert_non_null(c);
    assert_true(c->change->by == -6);
    assert_non_null(find_claim(doc, CD_CLAIM_CHANGE, "1.2% higher"));
    c = find_claim(doc, CD_CLAIM_EVENT, "arrested");
    assert_span(t, c, "arrested up to 40 fans");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 1);
    cd_doc_free(doc);
}

static void test_event_actor_subject_phrase(void **state)
{
    (void)state;
    const char *t = "The Lakeside Water Authority met on Monday. The authority will suspend deliveries "
                    "to the plant. In Leeds, officers arrested two men. Germany on Friday expelled three "
                    "envoys. Bosses of the clubs said those most recently banned broke rules.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, "suspend");
    assert_string_equal(c->event.actor, "Lakeside Water Authority"); /* "the authority" named */
    c = find_claim(doc, CD_CLAIM_EVENT, "arrested");
    assert_string_equal(c->event.actor, "officers");
    c = find_claim(doc, CD_CLAIM_EVENT, "expelled");
    assert_string_equal(c->event.actor, "Germany"); /* a time word is no subject */
    c = find_claim(doc, CD_CLAIM_EVENT, "banned");
    assert_non_null(c);
    assert_null(c->event.actor); /* "those most": no noun */
    cd_doc_free(doc);
}

static void test_event_actor_not_in_appositive(void **state)
{
    (void)state;
    const char *t = "Acme blames the ambitions of its chairman Victor Hale and has vowed to sue the "
                    "buyers. Spain and its partner Portugal will expel two diplomats.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, "sue");
    assert_non_null(c);
    assert_null(c->event.actor == NULL ? NULL : strstr(c->event.actor, "Hale"));
    c = find_claim(doc, CD_CLAIM_EVENT, "expel");
    assert_string_equal(c->event.actor, "Portugal"); /* no preposition before the name */
    cd_doc_free(doc);
}

static void test_change_not_verb_particle(void **state)
{
    (void)state;
    const char *t = "The regulator shut down 300 websites. She set up four charities. Sales were up 8% in "
                    "May. Jobless claims were down 12,000 people.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "300"));
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "four"));
    assert_non_null(find_claim(doc, CD_CLAIM_EVENT, "shut down 300 websites"));
    assert_non_null(find_claim(doc, CD_CLAIM_QUANTITY, "four charities"));
    assert_non_null(find_claim(doc, CD_CLAIM_CHANGE, "up 8%"));
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "down 12,000");
    assert_non_null(c);
    assert_true(c->change->by == -12000);
    cd_doc_free(doc);
}

static void test_comparison_complement_keeps_numbers_whole(void **state)
{
    (void)state;
    const char *t = "Turnover was better than earlier guidance with a 4% to 4.5% rise expected. Tickets are "
                    "cheaper than the $40 seats.";
    cd_doc *doc = analyze(t, NULL);
    assert_span(t, comparison(doc, "better", "comparative"), "better than earlier guidance");
    assert_span(t, comparison(doc, "cheaper", "comparative"), "cheaper than the $40 seats");
    cd_doc_free(doc);
}

static void test_comparison_possessive_owner(void **state)
{
    (void)state;
    const char *t = "The fall ended Okafor's record bid. It was Maria Lindqvist's third straight win. It is "
                    "the town's oldest bridge.";
    cd_doc *doc = analyze(t, NULL);
    assert_span(t, comparison(doc, "record", "record"), "Okafor's record bid");
    assert_span(t, comparison(doc, "third", "ordinal"), "Maria Lindqvist's third straight win");
    assert_span(t, comparison(doc, "oldest", "superlative"), "the town's oldest bridge");
    cd_doc_free(doc);
}

static void test_comparison_not_adverb_or_award(void **state)
{
    (void)state;
    const char *t = "Several of those most recently hired quit. She won a best actress prize and the best "
                    "debut award. Seoul is among the most densely wired cities in the world. It was the "
                    "best seat in the house.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_COMPARISON, "recently"));
    assert_null(find_claim(doc, CD_CLAIM_COMPARISON, "actress"));
    assert_null(find_claim(doc, CD_CLAIM_COMPARISON, "debut"));
    assert_span(t, comparison(doc, "densely", "superlative"), "among the most densely wired cities in the world");
    assert_span(t, comparison(doc, "seat", "superlative"), "the best seat in the house");
    assert_int_equal(count_claims(doc, CD_CLAIM_COMPARISON), 2);
    cd_doc_free(doc);
}

static void test_change_market_verbs_and_qualifiers(void **state)
{
    (void)state;
    const char *t = "Shares slumped 9% on Monday. The trade gap widened to more than $40bn. The index eased "
                    "to 48.5 from 50.2. The storm eased. Fees grew to the 300 branches.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "slumped");
    assert_span(t, c, "slumped 9%");
    assert_true(c->change->by == -9);
    c = find_claim(doc, CD_CLAIM_CHANGE, "widened");
    assert_span(t, c, "widened to more than $40bn"); /* the reader's qualifier after "to" */
    assert_true(c->change->to == 40e9);
    assert_string_equal(c->change->direction, "increase");
    c = find_claim(doc, CD_CLAIM_CHANGE, "eased");
    assert_span(t, c, "eased to 48.5 from 50.2");
    assert_int_equal(count_claims(doc, CD_CLAIM_CHANGE), 3); /* no numbers, or a determiner first */
    cd_doc_free(doc);
}

static void test_comparison_near_record(void **state)
{
    (void)state;
    const char *t = "Lending grew at a near-record pace. Imports hit a record level.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_COMPARISON, "pace"));
    assert_span(t, comparison(doc, "level", "record"), "a record level");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_event_infinitive_after_by_actor),
        cmocka_unit_test(test_event_subject_and_place_not_actor),
        cmocka_unit_test(test_event_passive_with_by),
        cmocka_unit_test(test_event_noun_with_complement),
        cmocka_unit_test(test_event_phrasal_and_modal),
        cmocka_unit_test(test_event_not_nouns_or_adjectives),
        cmocka_unit_test(test_event_intransitive),
        cmocka_unit_test(test_comparison_superlatives),
        cmocka_unit_test(test_comparison_superlative_not_idioms),
        cmocka_unit_test(test_comparison_most_adjective),
        cmocka_unit_test(test_comparison_record),
        cmocka_unit_test(test_comparison_multiples),
        cmocka_unit_test(test_comparison_comparatives),
        cmocka_unit_test(test_comparison_ordinals),
        cmocka_unit_test(test_change_from_to_with_inserted_clause),
        cmocka_unit_test(test_change_by_and_to),
        cmocka_unit_test(test_change_fraction_factor_adverb_noun),
        cmocka_unit_test(test_change_not_without_numbers),
        cmocka_unit_test(test_quantity_with_noun_and_money),
        cmocka_unit_test(test_quantity_not_idiom_question_or_chrome),
        cmocka_unit_test(test_event_partitive_target),
        cmocka_unit_test(test_event_amount_is_not_target),
        cmocka_unit_test(test_event_not_market_close),
        cmocka_unit_test(test_event_actor_subject_phrase),
        cmocka_unit_test(test_event_actor_not_in_appositive),
        cmocka_unit_test(test_change_not_verb_particle),
        cmocka_unit_test(test_comparison_complement_keeps_numbers_whole),
        cmocka_unit_test(test_comparison_possessive_owner),
        cmocka_unit_test(test_comparison_not_adverb_or_award),
        cmocka_unit_test(test_change_market_verbs_and_qualifiers),
        cmocka_unit_test(test_comparison_near_record),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
