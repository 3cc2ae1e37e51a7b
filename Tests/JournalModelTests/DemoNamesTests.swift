import Testing
@testable import JournalModel
@testable import JournalDemo

@Suite struct DemoNamesTests {
    @Test(arguments: [
        ("Иван", "Иванович", "Ивановна"), ("Никита", "Никитич", "Никитична"),
        ("Илья", "Ильич", "Ильинична"), ("Лев", "Львович", "Львовна"),
        ("Павел", "Павлович", "Павловна"), ("Пётр", "Петрович", "Петровна"),
        ("Андрей", "Андреевич", "Андреевна"), ("Николай", "Николаевич", "Николаевна"),
        ("Кузьма", "Кузьмич", "Кузьминична"), ("Фома", "Фомич", "Фоминична"),
        ("Сергей", "Сергеевич", "Сергеевна"), ("Юрий", "Юрьевич", "Юрьевна"),
        ("Аркадий", "Аркадьевич", "Аркадьевна"), ("Михаил", "Михайлович", "Михайловна"),
        ("Дмитрий", "Дмитриевич", "Дмитриевна"), ("Георгий", "Георгиевич", "Георгиевна"),
        ("Евгений", "Евгеньевич", "Евгеньевна"), ("Анатолий", "Анатольевич", "Анатольевна"),
        ("Виталий", "Витальевич", "Витальевна"), ("Валерий", "Валерьевич", "Валерьевна"),
        ("Василий", "Васильевич", "Васильевна"), ("Григорий", "Григорьевич", "Григорьевна"),
        ("Алексей", "Алексеевич", "Алексеевна"), ("Игорь", "Игоревич", "Игоревна"),
        ("Семён", "Семёнович", "Семёновна"), ("Фёдор", "Фёдорович", "Фёдоровна"),
        ("Яков", "Яковлевич", "Яковлевна"), ("Геннадий", "Геннадьевич", "Геннадьевна"),
        ("Арсений", "Арсеньевич", "Арсеньевна"), ("Тимофей", "Тимофеевич", "Тимофеевна"),
        ("Олег", "Олегович", "Олеговна"), ("Савва", "Саввич", "Саввична"),
        ("Лука", "Лукич", "Лукинична"), ("Артём", "Артёмович", "Артёмовна"),
    ])
    func patronymicFollowsTheRules(name: String, male: String, female: String) {
        #expect(DemoNameForms.patronymic(fromFatherName: name, sex: .male) == male)
        #expect(DemoNameForms.patronymic(fromFatherName: name, sex: .female) == female)
    }

    @Test(arguments: [
        ("Иванов", "Иванова"), ("Соловьёв", "Соловьёва"), ("Никитин", "Никитина"), ("Птицын", "Птицына"),
        ("Достоевский", "Достоевская"), ("Троицкий", "Троицкая"), ("Толстой", "Толстая"),
        ("Трубецкой", "Трубецкая"), ("Белых", "Белых"), ("Черных", "Черных"), ("Долгих", "Долгих"),
        ("Шевченко", "Шевченко"), ("Дурново", "Дурново"), ("Лукашевич", "Лукашевич"),
    ])
    func feminineSurnames(masculine: String, feminine: String) {
        #expect(DemoNameForms.surname(masculine, for: .female) == feminine)
        #expect(DemoNameForms.surname(masculine, for: .male) == masculine)
        #expect(DemoNameForms.masculineSurname(of: feminine, sex: .female) == masculine)
    }

    @Test func listsAreLongEnoughAndHaveNoRepeats() {
        for list in [DemoNames.boys, DemoNames.girls, DemoNames.men, DemoNames.women] {
            #expect(list.count >= 60)
            #expect(Set(list).count == list.count)
        }
        #expect(DemoNames.surnames.count >= 150)
        #expect(Set(DemoNames.surnames).count == DemoNames.surnames.count)
    }

    @Test func everyMansNameGivesAPatronymicThatLeadsBack() {
        for name in DemoNames.men {
            for sex in DemoSex.allCases {
                let patronymic = DemoNameForms.patronymic(fromFatherName: name, sex: sex)
                #expect(patronymic.hasSuffix(sex == .male ? "ич" : "на"))
                #expect(DemoNameForms.fatherName(fromPatronymic: patronymic, sex: sex) == name)
            }
        }
    }

    @Test func fatherAndMotherShareTheChildsFamilyName() {
        var rng = DemoRandom(seed: 3)
        for _ in 0..<200 {
            let child = DemoPeople.child(sex: rng.chance(0.5) ? .male : .female, using: &rng)
            let father = DemoPeople.father(of: child, using: &rng)
            let mother = DemoPeople.mother(of: child, using: &rng)
            #expect(DemoNameForms.patronymic(fromFatherName: father.firstName, sex: child.sex) == child.patronymic)
            #expect(DemoNameForms.surname(father.lastName, for: child.sex) == child.lastName)
            #expect(DemoNameForms.surname(father.lastName, for: .female) == mother.lastName)
            #expect(father.sex == .male && mother.sex == .female)
        }
    }

    @Test func loginsAreTransliterated() {
        let petr = DemoPerson(lastName: "Иванов", firstName: "Пётр", patronymic: "Сергеевич", sex: .male)
        #expect(DemoLogin.login(for: petr) == "ivanov.p")
        #expect(DemoLogin.login(for: petr, number: 2) == "ivanov.p2")
        #expect(DemoLogin.transliterate("Щербакова Юлия") == "shcherbakovaiuliia")
        #expect(DemoLogin.transliterate("Соловьёв-Седой") == "solovevsedoi")
        #expect(DemoLogin.login(for: DemoPerson(lastName: "Крылова", firstName: "Юлия", patronymic: "", sex: .female)) == "krylova.iu")
        var book = DemoLoginBook()
        #expect(book.issue(for: petr) == "ivanov.p")
        #expect(book.issue(for: petr) == "ivanov.p2")
        #expect(book.issue(for: petr) == "ivanov.p3")
    }

    @Test func classListsSortЁAfterЕ() {
        let names = ["Ёлкин", "Жуков", "Егоров", "Абрамов"].map {
            DemoPerson(lastName: $0, firstName: "Иван", patronymic: "", sex: .male)
        }
        #expect(names.sorted(by: DemoPerson.classListOrder).map(\.lastName) == ["Абрамов", "Егоров", "Ёлкин", "Жуков"])
    }
}
