/// A worksheet's name made from a report's title, as Excel allows it: at most 31 characters,
/// none of `[]:*?/\`, not empty. Apostrophes go too (Excel refuses one at either end), each
/// refused character becoming a space between words.
enum XLSXSheetName {
    static let maximumLength = 31

    static func from(_ title: String, fallback: String) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\", "'"]
        let words = String(title.map { forbidden.contains($0) || $0.isNewline ? " " : $0 }).split(separator: " ")
        // Whole words while they fit (counted in code points, as libxlsxwriter counts), else
        // as much of the first word as fits.
        var name = ""
        for word in words {
            let longer = name.isEmpty ? String(word) : name + " " + word
            guard longer.unicodeScalars.count <= maximumLength else { break }
            name = longer
        }
        if name.isEmpty, let first = words.first {
            for character in first {
                guard name.unicodeScalars.count + character.unicodeScalars.count <= maximumLength else { break }
                name.append(character)
            }
        }
        return name.isEmpty ? fallback : name
    }
}
