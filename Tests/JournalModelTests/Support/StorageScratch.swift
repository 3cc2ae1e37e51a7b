import Foundation
import GRDB
@testable import JournalModel

/// A fresh, empty journal database in a directory of its own, removed with it: for tests of
/// storage itself, which write raw rows through the pool.
final class StorageScratch {
    let directory: URL
    let database: JournalDatabase

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("journal-storage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        database = try JournalDatabase(path: directory.appendingPathComponent("school.sqlite").path)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// A path for another file in the same directory (removed with it).
    func path(of name: String) -> String { directory.appendingPathComponent(name).path }

    /// The columns of each journal table, in schema order.
    func columns() throws -> [String: [ColumnInfo]] {
        try database.pool.read { db in
            var columns: [String: [ColumnInfo]] = [:]
            for table in Schema.journalTables { columns[table] = try db.columns(in: table) }
            return columns
        }
    }

    /// Every TEXT column of the journal tables, as `table.column`.
    func textColumns() throws -> Set<String> {
        Set(try columns().flatMap { table, columns in columns.filter { $0.type == "TEXT" }.map { "\(table).\($0.name)" } })
    }
}
