import Foundation
import PackagePlugin

/// Compiles `keymaps/*.toml` at the package root into the target as `EmbeddedPresets`.
///
/// The files stay at the root, where users find and copy them: a build command may read inputs
/// outside its target. SwiftPM reruns the tool when an input changes, but asks this plugin for its
/// commands only when it plans the build anew (a changed manifest, a clean build). So the folder is
/// an input too, and the tool lists it itself: a preset added or removed is embedded at once, and
/// edits to an added one are followed from the next planning on (`touch Package.swift`).
@main
struct EmbedKeymaps: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let keymaps = context.package.directoryURL.appending(path: "keymaps")
        let presets = try FileManager.default.contentsOfDirectory(at: keymaps, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "toml" }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedPresets.swift")
        return [
            .buildCommand(
                displayName: "Embedding the keymap presets into \(target.name)",
                executable: try context.tool(named: "KeymapEmbedder").url,
                arguments: [output.path, keymaps.path],
                inputFiles: [keymaps] + presets,
                outputFiles: [output]),
        ]
    }
}
