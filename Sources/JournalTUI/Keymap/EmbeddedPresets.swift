// The preset keymaps compiled into the binary, so the program works from any directory.
// They must equal the files in keymaps/ (a test checks it); after editing a preset, paste it here.

enum EmbeddedPresets {
    /// Preset text by name.
    static let texts: [String: String] = [
        "default": defaultText,
        "vim": vimText,
        "emacs": emacsText,
    ]

    static let defaultText = #"""
# journal — the default keys: arrows, Page Up/Down, Home/End and function keys,
# plus j/k/h/l for moving. Each table is one context; each line binds one action
# (`grid.move-down` is `move-down` in `[grid]`) to a list of keys.
#
# Key names: a single character stands for itself (j, J, о); named keys are
# enter, esc, tab, S-Tab, backspace, delete, insert, up, down, left, right,
# home, end, pageup, pagedown, space, F1..F24; C-x is Ctrl+x, M-x is Alt+x;
# "g g" is a sequence. Letters are bound in both keyboard layouts (j and о are
# the same physical key), so commands work with the Russian layout switched on.
#
# Copy a table to ~/.config/journal/keymap.toml and change what you need: a user
# file replaces the keys of the actions it names and keeps the rest. The other
# presets (vim.toml, emacs.toml) are written the same way, on top of this file;
# `preset = "vim"` at the top of a user file puts it on top of vim instead.

[app]
quit = ["F10", "C-q"]
help = ["F1", "?"]
redraw = ["C-l"]
back = ["esc"]

[edit]
move-left = ["left"]
move-right = ["right"]
move-home = ["home", "C-a"]
move-end = ["end", "C-e"]
delete-backward = ["backspace"]
delete-forward = ["delete", "C-d"]
clear-field = ["C-u"]

[login]
next-field = ["tab", "down"]
previous-field = ["S-Tab", "up"]
submit = ["enter"]
cancel = ["esc"]

[picker]
move-down = ["down", "j", "о"]
move-up = ["up", "k", "л"]
page-down = ["pagedown"]
page-up = ["pageup"]
first-item = ["home"]
last-item = ["end"]
choose = ["enter", "right"]
filter = ["/", "C-f"]
open-attendance = ["F5"]
open-week = ["F6"]
add-lesson = ["F4"]
open-substitutions = ["F7"]

[grid]
move-down = ["down", "enter", "j", "о"]
move-up = ["up", "k", "л"]
move-left = ["left", "h", "р"]
move-right = ["right", "l", "д"]
page-down = ["pagedown"]
page-up = ["pageup"]
first-column = ["home"]
last-column = ["end"]
first-row = ["g g", "п п"]
last-row = ["G", "П"]
toggle-entry-direction = ["F6"]
show-history = ["F2"]
show-forecast = ["F3"]
edit-lesson = ["F4"]
edit-comment = ["F5"]

[mark]
clear = ["delete", "backspace"]
fill-empty = ["F8"]

# On the attendance sheet every printable key is typed: a code letter in either layout
# (Н or y, Б or ",", ОП as О then П), so this table binds no letters.
[attendance]
move-down = ["down"]
move-up = ["up"]
next-lesson = ["right"]
previous-lesson = ["left"]
mark-all-present = ["F8"]
clear = ["delete", "backspace"]
open-lesson = ["F4"]
open-gradebook = ["enter"]

# Issue 4: the attendance sheet, the class teacher's week, the lesson record and its text editor.
# Attendance codes are typed letters (Н or y, Б or ",", ОП as О then П), so these tables bind no letters.

[week]
move-down = ["down"]
move-up = ["up"]
move-left = ["left"]
move-right = ["right"]
previous-week = ["pageup"]
next-week = ["pagedown"]
choose-dates = ["F3"]

[lesson]
next-field = ["down", "tab"]
previous-field = ["up", "S-Tab"]
edit-field = ["enter"]
pick-topic = ["F3"]
open-attendance = ["F4"]

[editor]
move-left = ["left"]
move-right = ["right"]
move-up = ["up"]
move-down = ["down"]
line-start = ["home", "C-a"]
line-end = ["end", "C-e"]
word-left = ["C-left", "M-b"]
word-right = ["C-right", "M-f"]
delete-backward = ["backspace"]
delete-forward = ["delete", "C-d"]
new-line = ["enter"]
save = ["F2", "C-s"]
cancel = ["esc"]

# A form of a few fields (the extra lesson: date and slot); Esc cancels.
[form]
next-field = ["tab", "down"]
previous-field = ["S-Tab", "up"]
submit = ["enter"]

# The journal of substitutions (журнал замен) of the deputy director and the administrator.
[substitution]
move-down = ["down", "j", "о"]
move-up = ["up", "k", "л"]
page-down = ["pagedown"]
page-up = ["pageup"]
previous-day = ["left"]
next-day = ["right"]
type-date = ["F2"]
choose = ["enter"]
remove-substitute = ["delete", "backspace"]

[help]
close = ["esc", "q", "й", "F1", "?"]
scroll-down = ["down", "j", "о"]
scroll-up = ["up", "k", "л"]
page-down = ["pagedown", "space"]
page-up = ["pageup"]
top = ["home", "g g", "п п"]
bottom = ["end", "G", "П"]
"""#

    static let vimText = #"""
# journal — vim-style keys: h/j/k/l, g g / G, 0 / $, C-f / C-b, Z Z to quit.
# Every letter is also bound on the same physical key of the Russian ЙЦУКЕН
# layout (j = о, k = л, h = р, l = д, g = п ...), so commands keep working
# with the Russian layout switched on.
#
# Only what differs from default.toml is here: the program reads default.toml
# first and then this file, the way it reads your own keymap.toml on top of a
# preset. A line replaces all the keys of its action; the actions not named
# keep their keys from default.toml. See default.toml for the key names.

[app]
quit = ["F10", "C-q", "Z Z", "Я Я"]

[edit]
move-left = ["left", "C-b"]
move-right = ["right", "C-f"]

[login]
next-field = ["tab", "down", "C-n"]
previous-field = ["S-Tab", "up", "C-p"]

[picker]
page-down = ["pagedown", "C-f", "C-d"]
page-up = ["pageup", "C-b", "C-u"]
first-item = ["home", "g g", "п п"]
last-item = ["end", "G", "П"]
choose = ["enter", "l", "д"]
filter = ["/"]

[grid]
page-down = ["pagedown", "C-f", "C-d"]
page-up = ["pageup", "C-b", "C-u"]
first-column = ["home", "0"]
last-column = ["end", "$"]
toggle-entry-direction = ["F6", "t", "е"]
show-history = ["F2", "u", "г"]
show-forecast = ["F3", "f", "а"]
edit-lesson = ["F4", "i", "ш"]
edit-comment = ["F5", "c", "с"]

[mark]
clear = ["delete", "backspace", "x", "ч"]
fill-empty = ["F8", "p", "з"]

[attendance]
move-down = ["down", "C-n"]
move-up = ["up", "C-p"]

[form]
next-field = ["tab", "down", "C-n"]
previous-field = ["S-Tab", "up", "C-p"]

[substitution]
page-down = ["pagedown", "C-f", "C-d"]
page-up = ["pageup", "C-b", "C-u"]
previous-day = ["left", "h", "р"]
next-day = ["right", "l", "д"]
remove-substitute = ["delete", "x", "ч"]

[help]
scroll-down = ["down", "j", "о", "C-e"]
scroll-up = ["up", "k", "л", "C-y"]
page-down = ["pagedown", "space", "C-f", "C-d"]
page-up = ["pageup", "C-b", "C-u"]
"""#

    static let emacsText = #"""
# journal — Emacs-style keys: C-n / C-p / C-f / C-b, C-v / M-v, C-a / C-e,
# M-< / M->, C-x C-c to quit. Control keys do not depend on the keyboard layout;
# the few plain letters are bound in both layouts.
#
# Only what differs from default.toml is here: the program reads default.toml
# first and then this file, the way it reads your own keymap.toml on top of a
# preset. A line replaces all the keys of its action; the actions not named
# keep their keys from default.toml. See default.toml for the key names.

[app]
quit = ["C-x C-c", "F10"]
help = ["F1"]
back = ["esc", "C-g"]

[edit]
move-left = ["left", "C-b"]
move-right = ["right", "C-f"]
clear-field = ["C-u", "C-k"]

[login]
next-field = ["tab", "down", "C-n"]
previous-field = ["S-Tab", "up", "C-p"]

[picker]
move-down = ["down", "C-n"]
move-up = ["up", "C-p"]
page-down = ["pagedown", "C-v"]
page-up = ["pageup", "M-v"]
first-item = ["home", "M-<"]
last-item = ["end", "M->"]
choose = ["enter"]
filter = ["C-s"]

[grid]
move-down = ["down", "enter", "C-n"]
move-up = ["up", "C-p"]
move-left = ["left", "C-b"]
move-right = ["right", "C-f"]
page-down = ["pagedown", "C-v"]
page-up = ["pageup", "M-v"]
first-column = ["home", "C-a"]
last-column = ["end", "C-e"]
first-row = ["M-<"]
last-row = ["M->"]
toggle-entry-direction = ["F6", "C-t"]
show-history = ["F2", "M-h", "M-р"]
show-forecast = ["F3", "M-f", "M-а"]
edit-comment = ["F5", "M-;"]

[mark]
clear = ["delete", "backspace", "C-d"]

[attendance]
move-down = ["down", "C-n"]
move-up = ["up", "C-p"]
next-lesson = ["right", "C-f"]
previous-lesson = ["left", "C-b"]
clear = ["delete", "backspace", "C-d"]

[form]
next-field = ["tab", "down", "C-n"]
previous-field = ["S-Tab", "up", "C-p"]

[substitution]
move-down = ["down", "C-n"]
move-up = ["up", "C-p"]
page-down = ["pagedown", "C-v"]
page-up = ["pageup", "M-v"]
previous-day = ["left", "C-b"]
next-day = ["right", "C-f"]
remove-substitute = ["delete", "C-d"]

[help]
close = ["esc", "q", "й", "F1", "C-g"]
scroll-down = ["down", "C-n"]
scroll-up = ["up", "C-p"]
page-down = ["pagedown", "C-v", "space"]
page-up = ["pageup", "M-v"]
top = ["home", "M-<"]
bottom = ["end", "M->"]
"""#
}
