#!/usr/bin/env python3
"""What one durable save costs SQLite itself on this machine, without the journal's code.

On a copy of a school, each save is BEGIN IMMEDIATE, a mark row, its log row (with a hash),
COMMIT; the CPU time of the thread (user and kernel, `time.thread_time_ns`) is measured per save,
with the given pause before each one, to show how much a pause between keys costs by itself.
Usage: save_floor.py SCHOOL.sqlite [--sync FULL|NORMAL] [--pause SECONDS] [--saves N]
The school is copied first; the copy is removed afterwards.
"""
import argparse, hashlib, os, shutil, sqlite3, statistics, tempfile, time, uuid


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("school")
    parser.add_argument("--sync", default="FULL", choices=["FULL", "NORMAL"])
    parser.add_argument("--pause", type=float, default=0.0)
    parser.add_argument("--saves", type=int, default=60)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="journal-save-floor-")
    try:
        copy = os.path.join(work, "school.sqlite")
        shutil.copyfile(args.school, copy)
        connection = sqlite3.connect(copy, isolation_level=None)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute(f"PRAGMA synchronous = {args.sync}")
        lesson, student = connection.execute("SELECT lesson_id, student_id FROM mark LIMIT 1").fetchone()
        (previous_hash,) = connection.execute("SELECT hash FROM operation_log ORDER BY seq DESC LIMIT 1").fetchone()
        costs = []
        for _ in range(args.saves):
            time.sleep(args.pause)
            started = time.thread_time_ns()
            connection.execute("BEGIN IMMEDIATE")
            mark_id = str(uuid.uuid4())
            connection.execute("INSERT INTO mark (id, lesson_id, student_id, value, work_kind, weight) VALUES (?, ?, ?, '5', 'classwork', 1)",
                               (mark_id, lesson, student))
            entry_hash = hashlib.sha256((previous_hash + mark_id).encode()).hexdigest()
            connection.execute("""INSERT INTO operation_log (entry_id, operation_id, actor_id, replica_id, at, target_table,
                                  target_id, new_value, prev_hash, hash) VALUES (?, ?, 'a', 'r', '2026-11-23T10:00:00.000Z', 'mark', ?, '{"value":"5"}', ?, ?)""",
                               (str(uuid.uuid4()), str(uuid.uuid4()), mark_id, previous_hash, entry_hash))
            connection.execute("COMMIT")
            costs.append((time.thread_time_ns() - started) / 1e6)
            previous_hash = entry_hash
        connection.close()
        costs.sort()
        print(f"synchronous = {args.sync}, {args.pause * 1000:.0f} ms before each save: CPU per save median "
              f"{statistics.median(costs):.3f} ms, p95 {costs[int(0.95 * (len(costs) - 1))]:.3f} ms, n = {len(costs)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
