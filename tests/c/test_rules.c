/* The catalogue of finding rules (cd_rules, src/rules.c) against the passes that raise them: one
 * fixture story per rule raises it, every finding of every fixture has a catalogued rule at no more
 * than its catalogued severity, and every catalogued rule is raised at that severity by its fixture.
 * So a rule added to a pass without a catalogue entry fails here, and so does an entry no pass
 * raises any more. */
#include "helpers.h"

/* A fact sheet for fact-match and fact-mismatch. */
static const char FACTS[] = "<factsheet><fact id=\"bridge-lanes\"><subject>Corvin Bridge lanes</subject>"
                            "<alias>Corvin Bridge</alias><value unit=\"lanes\">6</value><as-of>2025-06-01</as-of>"
                            "<source>State Roads Agency</source></fact></factsheet>";

typedef struct rule_story {
    const char *rule;  /* the rule the story must raise */
    const char *story; /* its bytes (a literal, so NULs may be inside) */
    size_t len;        /* its length */
    size_t times;      /* the story is the bytes repeated this many times (0: once) */
    cd_input input;
    const char *date;
    bool facts; /* checked against FACTS */
} rule_story;

#define STORY(s) .story = (s), .len = sizeof(s) - 1

static const rule_story STORIES[] = {
    {"arithmetic", STORY("Ridership rose from 48,000 to 60,000 a week, a 40% increase.")},
    {"fact-match", STORY("The Corvin Bridge has six lanes, engineers said."), .facts = true},
    {"fact-mismatch", STORY("The Corvin Bridge has eight lanes, engineers said."), .facts = true},
    {"holiday-date-unknown", STORY("Lunar New Year is near."), .date = "1940-03-02"},
    {"impossible-date", STORY("The second quarter ended November 31, 1987."), .date = "1987-12-26"},
    {"inconsistent-number",
     STORY("1,200 commuters use Pier 9 on weekdays. The city said 1,300 commuters use Pier 9 on weekdays.")},
    {"input", STORY("a\xFF"), .times = 101},
    {"invalid-utf8", STORY("The fare is \xFF\xFE high.")},
    {"language", STORY("Der Rat der Stadt hat am Montag ein neues Gesetz f\xC3\xBCr die Bars beschlossen, und die "
                       "Wirte sind nicht froh. Sie sagen, das Gesetz ist nicht gut f\xC3\xBCr das Gesch\xC3\xA4" "ft "
                       "und auch nicht f\xC3\xBCr die G\xC3\xA4ste, die von weit her kommen.")},
    {"markup", STORY("<story><p>Text one is read.</p><p>Text two <b>never closes.</story>"), .input = CD_INPUT_XML},
    {"markup", STORY("<html><body><p>The <b>vote</i> was held.</p></body></html>"), .input = CD_INPUT_HTML},
    {"name-variant", STORY("Mayor Elena Ruiz opened the pier on Monday. Later Elena Ruis said the ferry would run.")},
    {"nul-byte", STORY("The council\0 voted.")},
    {"number-spelling", STORY("The port handled 4.2 bilion tonnes.")},
    {"percentage-points", STORY("The jobless rate rose 1.5 pct to 7.5 pct from 6.0 pct.")},
    {"quote-marks", STORY("\xE2\x80\x9CThis never closes.\n\nNext paragraph.")},
    {"relative-date", STORY("The council voted on Monday."), .date = "2026-03-02"},
    {"reversed-range", STORY("The ferry ran from Friday, June 5 to Monday, June 1."), .date = "2026-07-20"},
    {"unattributed-quote",
     STORY("\xE2\x80\x9CWe will rebuild the bridge by spring.\xE2\x80\x9D The council met on Monday.")},
    {"weekday-mismatch", STORY("The vote was held on Tuesday, Dec. 4, 2017."), .date = "2017-12-26"},
};

/* The catalogue's entry for rule, or NULL. */
static const cd_rule_info *catalogued(const char *rule)
{
    size_t n;
    const cd_rule_info *r = cd_rules(&n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(r[i].name, rule) == 0) return &r[i];
    return NULL;
}

/* The story's bytes, repeated as it asks (free() them). */
static char *story_bytes(const rule_story *s, size_t *len)
{
    size_t times = s->times ? s->times : 1;
    char *buf = malloc(s->len * times + 1);
    if (!buf) fail_msg("out of memory");
    for (size_t i = 0; i < times; i++) memcpy(buf + i * s->len, s->story, s->len);
    *len = s->len * times;
    buf[*len] = 0;
    return buf;
}

