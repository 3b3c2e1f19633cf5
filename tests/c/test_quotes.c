/* Quote claims, their speakers, and the quote-marks and unattributed-quote findings. */
#include "helpers.h"

/* The quote claim whose `quote` field equals q, or NULL. */
static const cd_claim *find_quote(const cd_doc *doc, const char *q)
{
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].kind == CD_CLAIM_QUOTE && c[i].quote.quote && strcmp(c[i].quote.quote, q) == 0) return &c[i];
    return NULL;
}

static const cd_claim *quote_of(const cd_doc *doc, const char *q)
{
    const cd_claim *c = find_quote(doc, q);
    if (!c) fail_msg("no quote claim '%s'", q);
    return c;
}

static void assert_speaker(const cd_claim *c, const char *speaker)
{
    if (!speaker) {
        assert_null(c->quote.speaker);
        return;
    }
    assert_non_null(c->quote.speaker);
    assert_string_equal(c->quote.speaker, speaker);
}

static void test_attribution_after_and_inverted(void **state)
{
    (void)state;
    const char *t = "The port will reopen, but “not before spring,” Harbor Master Ana Ruiz said Monday. "
                    "“We lost three cranes,” said Tomas Berg, the port’s director.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *a = quote_of(doc, "not before spring");
    assert_speaker(a, "Ana Ruiz");
    assert_true(a->quote.direct);
    assert_int_equal(a->span.start, offset_of(t, "“not"));
    assert_int_equal(a->span.stop, offset_of(t, " Harbor"));
    const cd_claim *b = quote_of(doc, "We lost three cranes");
    assert_speaker(b, "Tomas Berg");
    assert_int_equal(b->span.start, offset_of(t, "“We"));
    assert_int_equal(b->span.stop, offset_of(t, " said Tomas"));
    assert_int_equal(count_claims(doc, CD_CLAIM_QUOTE), 2); /* the attributions are not indirect speech as well */
    cd_doc_free(doc);
}

static void test_pronoun_and_context(void **state)
{
    (void)state;
    const char *t = "Gov. Lena Hoffman signed the budget on Friday. “It is balanced,” she said.\n\n"
                    "“Every dollar is accounted for, and the reserve is full.”\n\n"
                    "The Legislature adjourned.";
    cd_doc *doc = analyze(t, NULL);
    assert_speaker(quote_of(doc, "It is balanced"), "Lena Hoffman");
    const cd_claim *c = quote_of(doc, "Every dollar is accounted for, and the reserve is full.");
    assert_speaker(c, "Lena Hoffman"); /* a quote paragraph after an attributed one */
    assert_int_equal(c->span.start, offset_of(t, "“Every"));
    assert_int_equal(c->span.stop, offset_of(t, "\n\nThe Leg"));
    assert_int_equal(count_findings(doc, "unattributed-quote"), 0);
    cd_doc_free(doc);
}

static void test_partial_and_scare_quotes(void **state)
{
    (void)state;
    const char *t = "Molina blamed the “reset” for the delay. Molina told reporters that the board was "
                    "“stunned” by the audit.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_quote(doc, "reset")); /* one word, no speech verb: scare quotes */
    const cd_claim *p = quote_of(doc, "stunned");
    assert_speaker(p, "Molina");
    assert_true(p->quote.direct);
    const cd_claim *ind = quote_of(doc, "the board was “stunned” by the audit");
    assert_false(ind->quote.direct);
    assert_speaker(ind, "Molina");
    assert_int_equal(ind->span.start, offset_of(t, "the board"));
    assert_int_equal(ind->span.stop, strlen(t) - 1);
    cd_doc_free(doc);
}

