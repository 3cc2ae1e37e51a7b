import JournalModel

/// The outside world the screens may ask: the model's services and what comes after login.
///
/// Screens receive it in ``Screen/handle(_:environment:)``; tests pass fakes.
public struct AppEnvironment {
    /// Checks credentials and changes passwords (implemented by the model).
    public var authenticator: any Authenticator
    /// The screen to show once a user is in.
    public var afterLogin: (LoginSuccess) -> any Screen
    /// The journal the screens read and change; nil in tests of screens that do not need it.
    public var journal: Journal?
    /// Who is logged in, once someone is (asked each time: the login screen sets it).
    public var currentActor: () -> JournalActor?

    public init(
        authenticator: any Authenticator,
        journal: Journal? = nil,
        currentActor: @escaping () -> JournalActor? = { nil },
        afterLogin: @escaping (LoginSuccess) -> any Screen = { WelcomeScreen(user: $0) }
    ) {
        self.authenticator = authenticator
        self.journal = journal
        self.currentActor = currentActor
        self.afterLogin = afterLogin
    }

    /// The logged-in actor, if any.
    public var actor: JournalActor? { currentActor() }
}
