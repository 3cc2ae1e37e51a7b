import Foundation

/// One line of the results table.
struct Figure {
    let name: String
    let target: String
    let measured: String
    /// nil: no target to judge against (reported only).
    let met: Bool?

    var verdict: String {
        switch met {
        case .some(true): "met"
        case .some(false): "**missed**"
        case .none: "—"
        }
    }
}

/// The measured part of BENCHMARKS.md: machine, date, commands, table, details.
struct Report {
    var machine: [String] = []
    var command = ""
    var figures: [Figure] = []
    var details: [String] = []
    var loadBefore = ""
    var loadAfter = ""

    static let begin = "<!-- measured:begin (written by journal-bench; edit outside these markers) -->"
    static let end = "<!-- measured:end -->"

    var markdown: String {
        var lines: [String] = [Self.begin, ""]
        let date = ISO8601DateFormatter().string(from: Date())
        lines.append("Measured \(date) with `\(command)`.")
        lines.append("")
        lines += machine.map { "- \($0)" }
        lines.append("- Load average before / after: \(loadBefore) / \(loadAfter) (the machine is shared with other builds)")
        lines.append("")
        lines.append("| figure | target | measured | verdict |")
        lines.append("| --- | --- | --- | --- |")
        for figure in figures {
            lines.append("| \(figure.name) | \(figure.target) | \(figure.measured) | \(figure.verdict) |")
        }
        lines.append("")
        lines += details.map { "- \($0)" }
        lines += ["", Self.end]
        return lines.joined(separator: "\n")
    }

    /// Replaces the measured part of the file (or appends it if the file has none).
    func update(file path: String) throws {
        let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "# Benchmarks\n"
        let updated: String
        if let start = existing.range(of: Self.begin), let stop = existing.range(of: Self.end), start.lowerBound < stop.upperBound {
            updated = existing.replacingCharacters(in: start.lowerBound..<stop.upperBound, with: markdown)
        } else {
            updated = existing + "\n" + markdown + "\n"
        }
        try updated.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
