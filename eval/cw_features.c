/* The calibration tool of the check-worthiness score: reads CheckThat! TSV files (line, speaker,
 * text, label), analyzes each text alone (CW_DOC=1: each debate as one document) and prints
 * `label TAB file TAB lift TAB floored TAB f1 ... fN` (lift, floored: how its claims raise its
 * score, cd_cw_claim_lift) with the
 * features score.c reads (for a text of several sentences, each feature's largest value; the
 * context features stay 0: eval/calibrate.lua fills them from the rows before and after), and a
 * header line of feature names. Built and run by eval/calibrate.sh; eval/calibrate.lua fits. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "score.h"

/* One labelled row of a debate: its text's offset in the analyzed document, and the features of its
 * sentences (each feature's largest value), the claims' largest lift, and whether one is floored. */
typedef struct row {
    char *label;
    size_t start;
    double best[CW_NFEAT], lift;
    int floored;
} row;

/* The pipeline's passes before the score, on a document of its own: the document that cd_analyze
 * returns keeps no tokens, and the features read them. */
static cd_doc *analyze(const char *text, size_t len)
{
    cd_doc *doc = calloc(1, sizeof *doc);
    if (!doc) {
        perror("cw_features");
        exit(1);
    }
    doc->src = doc->text = text;
    doc->src_len = doc->text_len = len;
    doc->src_borrowed = 1; /* cd_doc_free frees what the passes made, not the text */
    doc->input = CD_INPUT_TEXT;
    cd_run_passes(doc, cd_score_claims); /* what the score reads, as the pipeline makes it */
    return doc;
}

/* Adds the features of every sentence of doc to the row it starts in (rows in text order). */
static void add_sentences(const cd_doc *doc, row *rows, size_t n_rows, cd_cw_memo *memo)
{
    double f[CW_NFEAT];
    size_t r = 0;
    for (size_t s = 0; s < doc->n_sents && n_rows; s++) {
        while (r + 1 < n_rows && rows[r + 1].start <= doc->sents[s].span.tstart) r++;
        cd_cw_features(doc, s, NULL, f, memo);
        for (int i = 0; i < CW_NFEAT; i++)
            if (f[i] > rows[r].best[i]) rows[r].best[i] = f[i];
        int fl = 0;
        double l = cd_cw_claim_lift(doc, s, &fl);
        if (l > rows[r].lift) rows[r].lift = l;
        rows[r].floored |= fl;
    }
}

static void print_row(const row *r, const char *file)
{
    printf("%s\t%s\t%g\t%d", r->label, file, r->lift, r->floored);
    for (int i = 0; i < CW_NFEAT; i++) printf("\t%g", r->best[i]);
    printf("\n");
}

/* line <TAB> speaker <TAB> text <TAB> label: the text's start and the label, cut in place (0: not
 * such a line). */
static int split_line(char *line, char **text, char **label)
{
    char *cols[4];
    int n = 0;
    for (char *p = line; n < 4 && p;) {
        cols[n++] = p;
        p = strchr(p, '\t');
        if (p) *p++ = 0;
    }
    if (n < 4) return 0;
    cols[3][strcspn(cols[3], "\r\n")] = 0;
    *text = cols[2];
    *label = cols[3];
    return 1;
}

/* The rows of one debate file. Each row is analyzed alone, or with CW_DOC=1 the debate as one
 * document (rows joined by blank lines, as eval/suite_checkworthy.lua and a transcript in a story
 * are analyzed: the passes see the whole debate), each sentence's features going to the row it
 * starts in. */
static int one_file(const char *path, cd_cw_memo *memo, int whole)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        perror(path);
        return 1;
    }
    char *line = NULL, *text = NULL;
    size_t cap = 0, len = 0, n_rows = 0, rows_cap = 0;
    row *rows = NULL;
    while (getline(&line, &cap, fp) > 0) {
        char *t, *label;
        if (!split_line(line, &t, &label)) continue;
        size_t tl = strlen(t);
        if (n_rows == rows_cap) {
            rows_cap = rows_cap ? 2 * rows_cap : 256;
            rows = realloc(rows, rows_cap * sizeof *rows);
        }
        text = realloc(text, len + tl + 3); /* the row, a blank line's two newlines, a NUL */
        if (!rows || !text) {
            perror("cw_features");
            exit(1);
        }
        row *r = &rows[n_rows++];
        memset(r, 0, sizeof *r);
        r->start = len;
        memcpy(text + len, t, tl);
        len += tl;
        if (!whole) {
            text[len] = 0;
            cd_doc *doc = analyze(text + r->start, tl);
            r->start = 0;
            add_sentences(doc, r, 1, memo);
            cd_doc_free(doc);
        }
        memcpy(text + len, "\n\n", 2);
        len += 2;
        r->label = strdup(label);
        if (!r->label) {
            perror("cw_features");
            exit(1);
        }
    }
    fclose(fp);
    free(line);
    if (whole && n_rows) {
        cd_doc *doc = analyze(text, len);
        add_sentences(doc, rows, n_rows, memo);
        cd_doc_free(doc);
    }
    /* the path as given: the two years' training folders share five file names */
    for (size_t i = 0; i < n_rows; i++) {
        print_row(&rows[i], path);
        free(rows[i].label);
    }
    free(rows);
    free(text);
    return 0;
}

int main(int argc, char **argv)
{
    printf("label\tfile\tlift\tfloored");
    for (int i = 0; i < CW_NFEAT; i++) printf("\t%s", cd_cw_feature_name(i));
    printf("\n");
    cd_cw_memo *memo = cd_cw_memo_new(); /* one for all the texts */
    if (!memo) {
        perror("cw_features");
        return 1;
    }
    int whole = getenv("CW_DOC") && strcmp(getenv("CW_DOC"), "1") == 0;
    for (int a = 1; a < argc; a++) {
        if (one_file(argv[a], memo, whole)) {
            cd_cw_memo_free(memo);
            return 1;
        }
    }
    cd_cw_memo_free(memo);
    return 0;
}
