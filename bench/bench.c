/* `make bench`: speed and memory of full analysis, linked to build/libcopydesk.a.
 *
 *   bench corpus.txt [--runs N] [--max-mb N] [--html DIR] [--stories DIR]   (argv[0] must be a path: it re-runs itself)
 *   bench --stories DIR [--runs N]   the many-small-stories figure alone
 *
 * Times are CPU seconds of one core (the machine is shared; wall time would count the others' work).
 * Prints, on one core: throughput (MB/s, words/s; median of N runs) on the corpus, `wc -w` on the
 * same bytes beside it, the growth of time and peak memory from 1 MB to --max-mb (each size in a
 * child process so that its peak RSS is its own), and HTML pages per second over the *.html files
 * of DIR, and stories per second over the *.txt files of DIR's folders (--stories: the BBC's 2,225,
 * each one analysis in one process, as an editor or the command's list of files has them). Lines of the form `key value` go to stdout for bench/run.sh; it never fails on speed. */
#define _GNU_SOURCE
#include <dirent.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "copydesk.h"

/* CPU time of this process: the machine is shared, and CPU time is what one core spends. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    size_t cap = 1 << 20, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, fp);
        n += got;
        if (n < cap) break;
        char *bigger = realloc(buf, cap * 2);
        if (!bigger) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = bigger;
        cap *= 2;
    }
    fclose(fp);
    *len = n;
    return buf;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Words as wc -w counts them: runs of non-space bytes. */
static size_t count_words(const char *s, size_t n)
{
    size_t words = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
        if (!space && !in) words++;
        in = !space;
    }
    return words;
}

/* One full analysis; returns seconds, or -1 on failure. *claims gets the claim count. */
static double analyze_once(const char *text, size_t len, cd_input input, size_t *claims)
{
    cd_options opt;
    memset(&opt, 0, sizeof opt);
    opt.date = "2017-12-26";
    opt.input = input;
    opt.borrow = 1; /* the text outlives the document, as with the Lua binding: no copy */
    char err[256];
    cd_doc *doc = NULL;
    double t0 = now();
    cd_status st = cd_analyze(text, len, &opt, &doc, err, sizeof err);
    double t = now() - t0;
    if (st != CD_OK) {
        fprintf(stderr, "bench: cd_analyze: %s\n", err);
        return -1;
    }
    if (claims) cd_doc_claims(doc, claims);
    cd_doc_free(doc);
    return t;
}

/* `wc -w` over the file: the best of `runs`, in CPU time (user + system) of the child. */
static double time_wc(const char *path, int runs)
{
    double best = -1;
    for (int r = 0; r < runs; r++) {
        fflush(stdout);
        pid_t pid = fork();
        if (pid == 0) {
            if (!freopen("/dev/null", "w", stdout)) _exit(127);
            execlp("wc", "wc", "-w", path, (char *)NULL);
            _exit(127);
        }
        int status = 0;
        struct rusage ru;
        if (pid < 0 || wait4(pid, &status, 0, &ru) < 0 || !WIFEXITED(status) || WEXITSTATUS(status)) return -1;
        double t = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec +
                   (double)ru.ru_stime.tv_usec / 1e6;
        if (best < 0 || t < best) best = t;
    }
    return best;
}

static void throughput(const char *path, const char *text, size_t len, int runs)
{
    double *t = calloc((size_t)runs, sizeof *t);
    size_t claims = 0;
    if (!t) return;
    for (int r = 0; r < runs; r++) t[r] = analyze_once(text, len, CD_INPUT_TEXT, &claims);
    double med = median(t, runs);
    double mb = (double)len / 1e6;
    size_t words = count_words(text, len);
    printf("corpus_mb %.2f\ncorpus_words %zu\nclaims %zu\n", mb, words, claims);
    printf("copydesk_seconds %.4f\ncopydesk_mbps %.2f\ncopydesk_words_per_s %.0f\n", med, mb / med, (double)words / med);
    double wc = time_wc(path, runs);
    if (wc > 0) printf("wc_seconds %.4f\nwc_mbps %.2f\n", wc, mb / wc);
    free(t);
}

