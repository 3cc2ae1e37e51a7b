/// Builds the workload and a weekly timetable (Mon–Fri, periods 1–7) in which no class and no
/// teacher is in two places at once. Classes have no gaps: each day runs from period 1.
public struct DemoTimetableBuilder: Sendable {
    private var rng: DemoRandom
    /// Placement attempts per class before a workload line moves to a newly hired teacher.
    public var attemptsPerClass = 12

    /// A builder drawing its choices from `rng`.
    public init(rng: DemoRandom) {
        self.rng = rng
    }

    /// Subjects the primary class teacher teaches in grades 1–4; music, PE and English go to specialists.
    static let primaryTeacherSubjects: Set<DemoSubject> = [
        .russian, .literaryReading, .mathematics, .surroundingWorld, .art, .technology, .religiousCultures,
    ]

    /// How many lessons a class has on each day Monday–Friday for a weekly total: the extra
    /// lessons go to Tuesday, Wednesday, Monday, Thursday, in that order, as timetables usually do.
    public static func lessonsPerDay(weeklyHours: Int) -> [Int] {
        var counts = Array(repeating: weeklyHours / 5, count: 5)
        let extraOrder = [1, 2, 0, 3, 4]
        for i in 0..<(weeklyHours % 5) { counts[extraOrder[i]] += 1 }
        return counts
    }

    /// Assigns teachers from `pool` (hiring as needed) and places every lesson of every class.
    public mutating func build(classes: [DemoClassRequest], pool: inout DemoTeacherPool) -> DemoTimetable {
        var workload = assignTeachers(classes: classes, pool: &pool)
        var teacherBusy: [UInt64] = Array(repeating: 0, count: pool.teachers.count)
        var lessons: [DemoLesson] = []
        var relaxations = 0
        // Fullest weeks first: they have the least freedom.
        let order = classes.sorted {
            let a = $0.items.reduce(0) { $0 + $1.hoursPerWeek }
            let b = $1.items.reduce(0) { $0 + $1.hoursPerWeek }
            return a != b ? a > b : $0.classID < $1.classID
        }
        for request in order {
            let days = Self.lessonsPerDay(weeklyHours: request.items.reduce(0) { $0 + $1.hoursPerWeek })
            var triedAway: Set<Int> = []
            while true {
                let cards = makeCards(for: request, workload: workload)
                teacherBusy += Array(repeating: 0, count: max(0, pool.teachers.count - teacherBusy.count))
                switch place(cards: cards, days: days, teacherBusy: teacherBusy) {
                case .placed(let slots):
                    for (card, slot) in zip(cards, slots) {
                        for (teacher, group) in zip(card.teachers, card.groups) {
                            teacherBusy[teacher] |= 1 << UInt64(slot)
                            lessons.append(DemoLesson(
                                classID: request.classID, slot: DemoSlot(index: slot), subject: card.subject,
                                group: group, teacherID: teacher))
                        }
                    }
                case .stuck(let card):
                    // Relax: the busiest teacher of the stuck lesson hands this class over to a colleague
                    // of the same specialty with room (one not tried here yet), or to a new hire.
                    // Never the class's own primary teacher: only other classes can make a lesson collide.
                    let specialists = card.teachers.filter { pool.teachers[$0].specialty != .primary }
                    let teacher = (specialists.isEmpty ? card.teachers : specialists)
                        .max { teacherBusy[$0].nonzeroBitCount < teacherBusy[$1].nonzeroBitCount } ?? 0
                    triedAway.insert(teacher)
                    let specialty = pool.teachers[teacher].specialty
                    let lines = workload.indices.filter {
                        workload[$0].classID == request.classID && workload[$0].teacherID == teacher
                            && workload[$0].subject == card.subject
                    }
                    let hours = lines.reduce(0) { $0 + workload[$1].hoursPerWeek }
                    let excluded = triedAway.union(card.teachers)
                    let colleague = pool.teachers.filter {
                        $0.specialty == specialty && specialty != .primary && !excluded.contains($0.id)
                            && pool.load[$0.id] + hours <= $0.maximumLoad
                    }.min { (teacherBusy[$0.id].nonzeroBitCount, $0.id) < (teacherBusy[$1.id].nonzeroBitCount, $1.id) }
                    let replacement = colleague?.id ?? pool.addTeacher(specialty)
                    for i in lines {
                        let line = workload[i]
                        pool.addLoad(-line.hoursPerWeek, to: teacher)
                        pool.addLoad(line.hoursPerWeek, to: replacement)
                        workload[i] = DemoWorkload(
                            teacherID: replacement, classID: line.classID, subject: line.subject, group: line.group,
                            hoursPerWeek: line.hoursPerWeek)
                    }
                    relaxations += 1
                    continue
                }
                break
            }
        }
        lessons.sort { ($0.classID, $0.slot.index, $0.group ?? 0) < ($1.classID, $1.slot.index, $1.group ?? 0) }
        return DemoTimetable(workload: workload, lessons: lessons, relaxations: relaxations)
    }

