import Foundation
import Testing

/// The normalizer's table and compiled glossaries kept between runs: the same keys and reports with a
/// cold cache, a warm one, a damaged one and none; `--no-cache` keeps nothing.
struct StartupCacheCLITests {
    /// Traditional characters alone and in phrase rules (甚麼, 餘地), ё, quotation marks and dashes:
    /// what the table and its phrase rules change.
    static let text = "甚麼是餘地？國際關係。Ёлка «ёж» — “dash” – here.\n"

    static func normalized(_ environment: [String: String], _ extra: [String] = []) throws -> CLI.Result {
        try CLI.run(["normalize", "--lang", "zh!"] + extra, input: Array(text.utf8), environment: environment)
    }

    @Test func keysAreTheSameColdWarmDamagedAndWithout() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-cache-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let without = try Self.normalized(["TERMALIGN_CACHE": "off"])
        #expect(without.status == 0 && without.text.contains("什么是余地"), "\(without.text)")
        let cold = try Self.normalized(["TERMALIGN_CACHE": folder])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }
        #expect(files.count == 1 && files[0].hasPrefix("normalizer-"), "\(files)")
        let warm = try Self.normalized(["TERMALIGN_CACHE": folder])
        #expect(cold.text == without.text && warm.text == without.text)
        // A damaged file is not used, and is written again.
        let path = "\(folder)/\(files[0])"
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let damaged = try Self.normalized(["TERMALIGN_CACHE": folder])
        #expect(damaged.status == 0 && damaged.text == without.text)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) != bytes, "rewritten")
    }

    @Test func compareReportsTheSameWithACacheAndNoCacheKeepsNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-cache-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sample = CLI.root.appendingPathComponent("Examples/sample").path
        let files = ["ru", "zh", "en"].map { "\(sample)/statement.\($0).txt" }
        let none = try CLI.run(["compare", "--format", "json", "--no-cache"] + files,
                               environment: ["TERMALIGN_CACHE": folder])
        #expect(none.status == 0 && !FileManager.default.fileExists(atPath: folder), "--no-cache keeps nothing")
        let cold = try CLI.run(["compare", "--format", "json", "--cache", folder] + files)
        let warm = try CLI.run(["compare", "--format", "json", "--cache", folder] + files)
        #expect(FileManager.default.fileExists(atPath: folder))
        #expect(cold.output == none.output && warm.output == none.output)
        let both = try CLI.run(["compare", "--cache", folder, "--no-cache"] + files)
        #expect(both.status == 2 && both.error.contains("not both"))
    }

    @Test func aGlossaryIsCompiledOnceAndRecompiledWhenItChanges() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-cache-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let glossary = "\(folder)/terms.csv", text = "\(folder)/text.ru.txt", cache = "\(folder)/cache"
        try Data("concept,ru,en,colour\nnato-enlargement,расширение НАТО,NATO expansion,blue\n".utf8).write(to: URL(fileURLWithPath: glossary))
        try Data("Стороны против расширения НАТО и против гегемонизма.\n".utf8).write(to: URL(fileURLWithPath: text))
        let find = { try CLI.run(["find", "--cache", cache, "--glossary", glossary, text]) }
        let none = try CLI.run(["find", "--no-cache", "--glossary", glossary, text])
        let cold = try find()
        let kept = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasPrefix("glossary-") }
        #expect(kept.count == 1, "\(kept)")
        let warm = try find()
        for run in [cold, warm] {
            #expect(run.status == 0 && run.output == none.output && run.text.contains("nato-enlargement"))
            #expect(run.error.contains("warning: skipped column \"colour\""), "the reader's warnings are said on every run: \(run.error)")
        }
        // Changed bytes are another glossary: compiled again, with the new term found.
        try Data("concept,ru,en\nhegemonism,гегемонизм,hegemonism\n".utf8).write(to: URL(fileURLWithPath: glossary))
        let changed = try find()
        #expect(changed.text.contains("hegemonism") && !changed.text.contains("nato-enlargement"), "\(changed.text)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasPrefix("glossary-") }.count == 2)
        // A damaged compiled glossary is not used, and is written again.
        let path = "\(cache)/\(kept[0])"
        try Data("concept,ru,en,colour\nnato-enlargement,расширение НАТО,NATO expansion,blue\n".utf8).write(to: URL(fileURLWithPath: glossary))
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count - 3] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let damaged = try find()
        #expect(damaged.status == 0 && damaged.output == none.output)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) != bytes, "rewritten")
    }
}
