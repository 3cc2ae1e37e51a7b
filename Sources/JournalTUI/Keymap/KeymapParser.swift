import Foundation
import TOMLKit

/// What one keymap file says: its bindings, the preset it asks for, and every problem found.
public struct ParsedKeymap: Sendable {
    /// The valid bindings; a bad key or a duplicate is left out, the rest still applies.
    public var keymap: Keymap
    /// The top-level `preset = "vim"`, if present.
    public var preset: String?
    /// Problems with their lines, in file order.
    public var errors: [KeymapError]
}

/// Turns keymap TOML into a ``Keymap``, reporting problems as values with `file:line`.
public enum KeymapParser {
    /// Parses `text`; `file` is only used to label errors.
    public static func parse(_ text: String, file: String) -> ParsedKeymap {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return ParsedKeymap(keymap: Keymap(), preset: nil, errors: [
                KeymapError(file: file, line: error.source.begin.line, kind: .syntax(error.description)),
            ])
        } catch {
            return ParsedKeymap(keymap: Keymap(), preset: nil, errors: [
                KeymapError(file: file, line: nil, kind: .syntax(String(describing: error))),
            ])
        }
        let index = TOMLLineIndex(text: text)
        var errors: [KeymapError] = []
        var keymap = Keymap()
        var preset: String?

        for name in table.keys {
            guard let value = table[name] else { continue }
            if name == "preset", let presetName = value.string {
                preset = presetName
                continue
            }
            guard let context = ActionContext(rawValue: name), let contextTable = value.table else {
                errors.append(KeymapError(file: file, line: index.line(ofKey: name, inTable: "") ?? index.line(ofKey: "", inTable: name),
                                          kind: .unknownContext(name)))
                continue
            }
            let parsed = parseContext(contextTable, context: context, file: file, index: index)
            errors += parsed.errors
            keymap.bind(parsed.bindings)
        }
        errors.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        return ParsedKeymap(keymap: keymap, preset: preset, errors: errors)
    }

    /// One `[context]` table: actions in file order, each key checked and de-duplicated.
    private static func parseContext(
        _ table: TOMLTable, context: ActionContext, file: String, index: TOMLLineIndex
    ) -> (bindings: [(Action, [[Key]])], errors: [KeymapError]) {
        var errors: [KeymapError] = []
        var bindings: [(Action, [[Key]])] = []
        var owner: [[Key]: Action] = [:]
        let names = table.keys.sorted {
            (index.line(ofKey: $0, inTable: context.rawValue) ?? 0) < (index.line(ofKey: $1, inTable: context.rawValue) ?? 0)
        }
        for name in names {
            let line = index.line(ofKey: name, inTable: context.rawValue)
            guard let action = Action(context: context, verb: name) else {
                errors.append(KeymapError(file: file, line: line, kind: .unknownAction(context: context.rawValue, name: name)))
                continue
            }
            guard let keyNames = keyNames(table[name]) else {
                errors.append(KeymapError(file: file, line: line, kind: .notAKeyList(action: action.rawValue)))
                continue
            }
            var sequences: [[Key]] = []
            for keyName in keyNames {
                let keyLine = index.line(ofString: keyName, key: name, inTable: context.rawValue)
                guard let sequence = KeyNotation.parseSequence(keyName) else {
                    errors.append(KeymapError(file: file, line: keyLine, kind: .unknownKey(keyName)))
                    continue
                }
                if let first = owner[sequence] {
                    errors.append(KeymapError(file: file, line: keyLine, kind: .duplicateKey(
                        key: keyName, context: context.rawValue, first: first.rawValue, second: action.rawValue)))
                    continue
                }
                owner[sequence] = action
                sequences.append(sequence)
            }
            bindings.append((action, sequences))
        }
        errors += prefixConflicts(owner, context: context, file: file, index: index)
        return (bindings, errors)
    }

    /// A bound sequence that is the beginning of a longer one could never be completed.
    private static func prefixConflicts(
        _ owner: [[Key]: Action], context: ActionContext, file: String, index: TOMLLineIndex
    ) -> [KeymapError] {
        var errors: [KeymapError] = []
        for (short, action) in owner {
            for long in owner.keys where long.count > short.count && Array(long.prefix(short.count)) == short {
                let shortName = KeyNotation.format(short)
                errors.append(KeymapError(
                    file: file,
                    line: index.line(ofKey: action.verb, inTable: context.rawValue),
                    kind: .prefixConflict(key: shortName, longer: KeyNotation.format(long), context: context.rawValue)))
            }
        }
        return errors
    }

    /// A string or an array of strings; nil for anything else.
    private static func keyNames(_ value: TOMLValueConvertible?) -> [String]? {
        if let single = value?.string { return [single] }
        guard let array = value?.array else { return nil }
        var names: [String] = []
        for element in array {
            guard let name = element.string else { return nil }
            names.append(name)
        }
        return names
    }
}
