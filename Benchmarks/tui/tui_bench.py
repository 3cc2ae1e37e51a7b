#!/usr/bin/env python3
"""The terminal-dependent figures of issue 5 on the real `journal` binary, in a pty opened here.

Figures: start to the login frame; bytes written for one cursor move / one mark; a whole lesson
(attendance + 30 marks) in bytes and CPU time, typed at a person's pace and again as a script
types (each key as soon as the last answer arrived); VmHWM with the large school open in the grid.
Usage: tui_bench.py JOURNAL SCHOOL.sqlite [--starts N] [--moves N]
The school is copied first (marks are written to the copy). Today is fixed: JOURNAL_NOW=2026-11-23, TZ=UTC.
"""
import argparse, fcntl, os, pty, select, shutil, signal, statistics, struct, sys, tempfile, termios, time

ENV = {"LANG": "ru_RU.UTF-8", "TERM": "tmux-256color", "XDG_CONFIG_HOME": "/nonexistent",
       "JOURNAL_NOW": "2026-11-23", "TZ": "UTC", "PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}
KEYS = {"Down": b"\x1bOB", "Right": b"\x1bOC", "Up": b"\x1bOA", "Enter": b"\r", "Tab": b"\t", "Esc": b"\x1b",
        "F5": b"\x1b[15~", "F8": b"\x1b[19~", "F10": b"\x1b[21~", "BSpace": b"\x7f"}
TICKS = os.sysconf("SC_CLK_TCK")


class Session:
    def __init__(self, journal, db, width=100, height=30):
        self.started = time.monotonic()
        pid, fd = pty.fork()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
            os.execve(journal, [journal, "--db", db], ENV)
        self.pid, self.fd = pid, fd
        self.output = bytearray()

    def read(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return 0
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            return -1
        self.output += data
        return len(data)

    def wait_for(self, text, timeout=20):
        needle = text.encode()
        deadline = time.monotonic() + timeout
        while needle not in self.output:
            if time.monotonic() > deadline:
                raise RuntimeError(f"timed out waiting for {text!r}; last output: {bytes(self.output[-400:])!r}")
            if self.read(0.5) < 0:
                raise RuntimeError(f"the program ended while waiting for {text!r}")
        return time.monotonic()

    def drain(self, quiet=0.08):
        """Bytes written until the program has been silent for `quiet` seconds."""
        before = len(self.output)
        while self.read(quiet) > 0:
            pass
        return len(self.output) - before

    def send(self, key):
        os.write(self.fd, KEYS.get(key, key.encode()) if isinstance(key, str) else key)

    def key(self, key, quiet=0.08):
        """Sends a key and returns the bytes the program wrote in answer."""
        self.drain(0.02)
        self.send(key)
        return self.drain(quiet)

    def key_at_once(self, key, quiet=None):
        """Sends a key, waits for the first byte of the answer and 2 ms of silence after it, as a
        script typing through tmux would; returns the bytes written."""
        before = len(self.output)
        self.send(key)
        while len(self.output) == before:
            if self.read(5) < 0:
                break
        self.drain(0.002)
        return len(self.output) - before

    def cpu_ms(self):
        """CPU time in ms, in nanoseconds' precision: the first field of each thread's schedstat
        (time on a CPU), summed over the live threads."""
        total = 0
        for task in os.listdir(f"/proc/{self.pid}/task"):
            try:
                total += int(open(f"/proc/{self.pid}/task/{task}/schedstat").read().split()[0])
            except (FileNotFoundError, ProcessLookupError):
                pass  # the thread ended meanwhile
        return total / 1e6

    def tick_cpu_ms(self):
        """utime + stime of /proc/PID/stat in 10 ms ticks (exited threads included): a cross-check."""
        fields = open(f"/proc/{self.pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000 / TICKS

    def minor_faults(self):
        """Minor page faults of the process so far (field 10 of /proc/PID/stat)."""
        fields = open(f"/proc/{self.pid}/stat").read().rsplit(")", 1)[1].split()
        return int(fields[7])

    def status(self, field):
        for line in open(f"/proc/{self.pid}/status"):
            if line.startswith(field + ":"):
                return int(line.split()[1])
        return -1

    def log_in(self):
        self.wait_for("Вход в электронный журнал")
        for key in ["teacher", "Tab", "demo2026", "Enter"]:
            self.send(key)
        self.wait_for("Здравствуйте")
        self.drain(0.3)

    def close(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def summary(values, unit):
    values = sorted(values)
    def pct(p):
        return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]
    return (f"median {statistics.median(values):.1f} {unit}, p95 {pct(95):.1f}, p99 {pct(99):.1f}, "
            f"max {values[-1]:.1f}, n = {len(values)}")


def whole_lesson(session, key):
    """F5, н н о п, F8, Enter and 30 marks, each key sent with `key(name, quiet)`: bytes and CPU of each part."""
    cpu_before, ticks_before, bytes_before = session.cpu_ms(), session.tick_cpu_ms(), len(session.output)
    faults_before = session.minor_faults()
    sheet_bytes = key("F5", 0.3)
    cpu_sheet = session.cpu_ms()
    codes_bytes = sum(key(name) for name in ["н", "н", "о", "п", "F8"])
    cpu_codes = session.cpu_ms()
    grid_bytes = key("Enter", 0.3)  # the sheet's Enter opens the lesson's gradebook
    cpu_grid = session.cpu_ms()
    marks, mark_cpu = [], []
    for index in range(30):
        before = session.cpu_ms()
        marks.append(key("5432"[index % 4], 0.15))
        mark_cpu.append(session.cpu_ms() - before)
    session.drain(0.3)
    cpu_after = session.cpu_ms()
    return {"sheet_bytes": sheet_bytes, "sheet_cpu": cpu_sheet - cpu_before,
            "codes_bytes": codes_bytes, "codes_cpu": cpu_codes - cpu_sheet,
            "grid_bytes": grid_bytes, "grid_cpu": cpu_grid - cpu_codes,
            "marks": marks, "mark_cpu": mark_cpu, "marks_cpu": cpu_after - cpu_grid,
            "bytes": len(session.output) - bytes_before, "cpu": cpu_after - cpu_before,
            "ticks": session.tick_cpu_ms() - ticks_before, "faults": session.minor_faults() - faults_before}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("journal")
    parser.add_argument("school")
    parser.add_argument("--starts", type=int, default=50)
    parser.add_argument("--moves", type=int, default=60)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="journal-tui-bench-")
    try:
        db = os.path.join(work, "school.sqlite")
        shutil.copyfile(args.school, db)
        print(f"Load average: {open('/proc/loadavg').read().strip()}")

        # 1. Spawn to the login frame drawn.
        starts = []
        for _ in range(args.starts):
            session = Session(args.journal, db)
            done = session.wait_for("Вход в электронный журнал")
            starts.append((done - session.started) * 1000)
            session.close()
        print(f"| start to the login frame (spawn in a pty to its text written) | ≤ 150 ms | {summary(starts, 'ms')} |")

        # 3 and 6. Bytes of one cursor move and one mark; VmHWM with the grid open.
        session = Session(args.journal, db)
        session.log_in()
        session.send("Enter")
        session.wait_for("ввод: ↓")
        session.drain(0.3)
        hwm_open = session.status("VmHWM")
        moves = []
        for index in range(args.moves):
            moves.append(session.key("Down" if (index // 20) % 2 == 0 else "Up"))
        print(f"| bytes written for one cursor move (Down/Up in the grid) | ≤ 64 | {summary(moves, 'B')} |")
        session.close()
        print(f"| VmHWM of the process with the large school open in the grid (just opened) | ≤ 60 MB | VmHWM {hwm_open / 1024:.1f} MiB |")

        # 5. A whole lesson, on a fresh process: attendance (2 absent, 1 late, the rest present), then 30 marks,
        # at a person's pace (the program silent for 80 ms after a key, 150 ms after a mark).
        session = Session(args.journal, db)
        session.log_in()
        lesson = whole_lesson(session, session.key)
        hwm = session.status("VmHWM")
        screen_tail = bytes(session.output[-3000:]).decode("utf-8", "replace")
        session.close()
        print(f"  parts: opening the sheet (F5) {lesson['sheet_bytes']} B / {lesson['sheet_cpu']:.1f} ms CPU; "
              f"codes and F8 {lesson['codes_bytes']} B / {lesson['codes_cpu']:.1f} ms; "
              f"opening the grid (Enter) {lesson['grid_bytes']} B / {lesson['grid_cpu']:.1f} ms; "
              f"30 marks {sum(lesson['marks'])} B / {lesson['marks_cpu']:.1f} ms")
        print(f"| one mark entered (digit in the grid, saved, cursor down) | ≤ 160 | {summary(lesson['marks'], 'B')} |")
        print(f"  CPU of one mark in the real program: {summary(lesson['mark_cpu'], 'ms')}")
        print(f"| a whole lesson after login (F5, н н о п F8, Enter, 30 marks): bytes / CPU | ≤ 4 KiB / ≤ 60 ms | "
              f"{lesson['bytes']} B / {lesson['cpu']:.1f} ms CPU (utime+stime {lesson['ticks']:.0f} ms; "
              f"attendance keys {lesson['sheet_bytes'] + lesson['codes_bytes']} B, marks {sum(lesson['marks'])} B; "
              f"{lesson['faults']} minor page faults); VmHWM {hwm / 1024:.1f} MiB |")
        if "Сохранено" not in screen_tail:
            print("WARNING: no 'Сохранено' in the last frame")

        # 5b. The same lesson with each key sent as soon as the last one's answer has been drawn, as a
        # script types through tmux: the same work, but never after an idle pause (fresh copies, 5 runs).
        scripted = []
        for run in range(5):
            copy = os.path.join(work, f"scripted-{run}.sqlite")
            shutil.copyfile(args.school, copy)
            session = Session(args.journal, copy)
            session.log_in()
            scripted.append(whole_lesson(session, session.key_at_once))
            session.close()
        print(f"| the same lesson, keys sent as soon as the last answer arrived: bytes / CPU | ≤ 4 KiB / ≤ 60 ms | "
              f"{scripted[0]['bytes']} B / CPU {summary([run['cpu'] for run in scripted], 'ms')} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
