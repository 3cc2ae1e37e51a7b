#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H
/* SwiftPM drops ncursesw's -D_XOPEN_SOURCE, so ask for the wide-char API here. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/*
 * Swift 6 rejects reads of these C globals ("not concurrency-safe") and does not import
 * the A_* / KEY_F() macros, so each one gets a tiny inline accessor. Nothing else belongs here.
 */

static inline WINDOW *cnc_stdscr(void) { return stdscr; }
/* stdio's streams are C globals too; newterm needs them. */
static inline FILE *cnc_stdin(void) { return stdin; }
static inline FILE *cnc_stdout(void) { return stdout; }

static inline int cnc_lines(void) { return LINES; }
static inline int cnc_cols(void) { return COLS; }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t cnc_a_normal(void) { return A_NORMAL; }
static inline attr_t cnc_a_bold(void) { return A_BOLD; }
static inline attr_t cnc_a_reverse(void) { return A_REVERSE; }
static inline attr_t cnc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cnc_a_dim(void) { return A_DIM; }
static inline attr_t cnc_a_standout(void) { return A_STANDOUT; }

static inline int cnc_key_f(int n) { return KEY_F(n); }

/* The key code ncurses gives an extended terminfo key (kLFT5 = Ctrl-Left), 0 when the terminal
 * has none. tigetstr's "absent" and "not a string" answers are NULL and (char *)-1. */
static inline int cnc_extended_key_code(const char *capability) {
    char *sequence = tigetstr(capability);
    if (sequence == NULL || sequence == (char *)-1) return 0;
    int code = key_defined(sequence);
    return code > 0 ? code : 0;
}

/* nl_langinfo wants an nl_item; CODESET is an enum constant Swift sees as a plain Int32. */
static inline const char *cnc_codeset(void) { return nl_langinfo(CODESET); }

#endif
