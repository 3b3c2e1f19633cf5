/* Bounded time on hostile input (issue 7): each hostile input is analyzed at N, 2N and 4N units and
 * the CPU time of every doubling is printed as a ratio. A linear reader shows ratios near 2; a
 * quadratic one near 4. A figure, never a test: it prints and exits 0 whatever it measures.
 *   scaling [N [RUNS]]   N units at the smallest size (default 100000), best of RUNS (default 3) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "copydesk.h"

typedef struct hostile {
    const char *name;
    cd_input input;
    const char *head, *unit, *tail; /* head + unit x N + tail */
} hostile;

static const hostile cases[] = {
    {"quote marks \"", CD_INPUT_TEXT, "", "\"", ""},
    {"curly quotes \xE2\x80\x9C" "a", CD_INPUT_TEXT, "", "\xE2\x80\x9C" "a ", ""},
    {"digits", CD_INPUT_TEXT, "It cost $", "9", " million."},
    {"grouped digits 1,000", CD_INPUT_TEXT, "", "1,000", ""},
    {"one long line", CD_INPUT_TEXT, "", "prices rose 3 percent and fell again, ", ""},
    {"one word, no space", CD_INPUT_TEXT, "", "x", ""},
    {"invalid bytes", CD_INPUT_TEXT, "", "a\xFF", ""},
    {"NUL bytes", CD_INPUT_TEXT, "", "a\0", ""},
    {"periods", CD_INPUT_TEXT, "", "A. ", ""},
    {"open parentheses", CD_INPUT_TEXT, "", "(", ""},
    {"capitalized words", CD_INPUT_TEXT, "", "Mayor Elena ", "said."},
    {"one open quote", CD_INPUT_TEXT, "\xE2\x80\x9C", "a ", ""},
    {"said", CD_INPUT_TEXT, "", "said ", ""},
    {"numbers", CD_INPUT_TEXT, "", "1 ", ""},
    {"ranges from/to", CD_INPUT_TEXT, "", "from 1 to 2 ", ""},
    {"abbreviations", CD_INPUT_TEXT, "", "Mr. U.S. ", ""},
    {"line breaks", CD_INPUT_TEXT, "", "a\n", ""},
    {"dashes", CD_INPUT_TEXT, "", "- ", ""},
    {"quotes with speakers", CD_INPUT_TEXT, "", "\"We rose 5%,\" said Ann Lee. ", ""},
    {"people and bare titles", CD_INPUT_TEXT, "",
     "The chancellor said Ann Lee met Tom Kay. \"We won,\" the prime minister said. ", ""},
    {"more than comparisons", CD_INPUT_TEXT, "", "more than 5 ", ""},
    {"dates", CD_INPUT_TEXT, "", "Jan. 5, 2017 ", ""},
    {"chained clock times", CD_INPUT_TEXT, "", "1000 to ", "1000 daily."},
    {"decades in one sentence", CD_INPUT_TEXT, "", "the 70s and ", "the 80s."},
    {"month lists", CD_INPUT_TEXT, "Prices rose in ", "April and ", "June."},
    {"nested tags (HTML)", CD_INPUT_HTML, "<html><body>", "<div><b>", "<p>Fares rose 8%.</p>"},
    {"nested tags (XML)", CD_INPUT_XML, "<r>", "<d>", "<p>Fares rose 8%.</p>"},
    {"sibling paragraphs (HTML)", CD_INPUT_HTML, "<html><body><div>", "<p>Fares rose.</p>", "</div>"},
    {"entities (HTML)", CD_INPUT_HTML, "<p>", "&amp;&#8220;", "</p>"},
    {"unclosed tags (HTML)", CD_INPUT_HTML, "<p>", "<b x=", ""},
    {"brackets (Markdown)", CD_INPUT_MARKDOWN, "", "[", ""},
    {"backticks (Markdown)", CD_INPUT_MARKDOWN, "", "`", ""},
    {"code spans (Markdown)", CD_INPUT_MARKDOWN, "", "`a", ""},
    {"images (Markdown)", CD_INPUT_MARKDOWN, "", "![", ""},
    {"open targets (Markdown)", CD_INPUT_MARKDOWN, "", "[a](", ""},
    {"open tags (Markdown)", CD_INPUT_MARKDOWN, "", "<a", ""},
    {"emphasis (Markdown)", CD_INPUT_MARKDOWN, "", "*a_", ""},
    {"headings (Markdown)", CD_INPUT_MARKDOWN, "", "# \n", ""},
};

/* The unit's length: "a\0" holds a NUL on purpose, so the units are measured by name. */
static size_t unit_len(const hostile *h)
{
    return strcmp(h->name, "NUL bytes") == 0 ? 2 : strlen(h->unit);
}

static char *build(const hostile *h, size_t times, size_t *len)
{
    size_t a = strlen(h->head), u = unit_len(h), z = strlen(h->tail);
    char *s = malloc(a + u * times + z + 1);
    if (!s) return NULL;
    memcpy(s, h->head, a);
    for (size_t i = 0; i < times; i++) memcpy(s + a + i * u, h->unit, u);
    memcpy(s + a + u * times, h->tail, z + 1);
    *len = a + u * times + z;
    return s;
}

static double cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The best CPU time of `runs` analyses, or a negative number when the analysis fails. */
static double best_time(const hostile *h, size_t times, int runs, size_t *len)
{
    char *s = build(h, times, len);
    if (!s) return -1;
    double best = -1;
    for (int r = 0; r < runs; r++) {
        cd_options opt = {0};
        opt.input = h->input;
        cd_doc *doc = NULL;
        char err[256];
        double t0 = cpu_seconds();
        cd_status st = cd_analyze(s, *len, &opt, &doc, err, sizeof err);
        double t = cpu_seconds() - t0;
        cd_doc_free(doc);
        if (st != CD_OK && st != CD_ERR_PARSE) {
            best = -1;
            break;
        }
        if (best < 0 || t < best) best = t;
    }
    free(s);
    return best;
}

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 100000;
    int runs = argc > 2 ? atoi(argv[2]) : 3;
    if (n == 0) n = 100000;
    if (runs < 1) runs = 1;
    printf("scaling: CPU seconds (best of %d) at N, 2N, 4N units (N = %zu); ratio per doubling (linear ~2, quadratic ~4)\n",
           runs, n);
    printf("%-26s %10s %9s %9s %9s %7s %7s\n", "input", "bytes(N)", "N", "2N", "4N", "2N/N", "4N/2N");
    double worst = 0;
    const char *worst_name = "";
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const hostile *h = &cases[i];
        size_t len1, len2, len4;
        double t1 = best_time(h, n, runs, &len1), t2 = best_time(h, 2 * n, runs, &len2),
               t4 = best_time(h, 4 * n, runs, &len4);
        if (t1 < 0 || t2 < 0 || t4 < 0) {
            printf("%-26s %10zu  analysis failed\n", h->name, len1);
            continue;
        }
        /* below a millisecond the clock's grain decides the ratio: floor the times */
        double r1 = (t2 > 1e-3 ? t2 : 1e-3) / (t1 > 1e-3 ? t1 : 1e-3);
        double r2 = (t4 > 1e-3 ? t4 : 1e-3) / (t2 > 1e-3 ? t2 : 1e-3);
        printf("%-26s %10zu %9.4f %9.4f %9.4f %7.2f %7.2f\n", h->name, len1, t1, t2, t4, r1, r2);
        if (r2 > worst) {
            worst = r2;
            worst_name = h->name;
        }
    }
    printf("scaling: worst ratio at the last doubling %.2f (%s)\n", worst, worst_name);
    return 0;
}
