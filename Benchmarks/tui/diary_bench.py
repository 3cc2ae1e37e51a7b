#!/usr/bin/env python3
"""The diary's terminal figures (issue 14) on the real `journal` binary, in a pty opened here.

Figures: bytes written from the login's Enter to the diary's week drawn (the whole first frame),
for the demo student and the demo parent; bytes of one week paged (PageUp) and of the marks page (F6).
Usage: diary_bench.py JOURNAL SCHOOL.sqlite [--runs N]
The school is copied first (logins write the access log). Today is fixed: JOURNAL_NOW=2026-11-23, TZ=UTC.
"""
import argparse, os, shutil, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tui_bench import Session, summary  # noqa: E402

KEYS = {"PageUp": b"\x1b[5~", "F6": b"\x1b[17~"}


def opening(journal, db, login, width, height):
    """Logs in; returns the bytes written after Enter until the week is drawn and the program is quiet."""
    session = Session(journal, db, width, height)
    try:
        session.wait_for("Вход в электронный журнал")
        session.drain(0.3)
        for key in [login, "Tab", "demo2026"]:
            session.send(key)
        session.drain(0.3)
        before = len(session.output)
        session.send("Enter")
        session.wait_for("Неделя")
        session.drain(0.3)
        opened = len(session.output) - before
        week = session.key(KEYS["PageUp"], 0.3)
        marks = session.key(KEYS["F6"], 0.3)
        return opened, week, marks
    finally:
        session.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("journal")
    parser.add_argument("school")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="journal-diary-bench-")
    try:
        db = os.path.join(work, "school.sqlite")
        shutil.copyfile(args.school, db)
        print(f"Load average: {open('/proc/loadavg').read().strip()}")
        for login in ["student", "parent"]:
            for width, height in [(80, 24), (100, 30)]:
                runs = [opening(args.journal, db, login, width, height) for _ in range(args.runs)]
                print(f"| {login}, {width}×{height}: bytes written from the login's Enter to the diary's week drawn | ≤ 4 KiB | "
                      f"{summary([r[0] for r in runs], 'B')} |")
                print(f"  then one week paged (PageUp): {summary([r[1] for r in runs], 'B')}; "
                      f"the marks page (F6): {summary([r[2] for r in runs], 'B')}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