    // MARK: - Workload

    private struct BundleKey: Hashable {
        let specialty: DemoSpecialty
        let group: Int?
    }

    /// One teacher per specialty and group in each class, so Алгебра and Геометрия share a teacher.
    private func assignTeachers(classes: [DemoClassRequest], pool: inout DemoTeacherPool) -> [DemoWorkload] {
        var workload: [DemoWorkload] = []
        for request in classes {
            var keys: [BundleKey] = []
            var hours: [BundleKey: Int] = [:]
            for item in request.items {
                for group in groups(of: item) {
                    let key = BundleKey(specialty: specialty(of: item.subject, grade: request.grade), group: group)
                    if hours[key] == nil { keys.append(key) }
                    hours[key, default: 0] += item.hoursPerWeek
                }
            }
            var chosen: [BundleKey: Int] = [:]
            for key in keys {
                let bundleHours = hours[key] ?? 0
                let teacher: Int
                if key.specialty == .primary {
                    teacher = pool.addTeacher(.primary)  // the class's own teacher
                } else {
                    let otherGroups = chosen.filter { $0.key.specialty == key.specialty && $0.key.group != key.group }
                    teacher = pool.teacher(for: key.specialty, hours: bundleHours, excluding: Set(otherGroups.values))
                }
                pool.addLoad(bundleHours, to: teacher)
                chosen[key] = teacher
            }
            for item in request.items {
                for group in groups(of: item) {
                    let key = BundleKey(specialty: specialty(of: item.subject, grade: request.grade), group: group)
                    workload.append(DemoWorkload(
                        teacherID: chosen[key] ?? 0, classID: request.classID, subject: item.subject, group: group,
                        hoursPerWeek: item.hoursPerWeek))
                }
            }
        }
        return workload
    }

    private func specialty(of subject: DemoSubject, grade: Int) -> DemoSpecialty {
        grade <= 4 && Self.primaryTeacherSubjects.contains(subject) ? .primary : subject.specialty
    }

    private func groups(of item: DemoCurriculumItem) -> [Int?] {
        item.split.isSplit ? [1, 2] : [nil]
    }

    // MARK: - Placement

    private struct Card {
        let subject: DemoSubject
        let hours: Int
        let teachers: [Int]
        let groups: [Int?]
    }

    private enum Placement {
        case placed([Int])
        case stuck(Card)
    }

    private func makeCards(for request: DemoClassRequest, workload: [DemoWorkload]) -> [Card] {
        var cards: [Card] = []
        for item in request.items {
            let lines = workload.filter { $0.classID == request.classID && $0.subject == item.subject }
                .sorted { ($0.group ?? 0) < ($1.group ?? 0) }
            let card = Card(
                subject: item.subject, hours: item.hoursPerWeek, teachers: lines.map(\.teacherID),
                groups: lines.map(\.group))
            cards += Array(repeating: card, count: item.hoursPerWeek)
        }
        return cards
    }

