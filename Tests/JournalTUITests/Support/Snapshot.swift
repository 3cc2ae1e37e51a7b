import Foundation
import Testing
@testable import JournalTUI

/// Golden snapshots of screens (and other text): plain text files in `Snapshots/`, compared line by line.
///
/// Trailing spaces are trimmed so the files survive editors. Set `RECORD_SNAPSHOTS=1` to rewrite
/// them on purpose; a missing file is written and the test fails once, so nothing is recorded silently.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    static func assertMatches(_ buffer: CellBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        assertMatches(lines: buffer.lines(trimmingTrailingSpaces: true), named: name, sourceLocation: sourceLocation)
    }

    /// Compares any text, line by line, with `Snapshots/<name>.txt` (a keymap dump, say).
    static func assertMatches(lines actual: [String], named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent("\(name).txt")
        let recorded = try? String(contentsOf: file, encoding: .utf8)
        if isRecording || recorded == nil {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? (actual.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
            if !isRecording {
                Issue.record("Recorded a new snapshot \(file.path); check it and run again", sourceLocation: sourceLocation)
            }
            return
        }
        var expected = recorded!.components(separatedBy: "\n")
        if expected.last == "" { expected.removeLast() }
        #expect(expected.count == actual.count, "snapshot \(name): line count", sourceLocation: sourceLocation)
        for (number, (want, got)) in zip(expected, actual).enumerated() where want != got {
            Issue.record("snapshot \(name) line \(number + 1):\n  expected: \(want)\n  actual:   \(got)", sourceLocation: sourceLocation)
        }
    }
}
