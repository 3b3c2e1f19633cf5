/* The calibration tool of the check-worthiness score: reads CheckThat! TSV files (line, speaker,
 * text, label), analyzes each text alone and prints `label TAB file TAB lift TAB floored TAB f1 ... fN`
 * (lift, floored: how its claims raise its score, cd_cw_claim_lift) with the
 * features score.c reads (for a text of several sentences, each feature's largest value; the
 * context features stay 0: eval/calibrate.lua fills them from the rows before and after), and a
 * header line of feature names. Built and run by eval/calibrate.sh; eval/calibrate.lua fits. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "score.h"

/* The pipeline's passes before the score, on a text of its own: the document that cd_analyze
 * returns keeps no tokens, and the features read them. */
static void print_features(const char *text, const char *label, const char *file, cd_cw_memo *memo)
{
    cd_doc *doc = calloc(1, sizeof *doc);
    if (!doc) {
        perror("cw_features");
        exit(1);
    }
    doc->src = doc->text = text;
    doc->src_len = doc->text_len = strlen(text);
    doc->src_borrowed = 1; /* cd_doc_free frees what the passes made, not the text */
    doc->input = CD_INPUT_TEXT;
    cd_run_passes(doc, cd_score_claims); /* what the score reads, as the pipeline makes it */
    double f[CW_NFEAT], best[CW_NFEAT], lift = 0;
    int floored = 0;
    memset(best, 0, sizeof best);
    for (size_t s = 0; s < doc->n_sents; s++) {
        cd_cw_features(doc, s, NULL, f, memo);
        for (int i = 0; i < CW_NFEAT; i++)
            if (f[i] > best[i]) best[i] = f[i];
        int fl = 0;
        double l = cd_cw_claim_lift(doc, s, &fl);
        if (l > lift) lift = l;
        floored |= fl;
    }
    printf("%s\t%s\t%g\t%d", label, file, lift, floored);
    for (int i = 0; i < CW_NFEAT; i++) printf("\t%g", best[i]);
    printf("\n");
    cd_doc_free(doc);
}

/* line <TAB> speaker <TAB> text <TAB> label */
static void one_line(char *line, const char *file, cd_cw_memo *memo)
{
    char *cols[4];
    int n = 0;
    for (char *p = line; n < 4 && p;) {
        cols[n++] = p;
        p = strchr(p, '\t');
        if (p) *p++ = 0;
    }
    if (n < 4) return;
    char *label = cols[3];
    label[strcspn(label, "\r\n")] = 0;
    print_features(cols[2], label, file, memo);
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
    char *line = NULL;
    size_t cap = 0;
    for (int a = 1; a < argc; a++) {
        FILE *fp = fopen(argv[a], "r");
        if (!fp) {
            perror(argv[a]);
            cd_cw_memo_free(memo);
            return 1;
        }
        /* the path as given: the two years' training folders share five file names */
        while (getline(&line, &cap, fp) > 0) one_line(line, argv[a], memo);
        fclose(fp);
    }
    free(line);
    cd_cw_memo_free(memo);
    return 0;
}
