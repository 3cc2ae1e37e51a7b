#!/usr/bin/env python3
"""Fault tests of the terminal program itself (the real `journal` binary in a pty or tmux).

  tui_faults.py JOURNAL SCHOOL.sqlite crash --kills N   SIGKILL at random moments while marks are typed
  tui_faults.py JOURNAL SCHOOL.sqlite disconnect        tmux kill-session (SIGHUP) in the middle of entry
  tui_faults.py JOURNAL SCHOOL.sqlite two-sessions      two sessions, same teacher, same cell
  tui_faults.py JOURNAL SCHOOL.sqlite bad-files         truncated / corrupted / newer-schema files
  tui_faults.py JOURNAL SCHOOL.sqlite all [--kills N]

SCHOOL is a demo school (`journal demo --size small`); it is copied, never written. Today is fixed
by JOURNAL_NOW=2026-11-23 (TZ=UTC). Exit status 0 when every check passed.
"""
import argparse, os, random, re, shutil, signal, sqlite3, subprocess, sys, tempfile, threading, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tui_bench import ENV, Session  # noqa: E402

FAILURES = []
GRID_READY = "ввод: ↓"
STALE = "Запись уже изменена в другом сеансе"


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message, flush=True)
    if not condition:
        FAILURES.append(message)


def teacher_marks(db):
    """Marks the demo teacher created (log entries of creation), and the active ones among them."""
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = connection.execute("""
            SELECT m.id, m.state FROM mark m JOIN operation_log l ON l.target_id = m.id AND l.field IS NULL
            JOIN account a ON a.id = l.actor_id WHERE a.login = 'teacher'""").fetchall()
    finally:
        connection.close()
    return len(rows), sum(1 for _, state in rows if state == "active")


def verify(journal, db):
    outcome = subprocess.run([journal, "verify", "--db", db], env=ENV, capture_output=True, text=True, timeout=300)
    return outcome.returncode == 0, (outcome.stdout + outcome.stderr).strip()


def open_grid(session):
    session.log_in()
    session.send("Enter")
    session.wait_for(GRID_READY)
    session.drain(0.1)


def crash(journal, school, work, kills, seed):
    """Types marks (each waited for on screen), kills with SIGKILL at a random moment, verifies."""
    db = os.path.join(work, "crash.sqlite")
    shutil.copyfile(school, db)
    random.seed(seed)
    confirmed_total, before_open = 0, 0
    failures = 0
    for round_ in range(kills):
        created_before, _ = teacher_marks(db)
        session = Session(journal, db)
        # The kill comes at a random moment 0–2.5 s after the start: while opening, logging in or typing.
        killer = threading.Timer(random.uniform(0, 2.5), lambda pid=session.pid: os.kill(pid, signal.SIGKILL))
        killer.start()
        confirmed = 0
        seen_saved = False
        try:
            open_grid(session)
            while True:
                digit = random.choice("2345")
                start = len(session.output)
                session.send(digit)
                # Confirmed: the program drew a frame after the key (it saves before it draws) and that
                # frame either says "Сохранено." or leaves the status line (row 30) alone, which
                # then still says "Сохранено." from the mark before; a refusal rewrites row 30.
                if session.read(0.5) < 0:
                    raise RuntimeError("killed")
                while (count := session.read(0.02)) > 0:
                    pass
                if count < 0:
                    raise RuntimeError("killed")
                written = bytes(session.output[start:])
                saved = "Сохранено".encode() in written
                status_changed = b"\x1b[30d" in written or b"\x1b[30;" in written
                if written and (saved or not status_changed) and (seen_saved or saved):
                    confirmed += 1
                seen_saved = seen_saved or saved
                if random.random() < 0.1:
                    session.send("Up")  # wander a little; entering moves down
        except (RuntimeError, OSError):
            pass
        killer.join()
        if confirmed == 0:
            before_open += 1
        session.close()
        created_after, _ = teacher_marks(db)
        passed, message = verify(journal, db)
        confirmed_total += confirmed
        if not passed or created_after - created_before < confirmed:
            failures += 1
            check(False, f"crash round {round_ + 1}: verify {'passed' if passed else 'FAILED: ' + message}; "
                         f"{confirmed} confirmed, {created_after - created_before} in the database")
    check(failures == 0, f"crash: {kills} SIGKILLs (0–2.5 s after start; {before_open} before any mark was confirmed), "
                        f"{confirmed_total} marks confirmed on screen, all in the database; journal verify passed after each")


