import Foundation
import GRDB

extension JournalSession {
    /// The subject a person names, by its name or short name, ignoring case and ё/е
    /// («математика», «Мат»); nil when none or several match.
    public func subject(named name: String) throws(Refusal) -> Subject? {
        let wanted = SearchKey.of(name)
        let subjects = try read { db in try Subject.filter(Column("state") == RecordState.active).fetchAll(db) }
        let matching = subjects.filter { SearchKey.of($0.name) == wanted || SearchKey.of($0.shortName) == wanted }
        return matching.count == 1 ? matching[0] : nil
    }
}
