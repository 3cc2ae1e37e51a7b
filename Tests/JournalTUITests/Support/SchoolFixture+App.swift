import Foundation
import JournalTestSupport
@testable import JournalModel
@testable import JournalTUI
import Testing

extension SchoolFixture {
    /// The app on the login screen, with the default keys.
    func loginApp(language: Language = .russian) -> AppState {
        AppState(size: Size(width: 80, height: 24), language: language, keymap: defaultKeymap(),
                 environment: AppEnvironment(journal: journal, terminal: "test"), screen: LoginScreen())
    }

    /// The app showing `screen` to `session`, with the default keys.
    func app(_ screen: any Screen, as session: JournalSession, size: Size = Size(width: 80, height: 24),
             language: Language = .russian) -> AppState {
        AppState(size: size, language: language, keymap: defaultKeymap(), environment: session.environment, screen: screen)
    }

    /// The grid of a class and subject for a period (5А mathematics in the second quarter unless told), as `session` opens it.
    func grid(_ session: JournalSession, classID: String? = nil, subjectID: String? = nil, period: Period? = nil) throws -> GridScreen {
        let choices = try session.openableGradebooks()
        let choice = try #require(choices.first { $0.classID == (classID ?? class5A.id) && $0.subjectID == (subjectID ?? math.id) })
        return try GridScreen(session: session, choice: choice, period: period ?? quarter2)
    }

    /// Active marks of a student at a lesson, straight from the model.
    func marks(_ lesson: Lesson, _ student: Person) throws -> [String] {
        try admin.gradebook(classID: lesson.classID, subjectID: lesson.subjectID, periodID: quarter2.id)
            .marks(lessonID: lesson.id, studentID: student.id).map(\.value)
    }
}
