/// Generators of plausible people: children, their parents, and teachers.
public enum DemoPeople {
    /// A child: random family surname in the child's form, first name, and a patronymic from a
    /// random father's name.
    public static func child(sex: DemoSex, using rng: inout DemoRandom) -> DemoPerson {
        let surname = rng.pick(from: DemoNames.surnames)
        let father = rng.pick(from: DemoNames.men)
        return DemoPerson(
            lastName: DemoNameForms.surname(surname, for: sex),
            firstName: rng.pick(from: sex == .male ? DemoNames.boys : DemoNames.girls),
            patronymic: DemoNameForms.patronymic(fromFatherName: father, sex: sex),
            sex: sex
        )
    }

    /// The child's father: the family surname in the masculine form and the first name the
    /// child's patronymic was made from.
    public static func father(of child: DemoPerson, using rng: inout DemoRandom) -> DemoPerson {
        let firstName = DemoNameForms.fatherName(fromPatronymic: child.patronymic, sex: child.sex)
            ?? rng.pick(from: DemoNames.men)
        return DemoPerson(
            lastName: DemoNameForms.masculineSurname(of: child.lastName, sex: child.sex),
            firstName: firstName,
            patronymic: randomPatronymic(for: .male, using: &rng),
            sex: .male
        )
    }

    /// The child's mother: the family surname in the feminine form.
    public static func mother(of child: DemoPerson, using rng: inout DemoRandom) -> DemoPerson {
        let masculine = DemoNameForms.masculineSurname(of: child.lastName, sex: child.sex)
        return DemoPerson(
            lastName: DemoNameForms.surname(masculine, for: .female),
            firstName: rng.pick(from: DemoNames.women),
            patronymic: randomPatronymic(for: .female, using: &rng),
            sex: .female
        )
    }

    /// An adult teacher with a patronymic.
    public static func teacher(sex: DemoSex, using rng: inout DemoRandom) -> DemoPerson {
        DemoPerson(
            lastName: DemoNameForms.surname(rng.pick(from: DemoNames.surnames), for: sex),
            firstName: rng.pick(from: sex == .male ? DemoNames.men : DemoNames.women),
            patronymic: randomPatronymic(for: sex, using: &rng),
            sex: sex
        )
    }

    private static func randomPatronymic(for sex: DemoSex, using rng: inout DemoRandom) -> String {
        DemoNameForms.patronymic(fromFatherName: rng.pick(from: DemoNames.men), sex: sex)
    }
}

extension DemoNameForms {
    /// The masculine (dictionary) form of a surname written for `sex`: Иванова → Иванов,
    /// Толстая → Толстой, Белых → Белых. Known surnames are looked up; others follow the rules.
    public static func masculineSurname(of surname: String, sex: DemoSex) -> String {
        guard sex == .female else { return surname }
        if let known = DemoNames.surnames.first(where: { self.surname($0, for: .female) == surname }) {
            return known
        }
        for ending in ["ова", "ева", "ёва", "ина", "ына"] where surname.hasSuffix(ending) {
            return String(surname.dropLast())
        }
        if surname.hasSuffix("ская") || surname.hasSuffix("цкая") { return String(surname.dropLast(2)) + "ий" }
        if surname.hasSuffix("няя") { return String(surname.dropLast(3)) + "ний" }
        if surname.hasSuffix("ая") { return String(surname.dropLast(2)) + "ой" }
        return surname
    }

    /// The father's first name behind a patronymic, among the known men's names; nil if unknown.
    public static func fatherName(fromPatronymic patronymic: String, sex: DemoSex) -> String? {
        let candidates = DemoNames.men + Array(irregularPatronymics.keys).sorted()
        return candidates.first { self.patronymic(fromFatherName: $0, sex: sex) == patronymic }
    }
}