static void test_indirect_speech(void **state)
{
    (void)state;
    const char *t = "Unemployment fell to its lowest level in a decade, Labor Secretary Ruth Adeyemi told "
                    "reporters Tuesday. The rate will keep falling, she said. According to Adeyemi, wages "
                    "rose in every state. Analysts declined to say whether that would last. "
                    "A spokesman for the union asked about overtime.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *a = quote_of(doc, "Unemployment fell to its lowest level in a decade");
    assert_false(a->quote.direct);
    assert_speaker(a, "Ruth Adeyemi");
    assert_int_equal(a->span.start, 0);
    assert_int_equal(a->span.stop, offset_of(t, ", Labor"));
    assert_speaker(quote_of(doc, "The rate will keep falling"), "Ruth Adeyemi");
    assert_speaker(quote_of(doc, "wages rose in every state"), "Ruth Adeyemi");
    assert_int_equal(count_claims(doc, CD_CLAIM_QUOTE), 3); /* not "declined to say", not "asked" */
    cd_doc_free(doc);
}

static void test_description_speaker(void **state)
{
    (void)state;
    const char *t = "The talks failed, Brazilian President Lula’s spokesman said.";
    cd_doc *doc = analyze(t, NULL);
    assert_speaker(quote_of(doc, "The talks failed"), "Brazilian President Lula’s spokesman");
    cd_doc_free(doc);
}

static void test_headline_single_quotes_share_speaker(void **state)
{
    (void)state;
    const char *t = "On trade, 'the door is open,' Treasury says\n\n"
                    "Tariffs may fall, and “the door is open,” Treasury Secretary Paul Anand said.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *h = quote_of(doc, "the door is open");
    assert_int_equal(h->span.start, offset_of(t, "'the"));
    assert_int_equal(h->span.stop, offset_of(t, " Treasury says"));
    assert_speaker(h, "Paul Anand"); /* the same words, a person named for them in the body */
    cd_doc_free(doc);

    const char *u = "On trade, 'the door is open,' Treasury says\n\nTariffs may fall, Paul Anand said.";
    doc = analyze(u, NULL);
    assert_speaker(quote_of(doc, "the door is open"), "Treasury Department");
    cd_doc_free(doc);
}

static void test_mixed_marks(void **state)
{
    (void)state;
    const char *t = "“This is regrettable,\" Peskov said. \"It is 'fine',\" Smith said.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = quote_of(doc, "This is regrettable");
    assert_speaker(c, "Peskov");
    assert_int_equal(c->span.stop, offset_of(t, " Peskov"));
    assert_int_equal(count_findings(doc, "quote-marks"), 1);
    const cd_finding *f = find_finding(doc, "quote-marks");
    assert_int_equal(f->severity, CD_SEV_WARNING);
    assert_int_equal(f->span.start, offset_of(t, "\" Peskov"));
    assert_int_equal(f->span.stop, f->span.start + 1);
    assert_int_equal(f->nrelated, 1);
    assert_int_equal(f->related[0].start, 0);
    assert_int_equal(f->related[0].stop, 3);
    assert_speaker(quote_of(doc, "It is 'fine'"), "Smith"); /* nested single quotes, straight marks */
    cd_doc_free(doc);
}

static void test_unbalanced_marks(void **state)
{
    (void)state;
    const char *t = "“This never closes.\n\nNext paragraph. He called it odd” and left.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, "quote-marks"), 2);
    size_t n;
    const cd_finding *f = cd_doc_findings(doc, &n);
    size_t seen = 0;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(f[i].rule, "quote-marks") != 0) continue;
        if (seen++ == 0) assert_int_equal(f[i].span.start, 0);
        else assert_int_equal(f[i].span.start, offset_of(t, "” and"));
    }
    assert_int_equal(count_claims(doc, CD_CLAIM_QUOTE), 0);
    cd_doc_free(doc);
}

