import Foundation

extension Journal {
    /// Opens the journal at `path` for the program, with the clock the environment allows.
    ///
    /// `JOURNAL_NOW=YYYY-MM-DD` fixes "today" for demonstrations and end-to-end tests, and only on a
    /// demo school (or for `journal demo` making one): on a real school whoever set it could step
    /// outside the edit window and date the log as they like, so it is refused there.
    public static func open(path: String, making purpose: OpeningPurpose = .existingSchool,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(Refusal) -> Journal {
        let fixed = environment["JOURNAL_NOW"].map { text in (text, SchoolDate(text)) }
        if let (text, date) = fixed, date == nil {
            throw Refusal.invalidValue(LocalizedText(ru: "JOURNAL_NOW=\(TerminalText.line(text)): нужна дата в виде ГГГГ-ММ-ДД.",
                                                     en: "JOURNAL_NOW=\(TerminalText.line(text)): a date as YYYY-MM-DD is needed."))
        }
        let clock: any JournalClock = fixed?.1.map { FixedClock($0) } ?? SystemClock()
        let journal: Journal
        do { journal = try Journal(path: path, clock: clock) } catch { throw Refusal.storage(error) }
        if fixed != nil, purpose == .existingSchool, try !journal.isDemoSchool() {
            throw Refusal.fixedClockRefused
        }
        return journal
    }

    /// What a file is opened for.
    public enum OpeningPurpose: Sendable {
        /// A school that exists (every command but `demo`).
        case existingSchool
        /// A new demo school (`journal demo`), which `JOURNAL_NOW` may date.
        case demoSchool
    }

    /// Whether the file holds a demo school (made by `journal demo`), where the clock may be fixed.
    public func isDemoSchool() throws(Refusal) -> Bool {
        try read { db in try Meta.value(db, key: Meta.demoKey) == "1" }
    }
}
