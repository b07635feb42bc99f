/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "accord-period-private.h"

G_BEGIN_DECLS

/* The words of periods in English, Vietnamese and Lao (accord-period-words.c). */

/* Reads @text into @tokens (ACCORD_PERIOD_MAX_TOKENS of them), dropping fillers. FALSE for text
 * that is not a period. */
gboolean  _accord_period_tokenize              (const char *text,
                                                Token      *tokens,
                                                guint      *n_tokens);
/* The tokens of @text from @from on, up to the first word that is not the grammar's or
 * ACCORD_PERIOD_MAX_TOKENS of them; where it stopped. */
const char *_accord_period_tokenize_run        (const char *text,
                                                const char *from,
                                                Token      *tokens,
                                                guint      *n_tokens);
/* How many bytes of @word (a run of letters) are one word of the grammar, with @token's kind,
 * value and numeral set; 0 when none. With @prefix the longest word @word begins with, for Lao,
 * which runs its words together; else all of @word or nothing. */
gsize     _accord_period_match_word            (const char *word,
                                                gsize       length,
                                                gboolean    prefix,
                                                Token      *token);
/* "st", "nd", "rd", "th" in any case. */
gboolean  _accord_period_word_is_ordinal_suffix (const char *suffix,
                                                 gsize       length);
/* The English suffix of @number: "st" for 1, "th" for 11. */
const char *_accord_period_ordinal_suffix      (guint       number);
/* The word of the same language and kind as @written with the value @value, in the letter case
 * of @written: "fourth" for "third" and 4, "OCT" for "SEP" and 10, "cuối" for "đầu" and 3.
 * NULL when there is none. */
char     *_accord_period_word_like             (const char *written,
                                                gsize       length,
                                                guint       value);
/* The English name of @month (1 to 12), written in full or abbreviated. */
const char *_accord_period_month_name          (guint       month);

G_END_DECLS