static void test_balanced_marks_no_finding(void **state)
{
    (void)state;
    const char *t = "The players' union said the ’90s were “a long ‘lost’ decade for the sport.\n\n"
                    "“And the next one was no better,” Director Kim Sato said.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, "quote-marks"), 0); /* a continued paragraph quote */
    const cd_claim *c = quote_of(doc, "a long ‘lost’ decade for the sport.");
    assert_speaker(c, "Kim Sato"); /* attributed where the quote finally closes */
    assert_speaker(quote_of(doc, "And the next one was no better"), "Kim Sato");
    cd_doc_free(doc);
}

/* Every kind of mark pairs, at a paragraph's start too, and a quote that ends the text: the pass
 * visits only the tokenizer's breaks (cd_doc.breaks) and the token after each, so a mark or a
 * paragraph start that it passed over would lose its quote. */
static void test_every_mark_kind_pairs(void **state)
{
    (void)state;
    const char *marks[][2] = {{"“", "”"}, {"«", "»"}, {"\"", "\""}, {"‘", "’"}, {"'", "'"}};
    const char *breaks[] = {" ", "\n\n"};
    for (size_t k = 0; k < sizeof marks / sizeof marks[0] * 2; k++) {
        char t[200];
        snprintf(t, sizeof t, "The port reopened.%s%sWe lost three cranes,%s said Tomas Berg.", breaks[k % 2],
                 marks[k / 2][0], marks[k / 2][1]);
        cd_doc *doc = analyze(t, NULL);
        const cd_claim *c = quote_of(doc, "We lost three cranes");
        assert_speaker(c, "Tomas Berg");
        assert_true(c->quote.direct);
        assert_int_equal(c->span.start, offset_of(t, marks[k / 2][0]));
        assert_int_equal(count_findings(doc, "quote-marks"), 0);
        cd_doc_free(doc);
    }
    const char *t = "The port reopened.\n\nTomas Berg said: “We lost three cranes.”";
    cd_doc *doc = analyze(t, NULL);
    assert_speaker(quote_of(doc, "We lost three cranes."), "Tomas Berg");
    assert_int_equal(count_findings(doc, "quote-marks"), 0); /* the last token closes it */
    cd_doc_free(doc);
}

static void test_unattributed_quote(void **state)
{
    (void)state;
    const char *t = "“We will rebuild the bridge by spring.” The council met on Monday.";
    cd_doc *doc = analyze(t, NULL);
    const cd_finding *f = find_finding(doc, "unattributed-quote");
    assert_non_null(f);
    assert_int_equal(f->severity, CD_SEV_WARNING);
    assert_int_equal(f->span.start, 0);
    assert_int_equal(f->span.stop, offset_of(t, " The council"));
    assert_speaker(quote_of(doc, "We will rebuild the bridge by spring."), NULL);
    cd_doc_free(doc);

    /* attributed, or only a fragment: no finding */
    const char *u = "“We will rebuild the bridge by spring,” the mayor said. Critics called it “a stunt.”";
    doc = analyze(u, NULL);
    assert_int_equal(count_findings(doc, "unattributed-quote"), 0);
    assert_speaker(quote_of(doc, "We will rebuild the bridge by spring"), "mayor");
    cd_doc_free(doc);
}

static void test_quoted_flag_hides_inner_speech(void **state)
{
    (void)state;
    /* a speech verb inside a quote is not an attribution nor indirect speech */
    const char *t = "“He said the plan would work, and it did,” Aiko Tanaka said.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_claims(doc, CD_CLAIM_QUOTE), 1);
    assert_speaker(quote_of(doc, "He said the plan would work, and it did"), "Aiko Tanaka");
    cd_doc_free(doc);
}