def disconnect(journal, school, work):
    """tmux kill-session in the middle of entering marks: the process ends, nothing confirmed is lost."""
    db = os.path.join(work, "hup.sqlite")
    shutil.copyfile(school, db)
    name = f"journal-hup-{os.getpid()}"
    env_prefix = " ".join(f"{k}={v}" for k, v in ENV.items() if k != "PATH")
    subprocess.run(["tmux", "new-session", "-d", "-s", name, "-x", "100", "-y", "30",
                    f"env {env_prefix} {journal} --db {db}"], check=True)
    def screen():
        return subprocess.run(["tmux", "capture-pane", "-p", "-t", name], capture_output=True, text=True).stdout
    def wait(text, timeout=20):
        deadline = time.monotonic() + timeout
        while text not in screen():
            if time.monotonic() > deadline:
                raise RuntimeError(f"tmux: no {text!r}")
            time.sleep(0.05)
    pid = int(subprocess.run(["tmux", "list-panes", "-t", name, "-F", "#{pane_pid}"], capture_output=True, text=True).stdout.split()[0])
    wait("Вход в электронный журнал")
    subprocess.run(["tmux", "send-keys", "-t", name, "-l", "teacher"])
    subprocess.run(["tmux", "send-keys", "-t", name, "Tab"])
    subprocess.run(["tmux", "send-keys", "-t", name, "-l", "demo2026"])
    subprocess.run(["tmux", "send-keys", "-t", name, "Enter"])
    wait("Здравствуйте")
    subprocess.run(["tmux", "send-keys", "-t", name, "Enter"])
    wait(GRID_READY)
    created_before, _ = teacher_marks(db)
    for digit in "5432":
        subprocess.run(["tmux", "send-keys", "-t", name, "-l", digit])
        time.sleep(0.15)
    wait("Сохранено.")
    confirmed = 4  # each waited for; the status line says saved
    # In the middle of an entry: the first letter of a two-letter attendance code typed, then hang up.
    subprocess.run(["tmux", "send-keys", "-t", name, "-l", "о"])
    subprocess.run(["tmux", "kill-session", "-t", name])
    deadline = time.monotonic() + 5
    while os.path.exists(f"/proc/{pid}") and time.monotonic() < deadline:
        time.sleep(0.05)
    gone = not os.path.exists(f"/proc/{pid}") or open(f"/proc/{pid}/stat").read().split()[2] == "Z"
    created_after, _ = teacher_marks(db)
    passed, message = verify(journal, db)
    check(gone, f"disconnect: the process {pid} ended within 5 s of tmux kill-session")
    if not gone:
        os.kill(pid, signal.SIGKILL)
    check(created_after - created_before >= confirmed,
          f"disconnect: {confirmed} marks confirmed before the hang-up, {created_after - created_before} in the database")
    check(passed, "disconnect: journal verify passed" + ("" if passed else ": " + message))


