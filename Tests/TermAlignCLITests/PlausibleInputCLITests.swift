import Foundation
import Testing

/// Input that looks right and is not, refused with what to do; and the small things a user expects
/// of a command-line tool.
struct PlausibleInputCLITests {
    static let sample = CLI.root.appendingPathComponent("Examples/sample").path

    @Test func aLanguageTheLettersContradictIsRefusedUnlessInsistedOn() throws {
        let russian = "\(Self.sample)/statement.ru.txt"
        let refused = try CLI.run(["find", russian, "--lang", "en"])
        #expect(refused.status == 2)
        #expect(refused.error.contains("--lang says en, but"))
        #expect(refused.error.contains("Cyrillic (is it ru?)") && refused.error.contains("--lang en! to insist"))
        let insisted = try CLI.run(["find", russian, "--lang", "en!"])
        #expect(insisted.status == 0, "\(insisted.error)")
        let single = try CLI.run(["analyze", "\(Self.sample)/statement.zh.txt", "--lang", "ru"])
        #expect(single.status == 2 && single.error.contains("Han (is it zh?)"))
    }

    @Test func aFileNameThatNamesAnotherLanguageIsRefused() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: "\(Self.sample)/statement.ru.txt")))
        let path = try CLI.temporaryFile(bytes, suffix: ".en.txt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLI.run(["find", path])
        #expect(result.status == 2)
        #expect(result.error.contains("its name says en") && result.error.contains("to insist"))
    }

    @Test func twoVersionsInOneLanguageAreSentToDiffTerms() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: "\(Self.sample)/statement.ru.txt")))
        let copy = try CLI.temporaryFile(bytes, suffix: ".ru.txt")
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let result = try CLI.run(["compare", "\(Self.sample)/statement.ru.txt", copy])
        #expect(result.status == 2)
        #expect(result.error.contains("are both ru") && result.error.contains("termalign diff-terms"))
    }

    @Test(arguments: [("compare", "report.html", "<!DOCTYPE html>"), ("compare", "report.json", "{\"schemaVersion\""),
                      ("compare", "report.md", "# "), ("find", "found.tsv", "document\tline"),
                      ("align", "aligned.json", "{\"schemaVersion\"")])
    func theOutputFormatFollowsTheFileExtension(_ command: String, _ name: String, _ start: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-format-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent(name).path
        let files = command == "find" ? ["\(Self.sample)/statement.en.txt"]
            : ["\(Self.sample)/statement.ru.txt", "\(Self.sample)/statement.en.txt"]
        let result = try CLI.run([command] + files + ["-o", out])
        #expect(result.status == 0, "\(result.error)")
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written.hasPrefix(start), "\(written.prefix(60))")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func shellCompletionScripts(_ shell: String) throws {
        let result = try CLI.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        #expect(result.text.contains("diff-terms") && result.text.contains("glossary"), "the script completes the subcommands")
    }

    @Test func versionAndAnExampleInEveryCommandsHelp() throws {
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(String(decoding: version.output, as: UTF8.self).contains("."))
        for command in [["compare"], ["diff-terms"], ["find"], ["align"], ["normalize"], ["segment"], ["analyze"],
                        ["glossary"], ["glossary", "lint"], ["glossary", "convert"], ["glossary", "show"], ["glossary", "stats"]] {
            let help = try CLI.run(command + ["--help"])
            let text = String(decoding: help.output, as: UTF8.self)
            #expect(text.contains("Example: termalign \(command.joined(separator: " "))"), "\(command)")
        }
    }
}

/// The glossary built into the tool, addressed by the glossary subcommands; and `find`'s warning
/// about a language the glossary lacks.
struct ShippedGlossaryCLITests {
    @Test func theGlossarySubcommandsReadTheShippedGlossaryByDefault() throws {
        let stats = try CLI.run(["glossary", "stats"])
        #expect(stats.status == 0, "\(stats.error)")
        #expect(stats.text.hasPrefix("concepts "))
        let lint = try CLI.run(["glossary", "lint"])
        #expect(lint.status == 0 && lint.text.contains("china-russia-joint-statements.yaml (shipped)"))
        let show = try CLI.run(["glossary", "show", "shipped", "nato"])
        #expect(show.status == 0 && show.text.hasPrefix("nato "))
        let missing = try CLI.run(["glossary", "show", "shipped", "no-such-concept"])
        #expect(missing.status == 2 && missing.error.contains("(shipped)"))
    }

    @Test func findWarnsOfAVersionInALanguageTheGlossaryLacks() throws {
        let yaml = "concepts:\n  - id: peace\n    terms:\n      en: [{term: peace}]\n"
        let glossary = try CLI.temporaryFile(Array(yaml.utf8), suffix: ".yaml")
        defer { try? FileManager.default.removeItem(atPath: glossary) }
        let russian = CLI.root.appendingPathComponent("Examples/sample/statement.ru.txt").path
        let result = try CLI.run(["find", russian, "--glossary", glossary])
        #expect(result.status == 0)
        #expect(result.error.contains("the glossary has no ru terms"))
    }
}
