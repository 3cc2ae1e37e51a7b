import Foundation
import GRDB

extension JournalSession {
    /// Creates a class of the school year containing today, typed as the administrator writes it
    /// (`5Б`), with its class teacher named by full name or «Иванова М. П.» (empty: none yet).
    @discardableResult
    public func createClass(named title: String, classTeacher: String) throws(Refusal) -> SchoolClass {
        let today = today
        return try perform { transaction in
            try transaction.require(.schoolStructure)
            let school = try ImportSchool.require(transaction.db, today: today)
            guard let (grade, letter) = ImportValues.schoolClass(title.trimmingCharacters(in: .whitespaces)) else {
                throw Refusal.invalidValue(LocalizedText(ru: "Класс пишется как «5Б»: параллель 1–11 и буква.",
                                                         en: "A class is written as 5Б: a grade 1–11 and a letter."))
            }
            let teacherID = try school.staffID(named: classTeacher)
            return try transaction.createClass(yearID: school.classes.year.id, grade: grade, letter: letter, noMarks: nil, classTeacherID: teacherID)
        }
    }

    /// Appoints the class teacher named by full name or «Иванова М. П.»; an empty name removes the one there is.
    public func setClassTeacher(classID: String, named name: String) throws(Refusal) {
        let today = today
        try perform { transaction in
            try transaction.require(.schoolStructure)
            let school = try ImportSchool.require(transaction.db, today: today)
            let teacherID = try school.staffID(named: name)
            _ = try SchoolClass.require(transaction.db, classID)
            try transaction.writer.update(table: SchoolClass.databaseTableName, id: classID, field: "class_teacher_id", to: teacherID)
        }
    }
}

extension ImportSchool {
    /// The one member of staff a typed name fits, nil for an empty name; a refusal when it fits nobody or several.
    func staffID(named name: String) throws(Refusal) -> String? {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return nil }
        let found = staff(named: name)
        guard found.count == 1 else {
            throw Refusal.notFound(found.isEmpty
                ? LocalizedText(ru: "Сотрудника «\(name)» нет в журнале.", en: "No member of staff is called \(name).")
                : LocalizedText(ru: "Так зовут нескольких сотрудников: напишите ФИО полностью.",
                                en: "Several members of staff have this name: write the full name."))
        }
        return found[0].id
    }

    /// The school year's school, or a refusal when there is no year yet.
    static func require(_ db: Database, today: SchoolDate) throws -> ImportSchool {
        guard let school = try load(db, today: today) else {
            throw Refusal.notFound(LocalizedText(ru: "Учебный год не создан.", en: "There is no school year yet."))
        }
        return school
    }
}
