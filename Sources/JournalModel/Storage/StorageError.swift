import GRDB

/// Why the database could not be opened or used; each case has a message for the user.
public enum StorageError: Error, Equatable, Sendable {
    case cannotOpen(path: String, detail: String)
    case notADatabase(path: String)
    case newerSchema(path: String, versions: [String])
    case readOnly(path: String)
    case diskFull(path: String)
    /// The operating system refused a write (no space, a file size limit, an I/O error).
    case writeFailed(path: String, detail: String)
    case failed(detail: String)

    /// The storage error for a failure of the database at `path` (other errors become `.failed`).
    public static func from(_ error: Error, path: String) -> StorageError {
        guard let error = error as? DatabaseError else { return .failed(detail: "\(error)") }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .notADatabase(path: path)
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_CANTOPEN: return .cannotOpen(path: path, detail: error.message ?? "")
        case .SQLITE_IOERR:
            // Reading past the end of a cut-off file; every other I/O failure here is a write's.
            if error.extendedResultCode == .SQLITE_IOERR_SHORT_READ { return .notADatabase(path: path) }
            if error.extendedResultCode == .SQLITE_IOERR_READ { return .failed(detail: error.message ?? "\(error)") }
            return .writeFailed(path: path, detail: error.message ?? "\(error)")
        default: return .failed(detail: error.message ?? "\(error)")
        }
    }

    /// The message shown to the user.
    public var message: LocalizedText {
        switch self {
        case let .cannotOpen(path, detail):
            return LocalizedText(ru: "Не удаётся открыть базу журнала \(path): \(detail)",
                                 en: "Cannot open the journal database \(path): \(detail)")
        case let .notADatabase(path):
            return LocalizedText(ru: "Файл \(path) повреждён или не является базой журнала.",
                                 en: "The file \(path) is damaged or is not a journal database.")
        case let .newerSchema(path, versions):
            return LocalizedText(
                ru: "База \(path) создана более новой версией программы (\(versions.joined(separator: ", "))). Обновите программу.",
                en: "The database \(path) was written by a newer version of the program (\(versions.joined(separator: ", "))). Update the program.")
        case let .readOnly(path):
            return LocalizedText(ru: "База \(path) доступна только для чтения: изменения невозможны.",
                                 en: "The database \(path) is read-only: nothing can be changed.")
        case let .diskFull(path):
            return LocalizedText(ru: "Нет места на диске для базы \(path). Изменение не сохранено.",
                                 en: "The disk holding \(path) is full. The change was not saved.")
        case let .writeFailed(path, detail):
            return LocalizedText(
                ru: "Не удаётся записать базу \(path) на диск (нет места, превышен размер файла или ошибка диска: \(detail)). Изменение не сохранено.",
                en: "Cannot write the database \(path) to disk (no space, file size limit, or disk error: \(detail)). The change was not saved.")
        case let .failed(detail):
            return LocalizedText(ru: "Ошибка базы данных: \(detail)", en: "Database error: \(detail)")
        }
    }
}