def two_sessions(journal, school, work):
    """Two sessions of the same teacher on the same cell: the second is refused, not silently applied."""
    db = os.path.join(work, "two.sqlite")
    shutil.copyfile(school, db)
    first, second = Session(journal, db), Session(journal, db)
    try:
        open_grid(first)
        open_grid(second)
        refused = False
        for attempt in range(5):
            # Both show the same cell; the first saves a mark, the second at once types into the cell it drew.
            start = len(first.output)
            first.send("5")
            first.wait_for("Сохранено") if attempt == 0 else first.drain(0.1)
            mark = len(second.output)
            second.send("4")
            second.drain(0.2)
            written = bytes(second.output[mark:]).decode("utf-8", "replace")
            if STALE in written:
                refused = True
                break
            # A tick of the second session reloaded between the two keys (it then drew the 5 first):
            # move both down and try again on the next cell.
            first.key("Up", 0.05); first.key("Down", 0.05)
        check(refused, "two sessions: the second session's mark on a cell changed since it was drawn is refused with "
                       f"\"{STALE}…\"")
        created, active = teacher_marks(db)
        check(created == active, f"two sessions: no mark lost or overwritten ({created} created, {active} active)")
    finally:
        first.close()
        second.close()
    passed, message = verify(journal, db)
    check(passed, "two sessions: journal verify passed" + ("" if passed else ": " + message))


def run_tui(journal, db, timeout=20):
    """Runs the TUI on a bad file in a pty: its exit status (or signal) and everything it wrote."""
    session = Session(journal, db)
    deadline = time.monotonic() + timeout
    status = None
    while time.monotonic() < deadline:
        session.read(0.1)
        pid, raw = os.waitpid(session.pid, os.WNOHANG)
        if pid:
            status = raw
            while session.read(0.05) > 0:
                pass
            break
    text = bytes(session.output).decode("utf-8", "replace")
    if status is None:
        os.kill(session.pid, signal.SIGKILL)
        os.waitpid(session.pid, 0)
    os.close(session.fd)
    return status, text


def bad_files(journal, school, work):
    cases = {}
    truncated = os.path.join(work, "truncated.sqlite")
    shutil.copyfile(school, truncated)
    os.truncate(truncated, os.path.getsize(truncated) // 2)
    cases["truncated"] = (truncated, "повреждён")
    header = os.path.join(work, "header.sqlite")
    shutil.copyfile(school, header)
    with open(header, "r+b") as file:
        file.write(os.urandom(100))
    cases["corrupted header"] = (header, "повреждён")
    newer = os.path.join(work, "newer.sqlite")
    shutil.copyfile(school, newer)
    connection = sqlite3.connect(newer)
    connection.execute("INSERT INTO grdb_migrations (identifier) VALUES ('v999-from-the-future')")
    connection.commit()
    connection.close()
    cases["newer schema"] = (newer, "более новой версией")
    text_file = os.path.join(work, "notes.sqlite")
    with open(text_file, "w") as file:
        file.write("not a database\n" * 1000)
    cases["not a database"] = (text_file, "повреждён")
    for name, (path, expected) in cases.items():
        status, text = run_tui(journal, path)
        exited = status is not None and os.WIFEXITED(status)
        code = os.WEXITSTATUS(status) if exited else None
        clean = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>()][0-9A-B]?", "", text)
        check(exited and code != 0 and expected in clean and "Fatal error" not in clean,
              f"bad file ({name}): exit {code if exited else 'signal/none: ' + str(status)}, message: "
              f"{' '.join(clean.split())[:160]!r}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("journal")
    parser.add_argument("school")
    parser.add_argument("test", choices=["crash", "disconnect", "two-sessions", "bad-files", "all"])
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    journal = os.path.abspath(args.journal)
    work = tempfile.mkdtemp(prefix="journal-tui-faults-")
    try:
        if args.test in ("bad-files", "all"):
            bad_files(journal, args.school, work)
        if args.test in ("two-sessions", "all"):
            two_sessions(journal, args.school, work)
        if args.test in ("disconnect", "all"):
            disconnect(journal, args.school, work)
        if args.test in ("crash", "all"):
            crash(journal, args.school, work, args.kills, args.seed)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{len(FAILURES)} failed" if FAILURES else "all passed")
    sys.exit(1 if FAILURES else 0)


if __name__ == "__main__":
    main()
