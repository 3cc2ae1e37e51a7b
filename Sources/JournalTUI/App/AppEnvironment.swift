/// The outside world the screens may ask: the model's services and what comes after login.
///
/// Screens receive it in ``Screen/handle(_:environment:)``; tests pass fakes.
public struct AppEnvironment {
    /// Checks credentials and changes passwords (implemented by the model).
    public var authenticator: any Authenticator
    /// The screen to show once a user is in.
    public var afterLogin: (LoginSuccess) -> any Screen

    public init(
        authenticator: any Authenticator,
        afterLogin: @escaping (LoginSuccess) -> any Screen = { WelcomeScreen(user: $0) }
    ) {
        self.authenticator = authenticator
        self.afterLogin = afterLogin
    }
}
