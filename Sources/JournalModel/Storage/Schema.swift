import GRDB

/// The database schema, as versioned migrations. Later features add migrations; they never edit one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: createVersion1)
        migrator.registerMigration("v2", migrate: createVersion2)
        migrator.registerMigration("v3", migrate: createVersion3)
        migrator.registerMigration("v4", migrate: createVersion4)
        migrator.registerMigration("v5", migrate: createVersion5)
        migrator.registerMigration("v6", migrate: createVersion6)
        migrator.registerMigration("v7", migrate: createVersion7)
        return migrator
    }

    /// Journal tables: every row is created and changed only through the operation log, so each
    /// table's rows can be checked against it. Their order is the order of creation in the schema.
    static let journalTables = [
        "school_year", "period", "person", "school_class", "subject", "subgroup", "enrollment",
        "subgroup_membership", "movement", "guardian", "workload", "bell", "timetable_entry",
        "lesson", "mark", "attendance", "final_mark", "setting",
        "plan_topic",
    ]

    private static func createVersion1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);

            CREATE TABLE school_year (
                id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,
                starts_on TEXT NOT NULL, ends_on TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'active');

            CREATE TABLE period (
                id TEXT PRIMARY KEY NOT NULL, year_id TEXT NOT NULL REFERENCES school_year(id),
                kind TEXT NOT NULL, number INTEGER NOT NULL, name TEXT NOT NULL,
                starts_on TEXT NOT NULL, ends_on TEXT NOT NULL, closed INTEGER NOT NULL DEFAULT 0,
                state TEXT NOT NULL DEFAULT 'active');

            CREATE TABLE person (
                id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL,
                last_name TEXT NOT NULL, first_name TEXT NOT NULL, patronymic TEXT NOT NULL DEFAULT '',
                sex TEXT, birth_date TEXT, position TEXT, phone TEXT, email TEXT,
                state TEXT NOT NULL DEFAULT 'active');

            CREATE TABLE school_class (
                id TEXT PRIMARY KEY NOT NULL, year_id TEXT NOT NULL REFERENCES school_year(id),
                grade INTEGER NOT NULL, letter TEXT NOT NULL, no_marks INTEGER NOT NULL DEFAULT 0,
                class_teacher_id TEXT REFERENCES person(id),
                state TEXT NOT NULL DEFAULT 'active');

            CREATE TABLE subject (
                id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, short_name TEXT NOT NULL,
                scale TEXT NOT NULL DEFAULT 'five', state TEXT NOT NULL DEFAULT 'active');

            CREATE TABLE subgroup (
                id TEXT PRIMARY KEY NOT NULL, class_id TEXT NOT NULL REFERENCES school_class(id),
                subject_id TEXT NOT NULL REFERENCES subject(id), name TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'active');

            CREATE TABLE enrollment (
                id TEXT PRIMARY KEY NOT NULL, student_id TEXT NOT NULL REFERENCES person(id),
                class_id TEXT NOT NULL REFERENCES school_class(id),
                starts_on TEXT NOT NULL, ends_on TEXT, state TEXT NOT NULL DEFAULT 'active');
            CREATE INDEX enrollment_by_class ON enrollment(class_id);
            CREATE INDEX enrollment_by_student ON enrollment(student_id);

            CREATE TABLE subgroup_membership (
                id TEXT PRIMARY KEY NOT NULL, subgroup_id TEXT NOT NULL REFERENCES subgroup(id),
                student_id TEXT NOT NULL REFERENCES person(id),
                starts_on TEXT NOT NULL, ends_on TEXT, state TEXT NOT NULL DEFAULT 'active');
            CREATE INDEX subgroup_membership_by_subgroup ON subgroup_membership(subgroup_id);
            CREATE INDEX subgroup_membership_by_student ON subgroup_membership(student_id);

            CREATE TABLE movement (
                id TEXT PRIMARY KEY NOT NULL, student_id TEXT NOT NULL REFERENCES person(id),
                kind TEXT NOT NULL, on_date TEXT NOT NULL,
                from_class_id TEXT REFERENCES school_class(id), to_class_id TEXT REFERENCES school_class(id),
                note TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'active');
            CREATE INDEX movement_by_student ON movement(student_id);

            CREATE TABLE guardian (
                id TEXT PRIMARY KEY NOT NULL, parent_id TEXT NOT NULL REFERENCES person(id),
                student_id TEXT NOT NULL REFERENCES person(id), relation TEXT NOT NULL DEFAULT '',
                consent INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT 'active');
            CREATE INDEX guardian_by_parent ON guardian(parent_id);
            CREATE INDEX guardian_by_student ON guardian(student_id);

            CREATE TABLE workload (
                id TEXT PRIMARY KEY NOT NULL, teacher_id TEXT NOT NULL REFERENCES person(id),
                subject_id TEXT NOT NULL REFERENCES subject(id),
                class_id TEXT NOT NULL REFERENCES school_class(id), subgroup_id TEXT REFERENCES subgroup(id),
                hours_per_week REAL NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT 'active');
            CREATE INDEX workload_by_teacher ON workload(teacher_id);
            CREATE INDEX workload_by_class ON workload(class_id);

            CREATE TABLE bell (
                id TEXT PRIMARY KEY NOT NULL, slot INTEGER NOT NULL,
                starts_at TEXT NOT NULL, ends_at TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'active');

            CREATE TABLE timetable_entry (
                id TEXT PRIMARY KEY NOT NULL, year_id TEXT NOT NULL REFERENCES school_year(id),
                weekday INTEGER NOT NULL, slot INTEGER NOT NULL,
                class_id TEXT NOT NULL REFERENCES school_class(id), subject_id TEXT NOT NULL REFERENCES subject(id),
                subgroup_id TEXT REFERENCES subgroup(id), teacher_id TEXT NOT NULL REFERENCES person(id),
                room TEXT NOT NULL DEFAULT '', valid_from TEXT NOT NULL, valid_to TEXT,
                state TEXT NOT NULL DEFAULT 'active');
            CREATE INDEX timetable_by_class ON timetable_entry(class_id);
            CREATE INDEX timetable_by_teacher ON timetable_entry(teacher_id);

            CREATE TABLE lesson (
                id TEXT PRIMARY KEY NOT NULL, class_id TEXT NOT NULL REFERENCES school_class(id),
                subject_id TEXT NOT NULL REFERENCES subject(id), subgroup_id TEXT REFERENCES subgroup(id),
                teacher_id TEXT NOT NULL REFERENCES person(id), substitute_id TEXT REFERENCES person(id),
                on_date TEXT NOT NULL, slot INTEGER NOT NULL, topic TEXT NOT NULL DEFAULT '',
                work_kind TEXT NOT NULL DEFAULT 'classwork', homework TEXT NOT NULL DEFAULT '',
                held INTEGER NOT NULL DEFAULT 1, state TEXT NOT NULL DEFAULT 'active');
            CREATE INDEX lesson_by_class_subject ON lesson(class_id, subject_id, on_date);
            CREATE INDEX lesson_by_teacher ON lesson(teacher_id, on_date);

            CREATE TABLE mark (
                id TEXT PRIMARY KEY NOT NULL, lesson_id TEXT NOT NULL REFERENCES lesson(id),
                student_id TEXT NOT NULL REFERENCES person(id), value TEXT NOT NULL,
                work_kind TEXT NOT NULL, weight REAL NOT NULL, comment TEXT NOT NULL DEFAULT '',
                state TEXT NOT NULL DEFAULT 'active');
            CREATE INDEX mark_by_lesson ON mark(lesson_id);
            CREATE INDEX mark_by_student ON mark(student_id);

            CREATE TABLE attendance (
                id TEXT PRIMARY KEY NOT NULL, lesson_id TEXT NOT NULL REFERENCES lesson(id),
                student_id TEXT NOT NULL REFERENCES person(id), code TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'active');
            CREATE INDEX attendance_by_lesson ON attendance(lesson_id);
            CREATE INDEX attendance_by_student ON attendance(student_id);

            CREATE TABLE final_mark (
                id TEXT PRIMARY KEY NOT NULL, student_id TEXT NOT NULL REFERENCES person(id),
                subject_id TEXT NOT NULL REFERENCES subject(id), period_id TEXT NOT NULL REFERENCES period(id),
                kind TEXT NOT NULL, value TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'active');
            CREATE INDEX final_mark_by_student ON final_mark(student_id, subject_id);

            CREATE TABLE setting (
                id TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'active');

            CREATE TABLE account (
                id TEXT PRIMARY KEY NOT NULL, person_id TEXT REFERENCES person(id),
                login TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL,
                must_change_password INTEGER NOT NULL DEFAULT 1, roles TEXT NOT NULL,
                blocked INTEGER NOT NULL DEFAULT 0, failed_attempts INTEGER NOT NULL DEFAULT 0,
                locked_until TEXT, state TEXT NOT NULL DEFAULT 'active');

            CREATE TABLE operation_log (
                seq INTEGER PRIMARY KEY NOT NULL,
                entry_id TEXT NOT NULL UNIQUE, operation_id TEXT NOT NULL,
                actor_id TEXT NOT NULL, replica_id TEXT NOT NULL, at TEXT NOT NULL,
                target_table TEXT NOT NULL, target_id TEXT NOT NULL, field TEXT,
                old_value TEXT, new_value TEXT, reason TEXT NOT NULL DEFAULT '',
                prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
            CREATE INDEX operation_log_by_target ON operation_log(target_id);

            -- The log is append-only from the program's side; edits made around these triggers
            -- (with the sqlite3 tool) are caught by the hash chain.
            CREATE TRIGGER operation_log_no_update BEFORE UPDATE ON operation_log
                BEGIN SELECT RAISE(ABORT, 'operation_log is append-only'); END;
            CREATE TRIGGER operation_log_no_delete BEFORE DELETE ON operation_log
                BEGIN SELECT RAISE(ABORT, 'operation_log is append-only'); END;
            """)
    }

    /// Lessons and plans (issue 4): whether the register was confirmed, and the calendar-thematic plan.
    ///
    /// A column added to an existing journal table must have a default: rows created before it
    /// existed were logged without it, and `verify` accepts the default in their place.
    private static func createVersion2(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE lesson ADD COLUMN attendance_taken INTEGER NOT NULL DEFAULT 0;

            CREATE TABLE plan_topic (
                id TEXT PRIMARY KEY NOT NULL, subject_id TEXT NOT NULL REFERENCES subject(id),
                grade INTEGER NOT NULL, position INTEGER NOT NULL, number TEXT NOT NULL DEFAULT '',
                topic TEXT NOT NULL, hours INTEGER NOT NULL DEFAULT 1,
                state TEXT NOT NULL DEFAULT 'active');
            CREATE INDEX plan_topic_by_subject ON plan_topic(subject_id, grade);
            """)
    }

    /// A teacher's lessons of a day (the home screen, F5) are found by teacher or by substitute:
    /// without an index on the substitute, that `OR` read the whole lesson table, 20–50 ms on the
    /// large school. Only substituted lessons are indexed.
    private static func createVersion3(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX lesson_by_substitute ON lesson(substitute_id, on_date) WHERE substitute_id IS NOT NULL;
            """)
    }

    /// Every save of a mark or a code first reads the cell it changes (lesson and student) to
    /// refuse a stale edit. With an index on the lesson alone and one on the student, SQLite chose
    /// the student's (about a hundred marks a year) and sorted them: a tenth of a mark's CPU. The
    /// index on the lesson becomes one on the lesson and the student, which serves both reads.
    /// A class's lessons of a day or a week (the home screen, F5, the class week) were found by
    /// the class alone, a year of its lessons read for one day: indexed by class and date.
    private static func createVersion4(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX lesson_by_class_date ON lesson(class_id, on_date);
            DROP INDEX mark_by_lesson;
            CREATE INDEX mark_by_lesson_student ON mark(lesson_id, student_id);
            DROP INDEX attendance_by_lesson;
            CREATE INDEX attendance_by_lesson_student ON attendance(lesson_id, student_id);
            """)
    }

    /// The door of the journal: every login attempt, log-out and idle lock, append-only and
    /// hash-chained like the operation log (`verify` checks it); and when a password was set, so
    /// that temporary passwords expire. Accounts made before it have no such time and do not expire.
    private static func createVersion5(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE account ADD COLUMN password_set_at TEXT;

            CREATE TABLE access_log (
                seq INTEGER PRIMARY KEY NOT NULL, at TEXT NOT NULL, login TEXT NOT NULL,
                account_id TEXT, event TEXT NOT NULL, terminal TEXT NOT NULL,
                prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
            CREATE INDEX access_log_by_account ON access_log(account_id);
            CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
                BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
            CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
                BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
            """)
    }

    /// A mark takes its lesson's kind of work unless the teacher chose another for it: marks that
    /// took the lesson's are re-weighted when the lesson's kind changes, the others keep theirs.
    /// Marks made before this column existed took their lesson's kind (the only way there was).
    private static func createVersion6(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE mark ADD COLUMN kind_from_lesson INTEGER NOT NULL DEFAULT 1;")
    }

    /// The witnessed log: an entry may only be appended at the head (the next position, after the
    /// last hash), signed checkpoints are kept, and what `verify` checks of accounts and the
    /// school's name starts from a logged baseline (their earlier entries hid the password hash).
    private static func createVersion7(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TRIGGER operation_log_append_at_head BEFORE INSERT ON operation_log
                WHEN NEW.seq IS NOT (SELECT COALESCE(MAX(seq), 0) + 1 FROM operation_log)
                  OR NEW.prev_hash IS NOT COALESCE((SELECT hash FROM operation_log ORDER BY seq DESC LIMIT 1), '\(LogEntry.genesisHash)')
                BEGIN SELECT RAISE(ABORT, 'operation_log: an entry must follow the head'); END;

            CREATE TABLE checkpoint (
                position INTEGER PRIMARY KEY NOT NULL, head TEXT NOT NULL, at TEXT NOT NULL, line TEXT NOT NULL);
            """)
        try AccountLogBaseline.write(db)
    }
}
