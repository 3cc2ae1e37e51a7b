public enum JournalModelVersion { public static let schema = 1 }
