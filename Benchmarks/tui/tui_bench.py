#!/usr/bin/env python3
"""The terminal-dependent figures of issue 5 on the real `journal` binary, in a pty opened here.

Figures: start to the login frame; bytes written for one cursor move / one mark; a whole lesson
(attendance + 30 marks) in bytes and CPU time; VmHWM with the large school open in the grid.
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

        # 5. A whole lesson, on a fresh process: attendance (2 absent, 1 late, the rest present), then 30 marks.
        session = Session(args.journal, db)
        session.log_in()
        cpu_before, ticks_before, bytes_before = session.cpu_ms(), session.tick_cpu_ms(), len(session.output)
        faults_before = session.minor_faults()
        attendance = [session.key("F5", 0.3)]
        cpu_sheet = session.cpu_ms()
        for key in ["н", "н", "о", "п", "F8"]:
            attendance.append(session.key(key))
        cpu_codes = session.cpu_ms()
        grid_bytes = session.key("Enter", 0.3)  # the sheet's Enter opens the lesson's gradebook
        cpu_grid = session.cpu_ms()
        marks, mark_cpu = [], []
        for index in range(30):
            before = session.cpu_ms()
            marks.append(session.key("5432"[index % 4], 0.15))
            mark_cpu.append(session.cpu_ms() - before)
        session.drain(0.3)
        cpu_after, ticks_after, written = session.cpu_ms(), session.tick_cpu_ms(), len(session.output) - bytes_before
        faults = session.minor_faults() - faults_before
        print(f"  parts: opening the sheet (F5) {attendance[0]} B / {cpu_sheet - cpu_before:.1f} ms CPU; "
              f"codes and F8 {sum(attendance[1:6])} B / {cpu_codes - cpu_sheet:.1f} ms; "
              f"opening the grid (Enter) {grid_bytes} B / {cpu_grid - cpu_codes:.1f} ms; 30 marks {sum(marks)} B / {cpu_after - cpu_grid:.1f} ms")
        hwm = session.status("VmHWM")
        screen_tail = bytes(session.output[-3000:]).decode("utf-8", "replace")
        print(f"| one mark entered (digit in the grid, saved, cursor down) | ≤ 160 | {summary(marks, 'B')} |")
        print(f"  CPU of one mark in the real program: {summary(mark_cpu, 'ms')}")
        print(f"| a whole lesson after login (F5, н н о п F8, Enter, 30 marks): bytes / CPU | ≤ 4 KiB / ≤ 60 ms | "
              f"{written} B / {cpu_after - cpu_before:.1f} ms CPU (utime+stime {ticks_after - ticks_before:.0f} ms; "
              f"attendance keys {sum(attendance)} B, marks {sum(marks)} B; {faults} minor page faults); "
              f"VmHWM {hwm / 1024:.1f} MiB |")
        if "Сохранено" not in screen_tail:
            print("WARNING: no 'Сохранено' in the last frame")
        session.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