    /// Most-constrained-first placement with one-step swaps, retried with fresh random choices.
    private mutating func place(cards: [Card], days: [Int], teacherBusy: [UInt64]) -> Placement {
        var classSlots: UInt64 = 0
        for (day, count) in days.enumerated() {
            for period in 0..<count { classSlots |= 1 << UInt64(day * DemoSlot.periodsPerDay + period) }
        }
        var stuckCounts: [Int: Int] = [:]
        for _ in 0..<attemptsPerClass {
            var busy = teacherBusy
            var free = classSlots
            var slotOf = [Int](repeating: -1, count: cards.count)
            var occupant: [Int: Int] = [:]
            var perDay: [DemoSubject: [Int]] = [:]
            let order = rng.shuffled(Array(cards.indices))
            var stuck: Int?

            func feasible(_ c: Int) -> UInt64 {
                var mask = free
                for t in cards[c].teachers { mask &= ~busy[t] }
                return mask
            }
            func put(_ c: Int, _ slot: Int) {
                slotOf[c] = slot
                occupant[slot] = c
                free &= ~(1 << UInt64(slot))
                for t in cards[c].teachers { busy[t] |= 1 << UInt64(slot) }
                perDay[cards[c].subject, default: [0, 0, 0, 0, 0]][slot / DemoSlot.periodsPerDay] += 1
            }
            func lift(_ c: Int) {
                let slot = slotOf[c]
                slotOf[c] = -1
                occupant[slot] = nil
                free |= 1 << UInt64(slot)
                for t in cards[c].teachers { busy[t] &= ~(1 << UInt64(slot)) }
                perDay[cards[c].subject, default: [0, 0, 0, 0, 0]][slot / DemoSlot.periodsPerDay] -= 1
            }
            func bestSlot(_ c: Int, in mask: UInt64) -> Int {
                // Spread a subject over the week: at most once a day unless it has more than 5 hours.
                let card = cards[c]
                let cap = card.hours > 5 ? 2 : 1
                var best = -1
                var bestScore = Int.max
                var bits = mask
                while bits != 0 {
                    let slot = bits.trailingZeroBitCount
                    bits &= bits - 1
                    let sameDay = perDay[card.subject]?[slot / DemoSlot.periodsPerDay] ?? 0
                    let score = (sameDay >= cap ? 1000 * (sameDay - cap + 1) : 0) + rng.int(in: 0...9)
                    if score < bestScore { bestScore = score; best = slot }
                }
                return best
            }

            for _ in cards.indices {
                var chosen = -1
                var chosenMask: UInt64 = 0
                var fewest = Int.max
                for c in order where slotOf[c] < 0 {
                    let mask = feasible(c)
                    let n = mask.nonzeroBitCount
                    if n < fewest { fewest = n; chosen = c; chosenMask = mask }
                    if n == 0 { break }
                }
                if fewest > 0 {
                    put(chosen, bestSlot(chosen, in: chosenMask))
                    continue
                }
                // Swap: put the stuck lesson where another one is, and move that one to a free slot.
                var swapped = false
                var taken = classSlots & ~free
                while taken != 0 && !swapped {
                    let slot = taken.trailingZeroBitCount
                    taken &= taken - 1
                    guard let other = occupant[slot] else { continue }
                    lift(other)
                    if feasible(chosen) & (1 << UInt64(slot)) != 0 {
                        put(chosen, slot)
                        let otherMask = feasible(other)
                        if otherMask != 0 {
                            put(other, bestSlot(other, in: otherMask))
                            swapped = true
                            continue
                        }
                        lift(chosen)
                    }
                    put(other, slot)
                }
                if !swapped { stuck = chosen; break }
            }
            if let stuck {
                stuckCounts[stuck, default: 0] += 1
                continue
            }
            return .placed(slotOf)
        }
        let worst = stuckCounts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 0
        return .stuck(cards[worst])
    }
}