/* This process's peak RSS in MB: VmHWM of /proc/self/status, which starts afresh at exec (the
 * rusage of a child keeps the parent's high-water mark across fork and exec); else getrusage. */
static double peak_rss_mb(void)
{
    FILE *fp = fopen("/proc/self/status", "r");
    char line[256];
    double kb = -1;
    while (fp && fgets(line, sizeof line, fp))
        if (strncmp(line, "VmHWM:", 6) == 0) kb = atof(line + 6);
    if (fp) fclose(fp);
    if (kb < 0) {
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        kb = (double)ru.ru_maxrss;
    }
    return kb / 1024.0;
}

/* One size in a fresh process (bench --child SIZE corpus): reads the corpus over and over into an
 * input of SIZE bytes, analyzes it, writes the seconds to stdout. Its peak RSS is then its own. */
static int child(const char *path, size_t size)
{
    char *input = size ? malloc(size + 1) : NULL;
    if (size && !input) return 1;
    FILE *fp = fopen(path, "rb");
    if (!fp) return 1;
    for (size_t n = 0; n < size;) { /* the corpus over and over, straight into the input */
        size_t got = fread(input + n, 1, size - n, fp);
        if (!got) {
            if (n == 0) return 1;
            rewind(fp);
        }
        n += got;
    }
    fclose(fp);
    double t = size ? analyze_once(input, size, CD_INPUT_TEXT, NULL) : 0;
    free(input);
    printf("%.6f %.1f\n", t, peak_rss_mb());
    return t < 0;
}

/* Runs `self --child size path`; returns seconds and the child's peak RSS in MB. */
static int run_child(const char *self, const char *path, size_t size, double *t, double *rss_mb)
{
    int fd[2];
    if (pipe(fd)) return -1;
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        char arg[32];
        snprintf(arg, sizeof arg, "%zu", size);
        dup2(fd[1], 1);
        close(fd[0]);
        close(fd[1]);
        execl(self, self, "--child", arg, path, (char *)NULL);
        _exit(127);
    }
    close(fd[1]);
    char buf[64] = "";
    ssize_t got = pid > 0 ? read(fd[0], buf, sizeof buf - 1) : -1;
    close(fd[0]);
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) < 0 || got <= 0 || !WIFEXITED(status) || WEXITSTATUS(status))
        return -1;
    buf[got] = 0;
    return sscanf(buf, "%lf %lf", t, rss_mb) == 2 ? 0 : -1;
}

static void scaling(const char *self, const char *path, int max_mb)
{
    double base_t, base_rss, prev_t = 0, prev_rss = 0;
    if (run_child(self, path, 0, &base_t, &base_rss)) return;
    printf("baseline_rss_mb %.1f\n", base_rss);
    printf("# scaling: size_mb seconds peak_rss_mb (rss-baseline)/input; per doubling: time_ratio rss_ratio (linear = 2.00)\n");
    for (int mb = 1; mb <= max_mb; mb *= 2) {
        double t, rss;
        if (run_child(self, path, (size_t)mb << 20, &t, &rss)) {
            printf("scale %d failed\n", mb);
            return;
        }
        double used = rss - base_rss;
        printf("scale %d %.4f %.1f %.2f", mb, t, rss, used / mb);
        if (prev_t > 0) printf(" %.2f %.2f", t / prev_t, used / prev_rss);
        printf("\n");
        fflush(stdout);
        prev_t = t;
        prev_rss = used;
    }
}

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static void html_pages(const char *dir, int runs)
{
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    size_t pages = 0, bytes = 0;
    double *t = calloc((size_t)runs, sizeof *t);
    char **texts = NULL;
    size_t *lens = NULL, n = 0, cap = 0;
    while ((e = readdir(d))) {
        if (!has_suffix(e->d_name, ".html")) continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        size_t len;
        char *text = read_file(path, &len);
        if (!text) continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            char **nt = realloc(texts, cap * sizeof *texts);
            size_t *nl = realloc(lens, cap * sizeof *lens);
            if (nt) texts = nt;
            if (nl) lens = nl;
            if (!nt || !nl) break;
        }
        texts[n] = text;
        lens[n++] = len;
        bytes += len;
    }
    closedir(d);
    for (int r = 0; r < runs && t; r++) {
        double total = 0;
        pages = 0;
        for (size_t i = 0; i < n; i++) {
            double s = analyze_once(texts[i], lens[i], CD_INPUT_HTML, NULL);
            if (s >= 0) total += s, pages++;
        }
        t[r] = total;
    }
    if (t && pages) {
        double med = median(t, runs);
        printf("html_pages %zu\nhtml_mb %.2f\nhtml_seconds %.4f\nhtml_pages_per_s %.1f\nhtml_mbps %.2f\n", pages,
               (double)bytes / 1e6, med, (double)pages / med, (double)bytes / 1e6 / med);
    }
    for (size_t i = 0; i < n; i++) free(texts[i]);
    free(texts);
    free(lens);
    free(t);
}

