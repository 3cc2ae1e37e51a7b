import Testing
@testable import JournalTUI

@Suite("Key resolution")
struct KeyResolverTests {
    let keymap = defaultKeymap("vim")

    func feed(_ keys: [Key], contexts: [ActionContext]) -> [KeyResolution] {
        var resolver = KeyResolver()
        return keys.map { resolver.feed($0, keymap: keymap, contexts: contexts) }
    }

    @Test func singleKeys() {
        #expect(feed([.character("j")], contexts: [.grid, .app]) == [.action(.gridMoveDown)])
        #expect(feed([.down], contexts: [.grid, .app]) == [.action(.gridMoveDown)])
        #expect(feed([.function(1)], contexts: [.grid, .app]) == [.action(.appHelp)])
    }

    @Test func cyrillicLayoutResolvesLikeLatin() {
        for (latin, cyrillic) in [("k", "л"), ("h", "р"), ("l", "д")] as [(Character, Character)] {
            #expect(feed([.character(latin)], contexts: [.grid]) == feed([.character(cyrillic)], contexts: [.grid]))
        }
        // о is the first letter of ОП in the gradebook, typed into the cell: j alone moves down there
        #expect(feed([.character("о")], contexts: [.grid]) == [.unbound(.character("о"))])
        #expect(feed([.character("j")], contexts: [.picker]) == feed([.character("о")], contexts: [.picker]))
        #expect(feed([.character("G")], contexts: [.help]) == feed([.character("П")], contexts: [.help]))
        #expect(feed([.character("п"), .character("п")], contexts: [.help]) == [.pending([.character("п")]), .action(.helpTop)])
    }

    @Test func sequenceWaitsForItsSecondKey() {
        #expect(feed([.character("g"), .character("g")], contexts: [.help, .app]) ==
                [.pending([.character("g")]), .action(.helpTop)])
        #expect(feed([.character("Z"), .character("Z")], contexts: [.grid, .app]) ==
                [.pending([.character("Z")]), .action(.appQuit)])
    }

    @Test func aBrokenSequenceLetsTheNewKeyStandAlone() {
        #expect(feed([.character("g"), .character("j")], contexts: [.help]) ==
                [.pending([.character("g")]), .action(.helpScrollDown)])
        #expect(feed([.character("g"), .escape], contexts: [.help]) == [.pending([.character("g")]), .cancelled])
    }

    @Test func moreSpecificContextWins() {
        #expect(feed([.escape], contexts: [.help, .app]) == [.action(.helpClose)])
        #expect(feed([.escape], contexts: [.grid, .app]) == [.action(.appBack)])
    }

    @Test func unboundKeysAreHandedBack() {
        #expect(feed([.character("5")], contexts: [.grid, .mark, .app]) == [.unbound(.character("5"))])
    }
}
