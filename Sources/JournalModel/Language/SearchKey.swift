/// How people search names and topics: ignoring case, Ё as Е, runs of spaces as one.
public enum SearchKey {
    /// The text as searches compare it: «Ёлкин  Дмитрий» → «елкин дмитрий».
    public static func of(_ text: String) -> String {
        var result = ""
        var lastWasSpace = true
        for character in text.lowercased() {
            if character.isWhitespace {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(character == "ё" ? "е" : character)
                lastWasSpace = false
            }
        }
        if result.hasSuffix(" ") { result.removeLast() }
        return result
    }

    /// Whether `text` contains what was typed (`query`), as searches compare them.
    public static func matches(_ query: String, in text: String) -> Bool {
        let wanted = of(query)
        return wanted.isEmpty || of(text).contains(wanted)
    }
}