static void test_lost_closing_mark(void **state)
{
    (void)state;
    /* the first quote has no closing mark: it runs to the next opening mark, which starts a quote */
    const char *t = "Minister Ana Cole said: \"We doubled the pay. \"We will extend it to nine months by 2027.\" "
                    "She said the plan was fair.";
    cd_doc *doc = analyze(t, NULL);
    /* read as a quote of two paragraphs whose break was lost: no finding (test_check_quote_marks.c) */
    assert_int_equal(count_findings(doc, "quote-marks"), 0);
    const cd_claim *a = quote_of(doc, "We doubled the pay.");
    assert_speaker(a, "Ana Cole");
    assert_int_equal(a->span.stop, offset_of(t, " \"We will"));
    assert_speaker(quote_of(doc, "We will extend it to nine months by 2027."), "Ana Cole");
    assert_speaker(quote_of(doc, "the plan was fair"), "Ana Cole");
    assert_int_equal(count_findings(doc, "unattributed-quote"), 0);
    cd_doc_free(doc);
}

static void test_named_appositive_and_new_sentence(void **state)
{
    (void)state;
    const char *t = "The shadow minister for health, Omar Haddad, said: \"These plans were announced last year.\" "
                    "Okafor said the vote was final.";
    cd_doc *doc = analyze(t, NULL);
    /* the name between commas speaks; the sentence after the quote's period is not its attribution */
    assert_speaker(quote_of(doc, "These plans were announced last year."), "Omar Haddad");
    assert_speaker(quote_of(doc, "the vote was final"), "Okafor");
    assert_int_equal(count_claims(doc, CD_CLAIM_QUOTE), 2); /* "said:" introduces the quote, no indirect speech */
    cd_doc_free(doc);
}

static void test_many_marks_stay_linear(void **state)
{
    (void)state;
    /* about 10^6 quote marks, deep nesting and stray closers: bounded stack, capped findings */
    size_t n = 3000000;
    char *t = malloc(n + 1);
    assert_non_null(t);
    for (size_t i = 0; i < n; i += 3) memcpy(t + i, i % 3000 == 0 ? "\n\n " : i % 2 ? "\"a " : "“ ”", 3);
    t[n] = 0;
    cd_doc *doc = analyze(t, NULL);
    assert_true(count_findings(doc, "quote-marks") <= 60);
    cd_doc_free(doc);
    free(t);
}

static void test_intro_before_speaker_is_no_clause(void **state)
{
    (void)state;
    const char *t = "Turning to the summer season, Ryanair warned that fares were likely to fall. "
                    "Earlier on Monday, Tesco said it would open ten stores. "
                    "Costs will rise by a tenth next year, Ms Okafor told the Radio 5 breakfast show.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_quote(doc, "Turning to the summer season"));
    assert_speaker(quote_of(doc, "fares were likely to fall"), "Ryanair");
    assert_null(find_quote(doc, "Earlier on Monday"));
    assert_speaker(quote_of(doc, "it would open ten stores"), "Tesco");
    /* nothing reported after the listener: the clause before the comma is the speech */
    assert_speaker(quote_of(doc, "Costs will rise by a tenth next year"), "Okafor");
    cd_doc_free(doc);
}

static void test_inverted_speaker_ends_clause(void **state)
{
    (void)state;
    const char *t = "Exports slowed, cautioned Mr Lindqvist not to count on a rebound. "
                    "Growth will return in spring, said central bank governor Aiko Tanaka.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_quote(doc, "Exports slowed")); /* Mr Lindqvist is told, not telling */
    assert_speaker(quote_of(doc, "Growth will return in spring"), "Aiko Tanaka");
    cd_doc_free(doc);
}

static void test_titles_with_modifiers(void **state)
{
    (void)state;
    const char *t = "\"We beat our targets,\" president and chief executive Ruth Adeyemi said. "
                    "\"The recovery is fragile,\" said trade minister Kenji Sato.";
    cd_doc *doc = analyze(t, NULL);
    assert_speaker(quote_of(doc, "We beat our targets"), "Ruth Adeyemi");
    assert_speaker(quote_of(doc, "The recovery is fragile"), "Kenji Sato");
    cd_doc_free(doc);
    /* lower-case words with no title after them are no part of a speaker */
    const char *u = "\"It is over for us,\" said angry fans near Kenji Sato.";
    doc = analyze(u, NULL);
    assert_speaker(quote_of(doc, "It is over for us"), NULL);
    cd_doc_free(doc);
}

