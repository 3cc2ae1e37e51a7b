import Testing
@testable import JournalModel

extension LoginResult {
    /// The session a login opened; fails the test when it asks for a new password instead.
    func opened(sourceLocation: SourceLocation = #_sourceLocation) throws -> JournalSession {
        guard case .session(let session) = self else {
            Issue.record("the login asks for a new password", sourceLocation: sourceLocation)
            throw LoginExpectation.notOpened
        }
        return session
    }

    /// The password change a login with a temporary password asks for; fails the test otherwise.
    func passwordChange(sourceLocation: SourceLocation = #_sourceLocation) throws -> PasswordChange {
        guard case .mustChangePassword(let change) = self else {
            Issue.record("the login opened a session without asking for a new password", sourceLocation: sourceLocation)
            throw LoginExpectation.notOpened
        }
        return change
    }

    /// Whether the login asks for a new password first.
    var mustChangePassword: Bool {
        if case .mustChangePassword = self { return true }
        return false
    }
}

enum LoginExpectation: Error { case notOpened }