/* Analyzes every story once per round, `runs` rounds in this one process (a document's memory
 * comes back to the same heap, as in the editor); the figure is the median round. */
static void stories(const char *dir, int runs)
{
    char pattern[4096];
    snprintf(pattern, sizeof pattern, "%s/*/*.txt", dir);
    glob_t g;
    if (glob(pattern, 0, NULL, &g) != 0) return;
    char **texts = calloc(g.gl_pathc, sizeof *texts);
    size_t *lens = calloc(g.gl_pathc, sizeof *lens);
    double *t = calloc((size_t)runs, sizeof *t);
    size_t n = 0, bytes = 0;
    for (size_t i = 0; texts && lens && i < g.gl_pathc; i++) {
        texts[n] = read_file(g.gl_pathv[i], &lens[n]);
        if (texts[n]) bytes += lens[n++];
    }
    for (int r = 0; t && n && r < runs; r++) {
        double t0 = now();
        for (size_t i = 0; i < n; i++) analyze_once(texts[i], lens[i], CD_INPUT_TEXT, NULL);
        t[r] = now() - t0;
    }
    if (t && n) {
        double med = median(t, runs);
        printf("stories %zu\nstories_mb %.2f\nstories_seconds %.4f\nstories_per_s %.0f\nms_per_story %.4f\n", n,
               (double)bytes / 1e6, med, (double)n / med, med * 1e3 / (double)n);
    }
    for (size_t i = 0; i < n; i++) free(texts[i]);
    free(texts);
    free(lens);
    free(t);
    globfree(&g);
}

int main(int argc, char **argv)
{
    if (argc == 4 && strcmp(argv[1], "--child") == 0) return child(argv[3], (size_t)strtoull(argv[2], NULL, 10));
    if (argc >= 3 && strcmp(argv[1], "--stories") == 0) {
        stories(argv[2], argc == 5 && strcmp(argv[3], "--runs") == 0 && atoi(argv[4]) > 0 ? atoi(argv[4]) : 5);
        return 0;
    }
    if (argc < 2) {
        fprintf(stderr, "usage: bench corpus.txt [--runs N] [--max-mb N] [--html DIR] [--stories DIR]\n");
        return 2;
    }
    int runs = 5, max_mb = 64;
    const char *html = NULL, *story_dir = NULL;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "--runs") == 0) runs = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--max-mb") == 0) max_mb = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--html") == 0) html = argv[i + 1];
        else if (strcmp(argv[i], "--stories") == 0) story_dir = argv[i + 1];
    }
    if (runs < 1) runs = 1;
    size_t len;
    char *text = read_file(argv[1], &len);
    if (!text || !len) {
        fprintf(stderr, "bench: cannot read %s\n", argv[1]);
        return 2;
    }
    printf("copydesk_version %s\n", cd_version());
    throughput(argv[1], text, len, runs);
    fflush(stdout);
    scaling(argv[0], argv[1], max_mb);
    if (html) html_pages(html, runs < 3 ? runs : 3);
    if (story_dir) stories(story_dir, runs);
    free(text);
    return 0;
}