static void test_clause_after_listener_or_place(void **state)
{
    (void)state;
    const char *t = "Dr Amara Diallo told the ITV evening programme Late Review she expected a vaccine soon. "
                    "Acme said in a statement it was reviewing the contract. "
                    "Mr Dunmore told the local paper the Gazette: \"We will rebuild.\" "
                    "She said in Paris the talks had failed.";
    cd_doc *doc = analyze(t, NULL);
    assert_speaker(quote_of(doc, "she expected a vaccine soon"), "Amara Diallo");
    assert_speaker(quote_of(doc, "it was reviewing the contract"), "Acme");
    assert_speaker(quote_of(doc, "We will rebuild."), "Dunmore"); /* no full name */
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++) /* the listener and the colon: no indirect speech */
        if (c[i].kind == CD_CLAIM_QUOTE) assert_null(strstr(c[i].quote.quote, "local paper"));
    /* no pronoun after the place: the clause starts right after the verb, as before */
    assert_non_null(find_quote(doc, "in Paris the talks had failed"));
    cd_doc_free(doc);
}

static void test_called_attributes_partial_quote(void **state)
{
    (void)state;
    const char *t = "Senator Mary Okafor, who chairs the panel, called the bill \"a reckless gamble with "
                    "savings.\" The so-called \"reformers\" stayed silent.";
    cd_doc *doc = analyze(t, NULL);
    assert_speaker(quote_of(doc, "a reckless gamble with savings."), "Mary Okafor");
    assert_null(find_quote(doc, "reformers")); /* so-called: scare quotes, no verb */
    cd_doc_free(doc);
}

static void test_second_partial_quote_and_place_modifier(void **state)
{
    (void)state;
    const char *t = "Ms Okafor said the scheme was a \"clear priority\" and a \"shared aim of every "
                    "department\". \"Costs will rise,\" said Paris-based analyst Ruth Adeyemi. "
                    "\"Prices will fall,\" said Paris.";
    cd_doc *doc = analyze(t, NULL);
    assert_speaker(quote_of(doc, "clear priority"), "Okafor");
    assert_speaker(quote_of(doc, "shared aim of every department"), "Okafor"); /* after the first */
    assert_speaker(quote_of(doc, "Costs will rise"), "Ruth Adeyemi");
    assert_speaker(quote_of(doc, "Prices will fall"), "Paris"); /* a place alone still speaks */
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_attribution_after_and_inverted),
        cmocka_unit_test(test_pronoun_and_context),
        cmocka_unit_test(test_partial_and_scare_quotes),
        cmocka_unit_test(test_indirect_speech),
        cmocka_unit_test(test_description_speaker),
        cmocka_unit_test(test_headline_single_quotes_share_speaker),
        cmocka_unit_test(test_mixed_marks),
        cmocka_unit_test(test_unbalanced_marks),
        cmocka_unit_test(test_balanced_marks_no_finding),
        cmocka_unit_test(test_unattributed_quote),
        cmocka_unit_test(test_quoted_flag_hides_inner_speech),
        cmocka_unit_test(test_lost_closing_mark),
        cmocka_unit_test(test_named_appositive_and_new_sentence),
        cmocka_unit_test(test_many_marks_stay_linear),
        cmocka_unit_test(test_intro_before_speaker_is_no_clause),
        cmocka_unit_test(test_inverted_speaker_ends_clause),
        cmocka_unit_test(test_titles_with_modifiers),
        cmocka_unit_test(test_clause_after_listener_or_place),
        cmocka_unit_test(test_called_attributes_partial_quote),
        cmocka_unit_test(test_second_partial_quote_and_place_modifier),
        cmocka_unit_test(test_every_mark_kind_pairs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
