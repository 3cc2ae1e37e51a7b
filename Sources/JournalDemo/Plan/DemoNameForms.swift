/// The grammar of Russian names: feminine surnames and patronymics from a father's first name.
public enum DemoNameForms {
    /// Patronymics that no rule gives: stressed `-а`/`-я` names, fleeting vowels, `-ил` → `-йл`.
    static let irregularPatronymics: [String: (male: String, female: String)] = [
        "Илья": ("Ильич", "Ильинична"),
        "Кузьма": ("Кузьмич", "Кузьминична"),
        "Фома": ("Фомич", "Фоминична"),
        "Лука": ("Лукич", "Лукинична"),
        "Никита": ("Никитич", "Никитична"),
        "Савва": ("Саввич", "Саввична"),
        "Данила": ("Данилович", "Даниловна"),
        "Гаврила": ("Гаврилович", "Гавриловна"),
        "Лев": ("Львович", "Львовна"),
        "Павел": ("Павлович", "Павловна"),
        "Пётр": ("Петрович", "Петровна"),
        "Михаил": ("Михайлович", "Михайловна"),
        "Яков": ("Яковлевич", "Яковлевна"),
    ]

    private static let vowels: Set<Character> = ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я"]
    private static func isVowel(_ ch: Character) -> Bool {
        vowels.contains(Character(ch.lowercased()))
    }

    private static let hushing: Set<Character> = ["ж", "ш", "ч", "щ", "ц"]

    /// The patronymic a child of `fatherName` bears: «Иван» → «Иванович» / «Ивановна».
    public static func patronymic(fromFatherName fatherName: String, sex: DemoSex) -> String {
        if let irregular = irregularPatronymics[fatherName] {
            return sex == .male ? irregular.male : irregular.female
        }
        let chars = Array(fatherName)
        guard let last = chars.last else { return "" }
        let stem: String
        switch last {
        case "й":
            let beforeLast = chars.count >= 2 ? chars[chars.count - 2] : " "
            if beforeLast == "и" {
                // Юрий → Юрьевич, but after two consonants the и stays: Дмитрий → Дмитриевич.
                let base = String(chars.dropLast(2))
                let c1 = chars.count >= 3 ? chars[chars.count - 3] : " "
                let c2 = chars.count >= 4 ? chars[chars.count - 4] : " "
                let cluster = !isVowel(c1) && !isVowel(c2)
                stem = base + (cluster ? "иев" : "ьев")
            } else {
                // Андрей → Андреевич, Николай → Николаевич.
                stem = String(chars.dropLast()) + "ев"
            }
        case "ь":
            stem = String(chars.dropLast()) + "ев"  // Игорь → Игоревич
        case "а", "я":
            // Unstressed -а: Никита-type; stressed ones are in the table.
            let base = String(chars.dropLast())
            return sex == .male ? base + "ич" : base + "ична"
        default:
            stem = fatherName + (hushing.contains(last) ? "ев" : "ов")
        }
        return sex == .male ? stem + "ич" : stem + "на"
    }

    /// The surname in the form for `sex`, given the masculine (dictionary) form:
    /// Иванов → Иванова, Достоевский → Достоевская, Толстой → Толстая; Белых, Шевченко, Дурново stay.
    public static func surname(_ masculine: String, for sex: DemoSex) -> String {
        guard sex == .female else { return masculine }
        let s = masculine
        for ending in ["ов", "ев", "ёв", "ин", "ын"] where s.hasSuffix(ending) {
            return s + "а"
        }
        if s.hasSuffix("ний") { return String(s.dropLast(3)) + "няя" }  // Синий → Синяя
        for ending in ["ий", "ый", "ой"] where s.hasSuffix(ending) {
            return String(s.dropLast(2)) + "ая"
        }
        // -ых/-их, -енко/-ко, -ово/-аго, and foreign consonant endings do not change.
        return s
    }
}