/* The fact sheet when the story is checked against one, else NULL (free it after the document). */
static cd_facts *story_facts(const rule_story *s)
{
    char err[256] = "";
    cd_facts *facts = NULL;
    if (s->facts && cd_facts_load_memory(FACTS, sizeof FACTS - 1, "rules.xml", &facts, err, sizeof err) != CD_OK)
        fail_msg("the fact sheet: %s", err);
    return facts;
}

static cd_doc *analyze_story(const rule_story *s, const cd_facts *facts)
{
    const cd_facts *sheets[1] = {facts};
    cd_options opt = {.date = s->date, .input = s->input ? s->input : CD_INPUT_TEXT, .facts = sheets,
                      .nfacts = facts ? 1 : 0};
    char err[256] = "";
    size_t len;
    char *bytes = story_bytes(s, &len);
    cd_doc *doc = NULL;
    if (cd_analyze(bytes, len, &opt, &doc, err, sizeof err) != CD_OK) fail_msg("cd_analyze: %s", err);
    free(bytes);
    return doc;
}

/* Every finding of the story has a catalogued rule, at no more than the catalogued severity (a
 * lower cd_severity is more severe); returns the most severe level its own rule was raised at
 * (CD_SEV_INFO + 1: not raised). */
static int check_findings(const rule_story *s)
{
    cd_facts *facts = story_facts(s);
    cd_doc *doc = analyze_story(s, facts);
    size_t n;
    const cd_finding *f = cd_doc_findings(doc, &n);
    int own = CD_SEV_INFO + 1;
    for (size_t i = 0; i < n; i++) {
        const cd_rule_info *r = catalogued(f[i].rule);
        if (!r) fail_in_story(s->story, "the rule '%s' is not in the catalogue (src/rules.c)", f[i].rule);
        if (f[i].severity < r->severity)
            fail_in_story(s->story, "'%s' raised as %s, above its catalogued %s", f[i].rule,
                          cd_severity_name((cd_severity)f[i].severity), cd_severity_name(r->severity));
        if (strcmp(f[i].rule, s->rule) == 0 && f[i].severity < own) own = f[i].severity;
    }
    cd_doc_free(doc);
    cd_facts_free(facts);
    return own;
}

static void test_every_finding_is_catalogued(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_OF(STORIES); i++)
        if (check_findings(&STORIES[i]) > CD_SEV_INFO)
            fail_in_story(STORIES[i].story, "the story does not raise '%s'", STORIES[i].rule);
}

static void test_every_rule_is_raised(void **state)
{
    (void)state;
    size_t n;
    const cd_rule_info *r = cd_rules(&n);
    for (size_t k = 0; k < n; k++) {
        int best = CD_SEV_INFO + 1;
        for (size_t i = 0; i < N_OF(STORIES); i++) {
            if (strcmp(STORIES[i].rule, r[k].name) != 0) continue;
            int sev = check_findings(&STORIES[i]);
            if (sev < best) best = sev;
        }
        if (best != (int)r[k].severity)
            fail_msg("no fixture raises '%s' at its catalogued severity %s (tests/c/test_rules.c)", r[k].name,
                     cd_severity_name(r[k].severity));
    }
}

/* The table itself: sorted by name, names unique, lower-case words and hyphens, every summary a
 * short line, and cd_rules(NULL) allowed. */
static void test_catalogue_shape(void **state)
{
    (void)state;
    size_t n;
    const cd_rule_info *r = cd_rules(&n);
    assert_int_equal(n, 19);
    assert_ptr_equal(cd_rules(NULL), r);
    for (size_t i = 0; i < n; i++) {
        assert_true(strspn(r[i].name, "abcdefghijklmnopqrstuvwxyz-0123456789") == strlen(r[i].name));
        if (i) assert_true(strcmp(r[i - 1].name, r[i].name) < 0);
        assert_true(r[i].severity <= CD_SEV_INFO);
        assert_true(strlen(r[i].summary) > 10 && strlen(r[i].summary) <= 100);
    }
    const cd_rule_info *w = catalogued("weekday-mismatch");
    assert_non_null(w);
    assert_int_equal(w->severity, CD_SEV_ERROR);
    assert_string_equal(w->summary, "a weekday that does not fall on the date beside it");
    assert_null(catalogued("number-start-mismatch")); /* the crosscheck builds' rules are not listed */
    assert_null(catalogued("time-dispatch-checked"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_finding_is_catalogued),
        cmocka_unit_test(test_every_rule_is_raised),
        cmocka_unit_test(test_catalogue_shape),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
