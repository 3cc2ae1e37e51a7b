import JournalModel

/// Why a report file could not be written. Whatever was at the path before is still there.
public enum ReportFileError: Error, Equatable, Sendable {
    /// The file could not be made or finished: a missing folder, a full disk, a value the format
    /// cannot hold (an XLSX cell of more than 32 767 characters).
    case cannotWrite(path: String, detail: String)
    /// The folder to save in does not exist.
    case noFolder(String)
    /// A file is at the path and replacing it was not asked for (`--force`).
    case exists(path: String)

    /// The message shown to the user.
    public var message: LocalizedText {
        switch self {
        case let .cannotWrite(path, detail):
            LocalizedText(ru: "Не удаётся записать отчёт в \(path): \(detail)",
                          en: "Cannot write the report to \(path): \(detail)")
        case let .noFolder(folder):
            LocalizedText(ru: "Папки «\(folder)» нет: отчёт некуда сохранить.",
                          en: "The folder \"\(folder)\" does not exist: nowhere to save the report.")
        case let .exists(path):
            LocalizedText(ru: "Файл «\(path)» уже есть; чтобы заменить его, добавьте --force.",
                          en: "The file \"\(path)\" exists; add --force to replace it.")
        }
    }
}

/// A renderer's failure while it writes the temporary file, before the path is known to the user.
struct RenderFailure: Error {
    let detail: String
}
