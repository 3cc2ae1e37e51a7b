import Foundation

/// Which other processes have a file open, read from `/proc` (Linux): the journal runs as one
/// service account, so every session of the school's journal shows there.
enum OpenFiles {
    /// The ids of the processes, other than this one, holding `path` or its `-wal`/`-shm` open.
    static func processes(holding path: String) -> [Int32] {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let targets: Set<String> = [resolved, resolved + "-wal", resolved + "-shm"]
        let own = getpid()
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard pid != own, let descriptors = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd") else { return false }
            return descriptors.contains { descriptor in
                (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\(descriptor)")).map(targets.contains) ?? false
            }
        }.sorted()
    }
}
