import JournalModel

/// A report on the screen before it is saved: the lines scroll both ways, the columns that
/// name the row stay at the left, and the header of the table in view stays on top. F2 asks
/// where to save it (the path's extension says the format) and shows the path saved to.
public struct ReportPreviewScreen: Screen {
    public let document: ReportDocument
    /// The report's name, for the file name offered (`marks`).
    let name: String
    /// The report laid out in each language.
    let layouts: [Language: ReportTextLayout]
    /// Columns of the longest scrolling part of a line: how far right the report can scroll.
    let widestRest: Int
    /// The first line shown under the pinned header, and the first column of the scrolling part.
    public private(set) var top = 0
    public private(set) var left = 0
    /// Where to save it, while it is typed.
    public private(set) var saveForm: FormFields?
    public private(set) var status: StatusMessage?
    var viewport = Size(width: 80, height: 22)

    /// The preview of `document`, made by the report called `name`.
    public init(document: ReportDocument, name: String) {
        self.document = document
        self.name = name
        layouts = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, ReportTextLayout(document, language: $0)) })
        widestRest = layouts.values.flatMap(\.lines).map(\.rest.displayWidth).max() ?? 0
    }

    public var title: LocalizedText { document.title }
    public var contexts: [ActionContext] { saveForm != nil ? [.form, .edit] : [.preview] }
    public var acceptsText: Bool { saveForm != nil }

    /// Lines of the report under the pinned header: the body but the hints and the stamp.
    var pageRows: Int { max(1, viewport.height - 3) }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        if input == .tick { return .unchanged }
        viewport = environment.viewport
        if var form = saveForm {
            switch input {
            case .action(.formSubmit): save(form[0])
            case .action(.appBack): saveForm = nil
            default:
                _ = form.handle(input)
                saveForm = form
            }
            return .stay
        }
        guard case .action(let action) = input else { return .stay }
        let lineCount = layouts[.russian]?.lines.count ?? 0
        switch action {
        case .appBack: return .pop
        case .previewScrollDown: top = min(top + 1, max(0, lineCount - 1))
        case .previewScrollUp: top = max(0, top - 1)
        case .previewPageDown: top = min(top + pageRows, max(0, lineCount - 1))
        case .previewPageUp: top = max(0, top - pageRows)
        case .previewScrollRight: left = min(left + 8, max(0, widestRest - 8))
        case .previewScrollLeft: left = max(0, left - 8)
        case .previewSave:
            let today = environment.session?.today ?? SchoolDate(year: 2000, month: 1, day: 1)!
            saveForm = FormFields([(LocalizedText(ru: "Сохранить в файл", en: "Save to the file"),
                                    TextField(text: ReportSaving.defaultPath(name: name, document: document, today: today), maxLength: 200))])
            status = .info(LocalizedText(ru: "Формат — по расширению: .pdf, .xlsx, .csv или .txt.", en: "The format follows the extension: .pdf, .xlsx, .csv or .txt."))
        default: break
        }
        return .stay
    }

    private mutating func save(_ path: String) {
        guard let format = ReportSaving.Format(path: path) else {
            status = .error(LocalizedText(ru: "Имя файла должно кончаться на .pdf, .xlsx, .csv или .txt.", en: "The file name must end in .pdf, .xlsx, .csv or .txt."))
            return
        }
        do {
            // Files are the school's documents: in Russian whatever the interface speaks.
            try ReportSaving.save(document, as: format, to: path, force: false, language: .russian)
            saveForm = nil
            status = StatusMessage(LocalizedText(ru: "Сохранено: \(path)", en: "Saved: \(path)"), kind: .success)
        } catch {
            status = .error(error.message)
        }
    }
}
