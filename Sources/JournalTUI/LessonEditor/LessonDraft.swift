/// A topic or homework typed and not saved when the session ended (idle lock, log-out): kept in
/// the program's memory and offered to the same person when they log in again.
public struct LessonDraft: Sendable, Equatable {
    public var lessonID: String
    public var field: LessonEditorScreen.Field
    public var text: String

    public init(lessonID: String, field: LessonEditorScreen.Field, text: String) {
        self.lessonID = lessonID
        self.field = field
        self.text = text
    }
}
