import ArgumentParser
import Foundation
import JournalModel

/// `journal demo`: a realistic demo school, the same for the same seed.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Generate a demo school (deterministic from --seed) and print its logins.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        throw Failure("demo not wired yet")
    }
}
