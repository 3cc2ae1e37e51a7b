import Foundation
import JournalModel

/// The kinds of work (виды работ) with their weights in the weighted average: ←/→ move the
/// selected weight by 0.5 and save it at once through the model's audited `changeSettings`; the
/// model refuses a weight outside 0–10.
public struct WorkKindsScreen: Screen {
    /// The settings as stored, read again after every change.
    public private(set) var settings = JournalSettings()
    public private(set) var list = SelectionList(count: 0)
    public private(set) var status: StatusMessage?

    /// The school's kinds of work as `session` reads them.
    public init(session: JournalSession) {
        do {
            settings = try session.settings()
        } catch {
            status = .error(error.message)
        }
        list.updateCount(kinds.count, pageSize: kinds.count)
    }

    public var title: LocalizedText { LocalizedText(ru: "Виды работ", en: "Kinds of work") }
    public var contexts: [ActionContext] { [.settings, .administration] }

    /// The kinds listed, in the order lesson menus offer them.
    public var kinds: [String] { settings.offeredWorkKinds }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
        switch input {
        case .action(.settingsNextValue): change(by: 0.5, session)
        case .action(.settingsPreviousValue): change(by: -0.5, session)
        case .action(.appBack): return .pop
        case .action(let action): list.apply(action, pageSize: kinds.count)
        case .tick: return .unchanged
        case .typed, .unbound: break
        }
        return .stay
    }

    private mutating func change(by step: Double, _ session: JournalSession) {
        guard kinds.indices.contains(list.selected) else { return }
        let kind = kinds[list.selected]
        let saved = SettingStep.save(session, title: WorkKind.title(of: kind), step: { $0.weights[kind, default: 1] += step },
                                     value: { LocalizedText(verbatim: Self.weight($0.weight(of: kind))) })
        if let stored = saved.settings { settings = stored }
        status = saved.status
    }

    /// A weight or hours as a Russian reader writes them: «1», «1,5».
    static func weight(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    }

    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        let heading = LocalizedText(ru: "Вес вида работы в среднем балле: меняется стрелками и сохраняется сразу.",
                                    en: "A kind of work's weight in the average: the arrows change it, saved at once.")
        buffer.put(text: " " + heading.text(language), x: rect.x, y: rect.y, style: Style(bold: true), maxWidth: rect.width)
        let listRect = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: max(1, rect.height - 3))
        ListView(list: list) { index in
            let kind = kinds[index]
            let value = Self.weight(settings.weight(of: kind))
            let shown = index == list.selected ? "‹ \(value) ›" : "  \(value)  "
            return WorkKind.title(of: kind).text(language).padded(toColumns: 32) + " " + shown
        }.draw(into: &buffer, in: listRect)
        let change = context.pairHint(.settingsPreviousValue, .settingsNextValue, LocalizedText(ru: "изменить вес", en: "change the weight"))
        let back = context.hint(.appBack, LocalizedText(ru: "назад", en: "back"))
        buffer.put(text: " " + [change, back].compactMap { $0 }.joined(separator: "  "), x: rect.x, y: rect.maxY - 1,
                   style: .role(.hint), maxWidth: rect.width)
    }
}
